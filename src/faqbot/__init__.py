"""faqbot: answer free-text questions from your FAQ documents, offline, without bluffing.

    >>> from faqbot import ask
    >>> answer = ask("Are North Korean soldiers fighting in Ukraine?")
    >>> answer.heading, answer.passage, answer.score, answer.answered
"""

from faqbot.answer import Alternative, Answer
from faqbot.bot import FAQBot, ask
from faqbot.corpus import CorpusError

__all__ = ["Alternative", "Answer", "CorpusError", "FAQBot", "ask"]
