"""faqbot: answer free-text questions from your FAQ documents, offline, without bluffing.

    >>> from faqbot import ask
    >>> answer = ask("Are North Korean soldiers fighting in Ukraine?")
    >>> answer.heading, answer.passage, answer.score, answer.answered
"""

from faqbot.answer import Alternative, Answer
from faqbot.bot import FAQBot, ask
from faqbot.errors import CorpusError, FaqbotError, ModelError, QueryFileError

__all__ = ["Alternative", "Answer", "CorpusError", "FAQBot", "FaqbotError", "ModelError", "QueryFileError", "ask"]
