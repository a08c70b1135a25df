"""What adapting the model to a corpus costs: wall time of `faqbot build` with and without it.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/tuning.py [--skip-large]

Corpora: the first 100 entries of StackFAQ (the issue's "100-entry FAQ"), all of StackFAQ (125
entries, 719 answer paragraphs), and perf.py's synthetic FAQ of 2,000 entries × 5 paragraphs
(10,000 passages), whose pairs are capped. Each is built twice in fresh index folders: with the
model as shipped (the baseline: embedding only) and adapted; the difference is the tuning.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from faqbot import FAQBot

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf import STACKFAQ, synthetic_corpus  # noqa: E402


def build_seconds(corpus: Path, index_dir: Path, tune: bool) -> tuple[float, dict | None]:
    started = time.perf_counter()
    bot = FAQBot(corpus, index_dir, tune=tune, progress=False)
    return time.perf_counter() - started, bot.adaptation.record if bot.adaptation else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-large", action="store_true", help="leave out the 10,000-passage corpus (about 12 minutes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        first_100 = scratch / "stackfaq-100.jsonl"
        first_100.write_text("\n".join((STACKFAQ / "corpus.jsonl").read_text().splitlines()[:100]) + "\n")
        synthetic = scratch / "synthetic-10k.jsonl"
        synthetic_corpus(synthetic, entries=2000, paragraphs=5)
        corpora = {"StackFAQ, first 100 entries": (first_100, "≤ 90 s"), "StackFAQ, 125 entries": (STACKFAQ / "corpus.jsonl", "≤ 5 min"),
                   "synthetic, 10,000 passages": (synthetic, "≤ 15 min")}  # fmt: skip
        print(f"{'corpus':<30}{'build as shipped':>18}{'build adapted':>15}{'tuning':>9}{'pairs':>7}  self-check     target (tuning)")
        if args.skip_large:
            del corpora["synthetic, 10,000 passages"]
        for n, (name, (corpus, target)) in enumerate(corpora.items()):
            shipped, _ = build_seconds(corpus, scratch / f"shipped-{n}", tune=False)
            adapted, record = build_seconds(corpus, scratch / f"adapted-{n}", tune=True)
            check = record["check"] if record else {}
            print(f"{name:<30}{shipped:>17.0f}s{adapted:>14.0f}s{record['seconds'] if record else 0:>8.0f}s{record['pairs'] if record else 0:>7}"
                  f"  {check.get('base', 0):.3f} → {check.get('tuned', 0):.3f}  {target}", flush=True)
        print("tuning: the adaptation record's seconds (pairs, training, both self-checks, saving); builds include the ONNX export")


if __name__ == "__main__":
    main()
