"""A Rasa assistant's FAQ: its NLU examples asked as questions, answered by its responses.

A Rasa FAQ bot keeps what people ask in its NLU data (``nlu: - intent: faq/opening_hours,
examples: | - when are you open?``) and what it answers in its domain (``responses:
utter_faq/opening_hours: - text: …``): each intent is answered by the response named
``utter_<intent>``. Copied into one corpus folder (``data/nlu.yml`` and ``domain.yml``), the two
files read as one FAQ: an intent with a response is an entry, its first example the heading and
the others its alternates (entity marks such as ``[Berlin](city)`` read as their text), the
response's first text the answer (the others word one reply differently). A file of responses
alone (the domain) holds no entries of its own; an intent without a response (``affirm``,
``mood_great``) is left out, and the log says how many were.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, make_entry
from faqbot.corpus.sections import Located

logger = logging.getLogger(__name__)

_EXAMPLE = re.compile(r"^\s*-\s+(?P<text>.*?)\s*$")
_ENTITY = re.compile(r"\[(?P<text>[^\[\]]+)\](?:\([^)]*\)|\{[^}]*\})")  # "[Berlin](city)", '[Berlin]{"entity": "city"}'
RESPONSE_PREFIX = "utter_"


def is_rasa_data(data: object) -> bool:
    """Whether decoded YAML is a Rasa assistant's: NLU examples of intents, or responses named ``utter_…``."""
    if not isinstance(data, Mapping):
        return False
    nlu = data.get("nlu")
    return (isinstance(nlu, list) and any(isinstance(item, Mapping) and "intent" in item for item in nlu)) or bool(responses_in(data))


def responses_in(data: object) -> dict[str, str]:
    """The first text of each response in decoded Rasa YAML, by its name (``utter_greet``)."""
    responses = data.get("responses") if isinstance(data, Mapping) else None
    if not isinstance(responses, Mapping):
        return {}
    found = {}
    for name, variants in responses.items():
        text = next((variant["text"] for variant in variants if isinstance(variant, Mapping) and isinstance(variant.get("text"), str)), None) if isinstance(variants, list) else None
        if str(name).startswith(RESPONSE_PREFIX) and text and text.strip():
            found[str(name)] = text
    return found


def rasa_entries(root: Located, responses: Mapping[str, str], path: Path) -> list[Entry]:
    """The entries of a Rasa NLU file (``root``), each intent answered by its response among
    ``responses`` (this file's and those beside it); a CorpusError when none is answered."""
    nlu = root.value.get("nlu") if isinstance(root.value, dict) else None
    intents = [item for item in nlu.value if isinstance(item.value, dict) and isinstance(item.value.get("intent"), Located)] if nlu is not None and isinstance(nlu.value, list) else []
    entries, unanswered = [], []
    for item in intents:
        intent, examples = str(item.value["intent"].value), _examples(item.value.get("examples"))
        answer = responses.get(RESPONSE_PREFIX + intent)
        if answer is None or not examples:
            unanswered.append(intent)
            continue
        entries.append(make_entry(examples[0], answer, path, item.line, examples[1:]))
    if intents and not entries:
        raise CorpusError(f"{path}:{intents[0].line}: Rasa NLU examples, but no response answers their intents: put the domain file ('responses:' with utter_<intent>) beside it")
    if unanswered:
        logger.info("%s: %d intents without a response (utter_<intent>) or examples left out: %s", path, len(unanswered), ", ".join(unanswered))
    return entries


def _examples(value: Located | None) -> list[str]:
    """An intent's examples: each "- " line of its block, entity marks read as their text."""
    text = value.value if value is not None and isinstance(value.value, str) else ""
    lines = (_EXAMPLE.match(line) for line in text.splitlines())
    return [_ENTITY.sub(r"\g<text>", match.group("text")) for match in lines if match and match.group("text")]
