"""Text helpers shared by the signals and the front ends: stop words, question clean-up and comparison."""

from __future__ import annotations

import re
import unicodedata

from bm25s.stopwords import STOPWORDS_EN

STOP_WORDS = frozenset(STOPWORDS_EN)  # bm25s's English list: left out of BM25 terms and of token matching
MAX_QUESTION_CHARS = 2000  # the model reads ~256 word pieces; more text only costs time
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Code as an answer's text marks it (faqbot.corpus.html_text), and as owners type it in any format: a
# block between ``` lines (to the end of the text when a long answer's passage holds its opening
# alone), or an inline span in backticks. The chat shows it as code; the check reads around it.
CODE = re.compile(r"^```[^\n]*\n(?P<block>.*?)(?:\n```[ \t]*$|\Z)|`(?P<span>[^`\n]+)`", re.MULTILINE | re.DOTALL)
WORD = re.compile(r"\w+")  # a word of a message, in any script, digits included: how messages are counted and read
# Words that shape a question rather than name its subject (closed-class English words: pronouns,
# determiners, auxiliaries, prepositions, conjunctions, question words, the tails of "what's" and
# "can't"): never topic words even when most headings open with them ("How do I…", "What is
# my…"), and alone no question ("how do I").
FUNCTION_WORDS = STOP_WORDS | frozenset(
    """
    i me my mine myself we us our ours you your yours he him his she her hers its them theirs
    what which who whom whose when where why how whether
    am been being was were do does did done doing have has had having can could may might must
    shall should would ought
    about above across after against along among around before behind below beneath beside
    between beyond during except from inside near off out outside over past since than through
    till toward towards under until up upon via within without
    all any both each either every few many more most much neither none other some same so too
    very just also only still yet ever again already here
    because although though while nor whereas unless
    one ones anyone anything someone something everyone everything nothing
    s t d m ll re ve
    """.split()  # noqa: SIM905 -- one line per word class reads better than a list literal
)


def valid_utf8(text: str) -> str:
    """``text`` with lone surrogates (from broken clients) replaced, so it can be encoded and sent back."""
    return text.encode("utf-8", "replace").decode("utf-8")


def searchable_text(question: str) -> str:
    """The question as the model and BM25 should see it: valid UTF-8, no control characters,
    compatibility characters as their plain letters, bounded.

    Lone surrogates would crash the tokenizer and NULs mean nothing, so both are replaced. Letters
    that only look like plain ones (a phone keyboard's full-width "ｒｅｎｅｗ", a PDF's "ﬁ" ligature
    pasted in) are unknown word pieces to the model, so they are read as the letters they stand for
    (NFKC). Very long pastes are cut, as the model would ignore the rest anyway.
    """
    plain = unicodedata.normalize("NFKC", _CONTROL.sub(" ", valid_utf8(question)))
    return " ".join(plain.split())[:MAX_QUESTION_CHARS]


def _unaccented(character: str) -> str:
    """A Latin letter without its accents ("é" → "e"), or the letter itself when it has none ("ß", "ø")."""
    return "".join(part for part in unicodedata.normalize("NFKD", character) if not unicodedata.combining(part)) or character


# Latin letters with accents (Latin-1 to Latin Extended-B, and Latin Extended Additional), each
# mapped to its plain letters. Other scripts are left alone: a Devanagari vowel sign is a
# combining mark, but without it the word is another word.
_PLAIN_LATIN = {code: _unaccented(chr(code)) for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if _unaccented(chr(code)) != chr(code)}


def without_accents(text: str) -> str:
    """``text`` with its Latin letters' accents dropped: askers type "cafe" for a FAQ's "café" and
    "Zurich" for its "Zürich". The model drops them itself (it is uncased and unaccented); word
    matching (BM25, the terms of questions) does it here, on both sides."""
    return text.translate(_PLAIN_LATIN)


_REPEATS = re.compile(r"(\w)\1+")
_TRIPLED = re.compile(r"(\w)\1\1")


def unstretched(word: str) -> str:
    """``word`` with each run of one letter written once: chats stretch words ("hiii", "nooo",
    "thanksss"), so a short vocabulary of chat words is matched on this form ("hello" as "helo")."""
    return _REPEATS.sub(r"\1", word)


def stretched(word: str) -> bool:
    """Whether ``word`` has a letter typed three times over ("yesss", "deliveryyy"): stretched for
    sure, where a doubled letter may be the word's own ("off" is no stretched "of")."""
    return _TRIPLED.search(word) is not None


def has_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of any script: without one ("78.72", "9:00", "👍") a
    message names nothing, whatever its digits match."""
    return any(character.isalpha() for character in text)


def names_something(message: str) -> bool:
    """Whether ``message`` names anything to answer about: a letter of any script, and a word that
    is not only the frame of a question. Without them ("78.72", "9:00", "👍", "how do I", "what is
    it?") a message names nothing, whatever its digits or its frame match ("how do I" matches the
    one heading that opens with it)."""
    return has_letters(message) and any(word.casefold() not in FUNCTION_WORDS for word in WORD.findall(message))
