"""Index generations on disk, published atomically.

The index folder holds numbered generations (``gen-…``) and a ``CURRENT`` file
naming the one to serve. A build writes a new generation beside the others
(``….building`` while it is being written) and publishes it by replacing
``CURRENT`` in one ``os.replace``: readers see the old index or the new one,
never a half-written one, and a build that fails or is killed leaves
``CURRENT`` untouched. The generation before the current one is kept, so that
searches still open on it finish normally.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import IndexerError

CURRENT = "CURRENT"
META = "meta.json"
BUILDING = ".building"
KEEP = 2  # generations kept: the current one and the one before


class BuildInProgressError(IndexerError):
    """Another build holds the lock on this index folder."""


class IndexStore:
    """The generations of one index folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def records(self) -> Path:
        return self.root / "records"

    def check_folder(self) -> None:
        """Raise IndexerError when the index's place is taken by something not a folder."""
        if self.root.exists() and not self.root.is_dir():
            raise IndexerError(f"{self.root} is a file, not an index folder")

    def current(self) -> Path | None:
        """Return the folder of the published generation, or None if there is none."""
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.root / name
        return path if name and path.is_dir() else None

    def meta(self, generation: Path) -> dict[str, Any]:
        return json.loads((generation / META).read_text(encoding="utf-8"))

    def new_generation(self) -> Path:
        """Create and return an empty folder for a generation being built."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        path = self.root / f"{name}{BUILDING}"
        path.mkdir()
        return path

    def publish(self, building: Path, meta: dict[str, Any]) -> Path:
        """Write the generation's metadata, make it current, and prune old generations."""
        _write_atomic(building / META, json.dumps(meta, ensure_ascii=False, indent=1))
        final = building.with_name(building.name.removesuffix(BUILDING))
        building.rename(final)
        _fsync_dir(self.root)
        _write_atomic(self.root / CURRENT, final.name + "\n")
        self._prune(final)
        return final

    def discard(self, building: Path) -> None:
        shutil.rmtree(building, ignore_errors=True)

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """Hold the folder's build lock; raise BuildInProgressError if another build has it."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".build.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise BuildInProgressError(f"another build is running on {self.root}") from exc
            self._remove_unfinished()
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _remove_unfinished(self) -> None:
        """Remove generations left half-written by a build that died."""
        for path in self.root.glob(f"gen-*{BUILDING}"):
            shutil.rmtree(path, ignore_errors=True)

    def _prune(self, current: Path) -> None:
        generations = sorted(
            (p for p in self.root.glob("gen-*") if p.is_dir() and not p.name.endswith(BUILDING)),
            key=lambda p: p.stat().st_mtime,
        )
        for old in generations[:-KEEP]:
            if old != current:
                shutil.rmtree(old, ignore_errors=True)


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
