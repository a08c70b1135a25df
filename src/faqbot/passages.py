"""Passages: an answer cut into retrievable pieces, each a verbatim slice of the answer.

An answer's paragraphs (blank-line separated) are its passages. A paragraph longer than
``max_words`` is split further at sentence ends, because all-MiniLM-L6-v2 reads at most 256
word pieces and silently drops the rest: a passage must stay well inside that window to be
embedded whole. Slicing (not rejoining) keeps each passage exactly as the author wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from faqbot.corpus import Entry

MAX_WORDS = 120
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Passage:
    """A piece of one entry's answer; ``entry`` is the entry's position in the corpus."""

    entry: int
    text: str


def _spans(text: str, pattern: re.Pattern[str]) -> Iterator[str]:
    """Yield the non-empty stripped pieces of ``text`` between matches of ``pattern``."""
    start = 0
    for match in pattern.finditer(text):
        if text[start : match.start()].strip():
            yield text[start : match.start()].strip()
        start = match.end()
    if text[start:].strip():
        yield text[start:].strip()


def _word_windows(text: str, max_words: int) -> Iterator[str]:
    """Cut a single over-long sentence at word boundaries (last resort, still verbatim slices)."""
    words = list(re.finditer(r"\S+", text))
    for first in range(0, len(words), max_words):
        chunk = words[first : first + max_words]
        yield text[chunk[0].start() : chunk[-1].end()]


def split_paragraph(paragraph: str, max_words: int = MAX_WORDS) -> list[str]:
    """Group a paragraph's sentences into chunks of at most ``max_words`` words."""
    if len(paragraph.split()) <= max_words:
        return [paragraph]
    chunks: list[str] = []
    start = end = None
    words = 0
    for match in re.finditer(r"[^.!?]*(?:[.!?]+|$)", paragraph):
        sentence = match.group().strip()
        if not sentence:
            continue
        count = len(sentence.split())
        if start is not None and words + count > max_words:
            chunks.append(paragraph[start:end].strip())
            start = None
        if start is None:
            start, words = match.start(), 0
        end, words = match.end(), words + count
    if start is not None:
        chunks.append(paragraph[start:end].strip())
    return [piece for chunk in chunks for piece in _word_windows(chunk, max_words)]


def split_answer(answer: str, max_words: int = MAX_WORDS) -> list[str]:
    """An answer's passages: its paragraphs, long ones split so each fits the model's window."""
    return [piece for paragraph in _spans(answer, _PARAGRAPH_BREAK) for piece in split_paragraph(paragraph, max_words)]


def make_passages(entries: tuple[Entry, ...] | list[Entry], max_words: int = MAX_WORDS) -> list[Passage]:
    """All passages of a corpus in entry order."""
    return [Passage(entry=i, text=text) for i, entry in enumerate(entries) for text in split_answer(entry.answer, max_words)]
