"""Wiki markup: the FAQ pages wikis keep (MediaWiki, MoinMoin, Trac, DokuWiki, Google Code's
``FAQ.wiki``) and WordPress plugins' ``readme.txt``, read as the Markdown they would be.

A title between equals signs (``== How do I join? ==``) is a heading, so a question titled so is
an entry and a title over question titles a category, exactly as in Markdown (see
:mod:`faqbot.corpus.markdown_faq`). Most wikis nest a title deeper the more signs it has; a
WordPress readme and DokuWiki the other way round (``=== Plugin ===`` over ``== Frequently Asked
Questions ==`` over ``= Is it free? =``), told by where the questions are: a page's questions are
its deepest titles. A page's ``#summary`` is its title; its other processing instructions
(``#labels``, ``#pragma``), tables of contents (``<wiki:toc>``, ``<<TableOfContents>>``,
``__TOC__``) and notes to its editors (``<wiki:comment>``) are left out. The markup answers are
written in becomes clean text: code blocks (``{{{ … }}}``, ``<pre>``, ``<code>``) stay code;
``'''bold'''`` and ``''italic''`` are Markdown's; a link (``[https://… the form]``,
``[[https://…|the form]]``) keeps a web address, a link to another wiki page its text; lists are
Markdown's, however deep; a table (``|| a || b ||``) is one line per row. Every line keeps its
number, so entries name the line of their title.
"""

from __future__ import annotations

import re
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, read_text
from faqbot.corpus.html_text import LINKED
from faqbot.corpus.markdown_faq import fenced, listed_rows, markdown_entries

_DEEPEST_HEADING = 6
_INSTRUCTION = re.compile(r"^#(?P<name>[a-z]+)\b[ \t]*(?P<value>.*)$|^##")  # "#summary FAQ", "#pragma …", a "## comment", at the page's top
# A code block's opening line: "{{{#!python", '<source lang="bash">', DokuWiki's "<code bash>".
_CODE_OPENING = re.compile(r"^(?:\{\{\{(?:#!\S*)?|<(?P<tag>pre|source|syntaxhighlight|code|file)\b[^<>]*>)$", re.IGNORECASE)
_COMMENT_OPENING = re.compile(r"^<wiki:comment>$", re.IGNORECASE)  # Google Code's note to the page's editors, to "</wiki:comment>"
_LIST_ITEM = re.compile(r"^(?P<marks>[*#]+)[ \t]+(?P<text>\S.*)$")  # MediaWiki's "* item", "## step two", at the margin
_INDENTED_ITEM = re.compile(r"^(?P<indent>[ \t]+)(?P<mark>[*#]|\d+\.)[ \t]+(?P<text>\S.*)$")  # MoinMoin's, Trac's, Google Code's " * item"
_TABLE_ROW = re.compile(r"^[ \t]*\|\|(?P<cells>.*)\|\|[ \t]*$")  # "|| New || Not reviewed yet ||"
_TABLE_OF_CONTENTS = re.compile(r"<wiki:toc\b[^<>]*>|<<TableOfContents(?:\([^()]*\))?>>|\[\[TOC(?:\([^()]*\))?\]\]|__(?:NO|FORCE)?TOC__", re.IGNORECASE)
_INLINE_CODE = re.compile(r"\{\{\{(?P<code>(?:[^{}]|\{(?!\{\{)|\}(?!\}\}))++)\}\}\}")  # "{{{code}}}"; another "{{{" ends the search
_BOLD_ITALIC = re.compile(r"'''''(?P<text>.+?)'''''")
_BOLD = re.compile(r"'''(?P<text>.+?)'''")
_ITALIC = re.compile(r"''(?P<text>.+?)''")
_DOUBLE_LINK = re.compile(r"\[\[(?P<target>[^\[\]|]+)(?:\|(?P<text>[^\[\]]*))?\]\]")  # "[[https://…|the form]]", "[[Fees]]"
# "[https://… the form]", and Google Code's "[WikiPage its text]": a page named in CamelCase. Not
# Markdown's "[the form](https://…)", which a WordPress readme writes.
_SINGLE_LINK = re.compile(r"\[(?P<target>(?:https?://|mailto:|ftp://)[^\s\[\]]+|[A-Z][a-z]+[A-Z]\w*)(?:[ \t]+(?P<text>[^\[\]]+))?\](?!\()")
_ESCAPED_WIKI_WORD = re.compile(r"!(?=[A-Z][a-z]+[A-Z])")  # "!TortoiseGit": a CamelCase word not linked
_MACRO = re.compile(r"<<[^<>]*>>")  # MoinMoin's "<<BR>>", "<<Anchor(fees)>>"


def _heading(line: str) -> tuple[int, str] | None:
    """A title line's number of equals signs and its title ("== Is it free? ==" → (2, "Is it
    free?")); None for any other line. A title's closing signs need not match its opening ones,
    as wikis do not require it."""
    text = line.strip()
    opening, closing = len(text) - len(text.lstrip("=")), len(text) - len(text.rstrip("="))
    title = text[opening : len(text) - closing].strip()
    return (opening, title) if 1 <= opening <= _DEEPEST_HEADING and closing and title else None


def written_as_wiki(text: str) -> bool:
    """Whether a text file is wiki markup saved as text (a WordPress plugin's readme.txt, a wiki
    page copied out): two titles or more between equals signs, one of them asking. Read as text,
    each question's line ended in "=", not "?", and opened no entry."""
    titles = [heading[1] for line in text.splitlines() if (heading := _heading(line))]
    return len(titles) >= 2 and any(map(asks, titles))


def _levels(headings: list[tuple[int, str]]) -> dict[int, int]:
    """Each number of signs a page's titles have, with the Markdown level it is: more signs
    deeper, unless every question has the fewest, as in a WordPress readme."""
    counts = sorted({signs for signs, _ in headings})
    asking = [signs for signs, title in headings if asks(title)]
    order = counts[::-1] if asking and max(asking) == counts[0] else counts
    return {signs: level for level, signs in enumerate(order, start=1)}


def _inline(text: str) -> str:
    """A text line's inline markup in Markdown: code, bold and italic, links; macros left out."""
    text = _INLINE_CODE.sub(lambda m: f"`{m.group('code')}`", text)
    text = _BOLD.sub(r"**\g<text>**", _BOLD_ITALIC.sub(r"***\g<text>***", text))
    text = _ITALIC.sub(r"*\g<text>*", text)
    text = _DOUBLE_LINK.sub(_link, _SINGLE_LINK.sub(_link, text))
    return _MACRO.sub("", _TABLE_OF_CONTENTS.sub("", _ESCAPED_WIKI_WORD.sub("", text)))


def _link(match: re.Match[str]) -> str:
    """A link as Markdown when it leads to a web address or a mailbox, else its text (or the page it names)."""
    target, text = match.group("target").strip(), (match.group("text") or "").strip()
    if target.startswith((*LINKED, "ftp://")):
        return f"[{text}]({target})" if text else target
    return text or target


def _instructions_end(lines: list[str]) -> int:
    """Where the processing instructions at a page's top end ("#summary …", "#labels …")."""
    end = 0
    while end < len(lines) and (not lines[end].strip() or _INSTRUCTION.match(lines[end].lstrip("\ufeff"))):
        end += 1
    return end


def _code_end(lines: list[str], index: int, closing: str) -> int:
    """The index of the line closing the block opened at ``index`` (``len(lines)`` when none does)."""
    return next((end for end in range(index + 1, len(lines)) if lines[end].strip().lower() == closing), len(lines))


def _item(line: str, indents: list[int]) -> str | None:
    """A list item as Markdown's, nested as deep as its marks ("** item") or its indent (" * item"
    under "* item") nest it, given the indents of the items open above it (updated); None for a
    line that is no item."""
    if listed := _LIST_ITEM.match(line):
        marks, text = listed.group("marks"), listed.group("text")
        indents.clear()
        return "  " * (len(marks) - 1) + ("1. " if marks.endswith("#") else "- ") + _inline(text)
    if not (indented := _INDENTED_ITEM.match(line)):
        return None
    indent = len(indented.group("indent").expandtabs())
    while indents and indents[-1] > indent:
        indents.pop()
    if not indents or indents[-1] < indent:
        indents.append(indent)
    numbered = indented.group("mark") != "*"
    return "  " * (len(indents) - 1) + ("1. " if numbered else "- ") + _inline(indented.group("text"))


def wiki_as_markdown(lines: list[str]) -> list[str]:
    """A wiki page's lines written as Markdown, line for line."""
    start = _instructions_end(lines)
    summary = next((m.group("value") for line in lines[:start] if (m := _INSTRUCTION.match(line.lstrip("\ufeff"))) and m.group("name") == "summary"), "")
    out = ["# " + _inline(summary.strip()) if index == 0 and summary.strip() else "" for index in range(start)]
    headings = {index: heading for index in range(start, len(lines)) if (heading := _heading(lines[index]))}
    levels = {signs: level + bool(summary.strip()) for signs, level in _levels(list(headings.values())).items()}
    indents: list[int] = []  # of the indented list items open above a line
    index = start
    while index < len(lines):
        line = lines[index]
        if opening := _CODE_OPENING.match(line.strip()):
            closing = f"</{opening.group('tag').lower()}>" if opening.group("tag") else "}}}"
            end = _code_end(lines, index, closing)
            out += fenced(lines[index + 1 : end], closed=end < len(lines))
            index = end + 1
            continue
        if _COMMENT_OPENING.match(line.strip()):
            end = min(_code_end(lines, index, "</wiki:comment>") + 1, len(lines))
            out += [""] * (end - index)
            index = end
            continue
        if index in headings:
            signs, title = headings[index]
            out.append("#" * min(levels[signs], _DEEPEST_HEADING) + " " + _inline(title))
        elif _TABLE_ROW.match(line):
            end = next((end for end in range(index, len(lines)) if not _TABLE_ROW.match(lines[end])), len(lines))
            rows = [[_inline(cell.strip()) for cell in _TABLE_ROW.match(row).group("cells").split("||")] for row in lines[index:end]]
            out += listed_rows(rows, end - index)
            index = end
            continue
        elif (item := _item(line, indents)) is not None:
            out.append(item)
        else:
            if line.strip() and not line[:1].isspace():
                indents.clear()
            out.append(_inline(line.strip() if indents else line))
        index += 1
    return out


def read_wiki_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a wiki page's FAQ: its titles between equals signs are headings as in Markdown."""
    return markdown_entries(wiki_as_markdown(read_text(path).splitlines()), path)
