"""Topic words: the subject a one-subject FAQ names in most of its questions, played down in its question rows.

Most headings of a shop's FAQ say "mattress", most of a bank's say "card". In a sentence vector
that word pulls a question towards every entry whose heading names it, whatever the question asks
about it: "My mattress not delivered" meets "How do I return my mattress?" before "Why hasn't my
order been delivered yet?". So each heading and alternate that names a topic word is stored as its
own vector plus the vector of the same question without those words (:func:`focus`): the rest of
the question — what it asks about the subject — weighs as much as the whole. This happens once, at
build time; questions are embedded as asked (docs/quality.md, "Topic words", has the figures).

A topic word is a content word that the questions of at least :data:`TOPIC_SHARE` of the entries
use, and of :data:`MIN_TOPIC_ENTRIES` at least: in a small FAQ a word that two entries share is
what they have in common, not its subject. Words compare as BM25 reads and stems them ("cards" is
"card"; the "t" of "can't" is no word). The words that shape a question are known for English only,
so a FAQ whose questions are mostly not English words gets none: in a German FAQ "wie", "ich" and
"mein" open most questions and would be taken for its subject.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from faqbot.corpus import Entry
from faqbot.lexical import TERM, stem
from faqbot.spelling import WORD, english_word
from faqbot.text import FUNCTION_WORDS, has_letters, without_accents

TOPIC_SHARE = 0.25
MIN_TOPIC_ENTRIES = 3
ENGLISH_SHARE = 0.5  # of the words of its questions, English ones at least (docs/quality.md, "Topic words")


def _content_stems(text: str) -> set[str]:
    """The stems of the words of ``text`` that are not function words."""
    return {stem(word) for word in TERM.findall(without_accents(text).lower()) if word not in FUNCTION_WORDS and has_letters(word)}


def _in_english(entries: Sequence[Entry]) -> bool:
    """Whether most words of the FAQ's questions are English words (FUNCTION_WORDS is an English list)."""
    words = [word.casefold() for entry in entries for question in entry.questions for word in WORD.findall(question)]
    return sum(map(english_word, words)) >= ENGLISH_SHARE * len(words)


def topic_words(entries: Sequence[Entry]) -> frozenset[str]:
    """The stems of the FAQ's topic words (none in a FAQ about many things, or not in English)."""
    if not _in_english(entries):
        return frozenset()
    uses = Counter(word for entry in entries for word in set().union(*map(_content_stems, entry.questions)))
    enough = max(MIN_TOPIC_ENTRIES, math.ceil(TOPIC_SHARE * len(entries)))
    return frozenset(word for word, count in uses.items() if count >= enough)


def without_topic_words(question: str, topics: frozenset[str]) -> str | None:
    """``question`` with its topic words left out, or None when it names none (or nothing else)."""
    words = question.split()
    kept = [word for word in words if not any(stem(part) in topics for part in TERM.findall(without_accents(word).lower()))]
    if len(kept) == len(words) or not _content_stems(" ".join(kept)):
        return None
    return " ".join(kept)


def focus(vectors: np.ndarray, without: np.ndarray) -> np.ndarray:
    """Each question's vector plus its vector without topic words, as unit vectors."""
    blended = vectors + without
    return (blended / np.linalg.norm(blended, axis=1, keepdims=True)).astype(np.float32)
