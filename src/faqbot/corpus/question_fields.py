"""The fields a plain-text or Markdown FAQ writes on lines of their own under a question.

Those formats have no fields, so a FAQ kept in them as a knowledge base labels its lines::

    ### How much does the course cost?
    **Also asked:** What's the price? / Is there a payment plan?
    **Keywords:** price, fee, instalments
    **Answer:** 1,500 euros, payable over three months.
    **Category:** Pricing

``Also asked`` gives alternates (apart at ``|``, or after each question's mark), ``Keywords`` more
ways to ask the entry (as a spreadsheet's ``keywords`` column does: those that tell no entry apart
are left out, see :mod:`faqbot.corpus.keywords`) and ``Category`` its category. They are read from
the lines right under the question; a ``Category`` line may close the answer instead, in an entry
written as fields. Read as answer text, they were shown in the chat and made every answer open
with "Keywords: …".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from faqbot.corpus.entry import Entry, names_a_category, opens_with_answer_label, without_closing_marks
from faqbot.corpus.keywords import keywords_in, shared_keywords

_FIELD_LINE = re.compile(r"^\s*[*_]*(?P<name>also asked|keywords|category)[*_]*\s*[:：]\s*[*_]*\s*(?P<value>.*)$", re.IGNORECASE)
# Between alternates: a bar, or after a question's mark, a slash, comma or semicolon if any ("What's
# the price? / Is there a payment plan?"). Spaces around them are the alternates' to lose: a run of
# spaces matched as part of the pattern was tried from each of its spaces.
_ALTERNATES_APART = re.compile(r"\||(?<=[?？])\s*+[/,;]?")


@dataclass(frozen=True)
class QuestionFields:
    """What the field lines under a question give its entry."""

    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    category: str | None = None  # None when no line names one: the entry keeps its section's


def field_line(line: str) -> tuple[str, str] | None:
    """The field a line writes, as (lower-case name, value), or None for any other line. A
    ``Category`` line is one only when its value names a category: "Category: B if under 3.5 t."
    answers a question about driving licences."""
    match = _FIELD_LINE.match(line)
    if match is None:
        return None
    name, value = match.group("name").lower(), without_closing_marks(match.group("value"))
    return None if name == "category" and not names_a_category(value) else (name, value)


def question_fields(lines: list[str]) -> tuple[QuestionFields, list[str]]:
    """The fields written on the lines right under a question (blank lines between them aside),
    and the answer's lines without them. A ``Category`` line that ends the answer is its field too
    when the entry is written as fields: with field lines over its answer, or an ``Answer:`` label."""
    found: dict[str, str] = {}
    rest = 0  # where the lines after the fields start
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        field = field_line(line)
        if field is None or field[0] in found:
            break
        found[field[0]] = field[1]
        rest = number + 1
    lines = lines[rest:]
    written = [number for number, line in enumerate(lines) if line.strip()]
    closing = field_line(lines[written[-1]]) if len(written) > 1 else None
    if closing and closing[0] == "category" and "category" not in found and (found or opens_with_answer_label(lines[written[0]])):
        found["category"], lines = closing[1], lines[: written[-1]]
    return _fields(found), lines


def _fields(found: Mapping[str, str]) -> QuestionFields:
    """The fields of the values found for each field's name."""
    alternates = tuple(text.strip() for text in _ALTERNATES_APART.split(found.get("also asked", "")) if any(character.isalnum() for character in text))
    return QuestionFields(alternates, keywords_in(found.get("keywords", "")), found.get("category"))


def with_keywords(entries: list[Entry], keywords: Mapping[int, tuple[str, ...]], path: Path) -> list[Entry]:
    """Entries with the keywords given for the entry on each line as more ways to ask it, but for
    those that tell none apart: several entries give them, or another entry asks them."""
    if not any(keywords.values()):
        return entries
    keyed = [(entry, keywords.get(entry.line, ())) for entry in entries]
    shared = shared_keywords(((place, words, entry.questions) for place, (entry, words) in enumerate(keyed)), path)
    return [_with_alternates(entry, [word for word in words if word.casefold() not in shared]) for entry, words in keyed]


def _with_alternates(entry: Entry, more: list[str]) -> Entry:
    """An entry with ``more`` alternates, but for those it already asks."""
    asked = {question.casefold() for question in entry.questions}
    added = tuple(dict.fromkeys(text for text in more if text.casefold() not in asked))
    return replace(entry, alternates=(*entry.alternates, *added)) if added else entry
