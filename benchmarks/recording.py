"""What ``serve --learn`` adds to each answer: the cost of recording a question, beside the answer itself.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/recording.py [--store URL] [--questions 5000]

Answers the seed FAQ's test questions over and over with the bot (the baseline: what a question
costs without learning), records each answer with ``QuestionStore.record`` as the server does,
and times both per question. Then waits for the writer thread to store everything and reports
how fast it wrote and whether any row was lost. The store is a fresh SQLite file unless
``--store`` names another (a PostgreSQL database, say).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from faqbot import FAQBot
from faqbot.evaluate import load_queries
from faqbot.learning.store import QuestionStore

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [query.text for query in load_queries(ROOT / "tests" / "data" / "seed_queries.jsonl")]


def percentiles(samples: list[float]) -> str:
    p50, p95 = np.percentile(np.array(samples) * 1000, [50, 95])
    return f"p50 {p50:.3f} ms   p95 {p95:.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--questions", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        bot = FAQBot(ROOT / "corpus", Path(scratch) / "index", progress=False)
        store = QuestionStore.open(args.store or f"sqlite:///{scratch}/questions.sqlite3")
        before = len(list(store.records()))
        answering, recording = [], []
        for number in range(args.questions):
            started = time.perf_counter()
            answer = bot.ask(QUESTIONS[number % len(QUESTIONS)])
            answered = time.perf_counter()
            store.record(answer)
            recording.append(time.perf_counter() - answered)
            answering.append(answered - started)
        started = time.perf_counter()
        store.flush(timeout=600)
        drained = time.perf_counter() - started
        written = len(list(store.records())) - before
        store.close()
    print(f"answering a question (baseline)   {percentiles(answering)}")
    print(f"recording it (serve --learn adds) {percentiles(recording)}   (target: p95 <= 1 ms)")
    print(f"written {written} of {args.questions} ({store.dropped} dropped); the writer was {drained * 1000:.0f} ms behind when asking stopped")


if __name__ == "__main__":
    main()
