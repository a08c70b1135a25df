"""How often the related questions offered under an answer hold the entry a wrongly answered question meant.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/related.py [--tune]

For each development set with user questions (the sets of benchmarks/learning.py), every covered
question is asked of the bot (model as shipped, or adapted with ``--tune``; the shipped rule) and, when it is answered, the
runners-up the chat offers under the answer (``faqbot.retrieval.related``) are compared with the entry
it meant. Prints one row per set: answered, answered wrongly, the wrong answers whose right
entry is among the related ones, and how many related questions an answer carries.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from learning import made_sets

from faqbot import FAQBot
from faqbot.evaluate import load_queries
from faqbot.retrieval import related


def measure(corpus_file: Path, queries_file: Path, kind: str | None, scratch: Path, tune: bool) -> str:
    """One table row: answered, answered wrongly, rescued by a related question, related per answer, answers with none."""
    (scratch / "corpus").mkdir(parents=True)
    shutil.copy(corpus_file, scratch / "corpus")
    bot = FAQBot(scratch / "corpus", scratch / "index", tune=tune, progress=False)
    queries = [query for query in load_queries(queries_file, kind) if query.expect]
    answered = wrong = rescued = offered = bare = 0
    for query in queries:
        answer = bot.ask(query.text)
        if not answer.answered:
            continue
        others = [offer.heading for offer in related(answer)]
        answered, offered, bare = answered + 1, offered + len(others), bare + (not others)
        if answer.heading not in query.expect:
            wrong += 1
            rescued += any(heading in query.expect for heading in others)
    return (f"{answered / len(queries):>9.3f}{wrong / len(queries):>8.3f}{f'{rescued} of {wrong}':>12}"
            f"{offered / max(answered, 1):>10.2f}{bare / max(answered, 1):>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each corpus first, as `faqbot build` does by default")
    args = parser.parse_args()
    print(f"{'set':<16}{'answered':>9}{'wrong':>8}{'rescued':>12}{'related':>10}{'none':>7}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_file, queries_file, kind in made_sets():
            print(f"{name:<16}{measure(corpus_file, queries_file, kind, Path(scratch) / name, args.tune)}", flush=True)


if __name__ == "__main__":
    main()
