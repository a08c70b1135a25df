"""OpenDocument text (.odt): LibreOffice's documents, read as the Markdown they would be.

Offices that write in LibreOffice Writer keep their FAQ as an .odt file, and were asked to save it
as a Word document first. Like a Word document, each paragraph is told apart by its style and read
by :mod:`faqbot.corpus.paragraphs`: headings (``text:h``, by their outline level) and the Title
style are headings, a paragraph whose text is all bold (by its style, or the spans it is made of)
is set apart, list items (a numbered list's with their numbers; an item's further paragraphs go on
under it, so an item may hold a question and its answer), a table's rows are a table's (a table
of questions and answers, its first row naming the columns, is read as a table file is), and links
keep their address. Comments, tracked deletions, hidden text and the indexes Writer generates (a
table of contents) are not the document's text and are left out; a footnote is written where it is cited, in brackets; a text box's paragraphs are read where it is anchored. An entry's line is its
paragraph's number.

The package is opened and its XML read by :mod:`faqbot.corpus.opendocument`.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from faqbot.corpus.entry import Entry
from faqbot.corpus.office import unreadable
from faqbot.corpus.opendocument import NOT_TEXT, Styles, cell_text, parts, tag, text_runs
from faqbot.corpus.paragraphs import CONTINUED, Paragraph, Rows, paragraph_entries, paragraphs_of, table_parts

# The indexes Writer generates from the document (a table of contents, its page numbers and all):
# the document's text again, not its own. Read, a table of contents was the FAQ's description.
_INDEXES = {tag("text", name) for name in ("table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index", "user-index", "bibliography")}


def _paragraphs(element: Element, styles: Styles, number: int, item: bool, mark: str, depth: int) -> list[Paragraph]:
    """One ``text:p`` or ``text:h`` as a Paragraph, or as the question it opens with and its answer
    (see :func:`question_and_answer`); a list item's ``depth`` is how many lists it is nested in."""
    style = element.get(tag("text", "style-name"))
    runs = list(text_runs(element, styles, bool(styles.bold(style))))
    level = int(element.get(tag("text", "outline-level"), "1") or 1) if element.tag == tag("text", "h") else None
    level = 0 if level is None and styles.is_title(style) else level
    return paragraphs_of(runs, number, level, item, mark, max(depth, 0))


class _Reader:
    """Walks the document's body in order, numbering its paragraphs as LibreOffice counts them."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.number = 0
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Rows] = []  # of questions and answers (see table_parts)
        self._latest: dict[tuple[str | None, int], int] = {}  # (list style, level) → its latest item's number

    def read(self, element: Element, item: bool = False, mark: str = "-", listed: tuple[str | None, int] = (None, 0)) -> None:
        """Read the blocks under ``element``: paragraphs, headings, lists, tables, sections. ``mark``
        opens the line of a list item's first paragraph; ``listed`` is the list style and level
        ``element`` is in, which a list inside it goes on from."""
        for child in element:
            if child.tag in (tag("text", "p"), tag("text", "h")):
                self.number += 1
                number = self.number
                for frame in child.iter(tag("draw", "text-box")):
                    self.read(frame)
                self.paragraphs += _paragraphs(child, self.styles, number, item, mark, listed[1] - 1)
                mark = CONTINUED  # the item's further paragraphs go on under its number
            elif child.tag == tag("table", "table"):
                self._table(child)
            elif child.tag == tag("text", "list"):
                self._list(child, item, *listed)
            elif child.tag not in NOT_TEXT and child.tag not in _INDEXES:
                self.read(child, item, mark, listed)

    def _list(self, listing: Element, item: bool, style: str | None, depth: int) -> None:
        """A list's items, numbered as LibreOffice numbers them where the list's style (its own, or
        the list's it sits in) numbers its level: from 1, from an item's start value, or on from the
        list before when the list continues it."""
        style, level = listing.get(tag("text", "style-name")) or style, depth + 1
        goes_on = listing.get(tag("text", "continue-numbering")) == "true" or listing.get(tag("text", "continue-list")) is not None
        latest = self._latest.get((style, level), 0) if goes_on else 0
        for entry in listing:
            if entry.tag != tag("text", "list-item"):
                self.read(entry, item, "-", (style, level))  # a list's header is no item
                continue
            start = entry.get(tag("text", "start-value"), "")
            latest = int(start) if start.isdecimal() else latest + 1
            self.read(entry, True, f"{latest}." if self.styles.numbers(style, level) else "-", (style, level))
        self._latest[style, level] = latest

    def _table(self, table: Element) -> None:
        """A table, its rows numbered one each (see :func:`table_parts`)."""
        rows = []
        for row in _rows(table):
            self.number += 1
            rows.append((self.number, [cell_text(cell, self.styles) for cell in row.iter(tag("table", "table-cell"))]))
        found, tabled = table_parts(rows)
        self.paragraphs += found
        self.tables += tabled


def _rows(table: Element) -> list[Element]:
    """A table's own rows, header rows and row groups included, not those of a table in a cell."""
    return [
        row
        for child in table
        for row in ([child] if child.tag == tag("table", "table-row") else _rows(child) if child.tag != tag("table", "table-cell") else [])
    ]


def read_odt_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse an OpenDocument text (see the module docstring)."""
    content, named = parts(path)
    try:
        reader = _Reader(Styles(*(root for root in (named, content) if root is not None)))
        body = content.find(f"{tag('office', 'body')}/{tag('office', 'text')}")
        reader.read(body if body is not None else content)
    except Exception as exc:  # a damaged document fails in many ways: all are "cannot read"
        raise unreadable(path, exc) from None
    return paragraph_entries(reader.paragraphs, path, reader.tables)
