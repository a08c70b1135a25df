"""Keywords an entry is searched by, read as more ways to ask it, but for those several entries share.

A spreadsheet's ``keywords`` column, a JSON or YAML entry's ``keywords`` or ``tags``, a help centre's search
keywords (Help Scout's ``keywords``, Zendesk's ``label_names``): each a list, or text apart at
commas (any script's), semicolons, bars or lines. A keyword several entries share ("card" for ordering one and
for one declined, a Zendesk label on a whole section's articles) cannot say which of them is
meant, and kept as a way to ask each it made their questions copies of each other, which
``faqbot check`` reports as errors: it is left out, and the log names it. So is one whose words
its entry and another both ask: a label "orders" on cancelling one, beside "Where is my order?".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from pathlib import Path

from faqbot.lexical import query_terms

logger = logging.getLogger(__name__)

# Zendesk's search keywords are its articles' labels; a site's FAQ data tags its entries so, in English or
# its own language ("etiquetas": a Spanish school's bot). Not a chatbot intent's "tag", which names it ("hours").
_NAMES = frozenset({
    "keyword", "keywords", "label_names", "tags", "etiquetas", "palabras clave", "palavras-chave", "mots-clés", "mots clés",
    "schlagwörter", "stichwörter", "parole chiave", "trefwoorden", "ключевые слова",
    "キーワード", "関連ワード", "関連語", "关键词", "關鍵詞", "关键字", "키워드",  # a Japanese plant's FAQ sheet lists "related words"
})
# Apart at commas and semicolons (and those Chinese, Japanese and Arabic write), bars, lines, and the
# full-width space Japanese types between words ("あんぜんべん　バルブ　安全装置").
_APART = re.compile(r"[,;|\n，、；،\u3000]")


def keywords_field(names: Iterable[object]) -> str | None:
    """The field among ``names`` that holds an entry's keywords, or None."""
    return next((name for name in names if isinstance(name, str) and name.strip().lower() in _NAMES), None)


def keywords_in(value: object) -> tuple[str, ...]:
    """The keywords a field's value gives: a list of them, or text apart at , ; | or lines, or at
    the commas and spaces other scripts write (see ``_APART``: "长征、开始、原因")."""
    words = value if isinstance(value, list) else _APART.split(value) if isinstance(value, str) else []
    return tuple(word.strip() for word in words if isinstance(word, str) and word.strip())


def shared_keywords(owned: Iterable[tuple[Hashable, Iterable[str], Iterable[str]]], path: Path) -> frozenset[str]:
    """The keywords (in any case) that tell no owner apart, of ``(owner, keywords, questions)``
    triples: those more than one owner gives, or another asks as its question (a label "returns"
    beside an article titled "Returns"), or whose words both its owner's questions and another's
    ask (a label "orders" on "Can I change or cancel my order?" beside "Where is my order?": it
    adds nothing to its entry but weight, and drew "my order is late" away from the other);
    logged. A keyword that says what its entry's questions do not ("memory" on "How much RAM does
    it have?") is kept, whoever else uses its words."""
    owners: dict[str, set[Hashable]] = {}
    asking: dict[str, set[Hashable]] = {}  # a term (as BM25 reads it) by the owners whose questions use it
    keywords: dict[str, Hashable] = {}
    for owner, words, questions in owned:
        keywords.update((word.casefold(), owner) for word in words)
        for word in (*words, *questions):
            owners.setdefault(word.casefold(), set()).add(owner)
        for question in questions:
            for term in query_terms(question):
                asking.setdefault(term, set()).add(owner)
    shared = frozenset(word for word, owner in keywords.items() if len(owners[word]) > 1 or _only_adds_weight(word, owner, asking))
    if shared:
        logger.info("%s: keywords that several entries give or ask are left out (they tell none apart): %s", path, ", ".join(sorted(shared)))
    return shared


def _only_adds_weight(keyword: str, owner: Hashable, asking: Mapping[str, set[Hashable]]) -> bool:
    """Whether the questions of ``owner`` and of another owner both use every term of ``keyword``
    (see :func:`shared_keywords`)."""
    holders = sorted((asking.get(term, set()) for term in query_terms(keyword)), key=len)
    if not holders or not all(owner in held for held in holders):
        return False
    return any(other != owner and all(other in held for held in holders[1:]) for other in holders[0])  # stops at the first


def shared_in(data: object, path: Path, asked: Callable[[Mapping], tuple[str, ...]]) -> frozenset[str]:
    """The keywords that tell no record of a JSON or YAML file's decoded ``data`` apart, at any
    depth (see :func:`shared_keywords`); ``asked`` gives the questions a record asks."""
    return shared_keywords(((place, *record) for place, record in enumerate(_records(data, asked))), path)


def _records(data: object, asked: Callable[[Mapping], tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The keywords and questions of every mapping in ``data`` that gives either, in order."""
    if isinstance(data, Mapping):
        field = keywords_field(data)
        words, questions = keywords_in(data[field]) if field is not None else (), asked(data)
        if words or questions:
            yield words, questions
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            yield from _records(item, asked)


def telling(record: Mapping[object, object], shared: frozenset[str]) -> tuple[str, ...]:
    """A record's keywords that no other record gives (see :func:`shared_in`)."""
    field = keywords_field(record)
    return () if field is None else tuple(word for word in keywords_in(record[field]) if word.casefold() not in shared)
