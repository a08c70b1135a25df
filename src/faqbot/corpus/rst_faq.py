"""reStructuredText: the FAQ pages of Sphinx documentation, read as the Markdown they would be.

Section titles (a line underlined, and maybe overlined, with ``=``, ``-``, ``~``, ``#`` …) are
headings, their levels in the order the document first uses each style, as Sphinx reads them;
so a question titled and underlined is an entry, and a title over question titles a category,
exactly as in Markdown (see :mod:`faqbot.corpus.markdown_faq`), and so are bold or ``Q:``
paragraphs and a definition list's terms that ask, their answers indented under them. The markup
answers are written in becomes clean text: ````literal```` and literal blocks (``::``) stay code,
```a link <https://…>`_`` keeps its address, a role (``:ref:`Setup <setup>```) keeps its text (a
bare ``:ref:`faq_buy``` shows the title of the section it names, as Sphinx does), as code where
Sphinx shows it in a code font (``:code:``, ``:file:``, ``:func:``), a substitution
(``|omv|``) its ``replace::`` text or else its name, a line block's line (``| …``) runs on over
its indented continuation, an admonition (``.. note::``) keeps its body under its name, and a
fold's or tab's title (``.. dropdown:: How do I join?``) is set apart over its body as a bold
title is, so a folded question is an entry; list tables and simple tables are one line per row;
targets (``.. _faq:``), comments and directives that only steer the build (``toctree``,
``image``) are left out. Every line keeps its number, so entries name the line of their title.
"""

from __future__ import annotations

import re
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, labelled_question, read_text
from faqbot.corpus.html_text import one_line
from faqbot.corpus.markdown_faq import bold_title, dedented, including_others, listed_rows, markdown_entries
from faqbot.corpus.wrapped_lines import markup_made_whole

# A section adornment: one punctuation character repeated, three times or more.
_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}\s*$")
# An explicit markup block: ".. name:: arguments", ".. _target:", ".. |substitution| …" or a comment.
_EXPLICIT = re.compile(r"^\.\.(?:\s+(?P<directive>[\w:.+-]+)::\s*(?P<arguments>.*)|\s.*|)$")
_CODE_DIRECTIVES = {"code", "code-block", "sourcecode", "literalinclude", "doctest", "math"}
_OPTION = re.compile(r"^[ \t]*:[\w.-]+:(?:[ \t]|$)")  # a directive's option line
_ADMONITIONS = {"note", "warning", "tip", "important", "hint", "caution", "attention", "danger", "error", "seealso", "todo", "deprecated"}
_BUILD_DIRECTIVES = {"toctree", "contents", "index", "image", "figure", "include", "meta", "highlight", "raw", "autosummary", "tabularcolumns"}
_CONDITIONS = {"only", "ifconfig", "container", "class", "rst-class"}  # their arguments steer the build; their body is text
# Directives that title a box or fold over their body, as Sphinx documentation folds each FAQ answer
# under its question (sphinx-design's ".. dropdown:: How do I join?", sphinx-toolbox's "collapse",
# sphinx-togglebutton's "toggle", docutils' titled "admonition") or labels a tab ("tab-item:: Windows").
_TITLED = {"dropdown", "collapse", "toggle", "details", "admonition", "tab-item", "tab", "card"}
_LINK = re.compile(r"`(?P<text>[^`<]+)<(?P<target>[^`<>]+)>`__?")  # its text stripped after: see _ROLE
_REFERENCE = re.compile(r"`(?P<text>[^`]+)`__?(?!\w)")
_SIMPLE_TABLE_RULE = re.compile(r"^[ \t]*=+(?: +=+)+[ \t]*$")  # "=====  =====": a simple table's border, its columns' widths
_ROW = re.compile(r"^\s*\*\s+-\s*(?P<text>.*)$")  # "* - first cell" opens a list table's row
_CELL = re.compile(r"^\s+-\s*(?P<text>.*)$")  # "  - next cell"
_LINE_BLOCK = re.compile(r"^\s*\|\s+(?=\S)")  # "| a line kept as it is", as poems and addresses are written
_LITERAL = re.compile(r"``(?P<code>.+?)``")
_AUTO_NUMBERED = re.compile(r"^(?P<indent>\s*)\(?#(?P<mark>[.)])(?=\s)")  # "#. Item", "(#) Item": a list Sphinx numbers itself
_LABEL = re.compile(r"^\.\. _([^:`]+):\s*$")  # ".. _faq_buy:" names the section under it
# ".. _the form: https://example.org/join": a name for a web address, which references use.
_EXTERNAL_TARGET = re.compile(r"^\.\.\s+_(?P<name>`[^`]+`|[^:`]+):\s+(?P<url>\S+://\S+)\s*$")
_NAMED_REFERENCE = re.compile(r"`(?P<quoted>[^`<]+)`_(?![_\w])|(?<![\w`])(?P<word>[A-Za-z][\w-]*[A-Za-z0-9])_(?![_\w])")
_BARE_REF = re.compile(r":ref:`([^`<>]+)`")  # ":ref:`faq_buy`": shown as that section's title
_SUBSTITUTION = re.compile(r"^\.\.\s+\|(?P<name>[^|]+)\|\s+replace::\s*(?P<text>.*?)\s*$")  # ".. |omv| replace:: openmediavault"
# "|omv|" in the text, or "|coroutine_link|_", a substitution that is also a link (its target's address unknown here).
_SUBSTITUTED = re.compile(r"(?<![\w|`])\|(?=\S)(?P<name>[^|`\n]+?)(?<=\S)\|(?:__?)?(?![\w|`])")
# A role starts where its name does (not inside a run of name characters), and its text is read
# greedily and stripped after: each try then scans a line once, not once per position.
_ROLE = re.compile(r"(?<![\w:.+-]):(?P<role>[\w:.+-]+):`(?:(?P<text>[^`<]+)<[^`>]*>|(?P<target>[^`]+))`")
_NUMBERED_ROLES = {"pep": "PEP", "rfc": "RFC"}  # ":pep:`8`" shows "PEP 8"
# Roles Sphinx shows in a code font (":code:`timestamp`", ":file:`~/.config`", ":func:`aw_client.connect`"):
# shown as inline code, as a literal is. A domain's roles (":py:func:", ":c:macro:") name code objects too.
_TEXT_ROLES = {"code", "literal", "samp", "file", "envvar", "option", "kbd"}  # their text as written: "~" is a home folder
_CODE_ROLES = _TEXT_ROLES | {"func", "meth", "class", "mod", "attr", "data", "const", "exc", "obj", "type", "member", "macro", "var", "struct", "enum"}
_CODE_DOMAINS = {"py", "c", "cpp", "js", "rst"}
# Inline markup a line opens and the next closes ("the `Beginner's Guide" / "<https://…>`_ for
# more", as text is wrapped): the next line's text up to the backticks that close it, with a
# link's "_" or "__".
_BACKTICKS = re.compile(r"`+")
_CLOSING = re.compile(r"^\s*(?P<rest_of_markup>[^`\s][^`]*`{1,2}_{0,2})")


def _shown(text: str) -> str:
    """A link's or role's text as shown: without the spaces before its ``<target>``."""
    return text.rstrip() or text[:1]


def _link(match: re.Match[str]) -> str:
    """A hyperlink as Markdown when it leads to a web address or within the page ("#join": shown
    as its text, and a list of such links read as the page's contents), else its text."""
    text, target = _shown(match.group("text")), match.group("target")
    return f"[{text}]({target})" if "://" in target or target.startswith("#") else text


def _role_text(match: re.Match[str]) -> str:
    """What a role shows: its text, or its target (``~pkg.Name``: the last name only; ``:pep:`8```:
    "PEP 8"), as inline code where Sphinx shows it in a code font (:data:`_CODE_ROLES`)."""
    role = match.group("role").lower()
    domain, _, name = role.rpartition(":")
    target = match.group("target")
    if match.group("text") is not None:
        shown = _shown(match.group("text"))
    elif role in _NUMBERED_ROLES:
        shown = f"{_NUMBERED_ROLES[role]} {target}"
    else:
        shown = target[1:].rsplit(".", 1)[-1] if target.startswith("~") and name not in _TEXT_ROLES else target
    return f"`{shown}`" if name in _CODE_ROLES or domain in _CODE_DOMAINS else shown


def _markup_unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with inline markup that wrapping split over two lines (```Beginner's Guide`` /
    ``<https://…>`_ for more``) made whole: read line by line, its pieces were left as they were
    typed, backticks and all (see :func:`faqbot.corpus.wrapped_lines.markup_made_whole`)."""
    lines = list(lines)
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if len(_BACKTICKS.findall(_LITERAL.sub("", line))) % 2 == 0 or not following.strip() or "`" not in following:
            continue
        opening = line.rfind(" ", 0, line.rindex("`")) + 1  # where the word opening the markup starts, with a role's name (":ref:`Setup")
        closing = _CLOSING.match(following)
        markup_made_whole(lines, index, opening, closing.end("rest_of_markup") if closing else None)
    return lines


def _inline(line: str) -> str:
    """A text line's inline markup in Markdown: literals, links, roles and references."""
    line = _LITERAL.sub(lambda m: f"`{m.group('code')}`", line)
    line = _LINK.sub(_link, line)
    return _REFERENCE.sub(lambda m: m.group("text"), _ROLE.sub(_role_text, line))


def _block_end(lines: list[str], start: int) -> int:
    """The end of the indented block that follows line ``start - 1``: its blank and indented lines."""
    end = start
    while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace()):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _indented_as_code(block: list[str]) -> list[str]:
    """A literal block as a Markdown code block: indented by four spaces, its own indentation kept."""
    return ["    " + line if line.strip() else "" for line in dedented(block)]


def _explicit(lines: list[str], index: int, match: re.Match[str]) -> tuple[list[str], int]:
    """The Markdown lines of an explicit markup block at ``index``, and where the block ends."""
    end = _block_end(lines, index + 1)
    body = lines[index + 1 : end]
    directive = (match.group("directive") or "").lower()
    if not directive or directive in _BUILD_DIRECTIVES:  # a target, a substitution, a comment
        return [""] * (end - index), end
    options = 0
    while options < len(body) and _OPTION.match(body[options]):  # ":linenos:", ":header-rows: 1"; not a role (":ref:`x`")
        options += 1
    if directive in _CODE_DIRECTIVES:
        return [""] * (1 + options) + _indented_as_code(body[options:]), end
    if directive == "list-table":
        return [_inline(match.group("arguments")), *[""] * options, *_table_rows(body[options:])], end
    arguments = _inline(match.group("arguments"))
    if directive in _ADMONITIONS:
        opening = f"{'See also' if directive == 'seealso' else directive.capitalize()}: {arguments}".rstrip()  # "Note: …" over its body
    elif directive in _CONDITIONS:
        opening = ""
    elif directive in _TITLED or asks(arguments):
        opening = bold_title(arguments)  # a question titling a fold opens an entry, as a bold question does
    else:
        opening = arguments  # another directive's arguments (a table's title) head its body alone
    return [opening] + [""] * options + rst_as_markdown(dedented(body[options:])), end


def _table_rows(body: list[str]) -> list[str]:
    """A list table's lines as a Markdown list of its rows, one line each with its cells apart
    ("- sigmoid | [0, 1]"), then blank lines for the lines the table took."""
    rows: list[list[str]] = []
    for line in body:
        row, cell = _ROW.match(line), _CELL.match(line)
        if row:
            rows.append([row.group("text")])
        elif cell and rows:
            rows[-1].append(cell.group("text"))
        elif line.strip() and rows:
            rows[-1][-1] += " " + line.strip()
    return listed_rows([[_inline(cell.strip()) for cell in cells] for cells in rows], len(body))


def _simple_table_end(lines: list[str], index: int) -> int:
    """Where the simple table whose top border is line ``index`` ends: after its bottom border —
    the next border, or the one after it when the next is under the header — with a blank line or
    nothing under it; ``index`` when no border closes it."""
    border = index
    for _ in range(2):
        border = next((number for number in range(border + 1, len(lines)) if _SIMPLE_TABLE_RULE.match(lines[number])), len(lines))
        if border < len(lines) and (border + 1 == len(lines) or not lines[border + 1].strip()):
            return border + 1
    return index


def _simple_table_rows(table: list[str]) -> list[str]:
    """A simple table's lines (``=====  =====`` borders, cells under each column's ``=`` run) as
    the list of its rows; a line with its first cell blank goes on the row above it."""
    columns = [match.start() for match in re.finditer(r"=+", table[0])]
    rows: list[list[str]] = []
    for line in table:
        if _SIMPLE_TABLE_RULE.match(line) or not line.strip():
            continue
        cells = [line[start:end].strip() for start, end in zip(columns, [*columns[1:], len(line)], strict=True)]
        if rows and not cells[0]:
            rows[-1] = [f"{above} {cell}".strip() for above, cell in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    return listed_rows([[_inline(cell) for cell in cells] for cells in rows], len(table))


def _title_styles(lines: list[str]) -> dict[int, tuple[str, bool]]:
    """The section titles: each title's line index with its adornment style (character, overlined)."""
    titles = {}
    for index in range(len(lines) - 1):
        title, under = lines[index], _ADORNMENT.match(lines[index + 1])
        if not under or not title.strip() or title[:1].isspace() or _ADORNMENT.match(title) or lines[index + 1].startswith(".."):
            continue
        over = index > 0 and lines[index - 1].rstrip() == lines[index + 1].rstrip()
        previous = lines[index - 1] if index > 0 else ""
        if not over and previous.strip() and index - 1 not in titles and not previous.startswith(".."):
            continue  # "a paragraph's last line" over "-----": a transition or table rule, not a title
        titles[index] = (under.group(1), over)
    return titles


def rst_as_markdown(lines: list[str]) -> list[str]:
    """A reStructuredText document's lines written as Markdown, line for line."""
    titles = _title_styles(lines)
    levels: dict[tuple[str, bool], int] = {}
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in titles:
            level = levels.setdefault(titles[index], len(levels) + 1)
            if titles[index][1]:
                out[-1] = ""  # the overline
            out += ["#" * min(level, 6) + " " + _inline(line.strip()), ""]
            index += 2
            continue
        if _SIMPLE_TABLE_RULE.match(line) and (end := _simple_table_end(lines, index)) > index:
            out += _simple_table_rows(lines[index:end])
            index = end
            continue
        explicit = _EXPLICIT.match(line)
        if explicit:
            block, index = _explicit(lines, index, explicit)
            out += block
            continue
        if _ADORNMENT.match(line):  # a transition between paragraphs
            out.append("")
        elif line.rstrip().endswith("::") and not line[:1].isspace() or line.strip() == "::":
            end = _block_end(lines, index + 1)
            text = line.rstrip()[:-2]
            out.append(_inline(text if text.endswith(" ") or not text else text + ":").rstrip())
            out += _indented_as_code(lines[index + 1 : end])
            index = end
            continue
        elif _defines_a_question(lines, index):
            end = _block_end(lines, index + 1)
            out.append(f"**{_inline(line.strip())}**")
            out += rst_as_markdown(dedented(lines[index + 1 : end]))
            index = end
            continue
        elif _LINE_BLOCK.match(line):
            end = _line_block_end(lines, index)
            out.append(_inline(" ".join([_LINE_BLOCK.sub("", line).rstrip(), *(part.strip() for part in lines[index + 1 : end])])))
            out += [""] * (end - index - 1)
            index = end
            continue
        else:
            out.append(_inline(_AUTO_NUMBERED.sub(r"\g<indent>1\g<mark>", line)))
        index += 1
    return out


def _defines_a_question(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is a definition list's term that asks, its answer indented under it
    ("Is it free?" / "    Yes, for members."), as many Sphinx FAQs are written."""
    line, follows = lines[index], lines[index + 1] if index + 1 < len(lines) else ""
    after_blank = index == 0 or not lines[index - 1].strip()
    return after_blank and not line[:1].isspace() and asks(line) and bool(follows.strip()) and follows[:1].isspace()


def _substituted(lines: list[str], markdown: list[str]) -> list[str]:
    """The ``markdown`` of a document's ``lines`` with each substitution reference in its text
    ("|omv|"; not in code) written as its ``replace::`` text, or as its name when the document does
    not define it (Sphinx projects define many in their configuration)."""
    texts = {match.group("name"): match.group("text") for line in lines if (match := _SUBSTITUTION.match(line))}
    def written(reference: re.Match[str]) -> str:
        return texts.get(reference.group("name"), reference.group("name"))
    return [line if line.startswith(("    ", "\t")) else _SUBSTITUTED.sub(written, line) for line in markdown]


def _line_block_end(lines: list[str], index: int) -> int:
    """Where the line-block line at ``index`` ends: after the lines that continue it, indented past
    its bar ("| **Q**: How can I write one component" / "  (grid or forcing) when updating?")."""
    bar = lines[index].index("|")
    end = index + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > bar and not _LINE_BLOCK.match(lines[end]):
        end += 1
    return end


def _titled_references(lines: list[str]) -> list[str]:
    """``lines`` with each ``:ref:`label``` that names a section of the file given that section's
    title, as Sphinx shows it ("See also :ref:`faq_bluetooth`" → "See also But bluetooth...")."""
    titles, labels = _title_styles(lines), {}
    for index, line in enumerate(lines):
        label = _LABEL.match(line)
        if label is None:
            continue
        after = next((i for i in range(index + 1, len(lines)) if lines[i].strip() and not _LABEL.match(lines[i])), len(lines))
        title = after if after in titles else after + 1 if after + 1 in titles and _ADORNMENT.match(lines[after]) else None
        if title is not None:
            labels[label.group(1).casefold()] = labelled_question(lines[title].strip()) or lines[title].strip()

    def titled(reference: re.Match[str]) -> str:
        title = labels.get(reference.group(1).casefold())
        return f":ref:`{title} <{reference.group(1)}>`" if title else reference.group()

    return [_BARE_REF.sub(titled, line) for line in lines] if labels else lines


def _with_link_targets(lines: list[str]) -> list[str]:
    """``lines`` with each reference to a web address the document names elsewhere (```the form`_``
    or ``form_`` over ``.. _the form: https://…``, usually at its end) written as a link to it:
    read alone, the reference kept its text and lost its address. A reference to one of its own
    section titles (```Can I run it on Windows?`_``) is written as a link within the page, so that
    a list of them reads as the page's contents, not as an entry answered by its questions."""
    targets = {one_line(m.group("name").strip("`")).casefold(): m.group("url") for line in lines if (m := _EXTERNAL_TARGET.match(line))}
    for title in _title_styles(lines):
        name = one_line(_inline(lines[title].strip())).casefold()
        targets.setdefault(name, "#" + re.sub(r"[^\w-]+", "-", name).strip("-"))

    def linked(reference: re.Match[str]) -> str:
        text = reference.group("quoted") or reference.group("word")
        url = targets.get(one_line(text).casefold())
        return f"`{text} <{url}>`_" if url else reference.group()

    return [_NAMED_REFERENCE.sub(linked, line) for line in lines] if targets else lines


# A footnote or a citation (".. [1] text", ".. [#] text", ".. [#note] text", ".. [*] text", ".. [CIT2002]
# text"), its later lines indented under it; and a reference to one ("[1]_", "[#]_", "[CIT2002]_").
_FOOTNOTE = re.compile(r"^\.\.\s+\[(?P<label>#[\w-]*|\*|[\w-]+)\](?:\s+(?P<text>.*))?$")
_FOOTNOTE_REFERENCE = re.compile(r"\[(?P<label>#[\w-]*|\*|[\w-]+)\]_(?![\w_])")


def _footnotes_as_markdown(lines: list[str]) -> list[str]:
    """``lines`` with each footnote and citation written as a Markdown footnote (``[^1]: text``,
    cited ``[^1]``), which the Markdown reader writes out under each answer citing it: read as a
    comment, its text was lost, and the answers showed "[1]_". Footnotes numbered by Sphinx
    (``[#]_``, ``[*]_``) are paired with their definitions in order."""
    if not any(_FOOTNOTE.match(line) for line in lines):
        return lines
    out, counts = list(lines), {"#": 0, "*": 0}
    for index, line in enumerate(lines):
        if note := _FOOTNOTE.match(line):
            label = note.group("label")
            counts[label] = counts.get(label, 0) + 1
            end = _block_end(lines, index + 1)
            out[index] = f"[^{_footnote_key(label, counts[label])}]: {note.group('text') or ''}".rstrip()
            out[index + 1 : end] = ["    " + body.strip() if body.strip() else "" for body in lines[index + 1 : end]]
    cited = {"#": 0, "*": 0}

    def reference(match: re.Match[str]) -> str:
        label = match.group("label")
        cited[label] = cited.get(label, 0) + 1
        return f"[^{_footnote_key(label, cited[label])}]"

    return [_FOOTNOTE_REFERENCE.sub(reference, line) for line in out]


def _footnote_key(label: str, nth: int) -> str:
    """The Markdown label of a footnote: its own, or for one Sphinx numbers ("#", "*") its place."""
    return f"{label}{nth}" if label in ("#", "*") else label.lstrip("#")


def read_rst_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a reStructuredText FAQ (see :func:`rst_entries`)."""
    return rst_entries(read_text(path).splitlines(), path)


_MARKED_LINES = 2  # lines, or more, with a role or a directive: a text file written in reStructuredText


def written_as_rst(text: str) -> bool:
    """Whether a text file is reStructuredText saved as ``.txt``, as Django's documentation keeps
    its FAQ (``docs/faq/usage.txt``): a title adorned with a line of punctuation, and roles
    (":class:`~django.db.models.FileField`") or directives (".. note::") on two lines or more,
    which only reStructuredText writes. Read as text, its answers showed the roles as typed."""
    lines = text.splitlines()
    adorned = any(_ADORNMENT.match(line) and index and lines[index - 1].strip() for index, line in enumerate(lines))
    marked = sum(1 for line in lines if _ROLE.search(line) or (_EXPLICIT.match(line) and "::" in line))
    return bool(adorned) and marked >= _MARKED_LINES


def rst_entries(lines: list[str], path: Path) -> tuple[list[Entry], str]:
    """The entries and description of reStructuredText ``lines`` (read from ``path``): its titles
    are headings as in Markdown. A page that holds none but includes other files (Syncthing's
    ``faq.rst``, ``.. include:: faq-parts/general.rst``) names them, for they hold its FAQ."""
    lines = _footnotes_as_markdown(lines)
    entries, description = markdown_entries(_substituted(lines, rst_as_markdown(_titled_references(_with_link_targets(_markup_unwrapped(lines))))), path)
    if not entries and (included := [found.group("arguments").strip() for line in lines if (found := _EXPLICIT.match(line)) and found.group("directive") == "include"]):
        raise including_others(path, included)
    return entries, description
