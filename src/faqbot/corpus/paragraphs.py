"""Documents written as paragraphs — Word and LibreOffice documents, PDFs — read as the Markdown they would be.

Each reader says what each paragraph of its document is (a heading and its level, a paragraph in
bold, a list item) and where it is; this module writes the paragraphs out as Markdown and reads
that with :mod:`faqbot.corpus.markdown_faq`, so every FAQ shape the Markdown reader knows — a
heading or a bold paragraph per question, "Q: … A: …" labels, sections as categories — reads the
same in a document. A plain paragraph ending in "?" with answer text after it is a question too:
documents set questions apart by their "?" as often as by a style.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from faqbot.corpus.entry import LONGEST_QUESTION, Entry, answers_asking_back, asks, label_alone, labelled_question, names_a_section, opens_with_answer_label
from faqbot.corpus.html_text import CELLS_APART, LINKED, html_to_text, inline_markup_to_text, one_line
from faqbot.corpus.markdown_faq import TYPED_HEADING, markdown_entries
from faqbot.corpus.table_faq import document_table_entries, heads_questions_and_answers

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#!~])")
_LIST_MARK = re.compile(r"^(\s*\d*)([.)+-])(?=\s)")  # "1. ", "2) ", "- ", "+ " open a list in Markdown
_LINE_BREAKS = re.compile(r"(\n)")  # a run's line breaks, kept as pieces of their own
_LONGEST_TITLE = 80  # characters: a longer paragraph is text, not a title
_TYPED_HTML_PARAGRAPH = re.compile(r"^\s*<p\b[^>]*>.*</p\s*>\s*$", re.IGNORECASE | re.DOTALL)
_TYPED_HTML_HEADING = re.compile(r"^\s*<h(?P<level>[1-6])\b[^>]*>(?P<text>.*?)</h(?P=level)\s*>\s*$", re.IGNORECASE | re.DOTALL)


CONTINUED = ""  # the mark of a list item's further paragraph: a list item may hold a question and its answer


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document, as its reader found it."""

    text: str  # as written, one line
    markdown: str  # the text as Markdown: escaped (see ``escaped``), links with their address
    number: int  # where it is, as the document's own program shows it: a paragraph's number, a PDF's page
    heading: int | None = None  # its heading level (0: the document's title), or None
    bold: bool = False  # all its text in bold
    item: bool = False  # a list item, kept tight with its list
    mark: str = "-"  # what opens a list item's line: "-", its number in a numbered list ("2."), or
    # CONTINUED: a further paragraph of the item above, which goes on under its mark
    depth: int = 0  # how many lists a list item is nested in: it goes under the item above of a lesser depth
    cells: int = 0  # a table's row: how many cells it has (its ``markdown`` a Markdown table's row); rows together are a table, the first its header

    @property
    def asks(self) -> bool:
        """Whether the paragraph asks a question without a style to say so: it ends in a question mark."""
        return _asks(self.text.strip())

    @property
    def answer_text(self) -> bool:
        """Whether the paragraph reads as answer text: a table's row, or neither a heading, in bold, nor asking."""
        return bool(self.cells) or (self.heading is None and not self.bold and not self.asks)


# A piece of a paragraph's text as its reader finds it: (text, as Markdown, in bold). A line break
# inside the paragraph is a piece of its own, ("\n", "<br>", …).
Run = tuple[str, str, bool]


def with_label_typed(runs: Sequence[Run]) -> list[Run] | None:
    """A paragraph's runs with the label it opens with in bold alone ("**Q**⇥How do I join?",
    "**Answer** Fill in the form.", as Word FAQs set them) typed as a label is ("Q: …", "A: …"),
    which the readers drop; None when it opens with no such label. Without a colon, the label was
    read as the question's or the answer's first word."""
    lead = next((index for index, (piece, _, bold) in enumerate(runs) if piece.strip() and not bold), 0)
    label = label_alone("".join(piece for piece, _, _ in runs[:lead])) if lead else None
    if label is None or "\n" in (piece for piece, _, _ in runs[:lead]):
        return None
    rest = [(piece.lstrip(), written.lstrip(), bold) if index == 0 else (piece, written, bold) for index, (piece, written, bold) in enumerate(runs[lead:])]
    return [(f"{label}: ", f"{label}: ", False), *rest]


def question_and_answer(runs: Sequence[Run], number: int, item: bool = False, mark: str = "-") -> list[Paragraph] | None:
    """A paragraph (its ``runs``) that opens with a question and goes on with its answer, as two
    paragraphs: after a line break ("How do I join?" ↵ "Fill in the form.") or after the question
    in bold ("**How do I join?** Fill in the form."), as FAQs are typed one paragraph per entry.
    In a list ``item``, the question opens the item's line with ``mark`` and the answer goes on
    under it. None when it does not: read whole, such a paragraph neither ends in "?" nor is all
    in bold, so it asked nothing."""
    line_break = next((index for index, (piece, _, _) in enumerate(runs) if piece == "\n"), None)
    bold_lead = next((index for index, (piece, _, bold) in enumerate(runs) if piece == "\n" or (piece.strip() and not bold)), len(runs))
    for end, after in ([(line_break, line_break + 1)] if line_break is not None else []) + [(bold_lead, bold_lead)]:
        question, answer = runs[:end], runs[after:]
        text, answer_text = "".join(piece for piece, _, _ in question).strip(), "".join(piece for piece, _, _ in answer).strip()
        if text and answer_text and _asks(text):
            in_bold = all(bold for piece, _, bold in question if piece.strip())
            return [
                Paragraph(text, "".join(markdown for _, markdown, _ in question).strip(), number, bold=in_bold, item=item, mark=mark),
                Paragraph(answer_text, "".join(markdown for _, markdown, _ in answer).strip(), number, item=item, mark=CONTINUED),
            ]
    return None


def paragraphs_of(runs: Sequence[Run], number: int, level: int | None = None, item: bool = False, mark: str = "-", depth: int = 0) -> list[Paragraph]:
    """A paragraph's ``runs`` as the reader's paragraph (a heading at ``level``, or set apart when
    all in bold), or, when neither, as the question it opens with and its answer (see
    :func:`question_and_answer`); its text on one line, its spaces as a reader sees them."""
    runs = (with_label_typed(runs) if level is None else None) or runs
    text = " ".join("".join(piece for piece, _, _ in runs).split())
    markdown = "".join(written for _, written, _ in runs).strip()
    bold = level is None and bool(text) and all(bold for piece, _, bold in runs if piece.strip())
    split = question_and_answer(runs, number, item, mark) if level is None and not bold else None
    if split is not None:
        return [replace(part, text=" ".join(part.text.split())) for part in split]
    return [Paragraph(text, markdown, number, level, bold, item and level is None, mark, depth)]


def runs_of(text: str, bold: bool) -> list[Run]:
    """Text formatted alike as a paragraph's runs, each line break a run of its own (see :data:`Run`)."""
    return [(piece, escaped(piece), bold) for piece in _LINE_BREAKS.split(text) if piece]


def linked_markdown(text: str, address: str) -> str:
    """A link's text as Markdown: with its address when a reader can open it (a web or mail
    address), as its text alone when not (a place in the document, a file on the owner's disk)."""
    return f"[{escaped(text)}]({address})" if address.startswith(LINKED) else escaped(text)


def _asks(text: str) -> bool:
    """Whether a paragraph's text asks a question: it ends in "?", is not too long for one, and is
    not labelled an answer ("A: Did you check the cable? If so, …")."""
    return asks(text) and len(text) <= LONGEST_QUESTION and not opens_with_answer_label(text)


def escaped(text: str) -> str:
    """Text typed in a document, safe to read as Markdown: its ``*``, ``#`` and ``<`` are text,
    and a leading "1." or "-" does not make a list of it."""
    return _LIST_MARK.sub(r"\1\\\2", _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>"))


def _line(paragraph: Paragraph, heading_shift: int, answered: bool) -> str:
    """A paragraph as one Markdown line. Heading levels move down by ``heading_shift`` under a
    title. A paragraph that only ends in "?" is a question when answer text follows it
    (``answered``): "Still unsure?" over the next question is part of an answer."""
    text = paragraph.markdown
    if paragraph.cells:
        return text
    if paragraph.heading is not None:
        return "#" * min(paragraph.heading + heading_shift, 6) + " " + text if text else ""
    if text and (paragraph.bold or (paragraph.asks and answered)):
        text = f"**{text}**"
    return f"{paragraph.mark} {text}" if paragraph.item and paragraph.mark != CONTINUED and text else text


def _answered(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether answer text follows the paragraph at ``index``: text that does not ask, or a plain
    paragraph answering it and asking back, with no answer text after it (see
    :func:`answers_asking_back`): each question of a chatbot's script was read into the answer above."""
    if index + 1 >= len(paragraphs):
        return False
    after = paragraphs[index + 1]
    if after.answer_text:
        return True
    plain = after.heading is None and not after.bold  # and so, being no answer text, it asks
    return plain and answers_asking_back(paragraphs[index].text, after.text, index + 2 < len(paragraphs) and paragraphs[index + 2].answer_text)


def _opens_entry(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` asks a question set apart: labelled "Q:", or in bold, or
    with answer text after it. A table's row is part of an answer."""
    paragraph = paragraphs[index] if index < len(paragraphs) else None
    if paragraph is None or paragraph.heading is not None or paragraph.cells:
        return False
    return labelled_question(paragraph.text) is not None or (paragraph.asks and (paragraph.bold or _answered(paragraphs, index)))


def _bold_section(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` is a short bold title over a question ("Personal details"
    over "How can I view my details?"): it names the section's category, and would otherwise run
    on at the end of the answer above it."""
    paragraph = paragraphs[index]
    return paragraph.bold and _titles(paragraph) and _opens_entry(paragraphs, index + 1)


def _plain_sections(paragraphs: Sequence[Paragraph]) -> set[int]:
    """Where plain paragraphs title sections ("Billing and Payments" over "How do I pay?", neither
    bold nor styled): a line that names a section between an answer and a question. Only in a
    document that has two such titles or more, each written once: a line repeated under every
    answer ("Learn more") is boilerplate, and one alone ends the answer it closes."""
    found = [index for index in range(len(paragraphs)) if _plain_section(paragraphs, index)]
    written = Counter(paragraphs[index].text.strip().casefold() for index in found)
    found = [index for index in found if written[paragraphs[index].text.strip().casefold()] == 1]
    return set(found) if len(found) > 1 else set()


def _plain_section(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` may title the section of the question after it: a plain
    line that names a section and, under an entry, the only one of its answer (an answer listing
    "Askari Bank" and "Silk Bank" a paragraph each ends with no title)."""
    paragraph = paragraphs[index]
    if paragraph.bold or not _names_section(paragraph) or not _opens_entry(paragraphs, index + 1):
        return False
    question = next((number for number in range(index - 1, -1, -1) if _opens_entry(paragraphs, number)), None)
    if question is None:  # in the document's introduction, which a title may close
        return True
    return not any(_names_section(paragraphs[number]) for number in range(question + 1, index))


def _names_section(paragraph: Paragraph) -> bool:
    """Whether a paragraph reads like a title (:func:`_titles`) that names a section (:func:`names_a_section`)."""
    return _titles(paragraph) and names_a_section(paragraph.text)


def _plain_title(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` is a short line over a paragraph of text ("Refund policy"
    over what the policy is): how a document that sets nothing apart — no heading style, no bold,
    no question mark — titles its entries. Lines over lines like them (an address) stay text."""
    return _titles(paragraphs[index]) and _answered(paragraphs, index) and not _titles(paragraphs[index + 1])


def _as_headings(paragraphs: Sequence[Paragraph], titled: Callable[[Sequence[Paragraph], int], bool]) -> list[Paragraph]:
    """The paragraphs, those ``titled`` picks made headings below every heading of the document's
    — never the first level, which could be read as the document's title."""
    level = min(6, max([2, *(paragraph.heading + 1 for paragraph in paragraphs if paragraph.heading is not None)]))
    return [replace(paragraph, heading=level, bold=False) if titled(paragraphs, index) else paragraph for index, paragraph in enumerate(paragraphs)]


def _titles(paragraph: Paragraph) -> bool:
    """Whether a paragraph reads like a title: short, not a heading already nor a list item, and no
    sentence, question or label ("Note:")."""
    text = paragraph.text.strip()
    return paragraph.heading is None and not paragraph.item and not paragraph.cells and len(text) <= _LONGEST_TITLE and not asks(text) and not text.endswith((".", ":", ";", ",", "!"))


def _markdown(paragraphs: Sequence[Paragraph]) -> tuple[list[str], list[int]]:
    """The paragraphs as Markdown lines, and for each line the number of the paragraph it writes.
    An item's further paragraph is set apart and indented under the item's text, as Markdown
    writes one: "1. How do I join?" over "   Fill in the form." is a question and its answer. A
    nested item is indented under the text of the item it is nested in, as Markdown nests lists."""
    heading_shift = 1 if any(paragraph.heading == 0 for paragraph in paragraphs) else 0  # "Heading 1" under a Title is "##"
    lines: list[str] = []
    numbers: list[int] = []
    listing, tabling, indent = False, False, ""
    parents: list[tuple[int, int]] = []  # the open list items: (their depth, where their text starts)
    for index, paragraph in enumerate(paragraphs):
        continued = paragraph.item and paragraph.mark == CONTINUED and listing
        if lines and not (paragraph.item and listing and not continued) and not (paragraph.cells and tabling):
            lines.append("")  # paragraphs apart; items of one list together, and rows of one table
            numbers.append(paragraph.number)
        if not paragraph.item:
            parents = []
        elif not continued:
            while parents and parents[-1][0] >= paragraph.depth:
                parents.pop()
            indent = " " * (parents[-1][1] if parents else 0)
        line = _line(paragraph, heading_shift, _answered(paragraphs, index))
        lines.append(indent + line if paragraph.item else line)
        numbers.append(paragraph.number)
        if paragraph.cells and not tabling:  # a table's first row is its header, ruled off from the rest
            lines.append("|" + " --- |" * paragraph.cells)
            numbers.append(paragraph.number)
        listing, tabling = paragraph.item, bool(paragraph.cells)
        if paragraph.item and not continued:
            parents.append((paragraph.depth, len(indent) + len(paragraph.mark) + 1))
            indent = " " * parents[-1][1]
    return lines, numbers


def _heading_marks(text: str) -> int:
    """How many Markdown heading marks a paragraph's text opens with ("## Billing": 2), 0 for none."""
    typed = TYPED_HEADING.match(text)
    return len(typed.group("marks")) if typed is not None else 0


def _typed_heading(paragraph: Paragraph, marked: bool) -> Paragraph:
    """A paragraph that opens with Markdown's heading marks ("### Billing", as text pasted from a
    Markdown file or a chat assistant keeps them), or is one HTML heading ("<h3>Billing</h3>", a
    web page's source pasted as text), as the heading they mark: its text without them, at their
    level unless the document styled it already (and a pasted "<p>…</p>" as its text). Unstyled,
    a Markdown heading needs two marks or more ("## 1. Products"); one "#" marks one before a word
    in a document ``marked`` so elsewhere ("# Our FAQ" over "## Billing"), and before a number, or
    alone, it is a number sign ("# 51, Stock Exchange Towers")."""
    typed, marks = TYPED_HEADING.match(paragraph.text), _heading_marks(paragraph.text)
    if typed is not None and (paragraph.heading is not None or marks > 1 or (marked and typed.group("text")[0].isalpha())):
        text, level = typed.group("text"), len(typed.group("marks"))
    elif (element := _TYPED_HTML_HEADING.match(paragraph.text)) is not None and html_to_text(element.group("text")):
        text, level = html_to_text(element.group("text")), int(element.group("level"))
    elif _TYPED_HTML_PARAGRAPH.match(paragraph.text) and (text := html_to_text(paragraph.text)):
        return replace(paragraph, text=text, markdown=escaped(text))  # "<p>…</p>": its text, as a paragraph
    else:
        return paragraph
    return replace(paragraph, text=text, markdown=escaped(text), heading=paragraph.heading if paragraph.heading is not None else level, bold=False)


Rows = list[tuple[int, list[str]]]  # a table's rows, each with its number and its cells' texts


def shown_text(runs: Sequence[Run], linked: bool) -> str:
    """The text a paragraph's ``runs`` show; one holding a link (``linked``) is read through its
    Markdown, so that the link's web or mail address follows its text: read as plain text, a table
    cell's answer linking "the form" lost where the form is."""
    if not linked:
        return "".join(text for text, _, _ in runs)
    return inline_markup_to_text("".join(markdown for _, markdown, _ in runs))


def table_parts(rows: Rows) -> tuple[list[Paragraph], list[Rows]]:
    """A document's table as its reader passes it on: its rows as a Markdown table's, which an
    answer's text writes as lines with their cells apart ("Basic | Free"), each row as wide as the
    widest (Markdown drops a cell beyond its header's); or, when its first row names a question and
    an answer column, no paragraph and the table itself, which :func:`paragraph_entries` reads as a
    table file is."""
    if heads_questions_and_answers(rows):
        return [], [rows]
    width = max((len(cells) for _, cells in rows), default=0)
    lines = [(number, [one_line(cell) for cell in cells] + [""] * (width - len(cells))) for number, cells in rows]  # a cell's lines run on in its row's
    return [Paragraph(CELLS_APART.join(cells), _table_row(cells), number, cells=width) for number, cells in lines], []


def _table_row(cells: list[str]) -> str:
    """A table row as a Markdown table writes it, each cell's text escaped, its bars too."""
    return "| " + " | ".join(escaped(cell).replace("|", "\\|") for cell in cells) + " |"


def paragraph_entries(paragraphs: Sequence[Paragraph], path: Path, tables: Sequence[Rows] = ()) -> tuple[list[Entry], str]:
    """The entries and description of a document's paragraphs and its tables of questions and
    answers (see :func:`table_parts`); an entry's line is its question's paragraph ``number``. A
    document with no question set apart is read by its titles instead."""
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    marked = any(_heading_marks(paragraph.text) > 1 for paragraph in texts)
    typed = [_typed_heading(paragraph, marked) for paragraph in texts]
    plain = _plain_sections(typed)
    written = _as_headings(typed, lambda paragraphs, index: index in plain or _bold_section(paragraphs, index))
    entries, description, numbers = _entries(written, path)
    if not entries:  # nothing is set apart as a question: short lines over text title the entries
        entries, description, numbers = _entries(_as_headings(written, _plain_title), path)
    tabled = [entry for rows in tables for entry in document_table_entries(rows, path)]
    return sorted([*(replace(entry, line=numbers[entry.line - 1]) for entry in entries), *tabled], key=lambda entry: entry.line), description


def _entries(paragraphs: Sequence[Paragraph], path: Path) -> tuple[list[Entry], str, list[int]]:
    """The Markdown reader's entries and description of the paragraphs, and each Markdown line's paragraph number."""
    lines, numbers = _markdown(paragraphs)
    entries, description = markdown_entries(lines, path)
    return entries, description, numbers
