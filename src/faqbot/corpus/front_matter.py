"""Front matter: the YAML (between ``---`` lines) or TOML (between ``+++`` lines) a static-site
generator's page opens with — Jekyll, Hugo, Eleventy, Astro, MkDocs — naming its layout, title and
description for the site's build, never shown as the page's text. A page may list its FAQ there
too (``faqs:`` in YAML, ``[[faqs]]`` in TOML, each with ``question`` and ``answer``), for its
layout to show and mark up.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, entry_from_object, paired_questions, published
from faqbot.corpus.sections import Located, asks_questions
from faqbot.corpus.toml_data import toml_located
from faqbot.corpus.yaml_faq import yaml_located

logger = logging.getLogger(__name__)

_ENDS = {"---": ("---", "..."), "+++": ("+++",)}
_LINE = re.compile(r"^(?:[\w-]+\s*[:=]|\s|-\s|[\]}]|#|$)")  # "key: value", "key = value", nested, listed, closing a "[" or "{", or a comment
_FIELD_LINE = re.compile(r"^[\w-]+\s*[:=]")
# A list item opening an object or a pair, as a FAQ listed in front matter is written: in YAML
# "  - question: …" or "  - [", in TOML an array of tables' "[[faqs]]", or a list's "[" on its line.
_LISTED_ITEM = re.compile(r"""^[ \t]*(?:-[ \t]+(?:["']?\w[\w-]*["']?[ \t]*:|\[)|\[)""")
_FIELD = re.compile(r"""^(?P<key>title|description|categor(?:y|ies))\s*[:=]\s*(?P<quote>["']?)(?P<value>.+)(?P=quote)$""")  # of a stripped line


def front_matter_end(lines: list[str]) -> int:
    """The index of the first line after the front matter the lines open with (0 without it)."""
    opening = lines[0].strip() if lines else ""
    ends = _ENDS.get(opening)
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in ends), None) if ends else None
    if closing is None or opening == "---" and not _yaml_fields(lines[1:closing]):
        return 0  # "---" over a heading is a thematic break, not front matter ("+++" is never Markdown)
    return closing + 1


def _yaml_fields(lines: list[str]) -> bool:
    """Whether lines between two "---" lines are YAML fields, not a heading between thematic
    breaks: each a field, nested, listed or a comment ('# Activate this widget?', as a Hugo
    theme's pages come commented), and a comment only beside a field, as "# FAQ" alone is a heading."""
    commented = any(line.startswith("#") for line in lines)
    return all(_LINE.match(line) for line in lines) and (not commented or any(_FIELD_LINE.match(line) for line in lines))


def without_front_matter(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The lines with their front matter blanked (so lines keep their numbers), and the ``title``,
    ``description`` and ``category`` (or Jekyll's ``categories``, one named) it gives, if any: the
    page shows them over its text, a page's description ("Common questions about our API") is the
    chat's welcome, and a page asking one question files it under its category."""
    end = front_matter_end(lines)
    if not end:
        return lines, {}
    fields: dict[str, str] = {}
    for line in lines[1 : end - 1]:
        if (match := _FIELD.match(line.strip())) and not match.group("value").startswith(("[", "{")):  # a list names no one category
            fields.setdefault(match.group("key").replace("categories", "category"), match.group("value"))
    return [""] * end + lines[end:], fields


def front_matter_entries(lines: list[str], path: Path) -> list[Entry]:
    """The entries of the FAQ a page's front matter lists (YAML's ``faqs:`` items, TOML's
    ``[[faqs]]`` tables), each at its line. Front matter that cannot be read (the site's build
    would stop on it too) is passed over, saying so: the page itself may still be read."""
    end = front_matter_end(lines)
    fields = lines[1 : end - 1]
    if not end or not any(_LISTED_ITEM.match(line) for line in fields):
        return []  # no list of objects: nothing to parse, for each of a documentation site's pages
    text = "\n".join(["", *fields])
    try:
        root = yaml_located(text, path) if lines[0].strip() == "---" else toml_located(text, path)
    except CorpusError as exc:
        logger.warning("front matter not read for its FAQ: %s", exc)
        return []
    return _listed_entries(root, path)


def _listed_entries(root: Located | None, path: Path) -> list[Entry]:
    """The entries of each list of questions the front matter holds among its other fields. An
    item that is no entry (a question without an answer written as text) is left out, saying so:
    the rest of the list is the page's FAQ still."""
    if root is None or not isinstance(root.value, dict):
        return []
    entries = []
    for field in root.value.values():
        if not isinstance(field.value, list):
            continue
        values = field.plain()
        for item, value in zip(field.value, paired_questions(values) or (values if asks_questions(field.value) else [])):
            try:
                entries += published([entry_from_object(value, path, item.line)])
            except CorpusError as exc:
                logger.warning("front matter's FAQ item left out: %s", exc)
    return entries


def with_listed(entries: list[Entry], listed: list[Entry]) -> list[Entry]:
    """A page's entries with those its front matter lists, but for the questions the page asks too:
    a post that lists its FAQ for its layout's markup often answers the same questions in its text."""
    asked = {entry.heading for entry in entries}
    return [*entries, *(entry for entry in listed if entry.heading not in asked)]
