"""Make the SOFMattress-FAQ development set: a real shop chatbot's traffic against an FAQ written for it.

    .venv/bin/python benchmarks/hint3/convert.py SOFMATTRESS_TEST_CSV

SOFMATTRESS_TEST_CSV is ``dataset/v2/test/sofmattress_test.csv`` from github.com/hellohaptik/HINT3
(``sentence,label``: 397 messages sent to a mattress shop's chatbot, labelled with one of its
intents or ``NO_NODES_DETECTED`` when the bot had no answer for them). ``faq.jsonl`` here holds the
FAQ, one entry per intent, written for this set from the intent names alone. Writes
``corpus.jsonl`` (the FAQ as faqbot reads it) and ``queries.jsonl`` (every message: expecting the
entry written for its intent, or nothing, kind ``out-of-scope``, when the bot had none) beside
this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from intent_faq import hint3_messages, write_set  # noqa: E402  (shared with the other intent-dataset sets)


def main(source: Path) -> None:
    write_set(HERE, hint3_messages(source))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
