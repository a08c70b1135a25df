"""The owner's review: which recorded questions need a look, and approving or rejecting them.

:func:`review` lists, most asked first, the questions the bot declined, answered with less than
high confidence, or whose answer the asker marked unhelpful or passed over for another entry
offered with it — each with a suggested home: the entry askers picked from the entries offered
with its reply ("did you mean", or "Not what you meant?" under an answer) if any did, else the
one the bot matched — and groups similar questions that no entry covers ("14 people asked about
X": declined, or offered candidates the asker turned down) as candidates for a new entry. Small
talk ("hi", "thanks") is left out: no entry should answer it.

:func:`approve` adds a question to the learned file as an alternate of an entry (see
:mod:`faqbot.corpus.learned`); :func:`reject` stops suggesting it. Both decide for every
recorded copy of the same question, so a question asked 14 times is decided once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from faqbot.bot import FAQBot
from faqbot.corpus import Entry, load_corpus
from faqbot.corpus.entry import heading_key, same_question, told_apart
from faqbot.corpus.html_text import one_line
from faqbot.corpus.learned import add_learned, learned_path, named_entries
from faqbot.errors import ReviewError, UnknownQuestionError
from faqbot.learning.store import APPROVED, OPEN, REJECTED, QuestionStore, Record
from faqbot.retrieval import AMOUNT, HIGH_CONFIDENCE, NOT_COVERED, REVERSE, never_says
from faqbot.small_talk import small_talk

SIMILAR = 0.7  # cosine similarity at which two declined questions count as asking about the same thing
MIN_GROUP = 2  # people asking before a topic is suggested as a new entry


@dataclass(frozen=True)
class Suggestion:
    """A question worth a look, with the entry it most likely belongs to."""

    id: str  # approve or reject it by this id (its latest record)
    question: str
    asked: int  # how many times (in any case or spacing)
    why: str  # "declined", "low confidence" or "unhelpful"
    reason: str  # how the bot last replied: "answered", "ambiguous" (it offered candidates) or "not covered"
    heading: str  # the suggested entry: the one most askers picked ("did you mean"), else the one the bot matched ("" when they turned it down)
    score: float
    picked: int = 0  # how many askers picked ``heading`` from a "did you mean" reply
    given: str = ""  # the entry the bot gave the last time (its answer, or its first candidate), by its name
    unsuggested: str = ""  # why no entry is suggested (``heading`` ""): "askers said … did not help", "it asks the reverse of …"


@dataclass(frozen=True)
class Topic:
    """Declined questions that ask about the same thing: a candidate for a new entry."""

    asked: int
    questions: tuple[str, ...]  # distinct phrasings, most asked first
    ids: tuple[str, ...]  # the latest record of each phrasing, in the same order


@dataclass(frozen=True)
class Review:
    suggestions: tuple[Suggestion, ...]
    new_topics: tuple[Topic, ...]

    def to_dict(self) -> dict:
        return asdict(self)


def _why(record: Record) -> str | None:
    """Why a record needs the owner's look, or None when the bot did well. An asker who picked
    another entry than the one answered ("Not what you meant?") has said the answer was wrong,
    however confident it was."""
    if record.helpful is False:
        return "unhelpful"
    if record.answered and record.chosen and record.chosen != record.heading:
        return "picked another"
    if not record.answered:
        return "declined"
    return "low confidence" if record.score < HIGH_CONFIDENCE else None


def _suggested_entry(records: list[Record], names: dict[tuple[str, str], str], unsuggested: str) -> tuple[str, int]:
    """Where a question belongs: the entry most of its askers picked from "did you mean" (and how
    many did), else the entry the bot matched the last time, by its name (``names``: a heading asked
    in two sections is named with its section), unless ``unsuggested`` says why not (see
    :func:`_unsuggested`; then ""). A pick is the asker saying what they meant."""
    picks = Counter(record.chosen for record in records if record.chosen)
    if picks:
        return picks.most_common(1)[0]
    return ("", 0) if unsuggested else (_given(records[0], names), 0)


def _unsuggested(records: list[Record], names: dict[tuple[str, str], str], beyond: str) -> str:
    """Why the entry the bot matched is no home for a question nobody picked an entry for, or "":
    approved for it, the question would be answered with it, more confidently still. Its askers
    turned it down (👎, or "no" to its answer), or it cannot answer the question (``beyond``: see
    :func:`_beyond_its_match`)."""
    if any(record.chosen for record in records):
        return ""
    given = _given(records[0], names)
    if any(record.helpful is False and record.heading == records[0].heading for record in records):
        return f"askers said {given!r} did not help"
    return _BEYOND_ITS_MATCH[beyond].format(given=given) if beyond else ""


# Why the entry the bot matched cannot answer a question, by what the question asks that it never says.
_BEYOND_ITS_MATCH = {
    REVERSE: "it asks the reverse of {given!r}, which never speaks of it",
    AMOUNT: "it asks for a number or a date that {given!r} never gives; add it to that answer if it belongs there",
}


def _beyond_its_match(records: list[Record], entries: dict[tuple[str, str], Entry]) -> str:
    """What a question nobody picked an entry for asks that the entry the bot matched (``entries``
    by heading and category) never says (:func:`faqbot.retrieval.never_says`: "can I cancel my
    subscription" of "How do I sign up?", "How many times have they met?" of an entry that names no
    number), or "". The bot holds such an answer back for the same reason, and the FAQ has nothing
    on the question."""
    matched = records[0]
    entry = entries.get((matched.heading, matched.category))
    if entry is None or any(record.chosen for record in records):
        return ""
    return never_says(entry, matched.question)


def _given(record: Record, names: dict[tuple[str, str], str]) -> str:
    """The entry the bot gave a record (its answer, or its first candidate), by its name (``names``)."""
    return names.get((record.heading, record.category), record.heading)


def _by_name(entries: Sequence[Entry]) -> dict[tuple[str, str], Entry]:
    """Each entry by its (heading, category), as a record names the entry it was answered with (of a
    heading written twice in one section, the first)."""
    by_name: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        by_name.setdefault((entry.heading, entry.category), entry)
    return by_name


def _names(entries: Sequence[Entry]) -> dict[tuple[str, str], str]:
    """Each entry's name by its (heading, category), as a record names the entry it was answered
    with: its heading, told apart from the same heading in another section (:func:`told_apart`)."""
    headed = [(entry.heading, entry.category) for entry in entries]
    return dict(zip(headed, told_apart(headed), strict=True))


def review(store: QuestionStore, bot: FAQBot) -> Review:
    """What the owner should look at now, most asked first (see the module docstring)."""
    entries = bot.index.entries
    names, by_name = _names(entries), _by_name(entries)
    groups: dict[str, list[Record]] = defaultdict(list)  # newest record first in each
    for record in store.records(status=OPEN):
        if small_talk(record.question) is None:  # "hi" and "thanks" need no entry, however often they are typed
            groups[same_question(record.question)].append(record)
    beyond = {key: _beyond_its_match(records, by_name) for key, records in groups.items()}
    suggestions = []
    for key, records in groups.items():
        reasons = [why for why in map(_why, records) if why]
        if reasons:
            latest = records[0]
            top = Counter(reasons).most_common(1)[0][0]
            unsuggested = _unsuggested(records, names, beyond[key])
            heading, picked = _suggested_entry(records, names, unsuggested)
            suggestions.append(Suggestion(latest.id, latest.question, len(records), top, latest.reason, heading, latest.score, picked, _given(latest, names), unsuggested))
    suggestions.sort(key=lambda s: (-s.asked, s.score))
    declined = [records for key, records in groups.items() if _found_nothing(records[0]) or beyond[key]]
    return Review(tuple(suggestions), tuple(_topics(declined, bot)))


def _found_nothing(record: Record) -> bool:
    """Whether the bot found nothing for a question: it said so, or the asker turned down what it
    gave — every candidate ("none of these", or 👎 on the "did you mean"), or the answer (👎, or "no")
    with nothing picked instead."""
    return record.reason == NOT_COVERED or (record.helpful is False and not record.chosen)


def _topics(declined: list[list[Record]], bot: FAQBot) -> list[Topic]:
    """Group questions the bot found nothing for by meaning: each joins the first group whose first
    question is similar enough."""
    declined = sorted(declined, key=len, reverse=True)
    vectors = [bot.encoder.encode_query(records[0].question)[0] for records in declined]
    leaders: list[int] = []
    members: dict[int, list[int]] = {}
    for position, vector in enumerate(vectors):
        home = next((leader for leader in leaders if float(np.dot(vectors[leader], vector)) >= SIMILAR), None)
        if home is None:
            leaders.append(position)
            members[position] = [position]
        else:
            members[home].append(position)
    topics = [
        Topic(sum(len(declined[m]) for m in group), tuple(declined[m][0].question for m in group), tuple(declined[m][0].id for m in group))
        for group in members.values()
    ]
    return sorted((topic for topic in topics if topic.asked >= MIN_GROUP), key=lambda topic: -topic.asked)


def _record(store: QuestionStore, record_id: str) -> Record:
    record = store.get(record_id)
    if record is None:
        raise UnknownQuestionError(f"no recorded question has the id {record_id!r}; `faqbot review` lists them")
    return record


def _same_open_records(store: QuestionStore, record: Record) -> list[Record]:
    """Every undecided record of the same question as ``record``, newest first (at least ``record``)."""
    key = same_question(record.question)
    return [other for other in store.records(status=OPEN) if same_question(other.question) == key] or [record]


def approve(store: QuestionStore, corpus: str | Path, record_id: str, heading: str | None = None) -> tuple[str, str]:
    """Add the question recorded as ``record_id`` to the learned file under ``heading`` (default: the
    entry the review suggests); returns (question, heading). The owner's own files are not touched."""
    record = _record(store, record_id)
    same = _same_open_records(store, record)
    entries = load_corpus(corpus).entries
    names = _names(entries)
    if heading:
        wanted = one_line(heading)
    else:
        unsuggested = _unsuggested(same, names, _beyond_its_match(same, _by_name(entries)))
        wanted = _suggested_entry(same, names, unsuggested)[0]
        if not wanted:
            raise ReviewError(f"no entry is suggested for {record.question!r}: {unsuggested}; choose the entry it belongs to (--heading), or add one to the FAQ")
    key, named = heading_key(wanted), named_entries(entries)
    if key not in named:
        raise ReviewError(f"no entry of the FAQ is headed {wanted!r}; name one with --heading (`faqbot review` shows the suggestions)")
    position = named[key]
    if position is None:
        sections = ", ".join(repr(name) for (asked, _), name in names.items() if heading_key(asked) == key)
        raise ReviewError(f"{wanted!r} is asked in several sections; name one with --heading: {sections}")
    name = names[entries[position].heading, entries[position].category]
    add_learned(learned_path(corpus), name, one_line(record.question))
    store.decide([other.id for other in same], APPROVED)
    return record.question, name


def reject(store: QuestionStore, record_id: str) -> str:
    """Stop suggesting the question recorded as ``record_id`` (and its repeats); returns the question."""
    record = _record(store, record_id)
    store.decide([other.id for other in _same_open_records(store, record)], REJECTED)
    return record.question
