"""Regenerate docs/screenshot.png (desktop) and docs/screenshot-phone.png: real conversations with
the seed FAQ in Debian's Chromium.

    HF_HUB_OFFLINE=1 .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from faqbot import FAQBot
from faqbot.ui import CSS, build_app

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ["Has North Korea sent soldiers to help Russia?", "Could these ties raise tensions in the region?"]
VIEWS = {"screenshot.png": {"width": 1280, "height": 800}, "screenshot-phone.png": {"width": 390, "height": 844}}


def main() -> None:
    bot = FAQBot(corpus=ROOT / "corpus", index_dir=tempfile.mkdtemp(), progress=False)
    app = build_app(bot)
    _, url, _ = app.launch(prevent_thread_lock=True, css=CSS, quiet=True)
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
            page.screenshot(path=str(ROOT / "docs" / name))
            page.close()
        browser.close()
    app.close()


if __name__ == "__main__":
    main()
