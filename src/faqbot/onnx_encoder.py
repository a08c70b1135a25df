"""The fast embedding path: the same model exported to ONNX, run with onnxruntime + tokenizers.

Importing sentence-transformers (and torch) takes seconds; the ONNX export of the same weights
loads in a fraction of a second and embeds a query several times faster (README, Performance).
The export is made once per model, with torch, the first time an index is built, checked against
sentence-transformers before it is used, and checked against the hashes in its manifest
(``export.json``) every time it is loaded; answering questions never imports torch.

The export stores its matrix weights as 8-bit integers in blocks of 32, each block with its own
scale (onnxruntime's MatMulNBits). Embedding a question streams every weight through the CPU
once, so smaller weights make questions faster, and per-block scales keep the vectors close to
sentence-transformers' (the parity check below; StackFAQ P@1 in the README). Whole-tensor int8
quantisation of weights *and* activations was faster still but drifted further and cost StackFAQ
answers, so it is not used.

The graph has two outputs: the sentence vector, and every word piece's contextual vector (for
:mod:`faqbot.token_match`), so both come from one forward pass.

Only models shaped like all-MiniLM-L6-v2 (a Transformer, mean pooling, normalisation) take this
path; anything else keeps using sentence-transformers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np

from faqbot.integrity import file_hash
from faqbot.token_vectors import TokenVectors

logger = logging.getLogger(__name__)

ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
EXPORT_MANIFEST = "export.json"  # the reading settings and the SHA-256 of every other file, written last
PARITY_PROBES = [
    "Are North Korean soldiers fighting in Ukraine?",
    "How do I cancel my subscription and get a refund for the unused months of the plan?",
    "ok",
]
PARITY_MIN_COSINE = 0.995  # 8-bit weights stay well above it; a broken export is far below
EXPORT_VERSION = 4  # part of the export folder's name: a new recipe never reuses an old export
WEIGHT_BITS = 8
WEIGHT_BLOCK = 32
MIN_SEQ_LENGTH, MAX_SEQ_LENGTH = 32, 8192  # what a sentence model reads; 3 word pieces would be a damaged setting


def supports(model_path: str) -> bool:
    """True when a local sentence-transformers model is a plain Transformer + mean pooling (+ Normalize)."""
    model_dir = Path(model_path)
    try:
        modules = json.loads((model_dir / "modules.json").read_text())
        types = [module["type"].rsplit(".", 1)[-1] for module in modules]
        pooling = json.loads((model_dir / modules[1]["path"] / "config.json").read_text())
    except (OSError, ValueError, KeyError, IndexError):
        return False
    modes = [key for key, on in pooling.items() if key.startswith("pooling_mode") and on]
    return types[:2] == ["Transformer", "Pooling"] and set(types[2:]) <= {"Normalize"} and modes == ["pooling_mode_mean_tokens"] and (model_dir / TOKENIZER_FILE).exists()


def export(model_path: str, target: Path, reference, progress: bool = False) -> None:
    """Export ``model_path`` to ONNX in ``target`` (atomically) and verify it against ``reference``.

    ``reference`` is the sentence-transformers encode function for the same model; an export
    whose vectors differ from it is thrown away rather than used. It takes seconds, once per model
    and index folder, so ``progress`` shows its three steps. Everything is written to a staging
    folder beside ``target`` that is renamed into place only once checked, and removed on any failure.
    """
    from tqdm.auto import tqdm

    model_dir = Path(model_path)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-"))
    try:
        with tqdm(total=3, desc="Preparing the fast model", unit="step", disable=not progress) as bar:
            full_precision = staging / "full-precision.onnx"
            _export_graph(model_path, full_precision)
            bar.update()
            _quantize_weights(full_precision, staging / ONNX_FILE)
            full_precision.unlink()
            bar.update()
            _write_manifest(model_dir, staging)
            _check_parity(staging, reference)
            os.replace(staging, target)
            bar.update()
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _export_graph(model_path: str, onnx_file: Path) -> None:
    """Trace the transformer, mean pooling and normalisation as one float32 graph with dynamic batch and length."""
    import torch
    from transformers import AutoModel

    class MeanPooledEncoder(torch.nn.Module):
        """Transformer + mean pooling + L2 normalisation, as one graph; also the unit token vectors."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1), torch.nn.functional.normalize(hidden, p=2, dim=2)

    from faqbot.embeddings import quiet_transformers  # here: embeddings imports this module

    quiet_transformers()
    module = MeanPooledEncoder(AutoModel.from_pretrained(model_path)).eval()
    sample = torch.ones(2, 8, dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer chatter about shapes the dynamic axes already cover
        torch.onnx.export(
            module, (sample, torch.ones_like(sample), torch.zeros_like(sample)), str(onnx_file),
            input_names=list(axes), output_names=["embedding", "tokens"],
            dynamic_axes={**axes, "embedding": {0: "batch"}, "tokens": {0: "batch", 1: "tokens"}},
            opset_version=17, dynamo=False,
        )


def _write_manifest(model_dir: Path, staging: Path) -> None:
    """Copy the tokenizer beside the graph and write the manifest last: the model's reading length and every file's hash."""
    shutil.copy2(model_dir / TOKENIZER_FILE, staging / TOKENIZER_FILE)
    config = model_dir / "sentence_bert_config.json"
    settings = json.loads(config.read_text()) if config.exists() else {}
    files = {name: file_hash(staging / name) for name in (ONNX_FILE, TOKENIZER_FILE)}
    (staging / EXPORT_MANIFEST).write_text(json.dumps({"max_seq_length": settings.get("max_seq_length", 256), "files": files}))


def _check_parity(staging: Path, reference) -> None:
    """Refuse an export whose vectors for the probe sentences drift from sentence-transformers'."""
    cosines = (OnnxEncoder(staging).encode(PARITY_PROBES) * reference(PARITY_PROBES)).sum(axis=1)
    if cosines.min() < PARITY_MIN_COSINE:
        raise ValueError(f"ONNX export differs from sentence-transformers (cosine {cosines.min():.5f})")


def _quantize_weights(source: Path, target: Path) -> None:
    """Store every MatMul weight of ``source`` as 8-bit integers, one scale per block of 32."""
    import onnx

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    root.handlers[:], root.level = handlers, level  # that import calls logging.basicConfig(level=INFO)
    logging.getLogger(MatMulNBitsQuantizer.__module__).setLevel(logging.WARNING)  # one line per node otherwise
    # accuracy_level 4: activations are quantised per block on the fly and multiplied in int8;
    # levels 0-3 (float products) are slightly closer to float32 but make questions slower than float32.
    quantizer = MatMulNBitsQuantizer(onnx.load(str(source)), bits=WEIGHT_BITS, block_size=WEIGHT_BLOCK, is_symmetric=True, accuracy_level=4)
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)


class ExportDamaged(ValueError):
    """An export folder whose files do not match its manifest, or whose settings are out of range."""


def _verified_max_length(folder: Path) -> int:
    """The export's max_seq_length, once every file matches the hash its manifest records."""
    try:
        manifest = json.loads((folder / EXPORT_MANIFEST).read_text())
        files, max_length = manifest["files"], manifest["max_seq_length"]
        if not isinstance(files, dict) or set(files) != {ONNX_FILE, TOKENIZER_FILE}:
            raise ExportDamaged("its manifest does not list the model and tokenizer")
        if type(max_length) is not int or not MIN_SEQ_LENGTH <= max_length <= MAX_SEQ_LENGTH:
            raise ExportDamaged(f"max_seq_length {max_length!r} is outside {MIN_SEQ_LENGTH}..{MAX_SEQ_LENGTH}")
        for name, digest in files.items():
            if file_hash(folder / name) != digest:
                raise ExportDamaged(f"{name} does not match its recorded SHA-256")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise exc if isinstance(exc, ExportDamaged) else ExportDamaged(str(exc)) from exc
    return max_length


class OnnxEncoder:
    """Embeds texts with an exported model folder: unit-length float32 vectors.

    The folder is verified against its manifest first: a damaged export raises ExportDamaged
    (the caller exports again) instead of giving wrong vectors.
    """

    def __init__(self, folder: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        max_length = _verified_max_length(folder)
        try:
            self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            self._session = onnxruntime.InferenceSession(str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - tokenizers and onnxruntime raise their own types for bad files
            raise ExportDamaged(f"cannot load it ({exc})") from exc
        self._tokenizer.no_padding()  # the bundled tokenizer.json pads everything to 128 tokens
        self._tokenizer.enable_truncation(max_length=max_length)

    def _encode_one(self, text: str) -> tuple[np.ndarray, TokenVectors]:
        encoding = self._tokenizer.encode(text)
        feeds = {
            "input_ids": np.array([encoding.ids], dtype=np.int64),
            "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
            "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
        }
        vector, tokens = self._session.run(None, feeds)
        return vector[0], TokenVectors(np.asarray(encoding.ids[1:-1], dtype=np.int32), tokens[0, 1:-1], tuple(encoding.tokens[1:-1]))

    def encode_with_tokens(self, texts: list[str], progress: bool = False) -> tuple[np.ndarray, list[TokenVectors]]:
        """Embed each text in its own model call: its sentence vector and its token vectors.

        On our 2-core CPUs that beats batching: nothing is padded and one text's activations stay
        in cache (README, Performance); for short questions the two are level.
        """
        if len(texts) == 1:  # a question: skip the progress bar's import and set-up
            vector, tokens = self._encode_one(texts[0])
            return vector[None, :], [tokens]
        from tqdm.auto import tqdm

        results = [self._encode_one(text) for text in tqdm(texts, desc="Embedding", unit="text", disable=not progress)]
        vectors = np.stack([vector for vector, _ in results]) if results else np.zeros((0, 0))
        return np.ascontiguousarray(vectors, dtype=np.float32), [tokens for _, tokens in results]

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Sentence vectors only (see :meth:`encode_with_tokens`)."""
        return self.encode_with_tokens(texts, progress)[0]
