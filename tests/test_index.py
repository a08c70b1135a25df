"""The saved index: reused when fresh, rebuilt when the corpus or model changed, never half-built."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

import faqbot.index.build
import faqbot.index.store
from faqbot import FAQBot
from faqbot.cli import main
from faqbot.corpus import load_corpus
from faqbot.errors import IndexFolderError
from faqbot.index import MANIFEST, load_index, open_index
from tests.fakes import HashingEncoder


def fake_bot(corpus: Path, index_dir: Path, encoder: HashingEncoder | None = None) -> FAQBot:
    """A bot on the fake encoder: these tests are about index files, not about the model."""
    return FAQBot(corpus=corpus, index_dir=index_dir, progress=False, encoder=encoder or HashingEncoder())


def _manifest(index_dir: Path) -> dict:
    return json.loads((index_dir / MANIFEST).read_text())


@pytest.mark.model
def test_manifest_records_model_size_fingerprint_and_format(tmp_path: Path, pets_txt: Path) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False)
    manifest = _manifest(tmp_path)
    assert manifest["model"].startswith("all-MiniLM-L6-v2")
    assert manifest["dimension"] == 384
    assert manifest["format_version"] == faqbot.index.store.FORMAT_VERSION
    assert len(manifest["corpus_fingerprint"]) == 64
    assert manifest["index_type"] == "IndexFlatIP"
    assert (tmp_path / manifest["build"] / "vectors.faiss").exists()


def test_fresh_index_is_reused_without_embedding(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    fake_bot(pets_txt, tmp_path)
    build = _manifest(tmp_path)["build"]
    monkeypatch.setattr(faqbot.index.build, "build_index", lambda *a, **k: pytest.fail("rebuilt a fresh index"))
    bot = fake_bot(pets_txt, tmp_path)
    assert _manifest(tmp_path)["build"] == build
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


@pytest.mark.model
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
    encoder = HashingEncoder()
    open_index(corpus, encoder, tmp_path, progress=False)
    assert load_index(tmp_path, corpus, encoder.identity) is not None
    assert load_index(tmp_path, corpus, "some/other-model") is None
    monkeypatch.setattr(faqbot.index.store, "FORMAT_VERSION", faqbot.index.store.FORMAT_VERSION + 1)
    assert load_index(tmp_path, corpus, encoder.identity) is None


def test_interrupted_build_never_loads(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(faqbot.index.store, "publish", crash)
    with pytest.raises(KeyboardInterrupt):
        fake_bot(pets_txt, tmp_path)
    assert list(tmp_path.glob("build-*")), "the half build was written..."
    assert load_index(tmp_path, load_corpus(pets_txt), HashingEncoder.identity) is None  # ...but is invisible


@pytest.mark.parametrize("name", ["vectors.faiss", "token_vectors.npy"])
def test_truncated_vectors_file_is_rebuilt(tmp_path: Path, pets_txt: Path, caplog, name: str) -> None:
    fake_bot(pets_txt, tmp_path)
    vectors = tmp_path / _manifest(tmp_path)["build"] / name
    vectors.write_bytes(vectors.read_bytes()[:100])
    bot = fake_bot(pets_txt, tmp_path)
    assert "damaged" in caplog.text
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


def test_rebuild_after_an_edit_embeds_only_the_changed_entry(tmp_path: Path, pets_txt: Path) -> None:
    fake_bot(pets_txt, tmp_path)
    pets_txt.write_text(pets_txt.read_text().replace("150 euros", "175 euros"), encoding="utf-8")
    encoder = HashingEncoder()
    bot = fake_bot(pets_txt, tmp_path, encoder)
    # the edited entry's heading+answer (with its token vectors) and heading+passage rows share
    # one text, embedded once; its answer alone is embedded to find entries that answer the same
    # thing; nothing else is re-embedded
    answer = "The adoption fee for dogs is 175 euros, which covers vaccinations and microchipping."
    assert encoder.encoded == [f"How much does it cost to adopt a dog?\n{answer}", answer]
    assert "175 euros" in bot.ask("How much is a dog?").passage


def _build_file(index_dir: Path, name: str) -> Path:
    return index_dir / _manifest(index_dir)["build"] / name


def _same_size_damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # zeros where vectors or text were: same size, other content
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["vectors.faiss", "meta.json", "token_ids.npy", "token_vectors.npy", "focus.npz", "lexical/params.index.json"])
def test_damage_that_keeps_the_size_is_found_by_its_hash_and_rebuilt(tmp_path: Path, pets_txt: Path, caplog, name: str) -> None:
    fake_bot(pets_txt, tmp_path)
    path = _build_file(tmp_path, name)
    size = path.stat().st_size
    _same_size_damage(path)
    assert path.stat().st_size == size
    bot = fake_bot(pets_txt, tmp_path)
    assert "does not match its recorded SHA-256" in caplog.text
    answer = bot.ask("How much is a dog?")
    assert answer.heading == "How much does it cost to adopt a dog?" and 0 <= answer.score <= 1


def test_an_edited_heading_in_the_metadata_is_not_served(tmp_path: Path, pets_txt: Path) -> None:
    fake_bot(pets_txt, tmp_path)
    meta = _build_file(tmp_path, "meta.json")
    meta.write_text(meta.read_text().replace("How much does it cost", "How much doez it cozt"))
    assert fake_bot(pets_txt, tmp_path).ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


@pytest.mark.parametrize("manifest", ["[1, 2]", '{"format_version": "7", "model": 3}', "{}", "null"])
def test_a_manifest_of_the_wrong_shape_is_rebuilt(tmp_path: Path, pets_txt: Path, caplog, manifest: str) -> None:
    fake_bot(pets_txt, tmp_path)
    (tmp_path / MANIFEST).write_text(manifest)
    bot = fake_bot(pets_txt, tmp_path)
    assert "ignoring the unreadable manifest" in caplog.text
    assert _manifest(tmp_path)["format_version"] == faqbot.index.store.FORMAT_VERSION  # it was rebuilt
    assert bot.ask("How much is a dog?").answered


def test_metadata_that_does_not_fit_is_damage_not_a_crash(tmp_path: Path, pets_txt: Path) -> None:
    fake_bot(pets_txt, tmp_path)
    manifest = _manifest(tmp_path)
    meta = _build_file(tmp_path, "meta.json")
    meta.write_text(json.dumps({"description": "", "entries": [{"heading": 1}], "passages": []}))
    manifest["files"]["meta.json"] = {"size": meta.stat().st_size, "sha256": faqbot.index.store.file_hash(meta)}  # hashes match
    (tmp_path / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(faqbot.index.store.Damaged, match="malformed entry"):
        faqbot.index.read_build(tmp_path, manifest)
    assert load_index(tmp_path, load_corpus(pets_txt), HashingEncoder.identity) is None


@pytest.mark.model
def test_a_stale_index_in_a_read_only_folder_is_a_clear_error(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    index_dir = tmp_path / "index"
    fake_bot(pets_txt, index_dir)
    pets_txt.write_text(pets_txt.read_text().replace("150 euros", "175 euros"), encoding="utf-8")

    def read_only(folder: Path) -> Path:  # what a read-only folder does for any user but root
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(faqbot.index.store, "new_build_folder", read_only)
    with pytest.raises(IndexFolderError, match="index must be .re.built but the folder cannot be written"):
        fake_bot(pets_txt, index_dir)
    assert main(["ask", "How much is a dog?", "--corpus", str(pets_txt), "--index", str(index_dir)]) == 1


def test_an_index_path_that_is_a_file_is_a_clear_error(tmp_path: Path, pets_txt: Path) -> None:
    (tmp_path / "index").write_text("not a folder")
    with pytest.raises(IndexFolderError, match="cannot write the index"):
        fake_bot(pets_txt, tmp_path / "index")


def test_an_interrupted_build_continues_from_its_checkpoint(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    monkeypatch.setattr(faqbot.index.build, "CHUNK", 1)
    interrupted = HashingEncoder()
    real = interrupted.encode_with_tokens

    def first_chunk_only(texts, progress=False):
        if interrupted.encoded:
            raise KeyboardInterrupt  # the second chunk never finishes
        return real(texts, progress)

    monkeypatch.setattr(interrupted, "encode_with_tokens", first_chunk_only)
    with pytest.raises(KeyboardInterrupt):
        fake_bot(pets_txt, tmp_path, interrupted)
    assert list(tmp_path.glob(".checkpoint-*/chunk-*.npz"))
    resumed = HashingEncoder()
    bot = fake_bot(pets_txt, tmp_path, resumed)
    entries = bot.index.layout.documents()
    assert interrupted.encoded[0] not in resumed.encoded, "the checkpointed chunk is not embedded again"
    assert sorted(t for t in resumed.encoded if t in entries) == sorted(set(entries) - {interrupted.encoded[0]})
    assert not list(tmp_path.glob(".checkpoint-*")), "a published build removes its checkpoint"
