"""OpenDocument text (.odt): LibreOffice's documents, read as the Markdown they would be.

Offices that write in LibreOffice Writer keep their FAQ as an .odt file, and were asked to save it
as a Word document first. Like a Word document, each paragraph is told apart by its style and
read by :mod:`faqbot.corpus.paragraphs`: headings (``text:h``, by their outline level) and the
Title style are headings, a paragraph whose text is all bold (by its style, or the spans it is
made of) is set apart, list items and table rows are items, and links keep their address.
Comments, tracked deletions and footnotes are not the document's text and are left out; a text
box's paragraphs are read where it is anchored. An entry's line is its paragraph's number.

The package is opened as Word's are (:func:`faqbot.corpus.office.checked_package`), and its XML
read without entity expansion (defusedxml).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from faqbot.corpus.entry import CorpusError, Entry
from faqbot.corpus.office import checked_package
from faqbot.corpus.paragraphs import Paragraph, escaped, paragraph_entries

_NAMESPACES = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
_LINKED = ("http://", "https://", "mailto:")
_MOST_SPACES = 80  # a run of spaces the file says is longer is cut: its count is the file's word, not a size to allocate
# What is not the document's text: comments, footnotes, deleted text kept for review.
_NOT_TEXT = {f"{{{_NAMESPACES[prefix]}}}{name}" for prefix, name in (("office", "annotation"), ("text", "note"), ("text", "tracked-changes"), ("text", "deletion"))}


def _name(prefix: str, local: str) -> str:
    """An element's or attribute's name as ElementTree spells it: "{namespace}local"."""
    return f"{{{_NAMESPACES[prefix]}}}{local}"


@dataclass(frozen=True)
class _Style:
    parent: str | None
    bold: bool | None  # None: as its parent sets it
    display: str  # the name LibreOffice shows ("Title", "Heading 1")


class _Styles:
    """The document's paragraph and text styles (named ones from styles.xml, automatic ones from
    content.xml), to say whether a style sets its text in bold, itself or through its parents."""

    def __init__(self, *roots: Element) -> None:
        self._styles: dict[str, _Style] = {}
        for root in roots:
            for style in root.iter(_name("style", "style")):
                properties = style.find(_name("style", "text-properties"))
                weight = properties.get(_name("fo", "font-weight")) if properties is not None else None
                name = style.get(_name("style", "name"), "")
                self._styles[name] = _Style(
                    style.get(_name("style", "parent-style-name")),
                    None if weight is None else weight in ("bold", "600", "700", "800", "900"),
                    style.get(_name("style", "display-name"), name),
                )

    def _lineage(self, name: str | None) -> Iterator[tuple[str, _Style | None]]:
        """A style and the styles it is based on, nearest first (a cycle in a damaged file ends it)."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            style = self._styles.get(name)
            yield name, style
            name = style.parent if style is not None else None

    def bold(self, name: str | None) -> bool | None:
        """Whether the style ``name`` sets bold (None: it does not say, nor do its parents)."""
        return next((style.bold for _, style in self._lineage(name) if style is not None and style.bold is not None), None)

    def is_title(self, name: str | None) -> bool:
        """Whether a paragraph style is the Title style, itself or as the style it is based on."""
        return any(name == "Title" or (style is not None and style.display == "Title") for name, style in self._lineage(name))


def _runs(element: Element, styles: _Styles, bold: bool) -> Iterator[tuple[str, str, bool]]:
    """The pieces of a paragraph's text, in order: (text, as Markdown, bold). Spans set their own
    weight; spaces, tabs and line breaks are written as elements; links keep their address."""
    if element.text:
        yield element.text, escaped(element.text), bold
    for child in element:
        if child.tag == _name("text", "s"):
            spaces = " " * min(int(child.get(_name("text", "c"), "1") or 1), _MOST_SPACES)
            yield spaces, spaces, bold
        elif child.tag == _name("text", "tab"):
            yield " ", " ", bold
        elif child.tag == _name("text", "line-break"):
            yield "\n", "<br>", bold
        elif child.tag == _name("text", "a"):
            text = "".join(piece for piece, _, _ in _runs(child, styles, bold))
            href = child.get(_name("xlink", "href"), "")
            yield text, f"[{escaped(text)}]({href})" if href.startswith(_LINKED) else escaped(text), bold
        elif child.tag not in _NOT_TEXT and child.tag != _name("draw", "frame"):  # a text box is read as paragraphs
            child_bold = styles.bold(child.get(_name("text", "style-name")))
            yield from _runs(child, styles, bold if child_bold is None else child_bold)
        if child.tail:
            yield child.tail, escaped(child.tail), bold


def _paragraph(element: Element, styles: _Styles, number: int, item: bool) -> Paragraph:
    """One ``text:p`` or ``text:h`` as a Paragraph."""
    style = element.get(_name("text", "style-name"))
    runs = list(_runs(element, styles, bool(styles.bold(style))))
    text = "".join(piece for piece, _, _ in runs)
    markdown = "".join(written for _, written, _ in runs).strip()
    level = int(element.get(_name("text", "outline-level"), "1") or 1) if element.tag == _name("text", "h") else None
    level = 0 if level is None and styles.is_title(style) else level
    bold = level is None and any(piece.strip() for piece, _, _ in runs) and all(bold for piece, _, bold in runs if piece.strip())
    return Paragraph(" ".join(text.split()), markdown, number, level, bold, item and level is None)


class _Reader:
    """Walks the document's body in order, numbering its paragraphs as LibreOffice counts them."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.number = 0
        self.paragraphs: list[Paragraph] = []

    def read(self, element: Element, item: bool = False) -> None:
        """Read the blocks under ``element``: paragraphs, headings, lists, tables, sections."""
        for child in element:
            if child.tag in (_name("text", "p"), _name("text", "h")):
                self.number += 1
                number = self.number
                for frame in child.iter(_name("draw", "text-box")):
                    self.read(frame)
                self.paragraphs.append(_paragraph(child, self.styles, number, item))
            elif child.tag == _name("table", "table-row"):
                self._row(child)
            elif child.tag not in _NOT_TEXT:
                self.read(child, item or child.tag == _name("text", "list-item"))

    def _row(self, row: Element) -> None:
        """A table row as one list item, its cells apart: "Basic | Free"."""
        self.number += 1
        cells = [" ".join(" ".join(p.text for p in _cell_paragraphs(cell, self.styles)).split()) for cell in row.iter(_name("table", "table-cell"))]
        self.paragraphs.append(Paragraph(" | ".join(cells), " | ".join(map(escaped, cells)), self.number, item=True))


def _cell_paragraphs(cell: Element, styles: _Styles) -> list[Paragraph]:
    """A table cell's paragraphs (their numbers are the row's)."""
    return [_paragraph(p, styles, 0, False) for p in cell.iter(_name("text", "p"))]


def _xml(package: zipfile.ZipFile, part: str) -> Element | None:
    """A part of the package parsed without entity expansion, or None if the package has none."""
    from defusedxml.ElementTree import fromstring

    try:
        data = package.read(part)
    except KeyError:
        return None
    return fromstring(data)


def read_odt_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse an OpenDocument text (see the module docstring)."""
    checked_package(path)
    try:
        with zipfile.ZipFile(path) as package:
            content, named = _xml(package, "content.xml"), _xml(package, "styles.xml")
        if content is None:
            raise ValueError("it has no content.xml")
        reader = _Reader(_Styles(*(root for root in (named, content) if root is not None)))
        body = content.find(f"{_name('office', 'body')}/{_name('office', 'text')}")
        reader.read(body if body is not None else content)
    except Exception as exc:  # a damaged package fails in many ways: all are "cannot read"
        raise CorpusError(f"{path}: cannot read the document ({type(exc).__name__}: {exc}); open it in LibreOffice and save it again") from None
    return paragraph_entries(reader.paragraphs, path)
