"""Bounded load test of `faqbot serve` on loopback: concurrent clients through the server's API.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/load.py [--clients 50] [--questions 20]

Starts the server on a free 127.0.0.1 port with the seed FAQ, then runs CLIENTS concurrent
clients (asyncio tasks, so the load generator itself stays light on this 2-core machine), each
with its own keep-alive HTTP connection, asking QUESTIONS questions one after another from
tests/data/seed_queries.jsonl through the server's JSON API (``POST /api/ask``). Prints latency percentiles, throughput and the error count; it
sends traffic only to 127.0.0.1 and stops by itself. It runs twice, as shipped and with ``--learn``
(every question recorded in a SQLite store), and counts the records the second run left.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx

from faqbot.evaluate import load_queries

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [query.text for query in load_queries(ROOT / "tests" / "data" / "seed_queries.jsonl")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, index_dir: str, *options: str) -> subprocess.Popen:
    """`faqbot serve` in a child process; returns once it answers HTTP."""
    command = [sys.executable, "-m", "faqbot", "serve", "--port", str(port), "--corpus", str(ROOT / "corpus"), "--index", index_dir, *options]
    server = subprocess.Popen(command, env={**os.environ, "HF_HUB_OFFLINE": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise TimeoutError("faqbot serve did not start")


async def run_client(url: str, client_number: int, count: int) -> tuple[list[float], int]:
    """One simulated user: its own connection, ``count`` questions; returns latencies and errors."""
    latencies, errors = [], 0
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        for i in range(count):
            question = QUESTIONS[(client_number * count + i) % len(QUESTIONS)]
            start = time.perf_counter()
            try:
                response = await client.post("api/ask", json={"question": question, "top_k": 3})
                if response.status_code != 200 or not response.json().get("heading"):
                    errors += 1
            except (httpx.HTTPError, ValueError, KeyError):
                errors += 1
            latencies.append(time.perf_counter() - start)
    return latencies, errors


async def run_clients(url: str, clients: int, count: int) -> list[tuple[list[float], int]]:
    return await asyncio.gather(*(run_client(url, n, count) for n in range(clients)))


def load(index_dir: str, clients: int, count: int, *options: str) -> tuple[list[float], int, float]:
    """Serve with ``options``, run the clients; (sorted latencies in ms, errors, seconds)."""
    port = free_port()
    server = start_server(port, index_dir, *options)
    try:
        started = time.perf_counter()
        results = asyncio.run(run_clients(f"http://127.0.0.1:{port}/", clients, count))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    return sorted(ms * 1000 for result in results for ms in result[0]), sum(result[1] for result in results), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each configuration (p95 drifts by 100 ms between runs)")
    args = parser.parse_args()
    from faqbot.learning.store import QuestionStore

    with tempfile.TemporaryDirectory() as scratch:
        store = f"sqlite:///{scratch}/questions.sqlite3"
        for _ in range(args.rounds):
            for name, options in (("as shipped", ()), ("--learn", ("--learn", "--store", store))):
                latencies, errors, elapsed = load(f"{scratch}/index", args.clients, args.questions, *options)
                p95 = latencies[int(0.95 * (len(latencies) - 1))]
                print(f"{name:<11} {len(latencies)} requests in {elapsed:.1f} s ({len(latencies) / elapsed:.0f}/s)   "
                      f"p50 {statistics.median(latencies):.0f} ms   p95 {p95:.0f} ms   max {latencies[-1]:.0f} ms   errors {errors}", flush=True)
        recorder = QuestionStore.open(store)
        recorded = len(list(recorder.records()))
        recorder.close()
    print(f"targets: p95 < 500 ms, 0 errors; --learn recorded {recorded} of {args.rounds * args.clients * args.questions} questions")


if __name__ == "__main__":
    main()
