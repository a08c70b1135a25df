"""Entry discriminants: a question scored against all of an entry's rows together, by what tells entries apart.

The geometry here is small and made by hand: each entry's rows vary along one axis (their
wording) and the entries differ along the others.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from faqbot import discriminant
from faqbot.discriminant import Discriminant
from faqbot.retrieval import AMBIGUOUS, ANSWERED, CONFIDENCE_THRESHOLD, Hit, _discriminant_leads, _first_by_discriminant, decide


def unit(*xs: float) -> np.ndarray:
    vector = np.asarray(xs, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def dense_of(rows: list[np.ndarray], row_entry: list[int]) -> SimpleNamespace:
    """A stand-in for faqbot.dense.DenseIndex with the members the fit reads."""
    vectors = np.stack(rows)
    return SimpleNamespace(layout=SimpleNamespace(row_entry=np.asarray(row_entry)), dimension=vectors.shape[1], rows=lambda ids: vectors[ids])


# Entry 0's rows are worded far apart (x = ±2), entry 1's close together (x = ±0.3); they differ in y.
ROWS = [unit(2, 0.1, 1), unit(-2, 0.1, 1), unit(0.3, -0.1, 1), unit(-0.3, -0.1, 1)]
ROW_ENTRY = [0, 0, 1, 1]


def test_a_question_near_one_stray_row_goes_to_the_entry_whose_rows_together_fit_it():
    question = unit(1, -0.05, 1)
    nearest_row = int(np.argmax(np.stack(ROWS) @ question))
    assert ROW_ENTRY[nearest_row] == 0  # by plain cosine, one of entry 0's far-flung rows is nearest

    scores = Discriminant.fit(dense_of(ROWS, ROW_ENTRY), entries=2).scores(question, np.arange(2))

    assert scores[1] > scores[0]


def test_scores_are_in_units_of_the_questions_spread_over_all_entries_however_few_are_asked_for():
    rows = [unit(1, 0, 0), unit(1, 0.2, 0), unit(0, 1, 0), unit(0.2, 1, 0), unit(0, 0, 1), unit(0, 0.2, 1)]
    fitted = Discriminant.fit(dense_of(rows, [0, 0, 1, 1, 2, 2]), entries=3)
    question = unit(0.1, 1, 0.1)

    every = fitted.scores(question, np.arange(3))

    assert int(np.argmax(every)) == 1
    assert every.std() == pytest.approx(1.0, rel=1e-5)
    np.testing.assert_allclose(fitted.scores(question, np.array([2, 0])), every[[2, 0]], rtol=1e-5)


def test_a_one_entry_faq_scores_zero_rather_than_dividing_by_nothing():
    fitted = Discriminant.fit(dense_of(ROWS[:2], [0, 0]), entries=1)

    assert fitted.scores(unit(0, 1, 0), np.arange(1)).tolist() == [0.0]


def test_a_large_index_is_read_in_chunks_with_the_same_result(monkeypatch):
    rng = np.random.default_rng(0)
    rows = [unit(*rng.standard_normal(8)) for _ in range(30)]
    row_entry = [i % 5 for i in range(30)]
    whole = Discriminant.fit(dense_of(rows, row_entry), entries=5)

    monkeypatch.setattr(discriminant, "_CHUNK", 4)
    chunked = Discriminant.fit(dense_of(rows, row_entry), entries=5)

    np.testing.assert_allclose(chunked.weights, whole.weights, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(chunked.bias, whole.bias, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(chunked.score_covariance, whole.score_covariance, rtol=1e-5, atol=1e-8)


def reranked(
    preferred_by_discriminant: int, fit: tuple[float, ...] = (0.9, 0.9, 0.9), groups: tuple[int, ...] = (0, 1, 2)
) -> tuple[SimpleNamespace, list[Hit]]:
    """Three re-ranked entries the other signals order 0, 1, 2, clearly, each fitting the question as
    ``fit`` says (its dense similarity and token match) and answering what ``groups`` says (the same
    group: copies), and an index whose discriminant prefers ``preferred_by_discriminant`` by far; the
    hits in the order ranking returns."""
    spreads = np.full(3, -5.0)
    spreads[preferred_by_discriminant] = 0.0
    index = SimpleNamespace(answer_group=np.asarray(groups))
    scores = np.array([0.90, 0.80, 0.70])
    order = _first_by_discriminant(index.answer_group, top=np.arange(3), scores=scores, discriminant=spreads)
    leads = _discriminant_leads(spreads, index.answer_group)
    return index, [Hit(entry=int(i), passage=0, score=float(scores[i]), similarity=fit[i], match=fit[i], discriminant_lead=float(leads[i])) for i in order]


def test_when_the_discriminant_agrees_the_best_entry_is_answered():
    index, hits = reranked(preferred_by_discriminant=0)

    assert [hit.entry for hit in hits] == [0, 1, 2]
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == ANSWERED


def test_an_entry_the_discriminant_moves_first_is_offered_not_asserted():
    index, hits = reranked(preferred_by_discriminant=2)

    assert [hit.entry for hit in hits] == [2, 0, 1]  # first; the rest keep the other signals' order
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == AMBIGUOUS


def test_a_loose_fit_the_discriminant_moves_first_still_offers_the_entry_the_others_ranked_first():
    index, hits = reranked(preferred_by_discriminant=2, fit=(0.9, 0.9, 0.2))

    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == AMBIGUOUS  # not "not covered"


def test_a_copy_of_the_best_entry_the_discriminant_prefers_leaves_the_best_first_and_answered():
    index, hits = reranked(preferred_by_discriminant=2, groups=(0, 1, 0))

    assert [hit.entry for hit in hits] == [0, 1, 2]  # entry 2 says what entry 0 says: nothing to move
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == ANSWERED


def test_the_discriminants_lead_is_over_the_best_entry_that_answers_something_else():
    scores = np.array([2.0, 1.0, 0.5, -1.0])
    groups = np.array([0, 0, 1, 2])  # entries 0 and 1 are copies: 1 is no rival of 0

    leads = _discriminant_leads(scores, groups)

    np.testing.assert_allclose(leads, [1.5, 0.5, -1.5, -3.0])


def test_candidates_that_all_answer_one_thing_have_no_discriminant_lead():
    np.testing.assert_allclose(_discriminant_leads(np.array([2.0, 1.0]), np.array([3, 3])), [0.0, 0.0])
