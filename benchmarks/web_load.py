"""Load on the web app: search pages and API searches against a trivial endpoint, side by side.

    python -m benchmarks.web_load [--seconds N] [--clients 8] [--index DIR]

Builds an index of ``corpus/`` in a temporary folder (or uses ``--index``),
starts ``python -m search_app`` (waitress) in a subprocess on a free loopback
port, and drives it from this process with concurrent clients (threads with
keep-alive ``http.client`` connections), each scenario for a bounded time:

- ``baseline``: ``GET /healthz``, which does no search (the cost of the server
  and of Flask alone);
- ``search``: a mix of ``/api/search`` queries and search-page loads (half
  with filters), the real work.

It prints requests per second, p50 and p95 latency and the error count of each;
the exit status is 1 when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUESTS_PER_CLIENT = 200_000  # a bound on the loop, whatever the duration

QUERIES = (
    "traite des enfants",
    "child trafficking",
    "victims",
    "travail forcé",
    "coopération internationale",
    "non-punishment",
    "labour exploitation",
    "témoins",
    '"forced labour"',
    "compensation OR indemnisation",
)
FILTERS = ({}, {"lang": "fr"}, {"state": "ITA"}, {"topic": "children"}, {"year": "2010"})


def search_paths() -> list[str]:
    """Return the mixed search workload: API and page, with and without filters."""
    paths = []
    for number, q in enumerate(QUERIES):
        query = urlencode({"q": q, **FILTERS[number % len(FILTERS)]})
        paths += [f"/api/search?{query}", f"/?{query}"]
    return paths


SCENARIOS = {"baseline /healthz": ["/healthz"], "search (API + pages)": search_paths()}


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(port: int, paths: list[str], offset: int, deadline: float, tally: Tally) -> None:
    """Request ``paths`` in turn until ``deadline``; record latencies and errors."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies, errors = [], 0
    cycle = itertools.islice(itertools.cycle(paths), offset, None)
    for _, path in zip(range(MAX_REQUESTS_PER_CLIENT), cycle, strict=False):
        if time.perf_counter() >= deadline:
            break
        start = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - start)
    connection.close()
    with tally.lock:
        tally.latencies += latencies
        tally.errors += errors


def run(port: int, paths: list[str], clients: int, seconds: float) -> tuple[Tally, float]:
    tally = Tally()
    start = time.perf_counter()
    deadline = start + seconds
    threads = [
        threading.Thread(target=client, args=(port, paths, n * 3, deadline, tally))
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - start


def report(name: str, tally: Tally, elapsed: float) -> str:
    count = len(tally.latencies)
    if count < 2:
        return f"{name:24} {count:8d} requests, {tally.errors} errors"
    cuts = statistics.quantiles(tally.latencies, n=100)
    return (
        f"{name:24} {count:8d} {count / elapsed:9.1f} "
        f"{cuts[49] * 1000:8.1f} {cuts[94] * 1000:8.1f} {tally.errors:7d}"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped with status {server.returncode}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer on port {port} within {timeout:.0f} s")


def build(index: Path) -> None:
    from indexer.index.build import build_index

    build_index(ROOT / "corpus", index, progress=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=10, help="per scenario (default 10)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--index", type=Path, help="an existing index (default: build one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="web-load-") as folder:
        index = args.index or Path(folder) / "index"
        if args.index is None:
            build(index)
        port = free_port()
        log = Path(folder) / "server.log"
        with log.open("wb") as output:
            server = subprocess.Popen(
                [sys.executable, "-m", "search_app", "--index", str(index), "--port", str(port)],
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            try:
                wait_until_ready(port, server)
                failed = _measure(port, args)
            finally:
                server.terminate()
                server.wait(timeout=30)
        if failed:
            print(log.read_text(encoding="utf-8", errors="replace")[-3000:], file=sys.stderr)
    return 1 if failed else 0


def _measure(port: int, args: argparse.Namespace) -> bool:
    print(
        f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{args.clients} clients, {args.seconds:g} s per scenario, waitress on 127.0.0.1:{port}"
    )
    for paths in SCENARIOS.values():  # warm the caches (searchers, templates, labels)
        run(port, paths, 2, 1.0)
    print(f"{'scenario':24} {'requests':>8} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    errors = 0
    for name, paths in SCENARIOS.items():
        tally, elapsed = run(port, paths, args.clients, args.seconds)
        print(report(name, tally, elapsed), flush=True)
        errors += tally.errors
    return errors > 0


if __name__ == "__main__":
    sys.exit(main())
