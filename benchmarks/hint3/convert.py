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

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_OF_SCOPE = "NO_NODES_DETECTED"


def main(source: Path) -> None:
    faq = [json.loads(line) for line in (HERE / "faq.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    heading = {entry["intent"]: entry["question"] for entry in faq}
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for entry in faq:
            corpus.write(json.dumps({key: entry[key] for key in ("question", "answer", "category")}, ensure_ascii=False) + "\n")
    with open(source, encoding="utf-8", newline="") as rows, open(HERE / "queries.jsonl", "w", encoding="utf-8") as queries:
        for row in csv.DictReader(rows):
            text = " ".join(row["sentence"].split())
            if row["label"] == OUT_OF_SCOPE:
                item = {"query": text, "expect": [], "kind": "out-of-scope"}
            else:
                item = {"query": text, "expect": [heading[row["label"]]]}
            queries.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
