"""The plain-text format: blocks separated by a line holding only ``-``.

A block's first line is the question and the rest its answer; an optional ``Also asked: …`` line
right under the question gives alternate phrasings. A first block that is not a question (no
answer, or no question mark) is the document's preamble. A ``Q: …`` (or ``Q. …``) line also
opens a block, and an ``A:`` label before the answer is dropped (``A.`` too under a labelled
question), so a FAQ written as "Q: … / A: …" reads as its entries; questions labelled with one
number right under one another ("Q3a:", "Q3b:") share the answer below them (the later ones are
alternates). A file without ``-`` lines is read as typed by hand: each line ending in "?" after
a blank line (a bulleted one aside) opens an entry, its answer the lines down to the next — or
each such line after any line, in a file saved one line per paragraph (a word processor's "plain
text"), whose questions do not follow blank lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from faqbot.corpus.entry import (
    Entry,
    also_asked,
    asks,
    inline_answer,
    labelled_question,
    make_entry,
    opens_with_answer_label,
    question_number,
    read_text,
    without_answer_label,
)

SEPARATOR = "-"
_BULLET = re.compile(r"^\s*[-*•]\s")


def _asks(line: str) -> bool:
    """Whether a line is a question that may open an entry: it ends in a question mark and is
    neither bulleted (a list of questions is part of an answer) nor an ``Also asked`` line."""
    return asks(line) and not _BULLET.match(line) and also_asked(line) is None


def _typed_by_lines(lines: list[str]) -> bool:
    """Whether a file without ``-`` lines puts its questions straight after the line before them, as
    word processors save plain text (one line per paragraph): at most one question line follows a
    blank line, and there are two or more. Then each question line opens an entry."""
    questions = [number for number, line in enumerate(lines) if _asks(line)]
    after_blank = [number for number in questions if number and not lines[number - 1].strip()]
    return len(questions) >= 2 and len(after_blank) <= 1


def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, lines) for each block: separated by ``-`` lines, or opened by a
    ``Q:`` line — or, in a file without ``-`` lines, by a question line after a blank line (or
    after any line, when the file is typed one line per paragraph)."""
    lines = text.splitlines()
    separated = any(line.strip() == SEPARATOR for line in lines)
    by_lines = not separated and _typed_by_lines(lines)
    block: list[str] = []
    start = 1
    for number, line in enumerate(lines, start=1):
        if line.strip() == SEPARATOR:
            yield start, block
            block, start = [], number + 1
            continue
        typed = not separated and _asks(line) and (by_lines or not block or not block[-1].strip())
        labelled = labelled_question(line) is not None
        if labelled and _same_question_numbers(block, line):  # "Q3b: …" right under "Q3a: …": one answer for both
            block.append(line)
        elif any(earlier.strip() for earlier in block) and (typed or labelled):
            yield start, block
            block, start = [line], number
        else:
            block.append(line)
    yield start, block


_LONGEST_LABELLED_QUESTION = 4  # lines: a question whose answer's label comes later is read as one


def _question_lines(lines: list[str]) -> int:
    """How many of a labelled block's lines ask: down to the line its answer's label opens, when
    that comes soon ("Q1: I got an error with / "Can't locate icon" / A1: …"); else the questions
    labelled with its number right under it ("Q3a: …" / "Q3b: …")."""
    labels = [number for number, line in enumerate(lines[1:_LONGEST_LABELLED_QUESTION], start=1) if opens_with_answer_label(line)]
    if labels:
        return labels[0]
    number = question_number(lines[0])
    return 1 + sum(1 for _ in itertools.takewhile(lambda line: number is not None and question_number(line) == number, lines[1:]))


def _labelled_questions(lines: list[str]) -> tuple[list[str], int]:
    """The questions a labelled block asks, the first its heading, and how many lines they take:
    each labelled line opens one, and an unlabelled line goes on with the one before it."""
    asking = _question_lines(lines)
    questions: list[str] = []
    for line in lines[:asking]:
        labelled = labelled_question(line)
        if labelled or not questions:
            questions.append(labelled or line.strip())
        elif line.strip():
            questions[-1] = f"{questions[-1]} {line.strip()}"
    return questions, asking


def _same_question_numbers(block: list[str], line: str) -> bool:
    """Whether a block so far is nothing but labelled questions of the number ``line`` has ("Q3a:",
    "Q3b:"), one right under another: parts of one question, answered once ("A3:")."""
    number = question_number(line)
    return number is not None and bool(block) and all(labelled_question(earlier) is not None and question_number(earlier) == number for earlier in block)


def _is_preamble(lines: list[str]) -> bool:
    """A first block is the document's preamble when it has no answer or is not phrased as a question."""
    return labelled_question(lines[0]) is None and (len(lines) == 1 or not asks(lines[0]))


def read_text_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse the plain-text block format; returns the entries and the preamble ('' if none)."""
    entries: list[Entry] = []
    preamble = ""
    for index, (start, lines) in enumerate(_blocks(read_text(path))):
        # Leading blank lines inside a block are skipped so the heading is the first real line.
        while lines and not lines[0].strip():
            lines, start = lines[1:], start + 1
        if not lines:
            continue
        if index == 0 and _is_preamble(lines):
            preamble = "\n".join(lines).strip()
            continue
        labelled = labelled_question(lines[0])
        answered = inline_answer(labelled) if labelled else None  # "Q1: Is it free? A1: Yes."
        if answered:
            asked, lines = [answered[0]], [lines[0], answered[1], *lines[1:]]
        else:
            asked, asking = _labelled_questions(lines) if labelled else ([lines[0]], 1)
            lines = [lines[0], *lines[asking:]]
        also = also_asked(lines[1]) if len(lines) > 1 else None
        body = lines[2:] if also is not None else lines[1:]
        body = without_answer_label(body, labelled=labelled is not None)
        alternates = asked[1:] + (also.split("|") if also else [])
        entries.append(make_entry(asked[0], "\n".join(body), path, start, alternates=alternates))
    return entries, preamble
