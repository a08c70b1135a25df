"""schema.org ``FAQPage`` data in JSON-LD: how websites mark up their FAQs for search engines.

A page keeps it in a ``<script type="application/ld+json">`` block (read by
:mod:`faqbot.corpus.html_faq`), and an SEO plugin exports it as a ``.json`` file (read by
:mod:`faqbot.corpus.json_faq`). Each ``Question``'s ``name`` is the heading, its ``acceptedAnswer``
(or ``suggestedAnswer``) ``text`` the answer, its ``alternateName`` the alternates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from faqbot.corpus.entry import Entry, make_entry
from faqbot.corpus.html_text import html_to_text


def _types(item: dict) -> set[str]:
    """An object's ``@type`` names without the schema.org prefix (it may be one name or a list)."""
    value = item.get("@type", [])
    return {name.rsplit("/", 1)[-1] for name in ([value] if isinstance(value, str) else value) if isinstance(name, str)}


def _objects(data: object) -> Iterator[dict]:
    """Every JSON object in a JSON-LD document, however nested (``@graph``, lists, properties)."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value)


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _answer_text(question: dict, base: str) -> str:
    """The accepted answer's text (else the first suggested one), as clean text, its relative
    links read against the page's address ``base``."""
    for key in ("acceptedAnswer", "suggestedAnswer"):
        for answer in _as_list(question.get(key)):
            if isinstance(answer, dict) and isinstance(answer.get("text"), str):
                return html_to_text(answer["text"], base, code=True)
    return ""


class _LineFinder:
    """Lines of successive questions inside a JSON-LD script, for file:line sources.

    Questions come in document order, so each search starts where the last one ended and lines
    are counted only over the text in between: reading a page stays linear in its size.
    """

    def __init__(self, source: str, first_line: int) -> None:
        self._source = source
        self._position = 0
        self._line = first_line

    def line_of(self, text: str) -> int:
        """The line where ``text`` next appears (the previous question's line if it is not found verbatim)."""
        offset = self._source.find(text, self._position)
        if offset < 0:
            return self._line
        self._line += self._source.count("\n", self._position, offset)
        self._position = offset + len(text)  # JSON strings hold no raw line breaks
        return self._line


def faq_page_entries(data: object, source: str, first_line: int, path: Path, base: str = "") -> list[Entry]:
    """The entries of the schema.org FAQPage in JSON-LD ``data``, decoded from ``source``, which
    starts on line ``first_line`` of ``path``: a page's script, or a ``.json`` file an SEO plugin
    exported (answers' relative links read against the page's address ``base``); none for other data."""
    pages = [item for item in _objects(data) if "FAQPage" in _types(item)]
    if not pages:  # any JSON file is asked: its questions are not gathered for nothing
        return []
    lines = _LineFinder(source, first_line)
    # A graph may list its questions as references ({"@id": …}) to nodes of their own (Yoast SEO does).
    questions = {item["@id"]: item for item in _objects(data) if isinstance(item.get("@id"), str) and "Question" in _types(item)}
    entries = []
    for page in pages:
        for question in _as_list(page.get("mainEntity")):
            if isinstance(question, dict) and "name" not in question:
                question = questions.get(question.get("@id"), question)
            if not isinstance(question, dict) or not isinstance(question.get("name"), str):
                continue
            line = lines.line_of(json.dumps(question["name"])[1:-1])
            alternates = [name for name in _as_list(question.get("alternateName")) if isinstance(name, str)]
            entries.append(make_entry(html_to_text(question["name"]), _answer_text(question, base), path, line, alternates))
    return entries
