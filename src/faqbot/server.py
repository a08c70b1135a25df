"""The web server behind ``faqbot serve``: the chat page plus a small JSON API, on one port.

    POST /api/ask        {"question": "...", "top_k": 3, "category": null, "offered": []}  →  the
                         Answer as JSON, plus "excerpt": what a chat shows of its answer (all of
                         a short one), "offers": the entries the chat offers with it,
                         [{"question", "heading"}] (:func:`faqbot.retrieval.reply_data`), and its
                         "id" when the server records questions (``--learn``). "offered" names the
                         candidates of the asker's last "did you mean": a question that picks one
                         in words ("the second one") asks it, and "picked" names it; a yes to
                         several is answered with them again, "reoffered": true (no "id": a pick
                         then belongs to the question the candidates were offered for), and a no
                         to them ("none of these") is "not covered", "refused": true (no "id")
    POST /api/feedback   {"id": "...", "helpful": true}  →  {"ok": true}; 404 for an unknown id
    POST /api/choose     {"id": "...", "heading": "..."}  →  {"ok": true}; the entry picked from those
                         offered ("did you mean" candidates, related questions under an answer), by
                         its heading or, for one asked in two sections, its name with the section

With a log-in and ``--learn``, the owner's review is served too (:mod:`faqbot.review_page`):
the page at /review, and GET /api/review, POST /api/review/approve and /api/review/reject.

The API is a plain FastAPI route rather than a Gradio event: it skips Gradio's per-request
session machinery, which makes it markedly faster under many concurrent clients (README,
Performance). The chat page is Gradio, mounted at "/". Both sit behind :class:`faqbot.gate.Gate`,
which refuses Gradio's file routes and demands the one log-in.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import uvicorn
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, StrictBool

from faqbot.bot import FAQBot
from faqbot.gate import Credentials, Gate
from faqbot.learning.store import QuestionStore
from faqbot.picks import picked_offer
from faqbot.retrieval import OFFERED, did_you_mean, reply_data
from faqbot.review_page import add_review_routes
from faqbot.settings import LOOPBACK
from faqbot.text import MAX_QUESTION_CHARS, valid_utf8
from faqbot.ui import CSS, HEAD, NONE_OF_THESE, NOT_COVERED, OTHERWISE, RELATED_PROMPT, SORRY, THEME, WHICH_ONE, ChatOptions, build_app, gr, question_log
from faqbot.watch import CorpusWatcher

logger = logging.getLogger(__name__)
WIDGET = Path(__file__).with_name("static") / "widget.js"
# The widget's script reads the chat page's wording from the server, not copies (inside JS strings).
WIDGET_SETTINGS = {
    placeholder: json.dumps(text)[1:-1]
    for placeholder, text in {
        "%RELATED_PROMPT%": RELATED_PROMPT,
        "%DID_YOU_MEAN_ONE%": did_you_mean(1),
        "%DID_YOU_MEAN_SEVERAL%": did_you_mean(OFFERED),
        "%OTHERWISE%": OTHERWISE,
        "%WHICH_ONE%": WHICH_ONE,
        "%NONE_OF_THESE%": NONE_OF_THESE,
        "%SORRY%": SORRY,
        "%NOT_COVERED%": NOT_COVERED,
    }.items()
}


def widget_script() -> str:
    """The widget's code with the chat page's settings filled in."""
    script = WIDGET.read_text(encoding="utf-8")
    for placeholder, value in WIDGET_SETTINGS.items():
        script = script.replace(placeholder, value)
    return script


class AskRequest(BaseModel):
    """Body of ``POST /api/ask``. ``offered``: the questions the asker's latest reply offered, for
    a reply in words: the candidates of a "did you mean", which "yes" or "the second one" picks; or,
    with ``answered`` naming the answer it gave, the related questions under it, offered again when
    the asker says the answer was wrong ("no, that's not what I asked")."""

    question: str
    top_k: int = Field(default=3, ge=1, le=50)
    category: str | None = None
    offered: list[Annotated[str, Field(max_length=MAX_QUESTION_CHARS, pattern=r"\S")]] = Field(default_factory=list, max_length=10)
    answered: str = Field(default="", max_length=MAX_QUESTION_CHARS)


class FeedbackRequest(BaseModel):
    """Body of ``POST /api/feedback``: the asker's verdict on one answer, named by the id /api/ask returned."""

    id: str = Field(max_length=64)
    helpful: StrictBool


class ChoiceRequest(BaseModel):
    """Body of ``POST /api/choose``: the entry an asker picked from those offered with an answer, named by its id."""

    id: str = Field(max_length=64)
    heading: str = Field(max_length=2000)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming each bad field, without echoing the values (NaN or broken Unicode cannot be sent back as JSON)."""
    problems = [{"loc": list(error.get("loc", ())), "msg": str(error.get("msg", "invalid"))} for error in exc.errors()]
    return JSONResponse({"detail": problems}, status_code=422)


IDLE_POLL_S = 0.05  # how often the chat's queue looks for work when idle (README, Performance)
PROGRESS_POLL_S = 0.2  # replies send no progress updates; Gradio checks for them anyway


def _poll_gently(page: gr.Blocks) -> None:
    """Make Gradio's queue look for new chat events every 50 ms (as it does on Windows), not every millisecond.

    Its loops otherwise wake about a thousand times a second on an idle server; a chat reply
    waits at most 50 ms more for its turn, which nobody notices next to the answer itself.
    """
    page._queue.sleep_when_free = IDLE_POLL_S
    page._queue.progress_update_sleep_when_free = PROGRESS_POLL_S


def create_app(
    bot: FAQBot, auth: Credentials | None = None, log_questions: bool = False, chat: ChatOptions | None = None, origins: tuple[str, ...] = (),
    store: QuestionStore | None = None,
) -> FastAPI:
    """The ASGI app: JSON API under /api, the widget's script, the Gradio chat at /, all behind the gate.

    ``origins`` are the web origins whose pages may call the API from a browser (the widget);
    every other origin is refused by the browser's CORS check. With a ``store`` (``--learn``)
    every question is recorded there, answers carry an id, and feedback is taken.
    """
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if store is not None:  # uvicorn re-raises SIGTERM once shut down: write every recorded question first
            await asyncio.to_thread(store.flush)

    api = FastAPI(title="faqbot", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    api.add_exception_handler(RequestValidationError, _validation_error)

    script = widget_script()

    @api.get("/widget.js", include_in_schema=False)
    def widget() -> Response:
        """The embeddable chat bubble (see README): static code, nothing about the corpus."""
        return Response(script, media_type="text/javascript", headers={"cache-control": "public, max-age=3600"})

    @api.post("/api/ask")
    def ask(request: AskRequest) -> dict:
        """Answer one question with the best FAQ entry, its confidence and the next-best entries."""
        question = valid_utf8(request.question)
        if log_questions:
            question_log.info("question: %r", question)
        if request.answered:
            rejected = bot.rejected(question, request.answered, request.offered)
            if rejected is not None:
                return reply_data(rejected) | {"rejected": True}
        offered = [] if request.answered else request.offered  # related questions are picked by a click only
        picked = picked_offer(question, offered)
        again = bot.reoffer(question, offered)
        if again is not None:
            return reply_data(again) | {"reoffered": True}
        nothing_better = bot.refused(question, offered)
        if nothing_better is not None:
            return reply_data(nothing_better) | {"refused": True}
        try:
            answer = bot.ask(picked or question, top_k=request.top_k, category=request.category)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        data = reply_data(answer) | ({"picked": picked} if picked else {})
        return data | ({"id": store.record(answer)} if store is not None else {})

    @api.post("/api/feedback")
    def feedback(request: FeedbackRequest) -> dict:
        """Record whether an answer helped (👍/👎); the owner's review lists the unhelpful ones."""
        if store is None:
            raise HTTPException(status_code=404, detail="this server does not record feedback (start it with --learn)")
        if not store.feedback(request.id, request.helpful):
            raise HTTPException(status_code=404, detail="no answer has this id")
        return {"ok": True}

    @api.post("/api/choose")
    def choose(request: ChoiceRequest) -> dict:
        """Record which candidate of a "did you mean" answer the asker picked; the review suggests it."""
        if store is None:
            raise HTTPException(status_code=404, detail="this server does not record questions (start it with --learn)")
        if request.heading not in bot.headings and request.heading not in bot.index.layout.headings:  # as written, or told apart
            raise HTTPException(status_code=422, detail="heading: not a question of this FAQ")
        if not store.choose(request.id, request.heading):
            raise HTTPException(status_code=404, detail="no answer has this id")
        return {"ok": True}

    add_review_routes(api, bot, store, auth)
    page = build_app(bot, log_questions=log_questions, options=chat, store=store).queue(default_concurrency_limit=8)
    _poll_gently(page)
    gr.mount_gradio_app(api, page, path="/", footer_links=[], mcp_server=False, theme=THEME, css=CSS, head=HEAD, show_error=False, run_history=False, max_file_size=1)
    # Gradio checks that files named in requests are ones it may serve only once it counts as
    # launched, which mounting never sets; the gate refuses its file routes as well.
    page.has_launched = True
    api.add_middleware(Gate, credentials=auth)
    # Outermost, so browsers' preflight requests are answered before the log-in is asked for; set
    # even with no origins, so that Gradio does not add its own, more permissive CORS headers.
    api.add_middleware(CORSMiddleware, allow_origins=list(origins), allow_methods=["POST"], allow_headers=["content-type"])
    return api


def serve(
    bot: FAQBot, host: str = "127.0.0.1", port: int = 7860, auth: Credentials | None = None,
    log_questions: bool = False, watch: bool = False, chat: ChatOptions | None = None, origins: tuple[str, ...] = (),
    store: QuestionStore | None = None,
) -> None:
    """Serve until interrupted. Loopback unless told otherwise; never a public share link.

    With ``watch``, corpus edits are rebuilt in the background and swapped in live. Port 0
    takes any free port; the address actually bound is printed on standard error.
    """
    if host not in LOOPBACK and auth is None:
        logger.warning("serving on %s without a log-in: anyone who can reach this address can use the bot", host)
    listener = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    shown = f"[{host}]" if ":" in host else host
    print(f"faqbot: {len(bot.headings)} FAQ entries; chat at http://{shown}:{listener.getsockname()[1]}/", file=sys.stderr, flush=True)
    watcher = CorpusWatcher(bot).start() if watch else None
    try:
        config = uvicorn.Config(create_app(bot, auth, log_questions, chat, origins, store), log_level="warning", access_log=False)
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        if watcher is not None:
            watcher.stop()
        if store is not None:
            store.close()
