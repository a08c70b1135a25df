"""The learning curve: how much approving what people asked improves answers to questions not yet seen.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/learning.py [--tune]

For each set (StackFAQ; Banking77-FAQ; LiveQA-Med's questions as sent, when
benchmarks/liveqa/convert.py has made it), the user questions are shuffled with a fixed seed and
split once: a pool the owner reviews, and the rest, never approved, which every step is measured on. Step by step, k pool questions
(k = 0, 25, 50, 100, 200, as far as the pool goes) go through the real path: asked of the bot,
recorded in a question store, approved for their right entry with ``approve()`` (so into the
corpus's learned file), then the bot reloads. Prints the table and draws docs/learning-curve.png.
The model is used as shipped unless ``--tune`` (the curve's shape is what is measured).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from faqbot import FAQBot
from faqbot.evaluate import Query, evaluate, load_queries
from faqbot.learning.review import approve
from faqbot.learning.store import QuestionStore

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "StackFAQ": (ROOT / "benchmarks" / "stackfaq" / "corpus.jsonl", ROOT / "benchmarks" / "stackfaq" / "queries.jsonl", None),
    "Banking77-FAQ": (ROOT / "benchmarks" / "banking77" / "corpus.jsonl", ROOT / "benchmarks" / "banking77" / "queries.jsonl", None),
    "LiveQA-Med": (ROOT / "benchmarks" / "liveqa" / "corpus.jsonl", ROOT / "benchmarks" / "liveqa" / "queries.jsonl", "original"),
}
STEPS = (0, 25, 50, 100, 200)
SEED = 20261128
MIN_TEST = 25  # questions kept unseen at the least, so that a small set still has something to measure
PLOT = ROOT / "docs" / "learning-curve.png"


def made_sets() -> Iterator[tuple[str, Path, Path, str | None]]:
    """(name, corpus file, query file, query kind) of each set whose files exist; says which are not and how to make them."""
    for name, (corpus_file, queries_file, kind) in SETS.items():
        if corpus_file.exists():
            yield name, corpus_file, queries_file, kind
        else:
            print(f"{name} skipped: make it with benchmarks/liveqa/convert.py (see benchmarks/liveqa/README.md)")


def split(queries: list[Query]) -> tuple[list[Query], list[Query]]:
    """(pool the owner approves from, questions measured on): fixed seed, the unseen part never approved."""
    shuffled = random.Random(SEED).sample(queries, len(queries))
    pool_size = min(max(STEPS), len(shuffled) - max(MIN_TEST, len(shuffled) // 3))
    return shuffled[:pool_size], shuffled[pool_size:]


def curve(name: str, corpus_file: Path, queries_file: Path, kind: str | None, scratch: Path, tune: bool) -> list[tuple[int, dict]]:
    """Figures on the unseen questions after each step of approvals."""
    corpus = scratch / name / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(corpus_file, corpus)
    pool, unseen = split([q for q in load_queries(queries_file, kind) if q.expect])
    bot = FAQBot(corpus, scratch / name / "index", tune=tune, progress=False)
    store = QuestionStore.open(f"sqlite:///{scratch / name / 'questions.sqlite3'}")
    results, approved = [], 0
    for k in (step for step in STEPS if step <= len(pool)):
        for query in pool[approved:k]:
            record_id = store.record(bot.ask(query.text))
            store.flush()
            approve(store, corpus, record_id, heading=query.expect[0])
        approved = k
        bot.reload()
        results.append((k, evaluate(bot, unseen).figures()))
        print(f"  {name}: {k} approved, P@1 {results[-1][1]['P@1']}", flush=True)
    store.close()
    return results


def plot(curves: dict[str, list[tuple[int, dict]]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 3.6), dpi=120)
    for name, points in curves.items():
        steps = [k for k, _ in points]
        axis.plot(steps, [f["P@1"] for _, f in points], marker="o", label=f"{name} P@1")
        axis.plot(steps, [f["precision_answered"] for _, f in points], marker="s", linestyle="--", label=f"{name} precision when answered")
    axis.set_xlabel("user questions approved as alternates")
    axis.set_ylabel("on questions not approved")
    axis.set_ylim(0, 1.02)
    axis.grid(alpha=0.3)
    axis.legend(fontsize=7, loc="lower right")
    axis.set_title("Learning from what people ask (benchmarks/learning.py)", fontsize=9)
    figure.tight_layout()
    figure.savefig(PLOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each corpus first, as `faqbot build` does by default")
    args = parser.parse_args()
    curves = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_file, queries_file, kind in made_sets():
            curves[name] = curve(name, corpus_file, queries_file, kind, Path(scratch), args.tune)
    print(f"\n{'set':<12}{'approved':>9}{'unseen':>8}{'P@1':>8}{'gain':>8}{'answered':>10}{'precision':>11}{'wrong':>8}")
    for name, points in curves.items():
        for k, figures in points:
            gain = figures["P@1"] - points[0][1]["P@1"]
            print(f"{name:<12}{k:>9}{figures['queries']:>8}{figures['P@1']:>8.3f}{gain:>+8.3f}{figures['answered']:>10.3f}"
                  f"{figures['precision_answered']:>11.3f}{figures['wrong_asserted']:>8.3f}")
    plot(curves)
    print(f"\nplot: {PLOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
