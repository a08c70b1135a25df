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
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(source: Path) -> None:
    faq = [json.loads(line) for line in (HERE / "faq.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    heading = {entry["intent"]: entry["question"] for entry in faq}
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for entry in faq:
            corpus.write(json.dumps({key: entry[key] for key in ("question", "answer", "category")}, ensure_ascii=False) + "\n")
    with open(source, encoding="utf-8", newline="") as rows, open(HERE / "queries.jsonl", "w", encoding="utf-8") as queries:
        for row in csv.DictReader(rows):
            queries.write(json.dumps({"query": " ".join(row["text"].split()), "expect": [heading[row["category"]]]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
