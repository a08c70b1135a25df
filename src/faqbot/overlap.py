"""Entries that answer the same thing: found once per build from their answers' vectors.

Public FAQs often hold two entries for one question ("Can I return a sale item?" and "Are sale
items refundable?", with nearly the same answer). Retrieval must not hesitate between them, and
``faqbot check`` should suggest merging them. Both use the groups made here.
"""

from __future__ import annotations

import numpy as np

# Cosine of two answers (answer text alone) from which they say the same thing: distinct answers in
# StackFAQ and the seed FAQ stay far below it (docs/quality.md, "Did you mean").
SAME_ANSWER = 0.90


def alike_pairs(vectors: np.ndarray, threshold: float = SAME_ANSWER) -> list[tuple[int, int, float]]:
    """Pairs (i, j, cosine), i < j, of unit ``vectors`` at least ``threshold`` alike."""
    similarities = vectors @ vectors.T
    first, second = np.nonzero(np.triu(similarities >= threshold, k=1))
    return [(int(i), int(j), float(similarities[i, j])) for i, j in zip(first, second)]


def answer_groups(vectors: np.ndarray) -> np.ndarray:
    """For each entry (its answer's unit vector) a group id shared by every entry that answers the same thing."""
    group = np.arange(len(vectors))
    for i, j, _ in alike_pairs(vectors):
        group[group == group[j]] = group[i]  # join j's group to i's (groups are few and small)
    return group
