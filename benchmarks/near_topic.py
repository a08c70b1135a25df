"""Near-topic questions in real users' words: leave needs out of an FAQ and ask their questions.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/near_topic.py [--tune]

A handful of hand-written near-topic questions ("What is the population of North Korea?" of the
seed FAQ) says little: they are easy to write far from every entry. Here, for each set
(StackFAQ, Banking77-FAQ, and SOFMattress-FAQ, Curekart-FAQ, Powerplay11-FAQ and LiveQA-Med when their convert.py has made them), a seeded
tenth of the needs its users asked about (a need: the entries one question expects) is taken out of
the FAQ, and the users' questions about them are asked of the rest. They are near the FAQ's topic
by construction, worded as users word them, and the FAQ no longer answers them: the bot should
assert nothing ("did you mean" or "not covered"). Beside that, the other questions' answered share
and precision on the same reduced FAQ show what the decline rate costs. The model is used as
shipped unless ``--tune``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from faqbot import FAQBot
from faqbot.evaluate import Query, evaluate, load_queries

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learning import made_sets  # noqa: E402  (the learning curve's sets; here all of LiveQA-Med's questions)

SEED = 20261129
LEFT_OUT = 0.1  # share of the needs taken out of each FAQ


def leave_out(entries: list[dict], queries: list[Query]) -> tuple[list[dict], list[Query], list[Query]]:
    """(the FAQ without a seeded tenth of the needs, questions it still covers, questions about the needs left out)."""
    needs = sorted({q.expect for q in queries})
    removed = {heading for need in random.Random(SEED).sample(needs, max(1, round(LEFT_OUT * len(needs)))) for heading in need}
    kept = [entry for entry in entries if entry["question"] not in removed]
    covered, near = [], []
    for query in queries:
        remaining = tuple(h for h in query.expect if h not in removed)
        (covered if remaining else near).append(replace(query, expect=remaining))
    return kept, covered, near


def measure(name: str, corpus_file: Path, queries_file: Path, scratch: Path, tune: bool) -> dict[str, float]:
    """Decline figures for the questions left without an entry, and the covered ones' figures, on one set."""
    entries = [json.loads(line) for line in corpus_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept, covered, near = leave_out(entries, [q for q in load_queries(queries_file) if q.expect])
    corpus = scratch / name / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "faq.jsonl").write_text("".join(json.dumps(entry) + "\n" for entry in kept), encoding="utf-8")
    bot = FAQBot(corpus, scratch / name / "index", tune=tune, progress=False)
    reasons = Counter(bot.ask(query.text).reason for query in near)
    figures = evaluate(bot, covered).figures()
    return {
        "entries out": len(entries) - len(kept),
        "near-topic": len(near),
        "declined": round(1 - reasons["answered"] / len(near), 3),
        "offered": round(reasons["ambiguous"] / len(near), 3),
        "not covered": round(reasons["not covered"] / len(near), 3),
        "others answered": figures["answered"],
        "precision": figures["precision_answered"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each reduced corpus first, as `faqbot build` does by default")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_file, queries_file, _kind in made_sets():
            results[name] = measure(name, corpus_file, queries_file, Path(scratch), args.tune)
            print(f"  {name}: {results[name]}", flush=True)
    columns = next(iter(results.values())).keys()
    print(f"\n{'set':<15}" + "".join(f"{column:>16}" for column in columns))
    for name, figures in results.items():
        print(f"{name:<15}" + "".join(f"{figures[column]!s:>16}" for column in columns))
    print(
        "\nnear-topic: questions whose needs were left out; declined: nothing asserted (offered candidates, or not covered);"
        "\nothers answered, precision: the remaining questions on the same reduced FAQ"
    )


if __name__ == "__main__":
    main()
