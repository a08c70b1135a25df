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
        raise CorpusError(f"{path}: not a readable {path.suffix} file ({exc}); {_save_again(path)}") from None
    if unpacked > MAX_UNPACKED_MB * 1_000_000:
        raise CorpusError(f"{path}: unpacks to {unpacked / 1_000_000:.0f} MB, over the {MAX_UNPACKED_MB} MB an FAQ could need; is it really an FAQ?")


def unreadable(path: Path, why: Exception | str) -> CorpusError:
    """The error for a package that opened but fails to read (a damaged file fails in many ways
    inside each library): why, the failure named, and what to do."""
    if isinstance(why, Exception):
        why = f"{type(why).__name__}: {why}"
    return CorpusError(f"{path}: cannot read the file ({why}); {_save_again(path)}")


def _save_again(path: Path) -> str:
    """What mends a package that cannot be read: saving it again from the program that made it."""
    return f"open it in {_SAVED_BY.get(path.suffix.lower(), 'the program that made it')} and save it again"
