"""Facet counts for the current query: OR within a facet, AND across facets.

A facet with selected values is counted on the query filtered by every other
facet but itself, so that its other values keep their counts and can be added
to the selection; facets without a selection share one counting pass.
Multi-valued facets (States, topics) count each value of a paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping

from whoosh import query as wq
from whoosh import sorting

from .api import FACETS, Facet, FacetValue
from .facetvalues import facet_term, label, normalise

LIMITS = {"state": 40, "topic": 40, "symbol": 40}  # values shown before "truncated"
MULTI = {"state", "topic"}


def filter_query(
    filters: Mapping[str, tuple[str, ...]], without: str | None = None
) -> wq.Query | None:
    """Return the query selecting paragraphs that match every facet filter (but ``without``)."""
    parts = []
    for name, values in filters.items():
        if name == without or not values:
            continue
        terms = [facet_term(name, value) for value in values]
        parts.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def count_facets(searcher, query: wq.Query, filters, ui_lang: str) -> tuple[Facet, ...]:
    """Return every facet with its value counts for ``query`` under ``filters``."""
    counts: dict[str, dict[str, int]] = {}
    shared = [name for name in FACETS if not filters.get(name)]
    if shared:
        counts.update(_count(searcher, query, filter_query(filters), shared))
    for name in FACETS:
        if filters.get(name):
            counts.update(_count(searcher, query, filter_query(filters, without=name), [name]))
    return tuple(
        _facet(name, counts.get(name, {}), filters.get(name, ()), ui_lang) for name in FACETS
    )


def _count(searcher, query, filter_q, names: list[str]) -> dict[str, dict[str, int]]:
    groups = {
        name: sorting.FieldFacet(name, allow_overlap=name in MULTI, maptype=sorting.Count)
        for name in names
    }
    results = searcher.search(query, filter=filter_q, groupedby=groups, limit=1, terms=False)
    return {name: {_text(v): n for v, n in results.groups(name).items() if v} for name in names}


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _facet(name: str, counts: dict[str, int], selected: tuple[str, ...], ui_lang: str) -> Facet:
    chosen = {normalise(name, v) for v in selected} - {None}
    values = [
        FacetValue(value, label(name, value, ui_lang), count, value in chosen)
        for value, count in counts.items()
    ]
    values += [FacetValue(v, label(name, v, ui_lang), 0, True) for v in chosen if v not in counts]
    order = _order(name)
    values.sort(key=order)
    limit = LIMITS.get(name)
    if limit is not None and len(values) > limit:
        kept = values[:limit] + [v for v in values[limit:] if v.selected]
        return Facet(name, tuple(kept), truncated=True)
    return Facet(name, tuple(values))


def _order(name: str):
    if name == "year":
        return lambda v: -int(v.value) if v.value.isdigit() else 0
    if name == "agenda":
        return lambda v: int(v.value) if v.value.isdigit() else 99
    return lambda v: (-v.count, v.label.lower())
