"""A fake encoder for tests of plumbing (index files, rebuilds, reloads) rather than of the model.

Hashed bag of words: each lower-cased word is a fixed pseudo-random unit vector (seeded by the
word), a text is the normalised sum of its words, and each word is one "word piece" with its own
vector. Texts that share words are close, which is enough to route a question to the entry that
uses its words; it costs microseconds and loads nothing.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from faqbot.token_vectors import TokenVectors

DIMENSION = 64
_WORD = re.compile(r"\w+")


def _word_vector(word: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(word.encode("utf-8", "surrogatepass")).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(DIMENSION).astype(np.float32)
    return vector / np.linalg.norm(vector)


class HashingEncoder:
    """Implements the part of :class:`faqbot.embeddings.Encoder` that the bot and the index use."""

    identity = "fake hashed bag of words"
    backend = "fake"

    def __init__(self) -> None:
        self.encoded: list[str] = []  # every text embedded, for tests that count re-embedding

    def load(self) -> None:
        """Nothing to load."""

    def _one(self, text: str) -> tuple[np.ndarray, TokenVectors]:
        words = [w.lower() for w in _WORD.findall(text)] or ["<empty>"]
        vectors = np.stack([_word_vector(w) for w in words])
        total = vectors.sum(axis=0)
        ids = np.array([int(hashlib.sha256(w.encode("utf-8", "surrogatepass")).hexdigest()[:5], 16) for w in words], dtype=np.int32)
        return total / max(float(np.linalg.norm(total)), 1e-12), TokenVectors(ids, vectors, tuple(words))

    def _many(self, texts: list[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        self.encoded.extend(texts)
        results = [self._one(t) for t in texts]
        vectors = np.stack([v for v, _ in results]) if results else np.zeros((0, DIMENSION), dtype=np.float32)
        return vectors.astype(np.float32), [t for _, t in results]

    def encode_with_tokens(self, texts: list[str], progress: bool = False) -> tuple[np.ndarray, list[TokenVectors]]:
        return self._many(texts)

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self._many(texts)[0]

    def encode_query(self, text: str) -> tuple[np.ndarray, TokenVectors]:
        vectors, tokens = self._many([text])
        return vectors[0], tokens[0]
