"""Bot Framework's ``.qna`` files: the question-and-answer pairs a QnA Maker knowledge base or a
Bot Framework Composer bot keeps, read as the Markdown they are written in.

A pair opens with a heading marked as a question by "?" (``## ? How do I join?``); the items listed
under it (``- Can I sign up?``) are more ways to ask it, and its answer is fenced as Markdown
(```` ```markdown ````), indented or not. A filter naming a category (``**Filters:**`` over ``-
category = Billing``) is the entry's category; other filters, comments and parser instructions
(``> !# @kb.name = …``), the anchors QnA Maker writes before each pair (``<a id = "1"></a>``),
word alterations (``$wifi : qna-alterations =``) and references to other files are left out.
Every line keeps its number.
"""

from __future__ import annotations

import re
from pathlib import Path

from faqbot.corpus.entry import Entry, field_named, read_text
from faqbot.corpus.markdown_faq import dedented, markdown_entries

_QUESTION = re.compile(r"^[ \t]*#+[ \t]*\?[ \t]*(?P<question>\S(?:.*\S)?)[ \t]*$")  # "## ? How do I join?"
_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+(?P<text>\S(?:.*\S)?)[ \t]*$")  # "- Can I sign up?", "- category = Billing"
_FILTERS = re.compile(r"^[ \t]*\*+Filters:\*+[ \t]*$", re.IGNORECASE)  # "**Filters:**", "***Filters:***"
_FENCE = re.compile(r"^[ \t]*(?P<marks>`{3,}|~{3,})")


def qna_as_markdown(lines: list[str]) -> list[str]:
    """A ``.qna`` file's lines written as Markdown, line for line: each pair a heading over its
    field lines (``Also asked``, ``Category``; see :mod:`faqbot.corpus.question_fields`) and its
    answer; everything else blank."""
    out = [""] * len(lines)
    index = 0
    while index < len(lines):
        asked = _QUESTION.match(lines[index])
        if asked is None:
            index += 1
            continue
        out[index] = "## " + asked.group("question")
        fence = next((number for number in range(index + 1, len(lines)) if _FENCE.match(lines[number]) or _QUESTION.match(lines[number])), len(lines))
        fields = _fields(lines[index + 1 : fence])
        out[index + 1 : index + 1 + len(fields)] = fields
        if fence == len(lines) or _QUESTION.match(lines[fence]):
            index = fence
            continue
        marks = _FENCE.match(lines[fence]).group("marks")
        end = next((number for number in range(fence + 1, len(lines)) if lines[number].strip().startswith(marks)), len(lines))
        out[fence + 1 : end] = dedented(lines[fence + 1 : end])
        index = end + 1
    return out


def _fields(lines: list[str]) -> list[str]:
    """The field lines of the lines between a pair's question and its answer: its variations as
    ``Also asked``, a filter naming a category as ``Category`` (each field from a line of its own)."""
    variations, category, filtering = [], "", False
    for line in lines:
        if _FILTERS.match(line):
            filtering = True
        elif (item := _ITEM.match(line)) is not None:
            key, equals, value = item.group("text").partition("=")
            if not filtering:
                variations.append(item.group("text"))
            elif equals and field_named([key.strip()], "category") is not None and value.strip():
                category = value.strip()
    return [*(["**Also asked:** " + " | ".join(variations)] if variations else []), *([f"**Category:** {category}"] if category else [])]


def read_qna_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a ``.qna`` file: its pairs as Markdown headings over their answers."""
    return markdown_entries(qna_as_markdown(read_text(path).splitlines()), path)
