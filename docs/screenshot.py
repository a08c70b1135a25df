"""Regenerate docs/screenshot.png (desktop), docs/screenshot-phone.png and docs/screenshot-widget.png
(the chat bubble on another site's page): real conversations with the seed FAQ in Debian's Chromium.

    HF_HUB_OFFLINE=1 .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import re
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from faqbot import FAQBot
from faqbot.server import create_app
from faqbot.ui import CSS, THEME, build_app

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ["What do the summits say about ties between China and North Korea?", "Could these ties raise tensions in the region?"]
SHOP_PORT = 8765  # the example shop's own port: another origin than faqbot's
# The chat scrolls smoothly to a new reply: shoot once it has arrived (Gradio's scroller is .bubble-wrap).
SCROLLED_TO_THE_END = "() => { const s = document.querySelector('#chat .bubble-wrap'); return !s || s.scrollTop + s.clientHeight >= s.scrollHeight - 2; }"
VIEWS = {"screenshot.png": {"width": 1280, "height": 800}, "screenshot-phone.png": {"width": 390, "height": 844}}


def widget_screenshot(browser, server: str, shop_port: int) -> None:
    """The widget on a page of another site (an origin the server allows), after one question."""
    host = f'<!doctype html><html><body style="font-family:sans-serif"><h1>Example shop</h1><p>Our products…</p><script src="{server}/widget.js" data-title="Questions? Ask us"></script></body></html>'.encode()

    class Shop(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(host)

    shop = ThreadingHTTPServer(("127.0.0.1", shop_port), Shop)
    threading.Thread(target=shop.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 800, "height": 700})
    page.goto(f"http://127.0.0.1:{shop_port}/")
    page.locator("#faqbot-bubble").click()
    page.get_by_label("Your question").fill(QUESTIONS[0])
    page.get_by_label("Your question").press("Enter")
    page.locator("#faqbot-panel .faqbot-reply").wait_for()
    page.screenshot(path=str(ROOT / "docs" / "screenshot-widget.png"))
    page.close()
    shop.shutdown()


def main() -> None:
    bot = FAQBot(corpus=ROOT / "corpus", index_dir=tempfile.mkdtemp(), progress=False)
    app = build_app(bot)
    _, url, _ = app.launch(prevent_thread_lock=True, theme=THEME, css=CSS, quiet=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        for name, viewport in VIEWS.items():
            page = browser.new_page(viewport=viewport, is_mobile=viewport["width"] < 500)
            page.goto(url)
            for number, question in enumerate(QUESTIONS, start=2):  # the welcome message is the first
                page.get_by_placeholder("Ask a question…").fill(question)
                page.get_by_placeholder("Ask a question…").press("Enter")
                page.wait_for_function(f"() => document.querySelectorAll('#chat .message.bot').length === {number}")
                page.locator("#chat .message.bot").last.get_by_text(re.compile("confidence|Did you mean")).wait_for()
            page.wait_for_function(SCROLLED_TO_THE_END)
            page.screenshot(path=str(ROOT / "docs" / name))
            page.close()
        with serving(bot, SHOP_PORT) as server:
            widget_screenshot(browser, server, SHOP_PORT)
        browser.close()
    app.close()


@contextmanager
def serving(bot: FAQBot, shop_port: int) -> Iterator[str]:
    """faqbot's server (API and widget script) on a free loopback port, allowing the example shop."""
    config = uvicorn.Config(create_app(bot, origins=(f"http://127.0.0.1:{shop_port}",)), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join()


if __name__ == "__main__":
    main()
