"""The learning curve: how much approving what people asked improves answers to questions not yet seen.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/learning.py [--pick review|random] [--tune]

For each set (StackFAQ; Banking77-FAQ; SOFMattress-FAQ, Curekart-FAQ, Powerplay11-FAQ and LiveQA-Med's questions as
sent, when their convert.py has made them), the user questions the FAQ covers are shuffled with a fixed seed
and split: a pool the owner reviews, and the rest (a third), never approved, which every step is
measured on. Step by step, k pool questions (k = 0, 25, 50, 100, 200, as far as there are) go
through the real path: asked of the bot, recorded in a question store, approved for their right
entry with ``approve()`` (so into the corpus's learned file), then the bot reloads.

Which k, ``--pick``: ``review`` (the default) is the owner's workflow — every pool question is
asked and recorded, and the owner approves ``faqbot review``'s suggestions in the order it lists
them (the questions the bot declined or answered with less than high confidence; nobody marks an
answer unhelpful here, so a confident wrong answer is never listed). ``random`` approves the
pool's first k questions whatever the bot made of them, as the issue's simulation did.

Which questions land in the pool moves a small set's figures by several points, so this is
repeated for ``--splits`` different shuffles (seeds SEED, SEED + 1, …) and the mean is reported
with the lowest and highest split. Prints the table and draws docs/learning-curve.png (review
pick) or docs/learning-curve-random.png. The model is used as shipped unless ``--tune`` (the
curve's shape is what is measured).
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import tempfile
from collections.abc import Iterator
from pathlib import Path

from intent_faq import SHOP_CHATBOTS

from faqbot import FAQBot
from faqbot.corpus.entry import same_question
from faqbot.evaluate import Query, evaluate, load_queries
from faqbot.learning.review import approve, review
from faqbot.learning.store import QuestionStore

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
SETS = {  # name: (folder under benchmarks/ with corpus.jsonl and queries.jsonl, query kind)
    "StackFAQ": ("stackfaq", None),
    "Banking77-FAQ": ("banking77", None),
    **{name: (folder.name, None) for name, folder in SHOP_CHATBOTS.items()},
    "LiveQA-Med": ("liveqa", "original"),
}
STEPS = (0, 25, 50, 100, 200)
SEED = 20261128
SPLITS = 5
MIN_TEST = 25  # questions kept unseen at the least, so that a small set still has something to measure
PLOTS = {"review": ROOT / "docs" / "learning-curve.png", "random": ROOT / "docs" / "learning-curve-random.png"}


def made_sets() -> Iterator[tuple[str, Path, Path, str | None]]:
    """(name, corpus file, query file, query kind) of each set whose files exist; says which are not and how to make them."""
    for name, (folder, kind) in SETS.items():
        corpus_file, queries_file = BENCHMARKS / folder / "corpus.jsonl", BENCHMARKS / folder / "queries.jsonl"
        if queries_file.exists():
            yield name, corpus_file, queries_file, kind
        else:
            print(f"{name} skipped: make it as benchmarks/{folder}/README.md says")


def split(queries: list[Query], seed: int) -> tuple[list[Query], list[Query]]:
    """(pool the owner approves from, questions measured on): a seeded shuffle, the unseen third never approved."""
    shuffled = random.Random(seed).sample(queries, len(queries))
    pool_size = len(shuffled) - max(MIN_TEST, len(shuffled) // 3)
    return shuffled[:pool_size], shuffled[pool_size:]


def approvals_random(bot: FAQBot, store: QuestionStore, pool: list[Query]) -> Iterator[tuple[str, str]]:
    """(record id, right heading) of the pool's questions in pool order, each asked of the bot as it is when its turn comes."""
    for query in pool:
        record_id = store.record(bot.ask(query.text))
        store.flush()
        yield record_id, query.expect[0]


def approvals_review(bot: FAQBot, store: QuestionStore, pool: list[Query]) -> Iterator[tuple[str, str]]:
    """(record id, right heading) of what ``faqbot review`` lists once the whole pool has been asked, in its order."""
    right = {}
    for query in pool:
        store.record(bot.ask(query.text))
        right.setdefault(same_question(query.text), query.expect[0])
    store.flush()
    for suggestion in review(store, bot).suggestions:
        yield suggestion.id, right[same_question(suggestion.question)]


PICKS = {"review": approvals_review, "random": approvals_random}


def curve(corpus_file: Path, queries: list[Query], seed: int, scratch: Path, tune: bool, pick: str) -> list[tuple[int, dict]]:
    """Figures on the unseen questions after each step of approvals, for one split."""
    corpus = scratch / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(corpus_file, corpus)
    pool, unseen = split(queries, seed)
    bot = FAQBot(corpus, scratch / "index", tune=tune, progress=False)
    store = QuestionStore.open(f"sqlite:///{scratch / 'questions.sqlite3'}")
    results = [(0, evaluate(bot, unseen).figures())]
    approvals = PICKS[pick](bot, store, pool)
    approved = 0
    for k in STEPS[1:]:
        for record_id, heading in itertools.islice(approvals, k - approved):
            approve(store, corpus, record_id, heading=heading)
            approved += 1
        if approved < k:  # the pool (or the review list) ran out before this step
            break
        bot.reload()
        results.append((k, evaluate(bot, unseen).figures()))
    store.close()
    return results


def mean_curve(name: str, corpus_file: Path, queries_file: Path, kind: str | None, scratch: Path, tune: bool, splits: int, pick: str) -> list[tuple[int, dict]]:
    """The curve averaged over ``splits`` shuffles: each figure's mean, and P@1's gain over k = 0 per
    split as min/mean/max; only the steps every split reached."""
    queries = [q for q in load_queries(queries_file, kind) if q.expect]
    runs = []
    for number in range(splits):
        runs.append(curve(corpus_file, queries, SEED + number, scratch / name / str(number), tune, pick))
        print(f"  {name}, split {number + 1}/{splits}: P@1 " + " / ".join(f"{f['P@1']:.3f}" for _, f in runs[-1]), flush=True)
    averaged = []
    for step, (k, figures) in enumerate(runs[0][: min(map(len, runs))]):
        mean = {key: statistics.fmean(run[step][1][key] for run in runs) for key in figures}
        gains = [run[step][1]["P@1"] - run[0][1]["P@1"] for run in runs]
        averaged.append((k, {**mean, "gain": statistics.fmean(gains), "gain_low": min(gains), "gain_high": max(gains)}))
    return averaged


def plot(curves: dict[str, list[tuple[int, dict]]], path: Path, pick: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 3.6), dpi=120)
    for (name, points), colour in zip(curves.items(), plt.rcParams["axes.prop_cycle"].by_key()["color"]):
        steps = [k for k, _ in points]
        axis.plot(steps, [f["P@1"] for _, f in points], marker="o", color=colour, label=f"{name} P@1")
        axis.plot(steps, [f["precision_answered"] for _, f in points], marker="s", linestyle="--", color=colour,
                  label=f"{name} precision when answered")
    axis.set_xlabel("user questions approved as alternates" + (" (from the review list)" if pick == "review" else " (random)"))
    axis.set_ylabel("on questions not approved")
    axis.set_ylim(0, 1.02)
    axis.grid(alpha=0.3)
    axis.legend(fontsize=7, loc="lower right")
    axis.set_title("Learning from what people ask (benchmarks/learning.py)", fontsize=9)
    figure.tight_layout()
    figure.savefig(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each corpus first, as `faqbot build` does by default")
    parser.add_argument("--pick", choices=PICKS, default="review",
                        help="which pool questions are approved: review's suggestions in its order (default), or any in random order")
    parser.add_argument("--splits", type=int, default=SPLITS, help=f"shuffles of each set's questions to average over (default {SPLITS})")
    args = parser.parse_args()
    curves = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_file, queries_file, kind in made_sets():
            curves[name] = mean_curve(name, corpus_file, queries_file, kind, Path(scratch), args.tune, args.splits, args.pick)
    print(f"\napproved: {args.pick} pick; means over {args.splits} splits; gain: P@1 over k = 0, mean (lowest split, highest split)")
    print(f"{'set':<16}{'approved':>9}{'unseen':>8}{'P@1':>8}{'gain':>24}{'answered':>10}{'precision':>11}{'wrong':>8}")
    for name, points in curves.items():
        for k, f in points:
            gain = f"{f['gain']:+.3f} ({f['gain_low']:+.3f}, {f['gain_high']:+.3f})"
            print(f"{name:<16}{k:>9}{f['queries']:>8.0f}{f['P@1']:>8.3f}{gain:>24}{f['answered']:>10.3f}"
                  f"{f['precision_answered']:>11.3f}{f['wrong_asserted']:>8.3f}")
    plot(curves, PLOTS[args.pick], args.pick)
    print(f"\nplot: {PLOTS[args.pick].relative_to(ROOT)}")


if __name__ == "__main__":
    main()
