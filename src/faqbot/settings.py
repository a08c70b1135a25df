"""Every setting in one table: its flag, environment variable, default, type and help.

Values resolve as: an explicit value (a command-line flag or a Python argument) first, then the
``FAQBOT_*`` environment variable, then the default. The CLI builds its flags' help from this
table, the bot and the server read their settings through :func:`resolve`, and a test keeps the
README's configuration table identical to it.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faqbot.errors import SettingError
from faqbot.retrieval import CONFIDENCE_THRESHOLD

LOOPBACK = ("127.0.0.1", "localhost", "::1")  # hosts that serve this machine only
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _flag(text: str) -> bool:
    """A yes/no variable: 1/true/yes/on or 0/false/no/off (any case)."""
    if text.strip().lower() in _TRUE:
        return True
    if text.strip().lower() in _FALSE:
        return False
    raise ValueError("expected 1 or 0 (true/false, yes/no, on/off)")


def _port(text: str) -> int:
    """A TCP port; 0 asks the system for any free one."""
    port = int(text)
    if not 0 <= port <= 65535:
        raise ValueError("expected a port number from 0 to 65535 (0: any free port)")
    return port


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0 or value == float("inf"):
        raise ValueError("expected a positive number")
    return value


def _confidence(text: str) -> float:
    """A confidence above 0 and at most 1."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value <= 1:
        raise ValueError("expected a confidence above 0 and at most 1, such as 0.75")
    return value


def _origins(text: str) -> tuple[str, ...]:
    """Web origins, comma-separated: scheme://host[:port], nothing after."""
    origins = tuple(part.strip().rstrip("/") for part in text.split(",") if part.strip())
    for origin in origins:
        if not re.fullmatch(r"https?://[^/\s:]+(:\d+)?", origin):
            raise ValueError(f"{origin!r} is not an origin like https://www.example.org")
    return origins


def _backend(text: str) -> str:
    if text not in ("onnx", "torch"):
        raise ValueError("expected 'onnx' or 'torch'")
    return text


@dataclass(frozen=True)
class Setting:
    """One configurable value. ``flag`` is None for settings with no command-line flag."""

    name: str
    variable: str
    default: Any
    parse: Callable[[str], Any]
    help: str
    flag: str | None = None
    shown_default: str = ""  # how the README and --help show the default, when not str(default)

    def describe_default(self) -> str:
        return self.shown_default or str(self.default)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("corpus", "FAQBOT_CORPUS", "corpus", str, "FAQ file or folder", "--corpus", "`./corpus`"),
        Setting("index", "FAQBOT_INDEX", "index", str, "index folder", "--index", "`./index`"),
        Setting("model", "FAQBOT_MODEL", None, str, "sentence-transformers model name or path", "--model", "the bundled all-MiniLM-L6-v2"),
        Setting("host", "FAQBOT_HOST", "127.0.0.1", str, "address `serve` binds", "--host", "`127.0.0.1` (this machine only)"),
        Setting("port", "FAQBOT_PORT", 7860, _port, "port `serve` listens on; 0 picks a free one", "--port", "`7860`"),
        Setting("auth", "FAQBOT_AUTH", None, str, "log-in for page and API, as USER:PASSWORD", "--auth", "no log-in"),
        Setting("auth_file", "FAQBOT_AUTH_FILE", None, str, "file whose first line is USER:PASSWORD (`-`: standard input)", "--auth-file", "no log-in"),
        Setting("log_questions", "FAQBOT_LOG_QUESTIONS", False, _flag, "log the text of every question", "--log-questions", "questions are not logged"),
        Setting("watch", "FAQBOT_WATCH", False, _flag, "rebuild and reload when a corpus file changes", "--watch", "the corpus is read once at start"),
        Setting("title", "FAQBOT_TITLE", "", str, "the chat page's title", "--title", "the FAQ's own title, else its file's name"),
        Setting("fallback", "FAQBOT_FALLBACK", "", str, "what the chat says when the FAQ does not cover a question, and under \"did you mean\" candidates (Markdown links allowed)", "--fallback", "a hint to rephrase or browse"),
        Setting("show_sources", "FAQBOT_SHOW_SOURCES", None, _flag, "show each answer's file:line, for authors (`--no-show-sources` hides it)", "--show-sources", "shown when serving this machine only"),
        Setting("allow_origin", "FAQBOT_ALLOW_ORIGINS", (), _origins, "web origin allowed to embed the chat widget (repeat the flag; the variable takes a comma-separated list)", "--allow-origin", "none"),
        Setting("learn", "FAQBOT_LEARN", False, _flag, "record each question, its answer and the asker's 👍/👎 for `faqbot review` (never an address or cookie)", "--learn", "nothing is recorded"),
        Setting("keep_days", "FAQBOT_KEEP_DAYS", 90.0, _positive, "drop recorded questions older than this many days", "--keep-days", "`90`"),
        Setting("store", "FAQBOT_STORE", None, str, "database of recorded questions, as a SQLAlchemy URL (`postgresql://…` for replicas sharing one)", "--store", "`questions.sqlite3` beside the index folder"),
        Setting("threshold", "FAQBOT_THRESHOLD", CONFIDENCE_THRESHOLD, _confidence, "confidence an answer needs to be asserted; lower answers more and asserts more wrong entries (`faqbot eval` shows the trade-off on your questions)", "--threshold", f"`{CONFIDENCE_THRESHOLD}`"),
        Setting("tune", "FAQBOT_TUNE", True, _flag, "adapt a copy of the model to the corpus before indexing it (`--no-tune`: the model as shipped)", "--tune", "on (corpora of 20 entries or more)"),
        Setting("max_corpus_mb", "FAQBOT_MAX_CORPUS_MB", 50.0, _positive, "refuse a corpus larger than this many megabytes", None, "`50`"),
        Setting("backend", "FAQBOT_BACKEND", "onnx", _backend, "`onnx` (fast path) or `torch` (sentence-transformers throughout)", None, "`onnx`"),
    )
}


def resolve(name: str, value: Any = None) -> Any:
    """The value of setting ``name``: ``value`` if given, else its environment variable, else its default.

    A variable that is set but empty or malformed is a SettingError naming it: an empty
    ``FAQBOT_AUTH`` must not quietly mean "no log-in".
    """
    setting = SETTINGS[name]
    if value is not None:
        return value
    text = os.environ.get(setting.variable)
    if text is None:
        return setting.default
    if not text.strip():
        raise SettingError(f"{setting.variable} is set but empty; unset it to use the default ({setting.describe_default()})")
    try:
        return setting.parse(text)
    except ValueError as exc:
        raise SettingError(f"{setting.variable}={text!r}: {exc}") from None
