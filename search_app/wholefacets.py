"""A facet listed whole: "Show all" under a facet the search core cut to its most frequent values.

The search core lists at most 40 States, topics or documents (``facets.LIMITS``);
the others could not be reached from the page. ``/?…&all=state`` lists every
State of the search. The search core's interface has no request for a whole
facet, but it always lists a selected value, and counts a facet without its
own selection: asked again with every value of the facet selected, it gives
each value's count as the first search would, and all of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from indexer.enrich.states import known_states
from indexer.enrich.topics import topic_ids
from indexer.index.api import MAX_FILTER_VALUES, Facet, SearchEngine, SearchRequest, SearchResult
from indexer.index.facets import order_values

PARAMETER = "all"  # of the search page: ?all=state lists the State facet whole


def wanted_whole(names: Iterable[str]) -> frozenset[str]:
    """Return the facets asked for whole (``all=state``) that can be; others are ignored."""
    return frozenset(name for name in names if name in ("state", "topic", "symbol"))


def with_whole_facets(
    engine: SearchEngine, request: SearchRequest, result: SearchResult, names: frozenset[str]
) -> SearchResult:
    """Return ``result`` with the facets named in ``names`` that it cut listed whole."""
    if not any(f.truncated and f.name in names for f in result.facets):
        return result
    facets = tuple(
        _whole(engine, request, facet) if facet.truncated and facet.name in names else facet
        for facet in result.facets
    )
    return dataclasses.replace(result, facets=facets)


def _whole(engine: SearchEngine, request: SearchRequest, facet: Facet) -> Facet:
    selected = {v.value for v in facet.values if v.selected}
    found = {v.value: v for v in facet.values if v.selected}  # a selected value of count 0
    every = _every_value(engine, facet.name)
    for start in range(0, len(every), MAX_FILTER_VALUES):
        chunk = every[start : start + MAX_FILTER_VALUES]
        filters = {**request.filters, facet.name: chunk}
        again = engine.search(dataclasses.replace(request, filters=filters, page=1, size=1))
        for value in next(f for f in again.facets if f.name == facet.name).values:
            if value.count:
                found[value.value] = dataclasses.replace(value, selected=value.value in selected)
    return Facet(facet.name, tuple(order_values(facet.name, found.values())), truncated=False)


def _every_value(engine: SearchEngine, name: str) -> tuple[str, ...]:
    if name == "state":
        return tuple(sorted(known_states()))
    if name == "topic":
        return tuple(topic_ids())
    return tuple(sorted({meta["symbol"] for meta in engine.documents()}))
