"""The learned file: questions people asked, approved as alternates of the owner's entries.

``faqbot approve`` writes them to a YAML file faqbot owns in the corpus folder (``learned.yaml``;
beside a one-file corpus ``faq.md`` it is ``faq.learned.yaml``). The loader reads it with the
corpus and merges each approved question into the entry with that heading (a heading asked in two
sections is named with its section: :func:`named_entries`), so the owner's own files are never
rewritten and the owner can edit or delete the learned file like any other::

    - heading: How do I renew my loans?
      alternates:
        - can i keep my books longer
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import yaml
from filelock import FileLock

from faqbot.corpus.entry import CorpusError, Entry, heading_key, told_apart
from faqbot.corpus.html_text import one_line
from faqbot.corpus.yaml_faq import read_yaml
from faqbot.integrity import write_atomically

logger = logging.getLogger(__name__)

LEARNED_FILE = "learned.yaml"
HEADER = (
    "# Written by `faqbot approve`: questions people asked, approved as other ways of asking these entries.\n"
    "# faqbot reads it with the FAQ; edit or delete lines freely. Your own FAQ files are never rewritten.\n"
)


def learned_path(corpus: str | Path) -> Path:
    """Where a corpus's learned file lives: ``learned.yaml`` in its folder, ``<name>.learned.yaml`` beside one file."""
    path = Path(corpus)
    return path / LEARNED_FILE if path.is_dir() else path.with_name(f"{path.stem}.{LEARNED_FILE}")


def read_learned(path: Path) -> dict[str, list[str]]:
    """Approved questions by heading, in file order; an absent file is empty, a malformed one a CorpusError."""
    if not path.is_file():
        return {}
    items = read_yaml(path) or []
    if not isinstance(items, list):
        raise CorpusError(f"{path}:1: expected a list of entries, each with 'heading' and 'alternates'")
    learned: dict[str, list[str]] = {}
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("heading"), str) or not isinstance(item.get("alternates", []), list):
            raise CorpusError(f"{path}: item {number} must have a 'heading' (text) and 'alternates' (a list of questions)")
        questions = learned.setdefault(one_line(item["heading"]), [])
        questions += [one_line(str(question)) for question in item.get("alternates", []) if str(question).strip()]
    return learned


def merge_learned(entries: list[Entry], learned: dict[str, list[str]], path: Path) -> list[Entry]:
    """``entries`` with each approved question added to the alternates of the entry it was approved for.

    A question some entry already asks is skipped (it would only compete with itself); a heading
    no entry has any more, or one that several sections ask, is logged, so the owner knows which
    approvals no longer count. Headings match as the readers write them now ("Q: 3. How do I
    join?" is "How do I join?").
    """
    asked = {question.casefold() for entry in entries for question in entry.questions}
    names = named_entries(entries)
    merged = list(entries)
    for unused in unused_approvals(entries, learned):
        logger.warning("%s: %s", path, unused)
    for heading, questions in learned.items():
        position = names.get(heading_key(heading))
        if position is None:
            continue
        new = [question for question in dict.fromkeys(questions) if question.casefold() not in asked]
        asked.update(question.casefold() for question in new)
        merged[position] = replace(merged[position], alternates=(*merged[position].alternates, *new))
    return merged


def unused_approvals(entries: Sequence[Entry], learned: dict[str, list[str]]) -> list[str]:
    """What to tell the owner of each heading in the learned file that names no one entry (a
    question since reworded, or a section renamed), whose approved questions then count for nothing."""
    names = named_entries(entries)
    unused = []
    for heading, questions in learned.items():
        key = heading_key(heading)
        if names.get(key) is None:
            why = "is asked in several sections: approve them again under one" if key in names else "heads no entry any more"
            unused.append(f"{heading!r} {why}; its {len(questions)} approved question(s) are not used")
    return unused


def named_entries(entries: Sequence[Entry]) -> dict[str, int | None]:
    """The entry each name an approval may give stands for, by :func:`heading_key`: its heading, or
    for a heading asked in two sections its name told apart ("How do I reset my password? (Staff)",
    :func:`told_apart`), the heading alone then naming no one entry (None)."""
    names: dict[str, int | None] = {}
    told = told_apart([(entry.heading, entry.category) for entry in entries])
    for entry, name in zip(entries, told, strict=True):
        if name != entry.heading:
            names[heading_key(entry.heading)] = None
    for position, name in enumerate(told):
        names[heading_key(name)] = position  # a copy of a heading in one section: the later one, as it always was
    return names


def add_learned(path: Path, heading: str, question: str) -> bool:
    """Append ``question`` under ``heading`` in the learned file (created on first use); False if already there.

    A lock keeps two approvals at once (the CLI and the review page) from losing one another's
    line, and the file is replaced atomically, so a running ``serve --watch`` never reads half of it.
    """
    with FileLock(str(path.with_name(f".{path.name}.lock"))):
        learned = read_learned(path)
        questions = learned.setdefault(heading, [])
        if question.casefold() in {known.casefold() for known in questions}:
            return False
        questions.append(question)
        items = [{"heading": heading, "alternates": alternates} for heading, alternates in learned.items() if alternates]
        write_atomically(path, HEADER + yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=1000))
    return True
