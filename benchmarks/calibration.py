"""Does the confidence curve transfer to an FAQ it was not fitted on? Fit on the other sets, test on each.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/calibration.py [--tune]

Sets: StackFAQ; the seed FAQ (its paraphrases, plus off-topic and near-topic questions and the
StackFAQ questions asked of it, which it should decline); LiveQA-Med's questions, as sent and as
summarised (made by benchmarks/liveqa/convert.py; required); Banking77-FAQ; SOFMattress-FAQ,
Curekart-FAQ and Powerplay11-FAQ when benchmarks/hint3/convert.py has made them (their out-of-scope messages should be declined). For each query the
features the curve reads (retrieval.confidence_features) and whether the first entry is right are
taken from the real ranking. For each set, a logistic curve is fitted on the others (scikit-learn,
C = 1, each set weighing the same in total) and the bot's real decision (retrieval.decide) is
replayed with it on the held-out set, beside the curve faqbot ships (fitted the same way on StackFAQ and seed, model as
shipped; printed after the table).
"Right shown" counts what the chat shows (faqbot.evaluate.shown_entries): the answer and the
related questions under it, or the candidates of a "did you mean"; a "not covered" reply shows
nothing. Then the shipped curve is replayed with other answer thresholds (retrieval.CONFIDENCE_THRESHOLD) and leads over the rival (retrieval.AMBIGUOUS_LEAD).
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from intent_faq import SHOP_CHATBOTS
from sklearn.linear_model import LogisticRegression

from faqbot import Alternative, Answer, FAQBot
from faqbot.evaluate import Query, load_queries, shown_entries
from faqbot.retrieval import (
    AMBIGUOUS_LEAD,
    ANSWERED,
    CONFIDENCE,
    CONFIDENCE_THRESHOLD,
    OFFERED,
    Decision,
    Hit,
    confidence_features,
    decide,
    likeliest_first,
    runners_up,
)
from faqbot.text import searchable_text

ROOT = Path(__file__).resolve().parents[1]
STACKFAQ = ROOT / "benchmarks" / "stackfaq"
LIVEQA = ROOT / "benchmarks" / "liveqa"
BANKING = ROOT / "benchmarks" / "banking77"
SEED_QUERIES = ROOT / "tests" / "data" / "seed_queries.jsonl"
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)
LEADS = (0.0, 0.01, 0.015, 0.02, 0.025, 0.04)


@dataclass(frozen=True)
class Case:
    """One query as ranked: its text, its hits, whether it should be answered, and the headings that are right."""

    bot: FAQBot
    text: str
    hits: list[Hit]
    expect: tuple[str, ...]

    def heading(self, hit: Hit) -> str:
        return self.bot.index.entries[hit.entry].heading

    @property
    def correct(self) -> bool:
        return bool(self.expect) and self.heading(self.hits[0]) in self.expect

    def shown_right(self, decision: Decision, curve: tuple[float, ...]) -> bool:
        """Whether a right entry is among those the chat shows for ``decision`` (evaluate.shown_entries):
        the reply is rebuilt as ``FAQBot.ask`` makes it, its likeliest candidate first, then its runners-up."""
        hits, score = likeliest_first(self.hits, decision, curve)
        alternatives = tuple(Alternative(self.heading(hit), "", against) for hit, against in runners_up(hits, OFFERED, curve))
        reply = Answer("", self.heading(hits[0]), "", "", score, decision.reason == ANSWERED, "", alternatives, reason=decision.reason)
        return any(heading in self.expect for heading in shown_entries(reply))

    @property
    def features(self) -> tuple[float, ...]:
        return confidence_features(self.hits[0], decide(self.bot.index, self.hits, CONFIDENCE_THRESHOLD).rival)


def cases(bot: FAQBot, queries: list[Query]) -> list[Case]:
    found = []
    for query in queries:
        found.append(Case(bot, query.text, bot.rank(query.text), query.expect))
    return found


def fit(groups: list[list[Case]]) -> tuple[float, ...]:
    """A curve fitted on ``groups`` (each weighing the same in total): (bias, slopes…)."""
    features = np.array([case.features for group in groups for case in group])
    labels = np.array([case.correct for group in groups for case in group])
    weights = np.concatenate([np.full(len(group), 1.0 / len(group)) for group in groups]) * len(features)
    model = LogisticRegression(C=1.0).fit(features, labels, sample_weight=weights)
    return (float(model.intercept_[0]), *map(float, model.coef_[0]))


def figures(group: list[Case], curve: tuple[float, ...], threshold: float = CONFIDENCE_THRESHOLD, lead: float = AMBIGUOUS_LEAD) -> dict[str, float]:
    """The bot's decision replayed: answered, precision, wrong asserted, right shown, declined."""
    covered = [case for case in group if case.expect]
    uncovered = [case for case in group if not case.expect]
    decisions = {id(case): decide(case.bot.index, case.hits, threshold, curve, lead, message=searchable_text(case.text)) for case in group}
    answered = [case for case in covered if decisions[id(case)].reason == ANSWERED]
    right = [case for case in answered if case.correct]
    shown = [case for case in covered if case.shown_right(decisions[id(case)], curve)]
    ratio = lambda part, whole: len(part) / len(whole) if whole else float("nan")  # noqa: E731
    return {
        "answered": ratio(answered, covered), "precision": ratio(right, answered), "wrong asserted": (len(answered) - len(right)) / len(covered) if covered else float("nan"),
        "right shown": ratio(shown, covered),
        "declined": ratio([c for c in uncovered if decisions[id(c)].reason != ANSWERED], uncovered),
    }  # fmt: skip


def sweep(sets: dict[str, list[Case]], title: str, settings: list[tuple[float, float]]) -> None:
    """The shipped curve replayed with other (threshold, lead) pairs, one line each."""
    print(f"\n{title}\n{'threshold':<10}{'lead':<7}" + "".join(f"{name + ' answered/precision/wrong/shown':>44}" for name in sets))
    for threshold, lead in settings:
        cells = [figures(group, CONFIDENCE, threshold, lead) for group in sets.values()]
        print(f"{threshold:<10}{lead:<7}" + "".join(f"{f['answered']:>14.3f}{f['precision']:>10.3f}{f['wrong asserted']:>10.3f}{f['right shown']:>10.3f}" for f in cells))


def development_sets(tune: bool) -> dict[str, list[Case]]:
    """Every development set's queries ranked by a bot built on its corpus (adapted with ``tune``)."""
    if not (LIVEQA / "corpus.jsonl").exists():
        raise SystemExit("make LiveQA-Med first: benchmarks/liveqa/convert.py (see benchmarks/liveqa/README.md)")
    with tempfile.TemporaryDirectory() as scratch:
        def bot(corpus: Path, name: str) -> FAQBot:
            return FAQBot(corpus, Path(scratch) / name, tune=tune, progress=False)

        stack, seed, liveqa = bot(STACKFAQ / "corpus.jsonl", "stackfaq"), bot(ROOT / "corpus", "seed"), bot(LIVEQA / "corpus.jsonl", "liveqa")
        banking = bot(BANKING / "corpus.jsonl", "banking77")
        sets = {
            "StackFAQ": cases(stack, load_queries(STACKFAQ / "queries.jsonl")),
            "seed": cases(seed, load_queries(SEED_QUERIES)) + cases(seed, [Query(q.text, ()) for q in load_queries(STACKFAQ / "queries.jsonl")]),
            "LiveQA-Med": cases(liveqa, load_queries(LIVEQA / "queries.jsonl")),
            "Banking77": cases(banking, load_queries(BANKING / "queries.jsonl")),
        }
        for name, folder in SHOP_CHATBOTS.items():
            if (folder / "queries.jsonl").exists():
                sets[name.removesuffix("-FAQ")] = cases(bot(folder / "corpus.jsonl", folder.name), load_queries(folder / "queries.jsonl"))
            else:
                print(f"{name} skipped: make it as benchmarks/{folder.name}/README.md says")
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each corpus first (the product's default)")
    args = parser.parse_args()
    sets = development_sets(args.tune)
    print(f"{'held-out set':<12} {'curve':<24}{'answered':>9}{'precision':>10}{'wrong':>7}{'shown':>7}{'declined':>9}   coefficients")
    for held_out, group in sets.items():
        fitted = fit([other for name, other in sets.items() if name != held_out])
        for label, curve in (("shipped (StackFAQ+seed)", CONFIDENCE), (f"fitted without {held_out}", fitted)):
            f = figures(group, curve)
            print(f"{held_out:<12} {label:<24}{f['answered']:>9.3f}{f['precision']:>10.3f}{f['wrong asserted']:>7.3f}{f['right shown']:>7.3f}{f['declined']:>9.3f}   "
                  + " ".join(f"{c:+.2f}" for c in curve))
    refitted = fit([sets["StackFAQ"], sets["seed"]])
    print(f"\nfitted on StackFAQ + seed{' (adapted)' if args.tune else ''}: " + " ".join(f"{c:+.2f}" for c in refitted) + "   (faqbot ships the fit made without --tune)")
    print("targets: answered >= 0.60, precision >= 0.90, right shown >= 0.95, declined 1.00 (seed: off-topic, near-topic, StackFAQ asked of it)")
    sweep(sets, f"the shipped curve with other answer thresholds (shipped: {CONFIDENCE_THRESHOLD}, lead {AMBIGUOUS_LEAD})", [(t, AMBIGUOUS_LEAD) for t in THRESHOLDS])
    sweep(sets, f"... and other leads a best entry needs over its rival (shipped: {AMBIGUOUS_LEAD})", [(CONFIDENCE_THRESHOLD, lead) for lead in LEADS])


if __name__ == "__main__":
    main()
