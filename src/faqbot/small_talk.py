"""Small talk: messages that are pleasantries, not questions ("hi", "thanks!", "ok bye").

People type them into any chat box, and no FAQ answers them. Ranked like questions, a one-word
message is matched on a stray word piece and can be answered with confidence ("hi" as "5-HIAA",
"hello" as the entry whose code sample prints "Hello world"): a bluff. So a message made only of
pleasantry words is never answered from the FAQ; the chat greets, thanks or says goodbye instead.

A message counts only when every word of it is one of the words below, or it asks only what the
chat does ("what can you do?"), so anything with a question in it ("hi, how do I reset my
password?") is ranked as usual. A request for help is answered by the FAQ's own entry for it
when the FAQ has one (``HELP_QUESTIONS``). Chat stretches them ("hiiii",
"thanksss", "byeee"), so a word counts as the one it is with its repeated letters written once.
English only, like the model.
"""

from __future__ import annotations

import re

from faqbot.text import WORD, unstretched

GREETING, THANKS, GOODBYE, HELP, ACKNOWLEDGEMENT = "greeting", "thanks", "goodbye", "help", "acknowledgement"
# What a request for help asks of the FAQ, as FAQs word it: a FAQ that has an entry for it answers
# with it (faqbot.bot.FAQBot.ask); one that has none gets the chat's reply in kind.
HELP_QUESTIONS = ("What can this chat help me with?", "What can you do?")

# The words that say which kind a message is, strongest first: "ok thanks bye" is a goodbye.
_KIND_WORDS = (
    (GOODBYE, {"bye", "byebye", "goodbye", "cya", "farewell", "later", "night", "goodnight"}),
    (THANKS, {"thanks", "thank", "thx", "ty", "cheers", "appreciated", "thankyou", "thanku", "tnx", "tks", "tysm"}),
    (HELP, {"help"}),
    (GREETING, {"hi", "hello", "hey", "heya", "hiya", "howdy", "yo", "greetings", "morning", "afternoon", "evening", "hallo", "hullo"}),
    (ACKNOWLEDGEMENT, {"ok", "okay", "k", "kk", "cool", "great", "nice", "alright", "sure", "yes", "yeah", "yep", "no", "nope", "fine", "perfect", "awesome", "understood", "excellent", "wow"}),
)
# Words that may stand beside those without making the message a question.
_FILLER = {"there", "all", "everyone", "everybody", "bot", "you", "so", "very", "much", "a", "lot", "many", "for", "that", "it", "got", "see", "me", "please", "and", "again", "then", "oh", "ah", "thats", "s", "good", "day", "the", "info", "information",
           "u", "sir", "maam", "madam", "mam", "dear", "team"}
# Ways of asking for help, each read as the word "help": "I need some help", "can you help me".
# Not "I can help you", which offers it.
_ASKS_FOR_HELP = re.compile(r"\b(?:i |we )?(?:need|want) (?:some |your )?help\b|\b(?:can|could|would) (?:you|u) (?:please )?help\b")
# Whole messages that ask what the chat does, not what the FAQ says: help, when the FAQ does not ask
# them itself (see faqbot.retrieval.decide). Written as small_talk reads them: lower case, no marks.
_ASKS_WHAT_IT_DOES = {
    "what can you do", "what do you do", "what can i ask", "what can i ask you", "what can you help with", "what can you help me with",
    "how does this work", "how do i use this", "how do you work", "who are you", "what are you",
}
# Each known word by its letters with repeats written once ("hello" as "helo"), as a stretched one is matched.
_KNOWN = {unstretched(word): word for word in set().union(*(vocabulary for _, vocabulary in _KIND_WORDS), _FILLER)}
MAX_WORDS = 6  # a pleasantry is short; a longer message is a question, even if it starts with "hi"


def small_talk(message: str) -> str | None:
    """The kind of pleasantry ``message`` is (GREETING, THANKS, …), or None when it may be a question."""
    typed = WORD.findall(message.casefold().replace("'", "").replace("\u2019", ""))
    if " ".join(typed) in _ASKS_WHAT_IT_DOES:
        return HELP
    words = [_KNOWN.get(unstretched(word)) for word in _ASKS_FOR_HELP.sub("help", " ".join(typed)).split()]
    if not words or len(words) > MAX_WORDS or None in words:
        return None
    return next((kind for kind, vocabulary in _KIND_WORDS if vocabulary.intersection(words)), None)
