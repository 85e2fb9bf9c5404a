"""The Whoosh implementation of the search core (:class:`~indexer.index.api.SearchEngine`)."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh import sorting
from whoosh.index import open_dir

from ..errors import IndexMissingError, IndexOutdatedError
from .api import (
    FACETS,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    SORTS,
    DocumentView,
    Hit,
    SearchRequest,
    SearchResult,
)
from .facets import count_facets, filter_query
from .facetvalues import normalise
from .highlight import render, snippet
from .querybuild import compile_query
from .querylang import parse
from .records import document_info, hit
from .schema import SCHEMA_VERSION
from .store import IndexStore
from .suggest import did_you_mean

DOCUMENT_ORDER = sorting.MultiFacet(
    [
        sorting.FieldFacet("date", reverse=True),
        sorting.FieldFacet("symbol"),
        sorting.FieldFacet("lang"),
        sorting.FieldFacet("order"),
    ]
)


@dataclass(frozen=True)
class _Generation:
    path: Path
    index: Any
    meta: dict[str, Any]


class WhooshEngine:
    """Search the published generation of an index folder; follow it when a build replaces it."""

    def __init__(self, root: Path) -> None:
        self.store = IndexStore(root)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._generation = self._open()

    # -- opening and following generations ---------------------------------------------

    def _open(self) -> _Generation:
        path = self.store.current()
        if path is None:
            raise IndexMissingError(
                f"no index in {self.store.root}: build it with 'python -m indexer build'"
            )
        meta = self.store.meta(path)
        if meta.get("schema_version") != SCHEMA_VERSION:
            raise IndexOutdatedError(
                f"the index in {self.store.root} was built with schema version "
                f"{meta.get('schema_version')}, this code needs {SCHEMA_VERSION}: "
                "rebuild it with 'python -m indexer build'"
            )
        return _Generation(path, open_dir(str(path)), meta)

    def _current(self) -> _Generation:
        """Return the generation to use, switching when a build published a new one."""
        published = self.store.current()
        if published is not None and published != self._generation.path:
            with self._lock:
                if published != self._generation.path:
                    try:
                        self._generation = self._open()
                    except (OSError, IndexOutdatedError, IndexMissingError, ValueError):
                        pass  # keep serving the generation we have
        return self._generation

    def _searcher(self):
        generation = self._current()
        cached = getattr(self._local, "searcher", None)
        if cached is None or cached[0] is not generation:
            if cached is not None:
                cached[1].close()
            self._local.searcher = (generation, generation.index.searcher())
        return self._local.searcher[1]

    # -- the SearchEngine protocol -------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        request = _sanitised(request)
        searcher = self._searcher()
        parsed = parse(request.q)
        compiled = compile_query(parsed.tree)
        notices = list(parsed.notices)
        query = compiled.query or wq.Every()
        filters = _filters(request.filters)
        total, found = _run(searcher, query, filters, request, browse=compiled.query is None)
        if total == 0 and len(compiled.conjuncts) > 1:
            query = wq.Or(compiled.conjuncts)
            total, found = _run(searcher, query, filters, request, browse=False)
            if total:
                notices.append("No paragraph contains all the words; these contain some of them.")
        hits = tuple(_hit(h, compiled.highlight) for h in found)
        facets = count_facets(searcher, query, filters, request.ui_lang)
        suggestion = None
        if total < 3 and parsed.tree is not None:
            suggestion = did_you_mean(searcher, parsed.tree, request.q)
        return SearchResult(
            total=total,
            page=request.page,
            size=request.size,
            hits=hits,
            facets=facets,
            did_you_mean=suggestion,
            notices=tuple(notices),
        )

    def paragraph(self, symbol: str, lang: str, anchor: str) -> Hit | None:
        searcher = self._searcher()
        found = searcher.document(id=f"{symbol}|{lang}|{anchor}")
        if found is None:
            return None
        record = json.loads(found["record"])
        return hit(record, highlight=render(record["text"], []))

    def document(self, symbol: str) -> DocumentView | None:
        generation = self._current()
        metas = [d for d in generation.meta["documents"] if d["symbol"] == symbol]
        if not metas:
            return None
        searcher = self._searcher()
        results = searcher.search(wq.Term("symbol", symbol), limit=None, sortedby=DOCUMENT_ORDER)
        paragraphs: dict[str, list[Hit]] = {}
        for found in results:
            record = json.loads(found["record"])
            paragraphs.setdefault(record["lang"], []).append(
                hit(record, highlight=render(record["text"], []))
            )
        versions = {m["lang"]: document_info(m, m.get("paragraph_count", 0)) for m in metas}
        return DocumentView(
            symbol=symbol,
            versions=versions,
            paragraphs={lang: tuple(items) for lang, items in sorted(paragraphs.items())},
        )

    def symbols(self) -> tuple[str, ...]:
        return tuple(sorted({d["symbol"] for d in self._current().meta["documents"]}))

    def documents(self) -> tuple[Mapping[str, Any], ...]:
        """Return the metadata of every indexed document version."""
        return tuple(self._current().meta["documents"])


def _sanitised(request: SearchRequest) -> SearchRequest:
    """Clamp paging and drop what is not a known facet or sort."""
    filters = {
        name: tuple(str(v)[:200] for v in values)[:20]
        for name, values in (request.filters or {}).items()
        if name in FACETS and values
    }
    return SearchRequest(
        q=str(request.q or ""),
        filters=filters,
        page=min(max(int(request.page or 1), 1), MAX_PAGE),
        size=min(max(int(request.size or 20), 1), MAX_PAGE_SIZE),
        sort=request.sort if request.sort in SORTS else "relevance",
        ui_lang=request.ui_lang if request.ui_lang in ("fr", "en") else "en",
    )


def _filters(filters: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Keep the filter values that mean something for their facet."""
    kept = {}
    for name, values in filters.items():
        meaningful = tuple(v for v in values if normalise(name, v) is not None)
        kept[name] = meaningful if meaningful else values  # unknown values match nothing
    return kept


def _run(searcher, query, filters, request: SearchRequest, browse: bool) -> tuple[int, list]:
    """Return the total number of hits and the hits of the requested page."""
    sortedby = DOCUMENT_ORDER if (browse or request.sort == "document") else None
    end = request.page * request.size
    results = searcher.search(
        query, limit=end, filter=filter_query(filters), sortedby=sortedby, terms=False
    )
    return len(results), list(results[end - request.size : end])


def _hit(found, terms) -> Hit:
    record = json.loads(found["record"])
    html, matched = snippet(record["text"], record["lang"], terms)
    searched = any(terms.values())
    return hit(
        record,
        score=float(found.score) if isinstance(found.score, int | float) else 0.0,
        highlight=html,
        twin=searched and not matched,
    )
