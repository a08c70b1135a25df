"""`faqbot serve` without a browser: the JSON API, log-in, privacy of questions and bind address."""

from __future__ import annotations

import json
import logging
import re
import threading

import pytest
from fastapi.testclient import TestClient

import faqbot.server
from faqbot import FAQBot
from faqbot.cli import main
from faqbot.gate import Credentials
from faqbot.retrieval import OFFERED, did_you_mean
from faqbot.server import create_app
from faqbot.ui import OTHERWISE, RELATED_PROMPT, WHICH_ONE, ChatOptions
from tests.conftest import MILITARY_HEADING

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

QUESTION = "Are North Korean soldiers fighting in Ukraine?"


@pytest.fixture(scope="module")
def client(seed_bot: FAQBot) -> TestClient:
    return TestClient(create_app(seed_bot))


def test_api_answers_with_every_answer_field(client: TestClient) -> None:
    response = client.post("/api/ask", json={"question": QUESTION, "top_k": 2})
    assert response.status_code == 200
    body = response.json()
    assert body["heading"] == MILITARY_HEADING and body["answered"] is True
    assert len(body["alternatives"]) == 1


@pytest.fixture(scope="module")
def campus(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """The API of a FAQ asking one question in two sections of one name, at "Students / General" and "Staff / General"."""
    rows = [
        ("How do I reset my password?", "Use the student portal's \"Forgot password\" link.", "Students / General"),
        ("How do I reset my password?", "Call the IT service desk on extension 4000.", "Staff / General"),
        ("Where can I print?", "In the library, with your card.", "Students / Printing"),
    ]
    corpus = tmp_path_factory.mktemp("campus") / "campus.jsonl"
    corpus.write_text("".join(json.dumps({"question": q, "answer": a, "category": c}) + "\n" for q, a, c in rows), encoding="utf-8")
    return TestClient(create_app(FAQBot(corpus=corpus, index_dir=tmp_path_factory.mktemp("index"), progress=False)))


def test_api_lists_the_entries_the_chat_offers_by_the_names_a_pick_asks(campus: TestClient) -> None:
    """A "did you mean" between one question asked in two sections names each with the part of its
    category that tells them apart; asking a name answers it, and the entries offered under the
    answer are the others."""
    client = campus
    body = client.post("/api/ask", json={"question": "How do I reset my password?"}).json()
    assert body["reason"] == "ambiguous"
    named = {"How do I reset my password? (Students / General)", "How do I reset my password? (Staff / General)"}
    assert {offer["question"] for offer in body["offers"][:2]} == named
    assert {offer["heading"] for offer in body["offers"][:2]} == {"How do I reset my password?"}
    body = client.post("/api/ask", json={"question": "How do I reset my password? (Staff / General)"}).json()
    assert (body["reason"], body["category"]) == ("answered", "Staff / General")
    assert body["offers"] and "How do I reset my password? (Staff / General)" not in {offer["question"] for offer in body["offers"]}


def test_api_answers_a_did_you_mean_replied_to_in_words_with_the_candidate_picked(campus: TestClient) -> None:
    """Offered both sections' entries, the asker types "I'm staff": the client sends what it offered."""
    offered = [offer["question"] for offer in campus.post("/api/ask", json={"question": "How do I reset my password?"}).json()["offers"]]
    body = campus.post("/api/ask", json={"question": "I'm staff", "offered": offered}).json()
    assert (body["picked"], body["reason"], body["category"]) == ("How do I reset my password? (Staff / General)", "answered", "Staff / General")
    assert campus.post("/api/ask", json={"question": "the second one", "offered": offered}).json()["picked"] == offered[1]
    alone = campus.post("/api/ask", json={"question": "the second one"}).json()  # nothing offered: asked as it is
    assert "picked" not in alone and alone["reason"] == "not covered"


def test_api_offers_the_candidates_again_to_a_yes_that_says_not_which(campus: TestClient) -> None:
    offers = campus.post("/api/ask", json={"question": "How do I reset my password?"}).json()["offers"]
    body = campus.post("/api/ask", json={"question": "yes", "offered": [offer["question"] for offer in offers]}).json()
    assert (body["reoffered"], body["reason"], body["answered"], body["offers"]) == (True, "ambiguous", False, offers)
    strangers = campus.post("/api/ask", json={"question": "yes", "offered": ["/etc/passwd", "Is it free?"]}).json()  # none of the FAQ's
    assert "reoffered" not in strangers and strangers["small_talk"] == "acknowledgement"


def test_api_tells_a_no_to_every_candidate_that_the_faq_has_nothing_better(campus: TestClient) -> None:
    """Asked on its own, "no" is a pleasantry ("Anything else?") and "none of these" a question to search."""
    offered = [offer["question"] for offer in campus.post("/api/ask", json={"question": "How do I reset my password?"}).json()["offers"]]
    for message in ("no", "none of these"):
        body = campus.post("/api/ask", json={"question": message, "offered": offered}).json()
        assert (body["refused"], body["reason"], body["answered"], body["offers"]) == (True, "not covered", False, [])
        assert "small_talk" not in body and "id" not in body
    assert "refused" not in campus.post("/api/ask", json={"question": "no"}).json()  # nothing was offered
    strangers = campus.post("/api/ask", json={"question": "no", "offered": ["/etc/passwd"]}).json()  # none of the FAQ's
    assert "refused" not in strangers and strangers["small_talk"] == "acknowledgement"


def test_api_offers_the_related_questions_again_to_an_asker_who_says_the_answer_was_wrong(campus: TestClient) -> None:
    """Asked on its own, "that's not what I asked" is searched, and "no" answered "Anything else?",
    as if the asker had been helped. The client sends the answer it showed and the questions under it."""
    answer = campus.post("/api/ask", json={"question": "How do I reset my password? (Staff / General)"}).json()
    related = [offer["question"] for offer in answer["offers"]]
    assert answer["reason"] == "answered" and related
    for message in ("that's not what I asked", "no", "wrong answer"):
        body = campus.post("/api/ask", json={"question": message, "answered": answer["heading"], "offered": related}).json()
        assert (body["rejected"], body["reason"], body["answered"], body["score"]) == (True, "ambiguous", False, 0)
        assert [offer["heading"] for offer in body["offers"]] == [offer["heading"] for offer in answer["offers"]]
        assert "id" not in body and "small_talk" not in body
    nothing_under = campus.post("/api/ask", json={"question": "no", "answered": answer["heading"]}).json()
    assert (nothing_under["rejected"], nothing_under["reason"], nothing_under["offers"]) == (True, "not covered", [])
    closing = campus.post("/api/ask", json={"question": "no thanks", "answered": answer["heading"], "offered": related}).json()
    assert "rejected" not in closing and closing["small_talk"] == "thanks"
    assert "picked" not in campus.post("/api/ask", json={"question": "the first one", "answered": answer["heading"], "offered": related}).json()
    strangers = campus.post("/api/ask", json={"question": "no", "answered": "/etc/passwd", "offered": related}).json()  # no answer of the FAQ's
    assert "rejected" not in strangers and strangers["small_talk"] == "acknowledgement"


@pytest.mark.parametrize(
    "payload",
    [
        {"question": "   "}, {"question": 42}, {}, {"question": "ok?", "top_k": 0},
        {"question": "yes", "offered": "Is it free?"}, {"question": "yes", "offered": ["Is it free?"] * 11}, {"question": "yes", "offered": ["x" * 2001]}, {"question": "2", "offered": ["", "  "]}, {"question": "no", "answered": ["Where can I print?"]}, {"question": "no", "answered": "x" * 2001},
    ],
)
def test_api_rejects_bad_requests_with_422(client: TestClient, payload: dict) -> None:
    assert client.post("/api/ask", json=payload).status_code == 422


def test_chat_page_is_served_at_the_root(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()


def test_the_widget_script_carries_the_chat_pages_wording_with_nothing_left_to_fill(client: TestClient) -> None:
    script = client.get("/widget.js").text
    assert not re.search(r"%[A-Z_]+%", script)
    assert all(f'"{text}"' in script for text in (did_you_mean(1), did_you_mean(OFFERED), OTHERWISE, RELATED_PROMPT, WHICH_ONE))


def test_auth_protects_api_and_page(seed_bot: FAQBot) -> None:
    protected = TestClient(create_app(seed_bot, auth=Credentials("ann", "s3cret")))
    assert protected.post("/api/ask", json={"question": QUESTION}).status_code == 401
    assert protected.post("/api/ask", json={"question": QUESTION}, auth=("ann", "wrong")).status_code == 401
    assert protected.post("/api/ask", json={"question": QUESTION}, auth=("ann", "s3cret")).status_code == 200
    assert protected.get("/config").status_code == 401


def test_question_text_is_logged_only_when_asked(seed_bot: FAQBot, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        TestClient(create_app(seed_bot)).post("/api/ask", json={"question": "private worry about Kim"})
    assert "private worry" not in caplog.text
    with caplog.at_level(logging.INFO, logger="faqbot.questions"):
        TestClient(create_app(seed_bot, log_questions=True)).post("/api/ask", json={"question": "private worry about Kim"})
    assert "private worry" in caplog.text


def _capture_serve(monkeypatch) -> dict:
    seen: dict = {}
    monkeypatch.setattr(faqbot.server, "serve", lambda bot, **kwargs: seen.update(kwargs))
    return seen


def test_serve_binds_loopback_by_default(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("FAQBOT_HOST", raising=False)
    monkeypatch.delenv("FAQBOT_AUTH", raising=False)
    seen = _capture_serve(monkeypatch)
    assert main(["serve", "--index", str(tmp_path)]) == 0
    assert seen == {"host": "127.0.0.1", "port": 7860, "auth": None, "log_questions": False, "watch": False, "chat": ChatOptions(title="", fallback="", show_sources=True), "origins": (), "store": None}


def test_serve_watch_from_flag_or_environment_runs_a_watcher(monkeypatch, tmp_path, pets_txt) -> None:
    seen = _capture_serve(monkeypatch)
    assert main(["serve", "--watch", "--index", str(tmp_path)]) == 0 and seen["watch"] is True
    monkeypatch.setenv("FAQBOT_WATCH", "1")
    assert main(["serve", "--index", str(tmp_path)]) == 0 and seen["watch"] is True
    monkeypatch.undo()  # back to the real serve(), with only the server's run replaced
    running: list[bool] = []
    monkeypatch.setattr(faqbot.server.uvicorn.Server, "run", lambda *a, **k: running.append(any(t.name == "faqbot-watch" for t in threading.enumerate())))
    faqbot.server.serve(FAQBot(corpus=pets_txt, index_dir=tmp_path, progress=False), port=0, watch=True)
    assert running == [True]
    assert not any(t.name == "faqbot-watch" for t in threading.enumerate())  # stopped with the server


def test_serve_flags_beat_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("FAQBOT_HOST", "0.0.0.0")
    monkeypatch.setenv("FAQBOT_PORT", "9000")
    monkeypatch.setenv("FAQBOT_AUTH", "env:pw")
    seen = _capture_serve(monkeypatch)
    assert main(["serve", "--port", "8123", "--auth", "ann:pw", "--index", str(tmp_path)]) == 0
    assert seen["host"] == "0.0.0.0" and seen["port"] == 8123 and seen["auth"] == Credentials("ann", "pw")


def test_serve_answers_at_the_threshold_of_its_flag_else_the_environment(monkeypatch, tmp_path) -> None:
    thresholds: list[float] = []
    monkeypatch.setattr(faqbot.server, "serve", lambda bot, **kwargs: thresholds.append(bot.threshold))
    monkeypatch.setenv("FAQBOT_THRESHOLD", "0.9")
    assert main(["serve", "--index", str(tmp_path)]) == 0
    assert main(["serve", "--threshold", "0.6", "--index", str(tmp_path)]) == 0
    assert thresholds == [0.9, 0.6]


def test_malformed_auth_is_a_usage_error(monkeypatch, tmp_path, capsys) -> None:
    _capture_serve(monkeypatch)
    assert main(["serve", "--auth", "no-colon", "--index", str(tmp_path)]) == 2
    assert "USER:PASSWORD" in capsys.readouterr().err
