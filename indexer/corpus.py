"""The corpus folder: its files and its manifest (``manifest.json``).

The manifest records, for each file, what the file itself cannot tell: the
symbol of a text extraction that lost its running header, the language, the
distribution date, the provenance. The pipeline looks for it in the file's
folder and the folders above.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import IndexerError

MANIFEST = "manifest.json"
SUFFIXES = (".pdf", ".txt")


@dataclass(frozen=True)
class Entry:
    file: str
    symbol: str | None = None
    lang: str | None = None
    date: str | None = None
    title: str | None = None
    source: str | None = None


def find_manifest(path: Path, levels: int = 4) -> Path | None:
    """Return the nearest ``manifest.json`` in the folder of ``path`` or above it."""
    folder = path.resolve().parent
    for _ in range(levels):
        candidate = folder / MANIFEST
        if candidate.is_file():
            return candidate
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def load_manifest(manifest: Path) -> dict[Path, Entry]:
    """Return the manifest's entries keyed by resolved file path.

    Raises:
        IndexerError: the manifest is not valid JSON or lacks ``documents``.
    """
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        entries = data["documents"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise IndexerError(f"{manifest}: not a valid manifest ({exc})") from exc
    fields = set(Entry.__dataclass_fields__)
    result = {}
    for item in entries:
        entry = Entry(**{k: v for k, v in item.items() if k in fields})
        result[(manifest.parent / entry.file).resolve()] = entry
    return result


def manifest_entry(path: Path) -> Entry | None:
    """Return the manifest entry describing ``path``, if a manifest lists it."""
    manifest = find_manifest(path)
    if manifest is None:
        return None
    return load_manifest(manifest).get(path.resolve())


def corpus_files(folder: Path) -> list[Path]:
    """Return the ingestible files under ``folder`` (PDF and text), sorted."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
