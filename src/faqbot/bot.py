"""FAQBot: corpus + model + index → answers; and ``ask()``, the shared default bot.

Settings resolve as: explicit arguments first, ``FAQBOT_*`` environment variables second,
defaults third (``corpus/`` and ``index/`` in the working folder, the bundled model).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

import numpy as np

from faqbot.answer import Alternative, Answer
from faqbot.corpus import Corpus, load_corpus
from faqbot.embeddings import Encoder
from faqbot.index import FAQIndex, open_index
from faqbot.retrieval import CONFIDENCE_THRESHOLD, Hit, confidence, rank

logger = logging.getLogger(__name__)

DEFAULT_CORPUS = "corpus"
DEFAULT_INDEX = "index"


def setting(value: str | None, variable: str, default: str | None) -> str | None:
    """Flag first, then the ``FAQBOT_*`` environment variable, then the default."""
    if value is not None:
        return value
    return os.environ.get(variable) or default


def corpus_location(corpus: str | Path | None) -> Path:
    """The corpus a bot reads: the argument, else ``FAQBOT_CORPUS``, else ``corpus/``."""
    return Path(setting(corpus and str(corpus), "FAQBOT_CORPUS", DEFAULT_CORPUS))


MAX_QUESTION_CHARS = 2000  # the model reads ~256 word pieces; more text only costs time
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _check_question(question: object) -> str:
    """Reject what cannot be a question, so callers learn about their mistake immediately."""
    if not isinstance(question, str):
        raise TypeError(f"question must be a str, not {type(question).__name__}")
    if not question.strip():
        raise ValueError("question is empty")
    return question


def valid_utf8(text: str) -> str:
    """``text`` with lone surrogates (from broken clients) replaced, so it can be encoded and sent back."""
    return text.encode("utf-8", "replace").decode("utf-8")


def searchable_text(question: str) -> str:
    """The question as the model and BM25 should see it: valid UTF-8, no control characters, bounded.

    Lone surrogates would crash the tokenizer and NULs mean nothing, so both are replaced; very
    long pastes are cut, as the model would ignore the rest anyway.
    """
    return " ".join(_CONTROL.sub(" ", valid_utf8(question)).split())[:MAX_QUESTION_CHARS]


class FAQBot:
    """A question-answering bot over one FAQ corpus.

    The corpus is parsed on construction (so a broken corpus fails fast with CorpusError);
    the index is opened — loaded, or built when missing or out of date — on construction too,
    so the first question is as fast as the rest. ``ask`` is safe to call from many threads.
    ``backend`` ("onnx", the default, or "torch"; ``FAQBOT_BACKEND``) picks the embedding path:
    the ONNX export of the model kept in the index folder, or sentence-transformers itself.
    """

    def __init__(
        self,
        corpus: str | Path | None = None,
        index_dir: str | Path | None = None,
        model: str | None = None,
        threshold: float = CONFIDENCE_THRESHOLD,
        progress: bool = True,
        backend: str | None = None,
    ) -> None:
        self.corpus_path = corpus_location(corpus)
        self.index_dir = Path(setting(index_dir and str(index_dir), "FAQBOT_INDEX", DEFAULT_INDEX))
        self.threshold = threshold
        self.encoder = Encoder(setting(model, "FAQBOT_MODEL", None), cache_dir=self.index_dir, backend=setting(backend, "FAQBOT_BACKEND", "onnx"))
        self.corpus: Corpus = load_corpus(self.corpus_path)
        self.index: FAQIndex = open_index(self.corpus, self.encoder, self.index_dir, progress=progress)
        self.encoder.load()

    def reload(self) -> None:
        """Re-read the corpus and swap in its index (rebuilt where it changed); raises CorpusError.

        Questions already running keep the index they started with (see :meth:`ask`).
        """
        corpus = load_corpus(self.corpus_path)
        index = open_index(corpus, self.encoder, self.index_dir, progress=False)
        self.corpus, self.index = corpus, index

    @property
    def description(self) -> str:
        """The corpus preamble, used as the bot's introduction."""
        return self.index.description

    @property
    def headings(self) -> list[str]:
        """Every FAQ heading, in corpus order."""
        return [entry.heading for entry in self.index.entries]

    @property
    def categories(self) -> list[str]:
        """The corpus's categories (empty when it has none), for ``ask(..., category=...)``."""
        return self.index.categories

    def ask(self, question: str, top_k: int = 3, category: str | None = None) -> Answer:
        """Answer ``question`` with the best FAQ entry and up to ``top_k - 1`` alternatives.

        ``category`` restricts the search to one of :attr:`categories`.
        """
        question = _check_question(question)
        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, got {top_k}")
        index = self.index  # one snapshot: a reload swapping in a new index does not mix the two
        text = searchable_text(question)
        vector, tokens = self.encoder.encode_query(text)
        hits = rank(index, vector, tokens, text, limit=max(top_k, 2), category=category)
        best = hits[0]
        score = confidence(best, hits[1] if len(hits) > 1 else None)
        entry = index.entries[best.entry]
        return Answer(
            question=question,
            heading=entry.heading,
            passage=index.passages[best.passage].text,
            answer=entry.answer,
            score=round(score, 4),
            answered=score >= self.threshold,
            source=entry.source,
            alternatives=tuple(_alternative(index, hit, best) for hit in hits[1:top_k]),
            category=entry.category,
        )


def _alternative(index: FAQIndex, hit: Hit, best: Hit) -> Alternative:
    """A runner-up, scored on the same 0..1 scale: its confidence measured against the winner."""
    entry = index.entries[hit.entry]
    return Alternative(
        heading=entry.heading,
        passage=index.passages[hit.passage].text,
        score=round(confidence(hit, best), 4),
        category=entry.category,
    )


_default_bot: FAQBot | None = None
_default_lock = threading.Lock()


def default_bot() -> FAQBot:
    """The process-wide bot over ``FAQBOT_CORPUS``/``FAQBOT_INDEX`` (or corpus/ and index/), built once."""
    global _default_bot
    with _default_lock:
        if _default_bot is None:
            _default_bot = FAQBot()
        return _default_bot


def ask(question: str, top_k: int = 3, category: str | None = None) -> Answer:
    """Answer ``question`` from the default FAQ bot (see :func:`default_bot`); see :meth:`FAQBot.ask`."""
    return default_bot().ask(question, top_k=top_k, category=category)
