"""Entry discriminants: the directions that tell one entry from the others, learnt from its own rows.

Every entry has several vector rows (heading, alternates, heading + answer, passages, answer
alone; :mod:`faqbot.layout`). They vary along the entry's own wording and agree on what it is
about. A linear discriminant fitted on them — each entry's mean row, and the within-entry spread
that all entries share, shrunk towards a plain sphere — scores a question by the directions in
which entries differ from each other, and plays down the ones along which an entry's own views
differ, such as the topic that every entry of a one-subject FAQ shares.

It is fitted when a build is read, from the rows the build holds, so it needs nothing stored and
follows every edit and every approved question (an alternate row) at once. Retrieval's second
stage uses it to choose which of its entries comes first (:mod:`faqbot.retrieval`);
docs/quality.md ("Entry discriminants") has what it gains and how its settings were chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from faqbot.dense import DenseIndex

# Weight of the plain sphere in the shared spread: the spread of a few rows per entry is a poor
# estimate of 384 dimensions' covariance, and a firm pull towards the sphere keeps it well-posed.
SHRINKAGE = 0.6
_CHUNK = 8192  # rows read from FAISS at a time, so that a large index is never copied whole


@dataclass(frozen=True)
class Discriminant:
    """One linear score per entry, ``question · weights[:, e] + bias[e]``, read in units of the
    question's spread over all entries."""

    weights: np.ndarray  # dimension × entries
    bias: np.ndarray  # per entry
    # Covariance over the entries of their (weights, bias) columns: a question's spread over all
    # entries is then one quadratic form, so scoring a few entries never touches the rest.
    score_covariance: np.ndarray  # (dimension + 1) × (dimension + 1)

    @classmethod
    def fit(cls, dense: DenseIndex, entries: int) -> Discriminant:
        """Fit on every row of ``dense`` (grouped by the entry each row stands for), all entries weighing the same."""
        row_entry = np.asarray(dense.layout.row_entry)
        dimension = dense.dimension
        sums = np.zeros((entries, dimension))
        outer = np.zeros((dimension, dimension))
        for start in range(0, len(row_entry), _CHUNK):
            rows = dense.rows(np.arange(start, min(start + _CHUNK, len(row_entry)))).astype(np.float64)
            np.add.at(sums, row_entry[start : start + len(rows)], rows)
            outer += rows.T @ rows
        counts = np.bincount(row_entry, minlength=entries).astype(np.float64)
        means = sums / np.maximum(counts, 1)[:, None]
        within = (outer - (means * counts[:, None]).T @ means) / max(len(row_entry) - entries, 1)
        sphere = np.trace(within) / dimension
        spread = (1 - SHRINKAGE) * within + SHRINKAGE * max(sphere, 1e-6) * np.eye(dimension)
        precision = np.linalg.inv(spread)
        weights = precision @ means.T
        bias = -0.5 * np.einsum("ij,ji->i", means, weights)
        return cls(weights.astype(np.float32), bias.astype(np.float32), _score_covariance(means, bias, precision))

    def scores(self, query: np.ndarray, entries: np.ndarray) -> np.ndarray:
        """The scores of ``entries`` for a question's unit vector, in units of the question's spread
        (standard deviation) over all entries, so that the signal weighs the same in a six-entry FAQ
        and in one of thousands. Only their differences mean anything: a higher score, a better fit."""
        raw = query @ self.weights[:, entries] + self.bias[entries]
        extended = np.append(query.astype(np.float64), 1.0)
        variance = float(extended @ self.score_covariance @ extended)
        return raw / np.sqrt(variance) if variance > 1e-12 else np.zeros_like(raw)


def _score_covariance(means: np.ndarray, bias: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """The covariance over the entries of their (weights, bias) columns. The weights are
    ``precision · mean``, so it is computed from the entries' means (entries × dimension, in memory
    order), which is several times faster on a large FAQ than from the weights themselves."""
    centred_means = means - means.mean(axis=0)
    centred_bias = bias - bias.mean()
    entries = len(means)
    weights_part = precision @ (centred_means.T @ centred_means / entries) @ precision
    cross = precision @ (centred_means.T @ centred_bias / entries)
    return np.block([[weights_part, cross[:, None]], [cross[None, :], np.array([[centred_bias @ centred_bias / entries]])]])
