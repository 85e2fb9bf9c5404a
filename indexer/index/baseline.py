"""A naive baseline engine: plain BM25 over one text field, as a portal would ship it.

It exists to be measured against (``python -m benchmarks.relevance``), not to be
served. Whoosh's defaults throughout: ``StandardAnalyzer`` (lower case, English
stop words; no accent folding, no stemming, no glossary, no twins), BM25F
scoring, and the stock ``QueryParser`` with OR grouping. It implements the
:class:`~indexer.index.api.SearchEngine` protocol so that the same code can run
a query set on both engines; facets are counted in Python over the matches.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, TEXT, SchemaClass
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import OrGroup, QueryParser

from .api import (
    FACETS,
    MAX_QUERY_LENGTH,
    DocumentView,
    Facet,
    FacetValue,
    Hit,
    SearchRequest,
    SearchResult,
    sanitised,
)
from .facetvalues import agenda_number, agenda_value, selects, selects_any
from .graph import Graph, incoming_references
from .notices import Notice
from .records import document_info, facet_states, hit

FACET_LIMIT = 40  # values shown before "truncated"
FELL_BACK = Notice.of("syntax", problem="unparsed")

Record = Mapping[str, Any]


class BaselineSchema(SchemaClass):
    id = ID(stored=True, unique=True)
    text = TEXT(analyzer=StandardAnalyzer())


class _RamStorage(RamStorage):
    """Whoosh's RAM storage, whose writer keeps its temporary files in RAM too: Whoosh's own
    puts them in a folder of the system's temporary directory named after the index,
    ``MAIN.tmp``, the same for every process, so two baselines built at once (a benchmark
    and the tests) deleted each other's files and one build failed."""

    def temp_storage(self, name: str | None = None) -> RamStorage:
        return RamStorage()


class BaselineEngine:
    """Search paragraph records held in RAM with plain BM25."""

    def __init__(self, records: Sequence[Record], documents: Sequence[Record]) -> None:
        self._records = {r["id"]: dict(r) for r in records}
        self._documents = [dict(d) for d in documents]
        self._index = _RamStorage().create_index(BaselineSchema())
        with self._index.writer() as writer:
            for record in self._records.values():
                writer.add_document(id=record["id"], text=record["text"])
        self._parser = QueryParser("text", self._index.schema, group=OrGroup)
        symbols = {d["symbol"] for d in self._documents}
        self._graph = Graph(incoming_references(self._records.values()), symbols)

    @classmethod
    def from_records(
        cls, records: Iterable[Record], documents: Iterable[Record] | None = None
    ) -> BaselineEngine:
        """Build from paragraph records; document metadata is derived from them if not given."""
        records = list(records)
        return cls(records, list(documents) if documents is not None else _documents_of(records))

    @classmethod
    def from_index(cls, root: Path) -> BaselineEngine:
        """Build from the ``records/`` cache of an index folder (as ``indexer build`` left it)."""
        records, documents = [], []
        for path in sorted((Path(root) / "records").glob("*.json")):
            cached = json.loads(path.read_text(encoding="utf-8"))
            documents.append({**cached["document"], "paragraph_count": len(cached["paragraphs"])})
            records.extend(cached["paragraphs"])
        return cls(records, documents)

    # -- the SearchEngine protocol -------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        request = sanitised(request)
        notices: tuple[Notice, ...] = ()
        if request.q.strip():
            matched, notices = self._matches(request.q[:MAX_QUERY_LENGTH])
        else:
            matched = [(record_id, 0.0) for record_id in self._records]
        if request.sort == "document" or not request.q.strip():
            matched.sort(key=lambda pair: _document_key(self._records[pair[0]]))
        selected = [pair for pair in matched if _passes(self._records[pair[0]], request.filters)]
        end = request.page * request.size
        return SearchResult(
            total=len(selected),
            page=request.page,
            size=request.size,
            hits=tuple(self._hit(i, score) for i, score in selected[end - request.size : end]),
            facets=self._facets([i for i, _ in matched], request.filters),
            notices=notices,
            ranked=bool(request.q.strip()),
        )

    def paragraph(self, symbol: str, lang: str, anchor: str) -> Hit | None:
        record_id = f"{symbol}|{lang}|{anchor}"
        return self._hit(record_id, 0.0) if record_id in self._records else None

    def document(self, symbol: str) -> DocumentView | None:
        metas = [d for d in self._documents if d["symbol"] == symbol]
        if not metas:
            return None
        paragraphs: dict[str, list[Hit]] = {}
        for record in sorted(self._records.values(), key=_document_key):
            if record["symbol"] == symbol:
                paragraphs.setdefault(record["lang"], []).append(self._hit(record["id"], 0.0))
        return DocumentView(
            symbol=symbol,
            versions={m["lang"]: document_info(m, m.get("paragraph_count", 0)) for m in metas},
            paragraphs={lang: tuple(items) for lang, items in sorted(paragraphs.items())},
        )

    def cited_by(self, symbol: str, anchor: str | None = None):
        return self._graph.cited_by(symbol, anchor)

    def cited_documents(self):
        return self._graph.cited_documents()

    def symbols(self) -> tuple[str, ...]:
        return tuple(sorted({d["symbol"] for d in self._documents}))

    # -- internals -----------------------------------------------------------------------

    def _matches(self, text: str) -> tuple[list[tuple[str, float]], tuple[Notice, ...]]:
        """Return (id, score) of the matches, best first; fall back to the words on failure."""
        try:
            parsed = self._parser.parse(text)
            if parsed is wq.NullQuery:
                raise ValueError("nothing parsed")
            return self._run(parsed), ()
        except Exception:  # any parser or search failure degrades to a search for the words
            words = [token.text for token in self._index.schema["text"].analyzer(text)]
            if not words:
                return [], (FELL_BACK,)
            return self._run(wq.Or([wq.Term("text", w) for w in words])), (FELL_BACK,)

    def _run(self, query: wq.Query) -> list[tuple[str, float]]:
        with self._index.searcher() as searcher:
            return [(r["id"], float(r.score or 0.0)) for r in searcher.search(query, limit=None)]

    def _hit(self, record_id: str, score: float) -> Hit:
        record = self._records[record_id]
        return hit(record, score=score, highlight=html.escape(record["text"], quote=False))

    def _facets(self, matched: list[str], filters) -> tuple[Facet, ...]:
        """Count each facet over the matches filtered by every facet but itself."""
        facets = []
        for name in FACETS:
            others = {k: v for k, v in filters.items() if k != name}
            counts: Counter[str] = Counter()
            for record_id in matched:
                record = self._records[record_id]
                if _passes(record, others):
                    counts.update(facet_values(record, name))
            facets.append(_facet(name, counts, filters.get(name, ())))
        return tuple(facets)


def facet_values(record: Record, name: str) -> tuple[str, ...]:
    """Return the values of facet ``name`` for a paragraph record, as the records hold them."""
    if name == "agenda":
        agenda = record.get("agenda_item")
        return (agenda_value(record["symbol"], agenda["number"]),) if agenda else ()
    if name == "state":
        return tuple(facet_states(record))
    if name == "topic":
        return tuple(record.get("topics") or ())
    if name == "year":
        return (record["date"][:4],) if record.get("date") else ()
    value = record.get(name)
    return (str(value),) if value else ()


def _passes(record: Record, filters: Mapping[str, tuple[str, ...]]) -> bool:
    """Return whether ``record`` has one of the values of every filtered facet."""
    return all(
        any(selects_any(name, values, v) for v in facet_values(record, name))
        for name, values in filters.items()
    )


def _facet(name: str, counts: Counter[str], chosen: tuple[str, ...]) -> Facet:
    values = [FacetValue(v, v, n, selects_any(name, chosen, v)) for v, n in counts.items()]
    values += [
        FacetValue(w, w, 0, True)
        for w in dict.fromkeys(chosen)
        if not any(selects(name, w, v) for v in counts)
    ]
    if name == "year":
        values.sort(key=lambda v: v.value, reverse=True)
    elif name == "agenda":
        values.sort(key=lambda v: (agenda_number(v.value).zfill(2), v.value))
    else:
        values.sort(key=lambda v: (-v.count, v.value.lower()))
    if len(values) > FACET_LIMIT:
        kept = values[:FACET_LIMIT] + [v for v in values[FACET_LIMIT:] if v.selected]
        return Facet(name, tuple(kept), truncated=True)
    return Facet(name, tuple(values))


def _document_key(record: Record) -> tuple:
    """Sort key of the engine's document order: newest first, then symbol, language, position."""
    return (
        _descending(record.get("date") or ""),
        record["symbol"],
        record["lang"],
        record["order"],
    )


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _documents_of(records: Sequence[Record]) -> list[dict[str, Any]]:
    """Return minimal document metadata (one per symbol and language) from paragraph records."""
    documents: dict[tuple[str, str], dict[str, Any]] = {}
    for record in records:
        key = (record["symbol"], record["lang"])
        meta = documents.setdefault(
            key,
            {
                "symbol": key[0],
                "lang": key[1],
                "title": record.get("title"),
                "date": record.get("date"),
                "paragraph_count": 0,
            },
        )
        meta["paragraph_count"] += 1
    return list(documents.values())
