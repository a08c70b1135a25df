"""OpenDocument packages — LibreOffice's texts (.odt) and spreadsheets (.ods): their XML, styles and text.

A package is opened as Word's and Excel's are (:func:`faqbot.corpus.office.checked_package`), and
its XML parts are read without entity expansion (defusedxml).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from faqbot.corpus.html_text import one_line
from faqbot.corpus.office import checked_package, unreadable
from faqbot.corpus.paragraphs import escaped, linked_markdown, shown_text

_NAMESPACES = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
_MOST_SPACES = 80  # a run of spaces the file says is longer is cut: its count is the file's word, not a size to allocate
# What is not the document's text: comments, deleted text kept for review.
NOT_TEXT = {f"{{{_NAMESPACES[prefix]}}}{name}" for prefix, name in (("office", "annotation"), ("text", "tracked-changes"), ("text", "deletion"))}


def tag(prefix: str, local: str) -> str:
    """An element's or attribute's name as ElementTree spells it: "{namespace}local"."""
    return f"{{{_NAMESPACES[prefix]}}}{local}"


@dataclass(frozen=True)
class _Style:
    parent: str | None
    bold: bool | None  # None: as its parent sets it
    display: str  # the name LibreOffice shows ("Title", "Heading 1")
    hidden: bool | None = None  # its text set hidden (Writer's "Hidden" font effect); None: as its parent sets it


class Styles:
    """The document's paragraph and text styles (named ones from styles.xml, automatic ones from
    content.xml), to say whether a style sets its text in bold, itself or through its parents."""

    def __init__(self, *roots: Element) -> None:
        self._styles: dict[str, _Style] = {}
        self._numbered: dict[str, set[str]] = {}  # list style → the levels it numbers (not bullets)
        for root in roots:
            for listing in root.iter(tag("text", "list-style")):
                numbered = listing.iter(tag("text", "list-level-style-number"))
                levels = {level.get(tag("text", "level"), "1") for level in numbered if level.get(tag("style", "num-format"), "1")}
                self._numbered[listing.get(tag("style", "name"), "")] = levels
            for style in root.iter(tag("style", "style")):
                properties = style.find(tag("style", "text-properties"))
                weight, shown = (properties.get(tag("fo", "font-weight")), properties.get(tag("text", "display"))) if properties is not None else (None, None)
                name = style.get(tag("style", "name"), "")
                self._styles[name] = _Style(
                    style.get(tag("style", "parent-style-name")),
                    None if weight is None else weight in ("bold", "600", "700", "800", "900"),
                    style.get(tag("style", "display-name"), name),
                    None if shown is None else shown == "none",
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

    def hidden(self, name: str | None) -> bool:
        """Whether the style ``name`` hides its text, itself or through its parents."""
        return bool(next((style.hidden for _, style in self._lineage(name) if style is not None and style.hidden is not None), False))

    def numbers(self, list_style: str | None, level: int) -> bool:
        """Whether the list style ``list_style`` numbers its items at ``level`` (1: the outermost)."""
        return str(level) in self._numbered.get(list_style or "", set())

    def is_title(self, name: str | None) -> bool:
        """Whether a paragraph style is the Title style, itself or as the style it is based on."""
        return any(name == "Title" or (style is not None and style.display == "Title") for name, style in self._lineage(name))


def text_runs(element: Element, styles: Styles, bold: bool) -> Iterator[tuple[str, str, bool]]:
    """The pieces of a paragraph's text, in order: (text, as Markdown, bold). Spans set their own
    weight, and a span set hidden shows nothing (an author's note); spaces, tabs and line breaks are
    written as elements; links keep their address; a footnote or endnote is written where it is
    cited, in brackets, as a web page's are (a condition kept in one was lost from the answer)."""
    if element.text:
        yield element.text, escaped(element.text), bold
    for child in element:
        if child.tag == tag("text", "s"):
            spaces = " " * min(int(child.get(tag("text", "c"), "1") or 1), _MOST_SPACES)
            yield spaces, spaces, bold
        elif child.tag == tag("text", "tab"):
            yield " ", " ", bold
        elif child.tag == tag("text", "line-break"):
            yield "\n", "<br>", bold
        elif child.tag == tag("text", "note"):
            body = child.find(tag("text", "note-body"))
            paragraphs = paragraphs_in(body) if body is not None else ()
            note = one_line(" ".join("".join(piece for piece, _, _ in text_runs(paragraph, styles, False)) for paragraph in paragraphs))
            yield (f" ({note})", f" ({escaped(note)})", bold) if note else ("", "", bold)
        elif child.tag == tag("text", "a"):
            text = "".join(piece for piece, _, _ in text_runs(child, styles, bold))
            href = child.get(tag("xlink", "href"), "")
            yield text, linked_markdown(text, href), bold
        elif child.tag not in NOT_TEXT and child.tag != tag("draw", "frame") and not styles.hidden(style := child.get(tag("text", "style-name"))):  # a text box is read as paragraphs
            child_bold = styles.bold(style)
            yield from text_runs(child, styles, bold if child_bold is None else child_bold)
        if child.tail:
            yield child.tail, escaped(child.tail), bold


def paragraphs_in(element: Element) -> Iterator[Element]:
    """The paragraphs and headings ``element`` holds, in lists too, in order: not those of a comment
    or deletion (see ``NOT_TEXT``) nor a note's, which are read where it is cited (a reviewer's
    comment on a spreadsheet's cell was shown as the first line of its answer)."""
    for child in element:
        if child.tag in (tag("text", "p"), tag("text", "h")):
            yield child
        elif child.tag not in NOT_TEXT and child.tag != tag("text", "note"):
            yield from paragraphs_in(child)


def cell_text(cell: Element, styles: Styles) -> str:
    """The text a table cell shows: its paragraphs, a line each, a link's web or mail address after
    its text (a spreadsheet's answer linking "the form" lost where the form is)."""
    link = f".//{tag('text', 'a')}"
    return "\n".join(shown_text(list(text_runs(paragraph, styles, False)), paragraph.find(link) is not None) for paragraph in paragraphs_in(cell))


def parts(path: Path) -> tuple[Element, Element | None]:
    """A package's content and named styles (None when it keeps none), parsed; any failure to read
    them is a CorpusError saying to save the file again."""
    checked_package(path)
    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            content, named = (fromstring(package.read(part)) if part in names else None for part in ("content.xml", "styles.xml"))
    except Exception as exc:  # a damaged package fails in many ways: all are "cannot read"
        raise unreadable(path, exc) from None
    if content is None:
        raise unreadable(path, "it has no content.xml")
    return content, named
