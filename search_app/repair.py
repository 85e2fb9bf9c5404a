"""The way back from a search the app refused (400): the same search without what was wrong.

A search page or an export whose address has a bad value (``state=Atlantis``, a
21st value where the search takes fewer, ``page=0``) answers 400; its page links
to the same search — the query, the other filters, the sort kept — without the
offending values, so that a reader is never left at a dead end.
"""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from indexer.index.api import FACETS

from .params import MAX_VALUES, SCALARS, ParamError, SearchParams, parse


def without_fault(args: MultiDict, error: ParamError) -> MultiDict:
    """Return ``args`` without what ``error`` refused: the facet value it names, the values of
    a facet past the limit (the last ones: a box just ticked comes after the others), the second
    of a setting given twice, or a setting with a bad value."""
    kept = MultiDict(args.items(multi=True))
    name = error.parameter
    values = kept.getlist(name)
    if name in FACETS and "value" in error.values:
        kept.setlist(name, [v for v in values if v.strip() != error.values["value"]])
    elif name in FACETS:
        kept.setlist(name, [v for v in values if v.strip()][:MAX_VALUES])
    elif name in (*SCALARS, "ui") and len(values) > 1:
        kept.setlist(name, values[:1])
    else:
        kept.poplist(name)
    return kept


def search_without_faults(args: MultiDict, error: ParamError) -> SearchParams:
    """Return the search ``args`` ask for, without what ``error`` refused nor anything else
    the search would refuse (an address may have several bad values)."""
    for _attempt in range(len(list(args.items(multi=True))) + 1):
        args = without_fault(args, error)
        try:
            return parse(args, page_limit=None)
        except ParamError as another:
            error = another
    return SearchParams()  # a search that cannot be mended: the search page
