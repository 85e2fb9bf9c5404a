"""Fuzz campaign: the reliability properties with many more random inputs than CI runs.

    python -m benchmarks.fuzz [--examples 5000] [--seed N] [--only NAME…] [--index DIR]
                              [--linear]

Runs every property of ``tests/reliability`` (query parser, search, snippets,
symbol and citation readers, citation resolution, and each family of web URLs
through the Flask test client) with ``--examples`` random inputs each (CI runs
150 to 500, derandomized). A failing property is shrunk to its smallest
example, printed, and the campaign goes on. ``--linear`` times every symbol and
citation reader on 10 kB, 100 kB and 1 MB texts of many shapes instead. The exit
status is 1 when a property failed.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from benchmarks.web_load import build
from indexer.citations import find_citations, parse_reference
from indexer.index.engine import WhooshEngine
from indexer.resolve import resolve
from indexer.symbols import parse_symbol, scan_symbols
from search_app import create_app
from tests.reliability.checks import (
    check_citations,
    check_parse,
    check_resolve,
    check_search,
    check_snippet,
    check_symbols,
    fetch,
    growth,
)
from tests.reliability.strategies import (
    queries,
    search_requests,
    snippet_cases,
    symbol_like,
    texts,
)
from tests.reliability.urls import payload_urls, web_urls

MAX_RATIO = 35  # 10× the text, at most 35× the time (linear: 10, quadratic: 100)


@dataclass(frozen=True)
class Outcome:
    name: str
    examples: int
    seconds: float
    failure: str | None


def campaigns(engine, client) -> dict[str, tuple[st.SearchStrategy, Callable]]:
    """Return every property: its name, the strategy of its inputs and its check."""
    known = engine.symbols()

    def web_check(url):
        fetch(client, url)

    def payload_check(case):
        url, payload = case
        response, body = fetch(client, url)
        assert response.mimetype != "text/html" or payload not in body, case

    found = {
        "query parser": (queries(), check_parse),
        "search": (search_requests(), lambda request: check_search(engine, request)),
        "snippets": (snippet_cases(), check_snippet),
        "symbols": (texts(), lambda text: check_symbols(text, known)),
        "citations": (texts(), lambda text: check_citations(text, known)),
        "resolve": (st.one_of(symbol_like(), texts()), lambda text: check_resolve(engine, text)),
    }
    found |= {f"web: {name}": (urls, web_check) for name, urls in web_urls().items()}
    found["web: payloads escaped"] = (payload_urls(), payload_check)
    return found


def run_campaign(name: str, strategy, check, examples: int, at: int) -> Outcome:
    """Run one property on ``examples`` random inputs (seed ``at``); shrink a failure."""
    count, smallest = 0, None

    def counted(value) -> None:
        nonlocal count, smallest
        count += 1
        try:
            check(value)
        except Exception:
            if smallest is None or len(repr(value)) < len(repr(smallest)):
                smallest = value
            raise

    prop = settings(
        max_examples=examples,
        database=None,
        deadline=timedelta(seconds=10),
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )(seed(at)(given(strategy)(counted)))
    start = time.perf_counter()
    try:
        prop()
        failure = None
    except Exception as problem:  # a property failed: report it, go on with the others
        written = repr(smallest)
        failure = describe(problem)
        failure += f"\nsmallest failing input ({len(written)} characters): {written:.300}"
    return Outcome(name, count, time.perf_counter() - start, failure)


def describe(problem: BaseException) -> str:
    """Return the error and Hypothesis's notes (the falsifying example), sub-errors included."""
    lines = [f"{type(problem).__name__}: {problem}"[:500]]
    for sub in getattr(problem, "exceptions", ()):
        lines.append(f"{type(sub).__name__}: {sub}"[:500])
    for error in (problem, *getattr(problem, "exceptions", ())):
        lines += [note[:500] for note in getattr(error, "__notes__", [])]
    return "\n".join(lines)


def linear_campaign(engine) -> bool:
    """Time each reader on texts of many shapes at 10 kB, 100 kB and 1 MB; print the ratios."""
    known = engine.symbols()
    readers = {
        "parse_symbol": lambda text: parse_symbol(text, known),
        "scan_symbols": lambda text: scan_symbols(text, known),
        "find_citations": lambda text: find_citations(text, [text[:2000]], known),
        "parse_reference": lambda text: parse_reference(text, known),
        "resolve": lambda text: resolve(engine, text),
    }
    shapes = (
        *("a", "A/", "A / ", "A-", "1", "para. 1 ", "1, ", "1-", "1 et ", "(a) ", "al. a) "),
        *("CTOC/COP/WG.4/2010/6 ", "CTOC/COP/WG.4/2010/6, para. 32 ", "ci-dessus ", "WG.."),
        *("paragraphe 17 du rapport ", "pour donner suite à ", "ab/", "A/1-", " ", "\n", "à "),
        *("ABCDEFGH", "recommandation 1 ", "ab-1-", "CTOC/COP/WG.4/2010/6"),
    )
    print(
        f"{'reader':16} {'shape':34} {'10 kB ms':>9} {'100 kB ms':>10} {'ratio':>6} {'1 MB ms':>9}"
    )
    worst = 0.0
    for name, read in readers.items():
        for shape in shapes:
            small, large, ratio = growth(read, shape, 10_000, 100_000, MAX_RATIO)
            _, huge, _ = growth(read, shape, 100_000, 1_000_000, MAX_RATIO)
            worst = max(worst, ratio)
            print(
                f"{name:16} {shape!r:34} {small * 1000:9.1f} {large * 1000:10.1f} "
                f"{ratio:6.1f} {huge * 1000:9.0f}",
                flush=True,
            )
    print(f"worst ratio {worst:.1f} (linear: 10, quadratic: 100; bound {MAX_RATIO})")
    return worst < MAX_RATIO


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--examples", type=int, default=5000, help="per property (default 5000)")
    parser.add_argument("--seed", type=int, help="random seed (default: a new one, printed)")
    parser.add_argument("--only", nargs="*", help="properties whose name contains one of these")
    parser.add_argument("--index", type=Path, help="an existing index (default: build one)")
    parser.add_argument("--linear", action="store_true", help="time the readers instead")
    args = parser.parse_args(argv)
    at = args.seed if args.seed is not None else random.randrange(2**32)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        index = args.index or Path(folder) / "index"
        if args.index is None:
            build(index)
        engine = WhooshEngine(index)
        if args.linear:
            return 0 if linear_campaign(engine) else 1
        app = create_app({"TESTING": True, "INDEX": str(index), "ENGINE": engine})
        app.logger.setLevel(logging.CRITICAL)  # a 500 fails its property; no traceback flood
        client = app.test_client()
        print(f"seed {at}; {args.examples} examples per property", flush=True)
        print(f"{'property':28} {'examples':>8} {'seconds':>8}  result")
        failed = 0
        for name, (strategy, check) in campaigns(engine, client).items():
            if args.only and not any(part in name for part in args.only):
                continue
            outcome = run_campaign(name, strategy, check, args.examples, at)
            result = "ok" if outcome.failure is None else "FAILED"
            print(f"{name:28} {outcome.examples:8d} {outcome.seconds:8.1f}  {result}", flush=True)
            if outcome.failure:
                failed += 1
                print("    " + outcome.failure.replace("\n", "\n    "), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
