"""TOML text as values that know their lines: what the TOML reader (:mod:`faqbot.corpus.toml_faq`)
and a Hugo page's TOML front matter (:mod:`faqbot.corpus.front_matter`) read entries from.

``tomllib`` gives values without their lines, so each value is placed on the line that first
defines its key after its parent's: an entry of ``[[faq]]`` on its own ``[[faq]]`` line.
"""

from __future__ import annotations

import bisect
import datetime
import re
import tomllib
from collections import defaultdict
from pathlib import Path

from faqbot.corpus.entry import CorpusError, lines_of
from faqbot.corpus.sections import Located

# One part of a (dotted) key: "answer", "\"Is it free?\"", 'site'.
_KEY_PART = re.compile(r"""(?<![ \t])[ \t]*(?:"(?P<basic>(?:[^"\\]|\\.)*)"|'(?P<literal>[^']*)'|(?P<bare>[\w-]+))[ \t]*""")
_AT_LINE = re.compile(r"\(at line (?P<line>\d+)")


def _defined_name(line: str) -> str | None:
    """The key a line defines (``answer`` of ``answer = "…"``, ``faq`` of ``[[site.faq]]``, ``Is it
    free?`` of ``"Is it free?" = "Yes."``), or None: the last part of the key before its ``=``, or
    of a table's name."""
    text = line.lstrip()
    opening = len(text) - len(text.lstrip("["))
    position, closing, name = min(opening, 2), "]" if opening else "=", None
    while part := _KEY_PART.match(text, position):
        name, position = next(group for group in part.groups() if group is not None), part.end()
        if not text.startswith(".", position):
            break
        position += 1
    return name if text.startswith(closing, position) else None


def _definitions(text: str) -> dict[str, list[int]]:
    """The lines that define each key, in order."""
    lines: dict[str, list[int]] = defaultdict(list)
    for number, line in enumerate(lines_of(text), start=1):
        if (name := _defined_name(line)) is not None:
            lines[name].append(number)
    return lines


def _next(lines: list[int], after: int, skip: int = 0) -> int:
    """The ``skip``-th line of ``lines`` at or after line ``after``, or ``after`` when there is none."""
    index = bisect.bisect_left(lines, after) + skip
    return lines[index] if index < len(lines) else after


def _located(value: object, line: int, name: str, definitions: dict[str, list[int]]) -> Located:
    """``value`` (named ``name``, defined on ``line``) as Located values, each on the line that
    defines it; a date or time is the text it was written as."""
    if isinstance(value, dict):
        members, cursor = {}, line
        for key, item in value.items():
            members[key] = _located(item, _next(definitions.get(key, []), cursor), key, definitions)
            cursor = members[key].line
        return Located(members, line)
    if isinstance(value, list):  # an array of tables: each item on its own [[name]] line
        return Located([_located(item, _next(definitions.get(name, []), line, number), name, definitions) for number, item in enumerate(value)], line)
    if isinstance(value, datetime.date | datetime.time):
        return Located(value.isoformat(), line)
    return Located(value, line)


def toml_located(text: str, path: Path) -> Located:
    """TOML ``text`` (read from ``path``) as values that know their lines; not valid TOML is a
    CorpusError at its line."""
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _AT_LINE.search(str(exc))
        raise CorpusError(f"{path}:{at.group('line') if at else 1}: not valid TOML ({_AT_LINE.split(str(exc))[0].strip()})") from None
    return _located(parsed, 1, "", _definitions(text))
