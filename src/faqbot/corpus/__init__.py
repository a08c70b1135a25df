"""Corpus parsing: FAQ documents on disk → a :class:`Corpus` of :class:`Entry` values.

One module per format (plain text, Markdown, reStructuredText, web pages, Word, YAML, CSV/TSV,
Excel, JSON/JSONL); the loader picks the reader by file extension (:func:`file_type`). Every entry remembers where
it came from (file and line), so answers can cite their source and errors point a FAQ author at
the place to fix.
"""

from faqbot.corpus.entry import Corpus, CorpusError, Entry
from faqbot.corpus.loader import (
    READERS,
    asked_in_two_sections,
    file_type,
    is_corpus_file,
    load_corpus,
    problems,
    read_corpus,
    repeated_questions,
)

__all__ = ["READERS", "Corpus", "asked_in_two_sections", "CorpusError", "Entry", "file_type", "is_corpus_file", "load_corpus", "problems", "read_corpus", "repeated_questions"]
