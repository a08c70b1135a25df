"""Regenerate docs/screenshot.png: a real conversation with the seed FAQ in Debian's Chromium.

    HF_HUB_OFFLINE=1 .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from faqbot import FAQBot
from faqbot.ui import CSS, build_app

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ["Has North Korea sent soldiers to help Russia?", "How do I renew my passport?"]


def main() -> None:
    bot = FAQBot(corpus=ROOT / "corpus", index_dir=tempfile.mkdtemp(), progress=False)
    app = build_app(bot)
    _, url, _ = app.launch(prevent_thread_lock=True, css=CSS, quiet=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1000, "height": 1100})
        page.goto(url)
        for number, question in enumerate(QUESTIONS, start=1):
            page.get_by_placeholder("Ask a question…").fill(question)
            page.get_by_placeholder("Ask a question…").press("Enter")
            page.wait_for_function(f"() => document.querySelectorAll('#chat .message.bot').length === {number}")
        page.wait_for_timeout(500)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=True)
        browser.close()
    app.close()


if __name__ == "__main__":
    main()
