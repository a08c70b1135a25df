"""The index folder on disk: builds, the manifest that publishes one, its checks, and the build lock.

Layout of an index folder::

    index/
      manifest.json         written last, atomically: names the live build, what it was built
                            from, and the size and SHA-256 of every file in it
      build-<id>/
        vectors.faiss       one row per entry view (see faqbot.index.layout)
        meta.json           entries, passages and the corpus description
        lexical/            BM25 index of each entry's questions and answer
        token_*.npy         token vectors of each entry's heading + answer (see faqbot.token_match)
        focus.npz           the two embeddings behind each question row stored with its topic
                            words played down (see faqbot.topic_words), for the next build to reuse
      .checkpoint-<model>/  embeddings of an unfinished build (see faqbot.index.checkpoint)

A build goes into a fresh ``build-*`` folder and only becomes visible when ``manifest.json`` is
atomically replaced to point at it, so an interrupted build never leaves a half index that
loads. Every file of a build is checked against the manifest's hash before it is read, so damage
of any kind (not only a changed size) is found, and the caller rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path

from faqbot.corpus import Corpus
from faqbot.integrity import file_hash, write_atomically
from faqbot.passages import MAX_WORDS

logger = logging.getLogger(__name__)

FORMAT_VERSION = 14
MANIFEST = "manifest.json"
LOCK = ".build.lock"
VECTORS = "vectors.faiss"
META = "meta.json"
LEXICAL = "lexical"
FOCUS = "focus.npz"
_MANIFEST_FIELDS = {
    "format_version": int, "model": str, "dimension": int, "corpus_fingerprint": str,
    "index_type": str, "rows": int, "build": str, "files": dict,
}  # fmt: skip


class Damaged(ValueError):
    """A published build that cannot be used as it is; the message says what is wrong."""


def describe_files(folder: Path) -> dict[str, dict]:
    """Size and hash of every file under ``folder``, by relative path: what the manifest records."""
    return {
        path.relative_to(folder).as_posix(): {"size": path.stat().st_size, "sha256": file_hash(path)}
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def read_manifest(index_dir: Path) -> dict | None:
    """The published manifest, or None when there is none or it is unreadable or malformed (logged)."""
    try:
        manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
        _check_manifest(manifest)
        return manifest
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("ignoring the unreadable manifest in %s (%s); the index will be rebuilt", index_dir, exc)
        return None


def manifest_version(index_dir: Path) -> tuple[int, int, int] | None:
    """Which manifest is published now (inode, size, modification time), to notice a new one cheaply."""
    try:
        stat = (index_dir / MANIFEST).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _check_manifest(manifest: object) -> None:
    """Raise ValueError unless ``manifest`` has every field with the right type and a safe build name."""
    if not isinstance(manifest, dict):
        raise ValueError(f"it holds a {type(manifest).__name__}, not an object")
    for name, kind in _MANIFEST_FIELDS.items():
        if not isinstance(manifest.get(name), kind) or isinstance(manifest.get(name), bool):
            raise ValueError(f"field {name!r} is missing or not {kind.__name__}")
    if not manifest["build"].startswith("build-") or Path(manifest["build"]).name != manifest["build"]:
        raise ValueError(f"build {manifest['build']!r} is not a build folder name")
    for name, description in manifest["files"].items():
        if not isinstance(description, dict) or not isinstance(description.get("sha256"), str) or ".." in Path(name).parts:
            raise ValueError(f"file entry {name!r} is malformed")


def corpus_fingerprint(corpus: Corpus) -> str:
    """Hash of everything that shapes the index, so any edit to the corpus triggers a rebuild."""
    payload = json.dumps({"entries": [asdict(e) for e in corpus.entries], "description": corpus.description, "max_words": MAX_WORDS}, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def stale_reason(manifest: dict, model: str, fingerprint: str | None = None) -> str | None:
    """Why a manifest's build cannot serve this model (and, if given, this corpus), or None when it can.

    Loading checks both; reusing an earlier build's embeddings for a new corpus checks the model only.
    """
    if manifest["format_version"] != FORMAT_VERSION:
        return f"index format {manifest['format_version']} is not {FORMAT_VERSION}"
    if manifest["model"] != model:
        return f"index was built with model {manifest['model']!r}"
    if fingerprint is not None and manifest["corpus_fingerprint"] != fingerprint:
        return "the corpus changed since the index was built"
    return None


def verified_build(index_dir: Path, manifest: dict) -> Path:
    """The build folder a manifest names, once every file in it matches its recorded size and hash."""
    build = index_dir / manifest["build"]
    for name, description in manifest["files"].items():
        path = build / name
        if not path.is_file():
            raise Damaged(f"{name} is missing")
        if path.stat().st_size != description.get("size"):
            raise Damaged(f"{name} is {path.stat().st_size} bytes, expected {description.get('size')}")
        if file_hash(path) != description["sha256"]:
            raise Damaged(f"{name} does not match its recorded SHA-256")
    return build


def new_build_folder(index_dir: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=index_dir, prefix="build-"))


def write_json_atomically(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as JSON in one step (see :func:`faqbot.integrity.write_atomically`)."""
    write_atomically(path, json.dumps(data, indent=2))


def publish(index_dir: Path, manifest: dict) -> None:
    """Replace the manifest atomically (readers see the old build or the new one, never a mix), then
    delete the builds it no longer points at."""
    write_json_atomically(index_dir / MANIFEST, manifest)
    for child in index_dir.glob("build-*"):
        if child.name != manifest["build"] and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
