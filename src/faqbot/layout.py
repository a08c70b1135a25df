"""Row layout: which vector rows stand for which entry, and in which view of it.

Five views of each entry are embedded: the heading alone (the strongest signal); the heading with
its whole answer, which gives a terse heading ("these developments") the context it leans on;
each passage prefixed with its heading, so that a later paragraph ("If you return it after 30
days…") is read with the subject its pronouns refer to; and each alternate phrasing alone,
matched exactly like the heading; and the answer alone, which is not scored but tells which
entries answer the same thing (:mod:`faqbot.overlap`). A heading the FAQ asks in two sections is
embedded with its section's name (:func:`faqbot.corpus.entry.told_apart`). :class:`RowLayout` is the one place that
knows their order; the index, retrieval and ``faqbot check`` ask it instead of doing arithmetic
on row numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property

import numpy as np

from faqbot.corpus import Entry
from faqbot.corpus.entry import heading_key, told_apart
from faqbot.passages import Passage


class View(IntEnum):
    """What a vector row shows of its entry."""

    HEADING = 0
    DOCUMENT = 1  # heading + whole answer
    PASSAGE = 2  # heading + one passage
    ALTERNATE = 3
    ANSWER = 4  # the answer alone: not scored, it tells which entries answer the same thing (faqbot.overlap)


@dataclass(frozen=True, eq=False)
class RowLayout:
    """The entry and view of every vector row; rows are grouped by view, in the order of :class:`View`."""

    entries: tuple[Entry, ...]
    passages: tuple[Passage, ...]

    @cached_property
    def headings(self) -> list[str]:
        """Each entry's heading as embedded: told apart from the same question in another section (:func:`faqbot.corpus.entry.told_apart`)."""
        return told_apart([(e.heading, e.category) for e in self.entries])

    @cached_property
    def topics_by_question(self) -> dict[str, frozenset[str]]:
        """The categories of the entries each question asks, by the question as offered (told
        apart; :func:`faqbot.corpus.entry.heading_key`, so any case): where the chat asks a question
        picked from another topic than the one chosen."""
        found: dict[str, set[str]] = {}
        for heading, entry in zip(self.headings, self.entries, strict=True):
            found.setdefault(heading_key(heading), set()).add(entry.category)
        return {key: frozenset(categories) for key, categories in found.items()}

    def documents(self) -> list[str]:
        """Each entry's heading followed by its answer: its DOCUMENT row, and the text of its token vectors."""
        return [f"{heading}\n{e.answer}" for heading, e in zip(self.headings, self.entries, strict=True)]

    def texts(self) -> list[str]:
        """The text embedded for each row, in row order."""
        return (
            self.headings
            + self.documents()
            + [f"{self.headings[p.entry]}\n{p.text}" for p in self.passages]
            + [alternate for e in self.entries for alternate in e.alternates]
            + [e.answer for e in self.entries]
        )

    def __len__(self) -> int:
        return len(self.row_entry)

    @cached_property
    def row_entry(self) -> np.ndarray:
        """The entry each row belongs to."""
        entries = np.arange(len(self.entries), dtype=np.int64)
        passages = np.fromiter((p.entry for p in self.passages), dtype=np.int64, count=len(self.passages))
        alternates = np.asarray([i for i, e in enumerate(self.entries) for _ in e.alternates], dtype=np.int64)
        return np.concatenate([entries, entries, passages, alternates, entries])

    @cached_property
    def row_view(self) -> np.ndarray:
        """The :class:`View` of each row."""
        entries, alternates = len(self.entries), sum(len(e.alternates) for e in self.entries)
        sizes = [entries, entries, len(self.passages), alternates, entries]
        return np.repeat(np.arange(len(View), dtype=np.int8), sizes)

    @cached_property
    def entry_rows(self) -> list[np.ndarray]:
        """For each entry its rows, in View order: heading, heading + answer, passages, alternates, answer."""
        order = np.argsort(self.row_entry, kind="stable")
        return np.split(order, np.cumsum(np.bincount(self.row_entry, minlength=len(self.entries)))[:-1])

    def question_rows(self) -> np.ndarray:
        """The rows of asked questions (headings, then alternates), in row order."""
        return np.flatnonzero((self.row_view == View.HEADING) | (self.row_view == View.ALTERNATE))

    def heading_rows(self) -> np.ndarray:
        """The HEADING row of each entry, in entry order."""
        return np.flatnonzero(self.row_view == View.HEADING)

    def answer_rows(self) -> np.ndarray:
        """The ANSWER row of each entry, in entry order."""
        return np.flatnonzero(self.row_view == View.ANSWER)

    def passage(self, row: int) -> int:
        """The position in :attr:`passages` of a PASSAGE row."""
        return row - 2 * len(self.entries)
