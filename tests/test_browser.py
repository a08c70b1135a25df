"""The chat page in a real browser: Debian's Chromium driven by Playwright against `faqbot serve`."""

from __future__ import annotations

import html
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.conftest import MILITARY_HEADING, SEED_CORPUS, free_port, index_with_export, serve_in_background

pytestmark = [pytest.mark.browser, pytest.mark.model]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MARKUP_HEADING = "Can an answer contain markup?"
PAGE_TIMEOUT_MS = 90_000  # generous: the suite's other tests may be using both cores
OWNER = ("ann", "s3cret")  # the log-in of the servers that have one
FALLBACK = "Ask [our help desk](mailto:help@example.org) <b>directly</b>."
MARKUP_ANSWER = (
    'It is shown as text: <img src=x onerror="window.__corpusXss=1"> and <b>bold</b> stay literal, and `<i>code</i>` is code:'
    "\n\n```\nrun --safe https://example.org/run\n  <script>window.__corpusXss=2</script>\n```"
    '\n\nIn a list too:\n\n- <img src=y onerror="window.__corpusXss=3"> stays literal\n- [so does a link](javascript:window.__corpusXss=4)'
    '\n\nAnd in a table:\n\nMarkup | Shown\n<img src=z onerror="window.__corpusXss=5"> | [as text](javascript:alert(6))'
)
MARKUP_CELLS = [["Markup", "Shown"], ['<img src=z onerror="window.__corpusXss=5">', "[as text](javascript:alert(6))"]]  # as the answer's table shows them
MARKUP_ITEMS = ['<img src=y onerror="window.__corpusXss=3"> stays literal', "[so does a link](javascript:window.__corpusXss=4)"]  # as the answer's list shows them
MARKUP_CODE = ["<i>code</i>", "run --safe https://example.org/run\n  <script>window.__corpusXss=2</script>"]  # as the answer's code elements hold it


EMBEDDING_PORT = free_port()  # the one foreign site allowed to embed the widget


@pytest.fixture(scope="module")
def server_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Where the main test server records questions (it runs with --learn, so replies carry 👍/👎)."""
    return f"sqlite:///{tmp_path_factory.mktemp('store') / 'questions.sqlite3'}"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory, server_store: str) -> Iterator[str]:
    """`faqbot serve` on the seed corpus plus one entry full of markup, on a free loopback port."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEED_CORPUS, corpus, dirs_exist_ok=True)
    (corpus / "markup.jsonl").write_text(json.dumps({"question": MARKUP_HEADING, "answer": MARKUP_ANSWER}), encoding="utf-8")
    options = ["--allow-origin", f"http://127.0.0.1:{EMBEDDING_PORT}", "--learn", "--store", server_store]
    yield from serve_in_background(corpus, index_with_export(tmp_path_factory.mktemp("server") / "index"), *options)


@pytest.fixture(scope="module")
def protected_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed FAQ behind a log-in given in a file (so it is not in the process list)."""
    secret = tmp_path_factory.mktemp("secret") / "auth"
    secret.write_text(":".join(OWNER) + "\n", encoding="utf-8")
    options = ["--auth-file", str(secret), "--fallback", FALLBACK, "--no-show-sources"]
    yield from serve_in_background(SEED_CORPUS, index_with_export(tmp_path_factory.mktemp("server") / "index"), *options)


@pytest.fixture(scope="module")
def learning_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A copy of the seed FAQ served with --learn (and so a review page) behind a log-in, reloading approvals."""
    corpus, secret = tmp_path_factory.mktemp("learning-corpus"), tmp_path_factory.mktemp("learning-secret") / "auth"
    shutil.copytree(SEED_CORPUS, corpus, dirs_exist_ok=True)
    secret.write_text(":".join(OWNER) + "\n", encoding="utf-8")
    store = f"sqlite:///{tmp_path_factory.mktemp('learning-store') / 'questions.sqlite3'}"
    options = ["--auth-file", str(secret), "--learn", "--store", store, "--watch"]
    yield from serve_in_background(corpus, index_with_export(tmp_path_factory.mktemp("server") / "index"), *options)


LIBRARY_CARD = (  # short: shown whole
    "Bring to the front desk:\n\n- a photo ID\n  - a passport or a driving licence\n- proof of your address\n\n"
    "The card is free for residents.\n\nCard | Replacement | When\nAdult | 5 euros | lost\nChild | | never"  # a table as every reader writes one
)
LIBRARY_CARD_TABLE = [["Card", "Replacement", "When"], ["Adult", "5 euros", "lost"], ["Child", "", "never"]]  # an empty cell too
VISITS = [  # one question asked in two sections, with two answers
    ("Can I visit on a Sunday?", "The museum opens on Sundays from 11:00 to 17:00.", "Museum"),
    ("Can I visit on a Sunday?", "The library is closed on Sundays; it reopens on Monday at 9:00.", "Library"),
    ("How do I get a library card?", LIBRARY_CARD, "Library"),
    ("Are guided tours available?", "Guided tours of the museum start every hour from the main hall. Groups book at tours@example.org or https://example.org/tours.", "Museum"),
]
TOUR_LINKS = [("tours@example.org", "mailto:tours@example.org"), ("https://example.org/tours", "https://example.org/tours")]  # as shown, and where they lead


@pytest.fixture(scope="module")
def sections_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`faqbot serve` on a FAQ that asks one question in two sections (the widget may embed it too)."""
    corpus = tmp_path_factory.mktemp("corpus") / "visits.jsonl"
    corpus.write_text("".join(json.dumps({"question": q, "answer": a, "category": c}) + "\n" for q, a, c in VISITS), encoding="utf-8")
    options = ["--allow-origin", f"http://127.0.0.1:{EMBEDDING_PORT}"]
    yield from serve_in_background(corpus, index_with_export(tmp_path_factory.mktemp("server") / "index"), *options)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def open_page(browser, url: str, **options):
    """A new tab on ``url``, once its question box is ready (a busy machine may take a while)."""
    page = browser.new_page(**options)
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(url)
    page.get_by_placeholder("Ask a question…").wait_for()
    return page


@pytest.fixture
def page(browser, server_url: str):
    page = open_page(browser, server_url, viewport={"width": 1100, "height": 900})
    yield page
    page.close()


@contextmanager
def open_as_owner(browser, url: str) -> Iterator:
    """A new tab on a server with a log-in, logged in as its owner; closed afterwards."""
    page = open_page(browser, url, http_credentials={"username": OWNER[0], "password": OWNER[1]})
    try:
        yield page
    finally:
        page.close()


def ask_in_page(page, question: str) -> None:
    box = page.get_by_placeholder("Ask a question…")
    box.fill(question)
    box.press("Enter")


def bot_messages(page):
    return page.locator("#chat .message.bot")


def test_paraphrase_shows_heading_passage_confidence_and_source(page) -> None:
    ask_in_page(page, "Has North Korea sent soldiers to help Russia?")
    reply = bot_messages(page).last
    reply.get_by_text(MILITARY_HEADING).wait_for()
    text = reply.inner_text()
    assert "troop deployments, notably in Ukraine" in text
    assert "high confidence (" in text
    assert "kim-xi-meetings-and-regional-alliances.txt:18" in text
    assert page.locator("#chat .message.user").last.inner_text().strip() == "Has North Korea sent soldiers to help Russia?"


def test_a_corrected_misspelling_is_named_above_the_answer(page) -> None:
    ask_in_page(page, "Could this lead to a new Cold War confrontaton?")
    reply = bot_messages(page).last
    reply.get_by_text("Could this lead to a new Cold War-style confrontation?").wait_for()  # the heading
    assert reply.inner_text().startswith("Spelling corrected: \u201cconfrontaton\u201d \u2192 \u201cconfrontation\u201d")


def test_a_question_the_faq_does_not_cover_gets_a_hint_not_unrelated_headings(page) -> None:
    ask_in_page(page, "How do I bake sourdough bread at home?")
    reply = bot_messages(page).last
    reply.get_by_text("I couldn't find this in the FAQ.").wait_for()
    assert "browse all the questions" in reply.inner_text()
    assert page.locator("#chat button.option").count() == 0
    assert MILITARY_HEADING not in page.locator("#chat").inner_text()


def test_close_entries_get_a_did_you_mean_reply_with_candidates_inside_the_chat(page) -> None:
    ask_in_page(page, "Could these ties raise tensions in the region?")
    bot_messages(page).last.get_by_text("Did you mean one of these?").wait_for()
    candidates = page.locator("#chat button.option")
    candidates.first.wait_for()
    assert 2 <= candidates.count() <= 3
    chosen = candidates.nth(1).inner_text().strip()
    candidates.nth(1).click()
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 3")  # welcome, did you mean, answer
    reply = bot_messages(page).last
    reply.get_by_text("high confidence").wait_for()
    assert reply.inner_text().startswith(chosen)


def test_a_no_to_every_candidate_is_told_the_faq_has_nothing_better(page) -> None:
    """Not "Anything else?", as a "no" on its own gets: the asker was not helped."""
    ask_in_page(page, "Could these ties raise tensions in the region?")
    bot_messages(page).last.get_by_text("Did you mean one of these?").wait_for()
    ask_in_page(page, "none of these")
    bot_messages(page).last.get_by_text("Then I couldn't find it in the FAQ, sorry.").wait_for()
    assert "browse all the questions" in bot_messages(page).last.inner_text()
    assert page.locator("#chat button.option").count() == 0


def test_an_answer_said_to_be_wrong_offers_its_related_questions_to_pick_from(page) -> None:
    """Not "Anything else?", as a "no" on its own gets: the asker was not helped, and the entry they
    meant is often among the related questions the answer showed."""
    meant = "How are US and Western powers reacting to these developments?"  # the seed FAQ answers with its alliances entry
    ask_in_page(page, "What is the West doing about the Kim and Xi meetings?")
    bot_messages(page).nth(1).get_by_text("Not what you meant? Related questions:").wait_for()
    ask_in_page(page, "that's not what I asked")
    sorry = bot_messages(page).nth(2)
    sorry.get_by_text("Sorry about that. Did you mean this?").wait_for()
    page.locator("#chat button.option").filter(has_text=meant).click()
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 4")  # welcome, answer, sorry, the pick's answer
    bot_messages(page).last.get_by_text("high confidence").wait_for()
    assert bot_messages(page).last.inner_text().startswith(meant)


def test_a_question_asked_in_two_sections_offers_both_named_and_a_pick_answers_it(browser, sections_url: str) -> None:
    page = open_page(browser, sections_url)
    try:
        welcome = page.locator("#chat button.option")
        welcome.first.wait_for()
        assert {"Can I visit on a Sunday? (Museum)", "Can I visit on a Sunday? (Library)"} <= {chip.strip() for chip in welcome.all_inner_texts()}
        ask_in_page(page, "Can I visit on a Sunday?")
        bot_messages(page).nth(1).get_by_text("Did you mean one of these?").wait_for()
        offered = page.locator("#chat button.option")
        offered.get_by_text("Can I visit on a Sunday? (Library)").click()
        page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 3")  # welcome, did you mean, answer
        bot_messages(page).last.get_by_text(VISITS[1][1]).wait_for()
        assert VISITS[0][1] not in bot_messages(page).last.inner_text()
    finally:
        page.close()


def test_a_did_you_mean_answered_in_words_asks_the_candidate_they_name(browser, sections_url: str) -> None:
    """Offered both sections' entries, the asker types "the library one" instead of clicking."""
    page = open_page(browser, sections_url)
    try:
        ask_in_page(page, "Can I visit on a Sunday?")
        bot_messages(page).nth(1).get_by_text("Did you mean one of these?").wait_for()
        ask_in_page(page, "the library one")
        page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 3")  # welcome, did you mean, answer
        bot_messages(page).last.get_by_text(VISITS[1][1]).wait_for()
        assert page.locator("#chat .message.user").last.inner_text().strip() == "the library one"
    finally:
        page.close()


def test_typed_markup_is_shown_as_text_and_never_runs(page) -> None:
    payload = '<img src=x onerror="window.__typedXss=1"> <script>window.__typedXss=2</script> **bold**'
    ask_in_page(page, payload)
    bot_messages(page).last.wait_for()
    assert page.evaluate("() => window.__typedXss") is None
    assert page.locator("#chat .message.user").last.inner_text().strip() == payload
    assert page.locator("#chat img[src='x']").count() == 0


def test_markup_in_the_corpus_is_shown_as_text(page) -> None:
    ask_in_page(page, "Can answers include markup?")
    reply = bot_messages(page).last
    reply.get_by_text(MARKUP_HEADING).wait_for()
    assert '<img src=x onerror="window.__corpusXss=1">' in reply.inner_text()
    assert page.evaluate("() => window.__corpusXss") is None
    assert reply.locator("img, b, i, script").count() == 0
    # Code marked as Markdown marks it is shown as code, as typed: copied, it runs as written.
    assert [code.inner_text() for code in reply.locator("code").all()] == MARKUP_CODE
    assert reply.locator("pre a").get_attribute("href") == "https://example.org/run"
    assert [item.inner_text().strip() for item in reply.locator("li").all()] == MARKUP_ITEMS
    assert _table_rows(reply) == MARKUP_CELLS
    assert reply.locator("a[href^='javascript']").count() == 0


def test_all_headings_can_be_browsed_and_asked(page) -> None:
    page.get_by_text("All 7 questions in this FAQ").click()
    listing = page.locator("#headings")
    listing.get_by_text(MILITARY_HEADING).wait_for()
    shown = [label.strip() for label in listing.locator("label").all_inner_texts()]
    assert len(shown) == 7 and len(set(shown)) == 7 and MARKUP_HEADING in shown
    listing.get_by_text("What are the implications for global stability?").click()
    bot_messages(page).last.get_by_text("What are the implications for global stability?").wait_for()


def test_a_question_picked_from_the_list_folds_it_away_with_its_reply_in_view(browser, server_url: str) -> None:
    # Picked far down a long list (or any list on a phone), the reply came in the chat above, off screen.
    phone = open_page(browser, server_url, viewport={"width": 390, "height": 700})
    try:
        phone.get_by_text("All 7 questions in this FAQ").click()
        listing = phone.locator("#headings")
        picked = listing.get_by_text("What are the implications for global stability?")
        picked.scroll_into_view_if_needed()
        picked.click()
        listing.wait_for(state="hidden")
        phone.wait_for_function(
            "() => { const box = [...document.querySelectorAll('#chat .message.bot')].pop().getBoundingClientRect();"
            " return box.top < innerHeight && box.bottom > 0; }"
        )
        assert "What are the implications for global stability?" in bot_messages(phone).last.inner_text()
    finally:
        phone.close()


def test_the_welcome_message_offers_questions_that_ask_themselves(page) -> None:
    chips = page.locator("#chat button.option")
    chips.first.wait_for()
    assert chips.count() == 4
    assert chips.first.inner_text().strip() == "What do Kim and Xi's meetings reveal about regional alliances?"
    chips.first.click()
    bot_messages(page).last.get_by_text("Kim Jong-un's meeting with Xi Jinping in Beijing").wait_for()


def test_an_earlier_answer_keeps_its_related_questions_as_text_once_another_is_asked(page) -> None:
    """The chat shows clickable options under its latest message only: an earlier answer lists them."""
    meant = "How are US and Western powers reacting to these developments?"
    ask_in_page(page, "What is the West doing about the Kim and Xi meetings?")
    answer = bot_messages(page).nth(1)  # after the welcome, whose options may hold the same heading
    answer.get_by_text("Not what you meant? Related questions:").wait_for()
    assert meant not in answer.inner_text()  # offered as a button while it is the latest reply
    ask_in_page(page, "Is a new Cold War starting?")
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length === 3")  # welcome and two replies
    bot_messages(page).nth(2).get_by_text("confidence").wait_for()
    answer.get_by_text(meant).wait_for()  # now written into the earlier answer's text
    assert "Not what you meant? Related questions:" in answer.inner_text()


def test_history_accumulates_and_clear_empties_it(page) -> None:
    ask_in_page(page, "Is a new Cold War starting?")
    bot_messages(page).nth(1).get_by_text("confidence").wait_for()  # the first reply, after the welcome
    ask_in_page(page, "What is the West doing about it?")
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length === 3")  # welcome and two replies
    bot_messages(page).nth(2).get_by_text("confidence").wait_for()  # the reply is complete before clearing
    page.locator("#clear").click()
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length === 1")  # the welcome again
    assert page.locator("#chat .message.user").count() == 0
    ask_in_page(page, "Has North Korea sent soldiers to help Russia?")  # the conversation itself was cleared, not only the view
    bot_messages(page).last.get_by_text(MILITARY_HEADING).wait_for()
    assert bot_messages(page).count() == 2 and page.locator("#chat .message.user").count() == 1


def test_replies_name_their_category_and_a_topic_is_searched_then_the_whole_faq(page) -> None:
    # Two files in the corpus: each file is a category, and the page offers them as topics.
    ask_in_page(page, "Are North Korean soldiers fighting in Ukraine?")
    bot_messages(page).last.get_by_text(MILITARY_HEADING).wait_for()
    assert "Kim Xi meetings and regional alliances · source:" in bot_messages(page).last.inner_text()
    page.locator("#topic input").click()
    page.get_by_role("option", name="Markup", exact=True).click()
    ask_in_page(page, "Can answers include markup?")
    bot_messages(page).nth(2).get_by_text(MARKUP_HEADING).wait_for()
    assert "Nothing under" not in bot_messages(page).nth(2).inner_text()
    ask_in_page(page, "Are North Korean soldiers fighting in Ukraine?")  # nothing under Markup covers it
    bot_messages(page).nth(3).get_by_text(MILITARY_HEADING).wait_for()
    assert bot_messages(page).nth(3).inner_text().startswith("Nothing under “Markup”; from all topics:")


def test_phone_sized_window_fits_without_sideways_scrolling(browser, server_url: str) -> None:
    phone = open_page(browser, server_url, viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        ask_in_page(phone, "Are North Korean soldiers fighting in Ukraine?")
        bot_messages(phone).last.get_by_text(MILITARY_HEADING).wait_for()
        assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390
        assert phone.get_by_placeholder("Ask a question…").is_visible()
    finally:
        phone.close()


def test_many_clients_at_once_through_the_api(server_url: str) -> None:
    def client(number: int) -> list[str]:
        with httpx.Client(base_url=server_url, timeout=60) as http:
            return [http.post("api/ask", json={"question": "Is a new Cold War starting?"}).json()["heading"] for _ in range(5)]

    with ThreadPoolExecutor(max_workers=12) as pool:
        headings = [h for batch in pool.map(client, range(12)) for h in batch]
    assert headings == ["Could this lead to a new Cold War-style confrontation?"] * 60


def test_two_sessions_keep_separate_histories(browser, server_url: str) -> None:
    first, second = open_page(browser, server_url), open_page(browser, server_url)
    try:
        ask_in_page(first, "Is a new Cold War starting?")
        ask_in_page(second, "Has North Korea sent soldiers to help Russia?")
        bot_messages(first).last.get_by_text("Could this lead to a new Cold War-style confrontation?").wait_for()
        bot_messages(second).last.get_by_text(MILITARY_HEADING).wait_for()
        assert bot_messages(first).count() == 2 and bot_messages(second).count() == 2  # the welcome and one reply
        assert MILITARY_HEADING not in first.locator("#chat").inner_text()
    finally:
        first.close()
        second.close()


def test_one_log_in_opens_the_page_and_nothing_is_shown_before_it(browser, protected_url: str) -> None:
    refused = httpx.get(protected_url, timeout=30)
    assert refused.status_code == 401 and MILITARY_HEADING not in refused.text
    with open_as_owner(browser, protected_url) as page:
        ask_in_page(page, "Has North Korea sent soldiers to help Russia?")
        bot_messages(page).last.get_by_text(MILITARY_HEADING).wait_for()
        assert page.evaluate("() => Object.keys(window.localStorage).filter(k => k.includes('history'))") == []
        assert page.evaluate("() => JSON.stringify(Object.values(window.localStorage))").count("North Korea") == 0
        assert "source:" not in bot_messages(page).last.inner_text()  # --no-show-sources: visitors see no file names
        ask_in_page(page, "How do I bake sourdough bread at home?")
        declined = bot_messages(page).last
        declined.get_by_text("our help desk").wait_for()
        assert declined.locator("a").get_attribute("href") == "mailto:help@example.org"
        assert "<b>directly</b>" in declined.inner_text()  # the rest of the fallback is shown as typed


def test_a_did_you_mean_reply_keeps_the_owners_fallback_beside_the_candidates(browser, protected_url: str) -> None:
    with open_as_owner(browser, protected_url) as page:
        ask_in_page(page, "Could these ties raise tensions in the region?")
        reply = bot_messages(page).last
        reply.get_by_text("Did you mean one of these?").wait_for()
        page.locator("#chat button.option").first.wait_for()
        assert "Something else?" in reply.inner_text()
        assert reply.locator("a").get_attribute("href") == "mailto:help@example.org"


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_the_first_screen_shows_title_welcome_questions_and_input_without_scrolling(browser, server_url: str, size: tuple[int, int]) -> None:
    width, height = size
    page = open_page(browser, server_url, viewport={"width": width, "height": height}, is_mobile=width < 500)
    try:
        page.locator("#chat button.option").first.wait_for()
        parts = [page.locator("#title"), page.locator("#chat button.option").last, page.get_by_placeholder("Ask a question…")]
        for part in parts:
            box = part.bounding_box()
            assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, part
        assert page.evaluate("() => [window.scrollX, window.scrollY]") == [0, 0]
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    finally:
        page.close()


def test_bold_text_draws_every_letter_in_the_pages_font(page) -> None:
    """The title and answers' headings are semi-bold. Gradio's semi-bold font file holds only "A" and
    "B", so the other letters were drawn in a fallback font: "Baggage" with a smaller "B". Measured
    with monospace as the fallback, letters the font lacks come out as wide as monospace draws them."""
    widths = page.evaluate("""async () => {
        const title = getComputedStyle(document.querySelector("#title h1"));
        const family = title.fontFamily.split(",")[0], sample = "Quickzebrasjumpoverthelazydog";
        await document.fonts.load(`${title.fontWeight} 40px ${family}`, sample);
        const canvas = document.createElement("canvas").getContext("2d");
        return [`${family}, monospace`, "monospace"].map((font) => {
            canvas.font = `${title.fontWeight} 40px ${font}`;
            return canvas.measureText(sample).width;
        });
    }""")
    assert widths[0] < 0.9 * widths[1], widths  # proportional letters are narrower than monospace ones


def _serious_accessibility_problems(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [f"{v['impact']} {v['id']}: {v['help']}" for v in violations if v["impact"] in ("serious", "critical")]


def test_no_serious_accessibility_problems_on_the_first_screen_after_an_answer_and_after_a_decline(page) -> None:
    page.locator("#chat button.option").first.wait_for()
    assert _serious_accessibility_problems(page) == []
    ask_in_page(page, "Has North Korea sent soldiers to help Russia?")
    bot_messages(page).last.get_by_text(MILITARY_HEADING).wait_for()
    assert _serious_accessibility_problems(page) == []
    ask_in_page(page, "How do I bake sourdough bread at home?")
    bot_messages(page).last.get_by_text("I couldn't find this in the FAQ.").wait_for()
    assert _serious_accessibility_problems(page) == []


def test_keyboard_only_reaches_a_suggested_question_and_asks_it(page) -> None:
    page.locator("#chat button.option").first.wait_for()
    page.locator("body").focus()
    for _ in range(40):  # bounded: the chips come early in the tab order
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('option')"):
            break
    chosen = page.evaluate("() => document.activeElement.innerText.trim()")
    assert chosen in page.locator("#chat button.option").all_inner_texts()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 2")
    bot_messages(page).last.get_by_text(chosen).wait_for()


@contextmanager
def _site(port: int, server_url: str, fallback: str = "") -> Iterator[str]:
    """Another web site, on its own port (its own origin), whose page embeds the widget with one tag
    (with ``fallback`` as its data-fallback text, when given)."""
    extra = f' data-fallback="{html.escape(fallback)}"' if fallback else ""
    page = f'<!doctype html><html lang="en"><head><title>Shop</title></head><body><h1>Shop</h1><script src="{server_url}widget.js" data-title="Shop help"{extra}></script></body></html>'.encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        site.shutdown()
        site.server_close()


@contextmanager
def _ask_through_the_widget(browser, site: str, question: str) -> Iterator:
    """A new page of ``site`` whose widget has just been asked ``question``; closed afterwards."""
    page = browser.new_page()
    try:
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.goto(site)
        page.locator("#faqbot-bubble").click()
        page.get_by_label("Your question").fill(question)
        page.get_by_label("Your question").press("Enter")
        yield page
    finally:
        page.close()


@contextmanager
def _posted(page, route: str) -> Iterator[None]:
    """Wait, after the block, until the widget's POST to ``route`` is answered.

    A pick or a 👎 travels on its own request (after a preflight, the widget being on another site),
    sent once the reply has come: closing the page as soon as the reply shows could cancel it.
    """
    with page.expect_response(lambda response: response.request.method == "POST" and response.url.endswith(route)) as sent:
        yield
    assert sent.value.ok, f"{route} answered {sent.value.status}"


def _records_of(store_url: str, question: str) -> list:
    """What the store holds of ``question``."""
    from faqbot.learning.store import QuestionStore

    store = QuestionStore.open(store_url)
    try:
        return [record for record in store.records() if record.question == question]
    finally:
        store.close()


def test_the_widget_on_a_listed_site_answers(browser, server_url: str) -> None:
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, "Has North Korea sent soldiers to help Russia?") as page:
        page.locator("#faqbot-panel .faqbot-reply").get_by_text(MILITARY_HEADING).wait_for()
        assert page.locator("#faqbot-panel").get_attribute("aria-label") == "Shop help"


def test_code_in_an_answer_is_code_in_the_widget_and_markup_stays_text(browser, server_url: str) -> None:
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, "Can answers include markup?") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text(MARKUP_HEADING).wait_for()
        assert [code.inner_text() for code in reply.locator("code").all()] == MARKUP_CODE
        assert reply.locator("pre a").get_attribute("href") == "https://example.org/run"  # as in the chat
        assert reply.locator("img, b, i, script").count() == 0 and page.evaluate("() => window.__corpusXss") is None
        assert [item.inner_text().strip() for item in reply.locator("li").all()] == MARKUP_ITEMS  # a list, its markup text
        assert _table_rows(reply) == MARKUP_CELLS  # a table, its markup text
        assert reply.locator("a[href^='javascript']").count() == 0


def test_the_widget_names_the_section_of_a_question_asked_in_two_and_a_pick_answers_it(browser, sections_url: str) -> None:
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "Can I visit on a Sunday?") as page:
        offered = page.locator("#faqbot-panel .faqbot-candidate")
        offered.nth(1).wait_for()
        assert {"Can I visit on a Sunday? (Museum)", "Can I visit on a Sunday? (Library)"} <= {text.strip() for text in offered.all_inner_texts()}
        offered.get_by_text("Can I visit on a Sunday? (Museum)").click()
        page.locator("#faqbot-panel .faqbot-reply").nth(1).get_by_text(VISITS[0][1]).wait_for()


def test_a_did_you_mean_in_the_widget_answered_in_words_asks_the_candidate_they_name(browser, sections_url: str) -> None:
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "Can I visit on a Sunday?") as page:
        page.locator("#faqbot-panel .faqbot-candidate").nth(1).wait_for()
        page.get_by_label("Your question").fill("museum")
        page.get_by_label("Your question").press("Enter")
        page.locator("#faqbot-panel .faqbot-reply").nth(1).get_by_text(VISITS[0][1]).wait_for()


def test_a_no_to_every_candidate_in_the_widget_is_told_the_faq_has_nothing_better(browser, sections_url: str) -> None:
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "Can I visit on a Sunday?") as page:
        page.locator("#faqbot-panel .faqbot-candidate").nth(1).wait_for()
        page.get_by_label("Your question").fill("neither")
        page.get_by_label("Your question").press("Enter")
        page.locator("#faqbot-panel .faqbot-reply").nth(1).get_by_text("Then I couldn't find it in the FAQ, sorry.").wait_for()
        assert page.locator("#faqbot-panel .faqbot-reply").nth(1).locator(".faqbot-candidate").count() == 0


def _links(reply) -> list[tuple[str, str]]:
    return [(link.inner_text(), link.get_attribute("href")) for link in reply.locator("a").all()]


def test_addresses_in_an_answer_are_links_in_the_chat(browser, sections_url: str) -> None:
    page = open_page(browser, sections_url)
    try:
        ask_in_page(page, "Are guided tours available?")
        bot_messages(page).last.get_by_text("tours@example.org").wait_for()
        assert _links(bot_messages(page).last) == TOUR_LINKS
    finally:
        page.close()


LIBRARY_CARD_ITEMS = [("a photo ID", ["a passport or a driving licence"]), ("proof of your address", [])]  # each item, and those nested in it


def _table_rows(reply) -> list[list[str]]:
    """The text of each cell of a reply's tables, row by row."""
    return [[cell.inner_text().strip() for cell in row.locator("th, td").all()] for row in reply.locator("tr").all()]


def _list_items(reply) -> list[tuple[str, list[str]]]:
    """The first lines of a reply's outermost list's items, each with the items of the list nested in it."""
    items = reply.locator("li:not(li li)").all()
    return [(item.inner_text().strip().split("\n")[0], [inner.inner_text().strip() for inner in item.locator("ul > li").all()]) for item in items]


def test_lists_and_tables_in_an_answer_are_shown_as_such_in_the_chat(browser, sections_url: str) -> None:
    # Its items were shown as typed, "- a photo ID" lines, where a reader expects bullets; a list
    # nested in an item was flattened into the list around it; a table's rows were "Adult | 5 euros" lines.
    page = open_page(browser, sections_url)
    try:
        ask_in_page(page, "How do I get a library card?")
        reply = bot_messages(page).last
        reply.get_by_text("Bring to the front desk:").wait_for()
        assert _list_items(reply) == LIBRARY_CARD_ITEMS
        assert reply.get_by_text("The card is free for residents.").is_visible()
        assert _table_rows(reply) == LIBRARY_CARD_TABLE and reply.locator("th").count() == 3  # its first row the header
        assert _serious_accessibility_problems(page) == []
    finally:
        page.close()


def test_addresses_in_an_answer_are_links_in_the_widget(browser, sections_url: str) -> None:
    # It showed them as text: a visitor had to copy the address out of the answer.
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "Are guided tours available?") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text("Groups book at", exact=False).wait_for()
        assert _links(reply) == TOUR_LINKS


def test_the_widget_shows_a_short_answer_whole(browser, sections_url: str) -> None:
    # It showed the paragraph that matched, the rest folded away under "Full answer".
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "How do I get a library card?") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text("Bring to the front desk:", exact=False).wait_for()
        assert "The card is free for residents." in reply.inner_text()
        assert reply.locator("details").count() == 0


def test_lists_and_tables_in_an_answer_are_shown_as_such_in_the_widget(browser, sections_url: str) -> None:
    with _site(EMBEDDING_PORT, sections_url) as site, _ask_through_the_widget(browser, site, "How do I get a library card?") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text("Bring to the front desk:", exact=False).wait_for()
        assert _list_items(reply) == LIBRARY_CARD_ITEMS
        assert _table_rows(reply) == LIBRARY_CARD_TABLE and reply.locator("th").count() == 3
        assert _serious_accessibility_problems(page) == []


def test_a_vote_in_the_widget_is_stored_with_its_answer(browser, server_url: str, server_store: str) -> None:
    question = "Is Pyongyang arming the Kremlin?"
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, question) as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_label("Not helpful").click()
        reply.get_by_text("Thanks for the feedback.").wait_for()  # shown once the server has stored it
    assert [record.helpful for record in _records_of(server_store, question)] == [False]


def test_the_widget_replies_to_small_talk_in_kind_with_nothing_to_vote_on(browser, server_url: str) -> None:
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, "Thanks a lot!") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text("You're welcome!").wait_for()
        assert reply.locator(".faqbot-vote").count() == 0 and "couldn't find" not in reply.inner_text()


def test_the_widget_names_the_misspelt_words_it_corrected(browser, server_url: str) -> None:
    # A name the FAQ hyphenates, typed joined up, is read as the FAQ writes it: one word for one.
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, "Could Kim Jongun face a new Cold War confrontaton?") as page:
        reply = page.locator("#faqbot-panel .faqbot-reply").last
        reply.get_by_text("Spelling corrected: \u201cJongun\u201d \u2192 \u201cjong-un\u201d, \u201cconfrontaton\u201d \u2192 \u201cconfrontation\u201d").wait_for()


def test_the_widget_tells_where_else_to_ask_when_no_entry_or_no_candidate_is_the_answer(browser, server_url: str) -> None:
    fallback = "Call us on 0800 123 456 <b>any day</b>."
    with _site(EMBEDDING_PORT, server_url, fallback) as site, _ask_through_the_widget(browser, site, "How do I bake sourdough bread at home?") as page:
        declined = page.locator("#faqbot-panel .faqbot-reply").last
        declined.get_by_text("Call us on 0800 123 456").wait_for()
        assert fallback in declined.inner_text()  # shown as typed: the page's text is never HTML
        page.get_by_label("Your question").fill("Could these ties raise tensions in the region?")
        page.get_by_label("Your question").press("Enter")
        offered = page.locator("#faqbot-panel .faqbot-reply").nth(1)
        offered.locator(".faqbot-candidate").first.wait_for()
        assert f"Something else? {fallback}" in offered.inner_text()


def test_the_widget_offers_related_questions_under_an_answer_as_the_chat_page_does(browser, server_url: str) -> None:
    meant = "How are US and Western powers reacting to these developments?"  # the seed FAQ answers with its alliances entry
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, "What is the West doing about the Kim and Xi meetings?") as page:
        answered = page.locator("#faqbot-panel .faqbot-reply").first
        answered.get_by_text("Not what you meant? Related questions:").wait_for()
        answered.locator(".faqbot-candidate").filter(has_text=meant).click()
        page.locator("#faqbot-panel .faqbot-reply").nth(1).get_by_text(meant).first.wait_for()  # the pick is asked in turn


def test_the_widget_on_an_unlisted_site_is_refused(browser, server_url: str) -> None:
    with _site(free_port(), server_url) as site, _ask_through_the_widget(browser, site, "Has North Korea sent soldiers to help Russia?") as page:
        page.locator("#faqbot-panel .faqbot-error").wait_for()
        assert page.locator("#faqbot-panel .faqbot-reply").count() == 0


def test_screen_readers_get_each_message_as_plain_text(page) -> None:
    ask_in_page(page, "Has North Korea sent soldiers to help Russia?")
    reply = page.locator("#chat [data-testid='bot']").last
    reply.get_by_text(MILITARY_HEADING).wait_for()
    page.wait_for_function("() => [...document.querySelectorAll(\"#chat [data-testid='bot']\")].pop().getAttribute('aria-label').startsWith('Answer: ')")
    label = reply.get_attribute("aria-label")
    assert label.startswith(f"Answer: {MILITARY_HEADING}")
    assert not any(mark in label for mark in ("**", "\\", "<sub>", "&lt;"))


def _wait_for_review(url: str, condition, timeout: float = PAGE_TIMEOUT_MS / 1000) -> None:
    """Poll the review list (as the owner) until ``condition`` holds: the 👎 travels on its own event."""
    deadline = time.monotonic() + timeout
    while not condition(httpx.get(f"{url}api/review", auth=OWNER, timeout=30).json()):
        assert time.monotonic() < deadline, "the feedback never reached the review"
        time.sleep(0.2)


def test_a_thumbs_down_reaches_the_review_page_where_the_owner_approves_it(browser, learning_url: str) -> None:
    question, off_topic = "Is Pyongyang lending troops to the Kremlin?", "What is the best pizza topping?"
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, off_topic)
        bot_messages(page).last.get_by_text("I couldn't find this in the FAQ.").wait_for()
        ask_in_page(page, question)
        bot_messages(page).nth(2).get_by_text("confidence").wait_for()  # after the welcome and the decline
        page.locator("#chat button[aria-label='Dislike']").last.click()  # the reply's 👎 (the welcome has one too)
        _wait_for_review(learning_url, lambda listed: any(s["question"] == question and s["why"] == "unhelpful" for s in listed["suggestions"]))
        page.goto(f"{learning_url}review")
        listed = page.locator("#suggestions li").filter(has_text=question)
        listed.wait_for()
        assert "unhelpful" in listed.inner_text()
        assert "declined (not covered)" in page.locator("#suggestions li").filter(has_text=off_topic).inner_text()
        assert _serious_accessibility_problems(page) == []
        listed.get_by_label("Entry").select_option(MILITARY_HEADING)
        listed.get_by_role("button", name="Approve").click()
        page.get_by_role("status").get_by_text(f'Approved "{question}"').wait_for()


def test_a_did_you_mean_pick_in_the_chat_becomes_the_review_suggestion(browser, learning_url: str) -> None:
    question = "Could these ties raise tensions in the region?"  # the seed FAQ hesitates: two entries are close
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, question)
        bot_messages(page).last.get_by_text("Did you mean one of these?").wait_for()
        offered = page.locator("#chat button.option")  # the latest reply's options (the welcome's are gone)
        picked = offered.nth(1).inner_text().strip()  # not the bot's best guess: the asker knows better
        offered.nth(1).click()
        _wait_for_review(learning_url, lambda listed: any(s["question"] == question and s["heading"] == picked and s["picked"] == 1 for s in listed["suggestions"]))
        page.goto(f"{learning_url}review")
        listed = page.locator("#suggestions li").filter(has_text=question)
        listed.wait_for()
        assert '1 picked the entry below from those offered' in listed.inner_text()
        assert listed.get_by_label("Entry").input_value() == picked  # approving takes it as it stands


def test_a_did_you_mean_answered_in_words_in_the_chat_becomes_the_review_suggestion(browser, learning_url: str) -> None:
    question = "Will nations have to choose between blocs?"  # the seed FAQ hesitates
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, question)
        bot_messages(page).last.get_by_text("Did you mean one of these?").wait_for()
        picked = page.locator("#chat button.option").nth(1).inner_text().strip()
        ask_in_page(page, "yes")  # to several: which one?
        bot_messages(page).last.get_by_text("Which one do you mean?").wait_for()
        assert page.locator("#chat button.option").nth(1).inner_text().strip() == picked  # the same candidates
        ask_in_page(page, "the second one")  # typed, not clicked
        _wait_for_review(learning_url, lambda listed: any(s["question"] == question and s["heading"] == picked and s["picked"] == 1 for s in listed["suggestions"]))


def test_a_did_you_mean_turned_down_in_the_chat_reaches_the_review_as_unhelpful(browser, learning_url: str) -> None:
    question = "Could the summits change the balance of power?"  # the seed FAQ hesitates
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, question)
        bot_messages(page).last.get_by_text("Did you mean one of these?").wait_for()
        ask_in_page(page, "no, none of these")
        _wait_for_review(learning_url, lambda listed: any(s["question"] == question and s["why"] == "unhelpful" for s in listed["suggestions"]))


def test_a_related_entry_picked_under_a_confident_answer_reaches_the_review(browser, learning_url: str) -> None:
    """The seed FAQ answers this with its alliances entry; an asker who meant the military support one picks it
    from the related questions under the answer (it fits far above their floor, so the test does not hang on a margin)."""
    question, meant = "What do the summits say about ties between China and North Korea?", MILITARY_HEADING
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, question)
        bot_messages(page).last.get_by_text("Not what you meant? Related questions:").wait_for()
        page.locator("#chat button.option").filter(has_text=meant).click()
        page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 3")  # welcome, answer, the pick's answer
        bot_messages(page).last.get_by_text(meant).wait_for()
        _wait_for_review(learning_url, lambda listed: any(
            s["question"] == question and (s["why"], s["heading"], s["picked"]) == ("picked another", meant, 1) for s in listed["suggestions"]))


def test_an_answer_said_to_be_wrong_and_the_entry_then_picked_reach_the_review(browser, learning_url: str) -> None:
    question = "How is Washington taking the China North Korea summits?"  # answered with the alliances entry, asked by no other test
    with open_as_owner(browser, learning_url) as page:
        ask_in_page(page, question)
        bot_messages(page).last.get_by_text("Not what you meant? Related questions:").wait_for()
        ask_in_page(page, "wrong answer")
        bot_messages(page).last.get_by_text("Sorry about that.").wait_for()
        offered = page.locator("#chat button.option")
        picked = offered.first.inner_text().strip()
        offered.first.click()
        page.wait_for_function("() => document.querySelectorAll('#chat .message.bot').length >= 4")  # welcome, answer, sorry, the pick's answer
        _wait_for_review(learning_url, lambda listed: any(
            s["question"] == question and (s["heading"], s["picked"]) == (picked, 1) for s in listed["suggestions"]))


def test_a_did_you_mean_turned_down_in_the_widget_is_stored_as_unhelpful(browser, server_url: str, server_store: str) -> None:
    question = "Will this affect sanctions?"  # "did you mean", asked by no other test
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, question) as page:
        page.locator("#faqbot-panel .faqbot-candidate").nth(1).wait_for()
        page.get_by_label("Your question").fill("none of them")
        with _posted(page, "/api/feedback"):
            page.get_by_label("Your question").press("Enter")
            page.locator("#faqbot-panel .faqbot-reply").nth(1).get_by_text("Then I couldn't find it in the FAQ, sorry.").wait_for()
    assert [record.helpful for record in _records_of(server_store, question)] == [False]


def test_an_answer_said_to_be_wrong_in_the_widget_offers_its_related_questions_and_is_stored_as_unhelpful(browser, server_url: str, server_store: str) -> None:
    question = "Are the Kim Xi talks reshaping alliances?"  # answered with related questions under it, asked by no other test
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, question) as page:
        replies = page.locator("#faqbot-panel .faqbot-reply")
        related = replies.first.locator(".faqbot-candidate")
        related.nth(1).wait_for()
        shown = related.all_inner_texts()
        page.get_by_label("Your question").fill("no, that's not my question")
        with _posted(page, "/api/feedback"):
            page.get_by_label("Your question").press("Enter")
            replies.nth(1).get_by_text("Sorry about that. Did you mean one of these?").wait_for()
        assert replies.nth(1).locator(".faqbot-candidate").all_inner_texts() == shown
    assert [record.helpful for record in _records_of(server_store, question)] == [False]


def test_a_did_you_mean_pick_in_the_widget_is_stored_with_its_question(browser, server_url: str, server_store: str) -> None:
    question = "Will countries be forced to pick sides?"  # likely but not sure: "did you mean" (asked by no other test)
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, question) as page:
        offered = page.locator("#faqbot-panel .faqbot-candidate")
        offered.nth(1).wait_for()
        picked = offered.nth(1).inner_text().strip()
        with _posted(page, "/api/choose"):
            offered.nth(1).click()
        page.locator("#faqbot-panel .faqbot-reply").nth(1).wait_for()  # the pick is asked in turn
    assert [record.chosen for record in _records_of(server_store, question)] == [picked]


def test_a_did_you_mean_answered_in_words_in_the_widget_is_stored_as_its_pick(browser, server_url: str, server_store: str) -> None:
    question = "Could the summits change the balance of power?"  # three candidates, asked of this server by no other test
    with _site(EMBEDDING_PORT, server_url) as site, _ask_through_the_widget(browser, site, question) as page:
        offered = page.locator("#faqbot-panel .faqbot-candidate")
        offered.nth(2).wait_for()
        picked = offered.nth(2).inner_text().strip()
        replies = page.locator("#faqbot-panel .faqbot-reply")
        page.get_by_label("Your question").fill("yes")  # to three: which one? The pick then keeps the first question
        page.get_by_label("Your question").press("Enter")
        replies.nth(1).get_by_text("Which one do you mean?").wait_for()
        assert replies.nth(1).locator(".faqbot-candidate").nth(2).inner_text().strip() == picked  # the same candidates
        page.get_by_label("Your question").fill("the third one")
        with _posted(page, "/api/choose"):
            page.get_by_label("Your question").press("Enter")
            replies.nth(2).get_by_text(picked).wait_for()  # the pick is answered
    assert [record.chosen for record in _records_of(server_store, question)] == [picked]
