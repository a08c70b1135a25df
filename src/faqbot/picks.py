"""A typed reply that picks one of the entries the chat just offered.

Offered "Did you mean this?", people type "yes"; offered three candidates, they type "the second
one" or the word that tells theirs apart ("staff" for "How do I reset my password? (Staff)"),
rather than click. Asked on their own, those messages name nothing in the FAQ: "yes" is small
talk and "staff" a bare word, so the chat answered "Anything else?" or offered candidates again.
:func:`picked_offer` reads such a reply against the questions offered, and the chat asks the one
it picks, as a click would. A yes to several candidates (:func:`agrees`) picks none: the chat
asks which one. A no to them (:func:`refuses`) is no question either: asked on its own, "none of
these" would be searched, and "no" answered "Anything else?", as if the asker had been helped. The
same goes for a no to an answer (:func:`rejects`): "wrong", "that's not what I asked".
English only, like the model.
"""

from __future__ import annotations

from collections.abc import Sequence

from faqbot.lexical import query_terms
from faqbot.text import FUNCTION_WORDS, WORD, searchable_text, stretched, unstretched

_OK = frozenset({"ok", "okay", "alright"})  # yes to a question, but "ok thanks" closes the exchange
_THANKS = frozenset({"thanks", "thank"})
_YES = frozenset({"yes", "yeah", "yep", "yup", "y", "yea", "sure", "correct", "right", "exactly", "indeed", "affirmative"}) | _OK
_ORDINALS = {"1": 0, "first": 0, "1st": 0, "2": 1, "second": 1, "2nd": 1, "3": 2, "third": 2, "3rd": 2, "4": 3, "fourth": 3, "4th": 3, "5": 4, "fifth": 4, "5th": 4, "last": -1}
# Words that may stand beside those without saying anything else ("yes, that one please", "the 2nd option").
_FILLER = frozenset({"the", "that", "this", "one", "it", "is", "its", "s", "please", "option", "question", "number", "choice", "entry", "i", "mean", "meant", "oh", "you"}) | _THANKS
MAX_WORDS = 4  # a pick is short: a longer message is a question of its own
_NO = frozenset({"no", "nope", "nah", "none", "neither", "not", "wrong", "incorrect", "n", "didn", "doesn", "isn", "didnt", "doesnt", "isnt"})
# Words that may stand beside a no to every candidate ("none of these", "no, that's not what I asked",
# "that didn't help").
_REFUSING = _FILLER | frozenset({"of", "them", "these", "those", "all", "any", "really", "quite", "sorry", "what", "m", "am",
                                 "was", "looking", "for", "asked", "asking", "want", "wanted", "need", "something", "else",
                                 "t", "thats", "answer", "my", "help", "helpful", "at"})
MAX_REFUSAL_WORDS = 8  # "no, that's not what I was looking for"
# The words above by their letters with repeats written once, as a stretched word is read.
_REPLY_WORDS = {unstretched(word): word for word in _YES | _NO | _REFUSING | _ORDINALS.keys()}


def picked_offer(message: str, offered: Sequence[str]) -> str | None:
    """The question of ``offered`` (the candidates of the chat's latest reply, a "did you mean", in
    order) that ``message`` picks, or None when it picks none and is to be asked as it is.

    A message picks: the one question offered, by saying yes ("yes", "yes please", "that one");
    one by its place ("2", "the second one", "the last"); or the one question whose words hold
    every word of the message that names something ("staff", "the RTGS one"), when no other
    offered question holds them all."""
    words = _words(message)
    if not offered or not words or len(words) > MAX_WORDS:
        return None
    said = set(words) - _FILLER
    places = {_ORDINALS[word] for word in said if word in _ORDINALS}
    naming = said - _YES - _ORDINALS.keys() - FUNCTION_WORDS
    if naming:
        terms = set(query_terms(" ".join(sorted(naming))))
        holding = [question for question in offered if terms and terms <= set(query_terms(question))]
        return holding[0] if len(holding) == 1 and not places else None
    if places:
        place = places.pop()
        return offered[place] if not places and -len(offered) <= place < len(offered) else None
    return offered[0] if len(offered) == 1 and agrees(message) else None


def agrees(message: str) -> bool:
    """Whether ``message`` says yes and nothing more ("yes", "yes please", "that one", "ok"), as
    people answer "did you mean this?". "ok thanks" closes the exchange instead, and "please" alone
    says nothing."""
    words = _words(message)
    said = set(words) - _FILLER
    if not words or len(words) > MAX_WORDS or not said <= _YES or (said <= _OK and _THANKS & set(words)):
        return False
    return bool(said or {"that", "this"} & set(words))


def _refusal(message: str) -> set[str] | None:
    """The words of ``message`` when it says no and nothing more (see :func:`refuses`); None otherwise."""
    words = _words(message)
    said = set(words)
    return said if 0 < len(words) <= MAX_REFUSAL_WORDS and _NO & said and said <= _NO | _REFUSING else None


def refuses(message: str) -> bool:
    """Whether ``message`` says no to every candidate and nothing more ("no", "none of these",
    "neither", "no, that's not it"), as people answer a "did you mean" that missed. A word that
    names something ("no, parking") makes it a question of its own."""
    return _refusal(message) is not None


def rejects(message: str) -> bool:
    """Whether ``message``, typed after an answer, says it is not what was asked ("no", "wrong",
    "that's not what I asked"): a no as :func:`refuses` reads one, without thanks. The bot asked
    nothing, so "no thanks" closes the exchange rather than turning the answer down."""
    said = _refusal(message)
    return said is not None and not _THANKS & said


def _words(message: str) -> list[str]:
    """The words of ``message`` as cleaned for searching (:func:`searchable_text`: "ｙｅｓ" is "yes",
    as for the other rules on messages), in lower case, a stretched one as the reply word it
    stretches ("yesss", "nooo"); "I'm" is "i" and "m", both function words. A letter must be typed
    three times over to count as stretched: "off" is a word of its own, not "of"."""
    words = WORD.findall(searchable_text(message).casefold())
    return [_REPLY_WORDS.get(unstretched(word), word) if stretched(word) else word for word in words]
