"""Vim help files: the FAQs Vim, Neovim and their plugins keep as ``doc/*.txt`` (Neovim's
``:help faq``), read as the Markdown they would be.

A help file opens with its tag (``*faq.txt*``) and may end with a modeline (``vim:tw=78:ft=help``).
A line ending in `` ~`` is a heading ("WHERE SHOULD I PUT MY CONFIG? ~"), so a question headed so
is an entry, as in Markdown (see :mod:`faqbot.corpus.markdown_faq`); a line of ``=`` across the page
opens a section whose first line ("General Questions      *faq-general*") names it, the category
of the questions under it. Tags (``*faq-general*``), places for ``:help`` to jump to, are left out;
a link to one (``|config|``) is its name. A code block, opened by a line ending in ``>`` (``>vim``)
and closed by a line opening with ``<`` or by text at the margin, stays code. Every line keeps its
number where it can: a block opened at the end of a line of text needs a fence of its own, and the
next blank line Markdown can do without (doubled, after a fence, over a heading) is left out for it.
"""

from __future__ import annotations

import re

_OPENING_TAG = re.compile(r"^\*[\w.+-]+\.txt\*")  # "*faq.txt*", the first line of a help file
_MODELINE = re.compile(r"^\s*vim?:.*\b(?:ft|filetype)=help\b")  # " vim:tw=78:ts=8:noet:ft=help:norl:"
_TAG = re.compile(r"(?<![ \t])[ \t]*\*[^*\s|]+\*")  # "*faq-general*", with the spaces before it (from the first)
_LINK = re.compile(r"\|(?P<name>[^|\s]+)\|")  # "|config|"
_TRAILING_LINK = re.compile(r"\|(?P<name>[^|\s]+)\|[ \t]*$")  # "…  |notes-intro|", ending a line
_SECTION_RULE = re.compile(r"^={3,}[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d+\.)[ \t]")  # nested by its indent
_CODE_OPENING = re.compile(r"(?:^|(?<=[ \t]))>(?:[a-z0-9]+)?[ \t]*$")  # "config: >vim", ">" alone


def written_as_vim_help(text: str) -> bool:
    """Whether a text file is a Vim help file: it opens with its tag or names the help file type
    in its modeline. Read as text, its questions ended in "~", not "?", and it was refused."""
    lines = text.lstrip("\ufeff").splitlines()
    opening = next((line for line in lines if line.strip()), "")
    return bool(_OPENING_TAG.match(opening)) or any(_MODELINE.match(line) for line in lines[-5:])


def _heading(line: str) -> str | None:
    """A heading's title ("WHERE SHOULD I PUT MY CONFIG?" of "WHERE SHOULD I PUT MY CONFIG? ~"), or None."""
    text = line.strip()
    if not text.endswith("~") or text[-2:-1] not in (" ", "\t"):
        return None
    return text[:-1].rstrip()


def _inline(text: str) -> str:
    """A line of text without its tags, its links as the names they link; a line of a table of
    contents ("1. Introduction ...... |notes-intro|") a link within the page, as Markdown writes
    one, for the contents to be left out as Markdown's are."""
    if listed := _contents_line(text):
        return "- [{}](#{})".format(*listed)
    return _LINK.sub(r"\g<name>", _TAG.sub("", text)).rstrip()


def _contents_line(line: str) -> tuple[str, str] | None:
    """A table of contents' line as the section it names and the tag it links to ("1. Introduction
    ...... |notes-intro|": its name, then dots or two spaces or more, then the link); None for another line."""
    link = _TRAILING_LINK.search(line)
    if link is None:
        return None
    before = line[: link.start()].rstrip(" \t")
    name = before.rstrip(".").rstrip(" \t")
    apart = len(before) - len(before.rstrip(".")) >= 2 or link.start() - len(before) >= 2
    return (name.strip(), link.group("name")) if apart and name.strip() and "|" not in name else None


def _code_end(lines: list[str], start: int) -> int:
    """The index of the line that ends the code block opened above ``start``: one opening with
    ``<``, or text at the margin (``len(lines)`` when none does)."""
    return next((end for end in range(start, len(lines)) if lines[end][:1] not in ("", " ", "\t")), len(lines))


def _spare(out: list[str], after: list[str]) -> bool:
    """Whether a blank line, between the lines written so far and the line ``after`` it, separates
    nothing Markdown needs apart: it follows a blank line or a code fence, or comes before a
    heading or a section's rule (a heading needs no blank line over it)."""
    follows = out[-1] if out else ""
    before = after[0] if after else ""
    return not follows.strip() or follows.startswith("```") or _heading(before) is not None or bool(_SECTION_RULE.match(before))


def vim_help_as_markdown(lines: list[str]) -> list[str]:
    """A Vim help file's lines written as Markdown, line for line where it can be (see the module docstring)."""
    out: list[str] = []
    owed = 0  # lines written beyond the file's, to leave out at a doubled blank line
    section = False  # a rule was drawn: the next line of text names the section
    index = 0
    while index < len(lines):
        line = lines[index]
        if index == 0 and _OPENING_TAG.match(line) or _MODELINE.match(line) or _SECTION_RULE.match(line):
            out.append("")
            section = section or bool(_SECTION_RULE.match(line))
        elif not line.strip():
            if owed and _spare(out, lines[index + 1 : index + 2]):
                owed -= 1
            else:
                out.append("")
        elif section:
            out.append("## " + _inline(line).strip())
            section = False
        elif (title := _heading(line)) is not None:
            out.append("### " + _inline(title))
        elif opening := _CODE_OPENING.search(line):
            end = _code_end(lines, index + 1)
            text = _inline(line[: opening.start()])
            closing = end < len(lines) and lines[end].startswith("<")
            block = ["```", *lines[index + 1 : end], "```"]
            out += [text, *block] if text.strip() else block
            written = len(block) + bool(text.strip())
            consumed = end + closing - index
            owed += written - consumed
            if closing and lines[end][1:].strip():
                out.append(_inline(lines[end][1:]))  # text after the "<" that closed the block
                owed += 1
            index = end + closing
            continue
        else:
            out.append(_inline(line) if _LIST_ITEM.match(line) else _inline(line).lstrip())  # layout, not code: "      NVIM REFERENCE MANUAL"
        index += 1
    return out
