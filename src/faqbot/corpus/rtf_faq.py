"""Rich Text (.rtf): what TextEdit and WordPad save by default, read as the Markdown it would be.

A club secretary's FAQ typed in TextEdit is an .rtf file, and Word, LibreOffice and Google Docs
all save or download one; faqbot asked for it to be saved again as a Word document. Like a Word
document, each paragraph is told apart and read by :mod:`faqbot.corpus.paragraphs`: a paragraph
in a "heading N" or "Title" style (or given an outline level) is a heading, one all in bold is set
apart (one that opens with a question in bold and goes on with its answer is read as the two),
list paragraphs are items (a numbered one with its number), a table's rows a table's (a table of
questions and answers, its first row naming the columns, is read as a table file is), and links
keep their address. Hidden and deleted text, pictures, headers, footers and comments are not the
document's text and are left out; a footnote is written where it is cited, in brackets, and a text
box's paragraphs are read where it is anchored. An entry's line is its paragraph's number, blank
paragraphs counted, which in TextEdit is the line it is on.

The file is read as RTF's groups and control words, never run: a field shows its result, and
nothing it names is opened.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from faqbot.corpus.entry import CorpusError, Entry
from faqbot.corpus.html_text import one_line
from faqbot.corpus.paragraphs import Paragraph, Rows, Run, linked_markdown, paragraph_entries, paragraphs_of, runs_of, shown_text, table_parts

# A control word ("\b0 ", "\u8226"), a byte by its hex value ("\'95"), a control symbol ("\~",
# "\{"), a group's brace, text, or the line breaks RTF writers wrap their lines with (not text).
_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.?)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.DOTALL)
_HEADING_STYLE = re.compile(r"^heading (\d)$", re.IGNORECASE)
_HYPERLINK = re.compile(r'^\s*HYPERLINK\s+"?([^"\s\\][^"\s]*)')  # a link's address, as Word writes the field; "\l" links a place in the document
_GENERATED_LIST = re.compile(r"^\s*(?:TOC|INDEX|TOA)\b", re.IGNORECASE)  # a field listing the document's headings (a table of contents) or terms again
_NUMBER_MARK = re.compile(r"^\(?(\d{1,9})[.)]")  # a numbered item's mark as its list shows it: "1.", "2)", "(3)"

# Characters RTF writes as control words or symbols.
_CHARACTERS = {
    "line": "\n", "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
    "~": " ", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\",
}
# Groups that are not the document's text: pictures, embedded objects, headers and footers,
# comments, the document's properties and the tables RTF keeps its settings in.
_LEFT_OUT = {
    "info", "pict", "object", "colortbl", "annotation", "header", "headerl", "headerr", "headerf",
    "footer", "footerl", "footerr", "footerf", "shprslt", "nonshppict", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "xe", "tc",
}
_READ_GROUPS = {"fonttbl", "stylesheet", "field", "fldinst", "fldrslt", "listtext", "pntext", "footnote", "shpinst"}  # groups this reader follows
# The code page of a font's character set (its \fcharset): text in it is written in that code page.
_CHARSET_CODE_PAGES = {
    77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "cp936", 136: "cp950", 161: "cp1253", 162: "cp1254",
    163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
}
# What each format control word changes, given its parameter ("\\b0": bold off; "\\b": on).
_FORMATS: dict[str, Callable[[int | None], dict[str, Any]]] = {
    "b": lambda on: {"bold": on != 0},
    "v": lambda on: {"hidden": on != 0},
    "deleted": lambda on: {"hidden": on != 0},
    "plain": lambda _: {"bold": False, "hidden": False},
    "f": lambda number: {"font": number if number is not None else -1},
    "uc": lambda count: {"unicode_skip": max(count or 0, 0)},
    "pard": lambda _: {"style": 0, "outline": None, "listed": False, "depth": 0, "in_table": False},
    "s": lambda number: {"style": number or 0},
    "outlinelevel": lambda level: {"outline": level},
    "ls": lambda _: {"listed": True},
    "ilvl": lambda level: {"depth": max(level or 0, 0)},
    "intbl": lambda _: {"in_table": True},
    "itap": lambda depth: {"in_table": bool(depth)},
}
_DOCUMENT_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}  # \ansi, the default, is cp1252


@dataclass
class _Field:
    """A field (a link, a page number): what its instruction says, which its shown result follows."""

    instruction: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _State:
    """What a group sets — where its text goes, how it is formatted, what paragraph it is in — and
    its groups inherit: RTF keeps all of it per group."""

    destination: str = "body"  # body, skip, fonttbl, stylesheet, fldinst, listtext, footnote (an endnote too) or shape
    bold: bool = False
    hidden: bool = False  # hidden or deleted text, not shown
    font: int = -1
    unicode_skip: int = 1  # how many characters after a \u stand in for it, for readers that cannot read \u
    link: str | None = None  # the address of the field whose result this is
    field: _Field | None = None
    style: int = 0
    outline: int | None = None  # the paragraph's outline level (0 for a top heading)
    listed: bool = False
    depth: int = 0  # how many lists a list item is nested in
    in_table: bool = False


class _Reader:
    """Walks an RTF document's tokens in order, collecting its paragraphs and tables."""

    def __init__(self) -> None:
        self.state = _State()
        self.stack: list[_State] = []
        self.code_page = "cp1252"
        self.font_code_pages: dict[int, str] = {}
        self.defining = -1  # the font or style a table of fonts or styles is defining
        self.style_names: dict[int, str] = {}
        self.style_name: list[str] = []
        self.optional = False  # "\*": a group this reader does not know is left out
        self.skipping = 0  # characters still standing in for the last \u
        self.raw = bytearray()  # bytes of text not yet decoded: a character may take two
        self.pieces: list[tuple[str, bool, str | None]] = []  # the paragraph's text so far: (text, bold, link)
        self.note: list[str] = []  # the text of the footnote being read
        self.list_mark: list[str] = []
        self.number = 0
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Rows] = []
        self.rows: Rows = []
        self.cells: list[str] = []
        self.cell_lines: list[str] = []

    def read(self, document: str) -> None:
        """Read every token of ``document``, then what its last paragraph and table hold."""
        position = 0
        while position < len(document):
            token = _TOKEN.match(document, position)
            if token is None:  # cannot happen: every character starts some token
                break
            position = token.end()
            word, parameter, byte, symbol, brace, text = token.groups()
            if byte is not None or text is not None:
                self._bytes(bytes.fromhex(byte) if byte is not None else text.encode("latin-1"))
                continue
            self._decode()
            if word == "bin":  # binary data of the given length follows, as it is
                position += max(int(parameter or 0), 0)
            elif word is not None:
                self._control(word, int(parameter) if parameter is not None else None)
            elif symbol is not None:
                self._symbol(symbol)
            elif brace is not None:
                self._group(brace)
        self._decode()
        if self.state.in_table:
            self._end_row()
        else:
            self._end_paragraph()
        self._end_table()

    def _group(self, brace: str) -> None:
        """A group opens, keeping what its parent set, or closes, going back to it."""
        self.skipping = 0
        if brace == "{":
            self.stack.append(self.state)
        elif self.stack:
            if self.state.destination == "stylesheet":
                self._end_style()
            parent = self.stack.pop()
            if self.state.destination == "footnote" and parent.destination != "footnote":
                self._end_note(parent)
            self.state = parent

    def _shape(self, word: str) -> None:
        """A control word in a drawn shape: its properties show nothing, but a text box's text
        (``\\shptxt``) is read as paragraphs of its own where the box is anchored, as Word shows it
        (its copy for older readers, ``\\shprslt``, is left out)."""
        if word == "shptxt":
            if self.pieces:
                self._break("par")  # the anchoring paragraph's text so far is a paragraph of its own
            self.state = replace(self.state, destination="body")

    def _end_note(self, cited_in: _State) -> None:
        """A footnote's or endnote's text, written where it is cited, in brackets, as a web page's
        footnotes are (a condition kept in one was lost from the answer)."""
        note, self.note = one_line("".join(self.note)), []
        if note and cited_in.destination == "body" and not cited_in.hidden:
            self.pieces.append((f" ({note})", False, None))

    def _bytes(self, data: bytes) -> None:
        """Text as bytes, decoded once the run ends: a character may take two bytes (Chinese in cp936)."""
        if self.skipping:
            dropped = min(self.skipping, len(data))
            data, self.skipping = data[dropped:], self.skipping - dropped
        self.raw += data

    def _decode(self) -> None:
        """The bytes collected so far, decoded in the code page of their font or of the document."""
        if self.raw:
            code_page = self.font_code_pages.get(self.state.font, self.code_page)
            text, self.raw = bytes(self.raw).decode(code_page, errors="replace"), bytearray()
            self._text(text)

    def _text(self, text: str) -> None:
        """Text, sent where the group's text goes."""
        destination = self.state.destination
        if destination == "body" and not self.state.hidden:
            self.pieces.append((text.replace("\u2028", "\n"), self.state.bold, self.state.link))
        elif destination == "footnote" and not self.state.hidden:
            self.note.append(text)
        elif destination == "fldinst" and self.state.field is not None:
            self.state.field.instruction.append(text)
        elif destination == "listtext":
            self.list_mark.append(text)
        elif destination == "stylesheet":
            self._style_text(text)

    def _symbol(self, symbol: str) -> None:
        """A control symbol: a character, a paragraph's end (a backslash ending a line), or "\\*"."""
        if symbol == "*":
            self.optional = True
        elif symbol in ("\n", "\r"):
            self._control("par", None)
        elif symbol in _CHARACTERS:
            self._character(_CHARACTERS[symbol])

    def _character(self, text: str) -> None:
        """A character the file writes as a control word or symbol, standing in for one character."""
        if self.skipping:
            self.skipping -= 1
        else:
            self._text(text)

    def _control(self, word: str, parameter: int | None) -> None:
        """A control word: a group's destination, a character, or a change of format or paragraph."""
        optional, self.optional = self.optional, False
        if word in _LEFT_OUT or (optional and word not in _READ_GROUPS):
            self.state = replace(self.state, destination="skip")
        elif self.state.destination == "skip":
            return
        elif self.state.destination == "shape":
            self._shape(word)
        elif word in _READ_GROUPS:
            self._destination(word)
        elif word in _CHARACTERS:
            self._character(_CHARACTERS[word])
        elif word == "u" and parameter is not None:
            self._text(chr(parameter % 65536))
            self.skipping = self.state.unicode_skip
        elif word in ("par", "cell", "nestcell", "row") and self.state.destination == "footnote":
            self.note.append(" ")  # a note's paragraphs are read as one, in brackets
        elif word in ("par", "cell", "nestcell", "row"):
            self._break(word)
        elif self.state.destination in ("fonttbl", "stylesheet"):
            self._definition(word, parameter)
        else:
            self._format(word, parameter)

    def _destination(self, word: str) -> None:
        """A group this reader follows: the fonts' and styles' tables, a field's parts, a list item's mark."""
        if word == "field":
            self.state = replace(self.state, field=_Field())
        elif word == "fldinst":
            self.state = replace(self.state, destination="fldinst")
        elif word == "fldrslt":
            instruction = "".join(self.state.field.instruction) if self.state.field is not None else ""
            if _GENERATED_LIST.match(instruction):
                self.state = replace(self.state, destination="skip")
                return
            address = _HYPERLINK.match(instruction)
            shown_in = "footnote" if self.state.destination == "footnote" else "body"
            self.state = replace(self.state, destination=shown_in, link=address.group(1) if address else None)
        elif word == "footnote":
            self.note = self.note if self.state.destination == "footnote" else []
            self.state = replace(self.state, destination="footnote")
        elif word == "shpinst":
            self.state = replace(self.state, destination="shape")
        elif word in ("listtext", "pntext"):
            self.list_mark = []
            self.state = replace(self.state, destination="listtext")
        else:
            self.defining, self.style_name = (0 if word == "stylesheet" else -1), []
            self.state = replace(self.state, destination=word)

    def _definition(self, word: str, parameter: int | None) -> None:
        """A control word in the fonts' table (a font's number and character set) or the styles' (a style's number)."""
        if word in ("f", "s") and parameter is not None:
            self.defining = parameter
        elif word in ("cs", "ds", "ts"):  # a character, section or table style: never a paragraph's
            self.defining = -1
        elif word == "fcharset" and parameter in _CHARSET_CODE_PAGES:
            self.font_code_pages[self.defining] = _CHARSET_CODE_PAGES[parameter]
        elif word == "cpg" and parameter is not None and _known_code_page(f"cp{parameter}"):
            self.font_code_pages[self.defining] = f"cp{parameter}"

    def _style_text(self, text: str) -> None:
        """A style's name, which ends at ";"."""
        name, ended, _ = text.partition(";")
        self.style_name.append(name)
        if ended:
            self._end_style()

    def _end_style(self) -> None:
        """Keep the name of the paragraph style being defined, its aliases after a comma left out."""
        name = "".join(self.style_name).split(",")[0].strip()
        if self.defining >= 0 and name:
            self.style_names[self.defining] = name
        self.style_name = []

    def _format(self, word: str, parameter: int | None) -> None:
        """A change of the text's format, the paragraph's, or the document's code page."""
        if word in _FORMATS:
            self.state = replace(self.state, **_FORMATS[word](parameter))
        elif word == "ansicpg" and _known_code_page(f"cp{parameter}"):
            self.code_page = f"cp{parameter}"
        elif word in _DOCUMENT_CODE_PAGES:
            self.code_page = _DOCUMENT_CODE_PAGES[word]

    def _break(self, word: str) -> None:
        """The end of a paragraph, a table's cell or a table's row."""
        if word == "row":
            self._end_row()
            return
        in_cell = word != "par" or self.state.in_table
        self._end_paragraph(in_cell)
        if word in ("cell", "nestcell"):
            self.cells.append("\n".join(line for line in self.cell_lines if line))
            self.cell_lines = []

    def _end_paragraph(self, in_cell: bool = False) -> None:
        """The paragraph so far, as a line of the table's cell it is in or as the document's next paragraph."""
        runs, linked = _runs(self.pieces), any(link for _, _, link in self.pieces)
        mark, self.pieces, self.list_mark = "".join(self.list_mark).strip(), [], []
        if in_cell:
            self.cell_lines.append(one_line(shown_text(runs, linked)))
            return
        self._end_table()
        self.number += 1
        self.paragraphs += _paragraphs(runs, self.number, self._heading_level(), mark, self.state)

    def _end_row(self) -> None:
        """A table's row, numbered as one paragraph: the cells ended since the last."""
        if self.pieces or self.cell_lines:  # a row ended inside a cell: the cell ends with it
            self._break("cell")
        if self.cells:
            self.number += 1
            self.rows.append((self.number, self.cells))
        self.cells = []

    def _end_table(self) -> None:
        """The table whose rows went before, as paragraphs or as a table of questions and answers (see :func:`table_parts`)."""
        if self.rows:
            found, tabled = table_parts(self.rows)
            self.paragraphs += found
            self.tables += tabled
            self.rows = []

    def _heading_level(self) -> int | None:
        """The paragraph's heading level: by its style's name ("heading 2": 2, "Title": 0), or its outline level."""
        name = self.style_names.get(self.state.style, "")
        heading = _HEADING_STYLE.match(name)
        if heading:
            return int(heading.group(1))
        if name.casefold() == "title":
            return 0
        outline = self.state.outline
        return outline + 1 if outline is not None and 0 <= outline < 9 else None


def _known_code_page(name: str) -> bool:
    """Whether Python can decode text in the code page a file names."""
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _runs(pieces: list[tuple[str, bool, str | None]]) -> list[Run]:
    """A paragraph's pieces as runs: text formatted alike together, split at its line breaks, and
    each link's text with its address in the Markdown (a link is not taken for bold: it ends a
    question in bold)."""
    merged: list[tuple[str, bool, str | None]] = []
    for text, bold, link in pieces:
        text = text.replace("\t", " ")
        if merged and merged[-1][1:] == (bold, link):
            merged[-1] = (merged[-1][0] + text, bold, link)
        elif text:
            merged.append((text, bold, link))
    runs: list[Run] = []
    for written, bold, link in merged:
        text = written.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")  # "\u-10179\u-8704" is one emoji, written as its two halves
        if link is not None:
            runs.append((text, linked_markdown(text, link), False))
        else:
            runs += runs_of(text, bold)
    return runs


def _paragraphs(runs: list[Run], number: int, level: int | None, mark: str, state: _State) -> list[Paragraph]:
    """A paragraph as the reader's paragraphs (see :func:`faqbot.corpus.paragraphs.paragraphs_of`):
    a list item when its paragraph is in a list or has a mark, numbered when ``mark`` (the text its
    list shows) is a number."""
    numbered = _NUMBER_MARK.match(mark)
    return paragraphs_of(runs, number, level, state.listed or bool(mark), f"{numbered.group(1)}." if numbered else "-", state.depth)


def read_rtf_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a Rich Text file (see the module docstring)."""
    document = path.read_bytes().decode("latin-1")  # RTF is written in 7-bit text; its other bytes are decoded by code page
    if not document.lstrip().startswith("{\\rtf"):
        raise CorpusError(f"{path}: not a Rich Text file (it does not open with '{{\\rtf'); save it again as Rich Text (.rtf) or plain text (.txt)")
    reader = _Reader()
    reader.read(document)
    return paragraph_entries(reader.paragraphs, path, reader.tables)
