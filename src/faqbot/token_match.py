"""Token matching: how well each word of a question is matched, in context, by an entry's text.

One sentence vector blurs a question into its overall topic. On a FAQ whose entries all share
that topic ("What is the West doing about the Kim and Xi meetings?" against six entries about Kim
and Xi's meetings), the words that pick the right entry ("the West") weigh little in it. This
signal keeps the model's contextual vector of every word piece instead: each question token is
matched with its most similar token in the entry's heading + answer, and the matches are averaged
with inverse-document-frequency weights, so words every entry uses count little and distinctive
ones count most (the recall side of BERTScore, Zhang et al. 2020). The question's stop words and
punctuation are left out, as in the BM25 signal: a corpus of a few entries is too small for their
document frequency to show that they mean nothing. It costs no extra model call: the token vectors
come out of the same forward pass as the sentence vector.

Stored per build: the token vectors of the first MAX_ENTRY_TOKENS word pieces of every entry
(float32, memory-mapped, so only the few entries a question re-ranks are read, with no conversion),
their token ids and where each entry's tokens start.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from faqbot.text import STOP_WORDS
from faqbot.token_vectors import TokenVectors

VECTORS_FILE = "token_vectors.npy"
IDS_FILE = "token_ids.npy"
OFFSETS_FILE = "token_offsets.npy"
# An answer's opening carries its gist: 128 of up to 254 pieces score as well as all of them at half
# the storage and matching time (docs/quality.md has the figures).
MAX_ENTRY_TOKENS = 128
MAX_TOKEN_ID = 1 << 20  # far above any tokenizer's vocabulary; bounds the document-frequency table


@cache
def _blas() -> ThreadpoolController:
    """The BLAS libraries numpy uses, found once (finding them takes about a millisecond)."""
    return ThreadpoolController().select(user_api="blas")


def _content(pieces: tuple[str, ...]) -> np.ndarray:
    """Which word pieces carry meaning: not stop words, not punctuation (a "##" continuation counts)."""
    return np.array([p.startswith("##") or (p.isalnum() and p.lower() not in STOP_WORDS) for p in pieces], dtype=bool)


def _check_shapes(vectors: np.ndarray, ids: np.ndarray, offsets: np.ndarray) -> None:
    """Raise ValueError unless the three arrays describe one consistent set of entries' token vectors."""
    if offsets.ndim != 1 or len(offsets) < 1 or offsets[0] != 0 or offsets[-1] != len(ids) or np.any(np.diff(offsets) < 0):
        raise ValueError("token offsets do not partition the token ids")
    if ids.ndim != 1 or vectors.ndim != 2 or len(vectors) != len(ids):
        raise ValueError("token ids and vectors differ in number")
    if ids.size and (ids.min() < 0 or ids.max() >= MAX_TOKEN_ID):
        raise ValueError("token ids out of range")


class TokenIndex:
    """Every entry's token vectors, and the document frequency of each token id across entries."""

    def __init__(self, vectors: np.ndarray, ids: np.ndarray, offsets: np.ndarray) -> None:
        _check_shapes(vectors, ids, offsets)
        self._vectors = vectors
        self._ids = ids
        self._offsets = offsets
        self._entries = len(offsets) - 1
        owners = np.repeat(np.arange(self._entries, dtype=np.int64), np.diff(offsets))
        vocabulary = int(ids.max()) + 1 if ids.size else 1
        distinct = np.unique(owners * vocabulary + ids.astype(np.int64)) % vocabulary  # each id once per entry
        self._document_frequency = np.bincount(distinct, minlength=vocabulary)

    @classmethod
    def build(cls, texts: list[TokenVectors]) -> TokenIndex:
        """Index the token vectors of each entry's heading + answer (its first MAX_ENTRY_TOKENS), in entry order."""
        texts = [TokenVectors(t.ids[:MAX_ENTRY_TOKENS], t.vectors[:MAX_ENTRY_TOKENS]) for t in texts]
        offsets = np.cumsum([0] + [len(t.ids) for t in texts], dtype=np.int64)
        dim = texts[0].vectors.shape[1] if texts else 0
        vectors = np.concatenate([t.vectors for t in texts]) if texts else np.zeros((0, dim))
        ids = np.concatenate([t.ids for t in texts]) if texts else np.zeros(0)
        return cls(vectors.astype(np.float32), ids.astype(np.int32), offsets)

    @classmethod
    def load(cls, folder: Path) -> TokenIndex:
        """Read a saved index (vectors memory-mapped); arrays that do not fit each other raise ValueError."""
        vectors = np.load(folder / VECTORS_FILE, mmap_mode="r", allow_pickle=False)
        return cls(vectors, np.load(folder / IDS_FILE, allow_pickle=False), np.load(folder / OFFSETS_FILE, allow_pickle=False))

    def save(self, folder: Path) -> None:
        np.save(folder / VECTORS_FILE, self._vectors)
        np.save(folder / IDS_FILE, self._ids)
        np.save(folder / OFFSETS_FILE, self._offsets)

    def __len__(self) -> int:
        """The number of entries indexed."""
        return self._entries

    def entry_tokens(self, entry: int) -> TokenVectors:
        """The token ids and vectors stored for one entry (used to re-use them in a rebuild)."""
        start, end = self._offsets[entry], self._offsets[entry + 1]
        return TokenVectors(np.asarray(self._ids[start:end]), np.asarray(self._vectors[start:end]))

    def _weights(self, ids: np.ndarray) -> np.ndarray:
        """Inverse document frequency of each question token, normalised to sum to 1."""
        known = ids < len(self._document_frequency)  # ids no entry uses have frequency 0
        frequency = np.zeros(len(ids))
        frequency[known] = self._document_frequency[ids[known]]
        weights = np.log((self._entries + 1) / (frequency + 1))
        total = weights.sum()
        return weights / total if total > 0 else np.full(len(ids), 1 / max(len(ids), 1))

    def scores(self, question: TokenVectors, entries: np.ndarray) -> np.ndarray:
        """For each of ``entries``: the IDF-weighted mean of each question token's best match in it.

        Only the question's content words count, unless it has none ("Is it?"). The product runs on
        one BLAS thread: right after embedding the question, onnxruntime's threads still spin on
        both cores, and a two-thread BLAS call fighting them is many times slower at p95.
        """
        if len(question.ids) == 0:
            return np.zeros(len(entries), dtype=np.float32)
        content = _content(question.pieces)
        if content.any():
            question = TokenVectors(question.ids[content], question.vectors[content])
        with _blas().limit(limits=1):
            best = [(question.vectors @ self._vectors[self._offsets[e] : self._offsets[e + 1]].T).max(axis=1) for e in entries]
        return self._weights(question.ids) @ np.stack(best, axis=1)  # best: (question tokens, entries)
