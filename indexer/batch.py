"""Ingest many files in parallel with a progress bar; one bad file never stops the rest."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from .errors import IngestError
from .models import Document
from .pipeline import ingest


@dataclass(frozen=True)
class Outcome:
    """The result of ingesting one file: a document, or the reason it failed."""

    path: Path
    document: Document | None = None
    error: str | None = None


def ingest_one(path: Path, symbol: str | None = None, lang: str | None = None) -> Outcome:
    """Ingest ``path``; turn any failure into an Outcome that names the reason."""
    if path.is_dir():
        return Outcome(path, error="a folder, not a file (to index a folder: build --corpus)")
    if not path.is_file():
        return Outcome(path, error="no such file")
    try:
        return Outcome(path, document=ingest(path, symbol=symbol, lang=lang))
    except IngestError as exc:
        return Outcome(path, error=exc.detail)
    except OSError as exc:
        return Outcome(path, error=f"cannot read the file ({exc.strerror or exc})")
    except Exception as exc:  # a bug met on one file must not stop the batch
        return Outcome(
            path, error=f"internal error ({type(exc).__name__}: {exc}); please report it"
        )


def ingest_many(
    paths: Sequence[Path],
    symbol: str | None = None,
    lang: str | None = None,
    workers: int | None = None,
    progress: bool | None = None,
) -> list[Outcome]:
    """Ingest ``paths`` using the available cores; return outcomes in input order.

    Args:
        progress: show a progress bar on stderr; None shows it only on a terminal
            and only for more than one file.
    """
    workers = workers or min(len(paths), os.cpu_count() or 1)
    show = (len(paths) > 1 and sys.stderr.isatty()) if progress is None else progress
    bar = tqdm(total=len(paths), unit="file", desc="ingesting", disable=not show, file=sys.stderr)
    if workers <= 1 or len(paths) <= 1:
        outcomes = []
        for path in paths:
            outcomes.append(ingest_one(path, symbol, lang))
            bar.update()
        bar.close()
        return outcomes
    results: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(ingest_one, p, symbol, lang): i for i, p in enumerate(paths)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            bar.update()
    bar.close()
    return [results[i] for i in range(len(paths))]
