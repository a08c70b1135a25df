"""Shared fixtures: the real bundled model, the seed corpus, and small corpora written per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the suite must never reach for a model hub

from faqbot import FAQBot  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
SEED_QUERIES = ROOT / "tests" / "data" / "seed_queries.jsonl"
MILITARY_HEADING = "What role does North Korea's military support play in these alliances?"


@pytest.fixture(scope="session")
def seed_bot(tmp_path_factory: pytest.TempPathFactory) -> FAQBot:
    """A bot over the shipped seed corpus with the real model, built once for the whole run."""
    return FAQBot(corpus=SEED_CORPUS, index_dir=tmp_path_factory.mktemp("seed-index"), progress=False)


PETS_TXT = """\
Answers to common questions about adopting a pet from our shelter.
-
How much does it cost to adopt a dog?
The adoption fee for dogs is 150 euros, which covers vaccinations and microchipping.
-
Can I return a cat if it does not get along with my other pets?
Yes. You can bring a cat back within 30 days and we will help you find a better match.

If you return it after 30 days we still take it back, but the fee is not refunded.
-
What are the shelter's opening hours?
We are open from 10:00 to 18:00 every day except Monday.
"""


@pytest.fixture
def pets_txt(tmp_path: Path) -> Path:
    """A tiny plain-text FAQ with a preamble, written fresh for each test."""
    path = tmp_path / "pets.txt"
    path.write_text(PETS_TXT, encoding="utf-8")
    return path
