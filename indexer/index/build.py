"""Build the index from a corpus folder: incremental, parallel, atomic.

Each source file's described paragraphs are cached under ``records/``, keyed by
the file's content and the pipeline's code: a re-run re-processes only files
whose content changed (or all of them when the pipeline changed), and drops
files that were removed. The Whoosh index is then written as a new generation
and published only once complete (see :mod:`indexer.index.store`).
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tqdm import tqdm
from whoosh.index import create_in

from ..batch import ingest_many
from ..corpus import MANIFEST, corpus_files, load_manifest
from .analysis import tokens
from .doctable import LENGTH_FIELDS
from .graph import write_graph
from .records import document_records, index_fields, table_row
from .schema import SCHEMA_VERSION, ParagraphSchema
from .sequences import BREAK, build_sequences, write_sequences
from .store import IndexStore

PACKAGE = Path(__file__).resolve().parent.parent
TABLE = "table.json"


@dataclass(frozen=True)
class BuildReport:
    generation: Path
    documents: int
    paragraphs: int
    processed: int
    reused: int
    removed: int
    failures: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    duplicates: tuple[tuple[str, str], ...] = ()  # files of a document another file gives
    warnings: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (file, warning)


@cache
def pipeline_fingerprint() -> str:
    """Return a hash of the package's code and data: cached records depend on both."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".json", ".csv") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_key(path: Path) -> str:
    """Return the cache key of a source file: its content hash and the pipeline's."""
    return f"{hashlib.sha256(path.read_bytes()).hexdigest()[:32]}-{pipeline_fingerprint()}"


def build_index(
    corpus: Path, root: Path, workers: int | None = None, progress: bool | None = None
) -> BuildReport:
    """Build a new generation of the index at ``root`` from the files under ``corpus``.

    Raises:
        BuildInProgressError: another build holds the lock.
        IndexerError: the corpus folder does not exist or holds no document file, or the
            index's place is a file.
    """
    from ..errors import IndexerError

    if corpus.exists() and not corpus.is_dir():
        raise IndexerError(f"{corpus} is a file, not a corpus folder")
    if not corpus.is_dir():
        raise IndexerError(f"no corpus folder at {corpus}")
    started = time.monotonic()
    store = IndexStore(root)
    store.check_folder()
    files = corpus_files(corpus)
    if not files:  # a wrong folder, or one emptied by mistake: the index would be emptied too
        raise IndexerError(f"no PDF or text file in {corpus}")
    with store.build_lock():
        previous = store.current()
        old_sources = store.meta(previous).get("sources", {}) if previous else {}
        keys = {path: file_key(path) for path in files}
        cached, todo = _split_cached(store, keys)
        outcomes = ingest_many(todo, workers=workers, progress=progress)
        failures = []
        for outcome in outcomes:
            if outcome.document is None:
                failures.append((str(outcome.path), outcome.error or "failed"))
            else:
                cached[outcome.path] = _save(store, keys[outcome.path], outcome.document)
        listed = _listed(corpus)
        ordered = sorted((p for p in files if p in cached), key=lambda p: p.resolve() not in listed)
        documents, duplicates = _distinct([(path, cached[path]) for path in ordered], corpus)
        building = store.new_generation()
        try:
            paragraphs = _write_index(building, documents, progress)
            sources = {_relative(path, corpus): keys[path] for path in files if path in cached}
            meta = _meta(documents, sources, failures, duplicates)
            generation = store.publish(building, meta)
        except BaseException:
            store.discard(building)
            raise
        _prune_records(store, set(sources.values()))
    return BuildReport(
        generation=generation,
        documents=len(documents),
        paragraphs=paragraphs,
        processed=len(todo),
        reused=len(files) - len(todo),
        removed=len(set(old_sources) - set(sources)),
        failures=tuple(failures),
        seconds=time.monotonic() - started,
        duplicates=tuple(duplicates),
        warnings=_warnings(ordered, cached, documents, corpus),
    )


def write_generation(
    root: Path, documents: Sequence[dict[str, Any]], progress: bool = False
) -> Path:
    """Index already-described documents (their cached JSON form) as a new published generation.

    For benchmarks and tests that fabricate records; ``build_index`` is the normal way.
    """
    store = IndexStore(root)
    with store.build_lock():
        building = store.new_generation()
        try:
            _write_index(building, documents, progress)
            return store.publish(building, _meta(documents, {}, []))
        except BaseException:
            store.discard(building)
            raise


def _listed(corpus: Path) -> set[Path]:
    """Return the files the corpus manifest lists (they win over unlisted duplicates)."""
    manifest = corpus / MANIFEST
    return set(load_manifest(manifest)) if manifest.is_file() else set()


def _distinct(documents, corpus: Path) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Keep one file per (symbol, language) — listed in the manifest first — report the others.
    A duplicate is no failure: its document is indexed, from the other file."""
    kept: dict[tuple[str, str], Path] = {}
    distinct, duplicates = [], []
    for path, document in documents:
        key = (document["document"]["symbol"], document["document"]["lang"])
        if key in kept:
            duplicates.append(
                (
                    str(path),
                    f"same document as {_relative(kept[key], corpus)} ({key[0]}, {key[1]}): "
                    "indexed once",
                )
            )
            continue
        kept[key] = path
        distinct.append(document)
    return distinct, duplicates


def _warnings(ordered, cached, documents, corpus: Path) -> tuple[tuple[str, str], ...]:
    """Return (file, warning) for each warning of the documents indexed, by file."""
    indexed = {id(document) for document in documents}
    return tuple(
        (_relative(path, corpus), warning)
        for path in ordered
        if id(cached[path]) in indexed
        for warning in cached[path]["document"]["warnings"]
    )


def _split_cached(store: IndexStore, keys: dict[Path, str]) -> tuple[dict, list[Path]]:
    cached: dict[Path, dict[str, Any]] = {}
    todo: list[Path] = []
    for path, key in keys.items():
        record_file = store.records / f"{key}.json"
        try:
            cached[path] = json.loads(record_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            todo.append(path)
    return cached, todo


def _save(store: IndexStore, key: str, document) -> dict[str, Any]:
    records = document_records(document)
    store.records.mkdir(parents=True, exist_ok=True)
    temporary = store.records / f".{key}.tmp"
    temporary.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    temporary.replace(store.records / f"{key}.json")
    return records


def _write_index(folder: Path, documents: Sequence[dict[str, Any]], progress: bool | None) -> int:
    records = _unique(record for document in documents for record in document["paragraphs"])
    index = create_in(str(folder), ParagraphSchema())
    # One process: the fields come analysed (index_fields), and Whoosh's writer processes
    # would only add the merge of their segments, done in this process after them (at
    # 12,000 paragraphs, 236-268 paragraphs/s with two of them, 277-293 with none)
    writer = index.writer(limitmb=256)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        for record in tqdm(
            records, desc="indexing", unit="para", disable=not show, file=sys.stderr
        ):
            writer.add_document(**index_fields(record))
    except BaseException:
        writer.cancel()
        raise
    writer.commit(optimize=True)
    _write_table(folder, index, {record["id"]: record for record in records})
    write_graph(folder, records)
    index.close()
    return len(records)


def _unique(records) -> list[dict[str, Any]]:
    """Drop records whose id was already seen (the same document under two file names)."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record["id"] not in seen:
            seen.add(record["id"])
            kept.append(record)
    return kept


def _write_table(folder: Path, index, records: dict[str, dict[str, Any]]) -> None:
    """Write the engine's document table and the paragraphs' word sequences, one row per
    document number, in that order."""
    with index.reader() as reader:
        numbers = list(reader.all_doc_ids())
        ordered = [records[reader.stored_fields(n)["id"]] for n in numbers]
        lengths = {
            field: [reader.doc_field_length(n, field, 0) for n in numbers]
            for field in LENGTH_FIELDS
        }
    table = {"rows": [table_row(record) for record in ordered], "lengths": lengths}
    (folder / TABLE).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    write_sequences(folder, build_sequences(_written(record) for record in ordered))


def _written(record: dict[str, Any]) -> list[str]:
    """Return a paragraph's words as written, then each footnote's after a break (a quoted
    phrase is found in a footnote, never across the end of the text and a note)."""
    words = tokens(record["text"])
    for _mark, note in record.get("footnotes", []):
        words += [BREAK, *tokens(note)]
    return words


def _meta(documents, sources: dict[str, str], failures, duplicates=()) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "pipeline": pipeline_fingerprint(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "documents": [
            {**d["document"], "paragraph_count": len(d["paragraphs"])} for d in documents
        ],
        "sources": sources,
        "failures": [{"file": f, "reason": r} for f, r in failures],
        "duplicates": [{"file": f, "reason": r} for f, r in duplicates],
    }


def _relative(path: Path, corpus: Path) -> str:
    return path.resolve().relative_to(corpus.resolve()).as_posix()


def _prune_records(store: IndexStore, keep: set[str]) -> None:
    """Delete cached records of files no longer in the corpus (or of older pipelines)."""
    for path in store.records.glob("*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
