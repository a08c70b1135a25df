"""JSON and JSON Lines: objects with ``question`` and ``answer`` (and optional ``alternates``, ``category``).

A ``.json`` file holds a list of objects, or — as a YAML FAQ may — an object with ``entries``
(that list, or under another name when it is the object's only list) and an optional ``title``
and ``description``, or an object mapping each question to its answer, or a page's schema.org
FAQPage in JSON-LD (as SEO plugins export it); a ``.jsonl`` file one object per line. Field
names may be capitalised or plural ("Question", "Answers") or one letter ("q", "a").
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from faqbot.corpus.dialogflow_faq import dialogflow_entries, dialogflow_part
from faqbot.corpus.entry import (
    CorpusError,
    Entry,
    asked_in,
    asks_the_faq,
    described,
    entries_field,
    entries_read,
    entry_from_object,
    field_named,
    lines_of,
    listed_entries,
    make_entry,
    maps_questions_to_answers,
    paired_questions,
    question_of_key,
    read_text,
    unpublished,
    with_category_names,
)
from faqbot.corpus.json_ld import faq_page_entries
from faqbot.corpus.keywords import shared_in
from faqbot.corpus.sections import Located, asks_questions, sections
from faqbot.corpus.shopify_theme import is_theme_template, theme_entries
from faqbot.errors import NoEntriesError

_DECODER = json.JSONDecoder()
_EXPECTED = "a JSON list of entries, an object with an 'entries' list, or an object mapping questions to answers"
_BLANK = re.compile(r"[ \t\r\n]*")
_BLANK_OR_COMMA = re.compile(r"[ \t\r\n,]*")


def _skip(text: str, position: int, chars: re.Pattern[str] = _BLANK) -> int:
    """The first position at or after ``position`` that is not one of ``chars``."""
    return chars.match(text, position).end()


class _Lines:
    """The line of each of a text's positions, asked in order: lines are counted once over the
    text, not from its start for every position."""

    def __init__(self, text: str) -> None:
        self._text, self._line, self._counted = text, 1, 0

    def at(self, position: int) -> int:
        self._line += self._text.count("\n", self._counted, position)
        self._counted = position
        return self._line


def _written_twice(path: Path, name: str, line: int, first: int | None = None) -> CorpusError:
    """The error for a name given twice in one object, which ``json`` would read as the last
    alone, losing the first without a word."""
    where = f", here and at line {first}" if first not in (None, line) else " in one object"
    return CorpusError(f"{path}:{line}: {name!r} is written twice{where}; only the last would be read: keep one")


def _located(text: str, path: Path) -> Located:
    """The (valid) JSON document as :class:`Located` values, each with the line it starts on:
    ``json`` reports no positions, so the text is walked again, ``raw_decode`` reading each key
    and scalar. Positions are visited in order, so lines are counted once over the text. A name
    given twice in one object is a CorpusError at its second line."""
    lines = _Lines(text)

    def value_at(position: int) -> tuple[Located, int]:
        position = _skip(text, position)
        line, opening = lines.at(position), text[position]
        if opening not in "{[":
            scalar, position = _DECODER.raw_decode(text, position)
            return Located(scalar, line), position
        closing, members, items = "}" if opening == "{" else "]", {}, []
        position = _skip(text, position + 1)
        while text[position] != closing:
            if opening == "{":
                named_at = lines.at(position)
                name, position = _DECODER.raw_decode(text, position)
                if name in members:
                    raise _written_twice(path, name, named_at, members[name].line)
                members[name], position = value_at(_skip(text, position) + 1)  # past the colon
            else:
                item, position = value_at(position)
                items.append(item)
            position = _skip(text, position, _BLANK_OR_COMMA)
        return Located(members if opening == "{" else items, line), position + 1

    return value_at(0)[0]


def _not_json(path: Path, exc: json.JSONDecodeError, line: int | None = None) -> CorpusError:
    """The error for text that is not JSON, at its line (``line`` of a JSON Lines file), with what
    to do when the fault is one that JavaScript, where FAQ data is often written first, allows."""
    hint = _what_json_lines_hold(exc) if line is not None else _what_javascript_allows(exc)
    return CorpusError(f"{path}:{line or exc.lineno}: not valid JSON ({exc.msg}{'; ' + hint if hint else ''})")


def _what_json_lines_hold(exc: json.JSONDecodeError) -> str:
    """What to do about a line of a JSON Lines file that is not JSON, when the fault is in how the
    file was laid out: an entry followed by a comma, as a list's items are (an export written as
    a list without its brackets), or one written over several lines (pretty-printed), or a list of
    them, its line ending inside it."""
    rest = exc.doc[exc.pos :].strip()
    if exc.msg == "Extra data":
        return "a JSON Lines file holds one entry per line" + (", and no comma after it: remove it" if rest == "," else "")
    if not rest:
        listed = exc.doc.lstrip().startswith("[")
        return "a JSON Lines file holds one entry per line, not a list of them" if listed else "a JSON Lines file holds each entry whole on one line: join its lines"
    return _what_javascript_allows(exc)


_SCRIPT_OPENING = re.compile(r"\A\s*(?:export\b|const\b|let\b|var\b|module\.exports\b)")


def _what_javascript_allows(exc: json.JSONDecodeError) -> str:
    """What to do about a fault JavaScript allows and JSON does not, or "": a comment ("// add more
    FAQs here"), a comma after the last item, text or a name in single quotes, a name unquoted, a
    variable set to the data (a .js file saved as .json), or a second value after the first."""
    faulty = lines_of(exc.doc)[exc.lineno - 1 : exc.lineno] or [""]  # none when the text ends early
    at, before = exc.doc[exc.pos : exc.pos + 1], exc.doc[: exc.pos].rstrip()[-1:]
    if faulty[0].lstrip().startswith(("//", "/*")):
        return "JSON has no comments: remove it"
    if exc.pos == 0 and _SCRIPT_OPENING.match(exc.doc):
        return "this is JavaScript: save it as a .js file, which faqbot reads too"
    if before == "," and at in "]}" and at:
        return "JSON allows no comma after the last item: remove it"
    if at == "'":
        return 'JSON quotes names and text with double quotes ("), not single ones'
    if exc.msg.startswith("Expecting property name") and (at.isalpha() or at == "_"):
        return 'JSON puts every name in double quotes ("question": …)'
    if exc.msg == "Extra data":
        return "a JSON file holds one value: put every entry in one list, or save one per line as a .jsonl file"
    return ""


def _rendered_unwrapped(node: Located) -> Located:
    """``node`` with every object that holds a "rendered" text as that text: WordPress's REST API
    gives a post's title, content and excerpt so (``"title": {"rendered": "How do I return an
    item?"}``), and a FAQ fetched from it was refused for want of a question."""
    if isinstance(node.value, dict):
        rendered = node.value.get("rendered")
        if isinstance(rendered, Located) and isinstance(rendered.value, str):
            return Located(rendered.value, node.line)
        return Located({key: _rendered_unwrapped(value) for key, value in node.value.items()}, node.line)
    if isinstance(node.value, list):
        return Located([_rendered_unwrapped(item) for item in node.value], node.line)
    return node


def _without_opening_comment(text: str) -> str:
    """The text without the block comment it may open with, its lines kept blank: Shopify writes
    one over every theme template ("/* IMPORTANT: The contents of this file are auto-generated… */")."""
    opening = len(text) - len(text.lstrip())
    end = text.find("*/", opening) if text.startswith("/*", opening) else -1
    return text if end < 0 else text[:opening] + re.sub(r"[^\n]", " ", text[opening : end + 2]) + text[end + 2 :]


def read_json_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a JSON FAQ, remembering the line where each entry starts."""
    text = _without_opening_comment(read_text(path))
    try:
        data = json.loads(text)  # checked first: its errors name the line and the fault
    except json.JSONDecodeError as exc:
        raise _not_json(path, exc) from exc
    marked_up = faq_page_entries(data, text, 1, path)  # a page's schema.org FAQPage, saved as JSON
    if marked_up:
        return marked_up, ""
    if is_theme_template(data):
        return theme_entries(_located(text, path), path), ""
    if (part := dialogflow_part(path, data)) is not None:
        return dialogflow_entries(_located(text, path), path, part), ""
    return data_entries(_rendered_unwrapped(_located(text, path)), path, _EXPECTED)


def data_entries(root: Located, path: Path, expected: str | None) -> tuple[list[Entry], str]:
    """The entries and description of a data file's document (JSON, TOML, XML), read as values that
    know their lines: a list of entries, an object holding one (with a title and description),
    questions mapped to their answers, or entries kept in sections; else a CorpusError saying
    what was ``expected`` — or, with nothing expected, no entries: a TOML or XML file beside the
    FAQ is as often a site's configuration, which a folder's reading skips as it skips a README."""
    data = root.plain()
    shared = shared_in(data, path, asked_in)
    description = ""
    items = root
    if isinstance(root.value, dict):
        fields = root.value
        listed = entries_field(data)
        if listed is None and maps_questions_to_answers(list(fields), [value.value for value in fields.values()]):
            return [make_entry(question_of_key(question), answer.value, path, answer.line) for question, answer in fields.items()], ""
        describing = [key for key in ("title", "description") if isinstance(fields.get(key, Located(None, 0)).value, str)]
        description = "\n\n".join(text for key in describing if (text := fields[key].value.strip()))
        # A list of entries, or else sections (walked below) under the document's own title, which names no section of them.
        items = fields[listed] if listed is not None else Located({key: value for key, value in fields.items() if key not in describing}, root.line)
    entries = sections(items, path, shared=shared) if not isinstance(items.value, list) or not asks_questions(items.value) else []
    if not entries and not isinstance(items.value, list):
        if expected is None:
            return [], ""
        raise NoEntriesError(f"{path}:1", f"expected {expected}; got {described(data)}")
    if not entries:
        values = [item.plain() for item in items.value]
        values = paired_questions(values) or values
        entries = listed_entries(values, [item.line for item in items.value], path, shared)
    return with_category_names(entries, data), description


class _WrittenTwice(Exception):
    """A name given twice in one JSON object (its args: the name)."""


def _once_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's members as a dict, each name given once, else :class:`_WrittenTwice`."""
    members: dict[str, object] = {}
    for name, value in pairs:
        if name in members:
            raise _WrittenTwice(name)
        members[name] = value
    return members


def jsonl_records(path: Path) -> list[tuple[int, object]]:
    """A JSON Lines file's records, each with its line; a line that is not JSON, or an object
    giving a name twice, is a CorpusError at that line."""
    records = []
    for number, line in enumerate(lines_of(read_text(path)), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line, object_pairs_hook=_once_each)))
        except json.JSONDecodeError as exc:
            raise _not_json(path, exc, number) from exc
        except _WrittenTwice as exc:
            raise _written_twice(path, exc.args[0], number) from None
    return records


def read_jsonl_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse JSON Lines: one object per non-blank line. A query file for ``faqbot eval`` holds no
    entries (it is skipped beside the FAQ, as a README is, rather than refused for missing answers)."""
    nodes = [_rendered_unwrapped(Located.of(item, number)) for number, item in jsonl_records(path)]
    records = [(node, node.plain()) for node in nodes]
    if all(asks_the_faq(item) for _, item in records):
        return [], ""
    shared = shared_in([item for _, item in records], path, asked_in)
    read = entries_read([item for _, item in records], [node.line for node, _ in records], path)
    entries = []
    for node, item in itertools.compress(records, read):
        number = node.line
        if isinstance(item, dict) and field_named(item, "question") is None:
            found = sections(node, path, shared=shared)  # an exported article (perhaps unpublished)
            if found or unpublished(item):
                entries += found
                continue
        entry = entry_from_object(item, path, number, shared)
        if entry is not None:
            entries.append(entry)
    return entries, ""
