"""Retrieval and scoring: a question → FAQ entries ranked by fused similarity, and a confidence.

Ranking has two stages. First every candidate entry is scored from four signals (the views of
each entry are described in :mod:`faqbot.layout`):

* query vs. the entry's questions (heading and alternates, best one counts) — the strongest
  single signal (StackFAQ P@1 0.945 alone);
* query vs. heading + whole answer — gives terse headings ("these developments") context;
* query vs. the entry's best passage (read with its heading) — catches questions the answer
  covers in other words, and picks the passage to show;
* BM25 over heading + answer, relative to the best entry — rewards reusing the FAQ's own terms.

The first stage ranks by their weighted sum, leaning on heading + answer: it chooses the few
entries worth a closer look, and a heading alone ("What causes X?") often cannot tell which
those are. The best few are then re-ranked by their headings and token matching
(:mod:`faqbot.token_match`): how well each of the question's words, weighted by how rare it
is in the corpus, is matched in the entry's heading + answer. It separates entries that share the
FAQ's overall topic and differ in the words that matter, which one sentence vector blurs; it is
computed for a handful of entries only because it reads every token of each. The first of them
is chosen with a little weight on each entry's discriminant (:mod:`faqbot.discriminant`), which
scores the question by the directions that tell that entry's rows from the other entries'.

Confidence is a logistic curve of the best entry's dense similarity (a fixed mix of the three
dense views) and its token match, of its lead over the runner-up in each, and of its lead in the
discriminant over every entry that answers something else: the one signal fitted to this FAQ's
own entries, it says whether the directions that tell them apart agree. The lexical signal
is left out: it is relative to the corpus, so it cannot say whether *any* entry fits. Token match can: a question about
something the FAQ never mentions ("How many nuclear warheads…?") leaves its key words unmatched.
The weights were chosen on StackFAQ and the seed question set and checked on LiveQA-Med, the
curve fitted on the first two; docs/quality.md records how and what they score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from faqbot.answer import Alternative, Answer
from faqbot.corpus.entry import Entry, same_question, told_apart
from faqbot.index import FAQIndex
from faqbot.layout import View
from faqbot.lexical import query_terms, stem
from faqbot.small_talk import small_talk
from faqbot.text import WORD, names_something
from faqbot.token_vectors import TokenVectors

# First stage: weights of (heading, heading + answer, best passage, lexical); they sum to 1.
# It chooses which entries the second stage re-ranks (docs/quality.md, "Fusion weights across sets").
WEIGHTS = (0.1, 0.6, 0.2, 0.1)
# The dense similarity confidence reads: the mix of (heading, heading + answer, best passage) the
# confidence curve was fitted on, kept apart from WEIGHTS so that ranking can change without
# moving the curve's scale.
CONFIDENCE_VIEWS = (0.5, 0.2, 0.15)
# Second stage, for the RERANK best entries: (heading, heading + answer, token match, lexical).
RERANK_WEIGHTS = (0.5, 0.05, 0.4, 0.05)
# Weight of the entry discriminant (in the question's spread over the entries) beside
# RERANK_WEIGHTS when the first of the re-ranked entries is chosen.
DISCRIMINANT_WEIGHT = 0.05
RERANK = 3  # at least 2 (confidence compares the best two); why 3: docs/quality.md
CANDIDATE_ROWS = 200  # nearest vector rows fetched from FAISS before exact per-entry scoring
LEXICAL_CANDIDATES = 10  # best BM25 entries added to the candidates
# Logistic coefficients: bias, then dense similarity, its lead, token match, its lead, the discriminant's lead;
# fitted on StackFAQ and the seed set (benchmarks/calibration.py prints the fit).
CONFIDENCE = (-6.61, 7.23, 2.99, 6.02, 4.04, 0.96)
# Answer only when the curve says right three times in four: fitted on StackFAQ and the seed set, it
# is over-confident on FAQs it has not seen; at this threshold the development FAQs it never saw
# assert a wrong entry for well under 15 % of their questions (docs/quality.md, "Did you mean").
CONFIDENCE_THRESHOLD = 0.75
HIGH_CONFIDENCE = 0.8  # below it an answer is "medium confidence": shown, and listed for the owner's review
# Below the answer threshold, the best entries are offered ("did you mean") when the best one fits the
# question this well (with or without its lead over the rival); below this the FAQ does not cover it.
# Lower than the answer threshold because offering is not asserting: in-domain questions get their
# candidates while no off-topic or cross-domain development question is offered any (docs/quality.md,
# "Did you mean").
OFFER_THRESHOLD = 0.2
OFFERED = 3  # entries a "did you mean" reply offers: the best guess and the next two
# Under an answer, a runner-up is offered too ("Not what you meant?") when its confidence measured
# against the answer reaches this: near enough to be what was meant, and no unrelated entry.
RELATED_SCORE = 0.05
# Beside a "did you mean" reply's best guess, a runner-up is offered when its confidence measured
# against it reaches this: half the lowest of any right one on the development sets (docs/quality.md).
SUGGESTED_SCORE = 0.005
# How much more confident than the best entry a runner-up must be for the curve to overrule the ranking
# (likelier_runner_up): the best entry is then not answered, and the runner-up is offered first; closer,
# the ranking's order is as often right (docs/quality.md, "Did you mean").
LIKELIER_BY = 0.05


@dataclass(frozen=True)
class Hit:
    """One ranked entry: its position, its best passage's position, and its scores."""

    entry: int
    passage: int
    score: float  # second-stage score for the first RERANK hits (the first of them chosen with the discriminant too), else first-stage
    similarity: float  # dense similarity in the CONFIDENCE_VIEWS mix, used for confidence
    match: float  # token match, used for confidence (the winner's and each alternative's)
    discriminant_lead: float  # over the best candidate answering something else (see _discriminant_leads), used for confidence


def _candidate_entries(index: FAQIndex, query: np.ndarray, lexical: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
    """Entries owning any of the vector rows nearest the query, plus the best lexical matches."""
    rows = index.dense.nearest_rows(query, CANDIDATE_ROWS, allowed)
    dense = index.layout.row_entry[rows[rows >= 0]]
    best_lexical = np.argsort(-lexical)[:LEXICAL_CANDIDATES]
    return np.unique(np.concatenate([dense, best_lexical[lexical[best_lexical] > 0]]))


def _best_per_entry(similarities: np.ndarray, wanted: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each entry's best similarity among its ``wanted`` rows (rows grouped by entry from ``starts``)."""
    return np.maximum.reduceat(np.where(wanted, similarities, -np.inf), starts)


def _reranked(groups: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The entries the second stage re-ranks, from the first stage's ``order`` and each one's answer
    group: the best RERANK, and when they all answer the same thing (duplicates), the first entry
    that answers something else too. The best entry's rival is then always re-ranked with it, so
    its lead is measured on one scale and does not depend on how many hits a caller asks for."""
    others = np.flatnonzero(groups != groups[0])
    if others.size and others[0] >= RERANK:
        return np.append(order[:RERANK], order[others[0]])
    return order[:RERANK]


def _discriminant_leads(scores: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each candidate's discriminant score less the best score of a candidate that answers something
    else (``groups``: their answer groups), in the question's spread: how clearly the directions that
    tell entries apart favour it over every other answer, not just over the runner-up the other
    signals chose. All 0 when the candidates answer one thing."""
    best = int(np.argmax(scores))
    others = groups != groups[best]
    if not others.any():
        return np.zeros_like(scores)
    return scores - np.where(others, scores[best], scores[others].max())


def _first_by_discriminant(groups: np.ndarray, top: np.ndarray, scores: np.ndarray, discriminant: np.ndarray) -> np.ndarray:
    """The re-ranked entries ``top`` in second-stage order, except that the first is chosen with the
    entries' ``discriminant`` scores (:mod:`faqbot.discriminant`) added. Their scores stay the other signals',
    so an entry the discriminant moves to the front leads nothing on them: the signals disagree, and
    the bot offers it with the others ("did you mean") rather than asserting it. Added to every
    score instead, the discriminant widens every lead it agrees with and asserts more near-topic
    questions (docs/quality.md, "Entry discriminants"). A copy of the first entry (the same answer
    group in ``groups``) is not moved: the discriminant then agrees on the answer, and the first keeps its lead."""
    ordered = top[np.argsort(-scores[top], kind="stable")]
    preferred = top[int(np.argmax(scores[top] + DISCRIMINANT_WEIGHT * discriminant[top]))]
    if groups[preferred] == groups[ordered[0]]:
        return ordered
    return np.concatenate([[preferred], ordered[ordered != preferred]])


def rank(
    index: FAQIndex, query: np.ndarray, tokens: TokenVectors, text: str, limit: int, category: str | None = None, leave_out: int | None = None
) -> list[Hit]:
    """The ``limit`` best entries for a question (its unit vector, token vectors and text), best first.

    All candidate entries are scored at once: their rows (every view; see RowLayout.entry_rows)
    are fetched in one batch, compared with one matrix product, and each entry's best question,
    its heading + answer and its best passage are taken with segmented maxima.
    The first-stage best RERANK (see :func:`_reranked`) are then put in second-stage order; at least
    those are returned, whatever ``limit``. With ``category``, only that category's entries are candidates;
    with ``leave_out``, an answer group, its entries are not (as if the FAQ did not have them).
    """
    allowed = index.in_category(category) if category is not None else None
    if leave_out is not None:
        others = index.answer_group != leave_out
        allowed = others if allowed is None else allowed & others
    lexical = index.lexical.scores(text, allowed)
    candidates = _candidate_entries(index, query, lexical, allowed)
    layout = index.layout
    segments = [layout.entry_rows[e] for e in candidates]
    starts = np.cumsum([0] + [len(rows) for rows in segments[:-1]])
    rows = np.concatenate(segments)
    similarities = index.dense.rows(rows) @ query
    views = layout.row_view[rows]
    is_passage = views == View.PASSAGE
    question = _best_per_entry(similarities, (views == View.HEADING) | (views == View.ALTERNATE), starts)
    document = _best_per_entry(similarities, views == View.DOCUMENT, starts)
    passage = _best_per_entry(similarities, is_passage, starts)  # every entry has a passage
    scores = WEIGHTS[0] * question + WEIGHTS[1] * document + WEIGHTS[2] * passage + WEIGHTS[3] * lexical[candidates]
    order = np.argsort(-scores, kind="stable")
    groups = index.answer_group[candidates]
    top = _reranked(groups[order], order)
    written = np.flatnonzero(np.isin(candidates, list(index.asking.get(same_question(text), ()))))
    top = np.concatenate([top, written[~np.isin(written, top)]])  # the entry a question asks as written is always weighed
    order = np.concatenate([top, order[~np.isin(order, top)]])
    limit = max(len(top), limit)
    returned = order[:limit]  # every hit returned is given a confidence, which reads its match
    match = np.zeros(len(candidates))
    match[returned] = index.tokens.scores(tokens, candidates[returned])
    scores[top] = (
        RERANK_WEIGHTS[0] * question[top]
        + RERANK_WEIGHTS[1] * document[top]
        + RERANK_WEIGHTS[2] * match[top]
        + RERANK_WEIGHTS[3] * lexical[candidates[top]]
    )
    discriminant = index.discriminant.scores(query, candidates)
    order = np.concatenate([_first_by_discriminant(groups, top, scores, discriminant), order[len(top):]])
    discriminant_leads = _discriminant_leads(discriminant, groups)
    passages_only = np.where(is_passage, similarities, -np.inf)
    hits = []
    for i in order[:limit]:
        best_row = rows[starts[i] + int(np.argmax(passages_only[starts[i] : starts[i] + len(segments[i])]))]
        hits.append(Hit(
            entry=int(candidates[i]),
            passage=layout.passage(int(best_row)),
            score=float(scores[i]),
            similarity=float(np.dot(CONFIDENCE_VIEWS, (question[i], document[i], passage[i])) / sum(CONFIDENCE_VIEWS)),
            match=float(match[i]),
            discriminant_lead=float(discriminant_leads[i]),
        ))
    return hits


class Offer(NamedTuple):
    """An entry offered to pick: its ``question`` (its heading, told apart from the same heading in
    another section: :func:`faqbot.corpus.entry.told_apart`), shown and asked when picked, and its ``heading``."""

    question: str
    heading: str


def offers(answer: Answer, alternatives: Iterable[Alternative]) -> list[Offer]:
    """The best guess and ``alternatives`` (runners-up of ``answer``) as offers, in that order, each
    by the name the FAQ gives it (:attr:`Answer.offered_as`), or told apart among them."""
    entries = [(answer.heading, answer.category), *((alt.heading, alt.category) for alt in alternatives)]
    ranked = [(answer.heading, answer.category), *((alt.heading, alt.category) for alt in answer.alternatives)]
    named = dict(zip(ranked, answer.offered_as))
    return [Offer(named.get(entry, question), entry[0]) for question, entry in zip(told_apart(entries), entries, strict=True)]


def _distinct(offered: list[Offer]) -> list[Offer]:
    """``offered`` without the offers that ask what an earlier one asks (copies of one question in
    one section): the asker would see one label twice, and either click asks the same question."""
    kept: dict[str, Offer] = {}
    for offer in offered:
        kept.setdefault(same_question(offer.question), offer)
    return list(kept.values())


def suggestions(answer: Answer, least: float = SUGGESTED_SCORE) -> list[Offer]:
    """The entries a "did you mean" reply offers: the best guess, then the runners-up whose
    confidence against it reaches ``least``, OFFERED in all. "i'm moving house" offered "How do I
    advertise in the paper?" (0.001) beside the change of address. A reply decided from the
    conversation ("which one?"; every score 0) offers all its candidates: none was weighed.
    ``least=0`` gives the first entries ranked, as R@3 reads them."""
    near = [alt for alt in answer.alternatives if alt.score >= least] if answer.score else answer.alternatives
    return _distinct(offers(answer, near))[:OFFERED]


def did_you_mean(offered: int) -> str:
    """The question over a "did you mean" reply's candidates, of which there can be one: a likely
    entry with no rival is offered alone (see :func:`decide`)."""
    return "Did you mean this?" if offered == 1 else "Did you mean one of these?"


def related(answer: Answer) -> list[Offer]:
    """The runners-up worth offering under an answer (its ``alternatives``, best score first): those
    whose confidence against it reaches RELATED_SCORE, at most OFFERED - 1 (with the answer, as many
    entries as "did you mean" offers). An asserted answer is sometimes wrong; these give its reader
    a way on without rephrasing."""
    return _distinct(offers(answer, (alt for alt in answer.alternatives if alt.score >= RELATED_SCORE)))[1:OFFERED]


def offered_with(answer: Answer) -> list[Offer]:
    """The entries a chat reply offers to pick from: the related questions under an answer, the
    candidates of a "did you mean"; none when the FAQ does not cover the question, or for small talk."""
    if answer.answered:
        return related(answer)
    return suggestions(answer) if answer.reason == AMBIGUOUS else []


def reply_data(answer: Answer) -> dict:
    """An answer as plain data for JSON (``/api/ask``, ``faqbot ask --json``): its fields, as
    "excerpt" what a chat shows of its answer (:attr:`Answer.excerpt`), and as "offers" the entries a
    chat shows with it, each by the name a pick asks and its heading."""
    return answer.to_dict() | {"excerpt": answer.excerpt, "offers": [offer._asdict() for offer in offered_with(answer)]}


def confidence_features(best: Hit, runner_up: Hit | None) -> tuple[float, float, float, float, float]:
    """What confidence is computed from: dense similarity, its lead, token match, its lead, and the
    discriminant's lead. Without a runner-up every lead is 0: the fit alone."""
    if runner_up is None:
        return best.similarity, 0.0, best.match, 0.0, 0.0
    return best.similarity, best.similarity - runner_up.similarity, best.match, best.match - runner_up.match, best.discriminant_lead


def confidence(best: Hit, runner_up: Hit | None, curve: tuple[float, ...] = CONFIDENCE) -> float:
    """Probability-like confidence that ``best`` answers the question, in 0..1.

    ``runner_up`` is the second hit (both are re-ranked, so both have a token match), or None
    when the corpus has one entry. ``curve`` is (bias, slopes…); benchmarks/calibration.py tries others.
    """
    bias, *slopes = curve
    z = bias + sum(slope * x for slope, x in zip(slopes, confidence_features(best, runner_up), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


ANSWERED, AMBIGUOUS, NOT_COVERED = "answered", "ambiguous", "not covered"
# Second-stage score lead under which the best entry is only a candidate ("did you mean"); chosen with
# CONFIDENCE_THRESHOLD (docs/quality.md, "Did you mean").
AMBIGUOUS_LEAD = 0.02
# Confidence from which the best entry is answered however close its rival: the curve has weighed
# their leads already, and the close calls held back above it were mostly right (docs/quality.md,
# "Sure however close").
SURE_DESPITE_RIVAL = 0.95


@dataclass(frozen=True)
class Decision:
    """How a reply was decided: answer the best hit, offer candidates, or say the FAQ does not cover it."""

    reason: str  # ANSWERED, AMBIGUOUS or NOT_COVERED
    score: float  # confidence that hits[0] answers the question, in 0..1
    rival: Hit | None  # the best hit that answers something else (None: every hit says the same)
    small_talk: str = ""  # the kind of pleasantry the message is (faqbot.small_talk); "" for a question
    held_back: str = ""  # why hits[0], sure enough to answer, is not asserted (HELD_BACK); "" otherwise


def _rival(index: FAQIndex, hits: list[Hit]) -> Hit | None:
    """The first runner-up whose entry does not answer the same thing as the best one."""
    group = index.answer_group[hits[0].entry]
    return next((hit for hit in hits[1:] if index.answer_group[hit.entry] != group), None)


def _names_a_subject(index: FAQIndex, message: str, best: Hit) -> bool:
    """Whether ``message`` is one bare word ("card", "refund") that the questions of more entries
    than the best one use — a subject to choose an entry of, not a question to answer. The word
    alone cannot say which of them is meant, and ranked like a question it is matched confidently
    to one ("card" to "Are your cards Visa or Mastercard?"). A word no entry's question uses is
    matched on a stray word piece or the answers' text, so it is no answer either."""
    if len(WORD.findall(message)) != 1:
        return False
    terms = query_terms(message)
    asking = index.question_terms.get(terms[0], frozenset()) if terms else frozenset()
    return {int(index.answer_group[entry]) for entry in asking} != {int(index.answer_group[best.entry])}


def _section_unsaid(index: FAQIndex, message: str, best: Hit, rival: Hit | None) -> bool:
    """Whether the best entry and its rival ask one question in two sections and ``message`` does not
    say which section it means.

    "Will I be able to track my transaction?" under "NEFT Transactions" and under "RTGS
    Transactions" has two answers, and asked alone it fits both; which one ranks first then hangs on
    the words of their answers. The message says which when it is the best entry's heading told
    apart (what a "did you mean" offer asks), one of its alternates the rival lacks (a question
    approved for it from what people asked), or names a word of its category path or alternates
    that the rival's lack ("masters", once "how do I apply for a masters" was approved for the
    graduate section).
    """
    if rival is None or not message:
        return False
    first, second, headings = index.entries[best.entry], index.entries[rival.entry], index.layout.headings
    if same_question(first.heading) != same_question(second.heading) or headings[best.entry] == headings[rival.entry]:
        return False
    own_questions = {same_question(headings[best.entry]), *map(same_question, first.alternates)} - set(map(same_question, second.questions))
    if same_question(message) in own_questions:
        return False
    own = _terms(first.category, *first.alternates) - _terms(second.category, *second.questions)
    return not own & set(query_terms(message))


# Prefixes that make a verb its reverse ("uninstall", "disconnect", "deactivate"), the particles
# that do ("check in" / "check out", "turn on" / "turn off"), and the words a verb follows in a
# question ("How do I install…?", "how to install", "can you install"): see asks_the_reverse.
REVERSING_PREFIXES = ("un", "dis", "de")
OPPOSITE_PARTICLES = {"in": "out", "out": "in", "on": "off", "off": "on"}
# Actions a FAQ asks how to do, each with the ones that undo it or do the reverse.
_OPPOSITE_ACTIONS = (
    ("install", "remove"), ("add", "remove"), ("add", "delete"), ("create", "delete"), ("open", "close"),
    ("start", "stop"), ("deposit", "withdraw"), ("book", "cancel"), ("order", "cancel"), ("subscribe", "cancel"),
    ("join", "leave"), ("increase", "decrease"), ("increase", "reduce"), ("upload", "download"), ("import", "export"),
    ("accept", "reject"), ("accept", "decline"), ("allow", "block"), ("show", "hide"), ("pause", "resume"),
    ("include", "exclude"), ("encrypt", "decrypt"), ("enable", "disable"), ("sign", "cancel"), ("register", "cancel"),
    ("renew", "cancel"), ("apply", "withdraw"), ("borrow", "return"), ("pay", "refund"), ("buy", "return"),
    ("order", "return"),
)  # fmt: skip
# ...and those that are one exchange seen from its two sides: the reverse only when asked from the
# same side ("can I sell my ticket" of "Can I buy a ticket?"); "do you sell gift vouchers" asks
# what "Can I buy gift vouchers?" asks.
_CONVERSE_ACTIONS = (("buy", "sell"), ("send", "receive"))
OPPOSITE_ACTIONS = {
    stem(word): frozenset(stem(other) for pair in (*_OPPOSITE_ACTIONS, *_CONVERSE_ACTIONS) if word in pair for other in pair if other != word)
    for pair in (*_OPPOSITE_ACTIONS, *_CONVERSE_ACTIONS)
    for word in pair
}
CONVERSE_ACTIONS = frozenset(frozenset(map(stem, pair)) for pair in _CONVERSE_ACTIONS)
MIN_REVERSED = 4  # letters of the shortest verb read as reversed: "lock", "link"; not "do" in "undo"
_BEFORE_A_VERB = frozenset({"", "i", "to", "you", "we", "can", "please"})
_ASKED_OF_THE_FAQ = frozenset({"you", "u"})  # before a verb: the FAQ's owner does it ("do you sell…"), not the asker


def _doer(before: str) -> str | None:
    """Who does the verb after ``before``: "faq" (its owner: "do you sell…"), "asker" ("can I buy…",
    "how to buy…"), or None for someone else ("can my employer send…") or a word that is no verb's."""
    return "faq" if before in _ASKED_OF_THE_FAQ else "asker" if before in _BEFORE_A_VERB else None


def _actions(question: str) -> set[tuple[str, str | None]]:
    """The stems of the words ``question`` may ask to do: its first word and each word after one a
    verb follows ("install" in "How do I install Snapcat?"), not those that describe ("safe" in "Is
    it safe to…?", which "unsafe" asks as well); each with who is to do it (:func:`_doer`)."""
    words = WORD.findall(question.casefold())
    return {(stem(word), _doer(before)) for before, word in zip(["", *words], words) if before in _BEFORE_A_VERB}


def _verb_particles(text: str) -> set[tuple[str, str]]:
    """The (verb stem, particle) pairs of ``text``: "check in", "check-out" and "checking out" alike."""
    words = WORD.findall(text.casefold())
    return {(stem(verb), particle) for verb, particle in zip(words, words[1:]) if particle in OPPOSITE_PARTICLES}


def _reversing_words(message: str, actions: set[tuple[str, str | None]]) -> set[str]:
    """The stems of the words of ``message`` that undo or reverse one of ``actions`` (see
    :func:`_actions`): with a reversing prefix ("uninstall" of "install") or listed as its opposite
    ("remove" of "install"; a converse only when the same one does both: "can my employer send my
    salary here" asks what "Can I receive money?" asks). A participle names a state, not an action
    to undo: "Can an unregistered user see the answers?" asks what "How can I read the answers
    without having to register?" answers."""
    found = set()
    words = WORD.findall(message.casefold())
    for before, word in zip(["", *words], words):
        if word.endswith("ed"):
            continue
        stemmed, doer = stem(word), _doer(before)
        unprefixed = {stem(word[len(p) :]) for p in REVERSING_PREFIXES if word.startswith(p) and len(word) - len(p) >= MIN_REVERSED}
        reversed_actions = unprefixed | OPPOSITE_ACTIONS.get(stemmed, frozenset())
        if any(action in reversed_actions and (doer == its_doer or frozenset({action, stemmed}) not in CONVERSE_ACTIONS) for action, its_doer in actions):
            found.add(stemmed)
    return found


def asks_the_reverse(entry: Entry, message: str) -> bool:
    """Whether ``message`` asks to undo what ``entry``'s question asks to do, which the entry never
    speaks of: a word of it reverses a verb of that question (:func:`_reversing_words`: "how do I
    uninstall snapcat", "…remove snapcat" of "How do I install Snapcat?"), or it gives a verb of
    that question the opposite particle ("can I check out late" of "Can I check in early?"). The
    model reads a word and its reverse as nearly the same, so the other question's answer would be
    asserted (0.87 to 0.97 in trials), and the owner's review would suggest it as the question's home."""
    reversing = _reversing_words(message, {term for question in entry.questions for term in _actions(question)})
    asked = {pair for question in entry.questions for pair in _verb_particles(question)}
    particled = {(verb, particle) for verb, particle in _verb_particles(message) if (verb, OPPOSITE_PARTICLES[particle]) in asked}
    if not reversing and not particled:
        return False
    return bool(reversing - _terms(*entry.texts) or particled - _verb_particles("\n".join(entry.texts)))


# A question that opens by asking for a number, a length of time or a date ("How many…?", "When
# did…?"), and what an answer to it names: digits, a number, a length of time or a date in words, no
# charge or no limit. "When can I…?" asks for a condition, not a date, and is left out. See asks_an_amount_not_given.
_ASKS_AN_AMOUNT = re.compile(r"(?:^|[.?!]\s+)(?:how (?:many|much|long|old|far)|when (?:did|was|were|will)|(?:in )?(?:what|which) (?:year|date))\b", re.IGNORECASE)
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "once", "twice", "half",
    "few", "several", "free", "unlimited", "no limit", "no charge", "no cost",
)  # fmt: skip
_TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")
# Dates in words: "from September", "on Mondays", "every autumn", "by tomorrow". Not "May", which is mostly "may".
_DATE_WORDS = (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday",
    "spring", "summer", "autumn", "fall", "winter", "today", "tonight", "tomorrow", "yesterday", "morning", "afternoon",
    "evening", "noon", "midnight",
)  # fmt: skip
_AN_AMOUNT = re.compile(rf"\d|\b(?:{'|'.join(_NUMBER_WORDS)}|(?:{'|'.join(_TIME_UNITS + _DATE_WORDS)})s?|hourly|daily|weekly|monthly|yearly|annually)\b", re.IGNORECASE)


def asks_an_amount_not_given(entry: Entry, message: str) -> bool:
    """Whether ``message`` asks for a number, a length of time or a date (:data:`_ASKS_AN_AMOUNT`)
    that ``entry`` never gives: it names none. Such an entry is on the question's subject but cannot
    answer it, and the model reads the subject alone: "How many times have Kim and Xi met?" was
    answered at 0.97 with what their meetings reveal, and "When did Kim Jong Un first meet Xi
    Jinping?" at 0.99 (docs/quality.md, "Did you mean")."""
    return _ASKS_AN_AMOUNT.search(message) is not None and not any(_AN_AMOUNT.search(text) for text in entry.texts)


# What a question may ask that the entry it fits never says (never_says): the reverse of its
# question, or a number or a date it never gives.
REVERSE, AMOUNT = "reverse", "amount"
# Why a message is not answered with an entry sure enough to be answered (see decide)
# (Decision.held_back, Answer.held_back): it asks nothing (no letter, question words alone), it is one
# bare word that several entries' questions use, the model cannot read it, it asks what the entry
# never says (REVERSE, AMOUNT), or the entry's question is asked in two sections and it says not which.
NOTHING_ASKED, BARE_WORD, UNREADABLE, SECTION_UNSAID = "nothing asked", "bare word", "unreadable", "section unsaid"
HELD_BACK = (NOTHING_ASKED, BARE_WORD, UNREADABLE, REVERSE, AMOUNT, SECTION_UNSAID)


def never_says(entry: Entry, message: str) -> str:
    """What ``message`` asks that ``entry`` never says — REVERSE (:func:`asks_the_reverse`), AMOUNT
    (:func:`asks_an_amount_not_given`) — or "". The chat does not assert the entry for it
    (:func:`_held_back`), and ``faqbot review`` does not suggest the entry as its home: one list of
    such rules for both, so that the review never undoes what the chat holds back."""
    if asks_the_reverse(entry, message):
        return REVERSE
    return AMOUNT if asks_an_amount_not_given(entry, message) else ""


def _terms(*texts: str) -> set[str]:
    """The search terms of ``texts`` together."""
    return {term for text in texts for term in query_terms(text)}


def _asks_as_written(index: FAQIndex, message: str, best: Hit) -> bool:
    """Whether ``message`` is one of the best entry's questions as written (its heading, an
    alternate): the FAQ then says what it means, and no rule on messages holds it back."""
    return best.entry in index.asking.get(same_question(message), ())


def _held_back(index: FAQIndex, message: str, best: Hit, rival: Hit | None) -> str:
    """Why ``message`` is a question the best entry may not be asserted for (one of HELD_BACK), or ""
    when it may be (see :func:`decide`).

    One of the best entry's questions as written (a heading "Parking", an approved alternate) may
    always be: the FAQ says what it means. Otherwise a message that names nothing (no letter, or
    question words alone: "9:00", "how do I") names nothing to answer, though its digits may
    match an answer's text or its words the one heading that opens with them, confidently; one
    bare word may name a subject of several entries; a message the English model cannot read
    (another language, or any question to a FAQ in one) has similarities, and a confidence, that
    say little; one may ask what the best entry never says (:func:`never_says`: the reverse of
    its question, or a number or a date it never gives); and one may not say which of two sections
    asking the best entry's question it means (:func:`_section_unsaid`). "" is a replay without the
    message."""
    if not message:
        return ""
    if not _asks_as_written(index, message, best):
        if not names_something(message):
            return NOTHING_ASKED
        if _names_a_subject(index, message, best):
            return BARE_WORD
        if not index.spelling.reads(message):
            return UNREADABLE
        unsaid = never_says(index.entries[best.entry], message)
        if unsaid:
            return unsaid
    return SECTION_UNSAID if _section_unsaid(index, message, best, rival) else ""


def decide(
    index: FAQIndex,
    hits: list[Hit],
    threshold: float,
    curve: tuple[float, ...] = CONFIDENCE,
    lead: float = AMBIGUOUS_LEAD,
    offer: float = OFFER_THRESHOLD,
    message: str = "",
    sure: float | None = SURE_DESPITE_RIVAL,
) -> Decision:
    """Answer, "did you mean", or "not covered" for ranked ``hits`` (best first).

    The best entry is answered when its confidence against its rival reaches ``threshold`` and it
    leads the rival clearly, or leads it at all and its confidence reaches ``sure`` (None: never
    without the lead), unless the curve finds a runner-up that answers something else likelier
    still (:func:`likelier_runner_up`): the ranking and the curve then disagree, and neither is sure.
    Runners-up that answer the same thing (duplicate entries) are no
    rival: hesitating between them would gain nothing. Otherwise the best entries are offered as
    candidates when the best one fits the question (its confidence, with or without its lead over
    the rival, reaches ``offer``, or ``threshold`` if that is lower), or a runner-up does measured
    against it, or the rival does on its own when the other signals rank it first (see
    :func:`_first_by_discriminant`); otherwise the FAQ does not cover the question. ``lead`` is
    raised, and ``sure`` turned off, by ``faqbot check`` (faqbot.check.COMPETING_LEAD);
    benchmarks/calibration.py replays decisions with other ``curve``, ``threshold`` and ``lead`` values.

    With the asker's ``message``, messages that ask nothing, or nothing the model can read, are
    never answered: small talk ("hi", "thanks"; see :mod:`faqbot.small_talk`) is not covered,
    unless the FAQ asks it as written (a "What can you do?" entry); one
    bare word that several entries use, a message without a letter ("9:00", "78.72"), one of
    question words alone ("how do I", "what is it?"), one the model cannot read as English
    (:meth:`faqbot.spelling.Speller.reads`) and one asking what the best entry never says (the
    reverse of its question, a number it never gives: :func:`never_says`) get candidates ("did
    you mean") at most, unless it is one of the best entry's questions as written; and one
    question that the FAQ asks in two sections is answered only when the message says which
    (:func:`_section_unsaid`). ``Decision.held_back`` names the rule that held back a best entry
    the rule above would answer, so that an interface can say why it was not asserted.
    """
    best, rival = hits[0], _rival(index, hits)
    talk = small_talk(message)
    if talk and not _asks_as_written(index, message, best):
        return Decision(NOT_COVERED, 0.0, rival, talk)
    score = confidence(best, rival, curve)
    held_back = ""
    lead_over_rival = math.inf if rival is None else best.score - rival.score
    likelier_score, likelier = likelier_runner_up(hits, score, curve)
    disputed = likelier is not None and index.answer_group[likelier.entry] != index.answer_group[best.entry]
    if score >= threshold and not disputed and (lead_over_rival >= lead or (sure is not None and score >= sure and lead_over_rival >= 0)):
        held_back = _held_back(index, message, best, rival)
        if not held_back:
            return Decision(ANSWERED, score, rival)
    # The best entry fits with its lead over the rival (every other entry fits worse still) or without it.
    # It is offered even with no rival (a topic of one entry, or of copies): "not covered" would tell
    # the asker the FAQ has nothing, when it has an entry that likely answers them. So are the best
    # entries when a runner-up fits measured against the best, or a rival that the other signals rank
    # above the best entry (the discriminant chose the best) fits on its own.
    passed_over = [rival] if lead_over_rival < 0 else []
    fits = max(score, likelier_score, *(confidence(hit, None, curve) for hit in [best, *passed_over])) >= min(offer, threshold)
    return Decision(AMBIGUOUS if fits else NOT_COVERED, score, rival, held_back=held_back)


def likelier_runner_up(hits: list[Hit], score: float, curve: tuple[float, ...] = CONFIDENCE) -> tuple[float, Hit | None]:
    """The confidence of the runner-up a reply offers that the curve finds likeliest, measured
    against the best hit (whose own confidence is ``score``), and that runner-up when it is likelier
    than the best by LIKELIER_BY (None otherwise). The ranking and the curve weigh the signals
    differently; where they disagree by that much the curve is right more often (docs/quality.md,
    "Did you mean")."""
    runner_score, runner = max(((confidence(hit, hits[0], curve), hit) for hit in hits[1:OFFERED]), key=lambda pair: pair[0], default=(0.0, None))
    return runner_score, runner if runner_score >= score + LIKELIER_BY else None


def likeliest_first(hits: list[Hit], decision: Decision, curve: tuple[float, ...] = CONFIDENCE) -> tuple[list[Hit], float]:
    """The ranked ``hits`` a reply is made from, and the confidence of the first: as ranked, except
    that a "did you mean" puts first the candidate likeliest to answer (:func:`likelier_runner_up`).
    The reply stays a "did you mean": neither is sure enough."""
    if decision.reason != AMBIGUOUS:
        return hits, decision.score
    score, likeliest = likelier_runner_up(hits, decision.score, curve)
    if likeliest is None:
        return hits, decision.score
    return [likeliest, *(hit for hit in hits if hit is not likeliest)], score


def runners_up(hits: list[Hit], limit: int, curve: tuple[float, ...] = CONFIDENCE) -> list[tuple[Hit, float]]:
    """A reply's alternatives: ``hits[1:limit]``, each with its confidence measured against the first
    (the answer's 0..1 scale, to :attr:`Answer.score`'s four places), the most confident first and,
    among equal ones, in the ranking's order. :meth:`FAQBot.ask` and benchmarks/calibration.py
    both build replies from it, so that the replay offers what the chat offers."""
    return sorted(((hit, round(confidence(hit, hits[0], curve), 4)) for hit in hits[1:limit]), key=lambda pair: -pair[1])
