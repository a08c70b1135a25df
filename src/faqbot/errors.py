"""faqbot's errors: each says what is wrong and where, and the CLI maps each kind to an exit code.

Data problems (a corpus, a model, a query file, an index folder that cannot be written) exit 1;
usage problems (a malformed setting or argument) exit 2. Every error is a ``FaqbotError``, and
the data errors are also ``ValueError`` so that code written against earlier versions, which
caught ``ValueError``, keeps working.
"""

from __future__ import annotations


class FaqbotError(Exception):
    """Base of every error faqbot raises on purpose; the message is meant for people."""


class CorpusError(FaqbotError, ValueError):
    """A corpus file is missing, unreadable or malformed; the message names the file and place."""


class NoEntriesError(CorpusError):
    """A corpus file read as its format says that holds no FAQ entries (a site's other pages beside
    its FAQ page): in a folder it is skipped, saying why; alone it is the error. ``reason`` says
    why without naming the file."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason


class ReadWithAnotherFile(NoEntriesError):
    """A corpus file whose entries are read with another file beside it (a Dialogflow intent's
    phrases, with the intent): in a folder it is part of that file's entries, not skipped."""


class ModelError(FaqbotError, ValueError):
    """The embedding model cannot be found or loaded."""


class QueryFileError(FaqbotError, ValueError):
    """An evaluation query file is unreadable or malformed; the message names the file and line."""


class IndexFolderError(FaqbotError, OSError):
    """The index folder cannot be read or written (permissions, a full disk)."""


class SettingError(FaqbotError, ValueError):
    """A setting (flag or ``FAQBOT_*`` variable) has a value faqbot cannot use: a usage error."""


class StoreError(FaqbotError, OSError):
    """The question store (``--learn``) cannot be opened or written; the message names it (never its password)."""


class ReviewError(FaqbotError, ValueError):
    """A review decision faqbot cannot carry out: an unknown question id, a heading no entry has."""


class UnknownQuestionError(ReviewError):
    """No recorded question has the id a decision names (the web review answers it with 404)."""
