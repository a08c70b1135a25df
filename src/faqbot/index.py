"""Index: passage and heading vectors in FAISS, saved with their metadata and a manifest.

Layout of an index folder::

    index/
      manifest.json         written last, atomically: names the live build and what it was built from
      build-<id>/
        vectors.faiss       rows: every entry's heading, then every entry's heading + full answer,
                            then every passage prefixed with its entry's heading, then every
                            alternate phrasing of a question
        meta.json           entries, passages and the corpus description
        lexical/            BM25 index of each entry's questions and answer
        token_*.npy         token vectors of each entry's heading + answer (see faqbot.token_match)

A build goes into a fresh ``build-*`` folder and only becomes visible when ``manifest.json`` is
atomically replaced to point at it, so an interrupted build never leaves a half index that
loads. A file lock keeps two processes from building into the same folder at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from filelock import FileLock

from faqbot.corpus import Corpus, Entry
from faqbot.embeddings import Encoder
from faqbot.lexical import LexicalIndex
from faqbot.passages import MAX_WORDS, Passage, make_passages
from faqbot.token_match import TokenIndex, TokenVectors

logger = logging.getLogger(__name__)

FORMAT_VERSION = 6
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
META = "meta.json"
LEXICAL = "lexical"
EXACT_SEARCH_LIMIT = 100_000  # rows; above this an HNSW graph keeps search in milliseconds
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 480  # recall@10 0.968, p95 7 ms at a million rows (benchmarks/perf.py)


@dataclass(frozen=True)
class FAQIndex:
    """A loaded index: FAISS vectors plus the entries and passages their rows stand for."""

    vectors: object  # faiss.Index
    lexical: LexicalIndex
    tokens: TokenIndex
    entries: tuple[Entry, ...]
    passages: tuple[Passage, ...]
    description: str

    @cached_property
    def row_entries(self) -> np.ndarray:
        """The entry each vector row belongs to (see :func:`row_texts` for the row layout)."""
        entries = np.arange(len(self.entries), dtype=np.int64)
        passages = np.fromiter((p.entry for p in self.passages), dtype=np.int64, count=len(self.passages))
        alternates = np.asarray([i for i, e in enumerate(self.entries) for _ in e.alternates], dtype=np.int64)
        return np.concatenate([entries, entries, passages, alternates])

    @cached_property
    def entry_rows(self) -> list[np.ndarray]:
        """For each entry its rows: heading, heading + answer, its passages, then its alternates."""
        rows: list[list[int]] = [[] for _ in self.entries]
        for row, entry in enumerate(self.row_entries.tolist()):
            rows[entry].append(row)
        return [np.asarray(r, dtype=np.int64) for r in rows]

    def is_passage_row(self, rows: np.ndarray) -> np.ndarray:
        """Which of ``rows`` are passages (the rest are questions or heading + answer)."""
        first = 2 * len(self.entries)
        return (rows >= first) & (rows < first + len(self.passages))

    def is_question_row(self, rows: np.ndarray) -> np.ndarray:
        """Which of ``rows`` are asked questions: headings and alternate phrasings."""
        return (rows < len(self.entries)) | (rows >= 2 * len(self.entries) + len(self.passages))

    @cached_property
    def categories(self) -> list[str]:
        """The corpus's categories, in the order they first appear."""
        return list(dict.fromkeys(e.category for e in self.entries if e.category))

    def in_category(self, category: str) -> np.ndarray:
        """A mask of the entries in ``category``; an unknown category is a ValueError naming the known ones."""
        if category not in self.categories:
            known = ", ".join(repr(c) for c in self.categories) or "none"
            raise ValueError(f"unknown category {category!r} (categories: {known})")
        return np.fromiter((e.category == category for e in self.entries), dtype=bool, count=len(self.entries))

    def nearest_rows(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> np.ndarray:
        """The ``k`` vector rows nearest ``query``, only among entries in the ``allowed`` mask if given."""
        import faiss

        if allowed is None:
            return self.vectors.search(query.reshape(1, -1), min(k, self.vectors.ntotal))[1][0]
        selector = faiss.IDSelectorBatch(np.flatnonzero(allowed[self.row_entries]).astype(np.int64))
        hnsw = getattr(self.vectors, "hnsw", None)
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=hnsw.efSearch) if hnsw else faiss.SearchParameters(sel=selector)
        return self.vectors.search(query.reshape(1, -1), min(k, self.vectors.ntotal), params=params)[1][0]


def entry_text(entry: Entry) -> str:
    """An entry's heading followed by its answer: one vector row, and the text of its token vectors."""
    return f"{entry.heading}\n{entry.answer}"


def row_texts(entries: tuple[Entry, ...], passages: list[Passage]) -> list[str]:
    """The texts embedded as vector rows, in row order.

    Four views of each entry: the heading alone (the strongest signal); the heading with its
    whole answer, which gives a terse heading ("these developments") the context it leans
    on; each passage prefixed with its heading, so that a later paragraph ("If you return
    it after 30 days…") is read with the subject its pronouns refer to; and each alternate
    phrasing alone, matched exactly like the heading.
    """
    return (
        [e.heading for e in entries]
        + [entry_text(e) for e in entries]
        + [f"{entries[p.entry].heading}\n{p.text}" for p in passages]
        + [alternate for e in entries for alternate in e.alternates]
    )


def corpus_fingerprint(corpus: Corpus) -> str:
    """Hash of everything that shapes the index, so any edit to the corpus triggers a rebuild."""
    payload = json.dumps(
        {
            "entries": [asdict(e) for e in corpus.entries],
            "description": corpus.description,
            "max_words": MAX_WORDS,
        },
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _new_vector_index(vectors: np.ndarray):
    """Exact inner-product search for ordinary FAQs; an HNSW graph for very large ones."""
    import faiss

    dim = vectors.shape[1]
    if len(vectors) <= EXACT_SEARCH_LIMIT:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.add(vectors)
    return index


def _write_manifest(index_dir: Path, manifest: dict) -> None:
    """Replace the manifest atomically: readers see the old build or the new one, never a mix."""
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, index_dir / MANIFEST)


def _remove_stale_builds(index_dir: Path, keep: str) -> None:
    """Delete build folders the manifest no longer points at (older builds, interrupted ones)."""
    for child in index_dir.glob("build-*"):
        if child.name != keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)


def build_index(corpus: Corpus, encoder: Encoder, index_dir: Path, progress: bool = True) -> FAQIndex:
    """Embed headings and passages, write them to a new build folder, then publish the manifest."""
    import faiss

    index_dir.mkdir(parents=True, exist_ok=True)
    passages = make_passages(corpus.entries)
    reusable_vectors, reusable_tokens = _previous_build(index_dir, encoder.identity)
    entry_vectors, entry_tokens = _embed_with_tokens([entry_text(e) for e in corpus.entries], encoder, reusable_vectors, reusable_tokens, progress)
    reusable_vectors.update(entry_vectors)
    vectors = _embed(row_texts(corpus.entries, passages), encoder, reusable_vectors, progress)
    index = _new_vector_index(vectors)
    tokens = TokenIndex.build(entry_tokens)

    build = Path(tempfile.mkdtemp(dir=index_dir, prefix="build-"))
    faiss.write_index(index, str(build / VECTORS))
    meta = {
        "description": corpus.description,
        "entries": [asdict(e) for e in corpus.entries],
        "passages": [{"entry": p.entry, "text": p.text} for p in passages],
    }
    (build / META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    lexical = LexicalIndex.build(corpus.entries)
    lexical.save(build / LEXICAL)
    tokens.save(build)
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": encoder.identity,
        "dimension": int(vectors.shape[1]),
        "corpus_fingerprint": corpus_fingerprint(corpus),
        "index_type": type(index).__name__,
        "rows": int(index.ntotal),
        "build": build.name,
        "files": {path.relative_to(build).as_posix(): path.stat().st_size for path in sorted(build.rglob("*")) if path.is_file()},
    }
    _write_manifest(index_dir, manifest)
    _remove_stale_builds(index_dir, keep=build.name)
    logger.info("index written to %s (%s, %d rows)", build, manifest["index_type"], index.ntotal)
    return FAQIndex(index, lexical, TokenIndex.load(build), corpus.entries, tuple(passages), corpus.description)


def _stale_reason(manifest: dict, fingerprint: str, model: str) -> str | None:
    """Why a manifest cannot serve this corpus and model, or None when it can."""
    if manifest.get("format_version") != FORMAT_VERSION:
        return f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}"
    if manifest.get("model") != model:
        return f"index was built with model {manifest.get('model')!r}"
    if manifest.get("corpus_fingerprint") != fingerprint:
        return "the corpus changed since the index was built"
    return None


def _read_manifest(index_dir: Path) -> dict | None:
    """The published manifest, or None when there is none or it is unreadable."""
    try:
        return json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("ignoring unreadable manifest in %s (%s)", index_dir, exc)
        return None


def _read_build(index_dir: Path, manifest: dict):
    """Vectors, entries, passages and description of the build a manifest names; raises if damaged."""
    import faiss

    build = index_dir / manifest["build"]
    for name, size in manifest["files"].items():
        if (build / name).stat().st_size != size:
            raise ValueError(f"{name} is {(build / name).stat().st_size} bytes, expected {size}")
    vectors = faiss.read_index(str(build / VECTORS))
    meta = json.loads((build / META).read_text(encoding="utf-8"))
    entries = tuple(Entry(**{**item, "alternates": tuple(item["alternates"])}) for item in meta["entries"])
    passages = tuple(Passage(**item) for item in meta["passages"])
    alternates = sum(len(e.alternates) for e in entries)
    if vectors.ntotal != 2 * len(entries) + len(passages) + alternates or vectors.d != manifest["dimension"]:
        raise ValueError("vector count or size does not match the metadata")
    return vectors, entries, passages, meta["description"]


BUILD_DAMAGE = (OSError, ValueError, KeyError, TypeError, RuntimeError)


def load_index(index_dir: Path, corpus: Corpus, model: str) -> FAQIndex | None:
    """Load the published build if it matches this corpus and model; None means "build it".

    A missing, outdated or damaged index is never an error here: the caller rebuilds it.
    """
    manifest = _read_manifest(index_dir)
    if manifest is None:
        return None
    reason = _stale_reason(manifest, corpus_fingerprint(corpus), model)
    if reason:
        logger.warning("rebuilding index in %s: %s", index_dir, reason)
        return None
    try:
        vectors, entries, passages, description = _read_build(index_dir, manifest)
        lexical = LexicalIndex.load(index_dir / manifest["build"] / LEXICAL)
        tokens = TokenIndex.load(index_dir / manifest["build"])
        if len(tokens) != len(entries):
            raise ValueError(f"token vectors cover {len(tokens)} entries, not {len(entries)}")
    except BUILD_DAMAGE as exc:
        logger.warning("rebuilding index in %s: it is damaged (%s)", index_dir, exc)
        return None
    if hasattr(vectors, "hnsw"):
        vectors.hnsw.efSearch = HNSW_EF_SEARCH
    return FAQIndex(vectors, lexical, tokens, entries, passages, description)


def _previous_build(index_dir: Path, model: str) -> tuple[dict[str, np.ndarray], dict[str, TokenVectors]]:
    """Vectors and entry token vectors of the published build, by text, when made with the same
    model: an edit to a few entries then re-embeds only those entries instead of the whole corpus."""
    manifest = _read_manifest(index_dir)
    if manifest is None or manifest.get("format_version") != FORMAT_VERSION or manifest.get("model") != model:
        return {}, {}
    try:
        vectors, entries, passages, _ = _read_build(index_dir, manifest)
        tokens = TokenIndex.load(index_dir / manifest["build"])
        return (
            dict(zip(row_texts(entries, list(passages)), vectors.reconstruct_n(0, vectors.ntotal))),
            {entry_text(e): tokens.entry_tokens(i) for i, e in enumerate(entries)},
        )
    except BUILD_DAMAGE:
        return {}, {}


def _embed_with_tokens(
    texts: list[str], encoder: Encoder, vectors: dict[str, np.ndarray], tokens: dict[str, TokenVectors], progress: bool
) -> tuple[dict[str, np.ndarray], list[TokenVectors]]:
    """Vectors (by text) and token vectors (in order) of ``texts``, encoding only those not known yet."""
    missing = list(dict.fromkeys(t for t in texts if t not in vectors or t not in tokens))
    if missing:
        fresh_vectors, fresh_tokens = encoder.encode_with_tokens(missing, progress=progress)
        vectors = {**vectors, **dict(zip(missing, fresh_vectors))}
        tokens = {**tokens, **dict(zip(missing, fresh_tokens))}
    return {t: vectors[t] for t in texts}, [tokens[t] for t in texts]


def _embed(texts: list[str], encoder: Encoder, reusable: dict[str, np.ndarray], progress: bool) -> np.ndarray:
    """Vectors for ``texts``, taking those already known from ``reusable`` and encoding the rest."""
    missing = list(dict.fromkeys(t for t in texts if t not in reusable))
    logger.info("embedding %d texts, reusing %d from the previous build", len(missing), len(texts) - len(missing))
    fresh = dict(zip(missing, encoder.encode(missing, progress=progress))) if missing else {}
    return np.stack([fresh[t] if t in fresh else reusable[t] for t in texts]).astype(np.float32)


def open_index(corpus: Corpus, encoder: Encoder, index_dir: str | Path, progress: bool = True) -> FAQIndex:
    """The index for ``corpus``: loaded when up to date, otherwise (re)built under a file lock."""
    index_dir = Path(index_dir)
    loaded = load_index(index_dir, corpus, encoder.identity)
    if loaded is not None:
        return loaded
    index_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(index_dir / ".build.lock")):
        # Another process may have finished the same build while we waited for the lock.
        loaded = load_index(index_dir, corpus, encoder.identity)
        return loaded if loaded is not None else build_index(corpus, encoder, index_dir, progress)
