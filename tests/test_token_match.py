"""Token matching: a question's rare words, matched in context, pick the entry (tiny hand-made vectors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from faqbot.token_match import TokenIndex
from faqbot.token_vectors import TokenVectors

AXES = np.eye(4, dtype=np.float32)  # four unrelated "meanings"


def tokens(*pairs: tuple[int, int], pieces: tuple[str, ...] = ()) -> TokenVectors:
    """Token vectors from (token id, meaning axis) pairs."""
    return TokenVectors(np.array([i for i, _ in pairs], dtype=np.int32), AXES[[axis for _, axis in pairs]], pieces)


def test_words_every_entry_uses_count_nothing_and_rare_ones_decide() -> None:
    topic, rare = (10, 0), (20, 1)
    index = TokenIndex.build([tokens(topic, (30, 2)), tokens(topic, (31, 3)), tokens(topic, rare)])
    scores = index.scores(tokens(topic, rare, pieces=("kim", "west")), np.arange(3))
    assert scores[2] > 0.99  # the rare word is matched only here, and the topic word weighs nothing
    assert scores[0] < 0.01 and scores[1] < 0.01


def test_stop_words_and_punctuation_in_the_question_are_left_out() -> None:
    # In a corpus of two entries "the" looks as rare as any word; it must still not decide.
    index = TokenIndex.build([tokens((5, 0), (6, 2)), tokens((20, 1), (7, 3))])
    question = tokens((5, 0), (20, 1), (9, 2), pieces=("the", "rabbit", "?"))
    assert list(index.scores(question, np.arange(2))) == [0.0, 1.0]
    assert index.scores(question._replace(pieces=()), np.arange(2))[0] > 0  # without the pieces every token counts


def test_only_the_asked_entries_are_scored_in_their_order() -> None:
    index = TokenIndex.build([tokens((1, 0)), tokens((2, 1)), tokens((3, 2))])
    question = tokens((2, 1), pieces=("dog",))
    assert list(index.scores(question, np.array([1, 0]))) == [1.0, 0.0]


def test_saved_index_loads_memory_mapped_with_the_same_scores(tmp_path: Path) -> None:
    index = TokenIndex.build([tokens((1, 0), (2, 1)), tokens((3, 2))])
    index.save(tmp_path)
    loaded = TokenIndex.load(tmp_path)
    question = tokens((2, 1), (3, 2), pieces=("cat", "fee"))
    assert np.allclose(loaded.scores(question, np.arange(2)), index.scores(question, np.arange(2)))
    stored = loaded.entry_tokens(0)
    assert stored.ids.tolist() == [1, 2] and np.allclose(stored.vectors, AXES[[0, 1]])
