"""Facet counts for the current query: OR within a facet, AND across facets.

A facet is counted over the paragraphs that match the query and every other
facet's selection — not its own — so that its other values keep their counts
and can be added to the selection. Multi-valued facets (States, topics) count
each value of a paragraph. Counting is array arithmetic on the document table.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ..textnorm import fold
from .api import FACETS, Facet, FacetValue
from .doctable import DocTable
from .facetvalues import agenda_number, agenda_session, label, normalise_all, selects, selects_any

LIMITS = {"state": 40, "topic": 40, "symbol": 40}  # values shown before "truncated"


def count_facets(
    table: DocTable,
    universe: np.ndarray,
    selected: Mapping[str, np.ndarray],
    filters: Mapping[str, tuple[str, ...]],
    ui_lang: str,
) -> tuple[Facet, ...]:
    """Return every facet with its value counts."""
    shared = _restrict(universe, selected, without=None)
    facets = []
    for name in FACETS:
        base = _restrict(universe, selected, without=name) if name in selected else shared
        counts = table.facets[name].counts(base)
        chosen = {c for v in filters.get(name, ()) for c in normalise_all(name, v)}
        facets.append(_facet(name, counts, chosen, ui_lang))
    return tuple(facets)


def _restrict(universe: np.ndarray, selected, without: str | None) -> np.ndarray:
    documents = universe
    for name, mask in selected.items():
        if name != without:
            documents = documents & mask
    return documents


def _facet(name: str, counts: dict[str, int], chosen: set[str], ui_lang: str) -> Facet:
    # (value, count, selected) first, labelled once the values shown are known: a facet of
    # hundreds of values (the symbols) shows 40
    values = [
        (value, count, bool(chosen) and selects_any(name, chosen, value))
        for value, count in counts.items()
    ]
    values += [(w, 0, True) for w in chosen if not any(selects(name, w, value) for value in counts)]
    limit = LIMITS.get(name)
    truncated = limit is not None and len(values) > limit
    if truncated:
        # The values kept must not depend on the interface language: ties at the cut are
        # decided by the value (the code), not the label ("EST" was kept in English and left
        # out in French, where "Estonie" sorts after the 40th label).
        cut = {v[0] for v in sorted(values, key=lambda v: (-v[1], v[0]))[:limit]}
        values = [v for v in values if v[0] in cut or v[2]]
    labelled = [FacetValue(v, label(name, v, ui_lang), n, picked) for v, n, picked in values]
    return Facet(name, tuple(order_values(name, labelled)), truncated=truncated)


def order_values(name: str, values) -> list[FacetValue]:
    """Return a facet's values in display order: years newest first, agenda items by session
    and number, the others most frequent first, then by label."""
    return sorted(values, key=_order(name))


def _order(name: str):
    if name == "year":
        return lambda v: -int(v.value) if v.value.isdigit() else 0
    if name == "agenda":  # the latest session first, then item by item
        return lambda v: (
            tuple(-ord(ch) for ch in agenda_session(v.value)),
            int(number) if (number := agenda_number(v.value)).isdigit() else 99,
        )
    return lambda v: (-v.count, fold(v.label))  # "Égypte" among the E, not after "Zambie"
