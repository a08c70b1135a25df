"""A typed reply to "did you mean" or to an answer: which candidate "yes", "the second one" or "staff"
picks, and which "no" turns them down."""

from __future__ import annotations

import pytest

from faqbot.picks import agrees, picked_offer, refuses, rejects

ONE = ["Are there late fees?"]
THREE = ["How do I renew my loans?", "Are there late fees?", "How long can I borrow a book?"]
SECTIONS = ["How do I reset my password? (Staff)", "How do I reset my password? (Students)"]


@pytest.mark.parametrize("message", ["yes", "Yes please!", "yeah", "that one", "yes, that one", "correct", "ok", "Okay.", "that's right", "yes thanks", "yesss"])
def test_saying_yes_to_the_one_candidate_picks_it(message: str) -> None:
    assert picked_offer(message, ONE) == ONE[0]


@pytest.mark.parametrize("message", ["ok thanks", "okay thank you", "no", "thanks", "please", "nope"])
def test_a_pleasantry_or_a_no_picks_nothing(message: str) -> None:
    assert picked_offer(message, ONE) is None


def test_yes_to_several_candidates_picks_none_of_them_but_agrees() -> None:
    """The chat then asks which one, offering them again."""
    assert picked_offer("yes", THREE) is None and agrees("yes")
    assert not agrees("yes, how much are late fees?")  # a question of its own


@pytest.mark.parametrize(("message", "picked"), [("2", THREE[1]), ("the second one", THREE[1]), ("1st", THREE[0]), ("yes the first", THREE[0]), ("the last", THREE[2])])
def test_a_place_picks_the_candidate_in_it(message: str, picked: str) -> None:
    assert picked_offer(message, THREE) == picked


@pytest.mark.parametrize("message", ["4", "1 2", "fifth"])
def test_a_place_that_is_not_one_candidates_picks_nothing(message: str) -> None:
    assert picked_offer(message, THREE) is None


@pytest.mark.parametrize(("message", "picked"), [("staff", SECTIONS[0]), ("I'm a student", SECTIONS[1]), ("the staff one", SECTIONS[0])])
def test_the_word_that_tells_one_candidate_apart_picks_it(message: str, picked: str) -> None:
    assert picked_offer(message, SECTIONS) == picked


@pytest.mark.parametrize("message", ["password", "ebooks", "how much", "first staff"])
def test_words_that_every_or_no_candidate_holds_pick_nothing(message: str) -> None:
    assert picked_offer(message, SECTIONS + THREE) is None


def test_a_question_of_its_own_is_asked_as_it_is() -> None:
    assert picked_offer("Can I renew a loan that is overdue already?", THREE) is None  # longer than a pick
    assert picked_offer("yes", []) is None  # nothing was offered


@pytest.mark.parametrize("message", ["no", "Nope.", "none of these", "neither", "No, that's not it", "not what I was looking for", "none of them, sorry", "wrong", "nooo", "ｎｏ", "that didn't help"])
def test_a_no_to_every_candidate_refuses_them(message: str) -> None:
    assert refuses(message) and picked_offer(message, THREE) is None


@pytest.mark.parametrize("message", ["yes", "the second one", "no parking?", "why not", "is it not free", "nothing about renewals", "not covered",
                                     "didn't get my refund", "isn't it free?"])
def test_a_yes_a_pick_or_a_question_with_a_no_in_it_refuses_nothing(message: str) -> None:
    assert not refuses(message)


@pytest.mark.parametrize("message", ["no", "wrong answer", "That's not what I asked", "that didn't help", "not helpful", "no, that's not my question", "incorrect"])
def test_a_no_after_an_answer_rejects_it(message: str) -> None:
    assert rejects(message)


@pytest.mark.parametrize("message", ["no thanks", "No, thank you!", "ok", "no parking?", "why not", "didn't get my refund"])
def test_closing_the_exchange_or_a_question_with_a_no_in_it_rejects_nothing(message: str) -> None:
    """The bot asked nothing after its answer: "no thanks" closes the exchange."""
    assert not rejects(message)
