"""What an idle `faqbot serve` costs: CPU share and resident memory, with nobody asking.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/idle.py [--seconds 20]

Builds the seed FAQ's index, starts the server on it (as every start after the first), loads the
chat page's configuration once (as a visitor would), then measures
the process's CPU time over a quiet interval and its resident memory (Linux /proc).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def resident_mib(pid: int) -> float:
    line = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as scratch:
        where = ["--corpus", str(ROOT / "corpus"), "--index", scratch]
        subprocess.run([sys.executable, "-m", "faqbot", "build", *where], env={**os.environ, "HF_HUB_OFFLINE": "1"}, check=True, capture_output=True)
        command = [sys.executable, "-m", "faqbot", "serve", "--port", str(port), *where]  # as every start after the first
        server = subprocess.Popen(command, env={**os.environ, "HF_HUB_OFFLINE": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/"
            while True:
                try:
                    httpx.get(url, timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            httpx.get(f"{url}config", timeout=10)
            time.sleep(2)  # let start-up work settle before the quiet interval
            before = cpu_seconds(server.pid)
            time.sleep(args.seconds)
            share = (cpu_seconds(server.pid) - before) / args.seconds
            print(f"idle CPU over {args.seconds:.0f} s: {100 * share:.2f} % of one core   (target: < 1 %)")
            print(f"resident memory: {resident_mib(server.pid):.0f} MiB   (target for the seed FAQ: <= 400 MiB)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
