"""The web server behind ``faqbot serve``: the chat page plus a small JSON API, on one port.

    POST /api/ask   {"question": "...", "top_k": 3, "category": null}  →  the Answer as JSON

The API is a plain FastAPI route rather than a Gradio event: it skips Gradio's per-request
session machinery, which on a 2-core machine is the difference between ~110 and ~150 answers a
second under 50 concurrent clients (benchmarks/load.py). The chat page is Gradio, mounted at "/".
"""

from __future__ import annotations

import logging
import secrets

import uvicorn
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel, Field

from faqbot.bot import FAQBot
from faqbot.ui import CSS, build_app, gr, question_log
from faqbot.watch import CorpusWatcher

logger = logging.getLogger(__name__)
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class AskRequest(BaseModel):
    """Body of ``POST /api/ask``."""

    question: str
    top_k: int = Field(default=3, ge=1, le=50)
    category: str | None = None


def _basic_auth(auth: tuple[str, str] | None):
    """A dependency that demands the same USER:PASSWORD as the chat page (none when auth is off)."""
    if auth is None:
        return lambda: None
    scheme = HTTPBasic()

    def check(credentials: HTTPBasicCredentials = Depends(scheme)) -> None:
        user_ok = secrets.compare_digest(credentials.username.encode(), auth[0].encode())
        password_ok = secrets.compare_digest(credentials.password.encode(), auth[1].encode())
        if not (user_ok and password_ok):
            raise HTTPException(status_code=401, detail="wrong user or password", headers={"WWW-Authenticate": "Basic"})

    return check


def create_app(bot: FAQBot, auth: tuple[str, str] | None = None, log_questions: bool = False) -> FastAPI:
    """The ASGI app: JSON API under /api, the Gradio chat at /."""
    api = FastAPI(title="faqbot", docs_url=None, redoc_url=None, openapi_url=None)

    @api.post("/api/ask", dependencies=[Depends(_basic_auth(auth))])
    def ask(request: AskRequest) -> dict:
        """Answer one question with the best FAQ entry, its confidence and the next-best entries."""
        if log_questions:
            question_log.info("question: %r", request.question)
        try:
            return bot.ask(request.question, top_k=request.top_k, category=request.category).to_dict()
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc

    chat = build_app(bot, log_questions=log_questions).queue(default_concurrency_limit=8)
    return gr.mount_gradio_app(api, chat, path="/", auth=auth, footer_links=[], mcp_server=False, css=CSS, show_error=False)


def serve(bot: FAQBot, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None, log_questions: bool = False, watch: bool = False) -> None:
    """Serve until interrupted. Loopback unless told otherwise; never a public share link.

    With ``watch``, corpus edits are rebuilt in the background and swapped in live.
    """
    if host not in LOOPBACK and auth is None:
        logger.warning("serving on %s without --auth: anyone who can reach this address can use the bot", host)
    watcher = CorpusWatcher(bot).start() if watch else None
    try:
        uvicorn.run(create_app(bot, auth, log_questions), host=host, port=port, log_level="warning", access_log=False)
    finally:
        if watcher is not None:
            watcher.stop()
