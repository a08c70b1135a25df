"""Spreadsheets saved as CSV or TSV: a header row naming the columns.

``question`` and ``answer`` are required; ``alternates`` (``|``-separated phrasings) and
``category`` are optional. Other columns are ignored, so an export can be used as it is. A
``.csv`` file may be separated by semicolons or tabs as well as commas: spreadsheet programs in
many languages save semicolons. A file without a header row whose first row asks a question is
read as question, answer rows. Rows that share an id (an ``id`` or ``QnaId`` column) are one
entry asked several ways. A help centre's export of articles is read too: each article's title
is a question, its body the answer, and an article its status marks unpublished is left out.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import replace
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, article_fields, field_named, make_entry, read_text, unpublished

logger = logging.getLogger(__name__)

# Names of a column that identifies an entry over several rows (QnA Maker's "QnaId").
_ID_NAMES = {"id", "qnaid", "qna id", "entry id"}


def _column(fieldnames: list[str], wanted: str, path: Path, required: bool = True) -> str | None:
    """Find a header column, or say which columns the file does have."""
    name = field_named(fieldnames, wanted)
    if name is not None:
        return name
    if required:
        raise CorpusError(f"{path}:1: header has no {wanted!r} column (found: {', '.join(fieldnames) or 'none'})")
    return None


def _question_and_answer(fieldnames: list[str], path: Path) -> tuple[str, str]:
    """The question and answer columns: so named, or else an exported article's title and body
    ("Article title", "Article body"; "post_title", "post_content")."""
    if field_named(fieldnames, "question") is None and (article := article_fields(fieldnames)):
        return article
    return _column(fieldnames, "question", path), _column(fieldnames, "answer", path)


def _layout(path: Path, lines: list[str]) -> tuple[str, bool]:
    """The delimiter, and whether the first row is a header.

    Tab for a ``.tsv``; for a ``.csv``, the first of comma, semicolon and tab whose first row
    names a question column. Failing that, a first row that asks a question in its first cell
    and has an answer beside it has no header: the file is question, answer rows (the
    two-column layout chatbot builders such as Dialogflow import). A header cell never ends in
    "?", so a header with a misspelt column is still reported as one.
    """
    delimiters = ("\t",) if path.suffix.lower() == ".tsv" else (",", ";", "\t")
    first_rows = {delimiter: next(csv.reader(lines, delimiter=delimiter), []) for delimiter in delimiters}
    for delimiter, row in first_rows.items():
        if field_named(row, "question") is not None or article_fields(row):
            return delimiter, True
    for delimiter, row in first_rows.items():
        if len(row) >= 2 and row[0].strip().endswith("?") and row[1].strip():
            return delimiter, False
    return delimiters[0], True  # the missing column is then reported with the header as found


def read_table_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse CSV/TSV; each entry's line is the line its row starts on (quoted cells may span lines)."""
    lines = read_text(path).splitlines(keepends=True)
    delimiter, has_header = _layout(path, lines)
    reader = csv.DictReader(lines, fieldnames=None if has_header else ["question", "answer"], delimiter=delimiter)
    fieldnames = list(reader.fieldnames or [])
    question, answer = _question_and_answer(fieldnames, path)
    alternates, category = (_column(fieldnames, name, path, required=False) for name in ("alternates", "category"))
    id_column = next((name for name in fieldnames if name.strip().lower().replace("_", " ") in _ID_NAMES), None)
    entries, ids = [], []
    row_start = 2 if has_header else 1
    try:
        for row in reader:
            state = unpublished(row)
            if state:
                logger.warning("%s:%d: article %r is not published (%s); left out", path, row_start, row[question], state)
            elif any((value or "").strip() for value in row.values() if isinstance(value, str)):
                extras = {"alternates": row.get(alternates) if alternates else None, "category": row.get(category) if category else None}
                entries.append(make_entry(row[question], row[answer], path, row_start, **extras))
                ids.append(str(row.get(id_column) or "") if id_column else "")
            row_start = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusError(f"{path}:{reader.line_num}: malformed row ({exc})") from exc
    return _merged_by_id(entries, ids), ""


def _merged_by_id(entries: list[Entry], ids: list[str]) -> list[Entry]:
    """One entry per id, when the table has an id column: question-answering exports (QnA Maker's
    TSV, with its QnaId) list an entry asked several ways as a row per question, under one id.
    The first row's question is the heading, the others' its alternates."""
    merged: dict[str, Entry] = {}
    for entry, entry_id in zip(entries, ids):
        key = entry_id.strip() or f"row {entry.line}"  # a row without an id is an entry of its own
        first = merged.setdefault(key, entry)
        if first is not entry:
            asked = {question.casefold() for question in first.questions}
            merged[key] = replace(first, alternates=(*first.alternates, *(q for q in entry.questions if q.casefold() not in asked)))
    return list(merged.values())
