"""JSON and JSON Lines: objects with ``question`` and ``answer`` (and optional ``alternates``, ``category``).

A ``.json`` file holds a list of objects, or — as a YAML FAQ may — an object with ``entries``
(that list, or under another name when it is the object's only list) and an optional ``title``
and ``description``, or an object mapping each question to its answer; a ``.jsonl`` file one
object per line. Field names may be capitalised or plural ("Question", "Answers") or one letter
("q", "a").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, entries_field, entry_from_object, make_entry, maps_questions_to_answers, read_text

_DECODER = json.JSONDecoder()
_BLANK = " \t\r\n"


def _skip(text: str, position: int, chars: str = _BLANK) -> int:
    """The first position at or after ``position`` that is not one of ``chars``."""
    while position < len(text) and text[position] in chars:
        position += 1
    return position


class _Lines:
    """The line of each of a text's positions, asked in order: lines are counted once over the
    text, not from its start for every position."""

    def __init__(self, text: str) -> None:
        self._text, self._line, self._counted = text, 1, 0

    def at(self, position: int) -> int:
        self._line += self._text.count("\n", self._counted, position)
        self._counted = position
        return self._line


def _element_lines(text: str, position: int) -> Iterator[int]:
    """The line each element of the JSON array whose ``[`` is at ``position`` starts on.

    ``json`` reports no positions, so the array is walked again with ``raw_decode``."""
    lines = _Lines(text)
    position = _skip(text, position + 1, _BLANK + ",")
    while text[position] != "]":
        yield lines.at(position)
        _, position = _DECODER.raw_decode(text, position)
        position = _skip(text, position, _BLANK + ",")


def _members(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, line of the name, position of the value) of each member of the top-level object."""
    lines = _Lines(text)
    position = _skip(text, text.index("{") + 1)
    while text[position] != "}":
        line = lines.at(position)
        name, position = _DECODER.raw_decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past the colon
        yield name, line, position
        _, position = _DECODER.raw_decode(text, position)
        position = _skip(text, position, _BLANK + ",")


def _question_answers(data: dict, text: str, path: Path) -> list[Entry]:
    """Entries from an object mapping each question to its answer, at the line of each question
    (of a question given twice, the last, which ``json`` keeps)."""
    lines = {name: line for name, line, _ in _members(text)}
    return [make_entry(question, answer, path, lines[question]) for question, answer in data.items()]


def read_json_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a JSON FAQ, remembering the line where each entry starts."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    description = ""
    listed = entries_field({key: isinstance(value, list) for key, value in data.items()}) if isinstance(data, dict) else None
    if isinstance(data, dict) and listed is not None and isinstance(data[listed], list):
        items = data[listed]
        start = [position for name, _, position in _members(text) if name == listed][-1]  # the one json keeps
        parts = [data.get(key) for key in ("title", "description")]
        description = "\n\n".join(part.strip() for part in parts if isinstance(part, str) and part.strip())
    elif isinstance(data, dict) and maps_questions_to_answers(list(data), list(data.values())):
        return _question_answers(data, text, path), ""
    elif isinstance(data, list):
        items, start = data, text.index("[")
    else:
        raise CorpusError(
            f"{path}:1: expected a JSON list of entries, an object with an 'entries' list, or an object mapping "
            f"questions to answers; got {type(data).__name__}"
        )
    lines = _element_lines(text, start)
    return [entry_from_object(item, path, line) for item, line in zip(items, lines)], description


def read_jsonl_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse JSON Lines: one object per non-blank line."""
    entries = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        entries.append(entry_from_object(item, path, number))
    return entries, ""
