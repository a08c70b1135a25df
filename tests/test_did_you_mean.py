"""How a reply is decided: answer, "did you mean" between close entries, or "not covered"."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import Answer, FAQBot
from faqbot.check import check_corpus
from faqbot.cli import format_answer
from faqbot.corpus import Entry
from faqbot.evaluate import Query, evaluate
from faqbot.retrieval import asks_an_amount_not_given, asks_the_reverse, related, suggestions
from tests.conftest import write_faq
from tests.fakes import HashingEncoder

pytestmark = pytest.mark.model


def offered(answer: Answer) -> list[str]:
    """The headings of the entries a "did you mean" reply offers."""
    return [offer.heading for offer in suggestions(answer)]

SHOP = [
    ("Can I return an item I bought on sale?", "Yes. Sale items can be returned within 30 days with the receipt, like any other purchase."),
    ("Are sale items refundable?", "Yes. Items bought on sale can be returned within 30 days with the receipt, like any other item."),
    ("How do I reset my password?", "Use the 'Forgot password' link on the sign-in page; we email you a link to choose a new one."),
    ("How do I change my password?", "Sign in, open Settings, then Security, and choose a new password."),
    ("When is the shop open?", "Monday to Saturday, 9:00 to 20:00."),
    ("How long does delivery take?", "Orders arrive within 2 to 4 working days."),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_faq(tmp_path_factory.mktemp("shop") / "shop.jsonl", SHOP)


@pytest.fixture(scope="module")
def shop_bot(shop: Path, tmp_path_factory: pytest.TempPathFactory) -> FAQBot:
    return FAQBot(corpus=shop, index_dir=tmp_path_factory.mktemp("index"), progress=False)


def test_two_entries_that_answer_the_same_thing_are_no_reason_to_hesitate(shop_bot: FAQBot) -> None:
    answer = shop_bot.ask("Can I get my money back for something bought on sale?")
    assert answer.answered and answer.reason == "answered"
    assert answer.heading in {SHOP[0][0], SHOP[1][0]}


HOTEL = [
    ("Do you have a swimming pool?", "No."),
    ("Do you offer an airport shuttle?", "No."),
    ("Is there a gym?", "Yes, on the first floor, open 6:00 to 22:00."),
    ("Are pets allowed?", "Dogs under 10 kg, for 15 euros a night."),
]


def test_two_questions_answered_no_are_two_entries_not_one_answer_twice(tmp_path: Path) -> None:
    # "No." to the pool and "No." to the shuttle were taken for one answer written twice: check
    # said to merge them, and a question asking of both was answered with the pool alone.
    faq = write_faq(tmp_path / "hotel.jsonl", HOTEL)
    assert not [str(f) for f in check_corpus(faq, tmp_path / "index").findings if "same" in f.message]
    bot = FAQBot(faq, tmp_path / "index", progress=False)
    both = bot.ask("is there a pool or a shuttle")
    assert not both.answered
    assert set(offered(both)) >= {"Do you have a swimming pool?", "Do you offer an airport shuttle?"}


WIFI = [
    ("How do I enable Wi-Fi MAC address randomization?", "Go to Settings, Wi-Fi, select the gear icon for the network, open the Identity tab, set Cloned Address to random (a new MAC address at each connection), then click Apply."),
    ("How do I disable Wi-Fi MAC address randomization?", "Go to Settings, Wi-Fi, select the gear icon for the network, open the Identity tab, set Cloned Address to permanent (the device's own MAC address), then click Apply."),
    ("How do I forget a Wi-Fi network?", "Go to Settings, Wi-Fi, Saved Networks, select the network and tap Forget."),
    ("How do I share my mobile data as a hotspot?", "Go to Settings, Network, Hotspot, and switch it on; set its name and password there."),
]


def test_answers_alike_but_for_what_the_questions_ask_are_different_answers(tmp_path: Path) -> None:
    # Enable and disable share every step but the setting, so their answers are nearly the same
    # text; the questions are nearer still, and the one word that tells them apart is what the
    # answers are about. The bot weighs one against the other, and check does not say to merge them.
    faq = write_faq(tmp_path / "wifi.jsonl", WIFI)
    answer = FAQBot(faq, tmp_path / "index", progress=False).ask("keep the same MAC address")
    assert answer.reason == "ambiguous"
    assert set(offered(answer)[:2]) == {WIFI[0][0], WIFI[1][0]}
    assert not any("nearly the same" in str(f) for f in check_corpus(faq, tmp_path / "index").findings)


def test_a_question_asked_twice_with_alike_answers_is_answered_not_offered_twice(tmp_path: Path) -> None:
    # Its two answers differ by a few words, so they are less alike than the two (identical) questions;
    # hesitating between them would offer the asker the same heading twice.
    again = (WIFI[2][0], "Go to Settings, Wi-Fi, Saved Networks, select the network and tap Forget to remove it.")
    answer = FAQBot(write_faq(tmp_path / "wifi.jsonl", [*WIFI, again]), tmp_path / "index", progress=False).ask("How can I forget a Wi-Fi network?")
    assert (answer.heading, answer.reason) == (WIFI[2][0], "answered")


def test_close_entries_that_answer_different_things_get_did_you_mean(shop_bot: FAQBot) -> None:
    answer = shop_bot.ask("a question about my password")
    assert (answer.answered, answer.reason) == (False, "ambiguous")
    assert {"How do I reset my password?", "How do I change my password?"} <= set(offered(answer))


def test_a_likely_but_unsure_entry_is_offered_not_asserted(shop_bot: FAQBot) -> None:
    # The best entry is likelier right than wrong, but not sure enough to be given as the answer.
    answer = shop_bot.ask("I can't get into my account")
    assert (answer.answered, answer.reason) == (False, "ambiguous")
    assert "How do I reset my password?" in offered(answer)


def test_a_question_worded_far_from_the_faq_still_gets_candidates(shop_bot: FAQBot) -> None:
    # Its entry fits too loosely to answer with, but well enough to offer: not "not covered".
    answer = shop_bot.ask("I'd like to see the shop in person")
    assert answer.reason == "ambiguous" and "When is the shop open?" in offered(answer)


def test_a_did_you_mean_offers_no_runner_up_far_behind_its_best_guess(shop_bot: FAQBot) -> None:
    # "I'd like to see the shop in person" offered the return and delivery entries beside the
    # opening hours, though neither fits it (confidence 0.003 and 0.002 against the best guess).
    assert offered(shop_bot.ask("I'd like to see the shop in person")) == ["When is the shop open?"]
    assert offered(shop_bot.ask("I can't get into my account")) == ["How do I reset my password?", "How do I change my password?"]


def test_a_loose_fit_far_ahead_of_every_other_entry_is_offered(shop_bot: FAQBot) -> None:
    # On its own the return entry fits this under the floor; its lead over the rest says it is the one, if any.
    answer = shop_bot.ask("the thing I bought is broken")
    assert answer.reason == "ambiguous" and offered(answer)[0] == "Can I return an item I bought on sale?"


def test_a_likely_entry_is_offered_even_with_no_other_entry_to_choose_from(tmp_path: Path) -> None:
    # A FAQ (or a chosen topic) of one entry gives the best entry no rival; a loose fit is still a
    # candidate worth offering, not a "not covered" that tells the asker the FAQ has nothing.
    bot = FAQBot(write_faq(tmp_path / "faq.jsonl", [SHOP[2]]), tmp_path / "index", progress=False)
    answer = bot.ask("I can't get into my account")
    assert (answer.answered, answer.reason) == (False, "ambiguous")
    assert offered(answer) == ["How do I reset my password?"]
    assert bot.ask("How long does delivery take?").reason == "not covered"


def test_a_question_no_entry_fits_is_not_covered(shop_bot: FAQBot) -> None:
    answer = shop_bot.ask("Do you sell gift cards for birthdays?")
    assert (answer.answered, answer.reason) == (False, "not covered")


def test_one_bare_word_several_entries_use_gets_candidates_not_an_answer(shop_bot: FAQBot) -> None:
    # Ranked like a question, "password" is matched to one of the two password entries at 0.98.
    answer = shop_bot.ask("password")
    assert (answer.answered, answer.reason, answer.held_back) == (False, "ambiguous", "bare word")
    assert {"How do I reset my password?", "How do I change my password?"} <= set(offered(answer))


def test_one_bare_word_only_one_entry_uses_is_answered(shop_bot: FAQBot) -> None:
    assert (shop_bot.ask("Delivery?").heading, shop_bot.ask("Delivery?").reason) == ("How long does delivery take?", "answered")
    assert shop_bot.ask("sale").reason == "answered"  # two entries use it, but they answer the same thing


LIBRARY = [
    ("Parking", "Members park for free behind the library."),
    ("Where do residents get parking permits?", "At the town hall, with proof of address."),
    ("When is the library open?", "Monday to Saturday, 9:00 to 18:00."),
]
BRANCHES = [
    ("Do you have Wi-Fi?", "Free wireless internet is available in every branch, no password needed."),
    ("Can I print at the library?", "Printing costs 10 cents a page."),
    ("When is the library open?", "Monday to Saturday, 9:00 to 18:00."),
]
MUSEUM = [
    ("Is there a café?", "Our café on the first floor serves lunch from 12:00 to 15:00."),
    ("Is there parking?", "No; the nearest car park is on Queen Street."),
    ("When is the museum open?", "Tuesday to Sunday, 10:00 to 17:30."),
]


@pytest.mark.parametrize(
    ("faq", "word", "heading"),
    [
        (LIBRARY, "parking", "Parking"),  # an entry's own question, though another entry's question uses the word too
        (BRANCHES, "wifi", "Do you have Wi-Fi?"),  # typed whole for the FAQ's "Wi-Fi"
        (MUSEUM, "cafe", "Is there a café?"),  # typed without the FAQ's accent
    ],
)
def test_a_bare_word_that_names_one_entry_is_answered(tmp_path: Path, faq: list[tuple[str, str]], word: str, heading: str) -> None:
    bot = FAQBot(write_faq(tmp_path / "faq.jsonl", faq), tmp_path / "index", progress=False)
    reply = bot.ask(word)
    assert (reply.heading, reply.reason) == (heading, "answered")


APP = [
    ("How do I install the app?", "Download it from the App Store or Google Play and open it once to sign in."),
    ("How do I subscribe to the newsletter?", "Enter your e-mail address at the bottom of any page and confirm the message we send."),
    ("Is the app safe for children?", "Yes. It shows no adverts and asks a parent's PIN before any purchase."),
    ("Can I read the forum without having to register?", "Yes: reading is open to all; you need an account only to post."),
    ("When is support open?", "Monday to Friday, 8:00 to 18:00."),
]


def test_a_question_that_asks_the_reverse_of_an_entrys_is_not_answered_with_it(tmp_path: Path) -> None:
    # The model reads "uninstall" as nearly "install": "how do I uninstall the app" was answered with
    # the install steps at 0.89. An FAQ that says nothing of uninstalling offers the entry at most.
    bot = FAQBot(write_faq(tmp_path / "app.jsonl", APP), tmp_path / "index", progress=False)
    for question in ("how do I uninstall the app", "how can I unsubscribe from the newsletter", "how do I remove the app"):
        assert not bot.ask(question).answered, question
    assert bot.ask("how do I uninstall the app").held_back == "reverse"  # what the CLI and the API say of it
    assert bot.ask("how do I install the app").answered
    # "unsafe" asks what "Is … safe?" asks: a word that describes is not a reversed action.
    assert bot.ask("is the app unsafe for children").heading == "Is the app safe for children?"
    assert bot.ask("is the app unsafe for children").answered
    # Nor is a participle: an unregistered reader is one who did not register, not one who undoes it.
    assert bot.ask("can unregistered users read the forum").heading == "Can I read the forum without having to register?"
    assert bot.ask("can unregistered users read the forum").answered


def test_cancelling_or_returning_is_not_answered_with_signing_up_or_buying(tmp_path: Path) -> None:
    # In FAQs written for a trial, "can I cancel my garden waste subscription" was answered at 0.98
    # with how to sign up, and "can I return something I bought in the shop" at 0.99 with buying online.
    faq = [
        ("How do I sign up for garden waste collection?", "Subscribe online for 48 pounds a year and we send a permit sticker for your brown bin."),
        ("Can I buy things from the shop online?", "Yes, most books, prints and gifts are sold in our online shop, delivered in three to five days."),
        ("What can go in the brown garden waste bin?", "Grass cuttings, leaves, hedge trimmings and small branches."),
        ("When is the museum open?", "Tuesday to Sunday, 10:00 to 17:30."),
    ]
    bot = FAQBot(write_faq(tmp_path / "council.jsonl", faq), tmp_path / "index", progress=False)
    for question in ("can I cancel my garden waste subscription", "can I return something I bought in the shop"):
        assert not bot.ask(question).answered, question
    assert bot.ask("how do I sign up for garden waste").answered
    assert bot.ask("can I buy prints online").answered


def test_one_exchange_asked_from_its_other_side_is_no_reverse(tmp_path: Path) -> None:
    # Selling is the reverse of buying only for one person: "do you sell prints" asks what "Can I buy
    # prints?" asks, and a review that took it for the reverse would suggest no home for it.
    buy = Entry("Can I buy prints from the shop?", "Yes, most prints are in our online shop.", "shop.md", 1)
    used = Entry("Do you buy used books?", "Yes, bring them to the front desk.", "shop.md", 3)
    assert not asks_the_reverse(buy, "do you sell prints")
    assert asks_the_reverse(buy, "can I sell my prints")
    assert not asks_the_reverse(used, "can I sell my old books")
    assert asks_the_reverse(used, "do you sell used books")
    # Nor when someone else does the other side: the employer sends what the asker receives.
    receive = Entry("Can I receive my salary into this account?", "Yes: give your employer the account number.", "bank.md", 1)
    assert not asks_the_reverse(receive, "can my employer send my salary here")
    assert asks_the_reverse(receive, "can I send my salary to another bank")


def test_a_verb_with_the_opposite_particle_is_not_answered_with_the_entry_it_reverses(tmp_path: Path) -> None:
    # "can I check out late" was answered with "Can I check in early?" at 0.95, in a hotel FAQ whose
    # check-out entry tells of late check-out.
    faq = [
        ("Can I check in early?", "If your room is ready, yes, at no charge. Otherwise we keep your luggage."),
        ("What time is check-out?", "By 11:00. Late check-out until 14:00 costs 30 euros."),
        ("Is breakfast included?", "Only in rates that say so; otherwise it costs 15 euros."),
        ("Are pets allowed?", "Dogs under 10 kg, for 15 euros a night."),
    ]
    bot = FAQBot(write_faq(tmp_path / "hotel.jsonl", faq), tmp_path / "index", progress=False)
    late = bot.ask("can I check out late")
    assert not (late.answered and late.heading == "Can I check in early?")
    assert "What time is check-out?" in [late.heading, *offered(late)]
    assert bot.ask("can I check in early").answered


def test_a_reversed_question_the_faq_speaks_of_is_answered(tmp_path: Path) -> None:
    faq = [*APP[1:], ("How do I install the app?", "Download it from the App Store or Google Play. To uninstall it, hold its icon and choose Remove.")]
    bot = FAQBot(write_faq(tmp_path / "app.jsonl", faq), tmp_path / "index", progress=False)
    assert (bot.ask("how do I uninstall the app").heading, bot.ask("how do I uninstall the app").answered) == ("How do I install the app?", True)


def test_a_question_asking_how_many_or_when_is_not_answered_by_an_entry_that_names_no_number(seed_bot: FAQBot) -> None:
    # The trial: "When did Kim Jong Un first meet Xi Jinping?" was answered (at 0.99, before
    # this rule) with what the meetings reveal, which gives no date. The entry is on the subject: it is offered.
    meetings = "What do Kim and Xi's meetings reveal about regional alliances?"
    for question in ("When did Kim Jong Un first meet Xi Jinping?", "How many times have Kim and Xi met?"):
        answer = seed_bot.ask(question)
        assert not answer.answered, question
        assert meetings in [answer.heading, *offered(answer)], question
        # Its confidence is high (0.97): the reply says why it was held back, the API too.
        assert (answer.held_back, answer.to_dict()["held_back"]) == ("amount", "amount"), question
    answered = seed_bot.ask("What do the meetings between Kim and Xi tell us about alliances?")
    assert answered.answered
    assert answered.held_back == "" and "held_back" not in answered.to_dict()


def test_a_question_asking_how_long_is_answered_by_an_entry_that_says_how_long(shop_bot: FAQBot) -> None:
    answer = shop_bot.ask("how many days until my order arrives")
    assert (answer.heading, answer.answered) == ("How long does delivery take?", True)


def test_what_asks_for_an_amount_and_what_gives_one() -> None:
    founding = Entry("Who founded the club?", "Local birdwatchers, who wanted to share their sightings.", "club.md", 1)
    assert asks_an_amount_not_given(founding, "When was the club founded?")
    assert asks_an_amount_not_given(founding, "Thanks. How many members are there?")
    assert not asks_an_amount_not_given(founding, "When can I join the club?")  # a condition, not a date
    assert not asks_an_amount_not_given(founding, "Who started the club?")
    fees = Entry("Do members pay?", "Membership is free; field trips cost a few pounds.", "club.md", 3)
    assert not asks_an_amount_not_given(fees, "How much does membership cost?")
    trips = Entry("How long are the walks?", "About two hours, in the mornings.", "club.md", 5)
    assert not asks_an_amount_not_given(trips, "how long do the walks last")
    guests = Entry("Can members bring guests?", "Yes, with no limit on guests at open days.", "club.md", 7)
    assert not asks_an_amount_not_given(guests, "How many guests can I bring?")
    season = Entry("Do you run winter walks?", "Yes, from October, on Sunday mornings.", "club.md", 9)
    assert not asks_an_amount_not_given(season, "When will the winter walks start?")


def test_a_message_without_a_letter_is_never_answered(shop_bot: FAQBot) -> None:
    # Ranked like a question, "9:00" is matched confidently to the opening hours' answer text.
    answer = shop_bot.ask("9:00")
    assert (answer.answered, answer.reason) == (False, "ambiguous")
    assert "When is the shop open?" in offered(answer)
    assert shop_bot.ask("78.72").reason == "not covered"
    assert shop_bot.ask("Open at 9:00?").reason == "answered"  # with a word it is a question


def test_question_words_alone_are_never_answered(tmp_path: Path) -> None:
    # An unfinished message ("how do I" + Enter) matches the one heading that opens with the same words.
    bot = FAQBot(write_faq(tmp_path / "faq.jsonl", [SHOP[2], SHOP[4], SHOP[5]]), tmp_path / "index", progress=False)
    assert not bot.ask("how do I").answered
    assert not bot.ask("what's it?").answered
    assert bot.ask("how do I reset it").heading == "How do I reset my password?"


GREEK_SHOP = [
    ("Πώς αλλάζω τον κωδικό μου;", "Από τις Ρυθμίσεις, επιλέξτε Ασφάλεια και γράψτε νέο κωδικό."),
    ("Πότε είναι ανοιχτό το κατάστημα;", "Δευτέρα έως Σάββατο, 9:00 έως 20:00."),
    ("Πόσο διαρκεί η παράδοση;", "Οι παραγγελίες φτάνουν σε 2 έως 4 εργάσιμες ημέρες."),
]


def test_a_faq_not_in_english_offers_its_entries_and_answers_only_its_own_questions(tmp_path: Path) -> None:
    # The model and its confidence were made for English: in a real 28-entry Greek FAQ a wrong
    # entry scored 0.96. Here the best guess is right, and still only offered; a candidate's
    # button asks its heading as written, which is answered.
    corpus = write_faq(tmp_path / "shop.jsonl", GREEK_SHOP)
    bot = FAQBot(corpus, tmp_path / "index", progress=False)
    answer = bot.ask("Πότε ανοίγετε;")
    assert (answer.answered, answer.reason, answer.heading) == (False, "ambiguous", GREEK_SHOP[1][0])
    assert bot.ask(GREEK_SHOP[1][0]).reason == "answered"
    warnings = [f.message for f in check_corpus(corpus, tmp_path / "index").findings if "English" in f.message]
    assert len(warnings) == 1 and warnings[0].startswith("only 0% of the FAQ's words are English")


def test_eval_counts_the_right_entry_as_shown_only_when_the_reply_shows_it(shop_bot: FAQBot) -> None:
    # A "not covered" reply shows no entry, even when the right one ranked first behind it.
    question = "I don't like what I got"
    assert shop_bot.ask(question).reason == "not covered"
    figures = evaluate(shop_bot, [Query(question, (SHOP[0][0], SHOP[1][0])), Query("I'd like to see the shop in person", ("When is the shop open?",))]).figures()
    assert (figures["P@1"], figures["answered"], figures["right_shown"]) == (1.0, 0.0, 0.5)


def test_eval_counts_a_related_question_under_a_wrong_answer_as_shown(shop_bot: FAQBot) -> None:
    # "my password" is answered with the change entry; the reset entry is offered under it to click.
    figures = evaluate(shop_bot, [Query("my password", ("How do I reset my password?",))]).figures()
    assert (figures["P@1"], figures["R@3"], figures["answered"], figures["wrong_asserted"], figures["right_shown"]) == (0.0, 1.0, 1.0, 1.0, 1.0)


def test_eval_reads_r_at_3_from_the_first_three_ranked_not_from_the_candidates_offered(shop_bot: FAQBot) -> None:
    # The delivery entry ranks third for this, too far behind to be offered: found, but not shown.
    figures = evaluate(shop_bot, [Query("I'd like to see the shop in person", ("How long does delivery take?",))]).figures()
    assert (figures["P@1"], figures["R@3"], figures["right_shown"]) == (0.0, 1.0, 0.0)


def test_the_reply_does_not_depend_on_how_many_alternatives_are_asked_for(tmp_path: Path) -> None:
    # Three entries answer the same thing, so the best three are one answer: its rival, the exchange
    # entry, is found whether the caller asks for one entry or ten, and measured on the same scale.
    faq = [
        ("Can I return an item I bought on sale?", "Yes. Sale items can be returned within 30 days with the receipt, like any other purchase."),
        ("Are sale items refundable?", "Yes. Items bought on sale can be returned within 30 days with the receipt, like any other item."),
        ("Do sale items have a return policy?", "Yes. Sale items can be returned within 30 days with a receipt, like any other purchase."),
        ("Can I exchange an item for another size?", "Yes. Bring it back within 30 days and pick another size in the shop."),
        ("When is the shop open?", "Monday to Saturday, 9:00 to 20:00."),
    ]
    bot = FAQBot(write_faq(tmp_path / "returns.jsonl", faq), tmp_path / "index", progress=False)
    replies = [bot.ask("money back for a sale item?", top_k=top_k) for top_k in (1, 3, 10)]
    assert len({(reply.heading, reply.reason, reply.score) for reply in replies}) == 1
    assert [len(reply.alternatives) for reply in replies] == [0, 2, 4]


def test_a_clear_question_is_answered(shop_bot: FAQBot) -> None:
    answer = shop_bot.ask("How many days until my order arrives?")
    assert (answer.heading, answer.reason) == ("How long does delivery take?", "answered")


def test_alternatives_are_ordered_by_score(shop_bot: FAQBot) -> None:
    scores = [alt.score for alt in shop_bot.ask("a question about my password", top_k=5).alternatives]
    assert scores == sorted(scores, reverse=True)


def test_check_names_entries_that_answer_the_same_thing(shop: Path, tmp_path: Path) -> None:
    findings = [str(f) for f in check_corpus(shop, tmp_path / "index").findings]
    assert any(f.startswith("shop.jsonl:2: error: answer of 'Are sale items refundable?' is nearly the same as at shop.jsonl:1") for f in findings)
    assert not any("nearly the same" in f and "password" in f for f in findings)  # alike questions, different answers


CAMPUS = """\
# Campus IT

## Students

### How do I reset my password?
Go to the student portal, choose "Forgot password" and follow the link sent to your university email.

### Where can I print?
Printers are in the library and in every residence hall; pay with your student card.

## Staff

### How do I reset my password?
Call the IT service desk on extension 4000; staff passwords are reset after an identity check.

### How do I book a meeting room?
Use the room booking calendar in Outlook and pick a room under "Resources".
"""


@pytest.fixture(scope="module")
def campus_bot(tmp_path_factory: pytest.TempPathFactory) -> FAQBot:
    corpus = tmp_path_factory.mktemp("campus") / "campus.md"
    corpus.write_text(CAMPUS, encoding="utf-8")
    return FAQBot(corpus=corpus, index_dir=tmp_path_factory.mktemp("index"), progress=False)


def test_a_question_asked_in_two_sections_is_answered_only_when_the_asker_names_one(campus_bot: FAQBot) -> None:
    """The FAQ asks "How do I reset my password?" of students and of staff, with two answers: asked
    alone, the heading fits both, and the bot offers both, each named with its section."""
    asked = campus_bot.ask("How do I reset my password?")
    assert asked.reason == "ambiguous"
    both = ["How do I reset my password? (Staff)", "How do I reset my password? (Students)"]
    assert sorted(offer.question for offer in suggestions(asked)[:2]) == both
    assert all(line in format_answer(asked, 0.75).splitlines() for line in (f"  - {question}" for question in both))
    for question, section in [("I'm staff: how do I reset my password?", "Staff"), ("reset my student password", "Students"), (both[1], "Students"), (both[0], "Staff")]:
        answer = campus_bot.ask(question)
        assert (answer.reason, answer.category) == ("answered", section), question


ADMISSIONS = """\
# Admissions

## Undergraduate

### How do I apply?
Apply through the Common Application by January 15, with your transcript and two letters.

### Is there an application fee?
Yes, $60, waived for students who receive free school meals.

## Graduate

### How do I apply?
Apply on the Graduate School portal; most programmes close in December.

### Is there an application fee?
Yes, $90 per programme.

## International students

### How do I apply?
Apply like other students, and send your English test scores and a bank statement.
"""


def test_an_entry_asked_in_several_sections_is_offered_with_its_section_even_alone(tmp_path: Path) -> None:
    # Told apart among the candidates alone, the one "How do I apply?" offered beside the two fees
    # read as plain, and clicked it asked all three again.
    (tmp_path / "admissions.md").write_text(ADMISSIONS, encoding="utf-8")
    bot = FAQBot(corpus=tmp_path / "admissions.md", index_dir=tmp_path / "index", progress=False)
    names = set(bot.index.layout.headings)
    asked = bot.ask("how do I apply and what is the fee for grad school")
    offered = [offer.question for offer in suggestions(asked)]
    assert asked.reason == "ambiguous" and sum(question.startswith("How do I apply?") for question in offered) == 1
    assert set(offered) <= names, offered
    for question in ("application fee", "how do I apply", "apply as an international student", "deadline"):
        answer = bot.ask(question)
        assert {offer.question for offer in [*suggestions(answer), *related(answer)]} <= names, question


def test_a_question_approved_for_one_section_is_answered_there(tmp_path: Path) -> None:
    # Approved for "How do I apply? (Graduate)", "how do I apply for a masters" still got all three
    # sections offered: it names no word of the section's name, though the FAQ now says which it asks.
    faq = ADMISSIONS.replace("### How do I apply?\nApply on the Graduate", "### How do I apply?\nAlso asked: how do I apply for a masters | How can I apply?\n\nApply on the Graduate")
    faq = faq.replace("### How do I apply?\nApply like other", "### How do I apply?\nAlso asked: How can I apply?\n\nApply like other")
    (tmp_path / "admissions.md").write_text(faq, encoding="utf-8")
    bot = FAQBot(corpus=tmp_path / "admissions.md", index_dir=tmp_path / "index", progress=False)
    for asked in ("how do I apply for a masters", "masters application"):  # the question approved, and one naming its word
        approved = bot.ask(asked)
        assert (approved.reason, approved.category) == ("answered", "Graduate"), asked
    assert bot.ask("How can I apply?").reason == "ambiguous"  # an alternate two sections share names neither


LIBRARY_WITH_AN_OLD_COPY = """\
# Library

### How do I renew a loan?
Online, from your account page: each loan renews up to three times.

### Are there late fees?
No fees for books; laptops cost 5 euros a day late.

### How do I renew a loan?
At the front desk with your library card. Renewals by phone are not possible.
"""


def test_one_question_asked_twice_in_one_section_is_answered_not_offered_twice(tmp_path: Path) -> None:
    """An older copy left in the file asks the same question with another answer. Offered both, the
    asker would see one heading twice, and a click would ask it again: the bot answers the copy
    that fits best, and offers no copy of the answer's own question under it."""
    corpus = tmp_path / "library.md"
    corpus.write_text(LIBRARY_WITH_AN_OLD_COPY, encoding="utf-8")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False)
    for question in ("How do I renew a loan?", "can I renew my loan at the desk", "renew a loan online"):
        answer = bot.ask(question, top_k=3)
        assert (answer.reason, answer.heading) == ("answered", "How do I renew a loan?"), question
        assert "How do I renew a loan?" not in [offer.question for offer in related(answer)]
    assert "desk" in bot.ask("can I renew my loan at the desk").answer
    assert "Online" in bot.ask("renew a loan online").answer


def test_a_heading_asked_as_written_is_weighed_however_far_its_answer_strays(tmp_path: Path) -> None:
    """The first stage weighs an entry mostly by its heading and answer together, so an entry whose
    answer says other things ("What's hledger?" over "One of the best tools for doing Plain Text
    Accounting…", in a 64-entry FAQ) fell behind entries whose answers repeat the question's words,
    and asked exactly as written it was not even re-ranked: "did you mean" over others, or another
    entry asserted. The fake encoder builds that ranking here."""
    faq = [
        ("Where do I park?", "The lot behind the hall has room for forty cars; the street is free after six on weekdays; bicycles go in the racks by the south gate."),
        *((heading, f"Where do I park? {reply} Where do I park is answered there.") for heading, reply in [
            ("Is the car park open at night?", "You park in the car park at night."),
            ("Can I park a van?", "Park a van in the car park."),
            ("Do I pay to park?", "You pay at the machine."),
            ("Can I park overnight?", "Overnight in the car park."),
        ]),
    ]  # fmt: skip
    bot = FAQBot(write_faq(tmp_path / "faq.jsonl", faq), tmp_path / "index", progress=False, encoder=HashingEncoder())
    answer = bot.ask("where do I park")
    assert (answer.heading, answer.reason) == ("Where do I park?", "answered")
