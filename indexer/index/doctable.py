"""The engine's document table: facet values, twins, document order and field lengths.

Written by the build beside the Whoosh index (``table.json``, one row per
document number) and loaded once per index generation into numpy arrays.
Facet filters and counts are array operations on it; twins (the same
paragraph in the other language) and document order are array look-ups; the
field lengths feed the scorer's BM25 normalisation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from .analysis import LANGUAGES
from .facetvalues import selects_any

FIELDS = (
    "id",
    "pair",
    "lang",
    "symbol",
    "year",
    "kind",
    "agenda",
    "states",
    "topics",
    "date",
    "order",
    "context_topics",
    "act",
    "cited",
    "subject_states",
    "facet_states",
    "document_kinds",
)
SINGLE = {
    "lang": "lang",
    "symbol": "symbol",
    "year": "year",
    "kind": "kind",
    "agenda": "agenda",
    "act": "act",  # the resolution or decision a paragraph is in ("res5.2"), for query lifts
}
MULTI = {
    # the filter and facet: the States a paragraph names and the State whose own document it
    # is (every paragraph of Italy's national report is Italy's, naming it or not)
    "state": "facet_states",
    "named_state": "states",  # the States a paragraph's text names, for queries naming one
    "topic": "topics",
    "context_topic": "context_topics",
    "cited": "cited",  # the symbols a paragraph cites, for a query that names a symbol
    "subject_state": "subject_states",  # the States its document's symbol names, for lifts
    "document_kind": "document_kinds",  # its document's kinds (a resolution…), for lifts
}
# The facets whose selected values select only themselves (facetvalues.selects): an article,
# a range of years or an agenda item's number select other values too
EQUAL_ONLY = frozenset({"lang", "symbol", "kind", *MULTI})
LENGTH_FIELDS = (
    "text_fr",
    "text_en",
    "pairs_fr",
    "pairs_en",
    "context_fr",
    "context_en",
    "notes_fr",
    "notes_en",
    "exact",
)


@dataclass(frozen=True)
class FacetColumn:
    """A facet's values: ``codes[k]`` is the value of the k-th (document, value) pair."""

    name: str
    values: tuple[str, ...]  # code -> value
    documents: np.ndarray  # int32: the document of each pair
    codes: np.ndarray  # int32: the value code of each pair

    def mask(self, wanted: set[str], size: int) -> np.ndarray:
        """Return the documents having any value that ``wanted`` selects (facetvalues.selects:
        the value itself; for the agenda, a bare number selects every session's item)."""
        if self.name in EQUAL_ONLY:  # a value selects itself only: looked up, not scanned
            codes = [self._code[w] for w in wanted if w in self._code]
        else:
            codes = [i for i, v in enumerate(self.values) if selects_any(self.name, wanted, v)]
        mask = np.zeros(size, dtype=bool)
        if codes:
            order, bounds = self._by_code
            for code in codes:
                mask[self.documents[order[bounds[code] : bounds[code + 1]]]] = True
        return mask

    @cached_property
    def _code(self) -> dict[str, int]:
        return {value: code for code, value in enumerate(self.values)}

    @cached_property
    def _by_code(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs ordered by value code, and where each code's pairs begin in that order."""
        order = np.argsort(self.codes, kind="stable")
        bounds = np.searchsorted(self.codes[order], np.arange(len(self.values) + 1))
        return order, bounds

    def counts(self, base: np.ndarray) -> dict[str, int]:
        """Return value -> number of documents of ``base`` (a mask) having it."""
        counted = np.bincount(self.codes[base[self.documents]], minlength=len(self.values))
        return {self.values[i]: int(counted[i]) for i in np.nonzero(counted)[0]}


@dataclass(frozen=True)
class DocTable:
    ids: tuple[str, ...]
    twin: np.ndarray  # int32: document number of the other-language version, or -1
    rank: np.ndarray  # int32: position in document order (newest documents first)
    facets: dict[str, FacetColumn]
    lengths: dict[str, np.ndarray]  # field -> float32 token count per document

    @property
    def size(self) -> int:
        return len(self.ids)

    @cached_property
    def unanalysed(self) -> np.ndarray:
        """The documents in a language that has no analyzer (computed once per index)."""
        return ~self.facets["lang"].mask(set(LANGUAGES), self.size)

    @cached_property
    def _value_counts(self) -> dict[str, np.ndarray]:
        return {}

    def values_per_document(self, facet: str) -> np.ndarray:
        """Return how many values of ``facet`` each document has (computed once per index)."""
        if facet not in self._value_counts:
            counts = np.bincount(self.facets[facet].documents, minlength=self.size)
            self._value_counts[facet] = counts
        return self._value_counts[facet]

    @cached_property
    def average_lengths(self) -> dict[str, float | None]:
        """Each field's mean length over the documents having it (None: no document has it),
        for BM25's length normalisation (computed once per index)."""
        return {
            field: float(lengths[lengths > 0].mean()) if lengths.any() else None
            for field, lengths in self.lengths.items()
        }

    def twins_of(self, mask: np.ndarray) -> np.ndarray:
        """Return the mask of the other-language versions of the documents in ``mask``."""
        found = np.zeros(self.size, dtype=bool)
        twins = self.twin[mask]
        found[twins[twins >= 0]] = True
        return found


def load_table(folder: Path) -> DocTable:
    """Load the table of the index generation in ``folder``."""
    data = json.loads((folder / "table.json").read_text(encoding="utf-8"))
    return build_table(data["rows"], data.get("lengths", {}))


def build_table(rows: list[list], lengths: dict[str, list[int]]) -> DocTable:
    columns = {name: [row[i] for row in rows] for i, name in enumerate(FIELDS)}
    size = len(rows)
    return DocTable(
        ids=tuple(columns["id"]),
        twin=_twins(columns),
        rank=_ranks(columns),
        facets={
            **{f: _column(f, [(v,) if v else () for v in columns[c]]) for f, c in SINGLE.items()},
            **{f: _column(f, columns[c]) for f, c in MULTI.items()},
        },
        lengths={
            field: np.asarray(lengths.get(field, [0] * size), dtype=np.float32)
            for field in LENGTH_FIELDS
        },
    )


def _twins(columns: dict[str, list]) -> np.ndarray:
    by_pair: dict[str, list[int]] = {}
    for number, pair in enumerate(columns["pair"]):
        by_pair.setdefault(pair, []).append(number)
    twin = np.full(len(columns["pair"]), -1, dtype=np.int32)
    for members in by_pair.values():
        for number in members:
            others = [m for m in members if columns["lang"][m] != columns["lang"][number]]
            if others:
                twin[number] = others[0]
    return twin


def _ranks(columns: dict[str, list]) -> np.ndarray:
    order = sorted(
        range(len(columns["id"])),
        key=lambda n: (
            tuple(-ord(ch) for ch in columns["date"][n]),
            columns["symbol"][n],
            columns["lang"][n],
            columns["order"][n],
        ),
    )
    rank = np.zeros(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return rank


def _column(name: str, per_document: list) -> FacetColumn:
    values: dict[str, int] = {}
    documents, codes = [], []
    for number, document_values in enumerate(per_document):
        for value in document_values:
            documents.append(number)
            codes.append(values.setdefault(value, len(values)))
    return FacetColumn(
        name=name,
        values=tuple(values),
        documents=np.asarray(documents, dtype=np.int32),
        codes=np.asarray(codes, dtype=np.int32),
    )
