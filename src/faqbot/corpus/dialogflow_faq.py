"""A Dialogflow agent's FAQ: each intent asked as its training phrases say, answered by its text.

Dialogflow exports an agent as a folder: its settings (``agent.json``), its entities and its
intents, each intent a file of its own (``intents/Opening hours.json``: its name and responses)
beside the phrases people ask it with (``intents/Opening hours_usersays_en.json``). Given the
export or its ``intents`` folder, each intent answered by text is an entry: its first phrase that
asks is the heading (when none asks, its name if it is written in words, "Fee structure", else its
first phrase), the others its alternates, its first text response the answer (the others word one
reply differently). The phrases' file is read with its intent; the fallback and welcome intents,
intents without a text response (a webhook's, a platform's rich reply), the agent's settings and
its entities hold no entries, each saying why.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, make_entry, read_text
from faqbot.corpus.sections import Located
from faqbot.errors import NoEntriesError, ReadWithAnotherFile

_PHRASES_FILE = re.compile(r"^(?P<intent>.+)_usersays_(?P<language>[a-z]{2}(?:-[a-z]{2,4})?)\.json$", re.IGNORECASE)
_ENTITY_ENTRIES_FILE = re.compile(r"_entries_[a-z]{2}(?:-[a-z]{2,4})?\.json$", re.IGNORECASE)
_AGENT_SETTINGS = frozenset({"supportedLanguages", "googleAssistant", "mlMinConfidence"})  # agent.json's own
_ENTITY_SETTINGS = frozenset({"isEnum", "automatedExpansion", "isOverridable"})
_WELCOME_EVENT = "WELCOME"
_HUMAN_NAME = re.compile(r"^[^\W\d_][^\W_]*(?:[ '-][^\W_]+)*$")  # words apart by spaces, as people name a topic


def dialogflow_part(path: Path, data: object) -> str | None:
    """Which part of a Dialogflow agent's export decoded JSON is: "intent", "phrases" (an intent's,
    in a file beside it), "entity" or "settings" (agent.json); None for JSON of any other kind."""
    if isinstance(data, list):
        if not all(isinstance(item, Mapping) for item in data):
            return None
        return "phrases" if _PHRASES_FILE.match(path.name) else "entity" if _ENTITY_ENTRIES_FILE.search(path.name) else None
    if not isinstance(data, Mapping):
        return None
    if _is_intent(data):
        return "intent"
    if len(_AGENT_SETTINGS & data.keys()) >= 2:
        return "settings"
    return "entity" if _ENTITY_SETTINGS & data.keys() and "name" in data else None


def _is_intent(data: Mapping) -> bool:
    """Whether decoded JSON is an intent: a name over responses that hold messages."""
    responses = data.get("responses")
    return isinstance(data.get("name"), str) and isinstance(responses, list) and any(isinstance(r, Mapping) and "messages" in r for r in responses)


def dialogflow_entries(root: Located, path: Path, part: str) -> list[Entry]:
    """The entry an intent file makes, with the phrases beside it; NoEntriesError for any other
    ``part`` of the export (see :func:`dialogflow_part`), saying what it is."""
    if part == "phrases":
        intent = _PHRASES_FILE.match(path.name).group("intent")
        if (path.parent / f"{intent}.json").is_file():
            raise ReadWithAnotherFile(path, f"holds the phrases people ask Dialogflow's intent {intent!r} with, read with {intent}.json")
        raise NoEntriesError(path, f"holds the phrases people ask Dialogflow's intent {intent!r} with, but not its answer: put {intent}.json, from the same export, beside it")
    if part != "intent":
        what = "the settings" if part == "settings" else "an entity (the values a phrase may name)"
        raise NoEntriesError(path, f"is {what} of a Dialogflow agent: its intents, in its intents folder, are its FAQ")
    data = root.plain()
    if data.get("fallbackIntent") or any(isinstance(event, Mapping) and event.get("name") == _WELCOME_EVENT for event in data.get("events") or []):
        raise NoEntriesError(path, "is Dialogflow's fallback or welcome intent, which answers no question")
    answer = _first_text(root)
    if answer is None:
        raise NoEntriesError(path, f"is Dialogflow's intent {data['name']!r}, which has no text response (faqbot never calls a webhook, nor shows a platform's rich reply): write its answer as text")
    text, line = answer
    phrases = _phrases(path)
    asking = [phrase for phrase in phrases if asks(phrase)]
    named = [data["name"]] if _HUMAN_NAME.match(data["name"]) else []  # "Fee structure", not "faq.fees_v2"
    heading = (asking or named or phrases or [data["name"]])[0]
    alternates = [phrase for phrase in dict.fromkeys(phrases) if phrase != heading]
    return [make_entry(heading, text, path, line, alternates=alternates)]


def _first_text(root: Located) -> tuple[str, int] | None:
    """An intent's first text response and its line: a message's ``speech``, or its first variant
    when it has several."""
    for response in _items(root.value.get("responses") if isinstance(root.value, dict) else None):
        for message in _items(response.value.get("messages") if isinstance(response.value, dict) else None):
            speech = message.value.get("speech") if isinstance(message.value, dict) else None
            variants = [speech.value] if speech is not None and isinstance(speech.value, str) else [item.value for item in _items(speech)]
            text = next((variant.strip() for variant in variants if isinstance(variant, str) and variant.strip()), None)
            if text:
                return text, message.line
    return None


@functools.lru_cache(maxsize=8)
def _phrase_files(folder: Path, modified: int) -> dict[str, list[Path]]:
    """The phrases' files of a folder's intents, by intent (casefolded), the folder listed once for
    all its intents (``modified`` keys a listing to the folder's state): listed once per intent,
    an agent's reading grew with the square of its intents."""
    found: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir()):
        if (phrases := _PHRASES_FILE.match(path.name)) is not None:
            found.setdefault(phrases.group("intent").casefold(), []).append(path)
    return found


def _items(value: Located | None) -> list[Located]:
    """A Located list's items ([] for anything else)."""
    return value.value if value is not None and isinstance(value.value, list) else []


def _phrases(intent: Path) -> list[str]:
    """The phrases people ask an intent with, from the files beside it (one per language), each
    written whole from its parts (a part may name an entity: "open on @sys.date")."""
    phrases: list[str] = []
    for sibling in _phrase_files(intent.parent, intent.parent.stat().st_mtime_ns).get(intent.stem.casefold(), []):
        try:
            items = json.loads(read_text(sibling))
        except json.JSONDecodeError:
            continue  # read on its own, the file names its fault
        for item in items if isinstance(items, list) else []:
            parts = item.get("data") if isinstance(item, Mapping) else None
            text = "".join(part.get("text", "") for part in parts if isinstance(part, Mapping)) if isinstance(parts, list) else ""
            phrases += [" ".join(text.split())] if text.strip() else []
    return phrases

