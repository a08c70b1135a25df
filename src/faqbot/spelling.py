"""Spelling: a question's misspelt words corrected towards the FAQ's own words before it is ranked.

Real askers type fast: "matress", "recieved", "Hydrslazine", "Beckwith-Wieddeman". The model
splits a misspelt word into word pieces that mean little, BM25 and token matching find nothing
for it, and it is often the word that names what the question is about. Search engines answer
with "did you mean"; an FAQ bot can do better, because it knows which words are worth meaning:
the FAQ's own. A word is corrected only when

* it has at least MIN_LENGTH letters (short words are too easily one edit from another word),
  all of them English ones (a word with "ñ" or "ü" is no misspelt English word);
* neither the FAQ nor an English dictionary (pyspellchecker's word list) knows it, and it is not
  a known word with a common prefix or suffix added ("unreplied", "preload", "workflows"), which
  is a word the dictionary lacks rather than a typo;
* a word of the FAQ that begins with the same letter lies within one edit of it (two for words
  of LONG_WORD letters or more; a swap of two neighbouring letters is one edit): typists rarely
  miss the first letter, and requiring it keeps "matresses" from becoming "stresses". The
  nearest wins, then the commonest in English ("amoung" → "among", not "amount"), then the
  commonest in the FAQ;
* the question is in English as far as can be told: of three words or more, at least half are
  known, typed without an apostrophe ("wasnt") or misspellings of the FAQ's words (a question in
  another language is left as it is).

A word stretched in a chat ("deliveryyy", "mattresss": a letter typed three times over) is the FAQ
word it stretches, when one has the same letters with repeats written once, however many edits
apart the two are. A chat's shorthand typed in lower case ("hw much r tickets", "r u open") is
written out (CHAT_SHORTHAND), unless the FAQ uses the word itself. A word that the FAQ writes with a
hyphen, typed joined up and unknown to English ("epaper", "eticket", "wifi"), is written as the FAQ
writes it: the model splits "epaper" into pieces that mean little, and "What is the e-paper?" was
told "not covered" when asked "epaper".

The same test says which questions the bot can read at all (:meth:`Speller.reads`): the model was
trained on English, and its similarities — the confidence read from them too — mean little in
another language, so a question it cannot read as English, or any question to a FAQ that is not
in English, is offered candidates and never answered (:func:`faqbot.retrieval.decide`).

Only ranking reads the corrected question. ``Answer.question``, the learning store and the
small-talk and one-word rules (:func:`faqbot.retrieval.decide`) see it uncorrected. The FAQ's words
include its approved alternates, so the questions an owner approves teach the speller too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from spellchecker import SpellChecker

from faqbot.text import stretched, unstretched, without_accents

MIN_LENGTH = 5
LONG_WORD = 9  # from this length two edits are allowed
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # words of letters in any script, contractions whole ("doesn't")
COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")  # a word written with hyphens: "e-paper", "check-in"; from its first letter (linear)
WRITTEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # words as written: contractions and hyphenated words whole
PREFIXES = ("anti", "co", "de", "dis", "im", "in", "inter", "mis", "multi", "non", "over", "pre", "re", "self", "sub", "un", "under")
SUFFIXES = ("s", "es", "d", "ed", "ing", "er", "ers", "ly", "ness", "ment", "able", "ible", "ful", "less", "al", "ation", "ize", "ise", "ized", "ised")
CACHED_WORDS = 4096  # corrections remembered per FAQ: askers repeat their misspellings
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")  # the letters English is written in, accented ones too
# Words chats shorten, read as the words they stand for unless the FAQ uses them itself ("R" in a FAQ about R).
CHAT_SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "hw": "how", "wat": "what", "wht": "what",
    "wen": "when", "whr": "where", "abt": "about", "tmrw": "tomorrow", "cn": "can", "hv": "have", "ppl": "people",
    "msg": "message", "bcoz": "because", "coz": "because",
}  # fmt: skip
_PART_OF_MORE = re.compile(r"\.[^\W\d_]|-\w")  # after a letter, the rest of an abbreviation ("U.S.") or a compound ("u-turn")
# A FAQ is in English when at least this share of its words are English ones (docs/quality.md, "Other languages").
ENGLISH_FAQ = 0.5


@cache
def english() -> SpellChecker:
    """pyspellchecker's English word frequencies, loaded once per process (a fifth of a second)."""
    return SpellChecker(language="en", distance=1)


@cache
def unmarked_contractions() -> frozenset[str]:
    """The English word list's words with an apostrophe, typed without it as chats do ("wasnt", "doesnt")."""
    return frozenset(word.replace("'", "") for word in english().word_frequency.dictionary if "'" in word)


def english_word(word: str) -> bool:
    """Whether ``word`` (lower case) is in the English word list, as written or without its
    apostrophes ("your's"). A contraction typed without its own ("doesnt") is not: the speller
    corrects it to the FAQ's "doesn't" (see :func:`unmarked_contractions`)."""
    return word in english() or word.replace("'", "") in english()


class Speller:
    """Corrects a question's misspelt words to the nearest words of one FAQ, and tells whether a
    question, or the FAQ itself, is in English: both rest on knowing the FAQ's words and English ones."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = [text.casefold() for text in texts]
        self._counts = Counter(word for text in texts for word in WORD.findall(text))
        self._compounds = {compound.replace("-", ""): compound for text in texts for compound in COMPOUND.findall(text)}  # "epaper": "e-paper"
        self._unaccented = {without_accents(word) for word in self._counts}  # "zurich" is the FAQ's "zürich", typed plainly
        self._by_initial: dict[str, list[str]] = {}
        for word in self._counts:
            self._by_initial.setdefault(word[0], []).append(word)
        self.english_share = english_share(self._counts)
        self.correction = lru_cache(maxsize=CACHED_WORDS)(self._correction)

    @cached_property
    def _by_unstretched(self) -> dict[str, list[str]]:
        """The FAQ's words by their letters with repeats written once: made when a stretched word
        first comes, not when the index opens, since few do."""
        by_unstretched: dict[str, list[str]] = {}
        for word in self._counts:
            by_unstretched.setdefault(unstretched(word), []).append(word)
        return by_unstretched

    def _known(self, word: str) -> bool:
        return word in self._counts or word in self._unaccented or english_word(word)

    def _derived(self, word: str) -> bool:
        """Whether ``word`` is a known word with a common prefix or suffix: new to the dictionary, not misspelt."""
        return any(word.startswith(p) and self._known(word[len(p):]) for p in PREFIXES) or any(
            word.endswith(s) and self._known(word[: -len(s)]) for s in SUFFIXES
        )

    def _correction(self, word: str) -> str | None:
        """The FAQ word ``word`` (lower case) is a misspelling of, or None: a word the FAQ hyphenates
        typed joined up is one too, however short ("wifi")."""
        if not word.isascii() or self._known(word):
            return None
        if word in self._compounds:
            return self._compounds[word]
        if len(word) < MIN_LENGTH or self._derived(word):
            return None
        stretches = self._by_unstretched.get(unstretched(word)) if stretched(word) else None
        if stretches:
            return max(stretches, key=self._counts.__getitem__)
        edits = 1 if len(word) < LONG_WORD else 2
        near = process.extract(word, self._by_initial.get(word[0], []), scorer=DamerauLevenshtein.distance, score_cutoff=edits, limit=None)
        if not near:
            return None
        checker = english()
        return min(near, key=lambda found: (found[1], -checker[found[0]], -self._counts[found[0]]))[0]

    def _reads_as_english(self, word: str) -> bool:
        """Whether ``word`` (lower case) is one an English asker types: known, a chat's shorthand
        ("u"), a contraction typed without its apostrophe ("wasnt"), or a misspelling of the FAQ's
        words ("colected")."""
        return self._known(word) or word in CHAT_SHORTHAND or word in unmarked_contractions() or self.correction(word) is not None

    def _mostly_known(self, words: list[str]) -> bool:
        """Whether a question's words read as English: fewer than three, or at least half of them
        do (:meth:`_reads_as_english`). Counting only known words, "helo my bin wasnt colected" was
        taken for another language, left uncorrected and never answered."""
        return len(words) < 3 or sum(self._reads_as_english(w.casefold()) for w in words) * 2 >= len(words)

    def correct(self, question: str) -> str:
        """``question`` with each misspelt word replaced by its FAQ word and a chat's shorthand written
        out (:meth:`_meant`); unchanged when most of its words do not read as English."""
        if not self._mostly_known(WORD.findall(question)):
            return question
        return WORD.sub(lambda m: self._meant(m) or m.group(0), question)

    def _meant(self, typed: re.Match[str]) -> str | None:
        """The word a typed one stands for: written out from a chat's shorthand ("hw" → "how", "r" →
        "are": the model reads "hw much r tickets" as far from "How much are tickets?"), or
        corrected; None when it is meant as typed. Shorthand is typed in lower case, and not as a
        letter of an abbreviation or a compound ("U.S.", "UR code", "u-turn")."""
        word = typed.group(0).casefold()
        shorthand = typed.group(0).islower() and not _PART_OF_MORE.match(typed.string, typed.end()) and word not in self._counts
        return (CHAT_SHORTHAND.get(word) if shorthand else None) or self.correction(word)

    def reads(self, question: str) -> bool:
        """Whether the model can read ``question``: the FAQ is in English, and so is the question as far
        as its words tell — mostly Latin letters, and most of its words known (see the module docstring)."""
        words = WORD.findall(question)
        letters = sum(map(len, words))
        latin = sum(len(LATIN.findall(word)) for word in words)
        return self.english_share >= ENGLISH_FAQ and latin * 2 >= letters and self._mostly_known(words)


def english_share(counts: Counter[str]) -> float:
    """The share of a text's words (lower-case ``counts``) that are English words; 1.0 for no words."""
    total = sum(counts.values())
    return sum(n for word, n in counts.items() if english_word(word)) / total if total else 1.0


def corrections(typed: str, searched: str) -> list[tuple[str, str]]:
    """The words of ``typed`` that ``searched`` (its corrected form) replaced, as (typed, searched)
    pairs: what a reply names, so that an asker sees how their words were read without reading
    their whole question again. Correction replaces words one for one, so the two align, read as
    written: a word joined up may become a hyphenated one ("epaper" → "e-paper")."""
    return [(old, new) for old, new in zip(WRITTEN.findall(typed), WRITTEN.findall(searched)) if old.casefold() != new.casefold()]
