"""Asking questions through the real bundled model: the Answer contract and ask()."""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import threading
from pathlib import Path

import pytest
import yaml

import faqbot
import faqbot.bot
import faqbot.dense
from faqbot import Answer, FAQBot, ask
from faqbot.errors import SettingError
from tests.conftest import MILITARY_HEADING, SEED_CORPUS

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)


def test_public_api_is_exactly_the_documented_names() -> None:
    assert set(faqbot.__all__) == {"Alternative", "Answer", "CorpusError", "FAQBot", "FaqbotError", "ModelError", "QueryFileError", "ask"}


def test_seed_question_gets_the_military_support_entry(seed_bot: FAQBot) -> None:
    answer = seed_bot.ask("Are North Korean soldiers fighting in Ukraine?")
    assert answer.answered
    assert answer.heading == MILITARY_HEADING
    assert answer.passage in answer.answer
    assert "troop deployments" in answer.passage
    assert answer.source == "kim-xi-meetings-and-regional-alliances.txt:18"


def test_answer_contract(seed_bot: FAQBot) -> None:
    answer = seed_bot.ask("Is a new Cold War starting?", top_k=4)
    assert isinstance(answer, Answer)
    assert dataclasses.is_dataclass(answer)
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.heading = "changed"  # type: ignore[misc]
    assert answer.question == "Is a new Cold War starting?"
    assert 0.0 <= answer.score <= 1.0
    assert len(answer.alternatives) == 3
    headings = [answer.heading] + [alt.heading for alt in answer.alternatives]
    assert len(set(headings)) == 4, "alternatives are distinct entries, not passages of the winner"
    assert all(0.0 <= alt.score <= answer.score for alt in answer.alternatives)
    assert json.loads(json.dumps(answer.to_dict()))["heading"] == answer.heading


def test_top_k_one_has_no_alternatives(seed_bot: FAQBot) -> None:
    assert seed_bot.ask("Is a new Cold War starting?", top_k=1).alternatives == ()


def test_off_topic_question_is_declined_but_keeps_a_best_guess(seed_bot: FAQBot) -> None:
    answer = seed_bot.ask("How do I reset my password?")
    assert not answer.answered
    assert answer.score < seed_bot.threshold
    assert answer.heading in seed_bot.headings and answer.passage


@pytest.mark.parametrize("question, error", [(None, TypeError), (42, TypeError), ("", ValueError), ("  \n\t", ValueError)])
def test_invalid_questions_raise(seed_bot: FAQBot, question: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        seed_bot.ask(question)  # type: ignore[arg-type]


SHELTER = [
    ("How much does it cost to adopt a dog?", "The adoption fee for dogs is 150 euros, including vaccinations."),
    ("What are the shelter's opening hours?", "We are open from 10:00 to 18:00 every day except Monday."),
    ("Can I volunteer at the shelter?", "Yes, volunteers walk dogs on weekends after a short training."),
]


def _faq_page(rows: list[tuple[str, str]]) -> str:
    """A web page with schema.org FAQPage JSON-LD, as websites publish it."""
    questions = [{"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": f"<p>{a}</p>"}} for q, a in rows]
    data = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}
    return f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head><body></body></html>'


def _write_format(directory: Path, fmt: str, rows: list[tuple[str, str]] = SHELTER) -> Path:
    path = directory / f"faq.{fmt}"
    if fmt in ("csv", "tsv"):
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",")
            writer.writerow(["question", "answer"])
            writer.writerows(rows)
        return path
    writers = {
        "txt": lambda: "\n-\n".join(f"{q}\n{a}" for q, a in rows),
        "md": lambda: "# Shelter FAQ\n\n" + "\n\n".join(f"## {q}\n\n{a}" for q, a in rows),
        "html": lambda: _faq_page(rows),
        "yaml": lambda: yaml.safe_dump([{"question": q, "answer": a} for q, a in rows]),
        "json": lambda: json.dumps([{"question": q, "answer": a} for q, a in rows]),
        "jsonl": lambda: "\n".join(json.dumps({"question": q, "answer": a}) for q, a in rows),
    }
    path.write_text(writers[fmt](), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "yaml", "csv", "tsv", "json", "jsonl"])
def test_every_format_answers_a_paraphrase(tmp_path: Path, fmt: str) -> None:
    bot = FAQBot(corpus=_write_format(tmp_path, fmt), index_dir=tmp_path / "index", progress=False)
    answer = bot.ask("When is the shelter open?")
    assert answer.heading == "What are the shelter's opening hours?"
    assert answer.answered
    assert answer.source.startswith(f"faq.{fmt}:")


def _log_odds(confidence: float) -> float:
    return math.log(confidence / (1.0 - confidence))


def test_alternates_are_matched_like_the_heading_but_never_shown(tmp_path: Path) -> None:
    question = "Is my kid allowed to help walk the dogs?"
    plain = FAQBot(corpus=_write_format(tmp_path, "txt"), index_dir=tmp_path / "plain", progress=False).ask(question)
    faq = tmp_path / "alternates" / "faq.txt"
    faq.parent.mkdir()
    faq.write_text(_write_format(tmp_path, "txt").read_text().replace(
        "Can I volunteer at the shelter?\n", "Can I volunteer at the shelter?\nAlso asked: Can children help walk the dogs?\n"
    ))
    answer = FAQBot(corpus=faq, index_dir=tmp_path / "index", progress=False).ask(question)
    assert answer.heading == "Can I volunteer at the shelter?" and answer.answered
    # The alternate phrasing, not luck, made the difference: the odds of being right rose several-fold.
    assert _log_odds(answer.score) > _log_odds(plain.score) + 1.0
    assert "children" not in answer.passage + answer.answer


def test_category_restricts_the_search_and_is_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_format(corpus, "txt").rename(corpus / "shelter.txt")
    (corpus / "library.yaml").write_text(yaml.safe_dump([
        {"question": "What are the library's opening hours?", "answer": "The library opens at 9:00 and closes at 20:00.", "category": "Library"},
        {"question": "How do I get a library card?", "answer": "Bring a photo ID to the desk.", "category": "Library"},
    ]))
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False)
    assert bot.categories == ["Library", "Shelter"]
    question = "When is the library open?"
    assert bot.ask(question).category == "Library"
    restricted = bot.ask(question, category="Shelter")
    assert (restricted.heading, restricted.category) == ("What are the shelter's opening hours?", "Shelter")
    assert {alt.category for alt in restricted.alternatives} == {"Shelter"}
    with pytest.raises(ValueError, match="unknown category 'Pets' \\(categories: 'Library', 'Shelter'\\)"):
        bot.ask(question, category="Pets")


def test_a_category_asked_of_a_faq_without_categories_is_refused_saying_so(seed_bot: FAQBot) -> None:
    assert seed_bot.categories == []
    with pytest.raises(ValueError, match="unknown category 'Pets' \\(this FAQ has no categories\\)"):
        seed_bot.ask("When did Kim and Xi meet?", category="Pets")


def test_category_search_on_a_graph_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(faqbot.dense, "EXACT_SEARCH_LIMIT", 0)  # force HNSW on a small corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_format(corpus, "txt").rename(corpus / "shelter.txt")
    _write_format(corpus, "json", [("What are the library's opening hours?", "From 9:00 to 20:00.")]).rename(corpus / "library.json")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False)
    assert hasattr(bot.index.dense.vectors, "hnsw")
    assert bot.ask("When is the library open?", category="Shelter").heading == "What are the shelter's opening hours?"
    assert bot.ask("When is the shelter open?", category="Library").heading == "What are the library's opening hours?"


def test_passage_is_the_closest_paragraph_of_the_answer(tmp_path: Path, pets_txt: Path) -> None:
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path / "index", progress=False)
    answer = bot.ask("Will I get a refund if I return my cat after the 30 days?")
    assert answer.heading == "Can I return a cat if it does not get along with my other pets?"
    assert answer.passage == "If you return it after 30 days we still take it back, but the fee is not refunded."
    assert answer.answer.startswith("Yes. You can bring a cat back within 30 days")


def test_default_ask_uses_environment_and_is_built_once(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    monkeypatch.setenv("FAQBOT_CORPUS", str(pets_txt))
    monkeypatch.setenv("FAQBOT_INDEX", str(tmp_path / "index"))
    monkeypatch.setattr(faqbot.bot, "_default_bot", None)
    answers: list[Answer] = []
    threads = [threading.Thread(target=lambda: answers.append(ask("How much is a dog?"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 8
    assert {a.heading for a in answers} == {"How much does it cost to adopt a dog?"}
    assert faqbot.bot.default_bot() is faqbot.bot.default_bot()
    assert faqbot.bot.default_bot().corpus_path == pets_txt


def test_the_answer_threshold_comes_from_the_argument_then_the_environment(tmp_path: Path, pets_txt: Path, monkeypatch) -> None:
    question = "How much is a dog?"
    confident = FAQBot(corpus=pets_txt, index_dir=tmp_path / "index", progress=False).ask(question)
    assert confident.answered and confident.score < 1
    stricter = (confident.score + 1) / 2  # over this answer's confidence: it is only offered
    monkeypatch.setenv("FAQBOT_THRESHOLD", str(stricter))
    bot = FAQBot(corpus=pets_txt, index_dir=tmp_path / "index", progress=False)
    assert bot.threshold == stricter and not bot.ask(question).answered
    assert FAQBot(corpus=pets_txt, index_dir=tmp_path / "index", progress=False, threshold=0.5).ask(question).answered
    monkeypatch.setenv("FAQBOT_THRESHOLD", "high")
    with pytest.raises(SettingError, match="FAQBOT_THRESHOLD='high': expected a confidence"):
        FAQBot(corpus=pets_txt, index_dir=tmp_path / "index", progress=False)


def test_seed_corpus_is_the_default(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(SEED_CORPUS.parent)
    monkeypatch.delenv("FAQBOT_CORPUS", raising=False)
    monkeypatch.setenv("FAQBOT_INDEX", str(tmp_path / "index"))
    monkeypatch.setattr(faqbot.bot, "_default_bot", None)
    assert ask("Are North Korean soldiers fighting in Ukraine?").heading == MILITARY_HEADING
