"""The index of a corpus: its row layout, dense vectors, BM25 index and token vectors, on disk.

* :mod:`faqbot.layout` (beside it) — which vector rows stand for which entry and view;
* :mod:`~faqbot.index.store` — the folder: manifest, hashes, damage checks, publishing;
* :mod:`~faqbot.index.build` — embedding (reusing earlier work) and writing a build;
* :mod:`~faqbot.index.checkpoint` — embeddings of an interrupted build, to resume it.

:func:`open_index` is the entry point: it loads the published build when it serves this corpus
and model, and (re)builds it under a file lock otherwise.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from filelock import FileLock

from faqbot.corpus import Corpus, Entry
from faqbot.corpus.entry import same_question
from faqbot.dense import DenseIndex
from faqbot.discriminant import Discriminant
from faqbot.embeddings import Encoder
from faqbot.errors import IndexFolderError
from faqbot.index import store
from faqbot.layout import RowLayout
from faqbot.lexical import LexicalIndex, terms_joined_up
from faqbot.passages import Passage
from faqbot.spelling import Speller
from faqbot.token_match import TokenIndex

if TYPE_CHECKING:
    from faqbot.adapt import Adaptation

logger = logging.getLogger(__name__)

MANIFEST = store.MANIFEST
_ENTRY_FIELDS = {"heading": str, "answer": str, "file": str, "line": int, "alternates": list, "category": str}


@dataclass(frozen=True)
class FAQIndex:
    """A loaded index: the signals retrieval combines, and the entries and passages they stand for."""

    dense: DenseIndex
    lexical: LexicalIndex
    tokens: TokenIndex
    description: str
    answer_group: np.ndarray  # per entry; entries that answer the same thing, or ask one question in one section, share one (faqbot.overlap)
    spelling: Speller  # corrects questions' misspellings towards the entries' words
    discriminant: Discriminant  # what tells each entry from the others, fitted on its rows when read

    @property
    def layout(self) -> RowLayout:
        return self.dense.layout

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.layout.entries

    @property
    def passages(self) -> tuple[Passage, ...]:
        return self.layout.passages

    @classmethod
    def read(cls, build: Path, layout: RowLayout, description: str, answer_group: np.ndarray) -> FAQIndex:
        """Read a build's signals; anything that does not fit ``layout`` raises :class:`store.Damaged`."""
        try:
            dense = DenseIndex.load(build / store.VECTORS, layout)
            lexical = LexicalIndex.load(build / store.LEXICAL)
            tokens = TokenIndex.load(build)
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise store.Damaged(str(exc)) from exc
        if len(tokens) != len(layout.entries) or lexical.documents != len(layout.entries):
            raise store.Damaged(f"token vectors or BM25 cover {len(tokens)} / {lexical.documents} entries, not {len(layout.entries)}")
        spelling = Speller(text for entry in layout.entries for text in entry.texts)
        return cls(dense, lexical, tokens, description, answer_group, spelling, Discriminant.fit(dense, len(layout.entries)))

    @cached_property
    def categories(self) -> list[str]:
        """The corpus's categories, in the order they first appear."""
        return list(dict.fromkeys(e.category for e in self.entries if e.category))

    @cached_property
    def question_terms(self) -> dict[str, frozenset[int]]:
        """The entries whose heading or an alternate uses each term (stemmed as BM25 stems it): what
        a bare one-word message can be asking about (retrieval.decide). A hyphenated word counts
        joined up too: "wifi" asks about "Do you have Wi-Fi?"."""
        asking: dict[str, set[int]] = {}
        for position, entry in enumerate(self.entries):
            for term in {term for question in entry.questions for term in terms_joined_up(question)}:
                asking.setdefault(term, set()).add(position)
        return {term: frozenset(entries) for term, entries in asking.items()}

    @cached_property
    def asking(self) -> dict[str, frozenset[int]]:
        """The entries that ask each question as written (a heading or an alternate, compared as
        :func:`faqbot.corpus.entry.same_question` compares them): a message that is one of them."""
        entries: dict[str, set[int]] = {}
        for position, entry in enumerate(self.entries):
            for question in entry.questions:
                entries.setdefault(same_question(question), set()).add(position)
        return {question: frozenset(found) for question, found in entries.items()}

    def in_category(self, category: str) -> np.ndarray:
        """A mask of the entries in ``category`` (any case); an unknown category is a ValueError naming the known ones."""
        wanted = category.casefold()
        if wanted not in {c.casefold() for c in self.categories}:
            known = f"(categories: {', '.join(map(repr, self.categories))})" if self.categories else "(this FAQ has no categories)"
            raise ValueError(f"unknown category {category!r} {known}")
        return np.fromiter((e.category.casefold() == wanted for e in self.entries), dtype=bool, count=len(self.entries))


def _entries_and_passages(meta: object) -> tuple[tuple[Entry, ...], tuple[Passage, ...], str, np.ndarray]:
    """The metadata of a build, every field checked for type and range; store.Damaged otherwise."""
    if not isinstance(meta, dict) or not isinstance(meta.get("entries"), list) or not isinstance(meta.get("passages"), list) or not isinstance(meta.get("description"), str):
        raise store.Damaged("meta.json is not an object with entries, passages and description")
    entries = []
    for item in meta["entries"]:
        if not isinstance(item, dict) or any(not isinstance(item.get(k), kind) for k, kind in _ENTRY_FIELDS.items()) or not all(isinstance(a, str) for a in item["alternates"]):
            raise store.Damaged("meta.json has a malformed entry")
        entries.append(Entry(**{k: item[k] for k in _ENTRY_FIELDS} | {"alternates": tuple(item["alternates"])}))
    passages = []
    for item in meta["passages"]:
        if not isinstance(item, dict) or not isinstance(item.get("entry"), int) or not 0 <= item["entry"] < len(entries) or not isinstance(item.get("text"), str):
            raise store.Damaged("meta.json has a malformed passage")
        passages.append(Passage(item["entry"], item["text"]))
    groups = meta.get("answer_groups")
    if not isinstance(groups, list) or len(groups) != len(entries) or not all(type(g) is int and 0 <= g < len(entries) for g in groups):
        raise store.Damaged("meta.json has malformed answer groups")
    return tuple(entries), tuple(passages), meta["description"], np.asarray(groups, dtype=np.int64)


def read_build(index_dir: Path, manifest: dict) -> FAQIndex:
    """The build a manifest names, after checking every file's hash and every loaded value."""
    build = store.verified_build(index_dir, manifest)
    try:
        meta = json.loads((build / store.META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise store.Damaged(f"meta.json: {exc}") from exc
    entries, passages, description, groups = _entries_and_passages(meta)
    index = FAQIndex.read(build, RowLayout(entries, passages), description, groups)
    if index.dense.dimension != manifest["dimension"]:
        raise store.Damaged(f"vectors have {index.dense.dimension} dimensions, the manifest {manifest['dimension']}")
    return index


def load_index(index_dir: Path, corpus: Corpus, model: str) -> FAQIndex | None:
    """Load the published build if it matches this corpus and model; None means "build it".

    A missing, outdated or damaged index is never an error here: the caller rebuilds it. An
    outdated one is logged as news (an edited corpus, a new model or faqbot version is how a
    rebuild is meant to start, `serve --watch` on every save); a damaged one as a warning.
    """
    manifest = store.read_manifest(index_dir)
    if manifest is None:
        return None
    reason = store.stale_reason(manifest, model, store.corpus_fingerprint(corpus))
    if reason:
        logger.info("rebuilding index in %s: %s", index_dir, reason)
        return None
    try:
        return read_build(index_dir, manifest)
    except store.Damaged as exc:
        logger.warning("rebuilding index in %s: it is damaged (%s)", index_dir, exc)
        return None


@contextmanager
def index_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's build lock (making the folder first) while writing to it.

    A folder that cannot be written (permissions, a full disk) is an IndexFolderError saying so.
    """
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(index_dir / store.LOCK)):
            yield
    except PermissionError as exc:
        raise IndexFolderError(f"{index_dir}: the index must be (re)built but the folder cannot be written ({exc.strerror}); pass a writable --index") from exc
    except OSError as exc:
        if isinstance(exc, IndexFolderError):
            raise
        raise IndexFolderError(f"{index_dir}: cannot write the index ({exc.strerror or exc})") from exc


def open_index(corpus: Corpus, encoder: Encoder, index_dir: str | Path, progress: bool = True, adaptation: Adaptation | None = None) -> FAQIndex:
    """The index for ``corpus``: loaded when up to date, otherwise (re)built under the build lock.

    ``adaptation`` (how the encoder's model was adapted to the corpus, if it was) is recorded in
    the manifest of a new build.
    """
    from faqbot.index.build import build_index

    index_dir = Path(index_dir)
    seen = store.manifest_version(index_dir)
    loaded = load_index(index_dir, corpus, encoder.identity)
    if loaded is not None:
        return loaded
    with index_lock(index_dir):
        # Another process may have published the same build while we waited for the lock.
        if store.manifest_version(index_dir) != seen:
            loaded = load_index(index_dir, corpus, encoder.identity)
        return loaded if loaded is not None else build_index(corpus, encoder, index_dir, progress, adaptation)
