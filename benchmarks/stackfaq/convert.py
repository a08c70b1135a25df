"""Convert the StackFAQ collection into a faqbot corpus and an eval query file.

    python benchmarks/stackfaq/convert.py ../shared/benchmarks/stackfaq/stackExchange-FAQ.json

writes ``corpus.jsonl`` (one entry per thread: heading = the thread's question, answer = its
answers as blank-line separated paragraphs, so each answer is a passage) and ``queries.jsonl``
(every user rephrasing, expecting its own thread) beside this script.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def as_list(value: object) -> list[str]:
    """StackFAQ stores some lists as a lone string or null; normalise to a list of clean strings."""
    items = value if isinstance(value, list) else [value]
    return [item.strip() for item in items if isinstance(item, str) and item.strip() and item.strip() != "*"]


def main(source: Path) -> None:
    pairs = json.loads(source.read_text(encoding="utf-8"))["root"]["qapair"]
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as corpus, open(HERE / "queries.jsonl", "w", encoding="utf-8") as queries:
        for pair in pairs:
            heading = " ".join(pair["question"].split())
            answers = [" ".join(a.split()) for a in as_list(pair.get("answer"))]
            corpus.write(json.dumps({"question": heading, "answer": "\n\n".join(answers)}, ensure_ascii=False) + "\n")
            for rephrasing in as_list(pair.get("rephr")):
                queries.write(json.dumps({"query": rephrasing, "expect": [heading]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared/benchmarks/stackfaq/stackExchange-FAQ.json")
