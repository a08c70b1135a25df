"""Word documents (.docx): read as the Markdown they would be.

Clubs and offices write their FAQ in Word, with the styles Word offers, and were asked to save it
as text first. This module says what each paragraph is and :mod:`faqbot.corpus.paragraphs` reads
them as Markdown: the Title and Heading styles are headings, a paragraph all in bold is set apart
(one that opens with a question and goes on with its answer is read as the two), list paragraphs
are list items (a numbered list's with their numbers; an unnumbered "List Paragraph" or "List
Continue" goes on under the item above, so an item may hold a question and its answer), a
table's rows a table's, lines with their cells apart (a table of questions and answers, its first
row naming the columns, is read as a table file is), links keep their address, a text box's
paragraphs are read after the paragraph it is anchored in, footnotes and endnotes are written
where they are cited, in brackets, and a web page the document imports whole (``<w:altChunk>``,
as a web app's "Export to Word" writes one) is read as a web page is. An entry's
line is the number of its paragraph in the document (a table counts one per row), which is what
Word's navigation shows nearest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from faqbot.corpus.entry import Entry, decoded_text
from faqbot.corpus.html_faq import html_entries
from faqbot.corpus.html_text import one_line
from faqbot.corpus.mhtml_faq import mhtml_entries
from faqbot.corpus.office import checked_package, unreadable
from faqbot.corpus.paragraphs import (
    CONTINUED,
    Paragraph,
    Rows,
    Run,
    linked_markdown,
    paragraph_entries,
    question_and_answer,
    runs_of,
    shown_text,
    table_parts,
    with_label_typed,
)
from faqbot.errors import NoEntriesError

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

_HEADING_STYLE = re.compile(r"^Heading (\d)$")
# Word's styles of a table of contents' lines and its title ("toc 1", "TOC Heading"): one Word's
# gallery did not insert (a field typed in, an older Word's) is made of them alone.
_CONTENTS_STYLE = re.compile(r"toc (?:\d|heading)$", re.IGNORECASE)
_CONTINUING_STYLE = re.compile(r"^List (?:Paragraph|Continue(?: \d)?)$")  # an item's further paragraphs, unnumbered
_WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STYLES: WeakKeyDictionary[Any, dict[str | None, ParagraphStyle | None]] = WeakKeyDictionary()  # by document part, then style id


def _style(paragraph: WordParagraph) -> ParagraphStyle | None:
    """A paragraph's style, looked up once per style and document: for each paragraph without a
    style of its own, python-docx finds the default one by reading every style the document has."""
    known = _STYLES.setdefault(paragraph.part, {})
    style_id = paragraph._p.style
    if style_id not in known:
        known[style_id] = paragraph.style
    return known[style_id]


def _style_name(paragraph: WordParagraph) -> str:
    """The name of a paragraph's style ("Heading 2", "List Paragraph"), or "" for none."""
    style = _style(paragraph)
    return style.name if style is not None else ""


def _runs(paragraph: WordParagraph) -> list[Run]:
    """A paragraph's text in pieces: each run's, split at its line breaks, and each link's, with its
    address in the Markdown (a link is not taken for bold: it ends a question in bold)."""
    in_style = _style_bold(_style(paragraph))
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        url = getattr(item, "url", None)
        if url is not None:
            runs.append((item.text, linked_markdown(item.text, url), False))
            continue
        bold = bool(item.bold or (item.bold is None and in_style))
        runs += runs_of(item.text, bold)
    return runs


def _lineage(style: ParagraphStyle | None) -> Iterator[ParagraphStyle]:
    """A style and the styles it is based on, nearest first (a cycle in a damaged file ends it)."""
    seen: set[str] = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _style_bold(style: ParagraphStyle | None) -> bool:
    """Whether a paragraph style sets its text in bold, itself or through the style it is based on."""
    return next((bool(own.font.bold) for own in _lineage(style) if own.font.bold is not None), False)


def _all_bold(paragraph: WordParagraph) -> bool:
    """Whether every piece of a paragraph's text is bold, as a question set in bold is."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    in_style = _style_bold(_style(paragraph))
    return bool(runs) and all(run.bold or (run.bold is None and in_style) for run in runs)


def _is_list_item(paragraph: WordParagraph) -> bool:
    """Whether a paragraph is numbered or bulleted, by Word's numbering or a list style."""
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    return numbered or _style_name(paragraph).startswith("List")


def _continues_item(paragraph: WordParagraph) -> bool:
    """Whether a list paragraph goes on under the item above rather than opening one of its own:
    not numbered, in the style Word indents an item's further paragraphs with ("List Paragraph",
    "List Continue"). A FAQ written as a numbered list puts each answer so, under its question."""
    style = _style_name(paragraph)
    return bool(_CONTINUING_STYLE.match(style)) and _list_level(paragraph) is None


def _w(name: str) -> str:
    """A WordprocessingML element or attribute name as lxml spells it ("numPr" → "{…/main}numPr")."""
    return f"{{{_WORD_NAMESPACE}}}{name}"


def _list_level(paragraph: WordParagraph) -> tuple[str, int] | None:
    """The Word list (its numId) and level a paragraph belongs to, set on it or by its style (as
    "List Number" sets it), or None."""
    for element in [paragraph._p, *(style.element for style in _lineage(_style(paragraph)))]:
        numbering = element.find(_w("pPr") + "/" + _w("numPr"))
        if numbering is not None:
            return _value(numbering.find(_w("numId")), "0"), _number(_value(numbering.find(_w("ilvl")), "0"), 0)
    return None


def _value(element: Any, default: str) -> str:
    """An element's ``w:val``, or ``default`` when the element or its value is missing."""
    return element.get(_w("val"), default) if element is not None else default


def _number(text: str, default: int) -> int:
    """A number written in the file, or ``default`` for anything else: a damaged file may hold any text."""
    return int(text) if text.isdecimal() else default


class _ListNumbers:
    """Word's list numbers, counted as Word counts them down the document: what opens each list
    paragraph's line, "-" or its number ("2."), so that steps keep their order and "repeat step 2"
    its step. Every numbering format but bullets is written in digits, as Markdown numbers lists."""

    def __init__(self, document: WordDocument) -> None:
        parts = [rel.target_part for rel in document.part.rels.values() if not rel.is_external and rel.reltype.endswith("/numbering")]
        numbering = parts[0].element if parts else None  # a document without lists may have no numbering part
        definitions = {item.get(_w("abstractNumId")): item for item in numbering.findall(_w("abstractNum"))} if numbering is not None else {}
        self._levels: dict[tuple[str, int], tuple[str, int]] = {}  # (numId, level) → (format, first number)
        for listed in numbering.findall(_w("num")) if numbering is not None else []:
            for level in definitions.get(_value(listed.find(_w("abstractNumId")), ""), []):
                if level.tag == _w("lvl"):
                    key = (listed.get(_w("numId")), _number(level.get(_w("ilvl"), "0"), 0))
                    self._levels[key] = (_value(level.find(_w("numFmt")), "decimal"), _number(_value(level.find(_w("start")), "1"), 1))
        self._latest: dict[str, dict[int, int]] = {}  # numId → the latest number at each level

    def mark(self, paragraph: WordParagraph) -> str:
        """The mark of a list paragraph, counting it when its list is numbered."""
        found = _list_level(paragraph)
        shape, first = self._levels.get(found, ("bullet", 1)) if found is not None else ("bullet", 1)
        if found is None or shape in ("bullet", "none"):
            return "-"
        list_id, level = found
        latest = self._latest.setdefault(list_id, {})
        latest[level] = latest.get(level, first - 1) + 1
        for deeper in [other for other in latest if other > level]:  # a new step restarts its sub-steps
            del latest[deeper]
        return f"{latest[level]}."


def _heading_level(paragraph: WordParagraph) -> int | None:
    """A heading paragraph's level by its style — the Title 0, "Heading N" N — or None."""
    style = _style_name(paragraph)
    heading = _HEADING_STYLE.match(style)
    return 0 if style == "Title" else int(heading.group(1)) if heading else None


def _cells(table: Table) -> list[list[str]]:
    """Each row's cell texts, a merged cell once ("Basic | Free"), a line per paragraph."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append("\n".join(line for paragraph in cell.paragraphs if (line := one_line(shown_text(_runs(paragraph), bool(paragraph.hyperlinks))))))
        rows.append(cells)
    return rows


def _paragraphs(document: WordDocument) -> tuple[list[Paragraph], list[Rows]]:
    """The document's paragraphs, numbered as Word counts them (empty ones too; a table's rows one
    each), and its tables of questions and answers (see :func:`table_parts`)."""
    paragraphs: list[Paragraph] = []
    tables: list[Rows] = []
    number = 1
    list_numbers = _ListNumbers(document)
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = list(enumerate(_cells(block), start=number))
            found, tabled = table_parts(rows)
            paragraphs += found
            tables += tabled
            number += len(rows)
            continue
        if _CONTENTS_STYLE.match(_style_name(block)):  # a table of contents lists the questions again, with page numbers
            number += 1
            continue
        level = _heading_level(block)
        paragraphs += _read(block, number, level, list_numbers)
        for inner in _text_box_paragraphs(block):  # numbered as the paragraph they are anchored in, as Word's navigation counts
            paragraphs += _read(inner, number, _heading_level(inner), list_numbers)
        number += 1
    return paragraphs, tables


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _text_box_paragraphs(paragraph: WordParagraph) -> list[WordParagraph]:
    """The paragraphs of the text boxes anchored in ``paragraph``, in order, read after it: a note
    boxed beside an answer ("Guests pay five pounds") was lost, python-docx reading past drawings.
    Word keeps each box twice, as a shape and as an older program's fallback: only the first is read."""
    from docx.text.paragraph import Paragraph as WordParagraph

    boxes = [box for box in paragraph._p.iter(_w("txbxContent")) if not any(above.tag == _FALLBACK for above in box.iterancestors())]
    return [WordParagraph(inner, paragraph._parent) for box in boxes for inner in box.iterchildren(_w("p"))]


def _read(block: WordParagraph, number: int, level: int | None, list_numbers: _ListNumbers) -> list[Paragraph]:
    """A Word paragraph as the reader's paragraph, or as the question it opens with and its answer
    (see :func:`question_and_answer`)."""
    runs = _runs(block)
    if level is not None:
        return [Paragraph(block.text, "".join(written for _, written, _ in runs).strip(), number, level)]
    labelled = with_label_typed(runs)  # "**Q**⇥How do I join?"
    text, runs = ("".join(piece for piece, _, _ in labelled), labelled) if labelled else (block.text, runs)
    markdown = "".join(written for _, written, _ in runs).strip()
    item, bold = _is_list_item(block), _all_bold(block)
    mark = CONTINUED if item and _continues_item(block) else list_numbers.mark(block) if item else "-"
    depth = found[1] if item and (found := _list_level(block)) is not None else 0
    return (None if bold else question_and_answer(runs, number, item, mark)) or [Paragraph(text, markdown, number, None, bold, item, mark, depth)]


# Elements that hold text Word shows in its paragraph or its body, which python-docx reads past: a
# tracked insertion or move (read as the document now reads, as if accepted; a deletion stays
# unread), a content control (a template's or form's fields, or whole sections of it), a smart tag,
# custom XML, a simple field (a date, a link). A table of contents or a cover page Word's gallery
# inserts is a content control too (its docPartObj), and not the FAQ's text; nor is a control
# left empty, which shows its prompt ("Click or tap here to enter text.").
_WRAPPERS = ("ins", "moveTo", "sdt", "smartTag", "customXml", "fldSimple")
_WRAPPER_TAGS = frozenset(map(_w, _WRAPPERS))


_OFF = {"0", "false", "off"}  # a toggle property set off ('<w:vanish w:val="0"/>'), as a style's text may turn one off


def _set_hidden(properties: Any) -> bool | None:
    """Whether a run's or style's properties (``rPr``) hide its text: True or False as its
    ``vanish`` says, None when they do not say (then its style decides)."""
    vanish = properties.find(_w("vanish")) if properties is not None else None
    return None if vanish is None else vanish.get(_w("val")) not in _OFF


def _styles_hiding(styles: Any) -> dict[str, bool]:
    """Whether each style that says so hides its text or shows it, itself or through the styles it
    is based on, by style id ("Internal note", a paragraph style set hidden for authors' notes)."""
    found = {style.get(_w("styleId"), ""): style for style in styles.iter(_w("style"))}
    settled: dict[str, bool | None] = {}
    for style_id in found:
        lineage: dict[str, None] = {}  # styles up the chain whose setting is not known yet, in order
        setting: bool | None = None
        while style_id in found and style_id not in settled and style_id not in lineage:  # a cycle in a damaged file ends it
            lineage[style_id] = None
            if (setting := _set_hidden(found[style_id].find(_w("rPr")))) is not None:
                break
            style_id = _value(found[style_id].find(_w("basedOn")), "")
        else:
            setting = settled.get(style_id)
        settled.update(dict.fromkeys(lineage, setting))
    return {style_id: setting for style_id, setting in settled.items() if setting is not None}


def _mark_hidden_by_style(body: Any, hiding: dict[str, bool]) -> None:
    """Set hidden, as its own property, each run its character style hides, or else its paragraph's
    style (as Word ranks them: a run's own setting, then its character style's, then its
    paragraph's), so that ``_as_shown`` leaves it out as it leaves out a run formatted hidden."""
    for paragraph in body.iter(_w("p")):
        by_paragraph = hiding.get(_value(paragraph.find(f"{_w('pPr')}/{_w('pStyle')}"), ""))
        for run in paragraph.iter(_w("r")):
            properties = run.find(_w("rPr"))
            if _set_hidden(properties) is not None:
                continue
            by_character = hiding.get(_value(properties.find(_w("rStyle")), "")) if properties is not None else None
            if by_character or (by_character is None and by_paragraph):
                if properties is None:
                    properties = run.makeelement(_w("rPr"), {})
                    run.insert(0, properties)
                properties.append(properties.makeelement(_w("vanish"), {}))


def _as_shown(body: Any) -> None:
    """Make ``body`` hold what Word shows: the content of every wrapper (see ``_WRAPPERS``) in its
    place, and no hidden text. Inside a wrapper, an inserted word, a form's answer or a whole entry
    was lost without a word; text formatted hidden (an author's note to colleagues, "check with Sam
    before May") was shown in answers. Each element's children are rebuilt at most once, so a
    paragraph of 40,000 tracked insertions takes no longer than its text."""
    wanted = _WRAPPER_TAGS | {_w("r")}
    for parent in list(body.iter()):
        if any(child.tag in wanted for child in parent):
            parent[:] = list(_shown(parent))


def _shown(parent: Any) -> Iterator[Any]:
    """The children ``parent`` shows: a wrapper's content in its place (a wrapper inside it too), a
    hidden run, a placeholder's prompt and nothing of a deletion; a table of contents or cover page
    from Word's gallery as it is."""
    for child in parent:
        if child.tag == _w("r") and _set_hidden(child.find(_w("rPr"))):
            continue
        if child.tag not in _WRAPPER_TAGS or child.find(f"{_w('sdtPr')}/{_w('docPartObj')}") is not None:
            yield child
        elif child.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}") is None:
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            yield from _shown(content) if content is not None else ()


_NOTE_KINDS = ("footnote", "endnote")


def _notes_inlined(document: WordDocument) -> None:
    """Write each footnote and endnote where it is cited, in brackets ("Guests pay five pounds (waived
    for students)."), as a web page's footnotes are: python-docx reads neither, and a condition
    kept in a note was lost from the answer without a word."""
    from docx.oxml import parse_xml  # python-docx's own parser, as for the document: no entity is expanded
    from docx.text.paragraph import Paragraph as WordParagraph

    notes: dict[tuple[str, str], str] = {}
    for relation in document.part.rels.values():
        kind = relation.reltype.rsplit("/", 1)[-1].removesuffix("s")
        if kind in _NOTE_KINDS and not relation.is_external:
            root = parse_xml(relation.target_part.blob)
            _as_shown(root)
            for note in root.iter(_w(kind)):
                text = " ".join(WordParagraph(paragraph, None).text for paragraph in note.iter(_w("p")))
                notes[(kind, note.get(_w("id"), ""))] = one_line(text)
    for kind in _NOTE_KINDS:
        for reference in list(document.element.body.iter(_w(f"{kind}Reference"))):
            note = notes.get((kind, reference.get(_w("id"), "")), "")
            shown = reference.makeelement(_w("t"), {})
            shown.text = f" ({note})" if note else ""
            reference.getparent().replace(reference, shown)


# A part a document imports whole (``<w:altChunk>``), by its content type: what a web app's "Export
# to Word" writes its page as (html-docx-js keeps it as a web archive), and how it is read.
def _page_entries(data: bytes, path: Path) -> tuple[list[Entry], str]:
    """The entries and description of an imported web page's bytes, read as a saved page is."""
    return html_entries(decoded_text(data, path, web_page=True), path)


_IMPORTED: dict[str, Callable[[bytes, Path], tuple[list[Entry], str]]] = {"text/html": _page_entries, "application/xhtml+xml": _page_entries, "message/rfc822": mhtml_entries}


def _imported(document: WordDocument, path: Path) -> tuple[list[Entry], str]:
    """The entries and description of the parts the document imports whole (see ``_IMPORTED``):
    a document made by a web app's "Export to Word" holds nothing else, and was read as empty."""
    entries: list[Entry] = []
    descriptions: list[str] = []
    for chunk in document.element.body.iter(_w("altChunk")):
        part = document.part.related_parts.get(chunk.get(_RELATIONSHIP_ID, ""))
        if part is None:
            continue
        reader = _IMPORTED.get(part.content_type)
        if reader is None:
            logger.warning("%s: imports a part faqbot does not read (%s), left out; open it in Word and save it again, which writes that part's text into the document", path, part.content_type)
            continue
        try:
            found, description = reader(part.blob, path)
        except NoEntriesError:  # a page without questions beside the document's own text
            continue
        entries += found
        descriptions += [description] if description else []
    return entries, "\n\n".join(descriptions)


def read_docx_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a Word document (see the module docstring)."""
    checked_package(path)
    from docx import Document  # imported here: only Word documents need it

    try:
        document = Document(str(path))
        _mark_hidden_by_style(document.element.body, _styles_hiding(document.styles.element))
        _as_shown(document.element.body)
        _notes_inlined(document)
        paragraphs, tables = _paragraphs(document)  # parts are parsed as they are read
    except Exception as exc:  # a damaged package fails in many ways inside python-docx: all are "cannot read"
        raise unreadable(path, exc) from None
    imported, imported_description = _imported(document, path)
    if not imported:
        return paragraph_entries(paragraphs, path, tables)
    if not any(paragraph.text.strip() for paragraph in paragraphs) and not tables:
        return imported, imported_description
    entries, description = paragraph_entries(paragraphs, path, tables)
    return entries + imported, description or imported_description
