"""Shared fixtures: the real bundled model, the seed corpus, and small corpora written per test."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the suite must never reach for a model hub

import faqbot.embeddings  # noqa: E402
from faqbot import FAQBot  # noqa: E402

PRODUCTION_EXPORT_FOLDER = faqbot.embeddings.export_folder

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
SEED_QUERIES = ROOT / "tests" / "data" / "seed_queries.jsonl"
MILITARY_HEADING = "What role does North Korea's military support play in these alliances?"


@pytest.fixture(autouse=True)
def no_faqbot_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without FAQBOT_* variables, whatever the shell running pytest has set."""
    for variable in [name for name in os.environ if name.startswith("FAQBOT_")]:
        monkeypatch.delenv(variable)


@pytest.fixture(scope="session", autouse=True)
def shared_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One ONNX export of the model for the whole run, instead of one per index folder.

    Making the export (torch, quantisation, the parity check) is the slowest part of a first
    build; it is tested on its own in tests/test_fast_path.py, which opts out with
    ``@pytest.mark.own_export``.
    """
    folder = tmp_path_factory.mktemp("shared-export")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(faqbot.embeddings, "export_folder", lambda cache_dir, identity: PRODUCTION_EXPORT_FOLDER(folder, identity))
        yield


@pytest.fixture(autouse=True)
def own_export(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests marked ``own_export`` keep the export inside their own index folder, as in production."""
    if request.node.get_closest_marker("own_export"):
        monkeypatch.setattr(faqbot.embeddings, "export_folder", PRODUCTION_EXPORT_FOLDER)


def index_with_export(index_dir: Path) -> Path:
    """``index_dir``, created with the run's shared ONNX export copied where production keeps it.

    For tests that run faqbot in another process, which cannot share the run's export: they then
    skip the slow export as every later run of a real installation does.
    """
    encoder = faqbot.embeddings.Encoder(cache_dir=index_dir)
    encoder.load()  # makes the shared export if this is the run's first
    shutil.copytree(faqbot.embeddings.export_folder(index_dir, encoder.identity), PRODUCTION_EXPORT_FOLDER(index_dir, encoder.identity))
    return index_dir


def write_faq(path: Path, entries: list[tuple[str, str]]) -> Path:
    """``path`` written as a JSON Lines FAQ of (question, answer) entries, for a test's own small corpus."""
    path.write_text("".join(json.dumps({"question": q, "answer": a}) + "\n" for q, a in entries), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"faqbot serve exited early:\n{server.stderr.read() if server.stderr else ''}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:  # answering, if only with "log in first"
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"faqbot serve did not answer at {url} within {timeout}s")


def serve_in_background(corpus: Path, index: Path, *options: str) -> Iterator[str]:
    """`faqbot serve` in its own process on a free loopback port, stopped (SIGTERM) when done; yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "faqbot", "serve", "--port", str(port), "--corpus", str(corpus), "--index", str(index), *options]
    server = subprocess.Popen(command, env={**os.environ, "HF_HUB_OFFLINE": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def exported_index(tmp_path: Path) -> Path:
    """A fresh index folder holding the model's ONNX export (see :func:`index_with_export`)."""
    return index_with_export(tmp_path / "index")


@pytest.fixture(scope="session")
def seed_bot(tmp_path_factory: pytest.TempPathFactory) -> FAQBot:
    """A bot over the shipped seed corpus with the real model, built once for the whole run."""
    return FAQBot(corpus=SEED_CORPUS, index_dir=tmp_path_factory.mktemp("seed-index"), progress=False)


PETS_TXT = """\
Answers to common questions about adopting a pet from our shelter.
-
How much does it cost to adopt a dog?
The adoption fee for dogs is 150 euros, which covers vaccinations and microchipping.
-
Can I return a cat if it does not get along with my other pets?
Yes. You can bring a cat back within 30 days and we will help you find a better match.

If you return it after 30 days we still take it back, but the fee is not refunded.
-
What are the shelter's opening hours?
We are open from 10:00 to 18:00 every day except Monday.
"""


@pytest.fixture
def pets_txt(tmp_path: Path) -> Path:
    """A tiny plain-text FAQ with a preamble, written fresh for each test."""
    path = tmp_path / "pets.txt"
    path.write_text(PETS_TXT, encoding="utf-8")
    return path


POSTGRES = os.environ.get("FAQBOT_TEST_POSTGRES")  # a server's URL; .ci/run starts one and sets it


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty question store: a SQLite file, and a new database on the PostgreSQL server CI starts."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'questions.sqlite3'}"
        return
    if not POSTGRES:
        pytest.skip("no PostgreSQL server: set FAQBOT_TEST_POSTGRES to its URL (.ci/run starts one)")
    import secrets

    import sqlalchemy

    name = f"faqbot_test_{secrets.token_hex(6)}"
    server = sqlalchemy.create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    yield sqlalchemy.engine.make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    with server.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    server.dispose()
