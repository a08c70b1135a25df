"""The saved index: reused when fresh, rebuilt when the corpus or model changed, never half-built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import faqbot.index
from faqbot import FAQBot
from faqbot.corpus import load_corpus
from faqbot.embeddings import Encoder
from faqbot.index import MANIFEST, load_index, open_index


def _manifest(index_dir: Path) -> dict:
    return json.loads((index_dir / MANIFEST).read_text())


def test_manifest_records_model_size_fingerprint_and_format(tmp_path: Path, pets_txt: Path) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    manifest = _manifest(tmp_path)
    assert manifest["model"].startswith("all-MiniLM-L6-v2")
    assert manifest["dimension"] == 384
    assert manifest["format_version"] == faqbot.index.FORMAT_VERSION
    assert len(manifest["corpus_fingerprint"]) == 64
    assert manifest["index_type"] == "IndexFlatIP"
    assert (tmp_path / manifest["build"] / "vectors.faiss").exists()


def test_fresh_index_is_reused_without_embedding(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    build = _manifest(tmp_path)["build"]
    monkeypatch.setattr(faqbot.index, "build_index", lambda *a, **k: pytest.fail("rebuilt a fresh index"))
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    assert _manifest(tmp_path)["build"] == build
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


def test_corpus_edit_triggers_rebuild_and_new_answers(tmp_path: Path, pets_txt: Path) -> None:
    index_dir = tmp_path / "index"
    FAQBot(corpus=pets_txt, index_dir=index_dir, progress=False)
    old_build = _manifest(index_dir)["build"]
    pets_txt.write_text(
        pets_txt.read_text() + "-\nDo you have rabbits?\nYes, we usually have a few rabbits looking for a home.\n",
        encoding="utf-8",
    )
    bot = FAQBot(corpus=pets_txt, index_dir=index_dir, progress=False)
    assert _manifest(index_dir)["build"] != old_build
    assert not (index_dir / old_build).exists(), "the superseded build is cleaned up"
    assert bot.ask("Can I adopt a bunny?").heading == "Do you have rabbits?"


def test_other_model_or_format_version_is_stale(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    corpus = load_corpus(pets_txt)
    encoder = Encoder()
    open_index(corpus, encoder, tmp_path, progress=False)
    assert load_index(tmp_path, corpus, encoder.identity) is not None
    assert load_index(tmp_path, corpus, "some/other-model") is None
    monkeypatch.setattr(faqbot.index, "FORMAT_VERSION", faqbot.index.FORMAT_VERSION + 1)
    assert load_index(tmp_path, corpus, encoder.identity) is None


def test_interrupted_build_never_loads(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(faqbot.index, "_write_manifest", crash)
    with pytest.raises(KeyboardInterrupt):
        FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    assert list(tmp_path.glob("build-*")), "the half build was written..."
    assert load_index(tmp_path, load_corpus(pets_txt), Encoder().identity) is None  # ...but is invisible


@pytest.mark.parametrize("name", ["vectors.faiss", "token_vectors.npy"])
def test_truncated_vectors_file_is_rebuilt(tmp_path: Path, pets_txt: Path, caplog, name: str) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    vectors = tmp_path / _manifest(tmp_path)["build"] / name
    vectors.write_bytes(vectors.read_bytes()[:100])
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    assert "damaged" in caplog.text
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


def test_rebuild_after_an_edit_embeds_only_the_changed_entry(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    pets_txt.write_text(pets_txt.read_text().replace("150 euros", "175 euros"), encoding="utf-8")
    encoded: list[str] = []

    def counting(method):
        def wrapper(self, texts, progress=False):
            encoded.extend(texts)
            return method(self, texts, progress)
        return wrapper

    monkeypatch.setattr(Encoder, "encode", counting(Encoder.encode))
    monkeypatch.setattr(Encoder, "encode_with_tokens", counting(Encoder.encode_with_tokens))
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    # the edited entry's heading+answer (with its token vectors) and heading+passage rows share
    # one text: embedded once, and nothing else is re-embedded
    assert encoded == ["How much does it cost to adopt a dog?\nThe adoption fee for dogs is 175 euros, which covers vaccinations and microchipping."]
    assert "175 euros" in bot.ask("How much is a dog?").passage
