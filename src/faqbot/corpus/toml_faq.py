"""TOML: the FAQ data files of Hugo sites (``data/faq.toml``), read as JSON data files are.

An array of tables (``[[faq]]`` with ``question`` and ``answer``, or ``q`` and ``a``) is the list
of entries, a ``title`` and ``description`` beside it describe the FAQ, and entries kept in
sections, or questions mapped to their answers, are read as in JSON (see
:mod:`faqbot.corpus.json_faq`), each entry on the line that opens it
(:mod:`faqbot.corpus.toml_data`).
"""

from __future__ import annotations

from pathlib import Path

from faqbot.corpus.entry import Entry, read_text
from faqbot.corpus.json_faq import data_entries
from faqbot.corpus.toml_data import toml_located


def read_toml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a TOML FAQ, each entry on the line that opens it."""
    return data_entries(toml_located(read_text(path), path), path, None)
