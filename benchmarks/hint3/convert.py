"""Make the development sets of HINT3's shop chatbots: real traffic against an FAQ written for each.

    .venv/bin/python benchmarks/hint3/convert.py TEST_CSV

TEST_CSV is one of HINT3's ``dataset/v2/test`` files from github.com/hellohaptik/HINT3
(``sentence,label``: messages sent to a shop's chatbot, labelled with one of its intents or
``NO_NODES_DETECTED`` when the bot had no answer for them): ``sofmattress_test.csv`` (397 messages
to a mattress shop) makes SOFMattress-FAQ in this folder, ``curekart_test.csv`` (991 messages to a
health-supplement shop) Curekart-FAQ in ``benchmarks/curekart``, ``powerplay11_test.csv`` (983
messages to a fantasy-cricket app) Powerplay11-FAQ in ``benchmarks/powerplay11``. Each set's ``faq.jsonl`` holds its
FAQ, one entry per intent, written from the intent names alone. Writes ``corpus.jsonl`` (the FAQ as
faqbot reads it) and ``queries.jsonl`` (every message: expecting the entry written for its intent,
or nothing, kind ``out-of-scope``, when the bot had none or the intent is small talk, which an FAQ
has no entry for and faqbot replies to without one) into the set's folder.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from intent_faq import SHOP_CHATBOTS, write_set  # noqa: E402  (shared with the other intent-dataset sets)

FOLDERS = {  # test file → its set's folder
    "sofmattress_test.csv": SHOP_CHATBOTS["SOFMattress-FAQ"],
    "curekart_test.csv": SHOP_CHATBOTS["Curekart-FAQ"],
    "powerplay11_test.csv": SHOP_CHATBOTS["Powerplay11-FAQ"],
}
OUT_OF_SCOPE = "NO_NODES_DETECTED"
SMALL_TALK = {"APPRECIATION", "CRITICISM", "GREETINGS_DAY", "PRESENCE", "THANKS"}  # Powerplay11's chit-chat intents


def messages(source: Path) -> Iterator[tuple[str, str | None]]:
    """Each message with its intent, or None when the shop's bot had none for it or it is small talk."""
    with open(source, encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            yield row["sentence"], None if row["label"] == OUT_OF_SCOPE or row["label"] in SMALL_TALK else row["label"]


def main(source: Path) -> None:
    if source.name not in FOLDERS:
        raise SystemExit(f"{source}: not a HINT3 test file with an FAQ written for it (expected one of {', '.join(FOLDERS)})")
    write_set(FOLDERS[source.name], messages(source))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
