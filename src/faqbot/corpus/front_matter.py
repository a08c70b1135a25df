"""Front matter: the YAML (between ``---`` lines) or TOML (between ``+++`` lines) a static-site
generator's page opens with — Jekyll, Hugo, Eleventy, Astro, MkDocs — naming its layout, title and
description for the site's build, never shown as the page's text. A page may list its FAQ there
too (``faqs:``, each with ``question`` and ``answer``), for its layout to show and mark up.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry
from faqbot.corpus.yaml_faq import question_lists

logger = logging.getLogger(__name__)

_ENDS = {"---": ("---", "..."), "+++": ("+++",)}
_LINE = re.compile(r"^(?:[\w-]+\s*[:=]|\s|-\s|$)")  # "key: value", "key = value", nested or listed
# A list item opening an object ("  - question: …"), as a FAQ listed in front matter is written.
_LISTED_FIELD = re.compile(r"""^[ \t]*-[ \t]+["']?\w[\w-]*["']?[ \t]*:""")
_FIELD = re.compile(r"""^(?P<key>title|description)\s*[:=]\s*(?P<quote>["']?)(?P<value>.+)(?P=quote)$""")  # of a stripped line


def front_matter_end(lines: list[str]) -> int:
    """The index of the first line after the front matter the lines open with (0 without it)."""
    ends = _ENDS.get(lines[0].strip()) if lines else None
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in ends), None) if ends else None
    if closing is None or not all(_LINE.match(line) for line in lines[1:closing]):
        return 0  # "---" over a heading is a thematic break, not front matter
    return closing + 1


def without_front_matter(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The lines with their front matter blanked (so lines keep their numbers), and the ``title``
    and ``description`` it gives, if any: the page shows them over its text, and a page's
    description ("Common questions about our API") is the chat's welcome."""
    end = front_matter_end(lines)
    if not end:
        return lines, {}
    fields: dict[str, str] = {}
    for line in lines[1 : end - 1]:
        if match := _FIELD.match(line.strip()):
            fields.setdefault(match.group("key"), match.group("value"))
    return [""] * end + lines[end:], fields


def front_matter_entries(lines: list[str], path: Path) -> list[Entry]:
    """The entries of the FAQ a page's YAML front matter lists, each at its line. Front matter that
    is not valid YAML (the site's build would stop on it too) is passed over, saying so: the page
    itself may still be read."""
    end = front_matter_end(lines)
    if not end or lines[0].strip() != "---" or not any(_LISTED_FIELD.match(line) for line in lines[1 : end - 1]):
        return []  # no list of objects: no YAML to parse, for each of a documentation site's pages
    try:
        return question_lists("\n".join(["", *lines[1 : end - 1]]), path)
    except CorpusError as exc:
        logger.warning("front matter not read for its FAQ: %s", exc)
        return []


def with_listed(entries: list[Entry], listed: list[Entry]) -> list[Entry]:
    """A page's entries with those its front matter lists, but for the questions the page asks too:
    a post that lists its FAQ for its layout's markup often answers the same questions in its text."""
    asked = {entry.heading for entry in entries}
    return [*entries, *(entry for entry in listed if entry.heading not in asked)]
