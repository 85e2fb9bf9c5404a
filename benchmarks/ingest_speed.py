"""Ingestion speed: the whole pipeline against plain pdfminer text extraction, side by side.

    python -m benchmarks.ingest_speed [--repeat N] [PDF …]

For each round, both contenders run over the same PDFs, in alternating order
(the machines are noisy: the figures quoted are medians of the rounds, and the
ratio of the medians). The baseline is ``pdfminer.high_level.extract_text`` with
its default settings; the pipeline is ``indexer.pipeline.ingest``: extraction
with layout objects, cleaning, segmentation and description.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pdfminer.high_level import extract_text
from pdfminer.pdfpage import PDFPage

from indexer.pipeline import ingest

DEFAULT = sorted((Path(__file__).resolve().parent.parent / "corpus").rglob("*.pdf"))


def pages(paths: Sequence[Path]) -> int:
    """Return the number of pages in ``paths``."""
    total = 0
    for path in paths:
        with path.open("rb") as handle:
            total += sum(1 for _ in PDFPage.get_pages(handle))
    return total


def timed(run: Callable[[Path], object], paths: Sequence[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        run(path)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args(argv)
    count = pages(args.pdfs)
    timed(ingest, args.pdfs[:1])  # warm imports and caches
    baseline, pipeline = [], []
    for round_number in range(args.repeat):
        order = [(baseline, extract_text), (pipeline, ingest)]
        for times, run in order if round_number % 2 == 0 else reversed(order):
            times.append(timed(run, args.pdfs))
    base, ours = statistics.median(baseline), statistics.median(pipeline)
    print(f"{len(args.pdfs)} PDFs, {count} pages, {args.repeat} rounds (medians)")
    print(f"  pdfminer extract_text   {base:7.3f} s   {count / base:7.1f} pages/s")
    print(f"  indexer pipeline        {ours:7.3f} s   {count / ours:7.1f} pages/s")
    print(f"  pipeline / baseline     {ours / base:7.2f}×  (target ≤ 1.33)")


if __name__ == "__main__":
    main()
