"""Word documents (.docx): read as the Markdown they would be.

Clubs and offices write their FAQ in Word, with the styles Word offers, and were asked to save it
as text first. This module says what each paragraph is and :mod:`faqbot.corpus.paragraphs` reads
them as Markdown: the Title and Heading styles are headings, a paragraph all in bold is set apart
(one that opens with a question and goes on with its answer is read as the two), list paragraphs
are list items, a table's rows lines with their cells apart (a table of questions and answers,
its first row naming the columns, is read as a table file is), and links keep their address. An
entry's line is the number of its paragraph in the document (a table counts one per row), which is
what Word's navigation shows nearest.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.corpus.entry import Entry
from faqbot.corpus.office import checked_package, unreadable
from faqbot.corpus.paragraphs import Paragraph, Rows, Run, escaped, paragraph_entries, question_and_answer, table_parts

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

_HEADING_STYLE = re.compile(r"^Heading (\d)$")
_LINE_BREAKS = re.compile(r"(\n)")  # a run's line breaks, kept as pieces of their own


def _runs(paragraph: WordParagraph) -> list[Run]:
    """A paragraph's text in pieces: each run's, split at its line breaks, and each link's, with its
    address in the Markdown (a link is not taken for bold: it ends a question in bold)."""
    in_style = _style_bold(paragraph.style)
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        url = getattr(item, "url", None)
        if url is not None:
            runs.append((item.text, f"[{escaped(item.text)}]({url})" if url.startswith(("http://", "https://", "mailto:")) else escaped(item.text), False))
            continue
        bold = bool(item.bold or (item.bold is None and in_style))
        runs += [(piece, escaped(piece), bold) for piece in _LINE_BREAKS.split(item.text) if piece]
    return runs


def _style_bold(style: ParagraphStyle | None) -> bool:
    """Whether a paragraph style sets its text in bold, itself or through the style it is based on."""
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _all_bold(paragraph: WordParagraph) -> bool:
    """Whether every piece of a paragraph's text is bold, as a question set in bold is."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    in_style = _style_bold(paragraph.style)
    return bool(runs) and all(run.bold or (run.bold is None and in_style) for run in runs)


def _is_list_item(paragraph: WordParagraph) -> bool:
    """Whether a paragraph is numbered or bulleted, by Word's numbering or a list style."""
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    return numbered or (paragraph.style is not None and paragraph.style.name.startswith("List"))


def _heading_level(paragraph: WordParagraph) -> int | None:
    """A heading paragraph's level by its style — the Title 0, "Heading N" N — or None."""
    style = paragraph.style.name if paragraph.style is not None else ""
    heading = _HEADING_STYLE.match(style)
    return 0 if style == "Title" else int(heading.group(1)) if heading else None


def _cells(table: Table) -> list[list[str]]:
    """Each row's cell texts, a merged cell once ("Basic | Free")."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        rows.append(cells)
    return rows


def _paragraphs(document: WordDocument) -> tuple[list[Paragraph], list[Rows]]:
    """The document's paragraphs, numbered as Word counts them (empty ones too; a table's rows one
    each), and its tables of questions and answers (see :func:`table_parts`)."""
    paragraphs: list[Paragraph] = []
    tables: list[Rows] = []
    number = 1
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = list(enumerate(_cells(block), start=number))
            found, tabled = table_parts(rows)
            paragraphs += found
            tables += tabled
            number += len(rows)
            continue
        level = _heading_level(block)
        paragraphs += _read(block, number, level)
        number += 1
    return paragraphs, tables


def _read(block: WordParagraph, number: int, level: int | None) -> list[Paragraph]:
    """A Word paragraph as the reader's paragraph, or as the question it opens with and its answer
    (see :func:`question_and_answer`)."""
    runs = _runs(block)
    markdown = "".join(written for _, written, _ in runs).strip()
    if level is not None:
        return [Paragraph(block.text, markdown, number, level)]
    item, bold = _is_list_item(block), _all_bold(block)
    return (None if bold else question_and_answer(runs, number, item)) or [Paragraph(block.text, markdown, number, None, bold, item)]


def read_docx_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a Word document (see the module docstring)."""
    checked_package(path)
    from docx import Document  # imported here: only Word documents need it

    try:
        paragraphs, tables = _paragraphs(Document(str(path)))  # parts are parsed as they are read
    except Exception as exc:  # a damaged package fails in many ways inside python-docx: all are "cannot read"
        raise unreadable(path, exc) from None
    return paragraph_entries(paragraphs, path, tables)
