"""Small talk: messages that are pleasantries, not questions ("hi", "thanks!", "ok bye").

People type them into any chat box, and no FAQ answers them. Ranked like questions, a one-word
message is matched on a stray word piece and can be answered with confidence ("hi" as "5-HIAA",
"hello" as the entry whose code sample prints "Hello world"): a bluff. So a message made only of
pleasantry words is never answered from the FAQ; the chat greets, thanks or says goodbye instead.

A message counts only when every word of it is one of the words below, so anything with a question
in it ("hi, how do I reset my password?") is ranked as usual. Chat stretches them ("hiiii",
"thanksss", "byeee"), so a word counts as the one it is with its repeated letters written once.
English only, like the model.
"""

from __future__ import annotations

from faqbot.text import WORD, unstretched

GREETING, THANKS, GOODBYE, HELP, ACKNOWLEDGEMENT = "greeting", "thanks", "goodbye", "help", "acknowledgement"

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
# Each known word by its letters with repeats written once ("hello" as "helo"), as a stretched one is matched.
_KNOWN = {unstretched(word): word for word in set().union(*(vocabulary for _, vocabulary in _KIND_WORDS), _FILLER)}
MAX_WORDS = 6  # a pleasantry is short; a longer message is a question, even if it starts with "hi"


def small_talk(message: str) -> str | None:
    """The kind of pleasantry ``message`` is (GREETING, THANKS, …), or None when it may be a question."""
    typed = WORD.findall(message.casefold().replace("'", "").replace("\u2019", ""))
    words = [_KNOWN.get(unstretched(word)) for word in typed]
    if not words or len(words) > MAX_WORDS or None in words:
        return None
    return next((kind for kind, vocabulary in _KIND_WORDS if vocabulary.intersection(words)), None)
