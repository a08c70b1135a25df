"""PDF documents: their lines put back into paragraphs, read as the Markdown they would be.

Offices and shops hand out their FAQ as a PDF, and were asked to save it as text first. A PDF
holds no paragraphs, only lines of characters placed on a page, each in a font: pdfminer's layout
analysis gathers them into lines in reading order, and this module joins the lines that run on
into paragraphs — a wider gap, a change of size or of bold, a list mark (a character, or a dot
drawn beside the line), or a question ending its line starts the next; a list's items nest by
their indentation, and a ruled table's rows are lines with their cells apart (see
:mod:`faqbot.corpus.pdf_tables`; a table of questions and answers is read as a table file is).
A paragraph in a larger size is a heading (the largest size the first level), one all in bold is
set apart, one opening with a question in bold is that question and its answer, and
:mod:`faqbot.corpus.paragraphs` reads the lot as Markdown. What pages repeat in one place, or
print in small type in their margins (headers, footers, page numbers, a browser's date and
address), and contents pages are left out; a footnote is written where its raised mark cites it,
in brackets. An entry's line is its page.

A PDF is decoded by pypdf first, which bounds what each stream unpacks to: a small file can
unpack to gigabytes, and pdfminer decodes without a bound.
"""

from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.corpus.entry import CorpusError, Entry, asks
from faqbot.corpus.html_text import BACK_TO_TOP, CELLS_APART, LINKED
from faqbot.corpus.office import MAX_UNPACKED_MB
from faqbot.corpus.paragraphs import Paragraph, Rows, escaped, paragraph_entries, question_and_answer, table_parts, with_label_typed
from faqbot.corpus.pdf_tables import Box, Rules, columns, tables

if TYPE_CHECKING:
    from pdfminer.layout import LTChar, LTCurve, LTPage, LTTextLine
    from pypdf import PdfReader

# Both libraries log what they repair in a damaged file ("CropBox missing"): nothing an FAQ owner can act on.
logging.getLogger("pdfminer").setLevel(logging.ERROR)
logging.getLogger("pypdf").setLevel(logging.ERROR)

# A bold face by its name: "Arial-BoldMT", "Calibri,Bold", and TeX's, which say so otherwise: Computer
# Modern's bold extended ("CMBX12", "CMSSBX10"), its Type 1 and EC versions ("SFBX1200", "ECBX1000",
# sans "SFSX1200"), and Times set by LaTeX ("NimbusRomNo9L-Medi").
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|,b$|-b$|(?:^|\+)(?:cm|sf|ec|tc)(?:ss)?bx|(?:^|\+)sfsx|-medi(?!um)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•●▪■◦○◆◇►▶✓✔\uf0a7\uf0b7\uf0d8\uf0fc]\s*|[-*–]\s+)")  # private-use marks: Symbol and Wingdings bullets
# "1.", "a)", "(3)", "(b)", "(iv)", "Q:", "A1." open a new paragraph; "(FAQ) - …" goes on with a title.
_NEW_PARAGRAPH_MARK = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|(?:q|a|question|answer)\s*+\d*+\s*+[:.])\s", re.IGNORECASE)
_PAGE = r"\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"  # "3", "3 of 9", "3/9"
_PAGE_NUMBER = re.compile(rf"^\s*(?:page\s*)?{_PAGE}\s*$", re.IGNORECASE)
_NUMBERED_PAGE = re.compile(rf"\bpage\s*{_PAGE}\b", re.IGNORECASE)  # "ACME FAQ - page 2 of 9"
_BACK_TO_TOP_LINE = re.compile(rf"^\s*+[↑^]?\s*+(?:{BACK_TO_TOP})\s*+[↑^]?(?:\s*+\(\S+\))?\s*+$", re.IGNORECASE)  # its link's address after it
_DOT_LEADER = re.compile(r"(?:\.\s){3,}|\.{5,}|…{2,}|^[.\s]+$")  # a contents line's dots out to its page number
_LIGATURES = re.compile(r"[\ufb00-\ufb06]")
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph whose font names no character
_UNMAPPED_SHARE = 0.05  # of the characters: with more drawn so, the text cannot be read
_HYPHENATED = re.compile(r"[a-z]-$")  # a line ending in a syllable broken off ("infor-")
_COMPOUND_BROKEN = re.compile(r"\w-$")  # or in a compound's hyphen
_QUESTION_MARK = re.compile("[?？؟]")  # within a line: where a question wrapped onto it ends
_HEADING_SIZE = 1.2  # times the body text's size: a line this much larger is a heading
_SAME_SIZE = 0.1  # of a size: type within this of it is the same size
_PARAGRAPH_GAP = 0.6  # times the line's size: white space this tall between two lines ends a paragraph
_WIDER_SPACING = 1.1  # times a widely spaced document's own line spacing: a wider gap ends a paragraph there
_SPACING_SAMPLE = 5  # full lines at least, to measure a document's line spacing by
_WIDEST_SPACING = 1.5  # times the size: between the lines of a paragraph there is never more (double spacing leaves about 1)
_LONGEST_HEADING = 200  # characters: a longer paragraph is text, whatever its size
_REPEATED_SHARE = 0.5  # of the pages: a short line on more of them is a running header or footer
_LONGEST_RUNNING_LINE = 80  # characters: a longer line repeated on pages is text, not a header or footer
_SAME_HEIGHT = 3.0  # points: a line repeated on pages within this of one height is printed in one place
_PAGE_EDGE = 2  # lines: a running header or footer is among a page's top or bottom two
_MARGIN_SHARE = 12  # a page's top and bottom twelfth are its margins
_INDENT = 0.5  # times the size: a line starting this much further left or right is indented otherwise
_SHORT_LINE = 0.2  # of the text's width: a line ending this far from the right edge was ended on purpose
_CONTENTS_SHARE = 1 / 3  # of a page's lines: with this many dotted lines, the page is a table of contents
# A justified line stretched over the width: its pieces lie side by side on one baseline, at least
# this many, their gaps within _EVEN_GAPS of the widest (columns and table cells are rarely so even).
_JUSTIFIED_PIECES, _EVEN_GAPS = 3, 0.25
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")  # "1.2", as LaTeX sets it apart before a section's title
# A list mark drawn as a shape, as browsers print a web page's bullets: a dot or a square between these
# sizes (times the line's type size), no more than twice as wide as tall, its middle level with the
# line and its right edge within _MARK_REACH of the line's first letter. Table borders and rules are longer.
_SMALLEST_MARK, _LARGEST_MARK, _MARK_REACH = 0.15, 0.6, 2.0
# A footnote's mark: a character or three raised this much (times the line's type size) above the
# line's baseline, no larger than its text, a number or a sign ("1", "*", "†"). Its text stands
# between _CITED_OPEN and _CITED_CLOSE (characters of Unicode's private use) until its note is found.
_SUPERSCRIPT_RISE = 0.25
_NOTE_MARK = re.compile(r"\d{1,3}|[*†‡§¶]{1,3}")
_CITED_OPEN, _CITED_CLOSE = "\ue000", "\ue001"
_CITED = re.compile(f"{_CITED_OPEN}([^{_CITED_OPEN}{_CITED_CLOSE}]{{1,3}}){_CITED_CLOSE}")


@dataclass(frozen=True)
class _Link:
    """A link's area on its page (PDF points, from the bottom left) and its web or mail address."""

    x0: float
    y0: float
    x1: float
    y1: float
    address: str


_Piece = tuple[Box, str, list["LTChar"], list]  # a piece of a laid-out line: its box, text, drawn characters and parts


@dataclass(frozen=True)
class _Line:
    """A line of text as laid out on its page, with what tells paragraphs and headings apart."""

    text: str
    page: int  # 1-based
    size: float  # its characters' median size
    bold: bool
    top: float
    bottom: float
    in_margin: bool  # in the page's top or bottom twelfth, where running headers and footers go
    left: float
    ends_short: bool  # well short of the page's right edge: its paragraph may end there
    dotted: bool  # dotted out to a page number, as a table of contents's lines are
    glyphs: int  # characters drawn
    unmapped: int  # of which in a font that does not say which character each one is
    bold_lead: str = ""  # its text in bold before text that is not, when it opens so ("How do I join?" of "**How do I join?** Fill in…")
    cells: tuple[str, ...] = ()  # a ruled table's row: its cells' texts (``text`` holds them apart)


def _bold(fontnames: list[str]) -> bool:
    """Whether a line is set in bold: nine in ten of its characters in a bold face."""
    return sum(bool(_BOLD_FONT.search(name)) for name in fontnames) >= 0.9 * len(fontnames)


def _bold_lead(line: Iterable[object]) -> str:
    """The text a line opens with in bold, when text not in bold follows it on the line, after the
    list's number it may have in another face ("1. **Question** Did I…"); "" otherwise."""
    from pdfminer.layout import LTChar

    lead: list[str] = []
    bold = False  # a bold letter seen
    for part in line:
        character = part.get_text()
        if isinstance(part, LTChar) and character.strip() and not _BOLD_FONT.search(part.fontname):
            if not bold and _NUMBER_SO_FAR.fullmatch("".join(lead) + character):
                lead.append(character)
                continue
            return _text("".join(lead)) if bold else ""
        bold = bold or (isinstance(part, LTChar) and bool(character.strip()))
        lead.append(character)
    return ""


_NUMBER_SO_FAR = re.compile(r"^\s*+\d{1,3}[.)]?\s*+$")  # a list's number, as far as read
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s*")


def _text(raw: str) -> str:
    """A line's text, its ligatures ("ﬁ") as letters, without the glyphs the PDF gives no character
    for (icons, read as control characters, "�" or "(cid:12)"), and its spacing tidied."""
    readable = _UNMAPPED.sub("", _UNREADABLE.sub(" ", raw))
    return " ".join(_LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), readable).split())


def _page_lines(page: LTPage, number: int, links: Sequence[_Link] = ()) -> list[_Line]:
    """The text lines of one laid-out page, in reading order, the text under a link to a web or
    mail address followed by it; a line of glyphs that name no character has no text. Each row of
    a ruled table is one line, its cells apart, where the table's first piece of text was."""
    from pdfminer.layout import LTCurve, LTTextContainer, LTTextLine

    margin = page.height / _MARGIN_SHARE
    dots = [shape for shape in page if isinstance(shape, LTCurve) and 0 < max(shape.width, shape.height) <= 2 * min(shape.width, shape.height)]
    rules = Rules.of(page)
    laid_out = [line for block in page for line in (block if isinstance(block, LTTextContainer) else ()) if isinstance(line, LTTextLine)]
    found, cells = _numbered_titles(*_justified_lines(*_split_at_cells(laid_out, rules, links)))
    written = [box for box, text, _, _ in found if text]
    left, right = min((box.x0 for box in written), default=0), max((box.x1 for box in written), default=0)
    lines = []
    for box, text, chars, parts in found:
        size = round(statistics.median(char.size for char in chars), 1)
        in_margin = box.y0 > page.height - margin or box.y1 < margin
        ends_short = box.x1 < right - _SHORT_LINE * (right - left)
        dotted = bool(_DOT_LEADER.search(text))
        unmapped = sum(bool(_UNMAPPED.fullmatch(char.get_text())) for char in chars)
        bold_lead = _bold_lead(parts)
        text = f"• {text}" if text and any(_marks(dot, box, size) for dot in dots) else text
        lines.append(_Line(text, number, size, _bold([char.fontname for char in chars]), box.y1, box.y0, in_margin, box.x0, ends_short, dotted, len(chars), unmapped, bold_lead))
    return _with_rows(_notes_placed(lines), cells)


def _split_at_cells(laid_out: list[LTTextLine], rules: Rules, links: Sequence[_Link]) -> tuple[list[_Piece], list[Box | None]]:
    """The pieces of text of a page's laid-out lines, and each one's cell (None outside a ruled
    table): a line split where a table's rules cross it, when each of its pieces then lies in a
    ruled table's cell (pdfminer joins cells that sit close into one line: "Standard included"),
    else whole (a box drawn around a word does not break its sentence)."""
    split = [list(_pieces(line, rules.crossing(_box(line)), links)) for line in laid_out]
    cells = [rules.cell(piece[0]) for pieces in split for piece in pieces]
    tabled = {position for table in tables(cells) for row in table for position in row}
    found: list[_Piece] = []
    found_cells: list[Box | None] = []
    start = 0  # the position of a line's first piece in ``cells``
    for line, pieces in zip(laid_out, split):
        positions = range(start, start + len(pieces))
        start += len(pieces)
        if len(pieces) > 1 and not all(position in tabled for position in positions):
            pieces = list(_pieces(line, [], links))
            found_cells += [rules.cell(piece[0]) for piece in pieces]
        else:
            found_cells += [cells[position] for position in positions]
        found += pieces
    return found, found_cells


def _justified_lines(found: list[_Piece], cells: list[Box | None]) -> tuple[list[_Piece], list[Box | None]]:
    """``found`` (with each piece's cell, ``cells``) with every justified line that the layout
    analysis broke at its stretched spaces made one piece again, where its first piece was.

    A justified line of few words (before a web address too long to share it, say) is stretched to
    the right edge, its spaces wider than pdfminer reads as spaces, so each word became a line of
    its own, in no dependable order, and then a paragraph: "You", "can", "join"… Such pieces lie
    side by side on one baseline outside any ruled table, at least _JUSTIFIED_PIECES of them,
    evenly apart."""
    joined: dict[int, _Piece] = {}  # a justified line's first position → the line made whole
    dropped: set[int] = set()  # the positions of its other pieces
    for row in _baselines(found, cells):
        pieces = sorted(row, key=lambda position: found[position][0].x0)
        boxes = [found[position][0] for position in pieces]
        gaps = [right.x0 - left.x1 for left, right in zip(boxes, boxes[1:])]
        if len(pieces) < _JUSTIFIED_PIECES or min(gaps) <= 0 or min(gaps) < (1 - _EVEN_GAPS) * max(gaps):
            continue
        first = min(row)
        joined[first] = _one_piece([found[position] for position in pieces])
        dropped |= set(row) - {first}
    return _with_joined(found, cells, joined, dropped)


def _numbered_titles(found: list[_Piece], cells: list[Box | None]) -> tuple[list[_Piece], list[Box | None]]:
    """``found`` (with each piece's cell, ``cells``) with every title in bold that the layout
    analysis parted from its section number on their baseline ("1.2", then "Is downloading the
    genome needed ?", as LaTeX sets them) made one piece again, where the number was: apart, the
    number ended the answer above and the title lost it."""
    joined: dict[int, _Piece] = {}
    dropped: set[int] = set()
    for row in _baselines(found, cells):
        number, title = sorted(row, key=lambda position: found[position][0].x0)[:2]
        if _SECTION_NUMBER.fullmatch(found[number][1]) and all(_bold([char.fontname for char in found[place][2]]) for place in (number, title)):
            joined[number] = _one_piece([found[number], found[title]])
            dropped.add(title)
    return _with_joined(found, cells, joined, dropped)


def _one_piece(run: list[_Piece]) -> _Piece:
    """Pieces side by side on one baseline (``run``, left to right) as one, a space between each."""
    from pdfminer.layout import LTAnno

    boxes = [piece[0] for piece in run]
    box = Box(boxes[0].x0, min(b.y0 for b in boxes), boxes[-1].x1, max(b.y1 for b in boxes))
    parts = [part for index, piece in enumerate(run) for part in ([LTAnno(" ")] if index else []) + piece[3]]
    return box, " ".join(piece[1] for piece in run), [char for piece in run for char in piece[2]], parts


def _with_joined(found: list[_Piece], cells: list[Box | None], joined: dict[int, _Piece], dropped: set[int]) -> tuple[list[_Piece], list[Box | None]]:
    """``found`` and its ``cells`` with the pieces ``joined`` in place of the first of each run, and
    the others (``dropped``) left out."""
    kept = [position for position in range(len(found)) if position not in dropped]
    return [joined.get(position, found[position]) for position in kept], [cells[position] for position in kept]


def _baselines(found: list[_Piece], cells: list[Box | None]) -> Iterator[list[int]]:
    """The positions of the pieces outside ruled tables that share a baseline and a type height,
    for each baseline that two or more share."""
    loose = sorted((position for position, cell in enumerate(cells) if cell is None), key=lambda position: found[position][0].y0)
    row: list[int] = []
    for position in loose:
        if row and not _one_baseline(found[row[0]][0], found[position][0]):
            if len(row) > 1:
                yield row
            row = []
        row.append(position)
    if len(row) > 1:
        yield row


def _one_baseline(first: Box, other: Box) -> bool:
    """Whether two pieces of text sit on one baseline in type of one height."""
    height = first.y1 - first.y0
    return abs(other.y0 - first.y0) <= _SAME_SIZE * height and _same_size(other.y1 - other.y0, height)


def _pieces(line: LTTextLine, crossing: list[float], links: Sequence[_Link]) -> Iterator[_Piece]:
    """A laid-out line split where rules cross it (``crossing``: their places, left to right): each
    piece's box, text, drawn characters and parts (characters and the spaces between them)."""
    from pdfminer.layout import LTChar

    pieces: list[list] = [[]]
    for part in line:
        if isinstance(part, LTChar) and crossing and part.x0 >= crossing[0]:
            crossing = [at for at in crossing if part.x0 < at]
            pieces.append([])
        pieces[-1].append(part)
    for parts in pieces:
        chars = [part for part in parts if isinstance(part, LTChar) and part.get_text().strip()]
        parts = _superscripts_marked(parts, chars)
        if chars:
            box = _box(line) if len(pieces) == 1 else Box(min(c.x0 for c in chars), min(c.y0 for c in chars), max(c.x1 for c in chars), max(c.y1 for c in chars))
            yield box, _text(_linked_text(parts, links) if links else "".join(part.get_text() for part in parts)), chars, parts


def _superscripts_marked(parts: list, chars: list[LTChar]) -> list:
    """A piece's ``parts`` with each run of raised characters that is a footnote's mark (see
    ``_NOTE_MARK``) standing between _CITED_OPEN and _CITED_CLOSE, so that the note can be put where
    it is cited (:func:`_notes_placed`); any other run as it is ("m²" drawn with a raised "2")."""
    from pdfminer.layout import LTAnno, LTChar

    if len(chars) < 2:
        return parts
    size, baseline = statistics.median(char.size for char in chars), statistics.median(char.y0 for char in chars)
    raised = {id(char) for char in chars if char.y0 - baseline >= _SUPERSCRIPT_RISE * size and char.size <= size}
    if not raised:
        return parts
    marked: list = []
    run: list = []
    for part in [*parts, None]:  # None ends the last run
        if isinstance(part, LTChar) and id(part) in raised:
            run.append(part)
            continue
        text = "".join(char.get_text() for char in run)
        marked += [LTAnno(f"{_CITED_OPEN}{text}{_CITED_CLOSE}")] if run and _NOTE_MARK.fullmatch(text) else run
        run = []
        if part is not None:
            marked.append(part)
    return marked


def _notes_placed(lines: list[_Line]) -> list[_Line]:
    """A page's ``lines`` with each footnote written where it is cited, in brackets ("at the desk
    (Children under 12 need a parent's signature.)"), its own lines left empty: read as they
    stood, the notes at the page's foot ended the last answer on it, and the marks ran into their
    words ("desk.1"). A note is a line opening with a raised mark that a line above it, in type no
    smaller, cites, and the lines under it in its size; a mark cited by no note is read as it was."""
    notes: list[tuple[str, list[int]]] = []  # each note's mark and its lines, by index
    for index, line in enumerate(lines):
        opening = _CITED.match(line.text)
        if opening:
            notes.append((opening.group(1), [index]))
        elif notes and notes[-1][1][-1] == index - 1 and _same_size(line.size, lines[index - 1].size) and line.top < lines[index - 1].top:
            notes[-1][1].append(index)
    texts = [line.text for line in lines]
    cited: dict[str, list[int]] = defaultdict(list)  # the lines citing each mark, in order
    for at, text in enumerate(texts):
        for mark in dict.fromkeys(found.group(1) for found in _CITED.finditer(text, 1)):
            cited[mark].append(at)
    for mark, indexes in notes:
        first, citation = lines[indexes[0]], f"{_CITED_OPEN}{mark}{_CITED_CLOSE}"
        # A line above the note, in type no smaller, whose citation no earlier note has taken.
        citing = next((at for at in cited.get(mark, ()) if lines[at].top > first.top and lines[at].size >= first.size and citation in texts[at][1:]), None)
        if citing is None:
            continue
        note = " ".join(_CITED.sub("", texts[at], count=1) if at == indexes[0] else texts[at] for at in indexes).strip()
        texts[citing] = texts[citing].replace(citation, f" ({note})", 1)
        for at in indexes:
            texts[at] = ""
    return [replace(line, text=_CITED.sub(r"\1", text), bold_lead=_CITED.sub(r"\1", line.bold_lead)) if text != line.text or _CITED_OPEN in text else line for line, text in zip(lines, texts)]


def _box(line: LTTextLine) -> Box:
    """Where a laid-out line is on its page."""
    return Box(line.x0, line.y0, line.x1, line.y1)


def _with_rows(lines: list[_Line], cells: list[Box | None]) -> list[_Line]:
    """``lines`` with the pieces of each ruled table (``cells``: each piece's cell, or None) made
    one line per row, its cells apart (an empty cell too), where the table's first piece was."""
    boxes = {position: cell for position, cell in enumerate(cells) if cell is not None}
    rows_at: dict[int, list[_Line]] = {}
    tabled: set[int] = set()
    for table in tables(cells):
        starts = columns(table, boxes)
        members = {position for row in table for position in row}
        tabled |= members
        rows_at[min(members)] = [
            _row([sorted((lines[position] for position in row if round(boxes[position].x0) == start), key=_reading_order) for start in starts]) for row in table
        ]
    return [kept for position, line in enumerate(lines) for kept in rows_at.get(position) or ([] if position in tabled else [line])]


def _reading_order(line: _Line) -> tuple[float, float]:
    """Where a line comes in reading order among those of one cell: top to bottom, then left to right."""
    return -line.top, line.left


def _row(cells: list[list[_Line]]) -> _Line:
    """One row of a ruled table as a line, from each of its cells' lines (none in an empty cell)."""
    texts = tuple(map(_cell_text, cells))
    pieces = [line for lines in cells for line in lines]
    size = statistics.median(line.size for line in pieces)
    top, bottom, left = max(line.top for line in pieces), min(line.bottom for line in pieces), min(line.left for line in pieces)
    glyphs, unmapped = sum(line.glyphs for line in pieces), sum(line.unmapped for line in pieces)
    return _Line(CELLS_APART.join(texts), pieces[0].page, size, all(line.bold for line in pieces), top, bottom, False, left, True, False, glyphs, unmapped, cells=texts)


def _cell_text(lines: list[_Line]) -> str:
    """A table cell's text from its lines: they run on, but a list mark ("1.", "•") or a wider gap
    than the cell's tightest opens a line, as a Word table's cell keeps its paragraphs as lines (an
    answer's steps stay steps; a bullet is written "- ", as an answer's text writes an item). A
    table may set its lines wider apart than the page's text."""
    gaps = [above.bottom - below.top for above, below in zip(lines, lines[1:])]
    tightest = min(gaps, default=0.0)
    paragraphs = [lines[:1]]
    for line, gap in zip(lines[1:], gaps):
        if _BULLET.match(line.text) or _NEW_PARAGRAPH_MARK.match(line.text) or gap > tightest + _PARAGRAPH_GAP * line.size:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n".join(_BULLET.sub("- ", _joined(paragraph), count=1) for paragraph in paragraphs if paragraph)


def _marks(dot: LTCurve, line: Box, size: float) -> bool:
    """Whether ``dot`` (a shape about as wide as tall) is the list mark of a ``line`` (type ``size``):
    small, drawn just left of its first letter, level with it. A browser prints a web page's bullets
    so, as shapes, not characters: read as text only, a list's items ran on as one line ("Skis Golf
    clubs Bicycles")."""
    small = _SMALLEST_MARK * size <= min(dot.width, dot.height) and max(dot.width, dot.height) <= _LARGEST_MARK * size
    level = line.y0 <= (dot.y0 + dot.y1) / 2 <= line.y1
    return small and level and 0 <= line.x0 - dot.x1 <= _MARK_REACH * size


def _linked_text(line: Iterable[object], links: Sequence[_Link]) -> str:
    """A line's text with each link's address after the text it covers ("fill in the form
    (https://…)"), unless that text says it already: the address lives in the page's
    annotations, not its text, and was lost. Links side by side to one address are one, and the
    address follows the word a link ends in."""
    pieces: list[str] = []
    spans: list[list] = []  # [first piece, piece after the last, link] of each run of linked characters
    for item in line:
        text = item.get_text()
        if text.strip():
            covering = next((link for link in links if _covers(link, item)), None)
            if covering is not None and spans and spans[-1][2].address == covering.address and _after_blanks(pieces, spans[-1][1]) == len(pieces):
                spans[-1][1] = len(pieces) + 1  # one link, or one address drawn as a link per run of text (as Word exports one)
            elif covering is not None:
                spans.append([len(pieces), len(pieces) + 1, covering])
        pieces.append(text)
    for first, after, link in reversed(spans):
        while after < len(pieces) and pieces[after].isalnum():  # a link's area ending inside a word ("us|ing") ends with it
            after += 1
        if not _says(link.address, "".join(pieces[first:after])):
            pieces.insert(after, f" ({link.address})")
    return "".join(pieces)


def _after_blanks(pieces: list[str], start: int) -> int:
    """The position after the blank pieces from ``start`` on (spaces between a link's words)."""
    while start < len(pieces) and not pieces[start].strip():
        start += 1
    return start


def _says(address: str, text: str) -> bool:
    """Whether a link's text shows its address ("example.org/join", "help@example.org")."""
    shown = address.removeprefix("mailto:").split("://", 1)[-1].rstrip("/")
    return shown.casefold() in "".join(text.split()).casefold()


def _covers(link: _Link, item: object) -> bool:
    """Whether a character's middle lies within a link's area (a space pdfminer adds between
    words has no place on the page)."""
    if not hasattr(item, "x0"):
        return False
    x, y = (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2
    return link.x0 <= x <= link.x1 and link.y0 <= y <= link.y1


def _page_links(reader: PdfReader) -> list[list[_Link]]:
    """Each page's links to web and mail addresses, read from its link annotations with pypdf."""
    pages = []
    for page in reader.pages:
        annotations = page.get("/Annots")
        pages.append([link for annotation in (annotations.get_object() if annotations is not None else []) if (link := _link(annotation)) is not None])
    return pages


def _link(annotation: object) -> _Link | None:
    """A link annotation to a web or mail address, or None for any other annotation, or one too
    damaged to read (a link is no reason to refuse the document)."""
    try:
        annotation = annotation.get_object()
        action = annotation.get("/A")
        action = action.get_object() if action is not None else {}
        address, area = str(action.get("/URI", "")), annotation.get("/Rect")
        if annotation.get("/Subtype") != "/Link" or not address.startswith(LINKED) or area is None or len(area) != 4:
            return None
        x0, y0, x1, y1 = (float(value) for value in area)
    except (AttributeError, TypeError, ValueError):
        return None
    return _Link(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), address)


def _checked(path: Path) -> PdfReader:
    """The PDF as pypdf reads it; a CorpusError for one that is password-protected, unreadable, or
    that unpacks to over MAX_UNPACKED_MB.

    pypdf decodes each stream the layout analysis will (not images, which it leaves packed) within
    its own bound per stream; the sum bounds what pdfminer will unpack."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError
    from pypdf.generic import IndirectObject, StreamObject

    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        raise CorpusError(f"{path}: the PDF is protected by a password; save a copy without one")
    too_big = CorpusError(f"{path}: unpacks to over {MAX_UNPACKED_MB} MB, more than an FAQ could need; is it really an FAQ?")
    unpacked = 0
    for generation, numbers in reader.xref.items():
        for number in numbers:
            stream = reader.get_object(IndirectObject(number, generation, reader))
            if isinstance(stream, StreamObject) and stream.get("/Subtype") != "/Image":
                try:
                    unpacked += len(stream.get_data())
                except LimitReachedError:
                    raise too_big from None
                if unpacked > MAX_UNPACKED_MB * 1_000_000:
                    raise too_big
    return reader


def _lines(path: Path, reader: PdfReader) -> list[_Line]:
    """Every text line of the document, pages in order (its links read from ``reader``'s pages)."""
    from pdfminer.high_level import extract_pages

    links = _page_links(reader)
    return [line for number, page in enumerate(extract_pages(path), start=1) for line in _page_lines(page, number, links[number - 1] if number <= len(links) else [])]


def _repeated(lines: list[_Line]) -> set[str]:
    """Running headers and footers ("Top of the document", "1.2. Installing"), with their numbers
    as ``#``: the short lines printed at one height in the margins of two pages or more, or atop or
    under the rest of most pages. A header is printed in the same place on every page it runs on,
    over or under the page's text; a short answer ("Yes.") given on several pages is printed
    wherever its question ends, among the rest."""
    pages = max((line.page for line in lines), default=0)
    edges = _page_edges(lines)
    places: dict[str, list[tuple[float, int]]] = defaultdict(list)
    in_margins: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for line in lines:
        if len(line.text) <= _LONGEST_RUNNING_LINE and not line.cells:  # a table's header row repeats on the pages it runs over
            text = _numberless(line.text)
            under, over = edges[line.page]
            if line.top <= under or line.top >= over:
                places[text].append((line.top, line.page))
            if line.in_margin:
                in_margins[text].append((line.top, line.page))
    anywhere = {text for text, found in places.items() if _pages_at_one_height(found) > _REPEATED_SHARE * pages}
    return {text for text, found in in_margins.items() if _pages_at_one_height(found) > 1} | (anywhere if pages > 1 else set())


def _page_edges(lines: list[_Line]) -> dict[int, tuple[float, float]]:
    """For each page, the tops of its _PAGE_EDGE-th line from the bottom and from the top: a line
    at or under the first, or at or over the second, is at the page's edge."""
    tops: dict[int, list[float]] = defaultdict(list)
    for line in lines:
        tops[line.page].append(line.top)
    edges: dict[int, tuple[float, float]] = {}
    for page, found in tops.items():
        found.sort()
        edge = min(_PAGE_EDGE, len(found))
        edges[page] = (found[edge - 1], found[-edge])
    return edges


def _pages_at_one_height(places: list[tuple[float, int]]) -> int:
    """On how many pages a line is printed at one height, its ``places`` (top, page) within
    _SAME_HEIGHT of each other."""
    ordered = sorted(places)
    window: Counter[int] = Counter()  # the pages of the places from ordered[start] on
    most, start = 0, 0
    for top, page in ordered:
        window[page] += 1
        while top - ordered[start][0] > _SAME_HEIGHT:
            left = ordered[start][1]
            window[left] -= 1
            if not window[left]:
                del window[left]
            start += 1
        most = max(most, len(window))
    return most


def _numberless(text: str) -> str:
    """A line with its numbers as ``#``: "Page 3 of 9" is the same footer on every page."""
    return re.sub(r"\d+", "#", text)


def _contents_pages(lines: list[_Line]) -> set[int]:
    """The pages that are a table of contents: a third of their lines dotted out to a page number."""
    dotted, on_page = Counter(), Counter()
    for line in lines:
        on_page[line.page] += 1
        dotted[line.page] += line.dotted
    return {page for page, count in on_page.items() if dotted[page] >= _CONTENTS_SHARE * count}


def _kept(lines: list[_Line]) -> list[_Line]:
    """The lines that are the document's text: not page numbers (alone, or in a margin's line),
    running headers or footers — repeated, or in a margin in smaller type than the text, as a
    browser prints the date and the page's address on a page saved as PDF, one page or many —
    links back to the top of a page printed so, nor a table of contents."""
    repeated, contents = _repeated(lines), _contents_pages(lines)
    body = _body_size(lines) if lines else 0.0
    return [
        line
        for line in lines
        if not (
            line.page in contents
            or _PAGE_NUMBER.match(line.text)
            or _BACK_TO_TOP_LINE.match(line.text)
            or (line.in_margin and (_NUMBERED_PAGE.search(line.text) or (line.size < body and not _same_size(line.size, body))))
            or line.dotted
            or _numberless(line.text) in repeated
        )
    ]


def _body_size(lines: list[_Line]) -> float:
    """The size of the document's body text: the size most of its characters are set in."""
    return Counter(line.size for line in lines for _ in line.text).most_common(1)[0][0]


def _paragraph_gap(lines: list[_Line]) -> float:
    """The white space, in times the type's size, from which a gap between two lines ends a paragraph.

    Usually _PARAGRAPH_GAP. A document set with wide line spacing (1.5 lines, or double, as forms
    and prospectuses often are) leaves more than that between the lines of one paragraph, so each
    line would be a paragraph of its own and a question broken over two lines two questions; there
    a paragraph ends at a gap wider than its own line spacing, measured under full lines (a line
    running to the right edge goes on below). A wider "spacing" than any document sets is a table's
    cells or a page of scattered text: the usual gap holds there."""
    gaps = [
        (above.bottom - below.top) / above.size
        for above, below in zip(lines, lines[1:])
        if below.page == above.page and not above.ends_short and _same_size(above.size, below.size) and above.bottom > below.top
    ]
    spacing = statistics.median(gaps) if len(gaps) >= _SPACING_SAMPLE else 0.0
    return max(_PARAGRAPH_GAP, _WIDER_SPACING * spacing) if spacing <= _WIDEST_SPACING else _PARAGRAPH_GAP


def _continues(paragraph: list[_Line], line: _Line, gap: float) -> bool:
    """Whether a line goes on with the paragraph above it: right under it (no wider ``gap``, in times
    the size, than the lines of a paragraph leave; not beside it, not atop the next column), in the same size and
    weight, and no list or question mark opening it. A line ending in "?" well short of the
    page's right edge, or over a line indented otherwise, ends its paragraph: a question, whose
    answer may follow at the same spacing; so does a title, short and over a line indented otherwise."""
    last = paragraph[-1]
    indented = abs(line.left - last.left) > _INDENT * last.size
    # A numbered question goes on under itself, right of its number, down to its question mark ("20.
    # Frage: Wie erreiche ich den Support außerhalb der" over "Geschäftszeiten? Antwort: …"): a
    # hanging indent, not a title's ("12. Warranties" over its text).
    hanging = (
        len(paragraph) == 1 and line.left > last.left and _NEW_PARAGRAPH_MARK.match(last.text) is not None
        and not asks(last.text) and _QUESTION_MARK.search(line.text) is not None
    )
    title = last.ends_short and indented and not hanging and not last.text.endswith((".", ",", ";", ":"))  # "2. Shipment is late" over its text
    return (
        not (asks(last.text) and (last.ends_short or indented)) and not title
        and line.page == last.page
        and line.bold == last.bold
        and _same_size(line.size, last.size)
        and -gap * last.size <= last.bottom - line.top <= gap * last.size
        and not _BULLET.match(line.text)
        and not _NEW_PARAGRAPH_MARK.match(line.text)
        and not line.cells and not last.cells  # a table's row is a line of its own
    )


def _joined(lines: list[_Line]) -> str:
    """A paragraph's lines as one line; a word broken over two ("infor-/mation") made whole, and a
    compound broken at its hyphen ("Cloud-/Sicherheit", "IT-/Strategie") kept whole, hyphen and all."""
    text = lines[0].text
    for line in lines[1:]:
        if _HYPHENATED.search(text) and line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text = f"{text}{'' if _COMPOUND_BROKEN.search(text) and line.text[:1].isalnum() else ' '}{line.text}"
    return text


def _grouped(lines: list[_Line]) -> list[list[_Line]]:
    """The lines gathered into paragraphs (see ``_continues``)."""
    gap = _paragraph_gap(lines)
    paragraphs: list[list[_Line]] = []
    for line in lines:
        if paragraphs and _continues(paragraphs[-1], line, gap):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _same_size(size: float, other: float) -> bool:
    """Whether two lines' type is the same size, give or take the rounding of a PDF's scaling."""
    return abs(size - other) <= _SAME_SIZE * other


def _on_cover(lines: list[_Line], body: float) -> bool:
    """Whether the first page is a cover — a document of several pages whose first holds no body
    text — whose title, date and authors describe the document rather than head its sections."""
    return lines[-1].page > 1 and not any(line.page == 1 and _same_size(line.size, body) for line in lines)


def _paragraphs(lines: list[_Line]) -> tuple[list[Paragraph], list[Rows]]:
    """The document's paragraphs, and its tables of questions and answers (see :func:`table_parts`):
    a larger size than the body text's makes a heading, the largest the first level. A cover's
    first paragraph is the document's title, the rest text under it: together, the document's
    description."""
    body = _body_size(lines)
    cover = _on_cover(lines, body)
    grouped = [(group, not (cover and group[0].page == 1)) for group in _grouped(lines)]
    heading_sizes = sorted({group[0].size for group, styled in grouped if styled and group[0].size >= _HEADING_SIZE * body}, reverse=True)
    paragraphs: list[Paragraph] = []
    found_tables: list[Rows] = []
    rows: Rows = []  # the rows of the table being read
    lefts: list[float] = []  # where the open list items start, outermost first
    for index, (group, styled) in enumerate(grouped):
        if group[0].cells:
            if not rows or list(group[0].cells) != rows[0][1]:  # a table's header row again, on the next page, is no row of it
                rows.append((group[0].page, list(group[0].cells)))
            continue
        _add_table(rows, paragraphs, found_tables)
        text, size = _joined(group), group[0].size
        item = bool(_BULLET.match(text))
        text = _BULLET.sub("", text, count=1) if item else text
        if not item:
            lefts.clear()  # a list ends with the first paragraph that is not its item
        depth = _depth(lefts, group[0].left, size) if item else 0
        level = heading_sizes.index(size) + 1 if styled and size in heading_sizes and len(text) <= _LONGEST_HEADING else None
        level = 0 if cover and index == 0 else level
        bold = styled and level is None and all(line.bold for line in group)
        split = _question_and_answer(text, group[0], item) if styled and level is None and not bold else None
        paragraphs += split or [Paragraph(text, escaped(text), group[0].page, level, bold, item, depth=depth)]
    _add_table(rows, paragraphs, found_tables)
    return paragraphs, found_tables


def _add_table(rows: Rows, paragraphs: list[Paragraph], found_tables: list[Rows]) -> None:
    """Pass on the ``rows`` of a table read (none: nothing to do) as :func:`table_parts` does, and
    clear them: its rows as a table's paragraphs after ``paragraphs``, or a table of questions and
    answers to ``found_tables``."""
    if rows:
        items, questions_and_answers = table_parts(list(rows))
        paragraphs += items
        found_tables += questions_and_answers
        rows.clear()


def _depth(lefts: list[float], left: float, size: float) -> int:
    """How many lists a list item starting at ``left`` is nested in: as many as an open item it
    lines up with, one more than the item it is indented under. ``lefts``, where the open items
    start (outermost first), is updated: the items it is not indented under are closed."""
    while lefts and left < lefts[-1] - _INDENT * size:
        lefts.pop()
    if not lefts or left > lefts[-1] + _INDENT * size:
        lefts.append(left)
    return len(lefts) - 1


def _question_and_answer(text: str, first: _Line, item: bool) -> list[Paragraph] | None:
    """A paragraph (its ``text``, its ``first`` line) that opens with a question in bold and goes on
    with its answer ("**How do I join?** Fill in the form."), as the two (see
    :func:`question_and_answer`): a word processor's FAQ typed one paragraph per entry prints so.
    None when it does not."""
    lead = first.bold_lead
    if not lead or not text.startswith(lead):
        return None
    rest = text[len(lead):].strip()
    label = _LIST_NUMBER.sub("", lead, count=1)
    labelled = with_label_typed([(label, escaped(label), True), (rest, escaped(rest), False)])  # "**Answer** Yes."
    if labelled:
        return [Paragraph("".join(piece for piece, _, _ in labelled), "".join(written for _, written, _ in labelled), first.page, item=item)]
    return question_and_answer([(lead, escaped(lead), True), (rest, escaped(rest), False)], first.page, item)


def read_pdf_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a PDF document (see the module docstring)."""
    try:
        drawn = _lines(path, _checked(path))
        _check_fonts_name_their_letters(drawn, path)
        lines = _kept([line for line in drawn if line.text])
    except CorpusError:
        raise
    except Exception as exc:  # a damaged file fails in many ways inside either library: all are "cannot read"
        raise CorpusError(f"{path}: cannot read the PDF ({type(exc).__name__}: {exc}); export it again from the program that made it") from None
    if not lines:
        raise CorpusError(f"{path}: the PDF holds no text, only images of it (a scan?); export it from the program that made it, or run text recognition (OCR) on it")
    paragraphs, found_tables = _paragraphs(lines)
    return paragraph_entries(paragraphs, path, found_tables)


def _check_fonts_name_their_letters(lines: list[_Line], path: Path) -> None:
    """Refuse a PDF much of whose text is drawn in fonts that do not say which letter each glyph is
    (no ToUnicode map: common for Thai, Arabic or Indic text, and some exporters'): its words could
    only be read as "(cid:72)(cid:111)…". A few such glyphs are icons, and left out."""
    glyphs, unmapped = sum(line.glyphs for line in lines), sum(line.unmapped for line in lines)
    if unmapped > _UNMAPPED_SHARE * glyphs:
        raise CorpusError(
            f"{path}: {unmapped:,} of its {glyphs:,} characters are drawn in fonts that do not say which letters they are, "
            "so its text cannot be read; export it again from the program that made it, or copy its text into a .txt file"
        )
