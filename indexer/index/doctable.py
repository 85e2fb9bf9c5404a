"""The engine's document table: facet values, twins and document order, by document number.

Written by the build beside the Whoosh index (``table.json``, one row per
document number) and loaded once per index generation. Facet filters and
counts are set operations on it, which is much faster than asking Whoosh to
group every matching document; twins (the same paragraph in the other
language) and document order are array look-ups.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

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
)
SINGLE = {"lang": "lang", "symbol": "symbol", "year": "year", "kind": "kind", "agenda": "agenda"}
MULTI = {"state": "states", "topic": "topics"}


@dataclass(frozen=True)
class DocTable:
    ids: tuple[str, ...]
    twin: tuple[int, ...]  # document number of the other-language version, or -1
    rank: tuple[int, ...]  # position in document order (newest documents first)
    order: tuple[int, ...]  # document numbers in document order
    postings: Mapping[str, Mapping[str, frozenset[int]]]  # facet -> value -> documents
    values: Mapping[str, tuple[tuple[str, ...], ...]]  # facet -> document -> its values

    @property
    def size(self) -> int:
        return len(self.ids)

    def select(self, name: str, values: Iterable[str]) -> frozenset[int]:
        """Return the documents having any of ``values`` for facet ``name``."""
        found: set[int] = set()
        for value in values:
            found |= self.postings.get(name, {}).get(value, frozenset())
        return frozenset(found)

    def twins(self, documents: Iterable[int]) -> set[int]:
        return {t for d in documents if (t := self.twin[d]) >= 0}


def load_table(folder: Path) -> DocTable:
    """Load the table of the index generation in ``folder``."""
    rows = json.loads((folder / "table.json").read_text(encoding="utf-8"))
    return build_table(rows)


def build_table(rows: list[list]) -> DocTable:
    columns = {name: [row[i] for row in rows] for i, name in enumerate(FIELDS)}
    by_pair: dict[str, list[int]] = {}
    for number, pair in enumerate(columns["pair"]):
        by_pair.setdefault(pair, []).append(number)
    twin = [-1] * len(rows)
    for members in by_pair.values():
        for number in members:
            others = [m for m in members if columns["lang"][m] != columns["lang"][number]]
            twin[number] = others[0] if others else -1
    order = sorted(
        range(len(rows)),
        key=lambda n: (
            _descending(columns["date"][n]),
            columns["symbol"][n],
            columns["lang"][n],
            columns["order"][n],
        ),
    )
    rank = [0] * len(rows)
    for position, number in enumerate(order):
        rank[number] = position
    values: dict[str, tuple[tuple[str, ...], ...]] = {}
    for facet, column in SINGLE.items():
        values[facet] = tuple((v,) if v else () for v in columns[column])
    for facet, column in MULTI.items():
        values[facet] = tuple(tuple(v) for v in columns[column])
    return DocTable(
        ids=tuple(columns["id"]),
        twin=tuple(twin),
        rank=tuple(rank),
        order=tuple(order),
        postings={facet: _invert(per_doc) for facet, per_doc in values.items()},
        values=values,
    )


def _descending(date: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in date)


def _invert(per_doc: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[int]]:
    inverted: dict[str, set[int]] = {}
    for number, values in enumerate(per_doc):
        for value in values:
            inverted.setdefault(value, set()).add(number)
    return {value: frozenset(numbers) for value, numbers in inverted.items()}
