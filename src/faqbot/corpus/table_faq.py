"""Spreadsheets saved as CSV or TSV: a header row naming the columns.

``question`` and ``answer`` are required; ``alternates`` (``|``-separated phrasings) and
``category`` are optional. Other columns are ignored, so an export can be used as it is. A
``.csv`` file may be separated by semicolons or tabs as well as commas: spreadsheet programs in
many languages save semicolons.
"""

from __future__ import annotations

import csv
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, make_entry, read_text


def _names(header: str, wanted: str) -> bool:
    """Whether a header cell names the column ``wanted``, in any case, singular or plural
    ("Questions", "Categories", "Alternate")."""
    stem = wanted.removesuffix("s")
    return header.strip().lower() in {stem, f"{stem}s", f"{stem[:-1]}ies" if stem.endswith("y") else stem}


def _column(fieldnames: list[str], wanted: str, path: Path, required: bool = True) -> str | None:
    """Find a header column, or say which columns the file does have."""
    for name in fieldnames:
        if _names(name, wanted):
            return name
    if required:
        raise CorpusError(f"{path}:1: header has no {wanted!r} column (found: {', '.join(fieldnames) or 'none'})")
    return None


def _delimiter(path: Path, lines: list[str]) -> str:
    """Tab for a ``.tsv``; for a ``.csv``, the first of comma, semicolon and tab whose header names a question column."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    for delimiter in (",", ";", "\t"):
        header = next(csv.reader(lines[:1], delimiter=delimiter), [])
        if any(_names(name, "question") for name in header):
            return delimiter
    return ","  # the missing column is then reported with the header as found


def read_table_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse CSV/TSV; each entry's line is the line its row starts on (quoted cells may span lines)."""
    lines = read_text(path).splitlines(keepends=True)
    reader = csv.DictReader(lines, delimiter=_delimiter(path, lines))
    fieldnames = list(reader.fieldnames or [])
    question, answer = _column(fieldnames, "question", path), _column(fieldnames, "answer", path)
    alternates, category = (_column(fieldnames, name, path, required=False) for name in ("alternates", "category"))
    entries = []
    row_start = 2
    try:
        for row in reader:
            if any((value or "").strip() for value in row.values() if isinstance(value, str)):
                extras = {"alternates": row.get(alternates) if alternates else None, "category": row.get(category) if category else None}
                entries.append(make_entry(row[question], row[answer], path, row_start, **extras))
            row_start = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusError(f"{path}:{reader.line_num}: malformed row ({exc})") from exc
    return entries, ""
