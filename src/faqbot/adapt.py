"""Corpus adaptation: a copy of the embedding model fine-tuned on the FAQ's own text.

A general-purpose sentence model has never seen most FAQs' vocabulary (product names, medical
terms, local jargon). Before the first index of a corpus is built, faqbot teaches a copy of the
model which texts of *this* FAQ belong together — from the corpus alone, no user questions:

* each heading → its heading + answer, each alternate → its heading;
* sentences of each answer → its heading (how a user asks about a detail the answer mentions).

The loss is the usual in-batch contrastive one, in both directions, with batches that never hold
two pairs of the same entry, so no piece of an entry is pushed away from another piece of it.
Choices and the rejected ones are in docs/quality.md ("Adapting the model").

A **self-check** decides whether the tuned copy is used: one answer sentence per entry is held out
of training, and the share of those sentences whose nearest question is their own entry's is
measured before and after tuning. A copy that does worse than the base model is not used.

The tuned copy lives in the index folder (``adapted/``), next to a record of how it was made; it
is exported to the same ONNX fast path as the base model. Editing a few entries keeps it (their
vectors are re-embedded with it); ``retune`` (``faqbot build --retune``) makes a new one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from faqbot import embeddings
from faqbot.corpus import Corpus, Entry
from faqbot.index.store import write_json_atomically
from faqbot.integrity import file_hash

logger = logging.getLogger(__name__)

FOLDER = "adapted"  # inside the index folder
RECORD = "record.json"  # how the current tuned copy was made, and whether it is used
TUNING_VERSION = 1  # part of every key: a new recipe never reuses an old copy
MIN_ENTRIES = 20  # below this there is too little text to learn from, or to check the result on
MIN_CHECK = 10  # held-out sentences the self-check needs to tell better from worse
RETUNE_ADVISED = 0.2  # share of entries changed since tuning above which the log advises --retune
ANOTHER_FAQ = 0.5  # share of headings new to a kept copy above which it was adapted to another FAQ and is not used
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "config.json", "README.md")


@dataclass(frozen=True)
class TuneSettings:
    """How a copy is tuned; every field is part of the copy's key."""

    epochs: int = 2
    learning_rate: float = 2e-5
    batch_size: int = 32
    max_pairs: int = 1200  # caps tuning time on large corpora (README, Performance)
    sentences_per_entry: int = 4
    max_tokens: int = 128
    seed: int = 0


@dataclass(frozen=True)
class Pair:
    """A training pair: a text a user might ask, the text it should land on, and their entry.

    ``long`` pairs land on a whole answer; they are batched apart from the others so that short
    pairs are not padded to an answer's length (that alone halves tuning time).
    """

    query: str
    target: str
    entry: int
    long: bool = False


@dataclass(frozen=True)
class Adaptation:
    """The tuned copy to embed with (``model`` is None when the base model is used) and why."""

    model: Path | None
    identity: str
    record: dict
    skipped: str = ""  # why the model as shipped embeds the corpus (too small; the copy kept is another FAQ's); "" when it does not

    def described(self) -> str:
        """Which model embeds the corpus, and why, in words for ``faqbot build`` to print."""
        if self.skipped:
            return f"the model as shipped (not adapted: {self.skipped})"
        check = self.record["check"]
        found = f"held-out answer sentences found {100 * check['base']:.1f}% → {100 * check['tuned']:.1f}%"
        return f"the model adapted to this corpus ({found})" if self.model else f"the model as shipped (a copy adapted to this corpus did worse: {found})"


def answer_sentences(entry: Entry) -> list[str]:
    """The answer's sentences long enough to stand for a question about them (five words or more)."""
    return [s.strip() for line in entry.answer.splitlines() for s in _SENTENCE_END.split(line) if len(s.split()) >= 5]


def held_out_sentences(entries: tuple[Entry, ...], seed: int) -> dict[int, str]:
    """One answer sentence per entry that has two or more, kept out of training for the self-check."""
    rng = random.Random(seed)
    held = {}
    for i, entry in enumerate(entries):
        sentences = answer_sentences(entry)
        if len(sentences) >= 2:
            held[i] = rng.choice(sentences)
    return held


def training_pairs(entries: tuple[Entry, ...], held: dict[int, str], settings: TuneSettings) -> list[Pair]:
    """Pairs from the corpus alone, at most ``max_pairs``: questions → answers and sentences → questions.

    Over the cap, half goes to heading → heading + answer pairs (a random sample of entries), the
    rest to alternates and answer sentences taken round-robin (every entry's first before any's second).
    """
    rng = random.Random(settings.seed)
    answers = []
    for i, entry in enumerate(entries):
        answer = entry.answer.replace(held[i], " ") if i in held else entry.answer
        answers.append(Pair(entry.heading, f"{entry.heading}\n{answer}", i, long=True))
    rng.shuffle(answers)
    per_entry = []
    for i, entry in enumerate(entries):
        usable = [s for s in answer_sentences(entry) if s != held.get(i)]
        rng.shuffle(usable)
        per_entry.append([Pair(a, entry.heading, i) for a in entry.alternates] + [Pair(s, entry.heading, i) for s in usable[: settings.sentences_per_entry]])
    questions = [group[depth] for depth in range(max(map(len, per_entry), default=0)) for group in per_entry if depth < len(group)]
    first = answers[: max(settings.max_pairs // 2, settings.max_pairs - len(questions))]
    return first + questions[: settings.max_pairs - len(first)]


def entry_disjoint_batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches in which no two pairs share an entry (each other's in-batch negatives);
    long and short pairs in separate batches."""
    batches = [batch for long in (True, False) for batch in _disjoint([p for p in pairs if p.long == long], size, rng)]
    rng.shuffle(batches)
    return batches


def _disjoint(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    pool = pairs[:]
    rng.shuffle(pool)
    batches = []
    while pool:
        batch, seen, rest = [], set(), []
        for pair in pool:
            if len(batch) < size and pair.entry not in seen:
                batch.append(pair)
                seen.add(pair.entry)
            else:
                rest.append(pair)
        batches.append(batch)
        pool = rest
    return [batch for batch in batches if len(batch) > 1]


def copy_key(base_identity: str, fingerprint: str, settings: TuneSettings) -> str:
    """The name of a tuned copy: base model, corpus and settings."""
    payload = json.dumps([TUNING_VERSION, base_identity, fingerprint, asdict(settings)])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def entry_keys(entries: tuple[Entry, ...]) -> list[str]:
    """Short hashes of each entry's text: to tell later how much of the corpus changed since tuning."""
    return [hashlib.sha256(f"{e.heading}\n{'|'.join(e.alternates)}\n{e.answer}".encode("utf-8", "surrogatepass")).hexdigest()[:12] for e in entries]


def heading_keys(entries: tuple[Entry, ...]) -> list[str]:
    """Short hashes of each entry's heading, case aside: to tell later whether a corpus is the FAQ
    the copy was tuned on, however edited (answers rewritten, alternates added), or another."""
    return [hashlib.sha256(e.heading.casefold().encode("utf-8", "surrogatepass")).hexdigest()[:12] for e in entries]


class _Trainer:
    """The model being tuned: a Transformer with mean pooling and L2 normalisation, as in the base."""

    def __init__(self, model_path: str, settings: TuneSettings) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(settings.seed)
        self.torch = torch
        self.settings = settings
        embeddings.quiet_transformers()
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)
        self.model = AutoModel.from_pretrained(model_path)

    def embed(self, texts: list[str]):
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.settings.max_tokens, return_tensors="pt")
        hidden = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.torch.nn.functional.normalize(pooled, dim=-1)

    def check(self, entries: tuple[Entry, ...], held: dict[int, str]) -> float:
        """Share of held-out sentences whose nearest heading or alternate is their own entry's."""
        questions = [(i, q) for i, entry in enumerate(entries) for q in entry.questions]
        owners = self.torch.tensor([i for i, _ in questions])
        self.model.eval()
        with self.torch.no_grad():
            targets = self.torch.cat([self.embed([q for _, q in questions[s : s + 64]]) for s in range(0, len(questions), 64)])
            items = list(held.items())
            right = 0
            for s in range(0, len(items), 64):
                chunk = items[s : s + 64]
                nearest = (self.embed([text for _, text in chunk]) @ targets.T).argmax(dim=1)
                right += int((owners[nearest] == self.torch.tensor([i for i, _ in chunk])).sum())
        return right / len(held)

    def train(self, pairs: list[Pair], progress: bool) -> None:
        """Symmetric in-batch contrastive loss (scale 20), linear warm-up over 10% of steps then decay."""
        from tqdm.auto import tqdm

        torch, settings = self.torch, self.settings
        rng = random.Random(settings.seed)
        epochs = [entry_disjoint_batches(pairs, settings.batch_size, rng) for _ in range(settings.epochs)]
        steps = sum(len(batches) for batches in epochs)
        optimizer = torch.optim.AdamW(self.model.parameters(), lr=settings.learning_rate, weight_decay=0.01)
        warm_up = max(1, steps // 10)
        schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / warm_up) * max(0.0, (steps - s) / steps))
        self.model.train()
        with tqdm(total=sum(len(b) for batches in epochs for b in batches), desc="Adapting model", unit="pair", disable=not progress) as bar:
            for batches in epochs:
                for batch in batches:
                    queries = self.embed([p.query for p in batch])
                    targets = self.embed([p.target for p in batch])
                    logits = 20.0 * queries @ targets.T
                    labels = torch.arange(len(batch))
                    loss = (torch.nn.functional.cross_entropy(logits, labels) + torch.nn.functional.cross_entropy(logits.T, labels)) / 2
                    loss.backward()
                    torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                    optimizer.step()
                    schedule.step()
                    optimizer.zero_grad()
                    bar.update(len(batch))
        self.model.eval()

    def save(self, base_path: str, target: Path) -> None:
        """The tuned weights in the base model's sentence-transformers layout (pooling, tokenizer, settings)."""
        base = Path(base_path)
        shutil.copytree(base, target, ignore=lambda folder, names: [n for n in names if Path(folder) == base and n in _WEIGHT_FILES], dirs_exist_ok=True)
        self.model.save_pretrained(target, safe_serialization=True)


def _tune(corpus: Corpus, base_path: str, base_identity: str, fingerprint: str, settings: TuneSettings, index_dir: Path, progress: bool) -> dict:
    """Tune a copy, check it, and store it with its record in ``index_dir/adapted``; the record."""
    entries = corpus.entries
    held = held_out_sentences(entries, settings.seed)
    pairs = training_pairs(entries, held, settings)
    key = copy_key(base_identity, fingerprint, settings)
    logger.info("adapting the model to the corpus: %d pairs from %d entries, %d sentences held out to check it", len(pairs), len(entries), len(held))
    started = time.monotonic()
    trainer = _Trainer(base_path, settings)
    before = trainer.check(entries, held)
    trainer.train(pairs, progress)
    after = trainer.check(entries, held)
    used = after >= before
    folder = index_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".model-"))
    try:
        if used:
            trainer.save(base_path, staging)
        record = {
            "key": key, "base": base_identity, "tuning_version": TUNING_VERSION, "settings": asdict(settings),
            "corpus_fingerprint": fingerprint, "entries": entry_keys(entries), "headings": heading_keys(entries), "pairs": len(pairs),
            "seconds": round(time.monotonic() - started, 1),
            "check": {"sentences": len(held), "base": round(before, 4), "tuned": round(after, 4)},
            "used": used, "model": f"model-{key}" if used else None,
            "files": {p.relative_to(staging).as_posix(): file_hash(p) for p in sorted(staging.rglob("*")) if p.is_file()},
        }  # fmt: skip
        if used:
            shutil.rmtree(folder / record["model"], ignore_errors=True)
            os.replace(staging, folder / record["model"])
        write_json_atomically(folder / RECORD, record)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in folder.glob("model-*"):
        if old.name != record["model"]:  # a copy made for an earlier corpus, and its fast-path export
            shutil.rmtree(old, ignore_errors=True)
            shutil.rmtree(embeddings.export_folder(index_dir, adapted_identity(base_identity, old.name.removeprefix("model-"))), ignore_errors=True)
    verdict = "using the tuned copy" if used else "it did worse than the base model, which is kept"
    logger.info(
        "model adapted to the corpus in %.0f s: held-out answer sentences found %.1f%% → %.1f%%; %s",
        record["seconds"], 100 * before, 100 * after, verdict,
    )
    return record


def read_record(index_dir: Path) -> dict | None:
    """The record of the current tuned copy, or None when there is none or it is malformed."""
    try:
        record = json.loads((index_dir / FOLDER / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fields = {"key": str, "base": str, "settings": dict, "corpus_fingerprint": str, "entries": list, "used": bool, "files": dict, "check": dict}
    if not isinstance(record, dict) or any(not isinstance(record.get(k), kind) for k, kind in fields.items()):
        return None
    if record["used"] and (not isinstance(record.get("model"), str) or record["model"] != f"model-{record['key']}"):
        return None
    return record


def damage(index_dir: Path, record: dict) -> str | None:
    """What is wrong with a recorded tuned copy's files, or None when each matches its hash."""
    model = index_dir / FOLDER / record["model"]
    for name, digest in record["files"].items():
        path = model / name
        if ".." in Path(name).parts or not path.is_file():
            return f"{name} is missing"
        if file_hash(path) != digest:
            return f"{name} does not match its recorded SHA-256"
    return None


def _reusable(record: dict | None, base_identity: str, settings: TuneSettings) -> bool:
    return record is not None and record["base"] == base_identity and record["settings"] == asdict(settings) and record.get("tuning_version") == TUNING_VERSION


def _too_small(corpus: Corpus, settings: TuneSettings) -> str | None:
    """Why ``corpus`` is too small to adapt the model to, or None."""
    if len(corpus.entries) < MIN_ENTRIES:
        return f"{len(corpus.entries)} entries, fewer than {MIN_ENTRIES} to learn from and check on"
    if len(held_out_sentences(corpus.entries, settings.seed)) < MIN_CHECK:
        return f"fewer than {MIN_CHECK} answers of two sentences or more to check a tuned model on"
    return None


def _result(index_dir: Path, record: dict) -> Adaptation:
    if not record["used"]:
        return Adaptation(None, record["base"], record)
    return Adaptation(index_dir / FOLDER / record["model"], adapted_identity(record["base"], record["key"]), record)


def adapted_identity(base_identity: str, key: str) -> str:
    """How a tuned copy is named in manifests and export folders: its base model and its key."""
    return f"{base_identity} adapted {key}"


def _new_share(known: list[str], keys: list[str]) -> float:
    """The share of ``keys`` not among ``known``."""
    kept = set(known)
    return sum(key not in kept for key in keys) / max(1, len(keys))


def _headings_new(record: dict, corpus: Corpus) -> float:
    """The share of ``corpus``'s headings new to the copy of ``record`` (0 for a record made before
    headings were recorded): past :data:`ANOTHER_FAQ`, the copy was adapted to another FAQ."""
    return _new_share(record["headings"], heading_keys(corpus.entries)) if isinstance(record.get("headings"), list) else 0.0


def advise(record: dict, corpus: Corpus, fingerprint: str) -> None:
    """Log how much of ``corpus`` changed since the model was adapted, advising a re-tune past a fifth."""
    if not record or record["corpus_fingerprint"] == fingerprint:
        return
    changed = _new_share(record["entries"], entry_keys(corpus.entries))
    log = logger.warning if changed > RETUNE_ADVISED else logger.info
    log("%.0f%% of the entries changed since the model was adapted to the corpus; `faqbot build --retune` adapts it again", 100 * changed)


def current(
    corpus: Corpus, base_identity: str, fingerprint: str, index_dir: Path, weights_needed: Callable[[str], bool],
    settings: TuneSettings = TuneSettings(),
) -> Adaptation | None:  # fmt: skip
    """The adaptation to use without writing anything, or None when a copy must be (re)made first.

    A kept copy serves even after the corpus changed (edited entries are re-embedded with it; the
    log says when a re-tune is advisable), but not a corpus it mostly does not know: a copy adapted
    to another FAQ (one index folder used for a second corpus, by ``faqbot check --corpus``, say)
    answers it worse than the model as shipped, which is used instead, until ``--retune`` adapts
    one; tuning it anew unasked could take minutes at every switch between the two.
    ``weights_needed(identity)`` is False when the copy's ONNX export exists (it is verified on its
    own), so the copy's weights are only hashed when read.
    """
    if reason := _too_small(corpus, settings):
        logger.info("model adaptation skipped: %s", reason)
        return Adaptation(None, base_identity, {}, reason)
    record = read_record(index_dir)
    if not _reusable(record, base_identity, settings):
        return None
    if record["corpus_fingerprint"] != fingerprint and (new := _headings_new(record, corpus)) > ANOTHER_FAQ:
        reason = f"the copy kept in {index_dir / FOLDER} was adapted to another FAQ ({100 * new:.0f}% of these questions are new to it); `faqbot build --retune` adapts one to this FAQ"
        logger.warning("model adaptation skipped: %s", reason)
        return Adaptation(None, base_identity, {}, reason)
    adaptation = _result(index_dir, record)
    if adaptation.model is not None and weights_needed(adaptation.identity) and (problem := damage(index_dir, record)):
        logger.warning("the adapted model in %s is damaged (%s); adapting the model again", index_dir / FOLDER, problem)
        return None
    advise(record, corpus, fingerprint)
    return adaptation


def adapt(
    corpus: Corpus, base_path: str, base_identity: str, fingerprint: str, index_dir: Path, weights_needed: Callable[[str], bool],
    *, retune: bool = False, settings: TuneSettings = TuneSettings(), progress: bool = True,
) -> Adaptation:  # fmt: skip
    """The model to embed ``corpus`` with: the kept copy (see :func:`current`), a new one, or the base.

    The caller holds the index folder's build lock (another process may have made the copy while
    this one waited for it). ``retune`` makes a new copy whatever is kept.
    """
    if not retune and (adaptation := current(corpus, base_identity, fingerprint, index_dir, weights_needed, settings)) is not None:
        return adaptation
    if reason := _too_small(corpus, settings):
        logger.info("model adaptation skipped: %s", reason)
        return Adaptation(None, base_identity, {}, reason)
    return _result(index_dir, _tune(corpus, base_path, base_identity, fingerprint, settings, index_dir, progress))
