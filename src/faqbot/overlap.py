"""Entries that answer the same thing: found once per build from their answers' and headings' vectors.

Public FAQs often hold two entries for one question ("Can I return a sale item?" and "Are sale
items refundable?", with nearly the same answer). Retrieval must not hesitate between them, and
``faqbot check`` should suggest merging them. Both use the pairs found here.

Answers alike are not enough. "How do I enable Wi-Fi MAC address randomization?" and "How do I
disable Wi-Fi MAC address randomization?" have answers that differ only in the one setting that
matters; "Health screening - men - ages 40 to 64" and "Health screening - men age 65 and older"
only in the tests recommended. Such headings are more alike than their answers: the small
difference between the questions is what the answers are about, so the two entries compete. Two
entries answer the same thing when their answers are at least as alike as their headings (the
same answer to a question asked in other words), or when the answers, or the questions, are the
same text: a question asked twice, its answers alike, is one question with one answer, and
hesitating would offer the asker the same heading twice.

An answer that says no more than yes or no ("Yes.", "No, sorry.", "Not at the moment.") is no
answer without its question: "Do you have a pool? No." and "Do you offer a shuttle? No." answer
different things, though their answers are one text. Such replies are never compared.

A question asked twice in one section with two different answers (an older copy left in the
file) is one question to the asker too: offered both, they see one heading twice, and either
click asks it again. Such copies share a group as well (:func:`same_question_pairs`): the bot
answers the one that fits the question best, and ``faqbot check`` asks the author to keep one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from faqbot.corpus import Entry
from faqbot.corpus.entry import same_question
from faqbot.corpus.html_text import one_line
from faqbot.text import FUNCTION_WORDS, WORD

# Cosine of two answers (answer text alone) from which they say the same thing: distinct answers in
# StackFAQ and the seed FAQ stay far below it (docs/quality.md, "Did you mean").
SAME_ANSWER = 0.90
_BLOCK = 1024  # answers compared at a time: a block of similarities, not all of them, is held in memory


# Words of a reply that says yes or no and nothing else (with FUNCTION_WORDS: "No, not at the moment.").
_REPLY_WORDS = frozenset({
    "yes", "yeah", "yep", "no", "nope", "not", "never", "sure", "certainly", "absolutely", "definitely", "indeed",
    "course", "correct", "ok", "okay", "sorry", "unfortunately", "currently", "moment", "present",
})


def answer_text(entry: Entry) -> str:
    """An entry's answer as compared word for word: one line, case folded."""
    return one_line(entry.answer).casefold()


def says_only_yes_or_no(answer: str) -> bool:
    """Whether an answer's words only say yes or no, so that what it answers is in its question alone."""
    return all(word in _REPLY_WORDS or word in FUNCTION_WORDS for word in WORD.findall(answer.casefold()))


def same_answer_pairs(entries: Sequence[Entry], answers: np.ndarray, headings: np.ndarray) -> Iterator[tuple[int, int, float]]:
    """Pairs (i, j, cosine of the answers), i < j, of ``entries`` that answer the same thing, found
    as they come (a FAQ answering "Yes, from May." a thousand times holds half a million such pairs).

    ``answers`` and ``headings`` are the entries' unit vectors, in entry order. (One question asked
    twice in one section is found by :func:`same_question_pairs`, whatever its answers.)"""
    texts = [answer_text(entry) for entry in entries]
    bare = [says_only_yes_or_no(text) for text in texts]
    for start in range(0, len(answers), _BLOCK):
        similarities = answers[start : start + _BLOCK] @ answers.T
        for i, j in zip(*np.nonzero(similarities >= SAME_ANSWER)):
            first, second = start + int(i), int(j)
            if first >= second or bare[first] or bare[second]:
                continue
            answer_alike = float(similarities[i, j])
            if answer_alike >= float(headings[first] @ headings[second]) or texts[first] == texts[second]:
                yield first, second, answer_alike


def same_question_pairs(headings: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, of entries that ask the same question in one section, whatever their
    answers, by their ``headings`` told apart (:attr:`faqbot.layout.RowLayout.headings`): the first
    entry asking it with each later one."""
    first: dict[str, int] = {}
    for position, question in enumerate(headings):
        earlier = first.setdefault(same_question(question), position)
        if earlier != position:
            yield earlier, position


def answer_groups(pairs: Iterable[tuple[int, int]], count: int) -> np.ndarray:
    """For each of ``count`` entries a group id shared by every entry that answers the same thing
    (``pairs``, see the module docstring): the smallest entry number of its group."""
    parent = list(range(count))

    def root(entry: int) -> int:
        while parent[entry] != entry:
            parent[entry] = parent[parent[entry]]  # halve the path on the way up
            entry = parent[entry]
        return entry

    for i, j in pairs:
        first, second = root(i), root(j)
        parent[max(first, second)] = min(first, second)
    return np.asarray([root(entry) for entry in range(count)], dtype=np.int64)
