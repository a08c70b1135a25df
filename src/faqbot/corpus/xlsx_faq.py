"""Excel workbooks (.xlsx): each sheet read like a CSV file, its rows numbered as Excel numbers them.

Support teams keep their FAQ in a spreadsheet, and were asked to save it as CSV first. Every
sheet is read as :mod:`faqbot.corpus.table_faq` reads a table — a header naming the question and
answer columns, or question, answer rows — with the values Excel shows (formulas' results, whole
numbers without ".0", dates as dates). In a workbook of several sheets holding entries, each
sheet's name is the category of its entries (but a name Excel gave it, "Sheet2"); a sheet that
holds none (notes, a cover page) is skipped with a warning, and so are the sheets and rows the
owner hid.
"""

from __future__ import annotations

import datetime
import logging
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.corpus.entry import Entry
from faqbot.corpus.html_text import LINKED
from faqbot.corpus.office import checked_package, unreadable
from faqbot.corpus.table_faq import merged_down, workbook_entries

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

logger = logging.getLogger(__name__)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_LINKED_RANGE = 1_000  # cells one link may cover
_UNCOMPUTED = re.compile(rb"(?:</f>|<f\b[^<>]*/>)(?:<v\s*/>|<v></v>)?</c>")  # a formula no <v> follows with its result

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


def _rows(sheet: ReadOnlyWorksheet, markup: _Markup) -> list[tuple[int, list[str]]]:
    """A sheet's rows, numbered from 1 as in Excel, a linked cell's address after its text (as a
    Word or web-page FAQ keeps a link's), and a cell merged down over rows shown on each of them
    (see :func:`faqbot.corpus.table_faq.merged_down`). Each row holds the cells the file holds,
    not the sheet's declared width: one stray cell in column XFD would give every row 16,384 cells
    to make and read."""
    sheet.reset_dimensions()
    rows = []
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_text(value) for value in row]
        for column, text in enumerate(cells, start=1):
            address = markup.links.get((number, column))
            if address and text.strip() and address not in text:
                cells[column - 1] = f"{text} ({address})"
        rows.append((number, cells))
    return merged_down(rows, markup.merged_down)


@dataclass
class _Markup:
    """What a sheet part says of its cells beyond their values, which openpyxl's read-only mode
    does not read: its links to web and mail addresses by (row, column) from 1, its cells merged
    down over rows, as (column, first row, last row), the rows the owner hid, and the formulas
    whose result the file does not keep."""

    links: dict[tuple[int, int], str] = field(default_factory=dict)
    merged_down: list[tuple[int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    uncomputed: dict[str, str] = field(default_factory=dict)  # formulas whose result the file does not keep, by cell ("B2")


def _markup(path: Path) -> dict[str, _Markup]:
    """Each sheet's markup (see :class:`_Markup`), by sheet title.

    A support team's answer cell linking "the form" lost where the form is, and a category written
    once in a cell merged down the rows of its questions named only the first of them. Links live
    in a sheet part's ``<hyperlinks>``, their addresses in the part's relationships, merges in its
    ``<mergeCells>``, hidden rows in its ``<row hidden="1">``; parts with none of them are not parsed.
    """
    from defusedxml.ElementTree import fromstring

    found: dict[str, _Markup] = {}
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        sheets = _targets(package, "xl/_rels/workbook.xml.rels", "xl/")
        for sheet in fromstring(package.read("xl/workbook.xml")).iter(f"{{{_MAIN}}}sheet"):
            part = sheets.get(sheet.get(f"{{{_RELATIONSHIP}}}id", ""), "")
            data = package.read(part) if part in names else b""
            if b"hyperlinks" not in data and b"mergeCells" not in data and b"hidden=" not in data and not _UNCOMPUTED.search(data):
                continue
            root, folder, name = fromstring(data), *part.rsplit("/", 1)
            markup = found.setdefault(sheet.get("name", ""), _Markup())
            addresses = _targets(package, f"{folder}/_rels/{name}.rels", "") if b"hyperlinks" in data else {}
            for link in root.iter(f"{{{_MAIN}}}hyperlink"):
                address = addresses.get(link.get(f"{{{_RELATIONSHIP}}}id", ""), "")
                if address.startswith(LINKED):
                    markup.links.update(dict.fromkeys(_linked_cells(link.get("ref", "")), address))
            markup.merged_down = [span for merge in root.iter(f"{{{_MAIN}}}mergeCell") if (span := _merged_down(merge.get("ref", "")))]
            markup.hidden_rows = _hidden_rows(root)
            markup.uncomputed = _uncomputed(root)
    return found


def _uncomputed(sheet: Element) -> dict[str, str]:
    """The formulas of a sheet part kept without their result, by cell: a workbook written by a
    program (a script, an export) rather than saved by Excel or Calc keeps formulas that nothing has
    worked out yet, and their cells read as empty."""
    formulas = (cell for cell in sheet.iter(f"{{{_MAIN}}}c") if cell.find(f"{{{_MAIN}}}f") is not None)
    cells = (cell for cell in formulas if not cell.findtext(f"{{{_MAIN}}}v") and cell.get("t") != "str")  # Excel keeps an empty text result as t="str"
    return {cell.get("r", "?"): "=" + (cell.findtext(f"{{{_MAIN}}}f") or "") for cell in cells}


def _hidden_rows(sheet: Element) -> set[int]:
    """The numbers of the rows a sheet part hides, but for those an active filter hides: hiding a
    row keeps it from whoever reads the sheet (a retired answer, a draft), while a filter left on
    only narrows the owner's view of rows that are all current."""
    rows = (row for row in sheet.iter(f"{{{_MAIN}}}row") if row.get("hidden") in ("1", "true") and (row.get("r") or "").isdigit())
    hidden = {int(row.get("r", "")) for row in rows}
    for auto_filter in sheet.iter(f"{{{_MAIN}}}autoFilter"):
        if auto_filter.find(f"{{{_MAIN}}}filterColumn") is not None and (bounds := _bounds(auto_filter.get("ref", ""))):
            hidden = {number for number in hidden if not bounds[1] <= number <= bounds[3]}
    return hidden


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    """A cell range's ``ref`` ("A5:B9") as (first column, first row, last column, last row), from
    1; None for a malformed one or one of whole rows or columns ("A:A")."""
    from openpyxl.utils.cell import range_boundaries

    try:
        bounds = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    return bounds if None not in bounds else None  # type: ignore[return-value]


def _merged_down(ref: str) -> tuple[int, int, int] | None:
    """A merge's ``ref`` ("A5:A9") as (column, first row, last row) when it spans rows, else None
    (one row's cells merged across, as a title over the table, show their text once)."""
    bounds = _bounds(ref)
    return (bounds[0], bounds[1], bounds[3]) if bounds and bounds[3] > bounds[1] else None


def _linked_cells(ref: str) -> list[tuple[int, int]]:
    """The (row, column) cells a link's ``ref`` covers ("B2", "B2:B4"); none for a malformed one or
    a range over _LINKED_RANGE cells (a crafted "A1:XFD1048576" would fill memory)."""
    bounds = _bounds(ref)
    if bounds is None:
        return []
    first_column, first_row, last_column, last_row = bounds
    if (last_row - first_row + 1) * (last_column - first_column + 1) > _LINKED_RANGE:
        return []
    return [(row, column) for row in range(first_row, last_row + 1) for column in range(first_column, last_column + 1)]


def _targets(package: zipfile.ZipFile, rels: str, folder: str) -> dict[str, str]:
    """A relationships part's targets by id: part names within the package (relative to
    ``folder``, or absolute), addresses outside it as written."""
    from defusedxml.ElementTree import fromstring

    if rels not in package.namelist():
        return {}
    targets = {}
    for relation in fromstring(package.read(rels)).iter(f"{{{_PACKAGE_RELATIONSHIPS}}}Relationship"):
        target = relation.get("Target", "")
        external = relation.get("TargetMode") == "External"
        targets[relation.get("Id", "")] = target if external else target.lstrip("/") if target.startswith("/") else folder + target
    return targets


def read_xlsx_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse every sheet of a workbook (see the module docstring); its title property is the
    description, else the title written over its FAQ table."""
    checked_package(path)
    from openpyxl import load_workbook  # imported here: only workbooks need it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            markup = _markup(path)
            hidden = {sheet.title for sheet in workbook.worksheets if sheet.sheet_state != "visible"}
            sheets = [(sheet.title, _rows(sheet, markup.get(sheet.title, _Markup())) if sheet.title not in hidden else []) for sheet in workbook.worksheets]  # read-only sheets are parsed here
            description = workbook.properties.title or ""
        finally:
            workbook.close()
    except Exception as exc:  # a damaged package fails in many ways inside openpyxl: all are "cannot read"
        raise unreadable(path, exc) from None
    for name, found in markup.items():
        if found.uncomputed and name not in hidden:
            cell, formula = next(iter(found.uncomputed.items()))
            logger.warning(
                "%s: sheet %r holds %d formula%s whose result the file does not keep (the first, %s in %s), read as empty: open the workbook in Excel or LibreOffice and save it",
                path, name, len(found.uncomputed), "s" * (len(found.uncomputed) > 1), formula, cell,
            )
    entries, title = workbook_entries(sheets, path, hidden, {name: found.hidden_rows for name, found in markup.items()})
    return entries, description or title
