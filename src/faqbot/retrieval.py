"""Retrieval and scoring: a query vector → FAQ entries ranked by a combined similarity.

An entry is scored from three similarities (see :func:`faqbot.index.row_texts`): query vs.
heading, query vs. heading + whole answer, and query vs. the entry's best passage. On StackFAQ
with the bundled model the heading alone ranks the right entry first 94.5% of the time and
passages alone 82.5%; the heading + answer view rescues terse headings that lean on their
context. A weighted sum of the three beats each alone (weights and figures: docs/quality.md).

Confidence turns the raw similarity into a number in 0..1 that also looks at the margin to
the runner-up entry: a clear winner is more trustworthy than a near tie at the same level.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from faqbot.index import FAQIndex

# Weights of (heading, heading + answer, best passage); they sum to 1.
WEIGHTS = (0.22, 0.34, 0.44)
CANDIDATE_ROWS = 200  # nearest rows fetched from FAISS before exact per-entry scoring
# Logistic calibration of confidence: fitted on StackFAQ (in-domain vs. cross-domain queries)
# and the seed question set; see docs/quality.md.
CONFIDENCE_BIAS = -9.0
CONFIDENCE_SCORE_SLOPE = 18.0
CONFIDENCE_MARGIN_SLOPE = 10.0
CONFIDENCE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Hit:
    """One ranked entry: its position, its best passage's position, and its combined score."""

    entry: int
    passage: int
    score: float


def _candidate_entries(index: FAQIndex, query: np.ndarray) -> np.ndarray:
    """Entries owning any of the rows nearest to the query."""
    k = min(index.vectors.ntotal, CANDIDATE_ROWS)
    _, rows = index.vectors.search(query.reshape(1, -1), k)
    return np.unique(index.row_entries[rows[0][rows[0] >= 0]])


def _score_entry(index: FAQIndex, query: np.ndarray, entry: int) -> Hit:
    """Exact combined score of one entry from its heading, whole text and best passage."""
    rows = index.entry_rows[entry]
    similarities = index.vectors.reconstruct_batch(rows) @ query
    best = int(np.argmax(similarities[2:]))
    score = float(np.dot(WEIGHTS, (similarities[0], similarities[1], similarities[2 + best])))
    return Hit(entry=entry, passage=int(rows[2 + best]) - 2 * len(index.entries), score=score)


def rank(index: FAQIndex, query: np.ndarray, limit: int) -> list[Hit]:
    """The ``limit`` best entries for a unit-length query vector, best first."""
    hits = [_score_entry(index, query, int(e)) for e in _candidate_entries(index, query)]
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:limit]


def confidence(best: float, runner_up: float | None) -> float:
    """Probability-like confidence in the best entry, from its score and its lead over the next."""
    margin = best - runner_up if runner_up is not None else 0.2
    z = CONFIDENCE_BIAS + CONFIDENCE_SCORE_SLOPE * best + CONFIDENCE_MARGIN_SLOPE * margin
    return 1.0 / (1.0 + math.exp(-z))
