"""Does the adapted model answer as fast as the model as shipped? One process, alternating rounds.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/adapted_latency.py

perf.py compares faqbot with the naive peer; across runs its ratios move with the machine. This
asks the same StackFAQ questions of two bots over one corpus — model as shipped and adapted to
the corpus (adapting takes a minute or two first) — in three alternating rounds, and prints each
side's median p50 and p95, so the two are measured under the same load.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

from faqbot import FAQBot
from faqbot.evaluate import load_queries

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf import STACKFAQ, percentiles, timed  # noqa: E402  (the same p50/p95 as perf.py's rows)

ROUNDS = 3


def latency(bot: FAQBot, questions: list[str]) -> tuple[float, float]:
    """p50 and p95 of ``bot.ask`` over ``questions``, in milliseconds."""
    return percentiles([timed(bot.ask, question) for question in questions])


def main() -> None:
    questions = [q.text for q in load_queries(STACKFAQ / "queries.jsonl")][::4]
    with tempfile.TemporaryDirectory() as scratch:
        bots = {tune: FAQBot(STACKFAQ / "corpus.jsonl", Path(scratch) / str(tune), tune=tune, progress=False) for tune in (False, True)}
        for bot in bots.values():
            latency(bot, questions[:20])  # warm up
        rounds: dict[bool, list[tuple[float, float]]] = {tune: [] for tune in bots}
        for _ in range(ROUNDS):
            for tune, bot in bots.items():
                rounds[tune].append(latency(bot, questions))
    print(f"{'model':<12}{'p50':>9}{'p95':>9}   ({len(questions)} questions, median of {ROUNDS} alternating rounds)")
    for tune, label in ((False, "as shipped"), (True, "adapted")):
        p50, p95 = np.median(rounds[tune], axis=0)
        print(f"{label:<12}{p50:>6.2f} ms{p95:>6.2f} ms")


if __name__ == "__main__":
    main()
