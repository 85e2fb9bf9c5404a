"""A year range in the filters (``year=>=2009``, ``year=2009..2010``) is a box of its own.

The search core marks the years a range selects as selected; the facet form sent them back
as years, so ticking any other box turned "from 2009 on" into "2009 or 2010", which no longer
finds the sessions indexed later. The range is listed as its own ticked box ("≥ 2009"), the
years it selects are ticked and disabled (a disabled box is not sent): the form sends the
range as the address had it, and unticking it lets the years be chosen one by one.
"""

from __future__ import annotations

import dataclasses

from indexer.index.api import Facet, FacetValue
from indexer.index.facetvalues import RANGE, selects
from indexer.index.facetvalues import label as value_label


def with_ranges(facet: Facet, chosen: tuple[str, ...], ui_lang: str) -> tuple[Facet, set[str]]:
    """Return the year facet with each range of ``chosen`` (the selected values) listed as a
    value of its own, first, and the years the ranges alone select."""
    ranges = [value for value in chosen if RANGE in value] if facet.name == "year" else []
    if not ranges:
        return facet, set()
    listed = {value.value for value in facet.values}
    added = [
        FacetValue(
            wanted,
            value_label("year", wanted, ui_lang),
            sum(
                v.count
                for v in facet.values
                if RANGE not in v.value and selects("year", wanted, v.value)
            ),
            True,
        )
        for wanted in ranges
        if wanted not in listed
    ]
    covered = {
        value.value
        for value in facet.values
        if value.value not in chosen and any(selects("year", r, value.value) for r in ranges)
    }
    return dataclasses.replace(facet, values=(*added, *facet.values)), covered
