"""Excel workbooks (.xlsx): each sheet read like a CSV file, its rows numbered as Excel numbers them.

Support teams keep their FAQ in a spreadsheet, and were asked to save it as CSV first. Every
sheet is read as :mod:`faqbot.corpus.table_faq` reads a table — a header naming the question and
answer columns, or question, answer rows — with the values Excel shows (formulas' results, whole
numbers without ".0", dates as dates). In a workbook of several sheets holding entries, each
sheet's name is the category of its entries; a sheet that holds none (notes, a cover page) is
skipped with a warning.
"""

from __future__ import annotations

import datetime
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.corpus.entry import Entry
from faqbot.corpus.office import checked_package, unreadable
from faqbot.corpus.table_faq import workbook_entries

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

# openpyxl warns of every workbook feature it does not keep (data validation, a damaged defined
# name); reading only the cells, faqbot loses nothing by them, and the warnings were noise in a chat's log.
warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")


def _text(value: object) -> str:
    """A cell's value as Excel shows it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ", timespec="minutes")
    return str(value)


def _rows(sheet: ReadOnlyWorksheet) -> list[tuple[int, list[str]]]:
    """A sheet's rows, numbered from 1 as in Excel. Each row holds the cells the file holds, not
    the sheet's declared width: one stray cell in column XFD would give every row 16,384 cells to
    make and read."""
    sheet.reset_dimensions()
    return [(number, [_text(value) for value in row]) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]


def read_xlsx_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse every sheet of a workbook (see the module docstring); its title property is the description."""
    checked_package(path)
    from openpyxl import load_workbook  # imported here: only workbooks need it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheets = [(sheet.title, _rows(sheet)) for sheet in workbook.worksheets]  # read-only sheets are parsed here
            description = workbook.properties.title or ""
        finally:
            workbook.close()
    except Exception as exc:  # a damaged package fails in many ways inside openpyxl: all are "cannot read"
        raise unreadable(path, exc) from None
    return workbook_entries(sheets, path), description
