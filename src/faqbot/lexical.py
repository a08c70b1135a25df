"""Lexical index: BM25 over each entry's questions (heading and alternates) and answer (bm25s, with Snowball stemming).

Dense embeddings catch paraphrases but blur exact terms: a query that reuses an answer's
own words ("choose sides", "peace negotiations") deserves credit for it. BM25 supplies that
signal; retrieval fuses it with the dense ones at a small weight (see retrieval.WEIGHTS).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import bm25s
import numpy as np
import Stemmer

from faqbot.text import STOP_WORDS, without_accents

if TYPE_CHECKING:  # the corpus readers use this module's terms, so it cannot import them first
    from faqbot.corpus import Entry

_STEMMER = Stemmer.Stemmer("english")
_NO_TERMS = "faqbotnoterms"
TERM = re.compile(r"(?u)\b\w\w+\b")  # bm25s's (and scikit-learn's) token pattern: words of two characters or more
_HYPHENATED = re.compile(r"(?<!\w)\w+(?:-\w+)+")  # from a word's start only: tried from each letter, a long word took quadratic time


def _tokenize(texts: list[str]):
    """Lower-case, drop accents and English stop words, and stem: the entries' terms, as bm25s indexes them."""
    return bm25s.tokenize([without_accents(text) for text in texts], stopwords="en", stemmer=_STEMMER, return_ids=True, show_progress=False)


def stem(word: str) -> str:
    """A lower-case word's stem, as BM25 indexes it."""
    return _STEMMER.stemWord(word)


def query_terms(question: str) -> list[str]:
    """A question's terms exactly as :func:`_tokenize` makes them, without bm25s.tokenize's per-call
    set-up (three progress-bar objects even when hidden: a third of the lexical signal's cost)."""
    return _STEMMER.stemWords([word for word in TERM.findall(without_accents(question).lower()) if word not in STOP_WORDS])


def terms_joined_up(text: str) -> list[str]:
    """The terms of ``text`` as :func:`query_terms` makes them, plus each hyphenated word's joined
    up ("Wi-Fi" → "wifi", "e-mail" → "email"): people type those as one word."""
    joined = " ".join(word.replace("-", "") for word in _HYPHENATED.findall(text))
    return query_terms(text) + query_terms(joined)


class LexicalIndex:
    """BM25 scores of a query against every entry, scaled so the best entry scores 1."""

    def __init__(self, retriever: bm25s.BM25) -> None:
        self._retriever = retriever

    @classmethod
    def build(cls, entries: tuple[Entry, ...] | list[Entry]) -> LexicalIndex:
        """Index each entry's questions and answer as one document."""
        retriever = bm25s.BM25()
        tokens = _tokenize(["\n".join(e.texts) for e in entries])
        if not tokens.vocab:  # no entry has a word BM25 keeps ("Q?" / "A."); bm25s cannot index nothing
            tokens = _tokenize([_NO_TERMS] * len(entries))  # every entry alike: the signal says nothing
        retriever.index(tokens, show_progress=False)
        return cls(retriever)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), show_progress=False, verbosity=0))

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @property
    def documents(self) -> int:
        """How many entries are indexed."""
        return int(self._retriever.scores["num_docs"])

    def scores(self, query: str, allowed: np.ndarray | None = None) -> np.ndarray:
        """Per-entry BM25 relative to the best (``allowed``) entry, 0..1; all zeros when no term matches."""
        tokens = query_terms(query)
        if not tokens:  # only stop words or symbols: nothing to match
            return np.zeros(self.documents, dtype=np.float32)
        raw = self._retriever.get_scores(tokens)
        if allowed is not None:
            raw = np.where(allowed, raw, 0.0)
        top = float(raw.max()) if raw.size else 0.0
        return raw / top if top > 0 else np.zeros_like(raw)
