"""Text helpers shared by the signals and the front ends: stop words, question clean-up and comparison."""

from __future__ import annotations

import re

from bm25s.stopwords import STOPWORDS_EN

from faqbot.corpus.entry import one_line

STOP_WORDS = frozenset(STOPWORDS_EN)  # bm25s's English list: left out of BM25 terms and of token matching
MAX_QUESTION_CHARS = 2000  # the model reads ~256 word pieces; more text only costs time
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
WORD = re.compile(r"\w+")  # a word of a message, in any script, digits included: how messages are counted and read


def valid_utf8(text: str) -> str:
    """``text`` with lone surrogates (from broken clients) replaced, so it can be encoded and sent back."""
    return text.encode("utf-8", "replace").decode("utf-8")


def searchable_text(question: str) -> str:
    """The question as the model and BM25 should see it: valid UTF-8, no control characters, bounded.

    Lone surrogates would crash the tokenizer and NULs mean nothing, so both are replaced; very
    long pastes are cut, as the model would ignore the rest anyway.
    """
    return " ".join(_CONTROL.sub(" ", valid_utf8(question)).split())[:MAX_QUESTION_CHARS]


def same_question(text: str) -> str:
    """The form under which two phrasings count as one question: case, spacing and end punctuation ignored."""
    return one_line(text).casefold().rstrip("?!. ")


def has_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of any script: without one ("78.72", "9:00", "👍") a
    message names nothing, whatever its digits match."""
    return any(character.isalpha() for character in text)
