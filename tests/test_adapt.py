"""Adapting the model to the corpus: made once, reused, made again on request or when damaged, skipped when too small.

The bots here tune the real model on a 24-entry library FAQ (a few seconds of training); the
copy made by the module fixture is copied for the tests that change it.
"""

from __future__ import annotations

import json
import logging
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import faqbot.embeddings
from faqbot import FAQBot, adapt
from faqbot.corpus import load_corpus
from faqbot.index import store
from tests.conftest import PRODUCTION_EXPORT_FOLDER, ROOT, SEED_CORPUS

LIBRARY = ROOT / "tests" / "data" / "library.txt"

pytestmark = pytest.mark.model


def _record(index_dir: Path) -> dict:
    return json.loads((index_dir / adapt.FOLDER / adapt.RECORD).read_text())


@pytest.fixture(scope="module")
def adapted_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index folder of the library FAQ, with the model adapted to it (made once per module)."""
    index_dir = tmp_path_factory.mktemp("library-index")
    identity = FAQBot(LIBRARY, index_dir, progress=False).encoder.identity
    shutil.copytree(faqbot.embeddings.export_folder(index_dir, identity), PRODUCTION_EXPORT_FOLDER(index_dir, identity))
    return index_dir


@pytest.fixture
def own_copy(adapted_index: Path, tmp_path: Path) -> Path:
    """A copy of the adapted index folder that a test may change."""
    return Path(shutil.copytree(adapted_index, tmp_path / "index"))


def test_pairs_come_from_the_corpus_and_leave_the_check_sentences_out() -> None:
    entries = load_corpus(LIBRARY).entries
    held = adapt.held_out_sentences(entries, seed=0)
    pairs = adapt.training_pairs(entries, held, adapt.TuneSettings())
    assert len(held) == len(entries)  # every answer here has three sentences
    assert {p.entry for p in pairs if p.long} == set(range(len(entries)))  # every heading → its answer
    for pair in pairs:
        assert held[pair.entry] not in pair.query and held[pair.entry] not in pair.target
    capped = adapt.training_pairs(entries, held, adapt.TuneSettings(max_pairs=30))
    assert len(capped) == 30 and sum(p.long for p in capped) == 15


def test_no_batch_holds_two_pieces_of_one_entry() -> None:
    pairs = [adapt.Pair(f"q{i}-{n}", f"t{i}", entry=i, long=n == 0) for i in range(40) for n in range(4)]
    batches = adapt.entry_disjoint_batches(pairs, size=16, rng=random.Random(0))
    for batch in batches:
        assert len({p.entry for p in batch}) == len(batch)
        assert len({p.long for p in batch}) == 1  # answers are not padded into short pairs' batches
    assert sum(map(len, batches)) == len(pairs)


def test_the_adapted_copy_is_used_recorded_and_exported(adapted_index: Path) -> None:
    record = _record(adapted_index)
    manifest = json.loads((adapted_index / store.MANIFEST).read_text())
    assert record["check"]["tuned"] >= record["check"]["base"] and record["used"]
    assert manifest["model"].endswith(f"adapted {record['key']}")
    assert manifest["adaptation"]["seconds"] == record["seconds"] > 0
    bot = FAQBot(LIBRARY, adapted_index, progress=False)
    assert bot.encoder.backend == "onnx"
    assert bot.adaptation.described().startswith("the model adapted to this corpus (held-out answer sentences found ")
    answer = bot.ask("I forgot the password of my library account")
    assert answer.heading == "How do I reset my password for the online account?"


def test_a_kept_copy_is_reused_after_an_edit(own_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "library.txt"
    corpus.write_text(LIBRARY.read_text().replace("twenty items", "twenty-five items"))
    before = _record(own_copy)
    with caplog.at_level(logging.INFO, logger="faqbot"):
        bot = FAQBot(corpus, own_copy, progress=False)
    assert _record(own_copy) == before  # not tuned again
    assert "adapting the model" not in caplog.text
    assert "4% of the entries changed since the model was adapted" in caplog.text
    assert "twenty-five" in bot.ask("How many books can I borrow?").answer


def test_a_copy_adapted_to_another_faq_is_not_used_for_this_one(own_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # One index folder used for a second FAQ (`faqbot check --corpus drafts/`) embedded it with
    # the copy adapted to the first, which answers it worse than the model as shipped.
    other = tmp_path / "other.txt"
    other.write_text(re.sub(r"(?m)^(.+\?)$", r"At the town hall, \1", LIBRARY.read_text()))  # every question another
    before = _record(own_copy)
    with caplog.at_level(logging.INFO, logger="faqbot"):
        bot = FAQBot(other, own_copy, progress=False)
    assert bot.encoder.identity == before["base"] and bot.adaptation.model is None
    assert "was adapted to another FAQ (100% of these questions are new to it)" in bot.adaptation.described()
    assert "adapting the model" not in caplog.text and _record(own_copy) == before  # kept for the FAQ it was made for
    edited = tmp_path / "library.txt"
    edited.write_text(LIBRARY.read_text().replace(".\n", ". Ask at the desk.\n"))  # every answer rewritten: the same FAQ
    assert FAQBot(edited, own_copy, progress=False).adaptation.model is not None


@pytest.mark.own_export  # the replaced copy's export is in the index folder, as in production
def test_retune_makes_a_new_copy_for_the_corpus_as_it_is(own_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "library.txt"
    corpus.write_text(LIBRARY.read_text().replace("twenty items", "twenty-five items"))
    old = _record(own_copy)
    old_export = PRODUCTION_EXPORT_FOLDER(own_copy, adapt.adapted_identity(old["base"], old["key"]))
    assert old_export.is_dir()
    with caplog.at_level(logging.INFO, logger="faqbot"):
        FAQBot(corpus, own_copy, progress=False, backend="torch", retune=True)
    assert "adapting the model to the corpus" in caplog.text
    assert _record(own_copy)["corpus_fingerprint"] == store.corpus_fingerprint(load_corpus(corpus))
    assert not old_export.exists() and not (own_copy / adapt.FOLDER / old["model"]).exists()  # the replaced copy leaves nothing behind


def test_a_damaged_copy_is_detected_and_made_again(own_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    record = _record(own_copy)
    weights = own_copy / adapt.FOLDER / record["model"] / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-100] ^= 0xFF
    weights.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="faqbot"):
        FAQBot(LIBRARY, own_copy, progress=False, backend="torch")  # the torch path reads the weights
    assert "adapted model" in caplog.text and "damaged" in caplog.text
    assert adapt.damage(own_copy, _record(own_copy)) is None


def test_a_tiny_corpus_is_not_adapted_and_the_log_says_why(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="faqbot"):
        bot = FAQBot(SEED_CORPUS, tmp_path / "index", progress=False)
    assert "model adaptation skipped: 6 entries, fewer than 20" in caplog.text
    assert "adapted" not in bot.encoder.identity and not (tmp_path / "index" / adapt.FOLDER).exists()


def test_a_copy_that_did_worse_is_described_as_not_used() -> None:
    # `faqbot build` says which model embeds the corpus; the outcome was a WARNING log line before.
    worse = adapt.Adaptation(None, "base", {"check": {"sentences": 10, "base": 0.5, "tuned": 0.4}, "used": False})
    assert worse.described() == "the model as shipped (a copy adapted to this corpus did worse: held-out answer sentences found 50.0% → 40.0%)"


def test_no_tune_uses_the_model_as_shipped(own_copy: Path) -> None:
    bot = FAQBot(LIBRARY, own_copy, progress=False, tune=False)
    assert "adapted" not in bot.encoder.identity
    assert "adapted" not in json.loads((own_copy / store.MANIFEST).read_text())["model"]


def test_answering_with_the_adapted_copy_imports_no_torch(adapted_index: Path) -> None:
    script = (
        "import sys; from faqbot import FAQBot; "
        f"bot = FAQBot({str(LIBRARY)!r}, {str(adapted_index)!r}); "
        "answer = bot.ask('When do you open on Saturday?'); "
        "print('adapted' in bot.encoder.identity, 'torch' in sys.modules, answer.heading)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.split(maxsplit=2) == ["True", "False", "When is the library open?\n"]
