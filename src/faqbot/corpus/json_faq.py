"""JSON and JSON Lines: objects with ``question`` and ``answer`` (and optional ``alternates``, ``category``).

A ``.json`` file holds a list of objects; a ``.jsonl`` file one object per line.
"""

from __future__ import annotations

import json
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, entry_from_object, read_text


def read_json_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a JSON list of objects, remembering the line where each object starts."""
    text = read_text(path)
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(items, list):
        raise CorpusError(f"{path}:1: expected a JSON list of objects, got {type(items).__name__}")
    # Walk the list again with raw_decode to learn each element's starting offset (for line numbers).
    decoder = json.JSONDecoder()
    entries = []
    position = text.index("[") + 1
    for item in items:
        while text[position] in " \t\r\n,":
            position += 1
        line = text.count("\n", 0, position) + 1
        _, position = decoder.raw_decode(text, position)
        entries.append(entry_from_object(item, path, line))
    return entries, ""


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
