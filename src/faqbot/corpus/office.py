"""Office files — Word documents, Excel workbooks, OpenDocument texts and spreadsheets — are zip packages of XML parts.

A package is opened only when it is one and unpacks to a size an FAQ could have: the corpus
limit bounds the files' size, and a small file can unpack to gigabytes (a "zip bomb").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from faqbot.corpus.entry import CorpusError

MAX_UNPACKED_MB = 200  # StackFAQ's whole text is 0.4 MB; a workbook of 50,000 answers unpacks to about 50 MB
_SAVED_BY = {".docx": "Word", ".xlsx": "Excel", ".odt": "LibreOffice", ".ods": "LibreOffice"}


def checked_package(path: Path) -> None:
    """Refuse a file that is not a readable zip package, or that unpacks to over MAX_UNPACKED_MB.

    The sizes a package declares bound what reading it can unpack: Python's zip reader stops at
    the declared size of each part.
    """
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(part.file_size for part in package.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise CorpusError(f"{path}: {_compound_file(path) or f'not a readable {path.suffix} file ({exc}); {_save_again(path)}'}") from None
    if unpacked > MAX_UNPACKED_MB * 1_000_000:
        raise CorpusError(f"{path}: unpacks to {unpacked / 1_000_000:.0f} MB, over the {MAX_UNPACKED_MB} MB an FAQ could need; is it really an FAQ?")


def unreadable(path: Path, why: Exception | str) -> CorpusError:
    """The error for a package that opened but fails to read (a damaged file fails in many ways
    inside each library): why, the failure named, and what to do."""
    if isinstance(why, Exception):
        why = f"{type(why).__name__}: {why}"
    return CorpusError(f"{path}: cannot read the file ({why}); {_save_again(path)}")


_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # how an OLE compound file opens: Office 97–2003's container
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream a password-protected .docx or .xlsx is kept in
_OLDER = {".docx": "a Word 97–2003 document (.doc)", ".xlsx": "an Excel 97–2003 workbook (.xls)"}


def _compound_file(path: Path) -> str | None:
    """What a .docx or .xlsx that is no zip package is, when it is an OLE compound file, and what to
    do: one protected by a password is kept so (saving it again keeps the password), and so is an
    Office 97–2003 file renamed; None for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_COMPOUND_FILE) or path.suffix.lower() not in _OLDER:
        return None
    if _ENCRYPTED in data:
        return f"is protected by a password; save a copy without one ({_SAVED_BY[path.suffix.lower()]}: File > Info > Protect, remove the password)"
    return f"is {_OLDER[path.suffix.lower()]} named {path.suffix}; open it in {_SAVED_BY[path.suffix.lower()]} and save it as {path.suffix}"


def _save_again(path: Path) -> str:
    """What mends a package that cannot be read: saving it again from the program that made it."""
    return f"open it in {_SAVED_BY.get(path.suffix.lower(), 'the program that made it')} and save it again"
