"""The lexical signal: a question's terms are exactly the terms bm25s indexes, and they score entries."""

from __future__ import annotations

import bm25s
import Stemmer
from hypothesis import given
from hypothesis import strategies as st

from faqbot.corpus import Entry
from faqbot.lexical import LexicalIndex, query_terms
from faqbot.text import without_accents


def bm25s_terms(text: str) -> list[str]:
    return bm25s.tokenize([text], stopwords="en", stemmer=Stemmer.Stemmer("english"), return_ids=False, show_progress=False)[0]


@given(st.text())
def test_question_terms_are_the_terms_bm25s_makes(text: str) -> None:
    assert query_terms(text) == bm25s_terms(without_accents(text))


def test_question_terms_are_stemmed_without_stop_words() -> None:
    assert query_terms("Will countries be forced to PICK sides?") == bm25s_terms("Will countries be forced to PICK sides?")
    assert query_terms("Will countries be forced to PICK sides?") == ["countri", "forc", "pick", "side"]


def test_a_word_typed_without_its_accents_matches_it() -> None:
    # People type "cafe" and "Zurich"; BM25 took them for other words than the FAQ's "café" and "Zürich".
    entries = [
        Entry(heading="Is there a café?", answer="On the first floor, from 10:00 to 17:00.", file="faq.txt", line=1),
        Entry(heading="Do you ship to Zürich?", answer="Yes, in three days.", file="faq.txt", line=4),
        Entry(heading="Is there parking?", answer="Not on site.", file="faq.txt", line=7),
    ]
    assert list(LexicalIndex.build(entries).scores("cafe")) == [1.0, 0.0, 0.0]
    assert list(LexicalIndex.build(entries).scores("shipping to zurich")) == [0.0, 1.0, 0.0]
    # Letters with no accent to drop stay; so do another script's marks, which are part of its letters.
    assert without_accents("Ørsted, Straße, हिन्दी, São Paulo") == "Ørsted, Straße, हिन्दी, Sao Paulo"


def test_entry_reusing_the_question_words_scores_highest() -> None:
    entries = [
        Entry(heading="Opening hours", answer="We open at ten every day.", file="faq.txt", line=1),
        Entry(heading="Adoption fee", answer="Adopting a rabbit costs forty euros.", file="faq.txt", line=4),
    ]
    scores = LexicalIndex.build(entries).scores("How much is a rabbit?")
    assert list(scores) == [0.0, 1.0]


def test_a_corpus_without_a_word_bm25_keeps_still_builds_and_scores_nothing() -> None:
    # "Q?" / "A." has no term of two letters that is not a stop word: the build crashed ("max() arg is an empty sequence").
    scores = LexicalIndex.build([Entry(heading="Q?", answer="A.", file="faq.md", line=1)]).scores("What is Q?")
    assert list(scores) == [0.0]
