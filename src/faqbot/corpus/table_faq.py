"""Spreadsheets saved as CSV or TSV: a header row naming the columns.

``question`` and ``answer`` are required; ``alternates`` (``|``-separated phrasings), ``keywords``
(more ways to ask, comma-separated; one that several entries share is left out) and ``category``
are optional. Other columns are ignored, so an export can be used as it is. A ``.csv`` file may be
separated by semicolons, tabs or "|" as well as commas: spreadsheet programs in many languages save
semicolons, and database exports often "|". A file without a header row whose first row asks a
question, or answers one in a sentence, is read as question, answer rows (after a category or a
number, when the row opens with one); one written down a single column, each question's cell over
its answer's, is read so, and so is a document pasted into a sheet (its sections name categories). Rows that share an id (an ``id`` or ``QnaId`` column) are one entry asked
several ways. A row holding only a title ("Billing") over answered rows names their category, as
spreadsheets group their questions. A help centre's export of articles is read too: each article's
title is a question, its body the answer, and an article its status marks unpublished is left out;
so is a keyword bot's table, its label (or keywords) the question and its keywords the alternates.
"""

from __future__ import annotations

import csv
import itertools
import logging
import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from pathlib import Path

from faqbot.corpus.entry import (
    CATEGORY_PATH,
    FEWEST_QUESTIONS,
    CorpusError,
    Entry,
    article_fields,
    asks,
    category_fields,
    category_path,
    field_named,
    in_one_language,
    left_out_unpublished,
    lines_of,
    make_entry,
    names_a_category,
    names_a_section,
    read_text,
    with_metadata,
)
from faqbot.corpus.html_text import CELLS_APART, one_line
from faqbot.corpus.keywords import keywords_field, keywords_in, shared_keywords

logger = logging.getLogger(__name__)

_SENTENCE_WORDS = 8  # a cell ending a sentence this many words long is an answer: a header names its column in a few
_SHORT_CELL = 5  # words: the most a cell before a question may hold (a category, a number) in a table without a header
_TITLE_ROWS = 5  # rows a spreadsheet may hold over its table: a title, a "last updated" note
_ROWS_NAMED = 10  # hidden rows a warning names by number; the rest it counts
_MERGED_CELLS = 100_000  # cells merged-down text is copied to, at most: a sheet's categories need a few hundred
# Names of a column that identifies an entry over several rows (QnA Maker's "QnaId").
_ID_NAMES = {"id", "qnaid", "qna id", "entry id"}
# A keyword bot's table: each answer under a label, and the keywords that ask for it.
_LABEL_COLUMNS = {"label", "subject", "topic"}


def _column(fieldnames: list[str], wanted: str, path: Path, required: bool = True) -> str | None:
    """Find a header column, or say which columns the file does have."""
    name = field_named(fieldnames, wanted)
    if name is not None:
        return name
    if required:
        raise CorpusError(f"{path}:1: header has no {wanted!r} column (found: {', '.join(fieldnames) or 'none'})")
    return None


def _question_and_answer(fieldnames: list[str], path: Path) -> tuple[str, str, str | None]:
    """The question and answer columns, and a column of keywords to ask the entry by too (beside a
    question column, or as a keyword bot keeps them: see :func:`_named_otherwise`), or a CorpusError
    naming the column missing."""
    if field_named(fieldnames, "question") is None and (layout := _named_otherwise(fieldnames)):
        return layout
    return _column(fieldnames, "question", path), _column(fieldnames, "answer", path), keywords_field(fieldnames)


def _named_otherwise(fieldnames: list[str]) -> tuple[str, str, str | None] | None:
    """A table without a question column that still names its entries: an exported article's title
    and body ("Article title", "Article body"; "post_title", "post_content"), or a keyword bot's
    answers under a label ("label, keywords, answer": the label is the question, its keywords more
    ways to ask it) or under their keywords alone ("keywords, answer"); None for any other."""
    keywords = keywords_field(fieldnames)
    if article := article_fields(fieldnames):
        return *article, keywords
    answer = field_named(fieldnames, "answer")
    label = next((name for name in fieldnames if name.strip().lower() in _LABEL_COLUMNS), None)
    if answer is None or (label or keywords) is None:
        return None
    return (label, answer, keywords) if label else (keywords, answer, None)


def heads_questions_and_answers(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether a table's header — its first row, or the first under a title row ("Borrowing and
    returns" across the table) — names a question and an answer column: a table of a FAQ inside a
    document or page (Markdown, Word, HTML), read as a table file is (see
    :func:`document_table_entries`). Other tables are answer text."""
    filled = _filled(rows)
    _, own = _split_title(filled)
    return bool(own) and (_names_question_and_answer(own[0][1]) or _asks_row_by_row(own) or _answers_down_one_column(filled))


def _asks_row_by_row(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether every row of a table without a header asks a question in its first cell and answers
    it in the next, two rows or more: a FAQ kept as a table with each question in its row's
    header cell (``<tr><th>How do I join?</th><td>Fill in the form.</td></tr>``), which a page
    without any other question was refused for."""
    return len(rows) >= FEWEST_QUESTIONS and all(len(cells) >= 2 and asks(cells[0]) and cells[1].strip() for _, cells in rows)


def _answers_down_one_column(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether a table without a header writes its FAQ down one column (see :func:`_one_column`),
    every question answered in the rows under it, two questions or more: a page's table of a
    question row over an answer row (``<tr><th>Can I submit?</th></tr><tr><td>Yes.</td></tr>``),
    which was refused."""
    if not rows or not _one_column(rows):
        return False
    asking = [asks(next(cell for cell in cells if cell.strip())) for _, cells in rows]
    return sum(asking) >= FEWEST_QUESTIONS and not asking[-1] and all(not (this and after) for this, after in itertools.pairwise(asking))


def _names_question_and_answer(row: list[str]) -> bool:
    """Whether a row names a question and an answer column."""
    return field_named(row, "question") is not None and field_named(row, "answer") is not None


def document_table_entries(rows: list[tuple[int, list[str]]], path: Path) -> list[Entry]:
    """The entries of a question table inside a document (see :func:`heads_questions_and_answers`),
    a title row over its header naming the category of those that name none, as a heading would."""
    above, _ = _split_title(_filled(rows))
    category = CATEGORY_PATH.join(one_line(_title_text(cells)) for _, cells in above)
    return [replace(entry, category=entry.category or category) for entry in table_entries(rows, path)]


def _names_columns(row: list[str]) -> bool:
    """Whether a row is a header: it names a question column, or names entries otherwise (an
    exported article's title and body, a keyword bot's keywords and answer)."""
    return field_named(row, "question") is not None or _named_otherwise(row) is not None


def _question_at(row: list[str]) -> int | None:
    """Where a row is a question with its answer beside it, if it is one: its first cell that asks,
    after only short cells (a category, a number: "Technical", "188"), or its first cell when the
    second is a sentence as long as an answer ("How does solar energy work" beside three sentences).
    A header cell never ends in "?" nor runs to a sentence, so a header with a misspelt column is
    still reported as one."""
    if len(row) >= 2 and len(row[1].split()) >= _SENTENCE_WORDS and row[1].strip().endswith((".", "!")):
        return 0
    for place, cell in enumerate(row[:-1]):
        if asks(cell) and row[place + 1].strip():
            return place
        if len(cell.split()) > _SHORT_CELL:
            return None
    return None


def _table_start(rows: list[list[str]]) -> int:
    """Where a table's own rows start among its filled ``rows``: at the first, or under a few
    title rows, as spreadsheets are kept ("Riverside Tennis Club FAQ" and "Last updated 14 March",
    each in one cell, over the header): at the first row that names the columns or asks a
    question with its answer beside it, when every row above it holds a single cell. A title may
    end in a column's name ("Frequently asked questions"), but a header names two."""
    for place, cells in enumerate(rows[: _TITLE_ROWS + 1]):
        if sum(1 for cell in cells if cell.strip()) == 1:
            continue
        return place if _names_columns(cells) or _question_at(cells) is not None else 0
    return 0


def _filled(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A table's rows that hold text, empty cells as "" (a workbook's are None)."""
    return [(line, [cell or "" for cell in row]) for line, row in rows if any((cell or "").strip() for cell in row)]


def _split_title(rows: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, list[str]]], list[tuple[int, list[str]]]]:
    """A table's filled rows split into the title rows over it (see :func:`_table_start`) and its own."""
    start = _table_start([cells for _, cells in rows])
    return rows[:start], rows[start:]


def table_title(rows: list[tuple[int, list[str]]]) -> str:
    """The title rows a table holds over its header (see :func:`_table_start`), one paragraph
    each: the FAQ's title, as a document's is, rather than text lost or a header refused."""
    above, _ = _split_title(_filled(rows))
    return "\n\n".join(_title_text(cells) for _, cells in above)


def _title_text(cells: list[str]) -> str:
    """A title row's text: its one filled cell."""
    return next(cell.strip() for cell in cells if cell.strip())


def _headerless_names(width: int, first: list[str], place: int) -> list[str]:
    """Names for the columns of a table without a header whose questions are in column ``place``:
    the answers beside them, and a category in the nearest column before them that is not a number."""
    names = [f"column {number + 1}" for number in range(width)]
    names[place : place + 2] = ["question", "answer"]
    category = next((column for column in reversed(range(place)) if not first[column].strip().isdigit()), None)
    if category is not None:
        names[category] = "category"
    return names


def _delimiter(path: Path, lines: list[str]) -> str:
    """Tab for a ``.tsv``; for a ``.csv``, the first of comma, semicolon, tab and "|" whose first row
    (blank lines above it aside) is a header, else asks a question with its answer beside it."""
    delimiters = ("\t",) if path.suffix.lower() == ".tsv" else (",", ";", "\t", "|")
    first_rows = {delimiter: _first_row(lines, delimiter) for delimiter in delimiters}
    for fits in (_names_columns, lambda row: _question_at(row) is not None):
        for delimiter, row in first_rows.items():
            if fits(row):
                return delimiter
    return delimiters[0]  # the missing column is then reported with the header as found


def _first_row(lines: list[str], delimiter: str) -> list[str]:
    """The first row of a CSV text split at ``delimiter``, title rows over it aside (see
    :func:`_table_start`); a title holds no delimiter to tell by."""
    filled = [row for row in itertools.islice(csv.reader(lines, delimiter=delimiter), 2 * _TITLE_ROWS + 2) if any(cell.strip() for cell in row)]
    return filled[_table_start(filled)] if filled else []


def _csv_rows(lines: list[str], delimiter: str, path: Path) -> list[tuple[int, list[str]]]:
    """The rows of a CSV text, each with the line it starts on (quoted cells may span lines)."""
    reader = csv.reader(lines, delimiter=delimiter)
    rows, start = [], 1
    try:
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusError(f"{path}:{reader.line_num}: malformed row ({exc})") from exc
    if rows and _quote_left_open(lines[rows[-1][0] - 1 :], delimiter):
        raise CorpusError(
            f"{path}:{rows[-1][0]}: a quote opened in this row is never closed, so every line after it was read into one cell; "
            'close it (a quote inside quoted text is written twice: "")'
        )
    return rows


def _quote_left_open(lines: list[str], delimiter: str) -> bool:
    """Whether the last row of a CSV text (``lines``, from where it starts) runs to the end inside
    a quoted cell. Read leniently (as Excel writes, a stray quote in unquoted text is kept as
    typed), a quote never closed takes every later line into its cell without a word."""
    try:
        list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "'|'"}


def _check_row_widths(rows: list[tuple[int, list[str]]], delimiter: str, path: Path) -> None:
    """Refuse a row under a header with text past the header's last column: a comma (the
    delimiter) in text not in quotes splits it, and the cells after the header's width were lost
    without a word ("Yes, for members only." read as "Yes"). So is a row one cell wider than every
    other in a file whose rows are as wide as its header: there the split moved the text into the
    next column (a category "for iOS." where the last column, the tags, was empty)."""
    _, filled = _split_title(_filled(rows))
    if not filled or not _names_columns(filled[0][1]):
        return
    width = len(filled[0][1])
    wider = [line for line, row in filled[1:] if len(row) > width]
    regular = len(wider) == 1 and len(filled) > 2
    for line, row in filled[1:]:
        if any(cell.strip() for cell in row[width:]) or (regular and line in wider):
            raise CorpusError(
                f"{path}:{line}: this row has {len(row)} cells where the header names {width}; "
                f'put text holding a {_DELIMITER_NAMES[delimiter]} in double quotes ("Yes, for members"), or name the extra column'
            )


def read_table_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse CSV/TSV; each entry's line is the line its row starts on."""
    lines = lines_of(read_text(path), keepends=True)
    return _table_of(lines, _delimiter(path, lines), path)


def _table_of(lines: list[str], delimiter: str, path: Path) -> tuple[list[Entry], str]:
    """The entries of a delimited text's table, and the title over it."""
    rows = _csv_rows(lines, delimiter, path)
    _check_row_widths(rows, delimiter, path)
    return table_entries(rows, path), table_title(rows)


def tab_separated_table(text: str, path: Path) -> tuple[list[Entry], str] | None:
    """The entries of a spreadsheet saved as plain text (Excel's "Text (Tab delimited)" and
    "Unicode Text", a ``.txt``) and the title over its table, when its header, split at tabs,
    names a question and an answer column; None for any other text. It was read as a text FAQ,
    and held none."""
    lines = lines_of(text, keepends=True)
    return _table_of(lines, "\t", path) if _names_question_and_answer(_first_row(lines, "\t")) else None


def table_entries(rows: list[tuple[int, list[str]]], path: Path) -> list[Entry]:
    """The entries of a table's rows, each row given with its line: under a header naming the
    columns, or question, answer rows when the first row asks a question (see the module docstring)."""
    rows = _filled(rows)
    if not rows:
        return []
    if _one_column(rows):
        return _column_entries(rows, path)
    _, rows = _split_title(rows)  # its title is the FAQ's (table_title), not an entry
    place = None if _names_columns(rows[0][1]) else _question_at(rows[0][1])
    headed = place is None
    fieldnames = rows[0][1] if place is None else _headerless_names(max(len(cells) for _, cells in rows), rows[0][1], place)
    question, answer, keywords = _question_and_answer(fieldnames, path)
    kind = "entry" if field_named(fieldnames, "question") is not None else "article"  # a FAQ's row, or an exported article
    alternates = _column(fieldnames, "alternates", path, required=False)
    id_column = next((name for name in fieldnames if name.strip().lower().replace("_", " ") in _ID_NAMES), None)
    if headed:
        _check_read_once(rows, {question, answer, keywords, alternates, id_column, *category_fields(fieldnames)}, path)
    data = rows[1:] if headed else rows
    records = [dict(zip(fieldnames, [*cells, *[""] * (len(fieldnames) - len(cells))])) for _, cells in data]
    lines = [line for line, _ in data]
    read = in_one_language(records, lines, path, kind="rows")  # a FAQ kept once per language: its English rows
    records, lines = list(itertools.compress(records, read)), list(itertools.compress(lines, read))
    records, lines = _answers_continued(records, lines, question, answer, path)
    entries, ids, section = [], [], ""
    telling = _telling_keywords(records, lines, keywords, question, id_column, path)
    for line, row, title, asked_by in zip(lines, records, _section_titles(records, question, answer), telling, strict=True):
        if title is not None:
            section = title
            continue
        if left_out_unpublished(row, row[question], path, line, kind):
            continue
        others = with_metadata({name: value for name, value in row.items() if name != question})  # a "topic" that names the entry is no category
        phrasings = "\n".join([row[alternates] if alternates else "", *asked_by])  # alternates split at "|" or lines
        extras = {"alternates": phrasings, "category": category_path(others) or section}
        entries.append(make_entry(row[question], row[answer], path, line, **extras))
        ids.append(str(row.get(id_column) or "") if id_column else "")
    return _merged_by_id(entries, ids)


def _answers_continued(records: list[dict[str, str]], lines: list[int], question: str, answer: str, path: Path) -> tuple[list[dict[str, str]], list[int]]:
    """The rows, each row that goes on with the answer of a row with a question and its answer
    right above it taken as more of that answer: spreadsheets kept by hand go on with a long
    answer in the rows below it (its list one item a row, its question cell left empty or merged
    down over them), and each such row was refused as an entry without a question. A row goes on
    so when it holds an answer, no question, and nothing else the row above does not hold too (a
    category filled in on every row). Logged, naming both lines, since the question may only have
    been left out."""
    kept: list[dict[str, str]] = []
    kept_lines: list[int] = []
    for line, row in zip(lines, records, strict=True):
        if kept and _goes_on(row, kept[-1], question, answer):
            logger.warning("%s:%d: a row with an answer and no question, read as more of the answer on line %d above it", path, line, kept_lines[-1])
            kept[-1] = {**kept[-1], answer: f"{kept[-1][answer].rstrip()}\n{row[answer].strip()}"}
            continue
        kept.append(row)
        kept_lines.append(line)
    return kept, kept_lines


def _goes_on(row: dict[str, str], above: dict[str, str], question: str, answer: str) -> bool:
    """Whether a row goes on with the answer of the row ``above`` (see :func:`_answers_continued`)."""
    if row[question].strip() or not row[answer].strip() or not above[question].strip() or not above[answer].strip():
        return False
    return all(not value.strip() or value.strip() == above[name].strip() for name, value in row.items() if name != answer)


def _check_read_once(rows: list[tuple[int, list[str]]], read: set[str | None], path: Path) -> None:
    """Refuse a header giving the name of a column the entries are ``read`` from (question, answer,
    category …) to two columns, when the first holds text: a row is read by column name, the last
    of a name wins, and the first column's text was lost without a word. Two "Notes" columns,
    which no entry reads, are no reason to refuse a spreadsheet."""
    (header_line, names), data = rows[0], rows[1:]
    last = {name: place for place, name in enumerate(names)}
    for place, name in enumerate(names):
        if name in read and last[name] != place and any(place < len(cells) and cells[place].strip() for _, cells in data):
            raise CorpusError(f"{path}:{header_line}: columns {place + 1} and {last[name] + 1} are both named {name!r}; only the last would be read: rename or remove one")


def _telling_keywords(records: list[dict[str, str]], lines: list[int], column: str | None, question: str, id_column: str | None, path: Path) -> list[tuple[str, ...]]:
    """Each row's keywords (``column``) that no other entry's row gives or asks (its ``question``;
    see :mod:`faqbot.corpus.keywords`). Rows of one entry (one id) may share theirs."""
    if column is None:
        return [()] * len(records)
    asked = [keywords_in(row[column]) for row in records]
    owners = [("id", row[id_column]) if id_column and row[id_column] else ("line", line) for row, line in zip(records, lines, strict=True)]  # an id "3" is not line 3
    shared = shared_keywords(zip(owners, asked, ([row[question]] for row in records), strict=True), path)
    return [tuple(word for word in words if word.casefold() not in shared) for words in asked]


def _one_column(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether a table writes its FAQ down one column — a question's cell with its answer's cells
    under it — rather than in columns under a header: every row holds one cell and the first asks;
    or a document was pasted into the sheet, its title and sections over its questions, a table in
    an answer its only rows of several cells (an HR team's handbook FAQ), nine rows in ten holding
    one cell, two or more asking."""
    cells = [[cell for cell in row if cell.strip()] for _, row in rows]
    single = [filled[0] for filled in cells if len(filled) == 1]
    if _names_columns(cells[0]):
        return False
    return len(single) == len(cells) and asks(cells[0][0]) or len(single) >= _ONE_COLUMN_SHARE * len(cells) and sum(map(asks, single)) >= FEWEST_QUESTIONS


_ONE_COLUMN_SHARE = 0.9  # of a one-column FAQ's rows that hold one cell: a table pasted in an answer holds more


def _column_entries(rows: list[tuple[int, list[str]]], path: Path) -> list[Entry]:
    """A one-column table's entries: each cell that asks a question, its answer the cells under it
    up to the next question, one paragraph each (a row of several cells one line, its cells apart);
    a cell naming a section over a question names its category, and the cells over the first
    question are the document's title."""
    entries: list[tuple[int, str, list[str], str]] = []  # (line, question, answer's paragraphs, category)
    section = ""
    filled = [(number, [cell.strip() for cell in row if cell.strip()]) for number, row in rows]
    for (number, cells), (_, below) in zip(filled, [*filled[1:], (0, [])], strict=True):
        if len(cells) == 1 and asks(cells[0]):
            entries.append((number, cells[0], [], section))
        elif len(cells) == 1 and len(below) == 1 and asks(below[0]) and names_a_section(cells[0].strip(" -–—:")):
            section = cells[0].strip(" -–—:")
        elif entries:
            entries[-1][2].append(CELLS_APART.join(cells))
    return [make_entry(question, "\n\n".join(answer), path, line, category=category) for line, question, answer, category in entries]


def _section_titles(rows: list[dict[str, str]], question: str, answer: str) -> list[str | None]:
    """For each row the section title it is, if it is one: a row holding nothing but a title in the
    question column that asks nothing and names a category (a few words, no sentence: not the tail
    of an answer a stray quote cut off), under an answered row (or the header) and over an
    answered one, as spreadsheets group their questions ("Billing" over the billing rows). Unanswered rows
    one under another are questions left unanswered, and reported as such."""
    answered = [bool(row[answer].strip()) for row in rows]
    titles: list[str | None] = []
    for number, row in enumerate(rows):
        title = row[question].strip()
        alone = sum(1 for value in row.values() if value.strip()) == 1 and names_a_category(title)
        between_answers = (number == 0 or answered[number - 1]) and number + 1 < len(rows) and answered[number + 1]
        titles.append(title if alone and between_answers else None)
    return titles


def merged_down(rows: list[tuple[int, list[str]]], spans: list[tuple[int, int, int]]) -> list[tuple[int, list[str]]]:
    """A sheet's ``rows`` with the text of each cell merged down over rows shown on every row it
    spans, as the sheet shows it: a category written once in a cell merged down the rows of its
    questions is the category of each. A question merged down the rows its answer runs over (a
    list an item a row) is not copied: those rows go on with its answer (see
    :func:`_answers_continued`). ``spans`` are (column from 1, first row, last row), rows numbered
    as ``rows`` number them; a crafted file's spans copy at most _MERGED_CELLS cells."""
    at = {number: place for place, (number, _) in enumerate(rows)}
    rows = [(number, list(cells)) for number, cells in rows]
    budget = _MERGED_CELLS
    for column, first, last in spans:
        anchor = rows[at[first]][1] if first in at else []
        text = anchor[column - 1] if column <= len(anchor) else ""
        below = range(at[first] + 1, len(rows)) if text.strip() and not asks(text) else range(0)  # indexed: a span costs only the rows it covers
        for number, cells in (rows[place] for place in below):
            if number > last or budget <= 0:
                break
            budget -= 1
            cells.extend([""] * (column - len(cells)))
            cells[column - 1] = cells[column - 1] if cells[column - 1].strip() else text
    return rows


def workbook_entries(
    sheets: list[tuple[str, list[tuple[int, list[str]]]]], path: Path, hidden: Collection[str] = (), hidden_rows: Mapping[str, Collection[int]] | None = None
) -> tuple[list[Entry], str]:
    """The entries of a workbook's sheets, each given as its name and its rows (see
    ``table_entries``), and the title written over the first sheet's table that holds any (see
    ``table_title``). With several sheets holding entries, a sheet's name is its entries'
    category, unless it is the name the program gave it (``_DEFAULT_SHEET_NAME``); a sheet that
    holds none (notes, a cover page) is skipped with a warning naming it, unless no sheet holds
    any, which is the first sheet's error. A sheet the owner hid (an
    outdated FAQ kept for reference, whose answers contradict the current one's) is skipped, saying
    so, and so are the rows the owner hid in a sheet (``hidden_rows``, by sheet name)."""
    found, refused = [], []
    for name in [name for name, _ in sheets if name in hidden]:
        logger.warning("%s: sheet %r is hidden in the workbook; skipped (unhide it to have its entries read)", path, name)
    for name, rows in [(name, _shown_rows(name, rows, (hidden_rows or {}).get(name, ()), path)) for name, rows in sheets if name not in hidden]:
        try:
            found.append((name, table_entries(rows, path), table_title(rows)))
        except CorpusError as exc:
            refused.append((name, exc))
    found = [(name, entries, title) for name, entries, title in found if entries]
    if not found and refused:
        raise CorpusError(_in_sheet(*refused[0], path)) from None
    for name, exc in refused:
        logger.warning("%s; sheet skipped", _in_sheet(name, exc, path))
    several = len(found) > 1
    entries = [replace(entry, category=entry.category or (name if several and not _DEFAULT_SHEET_NAME.match(name) else "")) for name, sheet_entries, _ in found for entry in sheet_entries]
    return entries, found[0][2] if found else ""


# The name a spreadsheet program gives a sheet until its owner names it, in the languages Excel,
# LibreOffice and Google Sheets speak ("Sheet2", "Tabelle1", "Feuil1", "Hoja 1", "Sayfa1", "Лист1",
# "工作表1"): it names no topic of the FAQ, and was shown as one.
_DEFAULT_SHEET_NAME = re.compile(
    r"^(?:sheet|tabelle|feuil(?:le)?|hoja|planilha|folha|foglio|blad|ark|taul(?:ukko)?|arkusz|list|hárok|munka|sayfa|лист|аркуш|φύλλο|foaie"
    r"|lembar|trang tính|工作表|シート|시트|ورقة|גיליון|แผ่นงาน)\s?\d{1,3}$",
    re.IGNORECASE,
)


def _shown_rows(name: str, rows: list[tuple[int, list[str]]], hidden: Collection[int], path: Path) -> list[tuple[int, list[str]]]:
    """A sheet's ``rows`` but those it hides, with a warning naming the hidden ones that hold text
    (a retired answer hidden in the sheet was answered beside the current one)."""
    skipped = [number for number, cells in rows if number in hidden and any(cell.strip() for cell in cells)]
    if skipped:
        named = ", ".join(map(str, skipped[:_ROWS_NAMED])) + (f" and {len(skipped) - _ROWS_NAMED} more" if len(skipped) > _ROWS_NAMED else "")
        logger.warning("%s: sheet %r hides %s %s; skipped (unhide a row to have it read)", path, name, "rows" if len(skipped) > 1 else "row", named)
    return [(number, cells) for number, cells in rows if number not in hidden]


def _in_sheet(title: str, error: CorpusError, path: Path) -> str:
    """A sheet's error, naming the sheet: "faq.xlsx:1: sheet 'Notes': header has no 'question' column"."""
    line, _, message = str(error).removeprefix(f"{path}:").partition(": ")
    return f"{path}:{line}: sheet {title!r}: {message}"


def _merged_by_id(entries: list[Entry], ids: list[str]) -> list[Entry]:
    """One entry per id, when the table has an id column: question-answering exports (QnA Maker's
    TSV, with its QnaId) list an entry asked several ways as a row per question, under one id.
    The first row's question is the heading, the others' its alternates."""
    merged: dict[str, Entry] = {}
    for row, (entry, entry_id) in enumerate(zip(entries, ids)):
        key = entry_id.strip() or f"row {row}"  # a row without an id is an entry of its own (a web page's rows may share a line)
        first = merged.setdefault(key, entry)
        if first is not entry:
            asked = {question.casefold() for question in first.questions}
            merged[key] = replace(first, alternates=(*first.alternates, *(q for q in entry.questions if q.casefold() not in asked)))
    return list(merged.values())
