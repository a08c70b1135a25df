"""Messages that are not questions — small talk, one bare word, a number — asked of real FAQs.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/not_questions.py [--tune]

People type "hi", "thanks" and "ok bye" into any chat box, and many type one word as into a search
box ("card", "refund"), or a number as an answer to a question the bot never asked ("78.72").
For each development FAQ (the seed FAQ, StackFAQ, Banking77-FAQ, and SOFMattress-FAQ,
Curekart-FAQ, Powerplay11-FAQ and LiveQA-Med when their convert.py has made them) five kinds of message are asked, and
the replies are counted beside the baseline — what the ranking and the decision rule reply when
they are not given the message (retrieval.decide without ``message``), in the same run:

* twenty common pleasantries: nothing should be answered or offered, but "help" by an entry the
  FAQ wrote for it (Powerplay11-FAQ's "What can this chat help me with?");
* the ten words the most headings use (the FAQ's shared subjects): no single entry should be
  asserted, since the word cannot say which is meant;
* ten words only one heading uses: these may be answered as before;
* ten numbers, times or amounts written in the answers ("9:00", "30"): no entry should be
  asserted, though the number is the answer's.
* ten questions' frames typed alone ("how do I", "what is it?"): no entry should be asserted,
  though one heading may open with the same words.

Then every user question of those sets is checked for being mistaken for small talk (and replied
to as such, not answered by the FAQ's entry for a request for help) or for a message that names
nothing (no letter, or question words alone), which would leave a real question unanswered. The model is used as shipped unless ``--tune``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from faqbot import FAQBot
from faqbot.evaluate import Query, load_queries
from faqbot.lexical import stem
from faqbot.retrieval import decide
from faqbot.small_talk import small_talk
from faqbot.text import FUNCTION_WORDS, names_something

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import cases  # noqa: E402  (queries ranked as the bot ranks them, before any decision)
from learning import ROOT, made_sets  # noqa: E402  (the development sets, made or not)

PLEASANTRIES = (
    "hi", "hello", "Hello!", "hey there", "good morning", "hello?", "thanks", "thank you!", "thanks a lot", "thx",
    "cheers", "ok", "okay thanks", "great", "cool", "yes", "no", "bye", "goodbye", "help",
)
# Question words typed alone, as people send an unfinished message ("how do I" + Enter).
FRAMES = ("how do I", "what is it?", "can you", "how much", "where is it", "what should I do", "is it", "why not", "what about this", "when will it")
WORDS = 10  # bare words of each kind asked of each FAQ
SEED = 20261129
SEED_FAQ = ROOT / "corpus"
SEED_QUERIES = ROOT / "tests" / "data" / "seed_queries.jsonl"
_WORD = re.compile(r"[a-z]{3,}")
_NUMBER = re.compile(r"\d+(?:[:.,/-]\d+)*")


def bare_words(bot: FAQBot) -> tuple[list[str], list[str]]:
    """(the words the most headings use, a seeded sample of words only one heading uses).

    Words are counted as the bare-word rule counts them, by their BM25 stem: "delivery" and
    "deliveries" are one word, used by two headings, not one word each. Each is asked as the
    headings most often write it.
    """
    written: Counter[tuple[str, str]] = Counter()  # (stem, word as written) over the headings
    used: Counter[str] = Counter()  # stem → headings that use it
    for entry in bot.index.entries:
        forms = {stem(word): word for word in _WORD.findall(entry.heading.lower()) if word not in FUNCTION_WORDS}
        written.update(forms.items())
        used.update(forms.keys())
    commonest: dict[str, str] = {}
    for (word_stem, word), _count in written.most_common():
        commonest.setdefault(word_stem, word)
    shared = [commonest[word_stem] for word_stem, count in used.most_common(WORDS) if count > 1]
    own = sorted(commonest[word_stem] for word_stem, count in used.items() if count == 1)
    return shared, random.Random(SEED).sample(own, min(WORDS, len(own)))


def numbers(bot: FAQBot) -> list[str]:
    """A seeded sample of the numbers written in the FAQ's answers."""
    written = sorted({number for entry in bot.index.entries for number in _NUMBER.findall(entry.answer)})
    return random.Random(SEED).sample(written, min(WORDS, len(written)))


def replies(bot: FAQBot, messages: list[str] | tuple[str, ...]) -> tuple[Counter, Counter]:
    """(baseline replies, the bot's replies) to ``messages``, counted by reason."""
    ranked = cases(bot, [Query(message, ()) for message in messages])
    before = Counter(decide(bot.index, case.hits, bot.threshold).reason for case in ranked)
    return before, Counter(bot.ask(message).reason for message in messages)


def row(name: str, kind: str, counts: tuple[Counter, Counter]) -> str:
    """One table row: each reason's count without the message → with it."""
    cells = (f"{counts[0][reason]} → {counts[1][reason]}" for reason in ("answered", "ambiguous", "not covered"))
    return f"{name:<17}{kind:<22}" + "".join(f"{cell:>{width}}" for cell, width in zip(cells, (12, 16, 15)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="store_true", help="adapt the model to each corpus first, as `faqbot build` does by default")
    args = parser.parse_args()
    sets = [("seed", SEED_FAQ, SEED_QUERIES)] + [(name, corpus, queries) for name, corpus, queries, _kind in made_sets()]
    print("replies without the message given to the decision → with it\n")
    print(f"{'FAQ':<17}{'messages':<22}{'answered':>12}{'did you mean':>16}{'not covered':>15}")
    mistaken, asked = [], 0
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus, queries in sets:
            bot = FAQBot(corpus, Path(scratch) / name, tune=args.tune, progress=False)
            shared, own = bare_words(bot)
            print(row(name, f"{len(PLEASANTRIES)} pleasantries", replies(bot, PLEASANTRIES)))
            print(row("", f"{len(shared)} shared words", replies(bot, shared)))
            print(row("", f"{len(own)} one entry's words", replies(bot, own)))
            written = numbers(bot)
            print(row("", f"{len(written)} answers' numbers", replies(bot, written)))
            print(row("", f"{len(FRAMES)} question words", replies(bot, FRAMES)), flush=True)
            questions = [query.text for query in load_queries(queries) if query.expect]
            asked += len(questions)
            mistaken += [question for question in questions if (small_talk(question) and bot.ask(question).small_talk) or not names_something(question)]
    print(f"\nquestions the FAQ covers taken for small talk or for naming nothing: {len(mistaken)} of {asked}" + "".join(f"\n  {q}" for q in mistaken))


if __name__ == "__main__":
    main()
