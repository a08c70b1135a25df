"""What `faqbot serve` refuses: files through the chat, anything before log-in, guessing, odd JSON.

Each test replays an attack that worked against an earlier version (see README, Security).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from faqbot import FAQBot
from faqbot.cli import main
from faqbot.gate import FREE_GUESSES, Credentials, LoginThrottle
from faqbot.server import create_app
from faqbot.ui import as_text

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

LOGIN = Credentials("ann", "s3cret")
FILE_MESSAGE = {"role": "user", "content": [{"type": "file", "file": {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}}]}


@pytest.fixture(scope="module")
def open_server(seed_bot: FAQBot) -> Iterator[TestClient]:
    with TestClient(create_app(seed_bot)) as client:  # `with`: Gradio's queue starts with the app
        yield client


@pytest.fixture(scope="module")
def locked_server(seed_bot: FAQBot) -> Iterator[TestClient]:
    with TestClient(create_app(seed_bot, auth=LOGIN)) as client:
        yield client


def _call_chat(client: TestClient, history: list, **kwargs) -> str:
    """Call the chat's respond event as a script would, and return everything it streamed back."""
    started = client.post("/gradio_api/call/respond", json={"data": ["hi", history, "All topics"]}, **kwargs)
    if started.status_code != 200:
        return started.text
    return client.get(f"/gradio_api/call/respond/{started.json()['event_id']}", **kwargs).text


@pytest.mark.parametrize("path", ["/etc/passwd", "/dev/zero"])
def test_the_chat_never_reads_a_file_named_in_a_request(open_server: TestClient, path: str) -> None:
    message = json.loads(json.dumps(FILE_MESSAGE).replace("/etc/passwd", path))
    streamed = _call_chat(open_server, [message])
    assert "file=" not in streamed and path.rsplit("/", 1)[-1] not in streamed
    assert open_server.post("/api/ask", json={"question": "Is a new Cold War starting?"}).status_code == 200  # still serving


@pytest.mark.parametrize("route", ["/gradio_api/file=/etc/passwd", "/gradio_api/upload", "/gradio_api/runs", "/manifest.json", "/openapi.json", "/gradio_api/info"])
def test_file_upload_history_and_description_routes_are_not_served(open_server: TestClient, route: str) -> None:
    response = open_server.post(route, files={"files": ("big.bin", b"x" * 1000)}) if route.endswith("upload") else open_server.get(route)
    assert response.status_code == 404


def test_the_browser_keeps_no_run_history(open_server: TestClient) -> None:
    assert open_server.get("/config").json()["run_history"] is False


@pytest.mark.parametrize("route", ["/", "/config", "/gradio_api/info", "/manifest.json", "/gradio_api/runs", "/theme.css"])
def test_nothing_about_the_corpus_is_served_before_log_in(locked_server: TestClient, seed_bot: FAQBot, route: str) -> None:
    response = locked_server.get(route)
    assert response.status_code in (401, 404)
    assert not any(heading in response.text for heading in seed_bot.headings)
    assert seed_bot.description[:40] not in response.text


def test_one_log_in_opens_page_and_api(locked_server: TestClient, seed_bot: FAQBot) -> None:
    page = locked_server.get("/", auth=("ann", "s3cret"))
    assert page.status_code == 200 and "<html" in page.text.lower()
    assert locked_server.get("/config", auth=("ann", "s3cret")).json()["components"]
    assert locked_server.post("/api/ask", json={"question": "Is a new Cold War starting?"}, auth=("ann", "s3cret")).status_code == 200
    assert locked_server.get("/", auth=("ann", "wrong")).headers["www-authenticate"].startswith("Basic")


def test_repeated_wrong_log_ins_are_slowed_down(seed_bot: FAQBot) -> None:
    with TestClient(create_app(seed_bot, auth=LOGIN)) as client:
        for _ in range(FREE_GUESSES):
            assert client.get("/config", auth=("ann", "guess")).status_code == 401
        client.get("/config", auth=("ann", "guess"))
        refused = client.get("/config", auth=("ann", "s3cret"))  # even the right password must wait now
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1


def test_throttle_lockout_doubles_then_expires_and_success_clears_it() -> None:
    now = [0.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(FREE_GUESSES):
        throttle.failed("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 0
    throttle.failed("10.0.0.1")
    first = throttle.wait_for("10.0.0.1")
    throttle.failed("10.0.0.1")
    assert first > 0 and throttle.wait_for("10.0.0.1") == pytest.approx(2 * first)
    assert throttle.wait_for("10.0.0.2") == 0  # other addresses are not affected
    now[0] += 2 * first
    assert throttle.wait_for("10.0.0.1") == 0
    throttle.succeeded("10.0.0.1")
    throttle.failed("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 0


@pytest.mark.parametrize("body", ['{"question": "hi", "top_k": NaN}', '{"question": "hi", "top_k": Infinity}', '{"question": "hi", "top_k": 1e999}'])
def test_non_finite_numbers_are_a_422_not_a_crash(open_server: TestClient, body: str) -> None:
    response = open_server.post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "top_k"]


def test_broken_unicode_in_a_question_is_answered(open_server: TestClient) -> None:
    body = '{"question": "Is \\ud800 a new Cold War starting?"}'
    response = open_server.post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["heading"] == "Could this lead to a new Cold War-style confrontation?"


def test_links_in_answers_keep_their_address() -> None:
    shown = as_text("See https://example.com/help_page. Or write to mailto:help@example.org, please.")
    assert 'href="https://example.com/help_page"' in shown and 'href="mailto:help@example.org"' in shown
    assert "\\" not in shown.split('href="')[1].split('"')[0]


def test_a_mail_address_in_an_answer_is_a_link_that_reads_as_the_address() -> None:
    shown = as_text("Write to help@example.org, or to the desk (mailto:desk@example.org?subject=Card). Clone git@github.com:me/x.")
    assert re.findall(r'href="([^"]*)"[^>]*>([^<]*)<', shown) == [
        ("mailto:help@example.org", "help@example\\.org"),
        ("mailto:desk@example.org?subject=Card", "desk@example\\.org"),
    ]  # a repository's address is not one to write to


def _serve_with(monkeypatch, argv: list[str]) -> dict:
    seen: dict = {}
    monkeypatch.setattr("faqbot.server.serve", lambda bot, **kwargs: seen.update(kwargs))
    seen["exit"] = main(argv)
    return seen


def test_an_empty_auth_variable_is_an_error_not_an_open_door(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("FAQBOT_AUTH", "")
    assert _serve_with(monkeypatch, ["serve", "--index", str(tmp_path)])["exit"] == 2
    assert "FAQBOT_AUTH is set but empty" in capsys.readouterr().err


def test_the_password_can_come_from_a_file_or_standard_input(monkeypatch, tmp_path) -> None:
    secret = tmp_path / "auth"
    secret.write_text("ann:s3cret\n", encoding="utf-8")
    assert _serve_with(monkeypatch, ["serve", "--auth-file", str(secret), "--index", str(tmp_path)])["auth"] == LOGIN
    monkeypatch.setenv("FAQBOT_AUTH_FILE", str(secret))
    assert _serve_with(monkeypatch, ["serve", "--index", str(tmp_path)])["auth"] == LOGIN
    monkeypatch.delenv("FAQBOT_AUTH_FILE")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("bob:pw\n"))
    assert _serve_with(monkeypatch, ["serve", "--auth-file", "-", "--index", str(tmp_path)])["auth"] == Credentials("bob", "pw")
    secret.write_text("\ufeffann:s3cret\r\n", encoding="utf-8")  # saved by Windows Notepad: nobody could log in as "\ufeffann"
    assert _serve_with(monkeypatch, ["serve", "--auth-file", str(secret), "--index", str(tmp_path)])["auth"] == LOGIN


def test_the_widget_script_is_public_but_the_api_is_not(seed_bot: FAQBot) -> None:
    with TestClient(create_app(seed_bot, auth=LOGIN)) as client:
        script = client.get("/widget.js")
        assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
        assert not any(heading in script.text for heading in seed_bot.headings)
        assert client.post("/api/ask", json={"question": "Is a new Cold War starting?"}).status_code == 401


def test_only_listed_origins_may_call_the_api_from_a_browser(seed_bot: FAQBot) -> None:
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    with TestClient(create_app(seed_bot, origins=("https://shop.example.org",))) as client:
        allowed = client.options("/api/ask", headers={"origin": "https://shop.example.org", **preflight})
        assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://shop.example.org"
        refused = client.options("/api/ask", headers={"origin": "https://evil.example.net", **preflight})
        assert "access-control-allow-origin" not in refused.headers
        answer = client.post("/api/ask", json={"question": "Is a new Cold War starting?"}, headers={"origin": "https://evil.example.net"})
        assert "access-control-allow-origin" not in answer.headers


def test_a_request_body_of_megabytes_is_refused_before_it_is_read(open_server: TestClient) -> None:
    huge = json.dumps({"question": "x " * 1_000_000})
    assert open_server.post("/api/ask", content=huge, headers={"content-type": "application/json"}).status_code == 413

    def chunks():  # no Content-Length: the gate counts what arrives
        yield b'{"question": "'
        for _ in range(100):
            yield b"x " * 5_000
        yield b'"}'

    refused = open_server.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert refused.status_code == 400  # reading stops at the bound: the body cannot be parsed
    assert open_server.post("/api/ask", json={"question": "Is a new Cold War starting?"}).status_code == 200
