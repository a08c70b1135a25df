"""Corpus parsing: FAQ documents on disk → a list of :class:`Entry`.

Every reader returns entries that remember where they came from (file and line), so that
answers can cite their source and errors can point a FAQ author at the exact place to fix.
Supported formats, chosen by file extension:

* ``.txt`` — blocks separated by a line holding only ``-``; a block's first line is the
  question, the rest its answer. A first block that is not a question is the preamble.
* ``.csv`` / ``.tsv`` — a header row with ``question`` and ``answer`` columns.
* ``.json`` — a list of objects with ``question`` and ``answer`` keys.
* ``.jsonl`` — one such object per line.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

logger = logging.getLogger(__name__)


class CorpusError(ValueError):
    """A corpus file is missing, unreadable or malformed; the message names the file and place."""


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: the question heading, its answer text, and where it was read from."""

    heading: str
    answer: str
    file: str
    line: int

    @property
    def source(self) -> str:
        """Where the entry starts, as ``file:line``."""
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Corpus:
    """All entries of a corpus plus its description (the preamble of its documents, if any)."""

    entries: tuple[Entry, ...]
    description: str
    files: tuple[Path, ...]


SEPARATOR = "-"


def _read_text(path: Path) -> str:
    """Read a file as UTF-8 (a BOM is tolerated) and turn decoding problems into CorpusError."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror})") from exc


def _make_entry(question: object, answer: object, path: Path, line: int) -> Entry:
    """Validate one question/answer pair; an empty side is an authoring mistake worth stopping for."""
    where = f"{path}:{line}"
    if not isinstance(question, str) or not question.strip():
        raise CorpusError(f"{where}: entry has an empty or missing question")
    if not isinstance(answer, str) or not answer.strip():
        raise CorpusError(f"{where}: entry {question.strip()!r} has an empty or missing answer")
    return Entry(heading=" ".join(question.split()), answer=answer.strip(), file=str(path), line=line)


def _text_blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, lines) for each ``-``-separated block that holds any text."""
    block: list[str] = []
    start = 1
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == SEPARATOR:
            yield start, block
            block, start = [], number + 1
        else:
            block.append(line)
    yield start, block


def _is_preamble(lines: list[str]) -> bool:
    """A first block is the document's preamble when it has no answer or is not phrased as a question."""
    return len(lines) == 1 or not lines[0].rstrip().endswith("?")


def read_text_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse the plain-text block format; returns the entries and the preamble ('' if none)."""
    entries: list[Entry] = []
    preamble = ""
    for index, (start, lines) in enumerate(_text_blocks(_read_text(path))):
        # Leading blank lines inside a block are skipped so the heading is the first real line.
        while lines and not lines[0].strip():
            lines, start = lines[1:], start + 1
        if not lines:
            continue
        if index == 0 and _is_preamble(lines):
            preamble = "\n".join(lines).strip()
            continue
        entries.append(_make_entry(lines[0], "\n".join(lines[1:]), path, start))
    return entries, preamble


def _column(fieldnames: list[str], wanted: str, path: Path) -> str:
    """Find a header column case-insensitively, or say which columns the file does have."""
    for name in fieldnames:
        if name.strip().lower() == wanted:
            return name
    raise CorpusError(f"{path}:1: header has no {wanted!r} column (found: {', '.join(fieldnames) or 'none'})")


def read_table_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse CSV/TSV with a header row holding ``question`` and ``answer`` columns."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    lines = _read_text(path).splitlines(keepends=True)
    reader = csv.DictReader(lines, delimiter=delimiter)
    fieldnames = list(reader.fieldnames or [])
    question, answer = _column(fieldnames, "question", path), _column(fieldnames, "answer", path)
    entries = []
    row_start = 2
    try:
        for row in reader:
            if any((value or "").strip() for value in row.values() if isinstance(value, str)):
                entries.append(_make_entry(row[question], row[answer], path, row_start))
            row_start = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusError(f"{path}:{reader.line_num}: malformed row ({exc})") from exc
    return entries, ""


def _entry_from_object(item: object, path: Path, line: int) -> Entry:
    """Turn one JSON object into an entry, insisting on the documented keys."""
    if not isinstance(item, dict):
        raise CorpusError(f"{path}:{line}: expected an object with 'question' and 'answer', got {type(item).__name__}")
    return _make_entry(item.get("question"), item.get("answer"), path, line)


def read_json_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a JSON list of objects, remembering the line where each object starts."""
    text = _read_text(path)
    decoder = json.JSONDecoder()
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(items, list):
        raise CorpusError(f"{path}:1: expected a JSON list of objects, got {type(items).__name__}")
    # Walk the list again with raw_decode to learn each element's starting offset (for line numbers).
    entries = []
    position = text.index("[") + 1
    for item in items:
        while text[position] in " \t\r\n,":
            position += 1
        line = text.count("\n", 0, position) + 1
        _, position = decoder.raw_decode(text, position)
        entries.append(_entry_from_object(item, path, line))
    return entries, ""


def read_jsonl_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse JSON Lines: one object per non-blank line."""
    entries = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        entries.append(_entry_from_object(item, path, number))
    return entries, ""


READERS: dict[str, Callable[[Path], tuple[list[Entry], str]]] = {
    ".txt": read_text_faq,
    ".csv": read_table_faq,
    ".tsv": read_table_faq,
    ".json": read_json_faq,
    ".jsonl": read_jsonl_faq,
}


def corpus_files(location: str | Path) -> list[Path]:
    """The corpus files at a path: the file itself, or a folder's supported files in name order."""
    path = Path(location)
    if path.is_file():
        if path.suffix.lower() not in READERS:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(READERS)})")
        return [path]
    if not path.is_dir():
        raise CorpusError(f"{path}: no such file or folder")
    files = []
    for child in sorted(path.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if child.suffix.lower() in READERS:
            files.append(child)
        else:
            logger.warning("%s: skipped, not a supported FAQ format", child)
    if not files:
        raise CorpusError(f"{path}: folder holds no FAQ files ({', '.join(READERS)})")
    return files


def load_corpus(location: str | Path) -> Corpus:
    """Read every FAQ file at ``location`` into one :class:`Corpus`; raises CorpusError on bad input."""
    files = corpus_files(location)
    entries: list[Entry] = []
    descriptions: list[str] = []
    root = Path(location) if Path(location).is_dir() else Path(location).parent
    for path in files:
        file_entries, description = READERS[path.suffix.lower()](path)
        if not file_entries:
            raise CorpusError(f"{path}: holds no FAQ entries")
        # Sources are shown to readers, so name files relative to the corpus, not the machine.
        entries.extend(replace(e, file=path.relative_to(root).as_posix()) for e in file_entries)
        if description:
            descriptions.append(description)
    _warn_duplicates(entries)
    return Corpus(entries=tuple(entries), description="\n\n".join(descriptions), files=tuple(files))


def _warn_duplicates(entries: list[Entry]) -> None:
    """Log each heading that appears twice, naming both places, since the bot cannot tell them apart."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        key = entry.heading.casefold()
        if key in seen:
            logger.warning("duplicate heading %r at %s and %s", entry.heading, seen[key].source, entry.source)
        else:
            seen[key] = entry
