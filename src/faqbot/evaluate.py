"""Evaluation: how often the bot's first answer is right, and how often it rightly declines.

A query file is JSON Lines, one ``{"query": "...", "expect": ["heading", ...]}`` per line, or YAML,
a list of such items; an empty ``expect`` means the FAQ does not cover the question and the bot
should not answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from faqbot.answer import Answer
from faqbot.bot import FAQBot
from faqbot.corpus.entry import heading_key
from faqbot.corpus.loader import query_records
from faqbot.errors import CorpusError, QueryFileError
from faqbot.retrieval import OFFERED, offered_with, suggestions
from faqbot.spelling import corrections


@dataclass(frozen=True)
class Query:
    """One evaluation question and the headings that count as a right answer (none: decline)."""

    text: str
    expect: tuple[str, ...]
    kind: str = ""  # an optional label ("paraphrase", "off-topic", …) for reporting by kind
    source: str = ""  # "file:line", for errors about the query


def _ratio(part: float, whole: int) -> float:
    """A figure in 0..1, rounded for reports; 0 for an empty set (never NaN)."""
    return round(part / whole, 4) if whole else 0.0


# Answer thresholds `faqbot eval` replays beside the bot's own (evaluate's ``thresholds``), so an owner
# sees on their own questions what answering more (or less) would cost before setting --threshold.
SWEEP = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass
class AtThreshold:
    """What the bot's replies would have been with another answer threshold."""

    answered: int = 0  # covered queries answered
    answered_correct: int = 0
    declined: int = 0  # uncovered queries not answered


@dataclass
class Report:
    """Retrieval and abstention figures over a query set."""

    queries: int = 0
    covered: int = 0  # queries with an expected heading
    hits_at_1: int = 0
    reciprocal_ranks: float = 0.0
    hits_at_3: int = 0  # right entry among the three entries ask() returns by default
    hits_at_5: int = 0
    answered: int = 0  # covered queries the bot answered
    answered_correct: int = 0
    shown: int = 0  # covered queries whose right entry the chat's reply shows (see shown_entries)
    uncovered: int = 0
    declined: int = 0  # uncovered queries the bot declined
    misses: list[str] = field(default_factory=list)
    at_threshold: dict[float, AtThreshold] = field(default_factory=dict)  # the thresholds evaluate() was asked to replay

    def figures(self) -> dict[str, float]:
        """The headline figures, each a fraction in 0..1 (NaN-free: empty sets give 0)."""
        return {
            "queries": self.queries,
            "P@1": _ratio(self.hits_at_1, self.covered),
            "MRR@10": _ratio(self.reciprocal_ranks, self.covered),
            "R@3": _ratio(self.hits_at_3, self.covered),
            "R@5": _ratio(self.hits_at_5, self.covered),
            "answered": _ratio(self.answered, self.covered),
            "precision_answered": _ratio(self.answered_correct, self.answered),
            "wrong_asserted": _ratio(self.answered - self.answered_correct, self.covered),
            "right_shown": _ratio(self.shown, self.covered),
            "declined": _ratio(self.declined, self.uncovered),
        }

    def threshold_figures(self) -> dict[float, dict[str, float]]:
        """answered, precision when answered, wrong answers asserted and declined, at each threshold replayed."""
        return {
            threshold: {
                "answered": _ratio(at.answered, self.covered),
                "precision_answered": _ratio(at.answered_correct, at.answered),
                "wrong_asserted": _ratio(at.answered - at.answered_correct, self.covered),
                "declined": _ratio(at.declined, self.uncovered),
            }
            for threshold, at in sorted(self.at_threshold.items())
        }


# How a query file is written, for errors that say what it must be.
_WRITTEN = 'a query file is JSON Lines, one {"query": ..., "expect": [...]} per line, or YAML, a list of such items'


def load_queries(path: str | Path, kind: str | None = None) -> list[Query]:
    """Read a query file (only the queries of ``kind`` if given): JSON Lines, or a YAML list (.yaml,
    .yml); a malformed one raises QueryFileError naming the file and line. The one reader of query
    files: CLI, tests, benchmarks."""
    queries = []
    for number, item in _records(Path(path)):
        if not isinstance(item, dict):  # a JSON list on one line, or a list of bare questions
            raise QueryFileError(f'{path}:{number}: expected {{"query": ..., "expect": [...]}}, not {json.dumps(item, default=str)[:60]}; {_WRITTEN}')
        try:
            query = Query(text=item["query"], expect=_expected(item["expect"]), kind=str(item.get("kind", "")), source=f"{path}:{number}")
        except KeyError as exc:  # "expect" left out, or named otherwise ("relevant"): every question would count as one to decline
            hint = '; write "expect": [] for a question the FAQ should not answer' if exc.args[0] == "expect" else ""
            raise QueryFileError(f'{path}:{number}: expected {{"query": ..., "expect": [...]}} (no {exc.args[0]!r}{hint})') from None
        except (TypeError, AttributeError) as exc:
            raise QueryFileError(f'{path}:{number}: expected {{"query": ..., "expect": [...]}} ({exc})') from exc
        if kind is None or query.kind == kind:
            queries.append(query)
    return queries


def _records(path: Path) -> list[tuple[int, object]]:
    """A query file's records, each with its line: a YAML file's list items, or a JSON Lines file's
    lines, read as the FAQ's own files are (an error names the line, and what the file must be)."""
    if not path.is_file():
        raise QueryFileError(f"{path}: cannot read query file ({'a folder' if path.is_dir() else 'no such file'})")
    try:
        records = query_records(path)
    except CorpusError as exc:
        raise QueryFileError(f"{exc}; {_WRITTEN}") from None
    if records is None:
        raise QueryFileError(f"{path}:1: not a list; {_WRITTEN}")
    return records


def _expected(expect: object) -> tuple[str, ...]:
    """A query's expected headings: a list of them, or one written alone (read as one heading,
    not as its letters)."""
    headings = [expect] if isinstance(expect, str) else expect
    if not isinstance(headings, list) or not all(isinstance(heading, str) for heading in headings):
        raise TypeError(f"'expect' must be a list of headings, got {json.dumps(expect, default=str)[:80]}")
    return tuple(headings)


def shown_entries(reply: Answer) -> list[str]:
    """The entries a chat reply (asked with ``top_k=OFFERED``, as the chat asks) puts before the
    asker: the answer and the related questions under it, or the candidates of a "did you mean";
    a "not covered" reply shows none. "Right shown" counts a question whose right entry is among them."""
    return ([reply.heading] if reply.answered else []) + [offer.heading for offer in offered_with(reply)]


def _asked(answer: Answer) -> str:
    """A question as a miss names it: as typed, and the words read as others when misspelt words were
    corrected (a wrong correction is then one look away)."""
    changed = ", ".join(f"{typed!r} as {searched!r}" for typed, searched in corrections(answer.question, answer.corrected_question))
    return f"{answer.question!r} (read {changed})" if changed else repr(answer.question)


def _with_headings_of(bot: FAQBot, queries: list[Query]) -> list[Query]:
    """The queries with each expected heading spelt as the bot's entry is (matched in any case, and
    without a "Q:" label or number), or a QueryFileError naming every one no entry has: a mistyped
    heading would otherwise count as a wrong answer and quietly lower every figure."""
    headings = {heading_key(heading): heading for heading in bot.headings}
    unknown = [f"{query.source}: no entry is headed {heading!r}" for query in queries for heading in query.expect if heading_key(heading) not in headings]
    if unknown:
        raise QueryFileError("\n".join(unknown))
    return [replace(query, expect=tuple(headings[heading_key(heading)] for heading in query.expect)) for query in queries]


def _ranked(bot: FAQBot, question: str, first: list[str], top_k: int) -> list[str]:
    """The ``top_k`` headings a query's ranks are read from: the ``first`` three of the default reply
    (its answer, then its candidates), then the rest of a ``top_k``-entry reply in its order. That
    reply's own first three can differ (alternatives are ordered by score among more entries), so it
    only extends the list: R@5 is never below R@3."""
    if top_k <= len(first):
        return first[:top_k]
    more = bot.ask(question, top_k=top_k)
    return first + [heading for heading in [more.heading, *(alt.heading for alt in more.alternatives)] if heading not in first][: top_k - len(first)]


def _tally_thresholds(report: Report, answered_at: dict[float, bool], right_first: bool | None) -> None:
    """Add one query's replayed decisions; ``right_first`` is None for a query the FAQ does not cover."""
    for threshold, answered in answered_at.items():
        at = report.at_threshold.setdefault(threshold, AtThreshold())
        if right_first is None:
            at.declined += not answered
        else:
            at.answered += answered
            at.answered_correct += answered and right_first


def evaluate(bot: FAQBot, queries: list[Query], top_k: int = 10, thresholds: Iterable[float] = ()) -> Report:
    """Ask every query and tally ranks and abstentions, from the reply ``ask()`` and the chat give by
    default (``top_k=OFFERED``: its decision, what it shows, the first three ranks) and, for ranks
    past three, a ``top_k``-entry reply (see :func:`_ranked`). Each decision is also replayed at
    ``thresholds`` (:attr:`Report.at_threshold`; none by default: the replay ranks every query again)."""
    report = Report()
    thresholds = sorted(set(thresholds))
    for query in _with_headings_of(bot, queries):
        reply = bot.ask(query.text, top_k=OFFERED)
        answered_at = bot.answered_at(query.text, thresholds) if thresholds else {}
        report.queries += 1
        if not query.expect:
            _tally_thresholds(report, answered_at, None)
            report.uncovered += 1
            report.declined += not reply.answered
            if reply.answered:
                report.misses.append(f"answered an uncovered question: {_asked(reply)} -> {reply.heading!r}")
            continue
        first = [offer.heading for offer in suggestions(reply, least=0.0)]
        ranked = _ranked(bot, query.text, first, top_k)
        rank = next((i for i, heading in enumerate(ranked) if heading in query.expect), None)
        _tally_thresholds(report, answered_at, rank == 0)
        report.covered += 1
        report.hits_at_1 += rank == 0
        report.hits_at_3 += any(heading in query.expect for heading in first)
        report.hits_at_5 += rank is not None and rank < 5
        report.reciprocal_ranks += 1 / (rank + 1) if rank is not None else 0.0
        report.answered += reply.answered
        report.answered_correct += reply.answered and rank == 0
        report.shown += any(heading in query.expect for heading in shown_entries(reply))
        if rank != 0:
            report.misses.append(f"wrong first answer: {_asked(reply)} -> {reply.heading!r} (expected {query.expect[0]!r})")
        elif not reply.answered:
            held_back = f", held back: {reply.held_back}" if reply.held_back else ""
            report.misses.append(f"declined a covered question: {_asked(reply)} (score {reply.score}{held_back})")
    return report
