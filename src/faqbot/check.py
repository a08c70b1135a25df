"""Checking a corpus (``faqbot check``): what in a FAQ will confuse the bot, as file:line findings.

Errors (the command exits non-zero) are problems the bot cannot work around: entries without
a question or answer, the same question twice, answers that say the same thing (merge them), and
questions that, asked exactly as written, retrieve another entry. Warnings point at what makes
answers worse: questions that retrieve their entry only just ahead of another (users who word
them their own way will get "did you mean"), two entries each answered with the other when asked
without it, their answers as alike as their questions, very long answers, answers that hold more questions
with their answers (entries run together), headings that lean on their surroundings, questions asking for a
number or a date that their answer never gives (the bot offers those entries rather than
answering questions worded otherwise), a FAQ not
in English (the bot offers its entries rather than answering), answers that are placeholders
("xx": the bot leaves those entries out), and answers holding a site template's placeholder or
a blank a FAQ template left to fill in ("[insert link here]", "[X days]").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from faqbot.bot import FAQBot, corpus_location
from faqbot.corpus import Entry, asked_in_two_sections, problems, read_corpus, repeated_questions
from faqbot.corpus.entry import asks
from faqbot.corpus.html_text import CELLS_APART, LIST_ITEM
from faqbot.corpus.learned import learned_path, read_learned, unused_approvals
from faqbot.corpus.loader import left_out_because
from faqbot.index import FAQIndex
from faqbot.overlap import answer_text, same_answer_pairs, says_only_yes_or_no
from faqbot.retrieval import ANSWERED, RERANK, asks_an_amount_not_given, decide, rank
from faqbot.settings import resolve
from faqbot.spelling import ENGLISH_FAQ
from faqbot.text import CODE
from faqbot.token_vectors import TokenVectors

LONG_ANSWER_WORDS = 300
# A heading asked exactly as written is the easiest question its entry will ever get; users'
# paraphrases land nearer the rival. So entries compete when even that lead is well short of
# safe: under 0.05, over twice the lead the bot needs to answer (retrieval.AMBIGUOUS_LEAD),
# which flags near-duplicate headings and leaves the seed FAQ quiet (tests/test_check.py).
COMPETING_LEAD = 0.05
# Words at most in an alternate that is a keyword, not a question ("tethering", "return policy").
KEYWORD_WORDS = 2
# Headings this alike (cosine) may ask one question in other words ("Can the flu vaccine give me the
# flu?", "Does the flu shot cause flu?"); two entries less alike, with alike answers, are about one
# subject but not one question (docs/quality.md, "Competing entries").
PARAPHRASED_HEADINGS = 0.7
_CONTEXT_WORDS = re.compile(r"\b(this|these|those|above|aforementioned)\b", re.IGNORECASE)
# Spaces are tried from the first of a run only (every pattern runs in time linear in its text:
# benchmarks/patterns.py), as in the next pattern.
_NAME_AFTER = re.compile(r"(?<!\s)\s+[A-Z]")
# What "this" points at that needs no naming: a time the asker is in ("this week", "these days"),
# not something of the FAQ's context, or the place they read the answer in ("this chat", "this app").
_ASKERS_OWN_AFTER = re.compile(
    r"(?<!\s)\s+(?:morning|afternoon|evening|weekend|week|month|year|season|semester|term|time|days|summer|winter|spring|autumn|fall"
    r"|chat|chatbot|bot|assistant|app|website|site)\b",
    re.IGNORECASE,
)
_LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # where a heading's second sentence starts
# An answer pointing at another part of the FAQ, which the chat does not show beside it: "see the
# previous question", "the answer to the last question", "see question 4", or "above" in its first
# sentence (nothing of it is above).
_ANOTHER_ENTRY = re.compile(r"\b(?:previous|preceding|earlier|next)\s+(?:question|answer|entry|faq)s?\b|\b(?:last|prior)\s+(?:question|answer)\b|\bsee\s+(?:also\s+)?(?:question|faq|q)\s*#?\d+", re.IGNORECASE)
# A placeholder a static site's template fills in (Liquid, Jinja, Hugo: "{{ site.email }}", "{{
# .Site.Params.price }}", "{% include phone.html %}"): read from the FAQ's data, it is shown as typed.
_TEMPLATE_PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,100}\}\}|\{%[^{}\n]{1,100}%\}")
# A blank a FAQ template or a writing assistant leaves for the owner to fill in: "[insert link
# here]", "[X days]", "[$X/month]", "[TBD]", "[Your Company Name]"; not a blank the reader fills in
# ("rename it Rosetta — [Your Name]") nor a link's text ("[here]").
_BLANK_TO_FILL = re.compile(
    r"\[(?=[^\[\]\n]{2,60}\])(?:[^\[\]\n]*?(?i:\binsert\b|\btb[dc]\b|\S\s+here\b)|[^\[\]\n]*?(?<![\w$])\$?X{1,4}(?!\w)"
    r"|(?i:your\s+(?:company|business|brand|store|shop|restaurant|clinic|practice|office|organi[sz]ation|website|phone|e-?mail|address|city|location|hours)\b))"
    r"[^\[\]\n]*\](?!\()"
)
_ABOVE = re.compile(r"\b(?:see|mentioned|described|explained|noted|stated|listed|shown|answered|outlined)\s+(?:\w+\s+){0,2}above\b", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Finding:
    """One thing to fix (an error) or to consider (a warning), at a place in the corpus."""

    file: str
    line: int
    level: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.level}: {self.message}"


def _at(entry: Entry, level: str, message: str) -> Finding:
    return Finding(entry.file, entry.line, level, message)


def _style_warnings(entries: tuple[Entry, ...]) -> list[Finding]:
    """Long answers and context-dependent headings: allowed, but worth an author's second look."""
    found = []
    for entry in entries:
        words = len(entry.answer.split())
        if words > LONG_ANSWER_WORDS:
            found.append(_at(entry, "warning", f"answer to {entry.heading!r} is {words} words; readers see one passage of it — consider splitting the entry"))
        context = _context_word(entry.heading)
        if context and all(_context_word(alternate) for alternate in entry.alternates):
            found.append(_at(entry, "warning", f"heading {entry.heading!r} leans on its context ({context!r}); say what it refers to, or add alternates"))
        pointer = _points_elsewhere(entry.answer)
        if pointer:
            found.append(_at(entry, "warning", f"answer to {entry.heading!r} points at another part of the FAQ ({pointer!r}), which the chat does not show beside it; say what it refers to"))
        text = CODE.sub("", entry.answer)
        placeholder = _TEMPLATE_PLACEHOLDER.search(text)
        if placeholder:
            found.append(_at(entry, "warning", (
                f"answer to {entry.heading!r} holds a site template's placeholder ({placeholder.group()!r}), which the site fills in "
                "and the chat shows as typed; write out what it stands for"
            )))
        blank = _BLANK_TO_FILL.search(text)
        if blank:
            found.append(_at(entry, "warning", (
                f"answer to {entry.heading!r} holds a blank left to fill in ({blank.group()!r}), as a FAQ template or a writing "
                "assistant leaves one; the chat shows it as typed — write in what it stands for"
            )))
    return found


def _amounts_never_given(entries: tuple[Entry, ...]) -> list[Finding]:
    """Questions asking for a number, a length of time or a date that their entry never gives ("How
    long does delivery take?" answered "It depends on where you live"). The chat will not assert
    such an entry for the question asked in other words (:func:`faqbot.retrieval.asks_an_amount_not_given`),
    since the asker expects a figure the entry does not have, so its author should know before
    the users do."""
    found = []
    for entry in entries:
        asking = next((question for question in entry.questions if asks_an_amount_not_given(entry, question)), None)
        if asking is not None:
            found.append(_at(entry, "warning", (
                f"{asking!r} asks for a number or a date that its answer never gives; asked in other words, "
                "the bot offers the entry instead of answering — give the figure or the date, or ask what the answer tells"
            )))
    return found


def _points_elsewhere(answer: str) -> str | None:
    """The words by which ``answer`` points at another entry ("see the previous question", "as
    explained above" opening it), if any: asked alone in the chat, the asker has nothing above."""
    found = _ANOTHER_ENTRY.search(answer) or _ABOVE.search(_LATER_SENTENCE.split(answer.lstrip(), maxsplit=1)[0])
    return found.group() if found else None


def _context_word(question: str) -> str | None:
    """The word by which ``question`` points at something it does not name ("What does this cost?"),
    if any. "this" before a name ("Why this Surround AI model?") names it; in a heading written in
    capitals every word looks like a name, so there it points all the same; "this week" names a
    time, the asker's, and "this chat" or "this app" the place they read the answer in. A heading
    of several sentences says in its first what a later one points at ("My kernel patches fail.
    How should I fix this?")."""
    first = _LATER_SENTENCE.split(question, maxsplit=1)[0]
    for found in _CONTEXT_WORDS.finditer(first):
        named = _NAME_AFTER.match(first, found.end())
        if (not named or question.isupper()) and not _ASKERS_OWN_AFTER.match(first, found.end()):
            return found.group()
    return None


def _questions_inside_answers(entries: tuple[Entry, ...]) -> list[Finding]:
    """Answers holding a paragraph that opens with a question line and goes on to answer it (a
    table's header row asking "Domain needed?" is no question line).

    That is the shape of an entry, and the usual trace of entries run together: a plain-text FAQ
    without its ``-`` lines reads as one entry whose answer holds all the others, and nothing
    else would say so."""
    found = []
    for entry in entries:
        paragraphs = [paragraph.split("\n") for paragraph in entry.answer.split("\n\n")]
        inner = [lines[0].strip() for lines in paragraphs if len(lines) > 1 and asks(lines[0]) and not LIST_ITEM.match(lines[0]) and CELLS_APART not in lines[0]]
        if inner:
            found.append(_at(entry, "warning", (
                f"the answer to {entry.heading!r} holds {_more_questions(len(inner))}, first {inner[0]!r}; "
                "if they are entries of their own, separate them (in a .txt FAQ, a line holding only '-' or a 'Q:' label before each)"
            )))
    return found


def _more_questions(count: int) -> str:
    return "1 more question with its answer" if count == 1 else f"{count} more questions with their answers"


def _exact_duplicates(entries: tuple[Entry, ...]) -> list[Finding]:
    """The same question (heading or alternate) or the same answer in two entries; a copy of a whole
    entry once, as the question (to be told to make a question its own alternate would not help)."""
    repeated = repeated_questions(entries)
    found = [_at(later, "error", f"question {question!r} is also asked at {first.source}; keep it in one entry") for question, first, later in repeated]
    copies = {(later, first) for _, first, later in repeated}
    first_answer: dict[str, Entry] = {}
    for entry in entries:
        if says_only_yes_or_no(entry.answer):  # "No." to two questions is two answers
            continue
        other = first_answer.setdefault(answer_text(entry), entry)
        if other is not entry and (entry, other) not in copies:
            found.append(_at(entry, "error", f"answer of {entry.heading!r} is the same as at {other.source}; merge the two (make one question an alternate)"))
    return found


def _under(entry: Entry) -> str:
    """Where an entry is asked: under its section, or outside any."""
    return f"under {entry.category!r}" if entry.category else "outside any section"


def _questions(index: FAQIndex) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Every question's vector row and (entry, text), in row order: each entry's heading, in entry order, then the alternates."""
    rows = index.layout.question_rows()
    texts = index.layout.texts()
    return rows, [(int(index.layout.row_entry[row]), texts[row]) for row in rows]


def _same_answers(bot: FAQBot) -> list[Finding]:
    """Entries whose answers say the same thing (:mod:`faqbot.overlap`): they compete for every question, so merge them."""
    entries, layout, dense, found = bot.index.entries, bot.index.layout, bot.index.dense, []
    for i, j, similarity in same_answer_pairs(entries, dense.rows(layout.answer_rows()), dense.rows(layout.heading_rows())):
        first, second = entries[i], entries[j]
        if answer_text(first) != answer_text(second):  # exact repeats are reported already
            found.append(_at(second, "error", f"answer of {second.heading!r} is nearly the same as at {first.source} (similarity {similarity:.2f}); merge the two, making one question an alternate of the other"))
    return found


def _asked_in_two_sections(bot: FAQBot) -> list[Finding]:
    """Headings asked in two sections with two different answers: the bot answers them only when
    the asker names the section (the same answer twice is answered either way, and reported as such)."""
    entries, groups = bot.index.entries, bot.index.answer_group
    position = {entry: number for number, entry in enumerate(entries)}
    return [
        _at(later, "warning", (
            f"question {question!r} is also asked {_under(first)} at {first.source}; asked without naming the section, "
            "the bot offers both: if askers will not name it, say in each heading which one it is about"
        ))
        for question, first, later in asked_in_two_sections(entries)
        if groups[position[first]] != groups[position[later]]
    ]


def _not_english(bot: FAQBot) -> list[Finding]:
    """A FAQ that is not in English: the model and the confidence were made for English, so the bot
    answers none of its questions but its own headings and alternates, as written (faqbot.spelling)."""
    share = bot.index.spelling.english_share
    if share >= ENGLISH_FAQ:
        return []
    return [Finding(bot.index.entries[0].file, 1, "warning", (
        f"only {share:.0%} of the FAQ's words are English; faqbot reads English, so questions to this FAQ are offered "
        "its likely entries (\"did you mean\") and answered only when asked as a heading or alternate is written"
    ))]


def _self_retrieval(bot: FAQBot, questions: list[tuple[int, str]], vectors: np.ndarray, tokens: list[TokenVectors]) -> list[Finding]:
    """Ask every heading and alternate exactly as written: each must retrieve its own entry first,
    clearly ahead of any entry that answers something else. An entry of its answer group first (a
    duplicate, or a copy of its question) is reported as such by the other checks: merging them is
    the fix, not rewording."""
    index, found = bot.index, []
    for (owner, text), vector, question_tokens in zip(questions, vectors, tokens):
        entry = index.entries[owner]
        hits = rank(index, vector, question_tokens, text, limit=RERANK)
        decision = decide(index, hits, bot.threshold, lead=COMPETING_LEAD, sure=None)
        if index.answer_group[hits[0].entry] != index.answer_group[owner]:
            found.append(_retrieves_another(entry, text, index.entries[hits[0].entry]))
        elif decision.reason != ANSWERED and decision.rival is not None:
            rival = index.entries[decision.rival.entry]
            found.append(_at(entry, "warning", f"asking {text!r} retrieves this entry only just ahead of {rival.heading!r} ({rival.source}); add alternates that tell the two apart, or merge them if they answer the same question"))
    return found


def _retrieves_another(entry: Entry, text: str, winner: Entry) -> Finding:
    """What to say of a question of ``entry`` that retrieves ``winner`` first. A keyword (an
    alternate of a word or two, as a help centre's export lists them) that another entry's topic
    shares is a warning: asked alone it is ambiguous, and the fix is to make it telling or leave
    it out, not to reword the entries. A heading or an alternate asked in words is an error."""
    if text != entry.heading and len(re.findall(r"\w+", text)) <= KEYWORD_WORDS:
        return _at(entry, "warning", f"the keyword {text!r} retrieves {winner.heading!r} ({winner.source}) instead of this entry; write it as askers would ask, or leave it out")
    return _at(entry, "error", f"asking {text!r} retrieves {winner.heading!r} ({winner.source}) instead of this entry; reword one of them")


def _answered_without_itself(bot: FAQBot, questions: list[tuple[int, str]], vectors: np.ndarray, tokens: list[TokenVectors]) -> dict[int, int]:
    """For each entry whose heading, asked of the FAQ as if its entry (and any copy) were not in it,
    is answered outright by another entry: that entry."""
    index, answered = bot.index, {}
    headings = len(index.entries)  # the first questions (see _questions)
    for (owner, text), vector, question_tokens in zip(questions[:headings], vectors[:headings], tokens[:headings]):
        group = int(index.answer_group[owner])
        if (index.answer_group == group).all():  # nothing else in the FAQ to answer it
            continue
        hits = rank(index, vector, question_tokens, text, limit=RERANK, leave_out=group)
        if decide(index, hits, bot.threshold, message=text).reason == ANSWERED:
            answered[owner] = hits[0].entry
    return answered


def _answering_each_other(bot: FAQBot, questions: list[tuple[int, str]], vectors: np.ndarray, tokens: list[TokenVectors]) -> list[Finding]:
    """Two entries that may ask one question in other words, answered in other words: each heading,
    asked without its own entry, is answered with the other; the headings are alike
    (PARAPHRASED_HEADINGS) and the answers at least as alike. Their answers differ too much to be
    taken for copies (:mod:`faqbot.overlap`), so the bot weighs them as rivals: an asker may be
    offered both, or given the one that answers less. Each heading as written still finds its own
    entry, so :func:`_self_retrieval` does not see them; merging them, or alternates that tell them
    apart, is the author's fix."""
    entries, layout = bot.index.entries, bot.index.layout
    answers = bot.index.dense.rows(layout.answer_rows())
    answered, found = _answered_without_itself(bot, questions, vectors, tokens), []
    for first, second in sorted(answered.items()):
        headings_alike = float(vectors[first] @ vectors[second])  # as asked: the index's heading rows play topic words down
        if first < second and answered.get(second) == first and headings_alike >= PARAPHRASED_HEADINGS and float(answers[first] @ answers[second]) >= headings_alike:
            found.append(_at(entries[second], "warning", (
                f"{entries[second].heading!r} and {entries[first].heading!r} ({entries[first].source}) compete: each is answered with the other "
                "when asked without it, and their answers are as alike as their questions; merge them if they answer the same question, "
                "or add alternates that tell them apart"
            )))
    return found


@dataclass(frozen=True)
class CheckReport:
    """The findings, in file and line order, and whether the model-based checks could run."""

    findings: list[Finding]
    retrieval_checked: bool

    @property
    def errors(self) -> int:
        return sum(f.level == "error" for f in self.findings)


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    """Leave out a logger's warnings for a while: what the report says already, it should not say again."""
    quieted = logging.getLogger(name)
    level = quieted.level
    quieted.setLevel(logging.ERROR)
    try:
        yield
    finally:
        quieted.setLevel(level)


def check_corpus(
    corpus: str | Path | None = None, index_dir: str | Path | None = None, model: str | None = None, tune: bool | None = None, threshold: float | None = None
) -> CheckReport:
    """Check a corpus (settings resolve as for :class:`FAQBot`).

    Entries with empty questions or answers stop the check before the model-based checks
    (near-duplicates, self-retrieval), which need a corpus the bot can load.
    """
    location = Path(corpus_location(corpus))
    with _quiet("faqbot.corpus.loader"), _quiet("faqbot.corpus.learned"):  # a skipped file, an unused approval or a repeated question is a finding
        parsed = read_corpus(location, resolve("max_corpus_mb"))
    unusable = [_at(entry, "error", message) for entry, message in problems(parsed.entries)]
    usable = tuple(e for e in parsed.entries if e.heading and e.answer)
    unwritten = [_at(entry, "warning", left_out_because(entry)) for entry in parsed.unwritten]
    # A file of placeholders only is skipped too, but its findings say why: it has entries to write.
    placeheld = {entry.file for entry in parsed.unwritten}
    root = location if location.is_dir() else location.parent  # files are named relative to it
    unread = [Finding(file, 1, "warning", f"{why}; it is skipped") for file, why in parsed.skipped if file not in placeheld]
    learned = learned_path(location)
    unlearned = [Finding(learned.relative_to(root).as_posix(), 1, "warning", unused) for unused in unused_approvals(parsed.entries, read_learned(learned))]
    found = unread + unlearned + unwritten + unusable + _style_warnings(usable) + _amounts_never_given(usable) + _questions_inside_answers(usable) + _exact_duplicates(usable)
    if not unusable:
        with _quiet("faqbot.corpus"):  # the bot reads the corpus again: its warnings were logged above
            bot = FAQBot(corpus, index_dir, model, threshold, progress=False, tune=tune)
        _, questions = _questions(bot.index)
        vectors, tokens = bot.encoder.encode_with_tokens([text for _, text in questions])
        found += _not_english(bot) + _same_answers(bot) + _asked_in_two_sections(bot)
        found += _self_retrieval(bot, questions, vectors, tokens) + _answering_each_other(bot, questions, vectors, tokens)
    return CheckReport(sorted(found), retrieval_checked=not unusable)
