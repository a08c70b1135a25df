"""Make the Banking77-FAQ development set: real banking-app questions against an FAQ written for them.

    .venv/bin/python benchmarks/banking77/convert.py BANKING77_TEST_CSV

BANKING77_TEST_CSV is ``banking_data/test.csv`` from github.com/PolyAI-LDN/task-specific-datasets
(``text,category``: 3,080 customer questions, 40 for each of 77 intents). ``faq.jsonl`` here holds
the FAQ, one entry per intent, written for this set from the intent names alone (never from the
questions). Writes ``corpus.jsonl`` (the FAQ as faqbot reads it) and ``queries.jsonl`` (every
question, expecting the entry written for its intent) beside this script.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from intent_faq import write_set  # noqa: E402  (shared with the other intent-dataset sets)


def main(source: Path) -> None:
    with open(source, encoding="utf-8", newline="") as rows:
        write_set(HERE, ((row["text"], row["category"]) for row in csv.DictReader(rows)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
