"""Embedding checkpoints: an interrupted build continues where it stopped instead of starting over.

While a build embeds, every CHUNK texts are saved to ``.checkpoint-<model>/`` in the index folder,
one ``.npz`` file per chunk written atomically, keyed by the SHA-256 of each text. The next build
of the same model takes whatever the checkpoint holds, like embeddings of the previous build, and
a published build deletes the checkpoint. A damaged chunk is skipped, never trusted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import BinaryIO

import numpy as np

from faqbot.token_vectors import TokenVectors

logger = logging.getLogger(__name__)

CHUNK = 256  # texts embedded between two saves: about a minute of work at most on two cores


def text_key(text: str) -> str:
    """The key of a text's embeddings, in checkpoints and when reusing a previous build's."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Checkpoint:
    """The saved chunks of one model's unfinished build."""

    def __init__(self, index_dir: Path, model: str) -> None:
        self.folder = index_dir / f".checkpoint-{text_key(model)[:16]}"

    def load(self) -> tuple[dict[str, np.ndarray], dict[str, TokenVectors]]:
        """Vectors and token vectors saved so far, by text key."""
        vectors: dict[str, np.ndarray] = {}
        tokens: dict[str, TokenVectors] = {}
        for chunk in sorted(self.folder.glob("chunk-*.npz")):
            try:
                read_embeddings(chunk, vectors, tokens)
            except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
                logger.warning("skipping damaged checkpoint %s (%s)", chunk, exc)
        if vectors:
            logger.info("resuming an interrupted build: %d embeddings from its checkpoint", len(vectors))
        return vectors, tokens

    def save(self, texts: list[str], vectors: np.ndarray, tokens: list[TokenVectors] | None = None) -> None:
        """Add one chunk: ``texts``' vectors, and their token vectors when given."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".chunk-", suffix=".npz")
        with os.fdopen(fd, "wb") as handle:
            write_embeddings(handle, texts, vectors, tokens)
        os.replace(tmp, self.folder / f"chunk-{len(list(self.folder.glob('chunk-*.npz'))):06d}.npz")

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def write_embeddings(handle: BinaryIO, texts: list[str], vectors: np.ndarray, tokens: list[TokenVectors] | None = None) -> None:
    """Save ``texts``' vectors (and token vectors, when given) by text key, as one ``.npz``."""
    arrays = {"keys": np.array([text_key(t) for t in texts]), "vectors": np.asarray(vectors, dtype=np.float32)}
    if tokens is not None:
        arrays["token_offsets"] = np.cumsum([0] + [len(t.ids) for t in tokens], dtype=np.int64)
        arrays["token_ids"] = np.concatenate([t.ids for t in tokens]).astype(np.int32)
        arrays["token_vectors"] = np.concatenate([t.vectors for t in tokens]).astype(np.float32)
    np.savez(handle, **arrays)


def read_embeddings(path: Path, vectors: dict[str, np.ndarray], tokens: dict[str, TokenVectors]) -> None:
    """Add the embeddings :func:`write_embeddings` saved to ``vectors`` and ``tokens``; ValueError if its arrays do not fit."""
    with np.load(path, allow_pickle=False) as chunk:
        keys, rows = chunk["keys"], chunk["vectors"]
        if rows.ndim != 2 or len(rows) != len(keys) or not np.isfinite(rows).all():
            raise ValueError("vectors do not match their keys")
        vectors.update(zip(keys.tolist(), rows))
        if "token_offsets" in chunk:
            offsets, ids, token_rows = chunk["token_offsets"], chunk["token_ids"], chunk["token_vectors"]
            if len(offsets) != len(keys) + 1 or offsets[-1] != len(ids) or len(ids) != len(token_rows) or np.any(np.diff(offsets) < 0):
                raise ValueError("token vectors do not match their keys")
            for key, start, end in zip(keys.tolist(), offsets[:-1], offsets[1:]):
                tokens[key] = TokenVectors(ids[start:end], token_rows[start:end])
