"""Every regular expression faqbot uses, timed on hostile lines of two lengths: linear or not.

    .venv/bin/python benchmarks/patterns.py

A FAQ file is read line by line through dozens of patterns, and a pattern that tries a run of
spaces, stars or brackets every way takes time quadratic in the run: a 64 KB line could stall a
build for minutes. Each pattern of every faqbot module is run (search, match and sub) on lines
made of one repeated piece (" ", "*", "[a", ":x", …) after each of the prefixes that open
faqbot's labels and marks ("Q", "Q:", "Also asked:", "title: '", …), at LENGTH and at 4 × LENGTH
characters. The baseline is the same pattern on the shorter line, in the same run: a linear
pattern takes about 4 times as long on the longer one, a quadratic one about 16. Prints the
slowest patterns with both times and exits 1 if any is over SLOW seconds on the longer line and
grows faster than linear, or runs past CUT_OFF on a line (stopped there: one that backtracks
exponentially would never finish).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator

import faqbot

LENGTH = 2_000  # characters of the shorter line
SLOW = 0.05  # seconds on the longer line that count as slow
CUT_OFF = 5.0  # seconds after which one line's run is stopped, and counted as that long
SHOWN = 10  # slowest patterns printed
REPEATS = 2  # the fastest of these runs counts: a collection pause is not the pattern's
PIECES = [" ", "*", "_", "?", "a", "1", ".", ":", "-", "\t", "#", "<", ">", "=", "'", '"', "`", "|", "[", "]", "(", ")", "[a", "<a ", ":x", "a ", "<p>", "<!---->", "{{", "-->", "[^", "{:", "[fn:", " #x", "<f "]
PREFIXES = ["", "Q", "A", "Q:", "A:", "**", "Also asked:", ":::", "x?", "x? a", "title: '", "<a ", "[", "Q1 ", "1. ", "---", ":x:`"]


def patterns() -> Iterator[tuple[str, re.Pattern]]:
    """Every compiled pattern at module level in faqbot, of text or of bytes, named module.NAME (each once)."""
    seen: set[int] = set()
    for module in pkgutil.walk_packages(faqbot.__path__, "faqbot."):
        if module.name.endswith("__main__"):  # running it would start the command line
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{module.name}.{name}", value


def slowest(pattern: re.Pattern, length: int) -> float:
    """The longest time, in seconds, ``pattern`` takes on any hostile line of about ``length`` characters."""
    worst = 0.0
    for prefix in PREFIXES:
        for piece in PIECES:
            line = prefix + piece * (length // len(piece)) + "\x00"  # a character nothing expects closes it
            worst = max(worst, min(_timed(pattern, line) for _ in range(REPEATS)))
    return worst


class _Stalled(Exception):
    """A pattern ran past CUT_OFF on one line."""


def _stalled(signum: int, frame: object) -> None:
    raise _Stalled


def _timed(pattern: re.Pattern, line: str) -> float:
    """Seconds one search, one match and one substitution of ``pattern`` take on ``line`` (as UTF-8
    for a pattern of bytes, which reads a file's raw parts); CUT_OFF for one stopped there: a
    pattern that backtracks exponentially would never finish."""
    subject: str | bytes = line.encode() if isinstance(pattern.pattern, bytes) else line
    signal.signal(signal.SIGALRM, _stalled)
    signal.setitimer(signal.ITIMER_REAL, CUT_OFF)
    start = time.perf_counter()
    try:
        pattern.search(subject)
        pattern.match(subject)
        pattern.sub(subject[:0], subject)
    except _Stalled:
        return CUT_OFF
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def main() -> int:
    rows = []
    for name, pattern in patterns():
        long = slowest(pattern, 4 * LENGTH)
        rows.append((long, slowest(pattern, LENGTH), name))
    rows.sort(reverse=True)
    print(f"{len(rows)} patterns; slowest on hostile lines of {LENGTH:,} and {4 * LENGTH:,} characters (linear: about 4x)")
    print(f"{'pattern':60} {'short':>9} {'long':>9} {'growth':>7}")
    for long, short, name in rows[:SHOWN]:
        print(f"{name:60} {short * 1000:7.2f}ms {long * 1000:7.2f}ms {long / max(short, 1e-9):6.1f}x")
    failing = [name for long, short, name in rows if long >= CUT_OFF or (long > SLOW and long > 8 * short)]
    print("every pattern linear" if not failing else f"slower than linear: {', '.join(failing)}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
