"""Learning from what people ask: record (`serve --learn`), feedback, review, approve or reject.

Plumbing runs on the hashing encoder (tests/fakes.py); the end-to-end test of an approval
making the bot answer a new phrasing uses the real model. Every store test runs on SQLite and,
where a server is given (`.ci/run` starts one), on PostgreSQL.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient

from faqbot import FAQBot
from faqbot.check import check_corpus
from faqbot.cli import format_review, main
from faqbot.corpus import load_corpus
from faqbot.corpus.learned import learned_path
from faqbot.errors import ReviewError
from faqbot.gate import Credentials
from faqbot.learning.review import approve, reject, review
from faqbot.learning.store import QuestionStore, metadata, questions
from faqbot.server import create_app
from faqbot.ui import offered_by_latest
from faqbot.watch import CorpusWatcher
from tests.conftest import PETS_TXT
from tests.fakes import HashingEncoder

ADOPTION = "How much does it cost to adopt a dog?"
OWNER = ("owner", "s3cret")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "pets.txt").write_text(PETS_TXT, encoding="utf-8")
    return folder


@pytest.fixture
def bot(corpus: Path, tmp_path: Path) -> FAQBot:
    return FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())


@pytest.fixture
def store(store_url: str) -> QuestionStore:
    opened = QuestionStore.open(store_url, keep_days=30)
    yield opened
    opened.close()


def ask(client: TestClient, question: str, **kwargs) -> dict:
    response = client.post("/api/ask", json={"question": question}, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


# Recording --------------------------------------------------------------------------------------


def test_without_learn_nothing_is_recorded_and_feedback_is_refused(bot: FAQBot, tmp_path: Path) -> None:
    client = TestClient(create_app(bot))
    assert "id" not in ask(client, "how much is a dog?")
    refused = client.post("/api/feedback", json={"id": "0" * 32, "helpful": True})
    assert refused.status_code == 404 and "--learn" in refused.json()["detail"]
    assert not list(tmp_path.rglob("*.sqlite3"))


def test_each_question_is_recorded_with_its_answer_and_nothing_about_the_asker(bot: FAQBot, store: QuestionStore) -> None:
    client = TestClient(create_app(bot, store=store))
    answer = ask(client, "how much is a dog?", headers={"user-agent": "Secret-Browser/1.0", "cookie": "session=abc"})
    assert store.flush()
    [record] = store.records()
    assert (record.id, record.question, record.heading, record.answered) == (answer["id"], "how much is a dog?", answer["heading"], answer["answered"])
    assert record.score == answer["score"] and record.reason == answer["reason"] and record.helpful is None
    assert record.asked_at > datetime.now(UTC) - timedelta(minutes=5)
    assert set(questions.c.keys()) == {"id", "asked_at", "question", "heading", "score", "answered", "reason", "category", "helpful", "chosen", "status"}


def test_feedback_is_kept_with_its_answer(bot: FAQBot, store: QuestionStore) -> None:
    client = TestClient(create_app(bot, store=store))
    answer = ask(client, "how much is a dog?")
    assert client.post("/api/feedback", json={"id": answer["id"], "helpful": False}).json() == {"ok": True}
    assert store.get(answer["id"]).helpful is False


@pytest.mark.parametrize(
    "payload, status",
    [
        ({"id": "0" * 32, "helpful": True}, 404),  # no such answer
        ({"id": "../../etc/passwd", "helpful": True}, 404),
        ({"id": "x" * 65, "helpful": True}, 422),
        ({"id": "0" * 32, "helpful": "yes"}, 422),
        ({"id": "0" * 32}, 422),
        ({"helpful": True}, 422),
        ([1, 2], 422),
    ],
)
def test_feedback_on_an_unknown_id_is_404_and_malformed_feedback_422(bot: FAQBot, store: QuestionStore, payload: object, status: int) -> None:
    client = TestClient(create_app(bot, store=store))
    assert client.post("/api/feedback", json=payload).status_code == status


def test_the_candidate_an_asker_picks_is_kept_with_the_question(bot: FAQBot, store: QuestionStore) -> None:
    client = TestClient(create_app(bot, store=store))
    answer = ask(client, "Do you take parrots?")
    picked = "What are the shelter's opening hours?"
    assert client.post("/api/choose", json={"id": answer["id"], "heading": picked}).json() == {"ok": True}
    [record] = store.records()
    assert record.chosen == picked


def test_a_yes_to_several_candidates_is_not_recorded_as_a_question(bot: FAQBot, store: QuestionStore) -> None:
    """The candidates come back asking which, and the pick made then belongs to the question they were offered for."""
    client = TestClient(create_app(bot, store=store))
    again = client.post("/api/ask", json={"question": "yes", "offered": [ADOPTION, "What are the shelter's opening hours?"]}).json()
    assert again["reoffered"] and "id" not in again
    assert store.flush() and not list(store.records())


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"id": "0" * 32, "heading": ADOPTION}, 404),  # no such answer
        ({"id": "not-an-id", "heading": ADOPTION}, 404),
        ({"id": "RECORDED", "heading": "How do I hack the server?"}, 422),  # not a question of this FAQ
        ({"id": "RECORDED"}, 422),
        ({"id": "RECORDED", "heading": ["a list"]}, 422),
        ({"id": "RECORDED", "heading": "x" * 5000}, 422),
    ],
)
def test_a_pick_of_an_unknown_answer_is_404_and_a_malformed_one_422(bot: FAQBot, store: QuestionStore, payload: dict, status: int) -> None:
    client = TestClient(create_app(bot, store=store))
    recorded = ask(client, "Do you take parrots?")["id"]
    payload = {key: recorded if value == "RECORDED" else value for key, value in payload.items()}
    assert client.post("/api/choose", json=payload).status_code == status
    assert all(record.chosen is None for record in store.records())


def test_without_learn_a_pick_is_refused(bot: FAQBot) -> None:
    assert TestClient(create_app(bot)).post("/api/choose", json={"id": "0" * 32, "heading": ADOPTION}).status_code == 404


@pytest.mark.parametrize("event", [{"index": [[1]], "value": "x", "liked": True}, {"index": {"a": 1}, "value": "x", "liked": "yes"}, {"index": 1, "value": "x", "liked": None}])
def test_a_crafted_thumbs_event_from_the_page_is_ignored_not_an_error(bot: FAQBot, store: QuestionStore, event: dict) -> None:
    """The chat's 👍/👎 event carries a message position and a verdict from the browser; odd ones change nothing."""
    with TestClient(create_app(bot, store=store)) as client:
        events = client.get("/config").json()["dependencies"]
        rate = next(number for number, dependency in enumerate(events) if dependency.get("api_name") == "rate")
        joined = {"data": [None], "event_data": event, "fn_index": rate, "trigger_id": events[rate]["targets"][0][0], "session_hash": "crafted"}
        assert client.post("/gradio_api/queue/join", json=joined).status_code == 200
        with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": "crafted"}) as stream:
            completed = json.loads(next(line for line in stream.iter_lines() if "process_completed" in line).removeprefix("data: "))
    assert completed["success"] is True
    assert [record.helpful for record in store.records()] == []


def test_only_an_option_the_latest_reply_offered_counts_as_a_pick() -> None:
    """The chat's option event names an option by its place and value, both from the browser."""
    history = [
        {"role": "assistant", "content": "Welcome", "options": [{"label": "A", "value": "A"}]},
        {"role": "user", "content": "can i come sunday"},
        {"role": "assistant", "content": "Did you mean one of these?", "options": [{"label": "B", "value": "B"}, {"label": "C", "value": "C"}]},
    ]
    assert offered_by_latest(history, 1, "C")
    crafted = [(0, "A"), (0, "C"), (2, "C"), (-1, "C"), ([1], "C"), ("1", "C"), (1, {"value": "C"})]
    assert not any(offered_by_latest(history, index, value) for index, value in crafted)
    assert not offered_by_latest([], 0, "A")


def test_recording_writes_no_question_text_to_the_logs(bot: FAQBot, store: QuestionStore, caplog: pytest.LogCaptureFixture) -> None:
    client = TestClient(create_app(bot, store=store))
    with caplog.at_level(logging.DEBUG):
        answer = ask(client, "my private worry about a dog")
        client.post("/api/feedback", json={"id": answer["id"], "helpful": False})
        store.flush()
    assert "private worry" not in caplog.text


def test_questions_older_than_keep_days_are_dropped(store: QuestionStore) -> None:
    now = datetime.now(UTC)
    with store.engine.begin() as connection:
        connection.execute(questions.insert(), [_row("a" * 32, now - timedelta(days=31)), _row("b" * 32, now - timedelta(days=29))])
    assert store.prune() == 1
    assert [record.id for record in store.records()] == ["b" * 32]


def _row(record_id: str, asked_at: datetime, question: str = "old question") -> dict:
    return {"id": record_id, "asked_at": asked_at, "question": question, "heading": "h", "score": 0.2, "answered": False,
            "reason": "not covered", "category": "", "helpful": None, "status": "open"}  # fmt: skip


def test_migrations_make_the_schema_the_code_expects(store: QuestionStore) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_a_store_made_before_picks_were_kept_is_upgraded_in_place(store_url: str) -> None:
    """The first revision's store (an older faqbot's) keeps its questions and gains the new column."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from faqbot.learning.store import MIGRATIONS, _engine

    engine, config = _engine(store_url), Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text("INSERT INTO questions (id, asked_at, question, heading, score, answered, reason, category, status) "
                 "VALUES (:id, :at, 'Do you take parrots?', :heading, 0.3, :no, 'ambiguous', '', 'open')"),
            {"id": "a" * 32, "at": datetime.now(UTC), "heading": ADOPTION, "no": False},
        )  # fmt: skip
    engine.dispose()
    store = QuestionStore.open(store_url)
    try:
        [record] = store.records()
        assert (record.question, record.chosen) == ("Do you take parrots?", None)
        assert store.choose(record.id, ADOPTION) and next(store.records()).chosen == ADOPTION
    finally:
        store.close()


def test_two_replicas_sharing_a_store_lose_no_record(store_url: str) -> None:
    replicas = [QuestionStore.open(store_url), QuestionStore.open(store_url)]
    bot_answer = _answer("how much is a dog?")
    start = threading.Barrier(2)

    def take_questions(replica: QuestionStore) -> None:
        start.wait()
        for _ in range(200):
            replica.record(bot_answer)

    threads = [threading.Thread(target=take_questions, args=(replica,)) for replica in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(replica.flush() for replica in replicas)
    assert [len(list(replica.records())) for replica in replicas] == [400, 400]
    assert sum(replica.dropped for replica in replicas) == 0
    for replica in replicas:
        replica.close()


def _answer(question: str, answered: bool = False, score: float = 0.3, heading: str = ADOPTION, reason: str | None = None):
    from faqbot.answer import Answer

    reason = reason or ("answered" if answered else "not covered")
    return Answer(question, heading, "passage", "answer", score, answered, "pets.txt:2", reason=reason)


def test_a_store_that_cannot_be_reached_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code = main(["serve", "--learn", "--store", "postgresql://nobody:pw@127.0.0.1:1/none", "--index", str(tmp_path / "index")])
    error = capsys.readouterr().err
    assert code == 1 and "cannot open the question store" in error and "pw" not in error
    assert main(["serve", "--learn", "--store", "not a url", "--index", str(tmp_path / "index")]) == 2
    assert "not a database URL" in capsys.readouterr().err


def test_a_server_shutting_down_writes_every_recorded_question_first(bot: FAQBot, store_url: str) -> None:
    """uvicorn ends the process as soon as the app has shut down (SIGTERM), so nothing may still be queued then."""
    store = QuestionStore.open(store_url)
    with TestClient(create_app(bot, store=store)) as client:  # runs the app's startup and shutdown
        ids = {ask(client, f"question {n} about dogs")["id"] for n in range(30)}
    reader = QuestionStore.open(store_url)  # another process's view: only what was committed
    assert {record.id for record in reader.records()} == ids
    reader.close()
    store.close()


# Review -----------------------------------------------------------------------------------------


def test_review_lists_what_needs_a_look_most_asked_first(bot: FAQBot, store: QuestionStore) -> None:
    for _ in range(3):
        store.record(_answer("Do you take parrots?"))
    store.record(_answer("do you take parrots"))  # the same question, other case and punctuation
    store.record(_answer("When can I visit?", answered=True, score=0.6, heading="What are the shelter's opening hours?"))
    store.record(_answer("What does a dog cost?", answered=True, score=0.97))  # answered well: not listed
    unhelpful = store.record(_answer("Can I bring my cat back?", answered=True, score=0.95))
    store.flush()
    store.feedback(unhelpful, False)
    found = review(store, bot)
    assert [(s.question.casefold().rstrip("?"), s.asked, s.why) for s in found.suggestions] == [
        ("do you take parrots", 4, "declined"),
        ("when can i visit", 1, "low confidence"),
        ("can i bring my cat back", 1, "unhelpful"),
    ]
    assert found.suggestions[1].heading == "What are the shelter's opening hours?"


def test_review_leaves_out_small_talk(bot: FAQBot, store: QuestionStore) -> None:
    for question in ["hi", "Hello!", "hello", "thanks", "Thank you!", "Do you take parrots?"]:
        store.record(_answer(question))
    store.flush()
    found = review(store, bot)
    assert [s.question for s in found.suggestions] == ["Do you take parrots?"] and found.new_topics == ()


def test_review_says_whether_a_declined_question_was_offered_candidates(bot: FAQBot, store: QuestionStore) -> None:
    store.record(_answer("Do you take parrots?"))
    store.record(_answer("Can I adopt two?", score=0.7, reason="ambiguous"))
    store.flush()
    found = review(store, bot)
    assert {(s.question, s.why, s.reason) for s in found.suggestions} == {
        ("Do you take parrots?", "declined", "not covered"),
        ("Can I adopt two?", "declined", "ambiguous"),
    }
    printed = format_review(found)
    assert "declined (not covered)" in printed and "declined (ambiguous)" in printed


def test_review_suggests_the_entry_askers_picked_and_approve_follows_it(bot: FAQBot, store: QuestionStore, corpus: Path) -> None:
    """A "did you mean" pick is the asker saying which entry they meant: it beats the bot's own guess."""
    hours = "What are the shelter's opening hours?"
    ids = [store.record(_answer("Can I come on Sunday?", score=0.7, reason="ambiguous")) for _ in range(3)]
    store.flush()
    store.choose(ids[0], hours)
    store.choose(ids[1], hours)
    [suggestion] = review(store, bot).suggestions
    assert (suggestion.heading, suggestion.picked) == (hours, 2)
    assert f"suggested entry: {hours} (picked by 2 from the entries offered)" in format_review(review(store, bot))
    assert approve(store, corpus, suggestion.id) == ("Can I come on Sunday?", hours)


def test_review_lists_a_confident_answer_whose_asker_picked_another_entry(bot: FAQBot, store: QuestionStore) -> None:
    """Picking a related entry under an answer says the answer was wrong, however confident it was."""
    hours = "What are the shelter's opening hours?"
    picked = store.record(_answer("Can I come on Sunday?", answered=True, score=0.97))
    store.record(_answer("What does a dog cost?", answered=True, score=0.97))
    kept = store.record(_answer("How much is a dog?", answered=True, score=0.97))
    store.flush()
    store.choose(picked, hours)
    store.choose(kept, ADOPTION)  # the answer itself, picked again: nothing wrong with it
    [suggestion] = review(store, bot).suggestions
    assert (suggestion.question, suggestion.why, suggestion.heading) == ("Can I come on Sunday?", "picked another", hours)


def test_review_never_suggests_the_entry_askers_turned_down(bot: FAQBot, store: QuestionStore, corpus: Path) -> None:
    """👎 on an answer says it was wrong. The review suggested that very entry, and approving the
    question as suggested taught the bot to give the answer the askers turned down, surer than before."""
    turned_down = [store.record(_answer(question, answered=True, score=0.9)) for question in ["Do you take parrots?", "do you take parrots"]]
    store.flush()
    for record_id in turned_down:
        store.feedback(record_id, False)
    [suggestion] = review(store, bot).suggestions
    assert (suggestion.why, suggestion.heading, suggestion.given) == ("unhelpful", "", ADOPTION)
    assert f"suggested entry: none: askers said {ADOPTION!r} did not help" in format_review(review(store, bot))
    with pytest.raises(ReviewError, match=re.escape(f"no entry is suggested for 'do you take parrots': askers said {ADOPTION!r} did not help; choose the entry it belongs to (--heading)")):
        approve(store, corpus, suggestion.id)
    [topic] = review(store, bot).new_topics  # nothing in the FAQ answered it: a candidate for a new entry
    assert topic.asked == 2
    hours = "What are the shelter's opening hours?"
    assert approve(store, corpus, suggestion.id, heading=hours) == ("do you take parrots", hours)


def test_review_never_suggests_the_entry_a_question_asks_the_reverse_of(corpus: Path, tmp_path: Path, store: QuestionStore) -> None:
    """"can I cancel my newsletter subscription" is held back from "How do I sign up for the
    newsletter?" and offered it; suggested as its home, approving it would teach the bot the bluff."""
    newsletter = "How do I sign up for the newsletter?"
    (corpus / "news.txt").write_text(f"{newsletter}\nEnter your e-mail address at the bottom of any page.\n", encoding="utf-8")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())
    news = next(entry.category for entry in bot.index.entries if entry.heading == newsletter)  # "News", from its file's name
    offered = [replace(_answer(question, score=0.9, heading=newsletter, reason="ambiguous"), category=news) for question in (
        "can I cancel my newsletter subscription", "can i cancel my newsletter subscription?", "how do I sign up to the newsletter")]
    *asked, _ = [store.record(answer) for answer in offered]
    store.flush()
    cancel, sign_up = sorted(review(store, bot).suggestions, key=lambda s: s.question)
    assert (cancel.heading, cancel.unsuggested) == ("", f"it asks the reverse of {newsletter!r}, which never speaks of it")
    assert (sign_up.heading, sign_up.unsuggested) == (newsletter, "")
    assert f"suggested entry: none: it asks the reverse of {newsletter!r}" in format_review(review(store, bot))
    with pytest.raises(ReviewError, match="asks the reverse of .*; choose the entry it belongs to \\(--heading\\)"):
        approve(store, corpus, asked[-1])
    [topic] = review(store, bot).new_topics  # nothing in the FAQ answers it: a candidate for a new entry
    assert topic.asked == 2


def test_review_never_suggests_an_entry_for_a_number_it_never_gives(corpus: Path, tmp_path: Path, store: QuestionStore) -> None:
    """"When will the next newsletter go out?" is held back from an entry that names no date; approved
    for it, the bot would answer the question with the sign-up steps, surely."""
    newsletter = "How do I sign up for the newsletter?"
    (corpus / "news.txt").write_text(f"{newsletter}\nEnter your e-mail address at the bottom of any page.\n", encoding="utf-8")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())
    news = next(entry.category for entry in bot.index.entries if entry.heading == newsletter)
    offered = [replace(_answer(question, score=0.9, heading=newsletter, reason="ambiguous"), category=news) for question in (
        "When will the next newsletter go out?", "when will the next newsletter go out", "how do I sign up to the newsletter")]
    *_, when, _ = [store.record(answer) for answer in offered]
    store.flush()
    next_one, sign_up = sorted(review(store, bot).suggestions, key=lambda s: s.question.casefold(), reverse=True)
    assert (next_one.heading, next_one.unsuggested) == ("", f"it asks for a number or a date that {newsletter!r} never gives; add it to that answer if it belongs there")
    assert (sign_up.heading, sign_up.unsuggested) == (newsletter, "")
    with pytest.raises(ReviewError, match="never gives; .*choose the entry it belongs to \\(--heading\\)"):
        approve(store, corpus, when)
    [topic] = review(store, bot).new_topics  # nothing in the FAQ says when: a candidate for a new entry
    assert topic.asked == 2


def test_review_groups_declined_questions_that_no_entry_covers(bot: FAQBot, store: QuestionStore) -> None:
    for question in ["Do you sell gift cards?"] * 2 + ["do you sell gift cards online?", "Is parking free?"]:
        store.record(_answer(question))
    store.flush()
    [topic] = review(store, bot).new_topics  # parking was asked once: not yet a topic
    assert topic.asked == 3 and topic.questions[0] == "Do you sell gift cards?" and len(topic.ids) == 2


def test_review_counts_a_did_you_mean_turned_down_among_questions_no_entry_covers(bot: FAQBot, store: QuestionStore) -> None:
    """Offered candidates, the askers said "none of these" (stored as 👎 on the "did you mean"); one
    that was not turned down may yet be answered by a candidate, and is no new topic."""
    turned_down = [store.record(_answer(question, reason="ambiguous")) for question in ["Do you sell gift cards?", "do you sell gift cards online?"]]
    store.record(_answer("Do you sell gift vouchers?", reason="ambiguous"))
    store.flush()
    for record_id in turned_down:
        store.feedback(record_id, False)
    [topic] = review(store, bot).new_topics
    assert set(topic.questions) == {"Do you sell gift cards?", "do you sell gift cards online?"}


def test_review_command_prints_json(bot: FAQBot, store_url: str, corpus: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    store = QuestionStore.open(store_url)
    record_id = store.record(_answer("Do you take parrots?"))
    store.close()
    monkeypatch.setattr("faqbot.cli._bot", lambda args: bot)
    assert main(["review", "--json", "--store", store_url, "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 0
    listed = yaml.safe_load(capsys.readouterr().out)
    assert listed["suggestions"][0]["id"] == record_id


@pytest.mark.parametrize("command", [["review"], ["approve", "0" * 32], ["reject", "0" * 32]])
def test_the_owners_commands_name_a_store_that_is_not_there_and_leave_none_behind(corpus: Path, tmp_path: Path, capsys, command: list[str]) -> None:
    # A mistyped --store said "Nothing to review" and left an empty database behind.
    missing = tmp_path / "questoins.sqlite3"
    corpus_option = [] if command[0] == "reject" else ["--corpus", str(corpus)]  # reject needs no FAQ
    assert main([*command, "--store", f"sqlite:///{missing}", *corpus_option, "--index", str(tmp_path / "index")]) == 1
    assert f"no question store at {missing}" in capsys.readouterr().err
    assert not missing.exists()


# Approve and reject -----------------------------------------------------------------------------


def test_approve_writes_the_learned_file_and_never_the_owners_files(store: QuestionStore, corpus: Path, capsys) -> None:
    owners_file = (corpus / "pets.txt").read_bytes()
    first = store.record(_answer("What does a puppy cost?"))
    again = store.record(_answer("what does a puppy cost"))
    store.flush()
    assert main(["approve", first, "--store", store.engine.url.render_as_string(hide_password=False), "--corpus", str(corpus)]) == 0
    assert "Added 'What does a puppy cost?'" in capsys.readouterr().out
    assert yaml.safe_load(learned_path(corpus).read_text()) == [{"heading": ADOPTION, "alternates": ["What does a puppy cost?"]}]
    assert (corpus / "pets.txt").read_bytes() == owners_file
    assert {store.get(first).status, store.get(again).status} == {"approved"}  # decided once for every repeat


def test_approve_under_another_heading_and_unknown_ones(store: QuestionStore, corpus: Path) -> None:
    record_id = store.record(_answer("When do you open?"))
    store.flush()
    with pytest.raises(ReviewError, match="no entry of the FAQ is headed 'Do you sell fish\\?'"):
        approve(store, corpus, record_id, heading="Do you sell fish?")
    with pytest.raises(ReviewError, match="no recorded question has the id"):
        approve(store, corpus, "f" * 32)
    assert approve(store, corpus, record_id, heading="what are the shelter's opening hours?") == ("When do you open?", "What are the shelter's opening hours?")


def test_reject_stops_suggesting_a_question(bot: FAQBot, store: QuestionStore) -> None:
    record_id = store.record(_answer("Do you take parrots?"))
    store.flush()
    assert reject(store, record_id) == "Do you take parrots?"
    assert review(store, bot).suggestions == ()
    assert main(["reject", "0" * 32, "--store", store.engine.url.render_as_string(hide_password=False)]) == 1


def test_approved_questions_join_their_entry_when_the_corpus_is_read(corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    learned = [{"heading": ADOPTION, "alternates": ["What does a puppy cost?", ADOPTION]}, {"heading": "A removed entry?", "alternates": ["x"]}]
    learned_path(corpus).write_text(yaml.safe_dump(learned))
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())
    entry = next(e for e in bot.index.entries if e.heading == ADOPTION)
    assert entry.alternates == ("What does a puppy cost?",)
    assert len(bot.headings) == 3  # the learned file holds no entries of its own
    assert "'A removed entry?' heads no entry any more" in caplog.text


def test_check_reports_approvals_that_no_longer_count(corpus: Path, tmp_path: Path) -> None:
    # A renamed question left its approvals unused with only a log line, among check's own findings.
    learned_path(corpus).write_text(yaml.safe_dump([{"heading": ADOPTION, "alternates": ["What does a puppy cost?"]}, {"heading": "A removed entry?", "alternates": ["x", "y"]}]))
    findings = [str(finding) for finding in check_corpus(corpus, tmp_path / "index").findings if finding.file == "learned.yaml"]
    assert findings == ["learned.yaml:1: warning: 'A removed entry?' heads no entry any more; its 2 approved question(s) are not used"]


def test_approvals_made_under_a_labelled_or_numbered_heading_still_count(corpus: Path) -> None:
    # Headings lose their "Q:" label and number when read now; approvals recorded before must not be orphaned.
    learned_path(corpus).write_text(yaml.safe_dump([{"heading": f"Q: 2. {ADOPTION.upper()}", "alternates": ["What does a puppy cost?"]}]))
    entry = next(e for e in load_corpus(corpus).entries if e.heading == ADOPTION)
    assert entry.alternates[-1] == "What does a puppy cost?"


CAMPUS_MD = """\
## Students

### How do I reset my password?
Use the student portal's "Forgot password" link.

## Staff

### How do I reset my password?
Call the IT desk on extension 4000.
"""
STAFF, STUDENTS = "How do I reset my password? (Staff)", "How do I reset my password? (Students)"


def test_a_question_approved_for_a_heading_asked_in_two_sections_joins_the_entry_picked(tmp_path: Path, store: QuestionStore, caplog) -> None:
    """The asker picks "… (Staff)" from the two offered; the review suggests it and the approval joins
    that entry only. The heading alone names neither: approving under it says which to name."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "campus.md").write_text(CAMPUS_MD, encoding="utf-8")
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False, encoder=HashingEncoder())
    client = TestClient(create_app(bot, store=store))
    picked = ask(client, "I forgot my work password")["id"]
    assert client.post("/api/choose", json={"id": picked, "heading": STAFF}).json() == {"ok": True}
    assert [s.heading for s in review(store, bot).suggestions] == [STAFF]
    assert approve(store, corpus, picked) == ("I forgot my work password", STAFF)
    alternates = {entry.category: entry.alternates for entry in load_corpus(corpus).entries}
    assert alternates == {"Staff": ("I forgot my work password",), "Students": ()}
    unsure = ask(client, "password reset?")["id"]
    store.flush()
    with pytest.raises(ReviewError, match=re.escape(f"is asked in several sections; name one with --heading: '{STUDENTS}', '{STAFF}'")):
        approve(store, corpus, unsure, "How do I reset my password?")
    learned_path(corpus).write_text(yaml.safe_dump([{"heading": "How do I reset my password?", "alternates": ["pw?"]}]))
    with caplog.at_level(logging.WARNING):
        assert all(entry.alternates == () for entry in load_corpus(corpus).entries)
    assert "'How do I reset my password?' is asked in several sections: approve them again under one" in caplog.text


def test_a_malformed_learned_file_names_itself(corpus: Path, tmp_path: Path, capsys) -> None:
    learned_path(corpus).write_text("- just a string\n")
    assert main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 1
    assert "learned.yaml: item 1 must have a 'heading'" in capsys.readouterr().err


def test_serve_watch_picks_up_an_approval(bot: FAQBot, store: QuestionStore, corpus: Path) -> None:
    watcher = CorpusWatcher(bot).start()
    assert watcher.ready.wait(60), "the watcher did not start"
    try:
        record_id = store.record(_answer("What does a puppy cost?"))
        store.flush()
        approve(store, corpus, record_id)
        assert watcher.wait_until(lambda: watcher.reloads >= 1, 120), "the approval was not picked up"
        entry = next(e for e in bot.index.entries if e.heading == ADOPTION)
        assert "What does a puppy cost?" in entry.alternates
    finally:
        watcher.stop()


@pytest.mark.model
def test_an_approved_question_is_answered_by_its_entry(seed_bot: FAQBot, tmp_path: Path) -> None:
    """The point of the loop, with the real model: a phrasing the FAQ missed is answered once approved."""
    import shutil

    from tests.conftest import MILITARY_HEADING, SEED_CORPUS

    corpus = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    question = "Does Pyongyang lend its army to Moscow?"
    bot = FAQBot(corpus=corpus, index_dir=tmp_path / "index", progress=False)
    store = QuestionStore.open(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    record_id = store.record(bot.ask(question))
    store.flush()
    approve(store, corpus, record_id, heading=MILITARY_HEADING)
    store.close()
    bot.reload()
    answer = bot.ask(question)
    assert answer.answered and answer.heading == MILITARY_HEADING and answer.score > 0.9


# The review page --------------------------------------------------------------------------------


def test_the_review_page_needs_a_login(bot: FAQBot, store: QuestionStore) -> None:
    client = TestClient(create_app(bot, store=store))
    refused = client.get("/review")
    assert refused.status_code == 403 and "--auth" in refused.json()["detail"]
    assert client.get("/api/review").status_code == 403
    assert client.post("/api/review/reject", json={"id": "0" * 32}).status_code == 403


def test_the_review_page_lists_and_decides_for_the_owner(bot: FAQBot, store: QuestionStore, corpus: Path) -> None:
    client = TestClient(create_app(bot, store=store, auth=Credentials(*OWNER)))
    record_id = store.record(_answer("What does a puppy cost?"))
    store.flush()
    assert client.get("/review").status_code == 401
    assert "Questions people asked" in client.get("/review", auth=OWNER).text
    listed = client.get("/api/review", auth=OWNER).json()
    assert listed["suggestions"][0]["id"] == record_id and ADOPTION in listed["headings"]
    forged = client.post("/api/review/approve", json={"id": record_id}, auth=OWNER, headers={"origin": "https://evil.example"})
    assert forged.status_code == 403
    assert client.post("/api/review/approve", json={"id": record_id, "heading": "Nope?"}, auth=OWNER).status_code == 422
    assert client.post("/api/review/approve", json={"id": "0" * 32}, auth=OWNER).status_code == 404
    assert client.post("/api/review/reject", json={"id": "0" * 32}, auth=OWNER).status_code == 404
    approved = client.post("/api/review/approve", json={"id": record_id}, auth=OWNER, headers={"origin": "http://testserver"})
    assert approved.json() == {"question": "What does a puppy cost?", "heading": ADOPTION}
    assert "What does a puppy cost?" in learned_path(corpus).read_text()


def test_the_review_page_without_learn_says_so(bot: FAQBot) -> None:
    client = TestClient(create_app(bot, auth=Credentials(*OWNER)))
    missing = client.get("/api/review", auth=OWNER)
    assert missing.status_code == 404 and "--learn" in missing.json()["detail"]
