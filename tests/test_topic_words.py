"""Topic words: the subject most of a FAQ's questions name weighs less in its question rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.corpus import load_corpus
from faqbot.topic_words import topic_words, without_topic_words
from tests.conftest import write_faq
from tests.fakes import HashingEncoder

SHOP_FAQ = [
    ("How do I return or exchange my mattress?", "Send it back within 100 nights of delivery and we refund you in full."),
    ("What sizes does the mattress come in?", "Single, double, queen and king, each 20 cm deep."),
    ("How long is the mattress warranty?", "Ten years against sagging and broken springs."),
    ("How do I clean my mattress?", "Vacuum it monthly and spot-clean stains with mild soap and cold water."),
    ("Why hasn't my order been delivered yet?", "Deliveries take five to seven working days; the tracking link in your email shows where it is."),
    ("How do I cancel my order?", "Orders can be cancelled free of charge until they are dispatched."),
    ("Can I pay for my order in instalments?", "Yes: pay in three interest-free monthly instalments at checkout."),
]


@pytest.fixture
def shop_faq(tmp_path: Path) -> Path:
    return write_faq(tmp_path / "shop.jsonl", SHOP_FAQ)


def test_topic_words_are_the_content_words_most_questions_use(shop_faq: Path) -> None:
    # "mattress" is in four of seven headings, "order" in three; "how", "do" and "my" open most
    # of them but shape the question rather than name its subject
    assert topic_words(load_corpus(shop_faq).entries) == {"mattress", "order"}


def test_a_faq_in_another_language_has_no_topic_words(tmp_path: Path) -> None:
    # the English list of words that shape a question would miss "wie", "ich", "kann" and "mein"
    faq = write_faq(tmp_path / "de.jsonl", [
        ("Wie kann ich mein Passwort ändern?", "Unter Einstellungen."), ("Wie kann ich mein Konto löschen?", "Im Profil."),
        ("Wo finde ich meine Rechnung?", "Im Kundenkonto."), ("Kann ich meine Bestellung stornieren?", "Bis zum Versand."),
        ("Wie lange dauert der Versand?", "Zwei Tage."), ("Welche Zahlungsarten gibt es?", "Karte und Rechnung."),
    ])
    assert topic_words(load_corpus(faq).entries) == frozenset()


def test_a_word_only_two_entries_share_is_not_a_topic(tmp_path: Path) -> None:
    faq = write_faq(tmp_path / "faq.jsonl", [("When is the shop open?", "9 to 5."), ("Where is the shop?", "Main Street."), ("Do you deliver?", "Yes.")])
    assert topic_words(load_corpus(faq).entries) == frozenset()


def test_contractions_and_numbers_are_no_topic_words(tmp_path: Path) -> None:
    questions = ["Why can't I pay by card in 2024?", "Why isn't my card working in 2024?", "Why won't the card PIN work?", "Where is the shop?"]
    faq = write_faq(tmp_path / "faq.jsonl", [(question, "An answer.") for question in questions])
    assert topic_words(load_corpus(faq).entries) == {"card"}


def test_a_question_without_its_topic_words_keeps_what_it_asks() -> None:
    assert without_topic_words("Why hasn't my order been delivered yet?", frozenset({"order"})) == "Why hasn't my been delivered yet?"
    assert without_topic_words("Can I return my mattresses?", frozenset({"mattress"})) == "Can I return my"
    assert without_topic_words("When do you open?", frozenset({"order"})) is None  # names no topic word
    assert without_topic_words("My order?", frozenset({"order"})) is None  # nothing but the topic is left


@pytest.mark.model
def test_a_question_about_the_subject_finds_what_it_asks_about_it(shop_faq: Path, tmp_path: Path) -> None:
    # in a plain sentence vector "mattress" pulls this towards every mattress entry; the ranking is
    # read, not the reply: a "did you mean" puts first the candidate the confidence curve finds
    # likeliest, and the curve reads "mattress" in full (docs/quality.md, "Did you mean")
    bot = FAQBot(shop_faq, tmp_path / "index", progress=False)
    first = bot.rank("My mattress not delivered")[0]
    assert bot.index.entries[first.entry].heading == "Why hasn't my order been delivered yet?"


def test_a_rebuild_reuses_the_embeddings_behind_focused_rows(shop_faq: Path, tmp_path: Path) -> None:
    FAQBot(shop_faq, tmp_path / "index", progress=False, encoder=HashingEncoder())
    shop_faq.write_text(shop_faq.read_text().replace("Ten years", "Twelve years"), encoding="utf-8")
    encoder = HashingEncoder()
    FAQBot(shop_faq, tmp_path / "index", progress=False, encoder=encoder)
    # only the edited entry's texts: neither its heading nor any other question (with or without
    # its topic words) is embedded again
    assert all("Twelve years" in text for text in encoder.encoded)
