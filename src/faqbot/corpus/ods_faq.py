"""OpenDocument spreadsheets (.ods): LibreOffice Calc's workbooks, read sheet by sheet like Excel's.

Every sheet is read as :mod:`faqbot.corpus.table_faq` reads a table, with the text each cell shows
and its rows numbered as Calc numbers them; with several FAQ sheets, each sheet's name is its
entries' category (see :func:`faqbot.corpus.table_faq.workbook_entries`).

Calc writes a run of identical rows or cells once, with how many times it repeats: a sheet's
empty tail is one row "repeated 1,048,000 times". Such counts are the file's word, not sizes to
allocate: empty runs only move the row and column numbers on, and a run of filled cells or rows
is taken at most a few times.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from faqbot.corpus.entry import Entry
from faqbot.corpus.office import unreadable
from faqbot.corpus.opendocument import Styles, cell_text, parts, tag
from faqbot.corpus.table_faq import merged_down, workbook_entries

_MOST_COLUMNS = 64  # a FAQ table has a handful: question, answer, alternates, category, id…
_MOST_REPEATS = 3  # a filled row or cell the file says repeats more is taken this many times


def _repeats(element: Element, attribute: str) -> int:
    """How many times the file says a row or cell repeats (at least once)."""
    return max(1, int(element.get(tag("table", attribute), "1") or 1))


def _cells(row: Element, styles: Styles) -> tuple[list[str], list[tuple[int, int]]]:
    """A row's cells, up to _MOST_COLUMNS (empty runs between filled cells keep the columns apart),
    and the filled cells merged down over the rows below: (column from 1, rows spanned)."""
    cells: list[str] = []
    down: list[tuple[int, int]] = []
    pending = 0  # empty cells not placed yet: kept only when a filled cell follows them
    for cell in row:
        if cell.tag not in (tag("table", "table-cell"), tag("table", "covered-table-cell")):
            continue
        repeats, text = _repeats(cell, "number-columns-repeated"), cell_text(cell, styles)
        if not text.strip():
            pending += repeats
            continue
        if len(cells) + pending >= _MOST_COLUMNS:
            break
        cells.extend([""] * pending + [text] * min(repeats, _MOST_REPEATS))
        pending = 0
        if (spanned := _repeats(cell, "number-rows-spanned")) > 1:
            down.append((len(cells), spanned))
    return cells[:_MOST_COLUMNS], down


def _rows(sheet: Element, styles: Styles) -> tuple[list[tuple[int, list[str]]], set[int]]:
    """A sheet's filled rows, numbered as Calc numbers them, a cell merged down over rows shown on
    each of them (see :func:`faqbot.corpus.table_faq.merged_down`); and the numbers of the filled
    rows the owner hid (``table:visibility="collapse"``; rows a filter hides are read)."""
    rows: list[tuple[int, list[str]]] = []
    spans: list[tuple[int, int, int]] = []
    hidden: set[int] = set()
    number = 1
    for row in sheet.iter(tag("table", "table-row")):
        repeats, (cells, down) = _repeats(row, "number-rows-repeated"), _cells(row, styles)
        if any(cell.strip() for cell in cells):
            numbers = range(number, number + min(repeats, _MOST_REPEATS))
            rows.extend((at, cells) for at in numbers)
            spans.extend((column, number, number + spanned - 1) for column, spanned in down)
            hidden.update(numbers if row.get(tag("table", "visibility")) == "collapse" else ())
        number += repeats
    return merged_down(rows, spans), hidden


def read_ods_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse every sheet of an OpenDocument spreadsheet (see the module docstring); the title
    written over its FAQ table is the description."""
    content, _ = parts(path)
    try:
        styles = Styles()
        tables, hiding = list(content.iter(tag("table", "table"))), _hidden_table_styles(content)
        names = [sheet.get(tag("table", "name"), "") for sheet in tables]
        hidden = {name for name, sheet in zip(names, tables, strict=True) if sheet.get(tag("table", "style-name")) in hiding}
        read = [(name, _rows(sheet, styles) if name not in hidden else ([], set())) for name, sheet in zip(names, tables, strict=True)]  # a hidden sheet is not read
    except Exception as exc:  # a damaged workbook fails in many ways: all are "cannot read"
        raise unreadable(path, exc) from None
    return workbook_entries([(name, rows) for name, (rows, _) in read], path, hidden, {name: rows_hidden for name, (_, rows_hidden) in read})


def _hidden_table_styles(content: Element) -> set[str]:
    """The names of the table styles that hide a sheet (``table:display="false"``), as Calc hides one."""
    properties = ((style.get(tag("style", "name"), ""), style.find(tag("style", "table-properties"))) for style in content.iter(tag("style", "style")))
    return {name for name, found in properties if found is not None and found.get(tag("table", "display")) == "false"}
