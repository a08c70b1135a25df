"""Files named as older office formats (.doc, .xls) that are really another, read as what they are.

Word saves Rich Text under .doc when asked, and web apps' "Export to Word" and "Export to Excel"
buttons save a web page as .doc or .xls, which Word and Excel open as if it were theirs:
Confluence's is a page saved as one file (MHTML), others plain HTML, and an "Excel" export is as
often text with its cells apart by tabs; a text file renamed .doc opens in Word too. Each is read
by its own format's reader. A real Word or
Excel 97–2003 file is a binary format faqbot does not read: it holds no entries here, and
:func:`older_binary` names it for the loader to say how to save it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from faqbot.corpus.entry import Entry
from faqbot.corpus.html_faq import read_html_faq
from faqbot.corpus.mhtml_faq import read_mhtml_faq
from faqbot.corpus.rtf_faq import read_rtf_faq
from faqbot.corpus.table_faq import read_table_faq
from faqbot.corpus.text_faq import read_text_faq

_OPENING = 4096  # bytes read to tell the format: a saved page's MIME headers come first
_MIME_HEADER = re.compile(rb"^mime-version:", re.IGNORECASE | re.MULTILINE)
_WEB_PAGE = re.compile(rb"<(?:!doctype html|html|body|table)\b", re.IGNORECASE)
_NAMED = {".doc": "a Word 97–2003 document", ".xls": "an Excel 97–2003 workbook"}  # what the binary format is called


def _reader(path: Path) -> Callable[[Path], tuple[list[Entry], str]] | None:
    """The reader for what an older office file really is, or None for the binary format itself
    (its first bytes hold zeros, as no text does)."""
    with path.open("rb") as file:
        opening = file.read(_OPENING).lstrip(b"\xef\xbb\xbf \t\r\n")
    if opening.startswith(b"{\\rtf"):
        return read_rtf_faq
    if _MIME_HEADER.search(opening):
        return read_mhtml_faq
    if opening.startswith(b"<") and _WEB_PAGE.search(opening):
        return read_html_faq
    if b"\0" in opening:
        return None
    return read_table_faq if path.suffix.lower() == ".xls" else read_text_faq


def read_older_office_faq(path: Path) -> tuple[list[Entry], str]:
    """Read a .doc or .xls file as what it really is; the binary format holds no entries."""
    reader = _reader(path)
    return reader(path) if reader is not None else ([], "")


def older_binary(path: Path) -> str | None:
    """What a .doc or .xls file in the binary format faqbot does not read is called ("a Word
    97–2003 document"), or None when it is another format, or named otherwise."""
    if path.suffix.lower() not in _NAMED or _reader(path) is not None:
        return None
    return _NAMED[path.suffix.lower()]
