"""Small talk ("hi", "thanks") is replied to in kind, never answered from the FAQ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faqbot import Answer, FAQBot
from faqbot.cli import format_answer
from faqbot.small_talk import ACKNOWLEDGEMENT, GOODBYE, GREETING, HELP, THANKS, small_talk
from faqbot.ui import NOT_COVERED, SMALL_TALK, ChatOptions, reply
from tests.conftest import ROOT, SEED_QUERIES, write_faq
from tests.fakes import HashingEncoder

DESK = [
    ("Who greets visitors at the front desk?", "Our receptionists say hello, check you in and give you a visitor badge."),
    ("How do I print text in Python?", "Call print: print('Hello, world!') writes Hello, world! to the screen."),
    ("How do I read a file?", "Open it with open(path) and call read() on the file object."),
]


@pytest.mark.parametrize(
    "message, kind",
    [
        ("hi", GREETING), ("Hello!", GREETING), ("hey there", GREETING), ("Good morning", GREETING), ("hello?", GREETING),
        ("thanks", THANKS), ("Thank you so much!", THANKS), ("That's great, thanks!", THANKS), ("thx", THANKS),
        ("bye", GOODBYE), ("ok thanks, bye", GOODBYE), ("See you later", GOODBYE),
        ("help", HELP), ("help me please", HELP), ("I need help", HELP), ("Can you help me?", HELP), ("What can you do?", HELP), ("who are you", HELP),
        ("ok", ACKNOWLEDGEMENT), ("Yes", ACKNOWLEDGEMENT), ("cool", ACKNOWLEDGEMENT),
    ],
)
def test_pleasantries_are_small_talk(message: str, kind: str) -> None:
    assert small_talk(message) == kind


@pytest.mark.parametrize(
    "message, kind",
    [("hiiii", GREETING), ("heyyy there", GREETING), ("Hii sir", GREETING), ("thanksss!!", THANKS), ("thank u", THANKS), ("tysm", THANKS), ("byeee", GOODBYE), ("okkk", ACKNOWLEDGEMENT)],
)
def test_pleasantries_as_chats_stretch_and_shorten_them_are_small_talk(message: str, kind: str) -> None:
    assert small_talk(message) == kind


@pytest.mark.parametrize(
    "message",
    ["Hi, how do I reset my password?", "hi 123", "hi 你好", "Is there a thank-you card?", "I'd like help with my card", "hello world", "Thanks, but when do you open?", "👍", "Can I say goodbye to my old account?",
     "Can you help me with my booking?", "What can you do about my refund?", "I need a new card"],
)
def test_anything_with_a_question_in_it_is_not(message: str) -> None:
    assert small_talk(message) is None


def test_no_real_users_question_is_taken_for_small_talk() -> None:
    """The users' questions of StackFAQ and Banking77 and the seed paraphrases: none is mistaken for a pleasantry."""
    files = [ROOT / "benchmarks" / "stackfaq" / "queries.jsonl", ROOT / "benchmarks" / "banking77" / "queries.jsonl", SEED_QUERIES]
    questions = [json.loads(line)["query"] for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(questions) > 4000
    assert [q for q in questions if small_talk(q)] == []


@pytest.mark.model
def test_a_greeting_is_never_answered_from_the_faq(tmp_path: Path) -> None:
    """Ranked like a question, "Hello!" matched the entry whose answer says hello, with high confidence."""
    bot = FAQBot(write_faq(tmp_path / "desk.jsonl", DESK), tmp_path / "index", progress=False)
    greeting = bot.ask("Hello!")
    assert (greeting.answered, greeting.reason, greeting.score, greeting.small_talk) == (False, "not covered", 0.0, GREETING)
    assert greeting.heading in bot.headings  # the best guess is still there, as for any declined question
    question = bot.ask("Hello, how do I read a file?")
    assert (question.answered, question.heading, question.small_talk) == (True, "How do I read a file?", "")
    assert greeting.to_dict()["small_talk"] == GREETING and "small_talk" not in question.to_dict()  # JSON of a question as before


@pytest.mark.model
def test_a_request_for_help_is_answered_by_the_faqs_own_entry_for_it(tmp_path: Path) -> None:
    """A fantasy-sports app's FAQ had "What can this chat help me with?", and "Sir help me" got the
    chat's how-to-ask reply instead. A FAQ without such an entry still gets that reply, not a guess."""
    bot = FAQBot(write_faq(tmp_path / "desk.jsonl", [*DESK, ("What can I ask this assistant?", "Anything about visiting us.")]), tmp_path / "index", progress=False)
    for message in ("help me", "I need help", "what can you do?"):
        helped = bot.ask(message)
        assert (helped.answered, helped.heading, helped.small_talk, helped.question) == (True, "What can I ask this assistant?", "", message)
        assert bot.answered_at(message, [0.75]) == {0.75: True}  # faqbot eval's threshold table counts it so too
    assert bot.ask("Hello!").small_talk == GREETING
    plain = FAQBot(write_faq(tmp_path / "plain.jsonl", DESK), tmp_path / "plain-index", progress=False)
    assert (plain.ask("help me").reason, plain.ask("help me").small_talk) == ("not covered", HELP)
    assert plain.answered_at("help me", [0.5, 0.75]) == {0.5: False, 0.75: False}


@pytest.mark.model
def test_small_talk_the_faq_asks_as_written_is_answered(tmp_path: Path) -> None:
    bot = FAQBot(write_faq(tmp_path / "assistant.jsonl", [*DESK, ("What can you do?", "I answer questions about the desk.")]), tmp_path / "index", progress=False)
    assert (bot.ask("What can you do?").answered, bot.ask("help").heading, bot.ask("help").answered) == (True, "What can you do?", True)


def test_small_talk_is_replied_to_not_searched_even_when_a_word_of_it_could_be_corrected(tmp_path: Path) -> None:
    corpus = write_faq(tmp_path / "desk.jsonl", [*DESK, ("Where do I send my thankyous?", "To the front desk.")])
    bot = FAQBot(corpus, tmp_path / "index", encoder=HashingEncoder(), progress=False)
    assert bot.index.spelling.correct("thankyou") == "thankyous"  # a FAQ word one edit away
    thanks = bot.ask("thankyou")
    assert thanks.small_talk == THANKS and thanks.corrected_question == "" and "corrected_question" not in thanks.to_dict()


def test_the_chat_and_the_terminal_reply_in_kind() -> None:
    answer = Answer("thanks!", "First?", "Passage.", "Passage.", 0.0, False, "faq.txt:1", reason="not covered", small_talk=THANKS)
    message = reply(answer, 0.75, ChatOptions())
    assert message["content"] == SMALL_TALK[THANKS] and NOT_COVERED not in message["content"]
    assert "small talk (thanks)" in format_answer(answer, 0.75) and "First?" not in format_answer(answer, 0.75)
