"""Under odd input, faults and load the bot keeps answering, loses nothing and says what is wrong."""

from __future__ import annotations

import json
import logging
import multiprocessing
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faqbot import Answer, CorpusError, FAQBot
from faqbot.corpus import load_corpus
from faqbot.index import MANIFEST
from tests.fakes import HashingEncoder

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

ODD_QUESTIONS = [
    "x" * 50_000,
    "Kim\x00Xi\x01\x7f meeting?",
    "Is \ud800 a new Cold War starting?",
    "🇰🇵🇨🇳 alliances? 🤝🔥",
    "'; DROP TABLE faq; --",
    "<img src=x onerror=alert(1)><script>alert(2)</script>",
    "\u202e\ufeff?",
    "\x00\x00\x00",
]


@pytest.mark.parametrize("question", ODD_QUESTIONS, ids=range(len(ODD_QUESTIONS)))
def test_odd_questions_get_an_answer(seed_bot: FAQBot, question: str) -> None:
    answer = seed_bot.ask(question)  # how fast: benchmarks/perf.py
    assert isinstance(answer, Answer) and answer.question == question
    assert 0.0 <= answer.score <= 1.0


def test_broken_unicode_still_finds_the_right_entry(seed_bot: FAQBot) -> None:
    assert seed_bot.ask("Is \ud800 a new Cold War starting?").heading == "Could this lead to a new Cold War-style confrontation?"


def test_letters_that_only_look_plain_are_read_as_the_plain_ones(seed_bot: FAQBot) -> None:
    """A phone keyboard's full-width letters, or a ligature pasted from a PDF, are unknown to the
    model as they are; the asker's words are kept as typed."""
    typed = "Ａｒｅ Ｎｏｒｔｈ Ｋｏｒｅａｎ ｓｏｌｄｉｅｒｓ ﬁghting in Ukraine？"
    answer = seed_bot.ask(typed)
    assert (answer.heading, answer.reason, answer.question) == (seed_bot.ask("Are North Korean soldiers fighting in Ukraine?").heading, "answered", typed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_is_an_answer_or_an_empty_question_error(seed_bot: FAQBot, question: str) -> None:
    if not question.strip():
        with pytest.raises(ValueError):
            seed_bot.ask(question)
    else:
        assert 0.0 <= seed_bot.ask(question).score <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_text_parser_never_crashes_on_arbitrary_files(tmp_path_factory: pytest.TempPathFactory, content: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "faq.txt"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    try:
        corpus = load_corpus(path)
    except CorpusError as exc:
        assert "faq.txt" in str(exc)
    else:
        assert all(e.heading and e.answer for e in corpus.entries)


def test_many_threads_hammering_ask_get_consistent_answers(seed_bot: FAQBot) -> None:
    questions = ["Are North Korean soldiers fighting in Ukraine?", "Is a new Cold War starting?", "How do I reset my password?"]
    expected = {q: seed_bot.ask(q) for q in questions}
    failures: list[str] = []

    def worker(offset: int) -> None:
        for i in range(15):
            question = questions[(offset + i) % len(questions)]
            answer = seed_bot.ask(question)
            if (answer.heading, answer.answered) != (expected[question].heading, expected[question].answered):
                failures.append(f"{question!r} -> {answer.heading!r}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def _corrupt(index_dir: Path, name: str) -> None:
    path = index_dir / json.loads((index_dir / MANIFEST).read_text())["build"] / name
    path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 3)])


@pytest.mark.parametrize("name", ["vectors.faiss", "meta.json", "lexical/vocab.index.json"])
def test_truncated_index_files_are_detected_and_rebuilt(tmp_path: Path, pets_txt: Path, caplog, name: str) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    _corrupt(tmp_path, name)
    with caplog.at_level(logging.WARNING):
        bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    assert "rebuilding index" in caplog.text
    assert bot.ask("How much is a dog?").heading == "How much does it cost to adopt a dog?"


def test_garbage_manifest_is_rebuilt(tmp_path: Path, pets_txt: Path) -> None:
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    (tmp_path / MANIFEST).write_text("{not json")
    assert FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder()).ask("How much is a dog?").answered


def _build_in_process(corpus: str, index_dir: str, results) -> None:
    bot = FAQBot(corpus=corpus, index_dir=index_dir, progress=False)
    results.put(bot.ask("When is the shelter open?").heading)


def test_two_processes_building_the_same_index_do_not_corrupt_it(exported_index: Path, pets_txt: Path) -> None:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=_build_in_process, args=(str(pets_txt), str(exported_index), results)) for _ in range(2)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0, 0]
    assert [results.get(timeout=5) for _ in processes] == ["What are the shelter's opening hours?"] * 2
    assert len(list(exported_index.glob("build-*"))) == 1


def test_broken_corpus_keeps_existing_files_untouched(tmp_path: Path) -> None:
    path = tmp_path / "faq.csv"
    original = "question,answer\nIs it free?,\n"
    path.write_text(original, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"faq.csv:2: entry 'Is it free\?' has an empty or missing answer"):
        FAQBot(corpus=path, index_dir=tmp_path / "index", progress=False)
    assert path.read_text(encoding="utf-8") == original


def test_questions_are_not_logged_by_default(tmp_path: Path, pets_txt: Path, caplog) -> None:
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    with caplog.at_level(logging.DEBUG):
        bot.ask("my secret medical question about dogs")
    assert "secret medical" not in caplog.text




def test_an_edited_corpus_is_rebuilt_without_a_warning(tmp_path: Path, pets_txt: Path, caplog) -> None:
    # Editing the FAQ is how a rebuild is meant to start (`serve --watch` on every save): news, not a warning.
    FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    pets_txt.write_text(pets_txt.read_text() + "-\nDo you take rabbits?\nYes, and guinea pigs.\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="faqbot"):
        bot = FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False, encoder=HashingEncoder())
    assert "the corpus changed since the index was built" in caplog.text
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert "Do you take rabbits?" in bot.headings
