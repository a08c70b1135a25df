"""What one chat reply looks like for each way a reply is decided (no model needed)."""

from __future__ import annotations

import re

import pytest

from faqbot import Alternative, Answer, FAQBot
from faqbot.retrieval import RELATED_SCORE, Offer
from faqbot.ui import (
    NOT_COVERED,
    RELATED_PROMPT,
    SPELLING_CORRECTED,
    ChatOptions,
    as_answer_text,
    as_text,
    ask_in_topic,
    example_questions,
    fallback_html,
    reply,
    settled,
    title_of,
    welcome,
)
from tests.fakes import HashingEncoder

BASE = {"question": "q", "passage": "Passage.", "answer": "Passage.", "source": "faq.txt:3"}
CANDIDATES = (Alternative("Second?", "p", 0.4), Alternative("Third?", "p", 0.2))


def test_an_answer_names_its_source_only_for_authors() -> None:
    answer = Answer(heading="First?", score=0.95, answered=True, **BASE)
    assert "source: faq\\.txt:3" in reply(answer, 0.5, ChatOptions(show_sources=True))["content"]  # Markdown-escaped
    assert "source" not in reply(answer, 0.5, ChatOptions(show_sources=False))["content"]


def test_a_short_answer_is_shown_whole_and_a_long_one_by_the_passage_that_answers() -> None:
    # A short answer's matching paragraph alone was shown: "…by email. Roles:" without its table.
    short = "Invite them by email. Roles:\n\n- Treasurer: edits\n- Viewer: reads"
    shown = reply(Answer(heading="First?", score=0.95, answered=True, **{**BASE, "passage": "Invite them by email. Roles:", "answer": short}), 0.5, ChatOptions())["content"]
    assert "Viewer: reads" in shown and "Full answer" not in shown
    long = "Invite them by email. Roles:\n\n" + "More words. " * 60
    shown = reply(Answer(heading="First?", score=0.95, answered=True, **{**BASE, "passage": "Invite them by email. Roles:", "answer": long}), 0.5, ChatOptions())["content"]
    assert shown.index("Invite them by email") < shown.index("<summary>Full answer</summary>") < shown.index("More words")


def test_code_in_an_answer_keeps_its_indentation_in_the_chat() -> None:
    # HTML collapses leading spaces: an answer's Python code showed flush left, and wrong.
    code = "Add:\n\ndef greet():\n    return 'hi'"
    shown = reply(Answer(heading="First?", score=0.95, answered=True, **{**BASE, "passage": code, "answer": code}), 0.5, ChatOptions())["content"]
    assert "def greet\\(\\):<br>&nbsp;&nbsp;&nbsp;&nbsp;return 'hi'" in shown
    # The space after inline code is a space between words, not a line's indentation.
    assert as_text("Run `make` now,\n  then rest.") == "Run <code>make</code> now,<br>&nbsp;&nbsp;then rest\\."


def test_lists_in_an_answer_are_written_as_lists_and_their_items_as_text() -> None:
    steps = "Then:\n\n1. Open <b>Reports</b>.\n2. Click *Export*.\n\n- `make`\n\n```\n- a line of code\n```"
    assert as_answer_text(steps).split("\n\n") == [
        "Then:",
        "1. Open &lt;b&gt;Reports&lt;/b&gt;\\.\n2. Click \\*Export\\*\\.",  # a numbered list, its items escaped
        "- <code>make</code>",
        "<pre><code>\\- a line of code</code></pre>",  # code stays code, whatever its lines open with
    ]
    answer = Answer("how do I export", "How do I export?", steps, steps, 0.95, True, "help.md:3")
    assert "\n\n1. Open &lt;b&gt;Reports" in reply(answer, 0.75, ChatOptions())["content"]
    # A number opening a line of text is a list's only when it is a list's number.
    assert as_answer_text("2019. The year we opened.") == "2019\\. The year we opened\\."


def test_a_table_in_an_answer_is_written_as_a_table_and_a_lone_bar_as_text() -> None:
    # Its rows were shown as typed, "Adult | 5 euros" lines, where a reader expects columns.
    fees = "Fees:\n\nCard | Fee\nAdult | 5 *euros*\nChild | \n\nCall us | Mon to Fri"
    assert as_answer_text(fees).split("\n\n") == [
        "Fees:",
        "| Card | Fee |\n| --- | --- |\n| Adult | 5 \\*euros\\* |\n| Child |  |",  # the first row the header, cells escaped, an empty one kept
        "Call us \\| Mon to Fri",  # one line with a bar is text
    ]
    assert as_answer_text("a | b\nc | d | e").split("\n\n") == ["a \\| b<br>c \\| d \\| e"]  # rows of other lengths: no table


def test_a_list_nested_in_an_item_is_written_under_the_item_s_text() -> None:
    # Nested items were a list of their own, or text with its hyphens, beside the item they belong to.
    steps = "1. Open *Settings*\n  - on a phone: the gear\n\n  - on the web: your name\n2. Click Export\n   3. or press E\n- Done"
    assert as_answer_text(steps).split("\n\n") == [
        "1. Open \\*Settings\\*\n   - on a phone: the gear\n   - on the web: your name\n2. Click Export",  # under "Open", escaped
        "   3. or press E",  # a nested list from 3 stands apart, or Markdown reads it as "Export"'s text
        "- Done",
    ]
    assert as_answer_text("  - an indented first item") == "- an indented first item"  # nested in nothing: a list of its own


def test_an_answer_offers_the_runners_up_near_enough_to_be_what_was_meant() -> None:
    near, far = Alternative("Second?", "p", RELATED_SCORE), Alternative("Third?", "p", RELATED_SCORE - 0.01)
    message = reply(Answer(heading="First?", score=0.95, answered=True, alternatives=(near, far), **BASE), 0.5, ChatOptions())
    assert message["content"].startswith("**First?**") and message["content"].endswith(RELATED_PROMPT)
    assert [option["value"] for option in message["options"]] == ["Second?"]
    alone = reply(Answer(heading="First?", score=0.95, answered=True, alternatives=(far,), **BASE), 0.5, ChatOptions())
    assert "options" not in alone and RELATED_PROMPT not in alone["content"]  # nothing near: a plain answer


def test_did_you_mean_offers_the_candidates_as_options_in_the_message() -> None:
    answer = Answer(heading="First?", score=0.7, answered=False, alternatives=CANDIDATES, reason="ambiguous", **BASE)
    message = reply(answer, 0.5, ChatOptions())
    assert message["content"].startswith("Did you mean one of these?")
    assert [option["value"] for option in message["options"]] == ["First?", "Second?", "Third?"]


def test_did_you_mean_over_a_single_candidate_asks_about_that_one() -> None:
    # A likely entry with no rival (a FAQ or topic of one entry) is offered alone.
    alone = Answer(heading="First?", score=0.6, answered=False, reason="ambiguous", **BASE)
    message = reply(alone, 0.5, ChatOptions(fallback="Call us."))
    assert message["content"].startswith("Did you mean this?\n\nSomething else? Call us")
    assert [option["value"] for option in message["options"]] == ["First?"]


def test_did_you_mean_keeps_the_fallback_for_when_no_candidate_is_what_was_asked() -> None:
    answer = Answer(heading="First?", score=0.4, answered=False, alternatives=CANDIDATES, reason="ambiguous", **BASE)
    message = reply(answer, 0.5, ChatOptions(fallback="Call [us](https://example.com/help) now."))
    assert message["content"].startswith("Did you mean one of these?") and len(message["options"]) == 3
    assert "Something else?" in message["content"] and 'href="https://example.com/help"' in message["content"]
    assert "Something else?" not in reply(answer, 0.5, ChatOptions())["content"]  # no fallback set: nothing to point to


def test_an_earlier_reply_keeps_what_it_offered_as_text_once_the_next_one_comes() -> None:
    # The chat shows options under the latest message only; an earlier one lists them in its text.
    related = reply(Answer(heading="First?", score=0.95, answered=True, alternatives=CANDIDATES[:1], **BASE), 0.5, ChatOptions())
    assert settled(related) == {"role": "assistant", "content": f"{related['content']}\n\n- Second?"}
    asked = Answer(heading="First*?", score=0.4, answered=False, alternatives=CANDIDATES, reason="ambiguous", **BASE)
    content = settled(reply(asked, 0.5, ChatOptions(fallback="Call us.")))["content"]
    assert content.startswith("Did you mean one of these?\n\n- First\\*?\n- Second?\n- Third?\n\nSomething else? Call us")  # headings as text
    plain = reply(Answer(heading="First?", score=0.95, answered=True, **BASE), 0.5, ChatOptions())
    assert settled(plain) is plain


def test_not_covered_shows_the_fallback_never_unrelated_headings() -> None:
    answer = Answer(heading="First?", score=0.1, answered=False, alternatives=CANDIDATES, reason="not covered", **BASE)
    message = reply(answer, 0.5, ChatOptions(fallback="Call [us](https://example.com/help) now."))
    assert message["content"].startswith(NOT_COVERED) and "options" not in message
    assert 'href="https://example.com/help"' in message["content"]
    assert not any(heading in message["content"] for heading in ("First?", "Second?", "Third?"))


def test_the_fallback_allows_web_and_mail_links_and_shows_everything_else_as_typed() -> None:
    shown = fallback_html("[mail](mailto:a@b.org) [bad](javascript:alert(1)) <img src=x onerror=alert(2)>")
    assert re.findall(r'href="([^"]*)"', shown) == ["mailto:a@b.org"]  # the javascript: link stays text
    assert "<img" not in shown and "&lt;img" in shown


@pytest.mark.parametrize("reason", ["answered", "ambiguous", "not covered"])
def test_a_reply_opens_with_the_words_read_as_others_when_misspelt_words_were_corrected(reason: str) -> None:
    asked = {**BASE, "question": "Where is my Matress and pilow?"}
    answer = Answer(heading="First?", score=0.9, answered=reason == "answered", reason=reason, corrected_question="Where is my mattress and pillow?", **asked)
    content = reply(answer, 0.5, ChatOptions())["content"]
    assert content.startswith(f"<sub>{SPELLING_CORRECTED} “Matress” → “mattress”, “pilow” → “pillow”</sub>\n\n")
    plain = reply(Answer(heading="First?", score=0.9, answered=reason == "answered", reason=reason, **asked), 0.5, ChatOptions())["content"]
    assert SPELLING_CORRECTED not in plain and content.endswith(plain)


def test_small_talk_is_replied_to_without_a_spelling_line() -> None:
    answer = Answer(heading="First?", score=0.0, answered=False, reason="not covered", small_talk="thanks", corrected_question="thanks", **BASE)
    assert SPELLING_CORRECTED not in reply(answer, 0.5, ChatOptions())["content"]


def test_the_welcome_offers_headings_that_ask_a_question_first_in_the_faqs_order() -> None:
    def examples(headings: list[str]) -> list[str]:
        return [offer.question for offer in example_questions([Offer(heading, heading) for heading in headings])]

    headings = ["Joining", "How do I join?", "Opening hours", "Is it free?", "Can children join?", "Where is it?", "Why join?"]
    assert examples(headings) == ["How do I join?", "Is it free?", "Can children join?", "Where is it?"]
    assert examples(["Joining", "Is it free?"]) == ["Is it free?", "Joining"]


def test_the_welcome_of_a_faq_with_categories_offers_a_question_of_each_in_turn() -> None:
    # Before, a parking FAQ opened with four questions on residential permits, its first section,
    # and nothing showed it also answered tickets, towing or snow emergencies.
    entries = [("Who can get a permit?", "Permits"), ("Permit fees", "Permits"), ("How much is a permit?", "Permits"),
               ("How do I pay a ticket?", "Tickets"), ("Can I contest a ticket?", "Tickets"), ("Where is my towed car?", "Towing")]
    examples = example_questions([Offer(heading, heading) for heading, _ in entries], [category for _, category in entries])
    assert [offer.question for offer in examples] == ["Who can get a permit?", "How do I pay a ticket?", "Where is my towed car?", "How much is a permit?"]


PARKING_MD = """\
# Parking FAQ

## Tickets

### How do I pay a parking ticket?
Online, by phone or at City Hall.

### How do I contest a ticket?
Ask for a review within 21 days of the ticket date.

## Towing

### Where is my towed car?
At the impound lot on Industrial Way.

### How do I get my car back from the impound lot?
Bring a photo ID and pay the towing fee.

## Meters

### How much are parking meters?
Two dollars an hour; pay with coins, card or the app.
"""


def test_a_chosen_topic_is_searched_and_the_whole_faq_when_it_has_nothing(tmp_path) -> None:
    # Before, with "Towing" left chosen, a question of another topic clicked in the welcome got a
    # "did you mean" of towing entries, and one a meters entry answers was told the FAQ had nothing.
    (tmp_path / "parking.md").write_text(PARKING_MD, encoding="utf-8")
    bot = FAQBot(tmp_path / "parking.md", tmp_path / "index", progress=False, tune=False)  # the real model
    in_topic, elsewhere = ask_in_topic(bot, "what does it cost to get my car back", "Towing")
    assert (in_topic.heading, in_topic.answered, elsewhere) == ("How do I get my car back from the impound lot?", True, "")
    clicked, elsewhere = ask_in_topic(bot, "How do I pay a parking ticket?", "Towing")
    assert (clicked.heading, clicked.answered, elsewhere) == ("How do I pay a parking ticket?", True, "")
    assert bot.ask("can I pay the meter with a card", category="Towing").reason == "not covered"
    found, elsewhere = ask_in_topic(bot, "can I pay the meter with a card", "Towing")
    assert (found.heading, found.answered, elsewhere) == ("How much are parking meters?", True, "Towing")
    nowhere, elsewhere = ask_in_topic(bot, "what is the capital of France", "Towing")
    assert (nowhere.reason, elsewhere) == ("not covered", "")


def test_the_welcome_shows_the_opening_of_a_long_description_not_all_of_it(tmp_path) -> None:
    # A garden FAQ's page of history (279 words) pushed its questions off the first screen.
    history = " ".join(f"In 19{70 + year} the neighbours cleared more of the yard and planted beans." for year in range(12))
    faq = f"# Garden FAQ\n\nForty plots on the old rail yard, run by volunteers.\n\n{history}\n\n## How do I get a plot?\nJoin the list.\n"
    (tmp_path / "garden.md").write_text(faq, encoding="utf-8")
    bot = FAQBot(tmp_path / "garden.md", tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False)
    assert welcome(bot)["content"] == "Forty plots on the old rail yard, run by volunteers\\.\n\nAsk a question in your own words, or try one of these:"
    (tmp_path / "garden.md").write_text(faq.replace("volunteers.\n\n", "volunteers. "), encoding="utf-8")  # one long paragraph
    opening = welcome(FAQBot(tmp_path / "garden.md", tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False))["content"].split("\n\n")[0]
    assert opening.endswith("planted beans\\.") and len(opening.split()) <= 60


def test_the_page_is_named_after_the_one_file_holding_entries_not_a_readme_beside_it(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "club-faq.txt").write_text("Is it free?\nYes.\n-\nIs it open?\nNo.\n", encoding="utf-8")
    (corpus / "README.md").write_text("# About this folder\n\nNothing to ask.\n", encoding="utf-8")  # skipped
    bot = FAQBot(corpus, tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False)
    assert title_of(bot) == "Club FAQ"


def test_a_saved_web_page_gives_its_title_without_the_sites_name(tmp_path) -> None:
    # Named after the file ("Waste"), the welcome repeating the tab's title, site name and all.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = "<title>Bins and recycling: frequently asked questions | Riverton Borough Council</title><h2>Is it free?</h2><p>Yes.</p>"
    (corpus / "waste.html").write_text(page, encoding="utf-8")
    bot = FAQBot(corpus, tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False)
    assert title_of(bot) == "Bins and recycling: frequently asked questions"
    assert "Riverton" not in welcome(bot)["content"]


def test_the_welcome_of_a_saved_web_page_says_what_the_page_says_it_is_about(tmp_path) -> None:
    # The page's summary for search engines was dropped: the welcome said nothing of the FAQ.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    summary = "Everything you need to know to vote in Riverside on November 3."
    title = "Election 2026: your questions answered | The Riverside Courier"
    page = f'<title>{title}</title><meta name="description" content="{summary}"><h2>Is it free?</h2><p>Yes.</p>'
    (corpus / "vote.html").write_text(page, encoding="utf-8")
    bot = FAQBot(corpus, tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False)
    assert title_of(bot) == "Election 2026: your questions answered"
    assert welcome(bot)["content"].startswith(as_text(summary) + "\n\n")


def test_a_page_named_after_a_file_writes_names_as_the_faq_does(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kim-xi-meetings.txt").write_text("Why did Kim meet Xi?\nKim and Xi met in Beijing.\n", encoding="utf-8")
    bot = FAQBot(corpus, tmp_path / "index", progress=False, encoder=HashingEncoder(), tune=False)
    assert title_of(bot) == "Kim Xi meetings"
