"""Building an index: embed the corpus (reusing what earlier builds embedded), write a build, publish it.

Embeddings come from three places, cheapest first: the previous published build of the same model
(an edit to one entry re-embeds that entry only), the checkpoint of an interrupted build, and the
encoder for whatever is left, in chunks that are checkpointed as they finish.
"""

from __future__ import annotations

import json
import logging
import zipfile
from dataclasses import asdict
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tqdm.auto import tqdm

from faqbot.corpus import Corpus
from faqbot.dense import DenseIndex, new_vector_index
from faqbot.embeddings import Encoder
from faqbot.index import store
from faqbot.index.checkpoint import CHUNK, Checkpoint, read_embeddings, text_key, write_embeddings
from faqbot.layout import RowLayout
from faqbot.lexical import LexicalIndex
from faqbot.overlap import answer_groups, same_answer_pairs, same_question_pairs
from faqbot.passages import make_passages
from faqbot.token_match import MAX_ENTRY_TOKENS, TokenIndex
from faqbot.token_vectors import TokenVectors
from faqbot.topic_words import focus, topic_words, without_topic_words

if TYPE_CHECKING:
    from faqbot.adapt import Adaptation

logger = logging.getLogger(__name__)


class _Embeddings:
    """Every embedding known for this build, by text key, and the encoder for the rest."""

    def __init__(self, encoder: Encoder, checkpoint: Checkpoint, previous: tuple[dict, dict], progress: bool) -> None:
        self.encoder = encoder
        self.checkpoint = checkpoint
        self.vectors, self.tokens = checkpoint.load()
        self.vectors.update(previous[0])
        self.tokens.update(previous[1])
        self.progress = progress

    def with_tokens(self, texts: list[str]) -> tuple[list[np.ndarray], list[TokenVectors]]:
        """Vectors and token vectors of ``texts``, encoding only those not known yet."""
        self._encode([t for t in texts if text_key(t) not in self.vectors or text_key(t) not in self.tokens], with_tokens=True)
        return [self.vectors[text_key(t)] for t in texts], [self.tokens[text_key(t)] for t in texts]

    def of(self, texts: list[str]) -> np.ndarray:
        """Vectors of ``texts``, encoding only those not known yet."""
        self._encode([t for t in texts if text_key(t) not in self.vectors], with_tokens=False)
        return np.stack([self.vectors[text_key(t)] for t in texts]).astype(np.float32)

    def _encode(self, missing: list[str], with_tokens: bool) -> None:
        missing = list(dict.fromkeys(missing))
        logger.info("embedding %d texts%s", len(missing), " with token vectors" if with_tokens else "")
        if missing:
            self.encoder.load()  # a first export of the model takes seconds: before the bar, not counted as embedding
        with tqdm(total=len(missing), desc="Embedding", unit="text", disable=not self.progress or not missing) as bar:
            for start in range(0, len(missing), CHUNK):
                chunk = missing[start : start + CHUNK]
                if with_tokens:
                    vectors, tokens = self.encoder.encode_with_tokens(chunk)
                    tokens = [TokenVectors(t.ids[: MAX_ENTRY_TOKENS], t.vectors[: MAX_ENTRY_TOKENS]) for t in tokens]
                    self.tokens.update(zip(map(text_key, chunk), tokens))
                else:
                    vectors, tokens = self.encoder.encode(chunk), None
                self.vectors.update(zip(map(text_key, chunk), vectors))
                self.checkpoint.save(chunk, vectors, tokens)
                bar.update(len(chunk))


def previous_embeddings(index_dir: Path, model: str) -> tuple[dict[str, np.ndarray], dict[str, TokenVectors]]:
    """Vectors and entry token vectors of the published build, by text key, when it used the same model."""
    from faqbot.index import read_build

    manifest = store.read_manifest(index_dir)
    if manifest is None or store.stale_reason(manifest, model) is not None:
        return {}, {}
    try:
        built = read_build(index_dir, manifest)
    except store.Damaged:
        return {}, {}
    keys = [text_key(t) for t in built.layout.texts()]
    vectors = dict(zip(keys, built.dense.vectors.reconstruct_n(0, built.dense.vectors.ntotal)))
    tokens = {text_key(document): built.tokens.entry_tokens(i) for i, document in enumerate(built.layout.documents())}
    try:  # focused question rows are blends: their own embeddings are kept beside them
        read_embeddings(index_dir / manifest["build"] / store.FOCUS, vectors, {})
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return {}, {}
    return vectors, tokens


def _focused_rows(layout: RowLayout, texts: list[str], embeddings: _Embeddings, vectors: np.ndarray) -> list[str]:
    """Store each question row that names a topic word as :func:`~faqbot.topic_words.focus` makes it,
    in place (``texts`` and ``vectors`` are the layout's rows); the texts whose embeddings that
    took, for the next build to reuse."""
    topics = topic_words(layout.entries)
    questions = layout.question_rows()
    focused = [(row, without) for row in questions if (without := without_topic_words(texts[row], topics))]
    if not focused:
        return []
    rows = np.array([row for row, _ in focused])
    shorter = [without for _, without in focused]
    vectors[rows] = focus(vectors[rows], embeddings.of(shorter))
    logger.info("topic words %s played down in %d of %d questions", sorted(topics), len(rows), len(questions))
    return [texts[row] for row in rows] + shorter


def build_index(corpus: Corpus, encoder: Encoder, index_dir: Path, progress: bool = True, adaptation: Adaptation | None = None):
    """Embed headings and passages, write them to a new build folder, then publish the manifest
    (with how the model was adapted to the corpus, when it was: copy, tuning time, self-check)."""
    from faqbot.index import FAQIndex

    passages = tuple(make_passages(corpus.entries))
    layout = RowLayout(corpus.entries, passages)
    checkpoint = Checkpoint(index_dir, encoder.identity)
    embeddings = _Embeddings(encoder, checkpoint, previous_embeddings(index_dir, encoder.identity), progress)
    texts = layout.texts()
    _, entry_tokens = embeddings.with_tokens(layout.documents())
    vectors = embeddings.of(texts)
    focused = _focused_rows(layout, texts, embeddings, vectors)
    dense = DenseIndex(new_vector_index(vectors), layout)
    alike = same_answer_pairs(corpus.entries, dense.rows(layout.answer_rows()), dense.rows(layout.heading_rows()))
    groups = answer_groups(chain(((i, j) for i, j, _ in alike), same_question_pairs(layout.headings)), len(corpus.entries))

    build = store.new_build_folder(index_dir)
    dense.save(build / store.VECTORS)
    with (build / store.FOCUS).open("wb") as handle:
        write_embeddings(handle, focused, embeddings.of(focused) if focused else np.zeros((0, dense.dimension), np.float32))
    meta = {
        "description": corpus.description,
        "entries": [asdict(e) for e in corpus.entries],
        "passages": [asdict(p) for p in passages],
        "answer_groups": groups.tolist(),
    }
    (build / store.META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    LexicalIndex.build(corpus.entries).save(build / store.LEXICAL)
    TokenIndex.build(entry_tokens).save(build)
    manifest = {
        "format_version": store.FORMAT_VERSION,
        "model": encoder.identity,
        "dimension": dense.dimension,
        "corpus_fingerprint": store.corpus_fingerprint(corpus),
        "index_type": type(dense.vectors).__name__,
        "rows": len(layout),
        "build": build.name,
        "files": store.describe_files(build),
    }
    if adaptation is not None and adaptation.record:
        record = adaptation.record
        manifest["adaptation"] = {k: record[k] for k in ("model", "used", "seconds", "pairs", "check", "corpus_fingerprint")}
    store.publish(index_dir, manifest)
    checkpoint.clear()
    logger.info("index written to %s (%s, %d rows)", build, manifest["index_type"], len(layout))
    return FAQIndex.read(build, layout, corpus.description, groups)
