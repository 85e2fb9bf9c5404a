"""Facet counts of the search core (indexer.index.facets): which values a cut facet keeps."""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from indexer.index.facets import LIMITS


def state_values(engine, q: str, ui_lang: str, **filters) -> dict[str, int]:
    result = engine.search(SearchRequest(q=q, filters=filters, size=1, ui_lang=ui_lang))
    facet = next(f for f in result.facets if f.name == "state")
    assert facet.truncated and len(facet.values) >= LIMITS["state"]
    return {v.value: v.count for v in facet.values}


@pytest.mark.parametrize("q", ["traite", "enfants OR children", ""])
def test_a_cut_facet_keeps_the_same_values_in_either_interface_language(engine, q):
    """Before, ties at the cut were ordered by label: for "traite", Estonia was among the 40
    States listed in English and not in French, where "Estonie" sorts after the 40th."""
    assert state_values(engine, q, "en") == state_values(engine, q, "fr")


def test_a_cut_facet_shows_its_values_by_count_then_by_label(engine):
    result = engine.search(SearchRequest(q="traite", size=1, ui_lang="fr"))
    values = next(f for f in result.facets if f.name == "state").values
    from indexer.textnorm import fold

    assert [(-v.count, fold(v.label)) for v in values] == sorted(
        (-v.count, fold(v.label)) for v in values
    )


def test_a_selected_value_past_the_cut_is_kept(engine):
    whole = state_values(engine, "traite", "en")
    result = engine.search(SearchRequest(q="traite", size=1, filters={"state": ("ZWE",)}))
    listed = {v.value for v in next(f for f in result.facets if f.name == "state").values}
    assert "ZWE" in listed and set(whole) <= listed
