"""Confidence: higher when the best entry fits better and leads the runner-up by more."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from faqbot import FAQBot
from faqbot.retrieval import (
    AMBIGUOUS,
    ANSWERED,
    CONFIDENCE_THRESHOLD,
    NOT_COVERED,
    RERANK,
    SURE_DESPITE_RIVAL,
    Decision,
    Hit,
    confidence,
    decide,
    likeliest_first,
    rank,
)

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)


def hit(similarity: float, match: float, discriminant_lead: float = 0.0) -> Hit:
    return Hit(entry=0, passage=0, score=0.0, similarity=similarity, match=match, discriminant_lead=discriminant_lead)


def test_unmatched_key_words_lower_confidence() -> None:
    runner_up = hit(0.35, 0.20)
    assert confidence(hit(0.45, 0.60), runner_up) > 0.5 > confidence(hit(0.45, 0.20), runner_up)


def test_a_clear_lead_raises_confidence() -> None:
    best = hit(0.55, 0.55)
    assert confidence(best, hit(0.30, 0.25)) > confidence(best, hit(0.54, 0.54))


def test_a_clear_lead_in_what_tells_entries_apart_raises_confidence() -> None:
    runner_up = hit(0.45, 0.45)
    assert confidence(hit(0.5, 0.5, discriminant_lead=1.0), runner_up) > confidence(hit(0.5, 0.5, discriminant_lead=0.0), runner_up)


def test_a_one_entry_corpus_still_gets_a_confidence() -> None:
    assert 0.0 < confidence(hit(0.8, 0.8), None) < 1.0


def close_call(fit: float) -> tuple[SimpleNamespace, list[Hit]]:
    """Two entries that answer different things, ranked 0.01 apart; the first fits the question as
    ``fit`` says (dense similarity and token match), the second loosely."""
    index = SimpleNamespace(answer_group=np.asarray([0, 1]))
    return index, [Hit(0, 0, 0.80, fit, fit, 0.0), Hit(1, 0, 0.79, 0.30, 0.30, 0.0)]


def test_a_best_entry_sure_enough_is_answered_however_close_its_rival_is_ranked() -> None:
    # Entries ranked this close were only offered, even when the curve, which weighs their fits
    # and leads itself, was sure of the first; such replies were mostly right (docs/quality.md).
    index, hits = close_call(fit=0.6)
    assert confidence(hits[0], hits[1]) >= SURE_DESPITE_RIVAL
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == ANSWERED
    assert decide(index, hits, CONFIDENCE_THRESHOLD, sure=None).reason == AMBIGUOUS  # as faqbot check asks
    index, hits = close_call(fit=0.5)
    assert CONFIDENCE_THRESHOLD <= confidence(hits[0], hits[1]) < SURE_DESPITE_RIVAL
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == AMBIGUOUS  # sure enough to answer, not to skip the lead


def test_every_returned_hit_has_its_token_match(seed_bot: FAQBot) -> None:
    # Alternatives beyond the re-ranked few are scored with confidence() too, so they need it.
    question = "Are North Korean soldiers fighting in Ukraine?"
    vector, tokens = seed_bot.encoder.encode_query(question)
    hits = rank(seed_bot.index, vector, tokens, question, limit=6)
    assert len(hits) == 6 and RERANK < 6
    assert all(hit.match > 0 for hit in hits)


def ranked(*fits: tuple[float, float]) -> list[Hit]:
    """Hits in the ranking's order, entry i fitting the question as ``fits[i]`` says (similarity, token match)."""
    return [Hit(entry=i, passage=i, score=1.0 - i / 10, similarity=s, match=m, discriminant_lead=0.0) for i, (s, m) in enumerate(fits)]


def test_a_did_you_mean_puts_the_candidate_likeliest_to_answer_first() -> None:
    # The ranking put entry 0 first, but entry 1 fits the question better on what confidence reads.
    hits = ranked((0.50, 0.40), (0.55, 0.60), (0.30, 0.20))
    reordered, score = likeliest_first(hits, Decision(AMBIGUOUS, confidence(hits[0], hits[1]), hits[1]))
    assert [hit.entry for hit in reordered] == [1, 0, 2]
    assert score == confidence(hits[1], hits[0]) > confidence(hits[0], hits[1])


@pytest.mark.parametrize("reason", [ANSWERED, NOT_COVERED])
def test_only_a_did_you_mean_is_reordered(reason: str) -> None:
    hits = ranked((0.50, 0.40), (0.55, 0.60), (0.30, 0.20))
    assert likeliest_first(hits, Decision(reason, 0.3, hits[1])) == (hits, 0.3)


@pytest.mark.parametrize(
    "fits",
    [
        ((0.55, 0.60), (0.50, 0.40), (0.30, 0.20)),  # the first is the likeliest
        ((0.50, 0.45), (0.505, 0.455), (0.30, 0.20)),  # the second, by too little to overrule the ranking
    ],
)
def test_a_did_you_mean_whose_first_candidate_is_likely_enough_keeps_the_ranking(fits: tuple[tuple[float, float], ...]) -> None:
    hits = ranked(*fits)
    score = confidence(hits[0], hits[1])
    assert likeliest_first(hits, Decision(AMBIGUOUS, score, hits[1])) == (hits, score)


def disputed(second_group: int) -> tuple[SimpleNamespace, list[Hit]]:
    """The ranking puts entry 0 first by a clear lead, and the curve is sure enough of it to answer,
    but surer still of entry 1 measured against it (its fit and leads are better on what
    confidence reads). ``second_group`` says what entry 1 answers: 0 the same as entry 0."""
    index = SimpleNamespace(answer_group=np.asarray([0, second_group, 2]))
    return index, [Hit(0, 0, 0.80, 0.60, 0.60, 0.0), Hit(1, 1, 0.70, 0.62, 0.63, 0.0), Hit(2, 2, 0.50, 0.30, 0.20, 0.0)]


def test_a_best_entry_the_curve_finds_a_rival_likelier_than_is_offered_not_answered() -> None:
    # Where the ranking and the curve disagree by this much, the runner-up was right more often.
    index, hits = disputed(second_group=1)
    assert confidence(hits[0], hits[1]) >= CONFIDENCE_THRESHOLD
    decision = decide(index, hits, CONFIDENCE_THRESHOLD)
    assert decision.reason == AMBIGUOUS
    assert [hit.entry for hit in likeliest_first(hits, decision)[0]] == [1, 0, 2]


def test_a_likelier_copy_of_the_best_entry_does_not_stop_the_answer() -> None:
    index, hits = disputed(second_group=0)
    assert decide(index, hits, CONFIDENCE_THRESHOLD).reason == ANSWERED


def test_a_runner_up_that_fits_measured_against_a_loose_best_entry_is_offered() -> None:
    # "can I put grass cuttings in a bin" was ranked nearest "Can I have a bigger bin?" (0.12) and
    # told "not covered", while the garden waste entry, whose answer names grass, scored 0.46 against it.
    index = SimpleNamespace(answer_group=np.asarray([0, 1, 2]))
    hits = [Hit(0, 0, 0.80, 0.25, 0.20, 0.0), Hit(1, 1, 0.70, 0.35, 0.35, 0.0), Hit(2, 2, 0.50, 0.10, 0.10, 0.0)]
    assert max(confidence(hits[0], hits[1]), confidence(hits[0], None)) < 0.2 <= confidence(hits[1], hits[0])
    decision = decide(index, hits, CONFIDENCE_THRESHOLD)
    assert decision.reason == AMBIGUOUS
    assert likeliest_first(hits, decision)[0][0] is hits[1]
