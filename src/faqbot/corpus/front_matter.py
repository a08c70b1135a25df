"""Front matter: the YAML (between ``---`` lines) or TOML (between ``+++`` lines) a static-site
generator's page opens with — Jekyll, Hugo, Eleventy, MkDocs — naming its layout, title and
description for the site's build, never shown as the page's text.
"""

from __future__ import annotations

import re

_ENDS = {"---": ("---", "..."), "+++": ("+++",)}
_LINE = re.compile(r"^(?:[\w-]+\s*[:=]|\s|-\s|$)")  # "key: value", "key = value", nested or listed
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
