"""Retrieval quality: faqbot against the naive peer, on StackFAQ and the seed FAQ, in one run.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/quality.py

The naive peer is what a user would write first: embed each FAQ heading with the same
sentence-transformers model, put the vectors in a FAISS IndexFlatIP, return the nearest heading.
No training on benchmark queries: faqbot's weights and confidence curve are fixed constants.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import faiss
import numpy as np

from faqbot import FAQBot
from faqbot.corpus import load_corpus
from faqbot.embeddings import Encoder
from faqbot.evaluate import Query, evaluate, load_queries

ROOT = Path(__file__).resolve().parents[1]
STACKFAQ_CORPUS = ROOT / "benchmarks" / "stackfaq" / "corpus.jsonl"
STACKFAQ_QUERIES = ROOT / "benchmarks" / "stackfaq" / "queries.jsonl"
SEED_CORPUS = ROOT / "corpus"
SEED_QUERIES = ROOT / "tests" / "data" / "seed_queries.jsonl"


def read_queries(path: Path, kind: str | None = None, decline: bool = False) -> list[Query]:
    """Queries of one kind; ``decline`` drops the expectations (questions asked of another FAQ)."""
    return [replace(q, expect=()) if decline else q for q in load_queries(path, kind)]


def naive_figures(corpus: Path, queries: list[Query], encoder: Encoder) -> dict[str, float]:
    """P@1 and MRR@10 of nearest-heading search (the baseline the issue's table names)."""
    headings = [e.heading for e in load_corpus(corpus).entries]
    index = faiss.IndexFlatIP(384)
    index.add(encoder.encode(headings))
    _, ranked = index.search(encoder.encode([q.text for q in queries]), 10)
    ranks = [next((r for r, i in enumerate(row) if headings[i] in q.expect), None) for q, row in zip(queries, ranked)]
    return {
        "P@1": round(float(np.mean([r == 0 for r in ranks])), 4),
        "MRR@10": round(float(np.mean([1 / (r + 1) if r is not None else 0.0 for r in ranks])), 4),
    }


def main() -> None:
    encoder = Encoder()
    with tempfile.TemporaryDirectory() as scratch:
        stack_bot = FAQBot(STACKFAQ_CORPUS, Path(scratch) / "stackfaq", progress=False)
        seed_bot = FAQBot(SEED_CORPUS, Path(scratch) / "seed", progress=False)
        stack = evaluate(stack_bot, read_queries(STACKFAQ_QUERIES)).figures()
        cross = evaluate(seed_bot, read_queries(STACKFAQ_QUERIES, decline=True)).figures()
        paraphrases = evaluate(seed_bot, read_queries(SEED_QUERIES, "paraphrase")).figures()
        off_topic = evaluate(seed_bot, read_queries(SEED_QUERIES, "off-topic")).figures()
        near_topic = evaluate(seed_bot, read_queries(SEED_QUERIES, "near-topic")).figures()
    naive_stack = naive_figures(STACKFAQ_CORPUS, read_queries(STACKFAQ_QUERIES), encoder)
    naive_seed = naive_figures(SEED_CORPUS, read_queries(SEED_QUERIES, "paraphrase"), encoder)

    rows = [
        ("StackFAQ P@1", naive_stack["P@1"], stack["P@1"], ">= 0.955"),
        ("StackFAQ MRR@10", naive_stack["MRR@10"], stack["MRR@10"], ">= 0.975"),
        ("StackFAQ R@5", "", stack["R@5"], ""),
        ("StackFAQ in-domain answered", "", stack["answered"], ">= 0.60"),
        ("StackFAQ precision when answered", "", stack["precision_answered"], ">= 0.90"),
        ("StackFAQ wrong answers asserted", "", stack["wrong_asserted"], "as low as possible"),
        ("StackFAQ right entry shown", "", stack["right_shown"], ">= 0.95"),
        ("StackFAQ queries vs seed declined", "", cross["declined"], ">= 0.99"),
        ("seed paraphrases P@1", naive_seed["P@1"], paraphrases["P@1"], ">= 0.90"),
        ("seed paraphrases answered", "", paraphrases["answered"], ">= 0.60"),
        ("seed precision when answered", "", paraphrases["precision_answered"], ">= 0.90"),
        ("seed right entry shown", "", paraphrases["right_shown"], ">= 0.95"),
        ("seed off-topic declined", "", off_topic["declined"], ">= 0.90"),
        ("seed near-topic declined", "", near_topic["declined"], "as high as possible"),
    ]
    print(f"{'figure':<36}{'naive':>8}{'faqbot':>9}  target")
    for name, naive, ours, target in rows:
        print(f"{name:<36}{naive!s:>8}{ours!s:>9}  {target}")
    print(f"\n({stack['queries']} StackFAQ queries; {paraphrases['queries']} seed paraphrases, "
          f"{off_topic['queries']} off-topic, {near_topic['queries']} near-topic)")


if __name__ == "__main__":
    main()
