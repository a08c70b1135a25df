"""AsciiDoc: the FAQ pages of Asciidoctor and Antora documentation, read as the Markdown they would be.

Section titles (``== How do I join?``, or a title underlined with ``-``, ``~``, ``^``) are headings,
so a question titled so is an entry and a title over question titles a category, exactly as in
Markdown (see :mod:`faqbot.corpus.markdown_faq`); and so are bold paragraphs that ask
(``*How do I join?*``), a description list's terms that ask (``Is it free?:: Yes.``), every
term of a ``[qanda]`` list and a block's title that asks (``.How do I join?`` over its block, folded or not). The markup answers are written in becomes clean text: listing and
literal blocks (``----``, ``....``) and indented literal paragraphs stay code; a link
(``https://…[the form]``, ``link:…[…]``, ``mailto:…[…]``) keeps a web address; a cross reference
(``<<fees,Fees>>``) its text, or the title of the section it names; an attribute reference
(``{product}``) the value the file gives it; an admonition (``NOTE:``, ``[TIP]`` over a block) its
text under its name; a table one line per row. The document header (author and revision lines,
attribute entries), comments, block attributes and anchors, and what only steers the build
(``include::``, ``toc::[]``, ``image::``, ``ifdef::``) are left out; an ``include::`` is never
followed. Every line keeps its number, so entries name the line of their title.
"""

from __future__ import annotations

import csv
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, read_text
from faqbot.corpus.html_text import LINKED
from faqbot.corpus.markdown_faq import fenced, listed_rows, markdown_entries

_SECTION = re.compile(r"^(?P<marks>={1,6}|#{1,6})[ \t]+(?P<title>\S.*)$")  # "== How do I join?" (or "== … ==")
_UNDERLINE = re.compile(r"^(?P<mark>[=~^+-])(?P=mark)+[ \t]*$")  # under a title, as older AsciiDoc wrote sections
_UNDERLINE_LEVELS = "=-~^+"  # the document title, then each level below it
_ATTRIBUTE_ENTRY = re.compile(r"^:!?(?P<name>\w[\w-]*)!?:(?:[ \t]+(?P<value>.*\S))?[ \t]*$")  # ":product: Acme", ":toc:"
_COMMENT = re.compile(r"^//(?!//+[ \t]*$)")  # "// a note to the authors", not the "////" around a comment block
_CONDITIONAL = re.compile(r"^(?:ifn?def|ifeval|endif)::")  # "ifdef::env-github[]": what shows where; both branches are kept
_BLOCK_MACRO = re.compile(r"^[a-z][\w-]*::[^\s\[]*\[.*\][ \t]*$")  # "image::tower.png[]", "toc::[]", "include::other.adoc[]"
_BLOCK_ATTRIBUTES = re.compile(r"^\[(?P<attributes>[^\[\]]*)\][ \t]*$")  # "[source,groovy]", "[NOTE]", "[qanda]", "[#join]"
_ANCHOR = re.compile(r"^\[\[(?P<id>[^\[\],]+)[^\[\]]*\]\][ \t]*$")  # "[[join]]" over a title
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")  # ".Sample pipeline" over a block
_BREAK = re.compile(r"^(?:'{3,}|<<<|-(?:[ \t]*-){2}|\*(?:[ \t]*\*){2}|={3})[ \t]*$")  # a thematic or page break
_DELIMITER = re.compile(r"^(?P<delimiter>-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--|[|,:!]={3,})[ \t]*$")
_MAX_NESTING = 16  # blocks within blocks read as such; deeper delimiters are left out, so a crafted file cannot exhaust the stack
_TABLE_SEPARATORS = "|,:!"  # "|===" opens a table, ",===" one of comma-separated values
_FENCE = re.compile(r"^(?P<marks>`{3,})")  # a Markdown code fence, which Asciidoctor reads too
_LIST_ITEM = re.compile(r"^[ \t]*(?P<marks>\*{1,5}|-|\.{1,5}|\d+\.)[ \t]+(?P<text>\S.*)$")  # "* Bring", "** a towel", ". Log in"
_CALLOUT = re.compile(r"^<(?:\d+|\.)>[ \t]+(?P<text>\S.*)$")  # "<1> explains a code line marked <1>"
_TERM = re.compile(r"^(?P<term>[^\s/\[].*?)(?::{2,4}|;;)(?:[ \t]+(?P<text>\S.*))?$")  # "Is it free?:: Yes." (or the answer below)
# Words at least in a term that states a problem rather than asks, read as a question where other
# terms of the file ask ("HELP! My code formatter keeps breaking my directives!"); a shorter one
# ("Linux", "Opening hours") is a line of an answer.
_STATED_PROBLEM_WORDS = 4
_ADMONITION = re.compile(r"^(?P<label>NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_ADMONITIONS = {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"}
_CODE_STYLES = {"source", "listing", "literal"}  # "[source,ruby]" over a paragraph: code without delimiters
# What a delimited block holds, by its delimiter's character: listing ("----") and literal
# ("....") blocks code, a comment block ("////") nothing shown, a passthrough block ("++++") HTML as
# written; example ("===="), sidebar ("****"), quote ("____") and open ("--") blocks text.
_BLOCK_KINDS = {"-": "code", ".": "code", "/": "comment", "+": "raw"}
# Inline markup, as Asciidoctor substitutes it: bold, then attribute references, then macros.
_BOLD = re.compile(r"(?<![\w*\\])\*(?=\S)(?P<text>[^*]*?\S)\*(?![\w*])")  # "*bold*"; "**bold**" is Markdown's already
_PASSTHROUGH = re.compile(r"(?<![\w+\\])(?P<marks>\+{1,3})(?=\S)(?P<text>[^+]*?\S)(?P=marks)(?![\w+])")  # "+{not an attribute}+"
_ATTRIBUTE_REFERENCE = re.compile(r"(?<!\\)\{(?P<name>\w[\w-]*)\}")
_URL = re.compile(r"(?<![\w/:.])(?P<url>(?:https?|ftp|irc)://[^\s\[\]<>]+|mailto:[^\s\[\]<>]+)\[(?P<text>[^\]]*)\]")  # "https://…[the form]"
_LINK = re.compile(r"(?<![\w-])link:(?P<target>[^\s\[\]]+)\[(?P<text>[^\]]*)\]")  # "link:history.html[How it began]"
_ANGLED_URL = re.compile(r"<(?P<url>(?:https?|ftp)://[^\s<>]+)>")
_CROSS_REFERENCE = re.compile(r"<<(?P<target>[^<>,]+)(?:,[ \t]*(?P<text>[^<>]+))?>>")  # "<<fees,Fees>>", "<<fees>>"
_XREF = re.compile(r"(?<![\w-])xref:(?P<target>[^\s\[\]]+)\[(?P<text>[^\]]*)\]")  # "xref:billing.adoc#fees[Fees]"
_INLINE_MACRO = re.compile(r"(?<![\w-])(?P<name>kbd|btn|menu|footnote|footnoteref|icon|image|pass|stem|latexmath|asciimath|anchor|indexterm2?):(?P<target>[^\s\[\]]*)\[(?P<text>[^\]]*)\]")
_SHOWN_MACROS = {"kbd", "btn", "pass", "stem", "latexmath", "asciimath", "indexterm2"}  # shown as their text
_INLINE_ANCHOR = re.compile(r"\[\[[^\s\[\]]*\]\]|\[#[^\s\[\]]*\](?![#(])")  # "[[join]]", "[#join]": a place to link to, not text ("[#1215](…)" is a link's)
_ROLE_SPAN = re.compile(r"\[[.#][^\[\]]*\]#(?P<text>[^#]+)#")  # "[.underline]#text#"
_HIGHLIGHT = re.compile(r"(?<![\w#&\\])#(?=\S)(?P<text>[^#]*?\S)#(?![\w#])")  # "#marked#"
_LINK_TEXT_ATTRIBUTES = re.compile(r",[ \t]*\w+=.*$")  # "[the form,window=_blank]"
_HARD_BREAK = re.compile(r"[ \t]\+[ \t]*$")  # "a line +": a line break kept in the paragraph
_EM_DASH = re.compile(r"(?<=\s)--(?=\s|$)")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_CELL_SPEC = re.compile(r"(?:^|(?<=\s))(?:\d+[*+])?(?:\.\d+\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?$")  # "2+", "a", "^.^" before a cell's bar
_COLUMNS = re.compile(r"""\bcols\s*=\s*["']?(?P<columns>[^"',\]]*(?:,[^"',\]]*)*)""")
# The values of the attributes AsciiDoc defines for the characters its markup uses.
_CHARACTER_ATTRIBUTES = {
    "nbsp": " ", "sp": " ", "empty": "", "blank": "", "zwsp": "", "wj": "", "apos": "'", "quot": '"', "lsquo": "‘", "rsquo": "’",
    "ldquo": "“", "rdquo": "”", "deg": "°", "plus": "+", "brvbar": "¦", "vbar": "|", "amp": "&", "lt": "<", "gt": ">",
    "startsb": "[", "endsb": "]", "caret": "^", "asterisk": "*", "tilde": "~", "backslash": "\\", "backtick": "`",
    "two-colons": "::", "two-semicolons": ";;", "cpp": "C++", "cxx": "C++", "pp": "++",
}


@dataclass(frozen=True)
class _Names:
    """What a document names, for its text to show: its attributes' values and its sections' titles by id."""

    attributes: dict[str, str]
    titles: dict[str, str]

    def inline(self, text: str) -> str:
        """``text``'s inline markup in Markdown: bold, attribute references, links and macros."""
        pieces = _HARD_BREAK.sub("", text).split("`")  # a backtick closed later opens code, as Markdown pairs them
        return "`".join(piece if number % 2 and number < len(pieces) - 1 else self._outside_code(piece) for number, piece in enumerate(pieces))

    def _outside_code(self, text: str) -> str:
        """Text outside inline code in Markdown; ``<`` is escaped, as AsciiDoc writes no HTML in text."""
        text = _PASSTHROUGH.sub(lambda m: m.group("text"), _BOLD.sub(r"**\g<text>**", text))
        text = _ATTRIBUTE_REFERENCE.sub(lambda m: self.attributes.get(m.group("name").lower(), m.group()), text)
        text = _URL.sub(lambda m: _markdown_link(m.group("url"), m.group("text")), text)
        text = _LINK.sub(lambda m: _markdown_link(m.group("target"), m.group("text")), text)
        text = _XREF.sub(lambda m: _link_text(m.group("text")) or self._title(m.group("target")), text)
        text = _CROSS_REFERENCE.sub(lambda m: _link_text(m.group("text") or "") or self._title(m.group("target")), text)
        text = _ANGLED_URL.sub(r"\g<url>", _INLINE_MACRO.sub(_macro_text, text))
        text = _HIGHLIGHT.sub(r"\g<text>", _ROLE_SPAN.sub(r"\g<text>", _INLINE_ANCHOR.sub("", text)))
        return _EM_DASH.sub("—", text).replace("<", "\\<")

    def _title(self, target: str) -> str:
        """What a cross reference without text shows: the title of the section it names, else the name in words."""
        place = target.rsplit("#", 1)[-1]
        return self.titles.get(_id_key(place)) or place.strip("_").replace("_", " ").replace("-", " ")


def _id_key(name: str) -> str:
    """An id as compared: "_how_do_i_join", "how-do-i-join" and "How do I join?" are the same section's."""
    return "_".join(re.findall(r"[^\W_]+", name.casefold()))


def _link_text(text: str) -> str:
    """A link's text as shown: without the ``^`` that opens it in a new window or its named attributes."""
    text = _LINK_TEXT_ATTRIBUTES.sub("", text).strip().removesuffix("^").strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == '"' else text  # '"Fees, in full"' quoted for its comma


def _markdown_link(target: str, text: str) -> str:
    """A link as Markdown when it leads to a web address or a mailbox, else its text (a page of the same site)."""
    shown = _link_text(text)
    if not target.startswith(LINKED):  # a page of the same site, a chat room: its text alone
        return shown or target
    return f"[{shown}]({target})" if shown else target.removeprefix("mailto:")


def _macro_text(match: re.Match[str]) -> str:
    """What an inline macro shows: a key's or button's label, a menu's path, a footnote in brackets;
    an icon, anchor or index term nothing, an image its alternative text."""
    name, text = match.group("name"), match.group("text")
    if name == "menu":
        return " > ".join([match.group("target"), *(part.strip() for part in text.split(">") if part.strip())])
    if name in ("footnote", "footnoteref"):
        return f" ({text.strip()})" if text.strip() else ""
    if name == "image":
        return _link_text(text.split(",", 1)[0])
    return text if name in _SHOWN_MACROS else ""


def _section_title(lines: list[str], index: int) -> tuple[int, str] | None:
    """The level and title of a section title at line ``index`` (written ``== Title`` or underlined), or None."""
    line = lines[index]
    if section := _SECTION.match(line):
        marks, title = section.group("marks"), section.group("title").rstrip()
        if title.endswith(" " + marks):  # "== Why NTPsec? ==": closed as it was opened
            title = title[: -len(marks)].rstrip()
        return len(marks), title
    under = _UNDERLINE.match(lines[index + 1]) if index + 1 < len(lines) else None
    if under and line[:1].isalnum() and abs(len(line.rstrip()) - len(lines[index + 1].rstrip())) <= 1:
        return _UNDERLINE_LEVELS.index(under.group("mark")) + 1, line.strip()
    return None


def _section_ids(lines: list[str]) -> dict[str, str]:
    """Each section's title by its ids: the anchor over it (``[[fees]]``, ``[#fees]``) and the one
    Asciidoctor makes from its title (``_how_much_does_it_cost``)."""
    titles, anchor = {}, None
    for index, line in enumerate(lines):
        named = _ANCHOR.match(line) or _BLOCK_ATTRIBUTES.match(line)
        if named:
            text = named.groupdict().get("id") or next((part[1:] for part in re.split(r"[,.]", named.group("attributes")) if part.startswith("#")), None)
            anchor = text or anchor
            continue
        section = _section_title(lines, index) if line.strip() else None
        if section:
            titles[_id_key(section[1])] = section[1]
            if anchor:
                titles[_id_key(anchor)] = section[1]
        if line.strip():
            anchor = None
    return titles


def _attributes(lines: list[str]) -> dict[str, str]:
    """The document's attribute entries (``:product: Acme``) over the characters AsciiDoc names."""
    entries = {m.group("name").lower(): m.group("value") or "" for line in lines if (m := _ATTRIBUTE_ENTRY.match(line))}
    return {**_CHARACTER_ATTRIBUTES, **entries}


def _style(attributes: str) -> str:
    """A block attribute line's style: its first positional attribute ("source" of "[source,ruby]")."""
    first = attributes.split(",", 1)[0].strip()
    return "" if "=" in first else re.split(r"[#.%]", first, maxsplit=1)[0]


def _closing(lines: list[str], start: int, delimiter: str) -> int:
    """The line that closes the block opened on line ``start - 1``: the next line holding the same delimiter (or the end)."""
    return next((index for index in range(start, len(lines)) if lines[index].rstrip() == delimiter), len(lines))


def _delimited(lines: list[str], index: int, delimiter: str, attributes: str, style: str, names: _Names, depth: int) -> tuple[list[str], int]:
    """The Markdown lines of the delimited block opening at ``index``, and the index after it."""
    end = _closing(lines, index + 1, delimiter)
    body = lines[index + 1 : end]
    after = min(end + 1, len(lines))
    kind = "table" if delimiter[0] in _TABLE_SEPARATORS else "text" if delimiter == "--" else _BLOCK_KINDS.get(delimiter[0], "text")
    if kind == "code":
        return fenced(body, closed=end < len(lines)), after
    if kind == "comment":
        return [""] * (after - index), after
    if kind == "table":
        return ["", *_table_rows(body, delimiter[0], attributes, names), ""][: after - index], after
    if kind == "raw":
        return ["", *body, ""][: after - index], after
    opening = f"{style.capitalize()}:" if style in _ADMONITIONS else ""  # "[NOTE]" over "====": the note's name over its text
    return [opening, *adoc_as_markdown(body, names, depth + 1), ""][: after - index], after


def _table_rows(body: list[str], separator: str, attributes: str, names: _Names) -> list[str]:
    """A table's lines as a Markdown list of its rows, one line each with its cells apart
    ("- Adult | 40 euros"), then blank lines for the lines the table took."""
    cells = _csv_cells(body) if separator == "," else _cells(body, separator)
    columns = _COLUMNS.search(attributes)
    first = [next((line for line in body if line.strip()), "")]
    width = max(_column_count(columns.group("columns")) if columns else len(_cells(first, separator)), 1)
    return listed_rows([[names.inline(cell) for cell in cells[start : start + width]] for start in range(0, len(cells), width)], len(body))


def _column_count(columns: str) -> int:
    """How many columns a ``cols`` attribute makes: "1,2" two, "3" three, "2*,1" three."""
    parts = [part.strip() for part in columns.split(",")]
    if len(parts) == 1:
        return int(count.group()) if (count := re.match(r"\d+", parts[0])) else 1
    return sum(int(repeat.group(1)) if (repeat := re.match(r"(\d+)\*", part)) else 1 for part in parts)


def _cells(body: list[str], separator: str) -> list[str]:
    """A table's cells in order: each opens at its bar, a cell's text running on over the lines under it."""
    cells: list[str] = []
    bar = _CELL_BAR if separator == "|" else re.compile(rf"(?<!\\){re.escape(separator)}")
    for line in body:
        if _BLOCK_ATTRIBUTES.match(line) or _DELIMITER.match(line):
            continue  # a block inside a cell ("a|" over "[source]" and "----"): its text alone
        parts = bar.split(line)
        opening = parts[0].strip()
        if opening and cells and (len(parts) == 1 or not _CELL_SPEC.fullmatch(opening)):  # "a|": the next cell's spec
            cells[-1] = f"{cells[-1]} {opening}".strip()
        for number, part in enumerate(parts[1:], 1):
            text = _CELL_SPEC.sub("", part) if number < len(parts) - 1 else part  # a spec before the next bar is that cell's
            cells.append(text.strip())
    return cells


def _csv_cells(body: list[str]) -> list[str]:
    """A CSV table's (``,===``) cells in order."""
    return [cell.strip() for row in csv.reader(line for line in body if line.strip()) for cell in row]


@dataclass
class _State:
    """Where the conversion is: the block attributes given the next block, whether a ``[qanda]``
    list is open, how wide each open list item's mark is, and whether it is in the document header."""

    title_line: int  # where a document title would open the header
    depth: int  # how many blocks the lines are nested in
    attributes: str = ""  # "source,groovy" over a block, until the block takes them
    qanda: bool = False
    item_widths: list[int] = field(default_factory=list)
    in_header: bool = False
    awaits_definition: bool = False  # a term without its answer on its line: the next paragraph is it
    terms_asked: int = 0  # description-list terms read so far that ask a question

    def take_style(self) -> str:
        """The style the pending block attributes give the block at hand ("source", "NOTE"), now used up."""
        style, self.attributes = _style(self.attributes), ""
        return style


def adoc_as_markdown(lines: list[str], names: _Names | None = None, depth: int = 0) -> list[str]:
    """An AsciiDoc document's lines written as Markdown, line for line (``depth``: the blocks it is nested in)."""
    names = names or _Names(_attributes(lines), _section_ids(lines))
    index = _front_matter_end(lines)
    state, out = _State(title_line=_first_text(lines), depth=depth), lines[:index]  # the Markdown reader reads front matter
    while index < len(lines):
        block, index = _converted(lines, index, state, names)
        out += block
    return out


def _front_matter_end(lines: list[str]) -> int:
    """Where the YAML front matter a static site generator's page opens with ends (0 without it)."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    return next((index + 1 for index in range(1, len(lines)) if lines[index].rstrip() in ("---", "...")), 0)


def _converted(lines: list[str], index: int, state: _State, names: _Names) -> tuple[list[str], int]:
    """The Markdown lines of the block or line at ``index``, and the index after them."""
    line = lines[index]
    if state.in_header:  # author and revision lines under the document title, up to a blank line
        state.in_header = bool(line.strip())
        return [""], index + 1
    if _is_left_out(line):
        return [""], index + 1
    if section := (_section_title(lines, index) if line.strip() and not line[:1].isspace() else None):
        level, title = section
        state.attributes, state.qanda, state.in_header = "", False, level == 1 and index == state.title_line
        heading = "#" * min(level, 6) + " " + names.inline(title)
        return ([heading] if _SECTION.match(line) else [heading, ""]), index + (1 if _SECTION.match(line) else 2)
    if delimiter := _DELIMITER.match(line):
        if state.depth == _MAX_NESTING:
            return [""], index + 1
        attributes = state.attributes
        return _delimited(lines, index, delimiter.group("delimiter"), attributes, state.take_style(), names, state.depth)
    if fence := _FENCE.match(line):
        end = _closing(lines, index + 1, fence.group("marks"))
        return lines[index : end + 1], min(end + 1, len(lines))
    if attributes := _BLOCK_ATTRIBUTES.match(line):
        if _style(attributes.group("attributes")) == "qanda":
            state.qanda = True
        else:
            state.attributes = attributes.group("attributes")
        return [""], index + 1
    if not line.strip() or line.strip() == "+":  # "+" alone attaches the next block to a list item
        return [""], index + 1
    if title := _BLOCK_TITLE.match(line):
        text = names.inline(title.group("title").strip())
        if asks(text):  # a block titled with a question answers it, folded ([%collapsible]) or not
            return [f"**{text}**"], index + 1
        return [text if text[-1:] in ".:?!" else text + ":"], index + 1
    return _paragraph_line(lines, index, state, names)


def _is_left_out(line: str) -> bool:
    """Whether a line only steers the build or annotates the source: nothing of it is shown."""
    return bool(
        _COMMENT.match(line) or _ATTRIBUTE_ENTRY.match(line) or _CONDITIONAL.match(line)
        or _BLOCK_MACRO.match(line) or _ANCHOR.match(line) or _BREAK.match(line)
    )


def _first_text(lines: list[str]) -> int:
    """The index of the document's first line that is not blank, a comment, an attribute entry or an anchor."""
    return next((i for i, line in enumerate(lines) if line.strip() and not _is_left_out(line) and not _BLOCK_ATTRIBUTES.match(line)), -1)


def _paragraph_line(lines: list[str], index: int, state: _State, names: _Names) -> tuple[list[str], int]:
    """The Markdown of a paragraph's line: a list item, a description list's term, an admonition,
    code (a ``[source]`` paragraph, or an indented one) or text."""
    line, style = lines[index], state.take_style()
    after_blank = index == 0 or not lines[index - 1].strip()
    indented = line[:1].isspace() and not _LIST_ITEM.match(line) and not _TERM.match(line.strip())  # items may be indented
    if style in _CODE_STYLES or (after_blank and indented and not state.awaits_definition):
        end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
        return ["    " + code for code in textwrap.dedent("\n".join(lines[index:end])).split("\n")], end
    if after_blank and state.qanda and not state.awaits_definition and not _TERM.match(line):
        state.qanda = False  # a paragraph at the margin after the list: the list has ended
    state.awaits_definition = False
    if item := _LIST_ITEM.match(line):
        return [_list_item(item.group("marks"), names.inline(item.group("text")), state)], index + 1
    if term := _TERM.match(line.strip()):
        return [_term(term.group("term").strip(), term.group("text"), state, names)], index + 1
    if admonition := _ADMONITION.match(line):
        return [f"{admonition.group('label').capitalize()}: {names.inline(line[admonition.end():].strip())}"], index + 1
    if callout := _CALLOUT.match(line):
        return ["- " + names.inline(callout.group("text"))], index + 1
    prefix = f"{style.capitalize()}: " if style in _ADMONITIONS else ""  # "[NOTE]" over a paragraph
    return [prefix + names.inline(line.strip())], index + 1


def _list_item(marks: str, text: str, state: _State) -> str:
    """A list item's line in Markdown, indented under the items it is nested in."""
    ordered = marks[0] in ".0123456789"
    depth = len(marks) if marks[0] in "*." else 1
    widths = state.item_widths[: depth - 1]
    mark = "1. " if ordered else "- "
    state.item_widths = [*widths, len(mark)]
    return " " * sum(widths) + mark + text


def _term(term: str, text: str | None, state: _State, names: _Names) -> str:
    """A description list's term as a list item, so that each opens an entry even with no blank
    line between them: a question in bold when it asks (``1. **Is it free?** Yes.``), a ``Q:``
    when a ``[qanda]`` list asks it in other words or it states a problem where other terms ask,
    or else a line of the answer it is part of (``- Linux: use the package.``)."""
    state.awaits_definition = text is None
    shown, answer = names.inline(term), names.inline(text) if text else ""
    mark = "1. " if state.qanda else "- "
    if asks(shown):
        state.terms_asked += 1
        return f"{mark}**{shown}** {answer}".rstrip()
    stated = state.terms_asked > 0 and len(shown.split()) >= _STATED_PROBLEM_WORDS  # "HELP! My formatter breaks my directives!"
    if (state.qanda or stated) and not answer:
        return f"{mark}Q: {shown}"
    return f"- {shown}: {answer}".rstrip()


def read_adoc_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse an AsciiDoc FAQ: its section titles are headings as in Markdown."""
    return markdown_entries(adoc_as_markdown(read_text(path).splitlines()), path)
