"""Lexical index: BM25 over each entry's questions (heading and alternates) and answer (bm25s, with Snowball stemming).

Dense embeddings catch paraphrases but blur exact terms: a query that reuses an answer's
own words ("choose sides", "peace negotiations") deserves credit for it. BM25 supplies that
signal; retrieval fuses it with the dense ones at a small weight (see retrieval.WEIGHTS).
"""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from faqbot.corpus import Entry

_STEMMER = Stemmer.Stemmer("english")


def _tokenize(texts: list[str], return_ids: bool):
    """Lower-case, drop English stop words and stem, the same way for entries and queries."""
    return bm25s.tokenize(texts, stopwords="en", stemmer=_STEMMER, return_ids=return_ids, show_progress=False)


class LexicalIndex:
    """BM25 scores of a query against every entry, scaled so the best entry scores 1."""

    def __init__(self, retriever: bm25s.BM25) -> None:
        self._retriever = retriever

    @classmethod
    def build(cls, entries: tuple[Entry, ...] | list[Entry]) -> LexicalIndex:
        """Index each entry's questions and answer as one document."""
        retriever = bm25s.BM25()
        documents = ["\n".join([*e.questions, e.answer]) for e in entries]
        retriever.index(_tokenize(documents, return_ids=True), show_progress=False)
        return cls(retriever)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), show_progress=False, verbosity=0))

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    def scores(self, query: str, allowed: np.ndarray | None = None) -> np.ndarray:
        """Per-entry BM25 relative to the best (``allowed``) entry, 0..1; all zeros when no term matches."""
        tokens = _tokenize([query], return_ids=False)[0]
        if not tokens:  # only stop words or symbols: nothing to match
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        raw = self._retriever.get_scores(tokens)
        if allowed is not None:
            raw = np.where(allowed, raw, 0.0)
        top = float(raw.max()) if raw.size else 0.0
        return raw / top if top > 0 else np.zeros_like(raw)
