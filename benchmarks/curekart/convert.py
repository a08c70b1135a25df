"""Make the Curekart-FAQ development set: a health-supplement shop chatbot's traffic against an FAQ written for it.

    .venv/bin/python benchmarks/curekart/convert.py CUREKART_TEST_CSV

CUREKART_TEST_CSV is ``dataset/v2/test/curekart_test.csv`` from github.com/hellohaptik/HINT3
(``sentence,label``: 991 messages sent to an online health-supplement shop's chatbot, labelled
with one of its intents or ``NO_NODES_DETECTED`` when the bot had no answer for them).
``faq.jsonl`` here holds the FAQ, one entry per intent, written for this set from the intent names
alone. Writes ``corpus.jsonl`` and ``queries.jsonl`` beside this script, as
``benchmarks/hint3/convert.py`` does for SOFMattress-FAQ.
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
