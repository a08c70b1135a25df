"""Asking questions through the real bundled model: the Answer contract and ask()."""

from __future__ import annotations

import csv
import dataclasses
import json
import threading
from pathlib import Path

import pytest

import faqbot
import faqbot.bot
from faqbot import Answer, FAQBot, ask
from tests.conftest import MILITARY_HEADING, SEED_CORPUS


def test_public_api_is_exactly_the_documented_names() -> None:
    assert set(faqbot.__all__) == {"Alternative", "Answer", "CorpusError", "FAQBot", "ask"}


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


def _write_format(directory: Path, fmt: str) -> Path:
    rows = [
        ("How much does it cost to adopt a dog?", "The adoption fee for dogs is 150 euros, including vaccinations."),
        ("What are the shelter's opening hours?", "We are open from 10:00 to 18:00 every day except Monday."),
        ("Can I volunteer at the shelter?", "Yes, volunteers walk dogs on weekends after a short training."),
    ]
    path = directory / f"faq.{fmt}"
    if fmt == "txt":
        path.write_text("\n-\n".join(f"{q}\n{a}" for q, a in rows), encoding="utf-8")
    elif fmt in ("csv", "tsv"):
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",")
            writer.writerow(["question", "answer"])
            writer.writerows(rows)
    elif fmt == "json":
        path.write_text(json.dumps([{"question": q, "answer": a} for q, a in rows]), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps({"question": q, "answer": a}) for q, a in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["txt", "csv", "tsv", "json", "jsonl"])
def test_every_format_answers_a_paraphrase(tmp_path: Path, fmt: str) -> None:
    bot = FAQBot(corpus=_write_format(tmp_path, fmt), index_dir=tmp_path / "index", progress=False)
    answer = bot.ask("When is the shelter open?")
    assert answer.heading == "What are the shelter's opening hours?"
    assert answer.answered
    assert answer.source.startswith(f"faq.{fmt}:")


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


def test_seed_corpus_is_the_default(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(SEED_CORPUS.parent)
    monkeypatch.delenv("FAQBOT_CORPUS", raising=False)
    monkeypatch.setenv("FAQBOT_INDEX", str(tmp_path / "index"))
    monkeypatch.setattr(faqbot.bot, "_default_bot", None)
    assert ask("Are North Korean soldiers fighting in Ukraine?").heading == MILITARY_HEADING
