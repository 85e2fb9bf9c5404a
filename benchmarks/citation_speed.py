"""Citation resolution speed: fast enough to run on every search-box submission?

    python -m benchmarks.citation_speed [--repeat N]

Times, on every string of the citation table (tests/fixtures/citations/table.json:
valid citations, variants, near misses and garbage, in English and French),
the full resolution a search-box submission goes through — parse the
reference, find the document and paragraphs in an index of the shipped corpus,
fetch them — side by side in the same run with a baseline that only looks for
a symbol with the plain symbol regex. Prints medians and p95 per string.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from indexer.resolve import resolve
from indexer.symbols import find_symbols

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "fixtures" / "citations" / "table.json"


def strings() -> list[str]:
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    return [case["input"] for case in table["references"]]


def timed(run, items: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        for item in items:
            start = time.perf_counter()
            run(item)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    items = strings()
    with tempfile.TemporaryDirectory() as tmp:
        build_index(ROOT / "corpus", Path(tmp), progress=False)
        engine = WhooshEngine(Path(tmp))
        resolve(engine, items[0])  # warm
        ours = timed(lambda s: resolve(engine, s, "fr"), items, args.repeat)
        base = timed(find_symbols, items, args.repeat)
    print(f"{len(items)} citation strings × {args.repeat} rounds")
    for name, times in (("resolve (parse, look up, fetch)", ours), ("symbol regex only", base)):
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        print(f"  {name:32} median {statistics.median(times):7.3f} ms   p95 {p95:7.3f} ms")


if __name__ == "__main__":
    main()
