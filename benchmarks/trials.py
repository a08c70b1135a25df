"""Small FAQs written for trials, asked as their users would: faqbot beside the naive peer, in one run.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/trials.py

Each folder of benchmarks/trials/ holds one FAQ as its owner would drop it into ``corpus/`` (plain
text, Markdown, a saved web page, YAML, CSV, JSON, a Word document, a PDF, an Excel workbook, a WordPress export, a site's
code or page template…) and ``queries.jsonl``: questions worded as people type
them, and questions near its topic that it does not answer (``"expect": []``), which should not be
answered (benchmarks/trials/README.md says how they were written). Printed per FAQ and pooled over
every question: the naive peer's P@1 (nearest heading, as in benchmarks/quality.py), then faqbot's
figures with the model as shipped and as ``faqbot build`` adapts it by default; then the pooled
figures of the adapted build at other answer thresholds.
"""

from __future__ import annotations

import tempfile
from dataclasses import fields
from pathlib import Path

from quality import naive_figures

from faqbot import FAQBot
from faqbot.embeddings import Encoder
from faqbot.evaluate import AtThreshold, Report, evaluate, load_queries
from faqbot.retrieval import CONFIDENCE_THRESHOLD

TRIALS = Path(__file__).resolve().parent / "trials"
THRESHOLDS = (0.65, 0.7, CONFIDENCE_THRESHOLD, 0.8, 0.85)
COLUMNS = {"P@1": "P@1", "R@3": "R@3", "answered": "answered", "precision": "precision_answered", "wrong": "wrong_asserted", "shown": "right_shown", "declined": "declined"}


def _add(into: Report | AtThreshold, counts: Report | AtThreshold) -> None:
    """Add the counts of ``counts`` to those of ``into`` (the same kind of tally)."""
    for field in fields(into):
        if isinstance(getattr(into, field.name), (int, float)):
            setattr(into, field.name, getattr(into, field.name) + getattr(counts, field.name))


def pooled(reports: list[Report]) -> Report:
    """One report over every question of ``reports``, each question counting once."""
    total = Report()
    for report in reports:
        _add(total, report)
        for threshold, at in report.at_threshold.items():
            _add(total.at_threshold.setdefault(threshold, AtThreshold()), at)
    return total


def row(name: str, naive: float, shipped: Report, adapted: Report) -> str:
    """One line: the naive peer's P@1, then each column as shipped / adapted."""
    before, after = shipped.figures(), adapted.figures()
    cells = "".join(f"{before[figure]:>8.3f}/{after[figure]:.3f}" for figure in COLUMNS.values())
    return f"{name:<20}{shipped.covered:>4}{shipped.uncovered:>4}{naive:>8.3f}{cells}"


def main() -> None:
    encoder = Encoder()
    folders = sorted(path for path in TRIALS.iterdir() if (path / "queries.jsonl").exists())
    shipped, adapted, naive = [], [], []
    print(f"{'FAQ':<20}{'cov':>4}{'unc':>4}{'naive':>8}" + "".join(f"{label:>14}" for label in COLUMNS) + "   (model as shipped/adapted)")
    with tempfile.TemporaryDirectory() as scratch:
        for folder in folders:
            queries = load_queries(folder / "queries.jsonl")
            covered = [query for query in queries if query.expect]
            naive.append((naive_figures(folder / "corpus", covered, encoder)["P@1"], len(covered)))
            for tune, reports in ((False, shipped), (True, adapted)):
                bot = FAQBot(folder / "corpus", Path(scratch) / f"{folder.name}-{tune}", tune=tune, progress=False)
                reports.append(evaluate(bot, queries, thresholds=THRESHOLDS))
            print(row(folder.name, naive[-1][0], shipped[-1], adapted[-1]), flush=True)
    naive_pooled = sum(p * n for p, n in naive) / sum(n for _, n in naive)
    all_adapted = pooled(adapted)
    print(row("all questions", naive_pooled, pooled(shipped), all_adapted))
    print(f"\nall questions, adapted, at other answer thresholds (shipped: {CONFIDENCE_THRESHOLD})")
    for threshold, figures in all_adapted.threshold_figures().items():
        print(f"{threshold:<6}" + "".join(f"{name} {value:.3f}  " for name, value in figures.items()))


if __name__ == "__main__":
    main()
