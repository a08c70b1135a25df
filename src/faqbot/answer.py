"""Answer: what the bot says back, as a frozen value that is easy to show or serialise."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from faqbot.passages import MAX_WORDS


@dataclass(frozen=True)
class Alternative:
    """A next-best FAQ entry, offered alongside (or instead of) the answer."""

    heading: str
    passage: str
    score: float
    category: str = ""


# Fields :meth:`Answer.to_dict` leaves out when empty: they describe replies out of the ordinary.
OPTIONAL_FIELDS = frozenset({"small_talk", "corrected_question", "held_back"})


@dataclass(frozen=True)
class Answer:
    """The bot's reply to one question.

    ``heading`` and ``passage`` always hold the best guess, even when ``answered`` is False,
    so that an interface can offer it without claiming it is the answer; in a "did you mean", the
    candidate likeliest to answer (:func:`faqbot.retrieval.likeliest_first`). ``reason`` says why:
    "ambiguous" when the best entries are too close to choose, or the best one fits but not surely
    enough to assert (offer them: "did you mean…?"),
    "not covered" when none fits the question well — or when the message is small talk
    ("hi", "thanks"), which ``small_talk`` names so that a chat can reply in kind.
    ``corrected_question`` is the question as it was searched when misspelt words were corrected
    (:mod:`faqbot.spelling`), so that an interface can say so: a correction can be wrong, and the
    asker should see what was answered. ``held_back`` says why a best entry sure enough to be answered
    (see :func:`faqbot.retrieval.decide`) was only offered (:data:`faqbot.retrieval.HELD_BACK`): "amount" when
    the question asks for a number or a date it never gives, "reverse" when it asks the reverse of
    its question, "bare word", "nothing asked", "unreadable" or "section unsaid". Without it, a
    high confidence on a "did you mean" reads as a fault.
    """

    question: str
    heading: str
    passage: str  # the best entry's closest passage, verbatim from its answer
    answer: str  # the best entry's full answer
    score: float  # confidence in 0..1
    answered: bool  # False when confidence is below the bot's threshold
    source: str  # "file:line" of the best entry
    alternatives: tuple[Alternative, ...] = field(default_factory=tuple)  # best score first
    category: str = ""  # the best entry's category, "" when the corpus has none
    reason: str = "answered"  # "answered", "ambiguous" (did you mean…?) or "not covered"
    small_talk: str = ""  # "greeting", "thanks", "goodbye", "help" or "acknowledgement"; "" for a question
    corrected_question: str = ""  # the question as searched, when spelling correction changed it; "" otherwise
    held_back: str = ""  # why a sure best entry was not asserted (faqbot.retrieval.HELD_BACK); "" otherwise
    # How the FAQ names the best entry, then each alternative, to offer them: a heading asked in
    # several sections with its section (:func:`faqbot.corpus.entry.told_apart`). Among the
    # candidates alone, one "How do I apply?" of three sections read as plain, and asked nothing
    # that told it apart. () for an Answer made by hand: they are then told apart among themselves.
    offered_as: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def excerpt(self) -> str:
        """What a chat shows of the answer, before a "Full answer" to open: all of it when it is no
        longer than one passage may be (MAX_WORDS), else the passage that answers. A short answer's
        paragraphs are read together: shown alone, "…invite them by email. Roles:" lost its table,
        and "How do I export…?" showed the line after its numbered steps."""
        return self.answer if len(self.answer.split()) <= MAX_WORDS else self.passage

    def to_dict(self) -> dict:
        """Plain-data form (for JSON output and APIs). ``small_talk`` is there only for small talk,
        ``corrected_question`` only when a word was corrected and ``held_back`` only when a rule held
        an answer back, so a question's answer has the same fields it always had (as ``id`` only
        with learning on). ``offered_as`` is left out: the API's "offers" say it, with the headings
        they name."""
        return {name: value for name, value in asdict(self).items() if (value or name not in OPTIONAL_FIELDS) and name != "offered_as"}
