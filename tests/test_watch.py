"""Live reload (`serve --watch`): edits go live, only changed entries are embedded, broken edits do not."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.watch import CorpusWatcher
from tests.conftest import PETS_TXT
from tests.fakes import HashingEncoder

NEW_ENTRY = "\n-\nDo you have rabbits for adoption?\nYes, we usually have a few rabbits; they are adopted in pairs.\n"


def wait_for(watcher: CorpusWatcher, condition: Callable[[], bool], timeout: float = 120) -> None:
    if not watcher.wait_until(condition, timeout):
        pytest.fail("the watcher did not react in time")


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[tuple[FAQBot, CorpusWatcher, Path]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pets.txt").write_text(PETS_TXT, encoding="utf-8")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())  # files, not the model
    watcher = CorpusWatcher(bot).start()
    assert watcher.ready.wait(60), "the watcher did not start"
    yield bot, watcher, corpus / "pets.txt"
    watcher.stop()


def test_an_edit_goes_live_embedding_only_the_changed_entry(watched, monkeypatch) -> None:
    bot, watcher, faq = watched
    embedded: list[str] = []
    for method in ("encode", "encode_with_tokens"):
        original = getattr(bot.encoder, method)
        monkeypatch.setattr(bot.encoder, method, lambda texts, original=original, **kw: embedded.extend(texts) or original(texts, **kw))
    faq.write_text(PETS_TXT + NEW_ENTRY, encoding="utf-8")
    wait_for(watcher, lambda: watcher.reloads == 1)
    assert bot.ask("Are rabbits up for adoption?").heading == "Do you have rabbits for adoption?"
    assert len(bot.headings) == 4
    # Only the new entry's heading, heading + answer (its one passage is the same text) and answer;
    # the three old entries' vectors are reused.
    heading, answer = NEW_ENTRY.strip("\n-").split("\n")
    assert sorted(set(embedded)) == sorted([heading, f"{heading}\n{answer}", answer])


def test_a_broken_edit_keeps_the_old_index_and_says_why(watched, caplog) -> None:
    bot, watcher, faq = watched
    faq.write_text(PETS_TXT + "\n-\nIs there parking?\n", encoding="utf-8")  # a question without an answer
    wait_for(watcher, lambda: watcher.last_error is not None)
    assert "pets.txt:15: entry 'Is there parking?' has an empty or missing answer" in watcher.last_error
    assert "corpus edit not applied" in caplog.text
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"
    faq.write_text(PETS_TXT + NEW_ENTRY, encoding="utf-8")  # fixed: goes live, error cleared
    wait_for(watcher, lambda: watcher.reloads == 1)
    assert watcher.last_error is None and len(bot.headings) == 4


def test_files_added_to_a_corpus_folder_are_picked_up(watched) -> None:
    bot, watcher, faq = watched
    (faq.parent / "notes.tmp").write_text("not a FAQ", encoding="utf-8")
    (faq.parent / "library.jsonl").write_text('{"question": "Can I borrow books here?", "answer": "No, we are a pet shelter."}\n', encoding="utf-8")
    wait_for(watcher, lambda: watcher.reloads >= 1 and len(bot.headings) == 4)
    assert bot.ask("Can I borrow books?").heading == "Can I borrow books here?"


def test_questions_during_a_reload_are_answered_from_one_consistent_index(watched) -> None:
    bot, watcher, faq = watched
    answers, stop, saw_new = [], threading.Event(), threading.Event()

    def keep_asking() -> None:
        while not stop.is_set():
            answers.append(bot.ask("How much is a dog?"))
            if "180 euros" in answers[-1].passage:
                saw_new.set()

    asker = threading.Thread(target=keep_asking)
    asker.start()
    faq.write_text(PETS_TXT.replace("150 euros", "180 euros") + NEW_ENTRY, encoding="utf-8")
    wait_for(watcher, lambda: watcher.reloads == 1)
    assert saw_new.wait(60), "no question was answered from the new index"
    stop.set()
    asker.join()
    passages = {a.passage for a in answers}
    assert all(a.heading == "How much does it cost to adopt a dog?" and a.passage in a.answer for a in answers)
    assert any("150 euros" in p for p in passages) and any("180 euros" in p for p in passages)
