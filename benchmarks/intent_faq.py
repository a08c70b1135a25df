"""Development sets made of an intent dataset's messages and an FAQ written for its intents.

Banking77-FAQ, SOFMattress-FAQ, Curekart-FAQ and Powerplay11-FAQ are made the same way: ``faq.jsonl`` in the set's folder holds
one entry per intent (intent, category, question, answer), written from the intent names; each
labelled message becomes a query expecting the entry of its intent, or nothing (kind
``out-of-scope``) when the dataset says no intent covers it. Each dataset's ``convert.py`` only
reads its file format and calls :func:`write_set`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

# The shop chatbots' sets (HINT3's traffic) by name, each in its folder, made by hint3/convert.py.
SHOP_CHATBOTS = {name: Path(__file__).resolve().parent / folder for name, folder in (("SOFMattress-FAQ", "hint3"), ("Curekart-FAQ", "curekart"), ("Powerplay11-FAQ", "powerplay11"))}


def write_set(folder: Path, messages: Iterable[tuple[str, str | None]]) -> None:
    """Write ``corpus.jsonl`` (the FAQ as faqbot reads it) and ``queries.jsonl`` into ``folder``
    from its ``faq.jsonl`` and ``messages``: (text, intent, or None for out of scope)."""
    faq = [json.loads(line) for line in (folder / "faq.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    heading = {entry["intent"]: entry["question"] for entry in faq}
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for entry in faq:
            corpus.write(json.dumps({key: entry[key] for key in ("question", "answer", "category")}, ensure_ascii=False) + "\n")
    with open(folder / "queries.jsonl", "w", encoding="utf-8") as queries:
        for text, intent in messages:
            query = " ".join(text.split())
            item = {"query": query, "expect": [heading[intent]]} if intent is not None else {"query": query, "expect": [], "kind": "out-of-scope"}
            queries.write(json.dumps(item, ensure_ascii=False) + "\n")
