"""Misspelt words are read as the FAQ word they were meant to be, and nothing else is changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.spelling import Speller, corrections
from tests.conftest import write_faq

SHOP = ["Which mattress sizes do you sell?", "Our mattresses come in single, double and queen sizes.", "Orders are usually delivered within a week."]


@pytest.mark.parametrize(
    "question, corrected",
    [
        ("Which matress do you sell?", "Which mattress do you sell?"),  # a letter left out
        ("When is my order delieverd?", "When is my order delivered?"),  # two edits in a long word
        ("Do you sell qeuen size?", "Do you sell queen size?"),  # two letters swapped: one edit
        ("MATRESS sizes", "mattress sizes"),  # any case
        ("when is my order deliveredddd", "when is my order delivered"),  # stretched in a chat: three edits
        ("queeeen sizes", "queen sizes"),
    ],
)
def test_a_misspelt_word_becomes_the_faq_word_it_is_nearest(question: str, corrected: str) -> None:
    assert Speller(SHOP).correct(question) == corrected


@pytest.mark.parametrize(
    "question",
    [
        "Is the room congested?",  # an English word two edits from the FAQ's "connected"
        "Which emails are unreplied?",  # a known word with a prefix: new to the dictionary, not misspelt
        "Any ordr?",  # too short to tell a typo from another word
        "¿Cómo puedo cambiar mi contraseña?",  # another language
    ],
)
def test_words_that_are_not_misspellings_of_the_faqs_words_are_left_alone(question: str) -> None:
    faq = [*SHOP, "Is the room connected?", "Which emails are replied to?", "Stress-free returns: no questions asked."]
    assert Speller(faq).correct(question) == question


def test_a_faq_word_typed_without_its_accents_is_no_misspelling() -> None:
    # "zurich" was "corrected" to "zürich" and the reply said so; word matching drops accents anyway.
    speller = Speller(["Do you ship to Zürich?", "Pokémon cards are in aisle 4."])
    assert speller.correct("do you ship to zurich") == "do you ship to zurich"
    assert speller.correct("pokemon cards") == "pokemon cards"
    assert speller.correct("pokmon cards") == "pokémon cards"  # a letter left out is still one


def test_a_question_typed_as_in_a_chat_is_still_read_as_english() -> None:
    # Two known words of five: "helo my bin wasnt colected" was taken for another language, left
    # uncorrected and never answered. A contraction without its apostrophe and a misspelling of a
    # FAQ word are English typing.
    speller = Speller(["My bin was not collected. What should I do?", "Report it online within two working days."])
    assert speller.reads("helo my bin wasnt colected")
    assert speller.correct("helo my bin wasnt colected") == "helo my bin wasnt collected"
    assert not speller.reads("mera kachra nahi uthaya gaya")  # Hindi in Latin letters
    assert not speller.reads("mi contenedor no fue recogido")


def test_a_chats_shorthand_is_read_as_the_words_it_stands_for() -> None:
    speller = Speller(["How much does it cost to get in?", "Are you open on Mondays?"])
    assert speller.correct("hw much r tickets") == "how much are tickets"
    assert speller.correct("r u open") == "are you open"
    # Not a letter of an abbreviation, nor one typed in capitals, nor a word the FAQ itself uses.
    assert speller.correct("Is my U.S. card accepted?") == "Is my U.S. card accepted?"
    assert speller.correct("U all are useless") == "U all are useless"
    assert speller.correct("can I do a u-turn") == "can I do a u-turn"
    assert Speller(["Which R packages do you support?"]).correct("do u support r packages") == "do you support r packages"


def test_a_word_the_faq_hyphenates_is_read_as_the_faq_writes_it_when_typed_joined_up() -> None:
    speller = Speller(["What is the e-paper?", "Is there free Wi-Fi?", "Can I re-sign my contract?"])
    assert speller.correct("how do i read the epaper") == "how do i read the e-paper"
    assert speller.correct("WIFI password") == "wi-fi password"  # however short
    assert speller.correct("can I resign") == "can I resign"  # an English word of its own
    assert corrections("how do i read the epaper", "how do i read the e-paper") == [("epaper", "e-paper")]


MUSEUM = [
    ("How much does it cost to get in?", "Entry is free; special exhibitions cost 14 pounds."),
    ("Is there parking?", "No; the nearest car park is on Queen Street."),
    ("When is the museum open?", "Tuesday to Sunday, 10:00 to 17:30."),
]
NEWSPAPER = [
    ("What is the e-paper?", "A digital replica of the printed paper, page by page, from 5am each day."),
    ("What time is my paper delivered?", "Usually before 7am on weekdays and 8am at weekends."),
    ("How do I advertise in the paper?", "Contact our advertising team for rates."),
    ("How do I cancel my subscription?", "From My Account, or call reader services."),
]


@pytest.mark.parametrize(
    ("faq", "typed", "heading", "searched"),
    [
        (MUSEUM, "hw much r tickets", "How much does it cost to get in?", "how much are tickets"),  # "not covered" (0.17), its right entry first
        (NEWSPAPER, "epaper", "What is the e-paper?", "e-paper"),  # "not covered" (0.01): the model splits it into pieces that mean little
    ],
)
def test_a_question_typed_as_in_a_chat_is_answered_as_the_faq_words_it(
    tmp_path: Path, faq: list[tuple[str, str]], typed: str, heading: str, searched: str
) -> None:
    bot = FAQBot(write_faq(tmp_path / "faq.jsonl", faq), tmp_path / "index", progress=False)
    reply = bot.ask(typed)
    assert (reply.heading, reply.answered, reply.corrected_question) == (heading, True, searched)


def test_a_misspelling_keeps_its_first_letter() -> None:
    assert Speller(["Stresses at work"]).correct("Matresses") == "Matresses"  # two edits from "stresses"
    assert Speller(["Stresses at work"]).correct("Strsses") == "stresses"


def test_of_two_faq_words_as_near_the_commoner_english_word_wins() -> None:
    speller = Speller(["The amount among the others"])
    assert speller.correct("amoung") == "among"


def test_contractions_are_words_of_their_own() -> None:
    speller = Speller(["It doesn't work and it couldn't"])
    assert speller.correct("it doesnt work") == "it doesn't work"
    assert speller.correct("it couldn't") == "it couldn't"  # never "could": that would drop the negation


@pytest.mark.parametrize(
    "question, read",
    [
        ("Which mattress sizes do you sell?", True),
        ("Can I take hydralazine with fludrocortisone?", True),  # words the dictionary lacks but the FAQ uses
        ("Deleting my acc", True),  # too few words to tell
        ("Πώς αλλάζω τον κωδικό μου;", False),  # another script
        ("mujhe mattress chahiye kitna bada", False),  # mostly words neither English nor the FAQ's
    ],
)
def test_the_bot_reads_a_question_it_can_take_for_english(question: str, read: bool) -> None:
    assert Speller([*SHOP, "Hydralazine and fludrocortisone: what to avoid"]).reads(question) is read


def test_a_faq_not_in_english_is_read_as_such() -> None:
    greek = Speller(["Πώς αλλάζω τον κωδικό μου;", "Από τις Ρυθμίσεις, επιλέξτε Ασφάλεια."])
    assert greek.english_share < 0.1 and not greek.reads("Πώς αλλάζω τον κωδικό μου;")
    assert Speller(SHOP).english_share > 0.9


@pytest.fixture(scope="module")
def pharmacy(tmp_path_factory: pytest.TempPathFactory) -> FAQBot:
    folder = tmp_path_factory.mktemp("pharmacy")
    corpus = write_faq(folder / "faq.jsonl", [
        ("Can I take hydralazine with alcohol?", "Alcohol adds to hydralazine's lowering of blood pressure: you may feel dizzy."),
        ("Can I take gabapentin with alcohol?", "Alcohol makes gabapentin's drowsiness worse; avoid it."),
        ("Can I take carvedilol with alcohol?", "Alcohol can lower blood pressure further with carvedilol."),
    ])
    return FAQBot(corpus, folder / "index", tune=False)


def test_a_misspelt_drug_name_gets_the_reply_its_right_spelling_gets(pharmacy: FAQBot) -> None:
    typed, meant = pharmacy.ask("Can I take hydrslazine with alcohol?"), pharmacy.ask("Can I take hydralazine with alcohol?")
    assert typed.answered and typed.heading == meant.heading == "Can I take hydralazine with alcohol?"
    assert typed.score == meant.score
    assert typed.question == "Can I take hydrslazine with alcohol?"  # the asker's words are kept


def test_corrections_pair_each_replaced_word_with_its_correction() -> None:
    assert corrections("Can I take Hydrslazine, or  gabapentine?", "Can I take hydralazine, or gabapentin?") == [("Hydrslazine", "hydralazine"), ("gabapentine", "gabapentin")]
    assert corrections("It doesn't work", "It doesn't work") == []


def test_an_answer_says_what_was_searched_when_a_word_was_corrected(pharmacy: FAQBot) -> None:
    typed, meant = pharmacy.ask("Can I take  hydrslazine with alcohol?"), pharmacy.ask("Can I take  hydralazine with alcohol?")
    assert typed.corrected_question == "Can I take hydralazine with alcohol?"
    assert typed.to_dict()["corrected_question"] == typed.corrected_question
    assert meant.corrected_question == "" and "corrected_question" not in meant.to_dict()  # spacing cleaned is no correction


def test_the_index_knows_its_own_faqs_words(pharmacy: FAQBot, tmp_path: Path) -> None:
    assert pharmacy.index.spelling.correct("gabapentine") == "gabapentin"
    other = FAQBot(write_faq(tmp_path / "faq.jsonl", [("Where do you ship?", "Everywhere in Europe.")]), tmp_path / "index", tune=False)
    assert other.index.spelling.correct("gabapentine") == "gabapentine"
