"""The ONNX fast path gives the same vectors and answers as sentence-transformers, or steps aside."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from faqbot import FAQBot, onnx_encoder
from faqbot.embeddings import Encoder, resolve_model
from tests.conftest import MILITARY_HEADING, SEED_CORPUS

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

TEXTS = ["Are North Korean soldiers fighting in Ukraine?", "ok", "a long question " * 60, "Émoji 🤝 and accents, naïve café"]


@pytest.mark.own_export
def test_onnx_vectors_match_sentence_transformers(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    fast = Encoder(cache_dir=tmp_path, progress=True)
    fast_vectors = fast.encode(TEXTS)
    assert fast.backend == "onnx"
    assert "Preparing the fast model: 100%" in capfd.readouterr().err  # seconds of work, shown as it goes
    reference = Encoder(backend="torch").encode(TEXTS)
    assert np.allclose(np.linalg.norm(fast_vectors, axis=1), 1.0, atol=1e-5)
    cosines = (fast_vectors * reference).sum(axis=1)  # the export's weights are 8-bit
    assert cosines.min() > 0.995 and cosines.mean() > 0.999
    (export,) = tmp_path.glob("onnx/*/model.onnx")
    weights = sum(f.stat().st_size for f in Path(resolve_model(None)).glob("*.safetensors"))
    assert export.stat().st_size < 0.75 * weights  # matrix weights stored in 8 bits


def test_an_export_that_differs_from_the_reference_is_thrown_away(tmp_path: Path) -> None:
    def opposite(texts: list[str]) -> np.ndarray:
        return -Encoder(backend="torch").encode(texts)

    with pytest.raises(ValueError, match="differs from sentence-transformers"):
        onnx_encoder.export(resolve_model(None), tmp_path / "export", reference=opposite)
    assert list(tmp_path.iterdir()) == []  # neither the export nor its staging folder is left behind


def test_onnx_token_vectors_match_sentence_transformers(tmp_path: Path) -> None:
    _, fast = Encoder(cache_dir=tmp_path).encode_with_tokens(TEXTS)
    _, reference = Encoder(backend="torch").encode_with_tokens(TEXTS)
    for ours, theirs in zip(fast, reference):
        assert ours.ids.tolist() == theirs.ids.tolist() and 101 not in ours.ids and 102 not in ours.ids  # no [CLS]/[SEP]
        assert np.allclose(np.linalg.norm(ours.vectors, axis=1), 1.0, atol=1e-4)
        assert (ours.vectors * theirs.vectors).sum(axis=1).min() > 0.98


def test_concurrent_questions_batch_to_the_same_vectors(tmp_path: Path) -> None:
    encoder = Encoder(cache_dir=tmp_path)
    batched, batched_tokens = encoder.encode_with_tokens(TEXTS)
    single = [encoder.encode_query(t) for t in TEXTS]
    assert (batched * np.stack([vector for vector, _ in single])).sum(axis=1).min() > 0.9999
    assert all(np.allclose(tokens.vectors, one.vectors, atol=1e-4) for tokens, (_, one) in zip(batched_tokens, single))


def test_answering_does_not_import_torch(exported_index: Path) -> None:
    FAQBot(corpus=SEED_CORPUS, index_dir=exported_index, progress=False)  # builds the index; the export is there already
    script = (
        "import sys; from faqbot import FAQBot; "
        f"a = FAQBot(corpus={str(SEED_CORPUS)!r}, index_dir={str(exported_index)!r}).ask('Are North Korean soldiers fighting in Ukraine?'); "
        "print(a.heading); print('torch' in sys.modules, 'sentence_transformers' in sys.modules, 'gradio' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env={"HF_HUB_OFFLINE": "1", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [MILITARY_HEADING, "False False False"]


@pytest.mark.own_export
@pytest.mark.parametrize("damage", ["model", "max_seq_length"])
def test_a_damaged_export_is_made_again(tmp_path: Path, caplog, damage: str) -> None:
    reference = Encoder(cache_dir=tmp_path)
    expected = reference.encode(TEXTS)
    (folder,) = tmp_path.glob("onnx/*")
    if damage == "model":  # same size, different bytes: only the hash tells
        model = folder / "model.onnx"
        model.write_bytes(bytes(reversed(model.read_bytes())))
    else:
        manifest = json.loads((folder / "export.json").read_text())
        (folder / "export.json").write_text(json.dumps({**manifest, "max_seq_length": 3}))
    encoder = Encoder(cache_dir=tmp_path)
    with caplog.at_level(logging.WARNING):
        vectors = encoder.encode(TEXTS)
    assert "is damaged" in caplog.text and "exporting the model again" in caplog.text
    assert encoder.backend == "onnx"
    assert (vectors * expected).sum(axis=1).min() > 0.9999
