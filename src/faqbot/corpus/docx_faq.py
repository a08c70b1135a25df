"""Word documents (.docx): read as the Markdown they would be.

Clubs and offices write their FAQ in Word, with the styles Word offers, and were asked to save it
as text first. Each paragraph is written out as a Markdown paragraph and the document read by
:mod:`faqbot.corpus.markdown_faq`: the Title and Heading styles are headings; a paragraph all in
bold, or one that asks a question (ends in "?"), is a bold question, so it opens an entry with the
paragraphs after it as its answer; list paragraphs are list items, a table's rows lines with
their cells apart, and links keep their address. An entry's line is the number of its paragraph
in the document (a table counts one per row), which is what Word's navigation shows nearest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.corpus.entry import CorpusError, Entry
from faqbot.corpus.markdown_faq import markdown_entries
from faqbot.corpus.office import checked_package

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#!~])")
_HEADING_STYLE = re.compile(r"^Heading (\d)$")
_LONGEST_QUESTION = 300  # characters: a longer paragraph ending in "?" is answer text


def _escaped(text: str) -> str:
    """Text typed in Word, safe to read as Markdown: its ``*``, ``#`` and ``<`` are text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>")


def _written(paragraph: Paragraph) -> str:
    """A paragraph's text in Markdown: escaped, its links with their address."""
    pieces = []
    for item in paragraph.iter_inner_content():
        url = getattr(item, "url", "")
        pieces.append(f"[{_escaped(item.text)}]({url})" if url.startswith(("http://", "https://", "mailto:")) else _escaped(item.text))
    return "".join(pieces).strip()


def _style_bold(style: ParagraphStyle | None) -> bool:
    """Whether a paragraph style sets its text in bold, itself or through the style it is based on."""
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _all_bold(paragraph: Paragraph) -> bool:
    """Whether every piece of a paragraph's text is bold, as a question set in bold is."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    in_style = _style_bold(paragraph.style)
    return bool(runs) and all(run.bold or (run.bold is None and in_style) for run in runs)


def _is_list_item(paragraph: Paragraph) -> bool:
    """Whether a paragraph is numbered or bulleted, by Word's numbering or a list style."""
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    return numbered or (paragraph.style is not None and paragraph.style.name.startswith("List"))


def _is_table(block: Paragraph | Table) -> bool:
    return hasattr(block, "rows")


def _style_name(block: Paragraph | Table) -> str:
    style = getattr(block, "style", None)
    return style.name if style is not None else ""


def _plain_question(block: Paragraph | Table) -> bool:
    """Whether a paragraph asks a question without a style to say so: it ends in "?"."""
    text = "" if _is_table(block) else block.text.strip()
    return text.endswith("?") and len(text) <= _LONGEST_QUESTION


def _heading_level(block: Paragraph | Table) -> int | None:
    """A heading paragraph's level by its style — the Title 0, "Heading N" N — or None."""
    style = _style_name(block)
    heading = _HEADING_STYLE.match(style)
    return 0 if style == "Title" else int(heading.group(1)) if heading else None


def _answer_text(block: Paragraph | Table) -> bool:
    """Whether a block reads as answer text: a table, or a paragraph neither a heading, in bold, nor asking."""
    if _is_table(block):
        return True
    return not (_heading_level(block) is not None or _all_bold(block) or _plain_question(block))


def _paragraph_line(paragraph: Paragraph, heading_shift: int, answered: bool) -> tuple[str, bool]:
    """A paragraph as one Markdown line, and whether it is a list item (kept tight with its list).
    Heading levels move down by ``heading_shift`` under a Title. A paragraph that only ends in "?"
    is a question when answer text follows it (``answered``): "Still unsure?" over the next
    question is part of an answer, not a question left unanswered."""
    text, level = _written(paragraph), _heading_level(paragraph)
    if level is not None:
        return ("#" * min(level + heading_shift, 6) + " " + text if text else ""), False
    if text and (_all_bold(paragraph) or (_plain_question(paragraph) and answered)):
        text = f"**{text}**"
    item = _is_list_item(paragraph)
    return (f"- {text}" if item and text else text), item


def _table_lines(table: Table) -> list[str]:
    """A table's rows as list items, a merged cell once: "- Basic | Free"."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(_escaped(" ".join(cell.text.split())))
        lines.append("- " + " | ".join(cells))
    return lines


def _markdown(document: WordDocument) -> tuple[list[str], list[int]]:
    """The document as Markdown lines, and for each line the number of the paragraph it writes
    (empty paragraphs counted, as Word counts them; a table's rows one each)."""
    numbered, number = [], 1
    for block in document.iter_inner_content():
        numbered.append((number, block))
        number += len(block.rows) if _is_table(block) else 1
    blocks = [(number, block) for number, block in numbered if _is_table(block) or block.text.strip()]
    heading_shift = 1 if any(_heading_level(block) == 0 for _, block in blocks) else 0  # "Heading 1" under a Title is "##"
    lines: list[str] = []
    numbers: list[int] = []
    listing = False
    for index, (first, block) in enumerate(blocks):
        if _is_table(block):
            written = [(line, True) for line in _table_lines(block)]
        else:
            answered = index + 1 < len(blocks) and _answer_text(blocks[index + 1][1])
            written = [_paragraph_line(block, heading_shift, answered)]
        for offset, (line, item) in enumerate(written):
            if lines and not (item and listing):
                lines.append("")  # paragraphs apart; items of one list together
                numbers.append(first + offset)
            lines.append(line)
            numbers.append(first + offset)
            listing = item
    return lines, numbers


def read_docx_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a Word document (see the module docstring)."""
    checked_package(path)
    from docx import Document  # imported here: only Word documents need it

    try:
        lines, numbers = _markdown(Document(str(path)))  # parts are parsed as they are read
    except Exception as exc:  # a damaged package fails in many ways inside python-docx: all are "cannot read"
        raise CorpusError(f"{path}: cannot read the document ({type(exc).__name__}: {exc}); open it in Word and save it again") from None
    entries, description = markdown_entries(lines, path)
    return [replace(entry, line=numbers[entry.line - 1]) for entry in entries], description
