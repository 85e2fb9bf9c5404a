"""Soak test: the web app under a realistic mixed load for minutes, watching errors and memory.

    python -m benchmarks.soak [--seconds 300] [--clients 16] [--threads 8] [--index DIR]

Builds an index of ``corpus/`` in a temporary folder (or uses ``--index``),
starts ``python -m search_app`` (waitress) in a subprocess on a free loopback
port, learns the collection from the app's own API (documents, paragraphs,
words), then runs concurrent clients (threads, keep-alive ``http.client``
connections) for a bounded time. They mix searches (random corpus words, some
with filters), facet clicks (facet values taken from earlier answers), pages of
results, document pages, comparisons, paragraph permalinks, citations
(``/api/cite`` and typed in the search box) and exports. The server's resident
memory (``VmRSS`` in ``/proc/<pid>/status``) is sampled every few seconds.

It prints requests per second, p50/p95/p99 latency (overall and per kind of
request), the answers' status codes, errors (any 5xx or connection error, with
examples) and the memory curve: first, max and last sample, and the slope over
the last minute. The exit status is 1 when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from benchmarks.web_load import ROOT, build, free_port, wait_until_ready

MAX_REQUESTS_PER_CLIENT = 1_000_000  # a bound on the loop, whatever the duration
KINDS = {  # kind of request: weight in the mix
    "search page": 18,
    "search api": 12,
    "facet click": 14,
    "next page": 5,
    "document": 8,
    "compare": 2,
    "permalink": 15,
    "cite api": 10,
    "cite in box": 4,
    "export": 4,
    "home": 3,
    "cited": 1,
    "health": 4,
}
FILTERS = ({"lang": "fr"}, {"lang": "en"}, {"year": "2010"}, {"kind": "recommendation"})


@dataclass(frozen=True)
class Paragraph:
    symbol: str
    lang: str
    anchor: str
    number: int | None


@dataclass(frozen=True)
class Workload:
    """What the clients ask for, learnt from the app: documents, paragraphs and words."""

    symbols: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    words: tuple[str, ...]

    @classmethod
    def discover(cls, port: int) -> Workload:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        listing = _get_json(connection, "/api/documents")["documents"]
        symbols = tuple(sorted({d["symbol"] for d in listing}))
        paragraphs: list[Paragraph] = []
        words: set[str] = set()
        for symbol in symbols:
            document = _get_json(connection, f"/api/documents/{quote(symbol, safe='/.')}")
            for lang, hits in document["paragraphs"].items():
                for hit in hits:
                    paragraphs.append(Paragraph(symbol, lang, hit["anchor"], hit["paragraph"]))
                    words.update(w.lower() for w in re.findall(r"[^\W\d_]{5,}", hit["text"]))
        connection.close()
        return cls(symbols, tuple(paragraphs), tuple(sorted(words)))

    def query(self, rng: random.Random) -> str:
        return " ".join(rng.sample(self.words, rng.choice((1, 1, 2, 3))))


def _get_json(connection: http.client.HTTPConnection, path: str):
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"GET {path} answered {response.status}")
    return json.loads(body)


class Client:
    """One simulated user: a keep-alive connection, a random generator, a memory of facets."""

    def __init__(self, port: int, workload: Workload, seed: int) -> None:
        self.port, self.workload = port, workload
        self.rng = random.Random(seed)
        self.last_query = "victims"
        self.facets: list[tuple[str, str]] = []  # (facet, value) offered by earlier answers
        self.connection = self._connect()

    def _connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def next_path(self, kind: str) -> str:
        rng, work = self.rng, self.workload
        if kind in ("search page", "search api"):
            self.last_query = work.query(rng)
            params = {"q": self.last_query} | (rng.choice(FILTERS) if rng.random() < 0.3 else {})
            return ("/?" if kind == "search page" else "/api/search?") + urlencode(params)
        if kind == "facet click":
            if not self.facets:
                return self.next_path("search api")
            facet, value = rng.choice(self.facets)
            page = rng.choice(("/?", "/api/search?"))
            return page + urlencode({"q": self.last_query, facet: value})
        if kind == "next page":
            return "/?" + urlencode({"q": self.last_query, "page": rng.choice((2, 3, 5))})
        paragraph = rng.choice(work.paragraphs)
        symbol = quote(paragraph.symbol, safe="/.")
        if kind == "document":
            return f"/doc/{symbol}/{paragraph.lang}"
        if kind == "compare":
            return f"/doc/{symbol}/compare"
        if kind == "permalink":
            return f"/doc/{symbol}/{paragraph.lang}/{paragraph.anchor}"
        if kind in ("cite api", "cite in box"):
            number = paragraph.number if paragraph.number and rng.random() < 0.8 else 9999
            ref = f"{paragraph.symbol}, para. {number}"
            return (
                "/api/cite?" + urlencode({"ref": ref})
                if kind == "cite api"
                else "/?q=" + quote(ref)
            )
        if kind == "export":
            params = {"q": work.query(rng)} | rng.choice(FILTERS)
            return rng.choice(("/export.csv?", "/export.json?")) + urlencode(params)
        return {"home": "/", "cited": "/cited", "health": "/healthz"}[kind]

    def request(self, path: str) -> tuple[int, bytes]:
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = self._connect()
            raise

    def remember_facets(self, body: bytes) -> None:
        facets = json.loads(body).get("facets", {})
        offered = [
            (name, value["value"])
            for name, values in facets.items()
            for value in values
            if value["count"] > 0 and not value["selected"]
        ]
        if offered:
            self.facets = offered


@dataclass
class Tally:
    """Everything the clients measured, merged under a lock."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[str, Counter] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def merge(self, latencies: dict[str, list[float]], statuses: dict[str, Counter], errors):
        with self.lock:
            for kind, values in latencies.items():
                self.latencies.setdefault(kind, []).extend(values)
            for kind, counter in statuses.items():
                self.statuses.setdefault(kind, Counter()).update(counter)
            self.errors.extend(errors)

    @property
    def all_latencies(self) -> list[float]:
        return [value for values in self.latencies.values() for value in values]

    @property
    def error_count(self) -> int:
        return len(self.errors)


def run_client(client: Client, deadline: float, tally: Tally) -> None:
    """Send the mix of requests until ``deadline``; record latencies, statuses and errors."""
    kinds, weights = list(KINDS), list(KINDS.values())
    latencies: dict[str, list[float]] = {}
    statuses: dict[str, Counter] = {}
    errors: list[str] = []
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.perf_counter() >= deadline:
            break
        kind = client.rng.choices(kinds, weights)[0]
        path = client.next_path(kind)
        start = time.perf_counter()
        try:
            status, body = client.request(path)
        except (OSError, http.client.HTTPException) as problem:
            errors.append(f"{kind}: {path[:120]}: {type(problem).__name__}: {problem}")
            continue
        latencies.setdefault(kind, []).append(time.perf_counter() - start)
        statuses.setdefault(kind, Counter())[status] += 1
        if status >= 500:
            errors.append(f"{kind}: {path[:120]}: {status}")
        elif status == 200 and path.startswith("/api/search"):
            client.remember_facets(body)
    client.connection.close()
    tally.merge(latencies, statuses, errors)


def rss_mb(pid: int) -> float | None:
    """Return the resident memory of process ``pid`` in MB (Linux), or None if it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def sample_memory(pid: int, every: float, stop: threading.Event, samples: list) -> None:
    """Append ``(seconds since start, RSS MB)`` every ``every`` seconds until ``stop`` is set."""
    start = time.perf_counter()
    while True:
        value = rss_mb(pid)
        if value is not None:
            samples.append((time.perf_counter() - start, value))
        if stop.wait(every):
            break


@dataclass
class Report:
    seconds: float
    clients: int
    tally: Tally
    memory: list[tuple[float, float]]  # (seconds, MB)

    @property
    def requests(self) -> int:
        return len(self.tally.all_latencies)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def slope(self) -> float:
        """Return the memory trend over the last minute (or half, if shorter), in MB per minute.

        The first samples hold the warm-up (caches, templates, searchers of each thread).
        """
        if len(self.memory) < 3:
            return 0.0
        end = self.memory[-1][0]
        window = min(60.0, end / 2)
        recent = [(t, mb) for t, mb in self.memory if t >= end - window]
        if len(recent) < 2:
            return 0.0
        return statistics.linear_regression([t for t, _ in recent], [m for _, m in recent])[0] * 60


def soak(
    port: int, pid: int, seconds: float, clients: int, every: float = 5.0, seed: int = 7
) -> Report:
    """Run ``clients`` concurrent clients against the server on ``port`` for ``seconds``."""
    workload = Workload.discover(port)
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    sampler = threading.Thread(target=sample_memory, args=(pid, every, stop, samples))
    sampler.start()
    tally = Tally()
    start = time.perf_counter()
    deadline = start + seconds
    threads = [
        threading.Thread(
            target=run_client, args=(Client(port, workload, seed + n), deadline, tally)
        )
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    return Report(elapsed, clients, tally, samples)


def start_server(index: Path, port: int, threads: int, log) -> subprocess.Popen:
    """Start ``python -m search_app`` (waitress) on ``port`` and wait until it answers."""
    server = subprocess.Popen(
        [sys.executable, "-m", "search_app", "--index", str(index), "--port", str(port)]
        + ["--threads", str(threads)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_ready(port, server)
    except BaseException:
        stop_server(server)
        raise
    return server


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


def run(index: Path, seconds: float, clients: int, threads: int = 8, every: float = 5.0):
    """Serve ``index`` in a subprocess, soak it, stop it; return the report and the server log."""
    with tempfile.TemporaryDirectory(prefix="soak-") as folder:
        log_path = Path(folder) / "server.log"
        with log_path.open("wb") as log:
            port = free_port()
            server = start_server(index, port, threads, log)
            try:
                report = soak(port, server.pid, seconds, clients, every)
            finally:
                stop_server(server)
        return report, log_path.read_text(encoding="utf-8", errors="replace")


def format_report(report: Report) -> str:
    lines = [f"{'kind':14} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  statuses"]
    rows = sorted(report.tally.latencies.items(), key=lambda item: -len(item[1]))
    for kind, values in [("all", report.tally.all_latencies), *rows]:
        p50, p95, p99 = _percentiles(values)
        statuses = report.tally.statuses.get(kind, Counter())
        codes = " ".join(f"{code}:{n}" for code, n in sorted(statuses.items()))
        lines.append(f"{kind:14} {len(values):8d} {p50:8.1f} {p95:8.1f} {p99:8.1f}  {codes}")
    lines.append(
        f"{report.requests} requests in {report.seconds:.0f} s: {report.rate:.1f} requests/s; "
        f"errors (5xx or connection): {report.tally.error_count}"
    )
    lines += [f"  error: {error}" for error in report.tally.errors[:10]]
    lines.append(_memory_line(report))
    return "\n".join(lines)


def _percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        value = values[0] * 1000 if values else 0.0
        return value, value, value
    cuts = statistics.quantiles(values, n=100)
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def _memory_line(report: Report) -> str:
    memory = report.memory
    if not memory:
        return "memory: no sample"
    peak_time, peak = max(memory, key=lambda sample: sample[1])
    step = max(1, len(memory) // 12)
    curve = ", ".join(f"{t:.0f}s {mb:.0f}" for t, mb in memory[::step])
    return (
        f"memory (RSS MB): first {memory[0][1]:.1f}, max {peak:.1f} (at {peak_time:.0f} s), "
        f"last {memory[-1][1]:.1f}; slope over the last minute {report.slope():+.2f} MB/min\n"
        f"  curve: {curve}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=300, help="duration (default 300)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--threads", type=int, default=8, help="waitress threads (default 8)")
    parser.add_argument("--every", type=float, default=5, help="memory sampling period, s")
    parser.add_argument("--index", type=Path, help="an existing index (default: build one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="soak-index-") as folder:
        index = args.index or Path(folder) / "index"
        if args.index is None:
            build(index)
        print(
            f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}; {args.clients} clients for {args.seconds:g} s, "
            f"waitress with {args.threads} threads",
            flush=True,
        )
        report, log = run(index, args.seconds, args.clients, args.threads, args.every)
    print(format_report(report))
    if report.tally.error_count:
        print(log[-3000:], file=sys.stderr)
    return 1 if report.tally.error_count else 0


if __name__ == "__main__":
    sys.exit(main())
