"""Org mode: the FAQ files Emacs users keep (``FAQ.org``, Worg's ``org-faq.org``), read as the
Markdown they would be.

Headlines (``* Installation``, ``** How do I join?``) are headings, so a question headline is an
entry and a headline over question headlines a category, exactly as in Markdown (see
:mod:`faqbot.corpus.markdown_faq`); ``#+TITLE:`` is the document's title, and bold paragraphs and
description items that ask (``- Is it free? :: Yes.``) are questions too. A headline's TODO
keyword, priority and tags are not part of it, and a subtree marked ``COMMENT`` or
``:noexport:`` is left out, as Org leaves it out of every export. Source and example blocks and
fixed-width lines (``: …``) stay code; a link (``[[https://…][the form]]``) keeps a web address,
and a link within the file or to another file its text (wrapped over two lines or not); footnotes are Markdown's; ``=verbatim=`` and ``~code~`` are code,
``*bold*`` and ``/italic/`` Markdown's;
a table is one line per row. Keywords (``#+OPTIONS:``), comments, property drawers and planning
lines are left out, and ``#+INCLUDE:`` is never followed. Every line keeps its number, so
entries name the line of their headline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, read_text
from faqbot.corpus.html_text import LINKED
from faqbot.corpus.markdown_faq import fenced, listed_rows, markdown_entries
from faqbot.corpus.wrapped_lines import markup_made_whole

_HEADLINE = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<text>.*)$")
_TODO = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED|STARTED|SOMEDAY)[ \t]+")  # a task's state before its title
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\][ \t]+")
_TAGS = re.compile(r"(?<![ \t])[ \t]+:(?P<tags>[\w@#%:]+):$")  # "… :faq:install:" at a headline's end
_LEFT_OUT_TAGS = {"noexport", "ARCHIVE"}
_COMMENTED = "COMMENT"  # a headline opening with it is left out of exports, with its subtree
_KEYWORD = re.compile(r"^[ \t]*#\+(?P<name>[\w-]+):(?P<value>.*)$")  # "#+TITLE: …", "#+OPTIONS: …"
_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+begin_(?P<kind>\w+)\b", re.IGNORECASE)
_BLOCK_END = re.compile(r"^[ \t]*#\+end_\w+\b", re.IGNORECASE)
_CODE_BLOCKS = {"src", "example"}
_HIDDEN_BLOCKS = {"comment"}
_RAW_BLOCKS = {"export", "html"}
_ADMONITIONS = {"note", "tip", "warning", "important", "caution"}
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")  # "# a note to the authors"
_DRAWER = re.compile(r"^[ \t]*:(?P<name>[\w-]+):[ \t]*$")  # ":PROPERTIES:" … ":END:"
_CUSTOM_ID = re.compile(r"^[ \t]*:CUSTOM_ID:[ \t]*(\S+)")  # a headline's name for links, in its property drawer
_PLANNING = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
_FIXED_WIDTH = re.compile(r"^[ \t]*:(?:[ \t]|$)")  # ": output as printed"
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+|: \t]*$")  # "|---+---|" between a table's rows
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-+]|\d+[.)])[ \t]+(?P<text>.*)$")  # "- Is it free? :: Yes." (a description item)
_TERM_MARK = " ::"
_LINK = re.compile(r"\[\[(?P<target>[^\[\]]+)\](?:\[(?P<text>[^\[\]]*)\])?\]")  # "[[https://…][the form]]", "[[#install]]"
# "=make=", "~M-x org-info~", "~~/init.el~": any text up to the mark that ends a word (bounded, so a
# line of marks is read in linear time).
_VERBATIM = re.compile(r"(?<![\w=~])(?P<mark>[=~])(?=\S)(?P<code>.{0,500}?\S)(?P=mark)(?![\w=~])")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*]*?\S)\*(?![\w*])")  # "*bold*"
# "/italic/", not a path ("/etc/hosts", "and/or") nor within an address ("https://a.org/faq/").
_ITALIC = re.compile(r"(?<![\w/:])/(?=[^\s/])(?P<text>[^/]*?[^\s/])/(?![\w/])")
_LINE_BREAK = re.compile(r"(?<![ \t])[ \t]*\\\\[ \t]*$")  # "a line \\": a break kept in the paragraph
_EXPORT_SNIPPET = re.compile(r"@@[\w-]+:.*?@@")  # "@@html:<br>@@": for one exporter only
_HELD = re.compile("\x00(\\d{1,9})\x00")  # where a link was set aside while emphasis is read
# A footnote's definition at a line's start ("[fn:1] Members pay."), under the "Footnotes" headline
# Org files them in, and a reference to one ("[fn:1]"), or a footnote written where it is cited
# ("[fn::Members pay.]", "[fn:fee:Members pay.]").
_FOOTNOTE = re.compile(r"^\[fn:(?P<label>[\w-]+)\][ \t]*(?P<text>.*)$")
_FOOTNOTE_REFERENCE = re.compile(r"\[fn:(?P<label>[\w-]*)(?::(?P<text>[^\[\]]*))?\]")
_FOOTNOTES_HEADLINE = "footnotes"


def _headline(text: str) -> tuple[str, bool]:
    """A headline's title without its TODO keyword, priority and tags, and whether Org leaves its subtree out."""
    tags = _TAGS.search(text)
    left_out = bool(tags and _LEFT_OUT_TAGS & set(tags.group("tags").split(":")))
    title = _PRIORITY.sub("", _TODO.sub("", text[: tags.start()] if tags else text)).strip()
    return title, left_out or title == _COMMENTED or title.startswith(_COMMENTED + " ")


def _link(match: re.Match[str], titles: dict[str, str]) -> str:
    """A link as Markdown when it leads to a web address or a mailbox, else its text (or, within the
    file, the title of the headline it names)."""
    target, text = match.group("target").strip(), match.group("text")
    if target.startswith(LINKED):
        return f"[{text}]({target})" if text else target
    return text or titles.get(target.lstrip("#*").casefold(), target.lstrip("#*"))


def _inline(line: str, titles: dict[str, str]) -> str:
    """A text line's inline markup in Markdown: links, ``=verbatim=`` and ``~code~``, bold, italic."""
    line = _EXPORT_SNIPPET.sub("", _LINE_BREAK.sub("", line))
    pieces = _VERBATIM.split(line)  # text, then mark and code, then text …
    out = []
    for number in range(0, len(pieces), 3):
        out.append(_text_markup(pieces[number], titles))
        if number + 2 < len(pieces):
            code = pieces[number + 2]
            ticks = "`" * max([1, *(len(run) + 1 for run in re.findall(r"`+", code))])
            out.append(f"{ticks}{code}{ticks}" if ticks == "`" else f"{ticks} {code} {ticks}")  # backticks in it stay code
    return "".join(out)


def _text_markup(text: str, titles: dict[str, str]) -> str:
    """Text's links, footnote references, bold and italic in Markdown. Links are set aside while
    emphasis is read: "/How do I use [[https://…][it]]?/" is in italics over its link, whose address
    stopped them being read."""
    links: list[str] = []

    def held(match: re.Match[str]) -> str:
        links.append(_link(match, titles))
        return f"\x00{len(links) - 1}\x00"

    text = _FOOTNOTE_REFERENCE.sub(_footnote_reference, _LINK.sub(held, text))
    emphasised = _ITALIC.sub(r"*\g<text>*", _BOLD.sub(r"**\g<text>**", text))
    return _HELD.sub(lambda m: links[int(m.group(1))] if int(m.group(1)) < len(links) else m.group(), emphasised).replace("<", "\\<")


def _footnote_reference(match: re.Match[str]) -> str:
    """A footnote reference as Markdown's (``[^1]``), whose definition the Markdown reader writes out
    under the answer; a footnote written where it is cited, in brackets there."""
    text = match.group("text")
    return f"[^{match.group('label')}]" if text is None else f" ({text.strip()})"


def _footnote(lines: list[str], index: int, note: re.Match[str], titles: dict[str, str]) -> list[str]:
    """A footnote's definition as Markdown's (``[^1]: …``), its lines down to a blank one indented under it."""
    end = index + 1
    while end < len(lines) and lines[end].strip() and not _HEADLINE.match(lines[end]) and not _FOOTNOTE.match(lines[end]):
        end += 1
    return [f"[^{note.group('label')}]: {_inline(note.group('text'), titles)}", *("    " + _inline(line.strip(), titles) for line in lines[index + 1 : end])]


def _titles(lines: list[str]) -> dict[str, str]:
    """Each headline's title by the names a link gives it: its title and its ``CUSTOM_ID``."""
    titles, last = {}, None
    for line in lines:
        if headline := _HEADLINE.match(line):
            last = _headline(headline.group("text"))[0]
            titles[last.casefold()] = last
        elif last and (custom := _CUSTOM_ID.match(line)):
            titles[custom.group(1).casefold()] = last
    return titles


def _block_end(lines: list[str], index: int, kind: str) -> int:
    """The line that closes the block opened at ``index`` (``#+end_src``), or the end."""
    closing = re.compile(rf"^[ \t]*#\+end_{re.escape(kind)}\b", re.IGNORECASE)
    return next((i for i in range(index + 1, len(lines)) if closing.match(lines[i])), len(lines))


def _drawer_end(document: _Document, index: int) -> int | None:
    """The ``:END:`` line of a drawer opening at ``index``, or None when none closes it before the next headline."""
    after = bisect.bisect_right(document.closings, index)
    if after == len(document.closings):
        return None
    end = document.closings[after]
    following = bisect.bisect_right(document.headlines, index)
    return end if following == len(document.headlines) or end < document.headlines[following] else None


def _subtree_end(document: _Document, index: int, level: int) -> int:
    """Where the subtree of the headline at ``index`` (of ``level`` stars) ends."""
    following = document.headlines[bisect.bisect_right(document.headlines, index) :]
    return next((i for i in following if len(_HEADLINE.match(document.lines[i]).group("stars")) <= level), len(document.lines))


def _block(lines: list[str], index: int, kind: str) -> list[str]:
    """The Markdown lines of the ``#+begin_…`` block at ``index``: a code, hidden or raw block
    through its end line; of a block holding text (a quote, a note) its opening line alone, its
    text read on as the rest of the document is."""
    if kind not in _CODE_BLOCKS | _HIDDEN_BLOCKS | _RAW_BLOCKS:
        return [f"{kind.capitalize()}:" if kind in _ADMONITIONS else ""]  # "#+begin_note": the note's name over its text
    end = _block_end(lines, index, kind)
    body = lines[index + 1 : end]
    closing = [""] if end < len(lines) else []
    if kind in _HIDDEN_BLOCKS:
        return [""] * (len(body) + 1 + len(closing))
    if kind in _RAW_BLOCKS:
        return ["", *body, *closing]
    return fenced(body, closed=bool(closing))


def _table(lines: list[str], index: int, titles: dict[str, str]) -> list[str]:
    """A table's lines from ``index`` as a Markdown list of its rows, one line each with its cells
    apart ("- Adult | 40 euros"), then blank lines for its rules ("|---+---|")."""
    end = next((i for i in range(index, len(lines)) if not _TABLE_ROW.match(lines[i])), len(lines))
    rows = [line.strip().strip("|").split("|") for line in lines[index:end] if not _TABLE_RULE.match(line)]
    return listed_rows([[_inline(cell.strip(), titles) for cell in cells] for cells in rows], end - index)


def _description(item: re.Match[str], titles: dict[str, str]) -> str | None:
    """A description item in Markdown (``- term :: text``): a question in bold when its term asks
    (``- **Is it free?** Yes.``), else ``- term: text``; None for another list item."""
    term, marked, text = item.group("text").partition(_TERM_MARK + " ")
    if not marked:
        if not item.group("text").endswith(_TERM_MARK):
            return None
        term, text = item.group("text")[: -len(_TERM_MARK)], ""
    term, text = _inline(term.strip(), titles), _inline(text.strip(), titles)
    shown = f"**{term}**" if asks(term) else f"{term}:"
    return f"{item.group('indent')}- {shown} {text}".rstrip()


def _dedented(lines: list[str]) -> list[str]:
    """``lines`` with each section's body moved left as far as its least indented line: Org may
    indent a headline's text under its title, which Markdown would read as code. Keywords and
    comments, which show nothing, are left out of the measure: written at the margin among
    indented text ("#+index: Link" in Worg's FAQ), they would keep it indented."""
    out, start = list(lines), 0
    for end in [*(i for i, line in enumerate(lines) if _HEADLINE.match(line)), len(lines)]:
        body = [line for line in lines[start:end] if line.strip() and not (_HEADLINE.match(line) or _KEYWORD.match(line) or _COMMENT.match(line))]
        shift = min((_indent(line) for line in body), default=0)
        if shift:
            out[start:end] = [line if _HEADLINE.match(line) else line[min(shift, _indent(line)) :] if line.strip() else "" for line in lines[start:end]]
        start = end
    return out


def _indent(line: str) -> int:
    """How far a line is indented, in characters."""
    return len(line) - len(line.lstrip())


@dataclass(frozen=True)
class _Document:
    """An Org document's lines with what reading them looks up: headline titles by name, and where
    drawers close and headlines open."""

    lines: list[str]
    titles: dict[str, str]
    closings: list[int]  # the ":END:" lines
    headlines: list[int]

    @classmethod
    def of(cls, lines: list[str]) -> _Document:
        closings = [i for i, line in enumerate(lines) if line.strip().upper() == ":END:"]
        headlines = [i for i, line in enumerate(lines) if _HEADLINE.match(line)]
        return cls(lines, _titles(lines), closings, headlines)


def _links_unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each link that filling a paragraph wrapped over two lines ("[[https://…][sign
    in to the" / "site]]. Or …") made whole: read line by line, its pieces were left as typed,
    brackets and all (see :func:`faqbot.corpus.wrapped_lines.markup_made_whole`)."""
    lines = list(lines)
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        opening, closing = line.rfind("[["), following.find("]]")
        if opening <= line.rfind("]]") or closing < 0 or _HEADLINE.match(line) or _HEADLINE.match(following):
            continue
        markup_made_whole(lines, index, opening, closing + 2)
    return lines


def org_as_markdown(lines: list[str]) -> list[str]:
    """An Org document's lines written as Markdown, line for line."""
    document = _Document.of(_dedented(_links_unwrapped(lines)))
    out: list[str] = []
    index = 0
    while index < len(lines):
        block, index = _converted(document, index)
        out += block
    return out


def _converted(document: _Document, index: int) -> tuple[list[str], int]:
    """The Markdown lines of the block or line at ``index``, and the index after them."""
    lines, titles, line = document.lines, document.titles, document.lines[index]
    if headline := _HEADLINE.match(line):
        level = len(headline.group("stars"))
        title, left_out = _headline(headline.group("text"))
        if left_out:
            end = _subtree_end(document, index, level)
            return [""] * (end - index), end
        if title.casefold() == _FOOTNOTES_HEADLINE:  # its footnotes are written out under the answers citing them
            return [""], index + 1
        return ["#" * min(level + 1, 6) + " " + _inline(title, titles)], index + 1  # under the "#" of #+TITLE, as Org exports them
    if begin := _BLOCK_BEGIN.match(line):
        block = _block(lines, index, begin.group("kind").lower())
        return block, index + len(block)
    if _BLOCK_END.match(line):  # of a block holding text
        return [""], index + 1
    if keyword := _KEYWORD.match(line):
        title = keyword.group("name").lower() == "title" and keyword.group("value").strip()
        return ["# " + _inline(title, titles) if title else ""], index + 1
    if (drawer := _DRAWER.match(line)) and drawer.group("name").upper() != "END" and (end := _drawer_end(document, index)) is not None:
        return [""] * (end + 1 - index), end + 1
    if _COMMENT.match(line) or _PLANNING.match(line) or _RULE.match(line):
        return [""], index + 1
    if _TABLE_ROW.match(line):
        rows = _table(lines, index, titles)
        return rows, index + len(rows)
    if _FIXED_WIDTH.match(line):
        return ["    " + line.strip()[2:]], index + 1
    if note := _FOOTNOTE.match(line):
        block = _footnote(lines, index, note, titles)
        return block, index + len(block)
    if (item := _ITEM.match(line)) and (description := _description(item, titles)) is not None:
        return [description], index + 1
    return [_inline(line, titles)], index + 1


def read_org_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse an Org FAQ: its headlines are headings as in Markdown."""
    return markdown_entries(org_as_markdown(read_text(path).splitlines()), path)
