"""The owner's review in the web server: the page at /review and the JSON routes behind it.

    GET  /review               the page (static; it fetches the list below)
    GET  /api/review           {"suggestions": [...], "new_topics": [...], "headings": [...]}
    POST /api/review/approve   {"id": "...", "heading": "..."}  →  {"question": ..., "heading": ...}
    POST /api/review/reject    {"id": "..."}                    →  {"question": ...}

The review shows what people asked, so it is served only behind a log-in (``--auth``): without
one every route answers 403 saying so. Without ``--learn`` there is nothing to review (404).
The decisions change the FAQ, so they are refused from pages of other origins too, whatever
the browser would send along.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from faqbot.bot import FAQBot
from faqbot.errors import ReviewError, UnknownQuestionError
from faqbot.gate import Credentials
from faqbot.learning.review import approve, reject, review
from faqbot.learning.store import QuestionStore

PAGE = Path(__file__).with_name("static") / "review.html"
NEEDS_LOGIN = "the review shows what people asked, so it needs a log-in: start `faqbot serve` with --auth"
NEEDS_LEARN = "nothing is recorded to review: start `faqbot serve` with --learn"


class Decision(BaseModel):
    """Body of the approve and reject routes; ``heading`` (approve only) overrides the suggested entry."""

    id: str = Field(max_length=64)
    heading: str | None = Field(default=None, max_length=1000)


def _same_origin(request: Request) -> None:
    """A decision must come from this server's own page: a browser names the page's origin, and it must be ours."""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(status_code=403, detail="review decisions are taken from this server's own review page only")


def add_review_routes(api: FastAPI, bot: FAQBot, store: QuestionStore | None, auth: Credentials | None) -> None:
    """Mount the review page and its routes on ``api`` (refusing them where they must not be served)."""

    def reviewable_store() -> QuestionStore:
        """The store, where the review may be served at all: behind a log-in, with questions recorded."""
        if auth is None:
            raise HTTPException(status_code=403, detail=NEEDS_LOGIN)
        if store is None:
            raise HTTPException(status_code=404, detail=NEEDS_LEARN)
        return store

    @api.get("/review", include_in_schema=False)
    def review_page() -> FileResponse:
        reviewable_store()
        return FileResponse(PAGE, media_type="text/html", headers={"cache-control": "no-store"})

    @api.get("/api/review")
    def review_list() -> dict:
        """What to look at, most asked first, and every entry an approval can choose, by name (a
        heading asked in two sections named with its section)."""
        return review(reviewable_store(), bot).to_dict() | {"headings": bot.index.layout.headings}

    @api.post("/api/review/approve")
    def review_approve(decision: Decision, request: Request) -> dict:
        """Add the question as an alternate of its entry (in the learned file); live on the next reload."""
        _same_origin(request)
        try:
            question, heading = approve(reviewable_store(), bot.corpus_path, decision.id, decision.heading)
        except UnknownQuestionError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        except ReviewError as exc:  # a heading the FAQ does not have
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        return {"question": question, "heading": heading}

    @api.post("/api/review/reject")
    def review_reject(decision: Decision, request: Request) -> dict:
        """Stop suggesting the question."""
        _same_origin(request)
        try:
            return {"question": reject(reviewable_store(), decision.id)}
        except UnknownQuestionError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
