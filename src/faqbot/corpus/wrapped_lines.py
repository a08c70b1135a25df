"""Answers typed with their lines wrapped by hand, rejoined into the paragraphs they are.

A FAQ kept as plain text is often wrapped at a fixed width (an editor's 72 or 80 columns, a
mailing list's FAQ), and so are answers in a spreadsheet's cells or a YAML block pasted from such
text. Markdown and web pages join such lines when they are shown; a text answer kept them, and the
chat, which shows an answer's line breaks, broke its sentences mid-way in a bubble narrower or
wider than the width they were typed at.

A file is taken as wrapped when most lines inside its paragraphs (every line but a paragraph's
last) stop close to one width. A line that stops close to it is joined to the next one when the
sentence goes on there; a line that stops short of the width ("Opening hours:" over "Mon–Fri
9–5"), or ends a sentence before one that starts, may have ended where its author ended it, and
keeps its break. Lists, tables and indented lines (code) keep their lines.

Readers of a markup (reStructuredText, Org) make whole the inline markup such wrapping split over
two lines, a link's text from its address, before they read a line's markup
(:func:`markup_made_whole`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from faqbot.corpus.entry import Entry

_SET_APART = re.compile(r"^\s|^(?:[-*•+]|\d{1,3}[.)])\s|\|")  # indented (code), a list item, a table row
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
NARROWEST_WRAP = 40  # characters: narrower lines are a title's, a list's or an address's, not wrapped text's
_SLACK = 25  # characters short of the width that a wrapped line may stop at (a long word went to the next line)
_SENTENCE_ENDS = (".", "!", "?", ":", ";")  # a line stopping so may have ended where its author ended it
_FEWEST_WRAPPED = 5  # lines inside paragraphs, for a file's wrapping to be told from chance
_WRAPPED_SHARE = 2 / 3  # of those lines, stopping within the slack of the width


def with_wrapped_lines_joined(entries: list[Entry]) -> list[Entry]:
    """A file's entries with the lines it wrapped by hand joined (see the module docstring)."""
    width = _wrap_width([entry.answer for entry in entries])
    if width is None:
        return entries
    return [replace(entry, answer=joined) if (joined := _joined(entry.answer, width)) != entry.answer else entry for entry in entries]


def _wrap_width(answers: list[str]) -> int | None:
    """The width a file's answers were wrapped at, or None when they were not wrapped: the width
    the most lines inside paragraphs stop within the slack of, when that is most of them. Not the
    longest such line: a file wrapped by hand holds a paragraph or two its author left unwrapped."""
    inner = sorted(len(line.rstrip()) for answer in answers for paragraph in _PARAGRAPH_BREAK.split(answer)[::2] for line in paragraph.split("\n")[:-1] if not _SET_APART.match(line))
    reaching = {width: bisect_right(inner, width) - bisect_left(inner, width - _SLACK) for width in set(inner) if width >= NARROWEST_WRAP}
    width = max(reaching, key=lambda width: (reaching[width], width), default=None)
    if width is None or reaching[width] < max(_FEWEST_WRAPPED, _WRAPPED_SHARE * len(inner)):
        return None
    return width


def _joined(answer: str, width: int) -> str:
    """An answer with each line that was wrapped at ``width`` joined to the line after it."""
    pieces = _PARAGRAPH_BREAK.split(answer)  # paragraphs, and the breaks between them as written
    return "".join(piece if number % 2 else _paragraph_joined(piece, width) for number, piece in enumerate(pieces))


def _paragraph_joined(paragraph: str, width: int) -> str:
    """One paragraph with its wrapped lines joined (see :func:`_joined`)."""
    lines = paragraph.split("\n")
    text = lines[0]
    for previous, line in zip(lines, lines[1:]):
        text = f"{text.rstrip()} {line.lstrip()}" if _wrapped(previous, line, width) else f"{text}\n{line}"
    return text


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was wrapped before ``following``: neither is set apart, ``line`` stops
    near the width, and the sentence it holds goes on in the next line (it stops mid-sentence, or
    the next line opens in lower case)."""
    if _SET_APART.match(line) or _SET_APART.match(following) or not following.strip():
        return False
    text = line.rstrip()
    if not width - _SLACK <= len(text) <= width:
        return False
    return not text.endswith(_SENTENCE_ENDS) or following.lstrip()[0].islower()


def markup_made_whole(lines: list[str], index: int, opening: int, closing_end: int | None) -> None:
    """Make whole a piece of inline markup that wrapping split between ``lines[index]`` and the
    line under it (a reStructuredText link "`the form" / "<https://…>`_", an Org link "[[https://…][sign
    in" / "site]]"), its opening at ``opening`` in the first, its end at ``closing_end`` in the second
    (None when it does not end there): read line by line, its pieces were left as typed. Its opening
    moves down to the line that closes it, so that text after it stays joined to it ("site]]."),
    unless it opens its line; then the rest comes up, with what is joined to its end — unless that
    would leave the line under it blank inside a paragraph, which would end the paragraph there.
    Each line keeps its number, so entries keep their lines."""
    line, following = lines[index], lines[index + 1]
    indent = following[: len(following) - len(following.lstrip())]
    if line[:opening].strip():
        lines[index], lines[index + 1] = line[:opening].rstrip(), f"{indent}{line[opening:].strip()} {following.lstrip()}"
        return
    if closing_end is None:
        return
    after = following[closing_end:]
    end = closing_end + (len(after.split(maxsplit=1)[0]) if after[:1].strip() else 0)  # "]])." brings its ")." along
    paragraph_goes_on = index + 2 < len(lines) and lines[index + 2].strip()
    if paragraph_goes_on and not following[end:].strip() and following[closing_end:].strip():
        end = closing_end  # ")." stays on its line, which would be left blank
    lines[index], lines[index + 1] = f"{line.rstrip()} {following[:end].strip()}", indent + following[end:].lstrip()
