"""FAQBot: corpus + model + index → answers; and ``ask()``, the shared default bot.

Settings resolve as: explicit arguments first, ``FAQBOT_*`` environment variables second,
defaults third (``corpus/`` and ``index/`` in the working folder, the bundled model); see
:mod:`faqbot.settings`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from faqbot import adapt, embeddings
from faqbot.adapt import Adaptation
from faqbot.answer import Alternative, Answer
from faqbot.corpus import Corpus, load_corpus
from faqbot.embeddings import Encoder
from faqbot.index import FAQIndex, index_lock, open_index
from faqbot.index.store import corpus_fingerprint
from faqbot.picks import agrees, refuses, rejects
from faqbot.retrieval import AMBIGUOUS, ANSWERED, NOT_COVERED, RERANK, Decision, Hit, decide, likeliest_first, rank, runners_up
from faqbot.settings import resolve
from faqbot.small_talk import HELP, HELP_QUESTIONS
from faqbot.text import searchable_text

logger = logging.getLogger(__name__)


def corpus_location(corpus: str | Path | None) -> Path:
    """The corpus a bot reads: the argument, else ``FAQBOT_CORPUS``, else ``corpus/``."""
    return Path(resolve("corpus", corpus))


def _check_question(question: object) -> str:
    """Reject what cannot be a question, so callers learn about their mistake immediately."""
    if not isinstance(question, str):
        raise TypeError(f"question must be a str, not {type(question).__name__}")
    if not question.strip():
        raise ValueError('the question is empty; ask something, e.g. "How do I ...?"')
    return question


class FAQBot:
    """A question-answering bot over one FAQ corpus.

    The corpus is parsed on construction (so a broken corpus fails fast with CorpusError);
    the index is opened — loaded, or built when missing or out of date — on construction too,
    so the first question is as fast as the rest. ``ask`` is safe to call from many threads.
    ``backend`` ("onnx", the default, or "torch"; ``FAQBOT_BACKEND``) picks the embedding path:
    the ONNX export of the model kept in the index folder, or sentence-transformers itself.
    ``encoder`` replaces the model altogether (anything with Encoder's methods; tests use a fake).
    ``tune`` (on by default; ``FAQBOT_TUNE``) embeds with a copy of the model adapted to the corpus
    (:mod:`faqbot.adapt`), made when the corpus is first indexed and kept in the index folder;
    ``retune`` makes it again for the corpus as it is now. ``threshold`` (``FAQBOT_THRESHOLD``; by
    default the one docs/quality.md chose across FAQs) is the confidence an answer needs to be
    asserted: an owner who would rather answer more, at the cost of more wrong answers, lowers it.
    """

    def __init__(
        self,
        corpus: str | Path | None = None,
        index_dir: str | Path | None = None,
        model: str | None = None,
        threshold: float | None = None,
        progress: bool = True,
        backend: str | None = None,
        encoder: Encoder | None = None,
        tune: bool | None = None,
        retune: bool = False,
    ) -> None:
        self.corpus_path = corpus_location(corpus)
        self.index_dir = Path(resolve("index", index_dir))
        self.threshold: float = resolve("threshold", threshold)
        self.max_corpus_mb = resolve("max_corpus_mb")
        self.corpus: Corpus = load_corpus(self.corpus_path, self.max_corpus_mb)
        self.adaptation: Adaptation | None = None
        if encoder is None:
            backend = resolve("backend", backend)
            encoder = Encoder(resolve("model", model), cache_dir=self.index_dir, backend=backend, progress=progress)
            if resolve("tune", tune):
                encoder = self._adapted(encoder, backend, retune, progress)
        self.encoder = encoder
        self.index: FAQIndex = open_index(self.corpus, self.encoder, self.index_dir, progress=progress, adaptation=self.adaptation)
        self.encoder.load()
        logger.info("%s: %d entries, index in %s, %s embeddings", self.corpus_path, len(self.index.entries), self.index_dir, self.encoder.backend)

    def _adapted(self, base: Encoder, backend: str, retune: bool, progress: bool) -> Encoder:
        """The encoder of the model adapted to this corpus (see :mod:`faqbot.adapt`), or ``base``."""

        def weights_needed(identity: str) -> bool:  # the export, verified on its own, is all answering reads
            return backend == "torch" or not embeddings.export_folder(self.index_dir, identity).exists()

        fingerprint = corpus_fingerprint(self.corpus)
        self.adaptation = adapt.current(self.corpus, base.identity, fingerprint, self.index_dir, weights_needed) if not retune else None
        if self.adaptation is None:
            with index_lock(self.index_dir):
                self.adaptation = adapt.adapt(self.corpus, base.path, base.identity, fingerprint, self.index_dir, weights_needed, retune=retune, progress=progress)
        if self.adaptation.model is None:
            return base
        return Encoder(str(self.adaptation.model), cache_dir=self.index_dir, backend=backend, identity=self.adaptation.identity, progress=progress)

    def reload(self) -> None:
        """Re-read the corpus and swap in its index (rebuilt where it changed); raises CorpusError.

        Questions already running keep the index they started with (see :meth:`ask`).
        """
        corpus = load_corpus(self.corpus_path, self.max_corpus_mb)
        if self.adaptation is not None:
            adapt.advise(self.adaptation.record, corpus, corpus_fingerprint(corpus))
        index = open_index(corpus, self.encoder, self.index_dir, progress=False, adaptation=self.adaptation)
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

    def rank(self, question: str, limit: int = RERANK, category: str | None = None, index: FAQIndex | None = None) -> list[Hit]:
        """The entries ``question`` asks for, best first (at least RERANK; see :func:`faqbot.retrieval.rank`).

        The question is ranked as cleaned (:func:`searchable_text`) and with its misspellings
        corrected towards the FAQ's words (:mod:`faqbot.spelling`). ``index`` is the snapshot to
        rank in (the current one by default).
        """
        return self._searched(searchable_text(question), limit, category, self.index if index is None else index)[0]

    def _searched(self, cleaned: str, limit: int, category: str | None, index: FAQIndex) -> tuple[list[Hit], str]:
        """The hits for a question ``cleaned`` by :func:`searchable_text`, and the question as searched
        when correcting its spelling changed it ("" otherwise)."""
        text = index.spelling.correct(cleaned)
        vector, tokens = self.encoder.encode_query(text)
        return rank(index, vector, tokens, text, limit=limit, category=category), text if text != cleaned else ""

    def _help_rankings(self, index: FAQIndex, limit: int, category: str | None) -> Iterator[tuple[str, list[Hit]]]:
        """Each of :data:`faqbot.small_talk.HELP_QUESTIONS`, which a request for help ("help me", "I
        need help") asks of the FAQ, with its hits, each ranked only when the one before is not enough."""
        for question in HELP_QUESTIONS:
            yield question, self._searched(question, limit, category, index)[0]

    def ask(self, question: str, top_k: int = 3, category: str | None = None) -> Answer:
        """Answer ``question`` with the best FAQ entry and up to ``top_k - 1`` alternatives.

        ``category`` restricts the search to one of :attr:`categories`. A request for help is
        answered by the FAQ's entry for it, when it has one it is sure of (see :func:`_helped`).
        """
        question = _check_question(question)
        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, got {top_k}")
        index = self.index  # one snapshot: a reload swapping in a new index does not mix the two
        cleaned = searchable_text(question)  # the rules on messages read it too: "ｈｉ" is "hi"
        hits, corrected = self._searched(cleaned, max(top_k, RERANK), category, index)
        decision = decide(index, hits, self.threshold, message=cleaned)
        helped = _helped(index, self._help_rankings(index, max(top_k, RERANK), category), self.threshold) if decision.small_talk == HELP else None
        if helped:
            (hits, decision), corrected = helped, ""
        hits, score = likeliest_first(hits, decision)
        best = hits[0]
        entry = index.entries[best.entry]
        ranked = runners_up(hits, top_k)
        return Answer(
            question=question,
            heading=entry.heading,
            passage=index.passages[best.passage].text,
            answer=entry.answer,
            score=round(score, 4),
            answered=decision.reason == ANSWERED,
            source=entry.source,
            alternatives=tuple(_alternative(index, hit, against) for hit, against in ranked),
            category=entry.category,
            reason=decision.reason,
            small_talk=decision.small_talk,
            corrected_question="" if decision.small_talk else corrected,  # small talk is replied to, not searched
            held_back=decision.held_back,
            offered_as=tuple(index.layout.headings[hit.entry] for hit in [best, *(hit for hit, _ in ranked)]),
        )

    def reoffer(self, question: str, offered: Sequence[str]) -> Answer | None:
        """A "did you mean" over ``offered`` again: the candidates of the asker's latest one, by the
        names the chat showed, when ``question`` agrees without saying which ("yes" to three; see
        :func:`faqbot.picks.agrees`). Asked as it is, "yes" is small talk and the candidates are
        gone. Nothing is weighed, so every score is 0. None for any other question, or when fewer
        than two of ``offered`` name an entry (a name is a heading as written, or told apart by its
        section): the chat and the API then ask the question as usual."""
        if len(offered) < 2 or not agrees(question):
            return None
        index = self.index
        found = _named_entries(index, offered)
        if len(found) < 2:
            return None
        best, *others = found
        return _unweighed_answer(question, index, best, AMBIGUOUS, others)

    def refused(self, question: str, offered: Sequence[str]) -> Answer | None:
        """A "not covered" reply, when ``question`` says no to every candidate of the asker's latest
        "did you mean" (``offered``, by the names the chat showed; see :func:`faqbot.picks.refuses`):
        the FAQ has nothing better. Asked as it is, "no" is small talk, answered as if the asker had
        been helped, and "none of these" is searched. The best guess named is the first candidate,
        with score 0. None for any other question, or when no name of ``offered`` names an entry."""
        if not offered or not refuses(question):
            return None
        index = self.index  # one snapshot: ``serve --watch`` may swap the index meanwhile
        found = _named_entries(index, offered)
        return _unweighed_answer(question, index, found[0], NOT_COVERED) if found else None

    def rejected(self, question: str, answered: str, related: Sequence[str]) -> Answer | None:
        """The reply when ``question`` says no to the answer just given ("wrong", "that's not what I
        asked"; see :func:`faqbot.picks.rejects`): a "did you mean" over the ``related`` questions the
        chat showed under it, or "not covered", with the answer as the best guess, when it showed
        none. ``answered`` is that answer's heading; both are by the names the chat showed. Asked as
        it is, "no" is small talk ("Anything else?"), as if the asker had been helped. None for any
        other question, or when ``answered`` names no entry."""
        if not rejects(question):
            return None
        index = self.index  # one snapshot: ``serve --watch`` may swap the index meanwhile
        shown, others = _named_entries(index, [answered]), _named_entries(index, related)
        if not shown:
            return None
        if not others:
            return _unweighed_answer(question, index, shown[0], NOT_COVERED)
        return _unweighed_answer(question, index, others[0], AMBIGUOUS, others[1:])

    def answered_at(self, question: str, thresholds: Iterable[float]) -> dict[float, bool]:
        """Whether ``question`` would be answered with each of ``thresholds`` as the bot's own: its
        decision replayed on one ranking, so `faqbot eval` can show an owner what another costs."""
        index, cleaned = self.index, searchable_text(_check_question(question))
        hits = self._searched(cleaned, RERANK, None, index)[0]
        decisions = {threshold: decide(index, hits, threshold, message=cleaned) for threshold in thresholds}
        asked_for_help = any(decision.small_talk == HELP for decision in decisions.values())
        rankings = list(self._help_rankings(index, RERANK, None)) if asked_for_help else []  # ranked once, decided at each threshold
        return {
            threshold: decision.reason == ANSWERED or (decision.small_talk == HELP and _helped(index, rankings, threshold) is not None)
            for threshold, decision in decisions.items()
        }


def _helped(index: FAQIndex, rankings: Iterable[tuple[str, list[Hit]]], threshold: float) -> tuple[list[Hit], Decision] | None:
    """The hits and the decision for the first help question of ``rankings`` (see
    :meth:`FAQBot._help_rankings`) that the FAQ answers at ``threshold``: with an entry its owner
    wrote for it ("What can I ask this chat about?"). None when it answers none: the request is
    then replied to as small talk, saying how to ask."""
    for question, hits in rankings:
        decision = decide(index, hits, threshold, message=question)
        if decision.reason == ANSWERED:
            return hits, decision
    return None


def _named_entries(index: FAQIndex, names: Sequence[str]) -> list[int]:
    """The entries ``names`` name, in order and once each: a name is a heading as written, or as the
    chat shows it, told apart by its section. Names of no entry are left out."""
    named: dict[str, int] = {}
    for e, (name, entry) in enumerate(zip(index.layout.headings, index.entries, strict=True)):
        named.setdefault(name, e)
        named.setdefault(entry.heading, e)
    return list(dict.fromkeys(named[name] for name in names if name in named))


def _openings(index: FAQIndex, wanted: Sequence[int]) -> dict[int, str]:
    """The first passage of each entry in ``wanted``, in one pass over the passages: what a reply
    that weighed nothing shows of them."""
    opening: dict[int, str] = {}
    for passage in index.passages:
        if passage.entry in wanted:
            opening.setdefault(passage.entry, passage.text)
    return opening


def _unweighed_answer(question: str, index: FAQIndex, e: int, reason: str, others: Sequence[int] = ()) -> Answer:
    """A reply about entry ``e`` (and ``others`` as candidates beside it) decided from the
    conversation rather than by ranking: every score 0, nothing asserted."""
    entry, opening = index.entries[e], _openings(index, [e, *others])
    return Answer(
        question=_check_question(question),
        heading=entry.heading,
        passage=opening[e],
        answer=entry.answer,
        score=0.0,
        answered=False,
        source=entry.source,
        alternatives=tuple(Alternative(index.entries[o].heading, opening[o], 0.0, index.entries[o].category) for o in others),
        category=entry.category,
        reason=reason,
        offered_as=tuple(index.layout.headings[i] for i in [e, *others]),
    )


def _alternative(index: FAQIndex, hit: Hit, score: float) -> Alternative:
    """A runner-up with its ``score``, its confidence measured against the winner (:func:`runners_up`)."""
    entry = index.entries[hit.entry]
    return Alternative(
        heading=entry.heading,
        passage=index.passages[hit.passage].text,
        score=score,
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
