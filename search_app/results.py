"""What the search page shows around the hits: facets with toggle links, active filters, pages.

Facets keep Datasette's shape: ``{name, title, values: [{value, label, count,
selected, toggle_url}], truncated}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import url_for

from indexer.index.api import MAX_PAGE, Facet, SearchResult
from indexer.index.facetvalues import agenda_session, agenda_value
from indexer.index.facetvalues import label as value_label
from indexer.symbols import session_of

from .i18n import ui_language
from .labels import facet_title
from .params import SearchParams
from .wholefacets import PARAMETER
from .yearranges import with_ranges


@dataclass(frozen=True)
class FacetValueView:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str
    detail: str | None = None  # e.g. the title of a document or of an agenda item
    detail_lang: str | None = None  # the language of the detail (the document's)
    covered: bool = False  # a year selected by a range of the filters: ticked, not a choice


@dataclass(frozen=True)
class FacetView:
    name: str
    title: str
    values: tuple[FacetValueView, ...]
    truncated: bool
    whole_url: str | None = None  # the page with this facet listed whole, when it is cut
    whole: bool = False  # listed whole on request (?all=state)


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    title: str
    value: str
    label: str
    remove_url: str


def search_url(params: SearchParams, endpoint: str = "search.index") -> str:
    query = params.query_string()
    return url_for(endpoint) + (f"?{query}" if query else "")


Details = Mapping[tuple[str, str], tuple[str | None, str | None]]  # (detail, its language)


def facet_views(
    result: SearchResult,
    params: SearchParams,
    details: Details | None = None,
    whole: frozenset[str] = frozenset(),
    sessions: frozenset[str] = frozenset(),
) -> tuple[FacetView, ...]:
    """Return the facets to show, selected values first, each value with its toggle URL;
    ``whole``: the facets listed whole on request; ``sessions``: the sessions of the
    collection's documents (``session_of``), whose agenda items are told apart."""
    details = details or {}
    return tuple(
        _facet_view(facet, params, details, facet.name in whole, sessions)
        for facet in result.facets
        if facet.values
    )


def _facet_view(
    facet: Facet, params: SearchParams, details: Details, whole: bool, sessions: frozenset[str]
) -> FacetView:
    if facet.name == "agenda":
        details = _with_sessions(facet, details, sessions)
    facet, covered = with_ranges(facet, params.filter_map.get(facet.name, ()), ui_language())
    values = tuple(
        FacetValueView(
            value.value,
            value.label,
            value.count,
            value.selected,
            search_url(params.with_filter(facet.name, value.value, not value.selected)),
            *details.get((facet.name, value.value), (None, None)),
            covered=value.value in covered,
        )
        for value in sorted(facet.values, key=lambda v: not v.selected)
    )
    whole_url = None
    if facet.truncated:
        query = urlencode([*params.items(), (PARAMETER, facet.name)])
        whole_url = f"{url_for('search.index')}?{query}#facet-{facet.name}"
    return FacetView(facet.name, facet_title(facet.name), values, facet.truncated, whole_url, whole)


def _with_sessions(facet: Facet, details: Details, sessions: frozenset[str]) -> Details:
    """Return the details of an agenda facet's values starting with their session, when it
    lists items of more than one session or the collection holds documents of several ("Item
    40" of A/RES/48/161, shown without a word under the Working Group's items, or alone, was
    read as the Working Group's item 40)."""
    if len({agenda_session(v.value) for v in facet.values} - {""} | sessions) < 2:
        return details
    shown = dict(details)
    for value in facet.values:
        session = agenda_session(value.value)
        if session:
            title, lang = details.get(("agenda", value.value), (None, None))
            shown[("agenda", value.value)] = (f"{session} · {title}" if title else session, lang)
    return shown


def collection_sessions(documents: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """Return the sessions of the collection's documents (``CTOC/COP/WG.4/2010``, ``A/RES/48``)."""
    return frozenset(session_of(meta["symbol"]) for meta in documents)


def facet_details(documents: Iterable[Mapping[str, Any]], ui_lang: str) -> Details:
    """Return the titles shown under document and agenda-item facet values.

    A document's title is taken in the interface language when the corpus has
    that version. An agenda item (numbered per session: the facet's values are
    ``session:number``) gets its title from a document of its session, in the
    interface language when there is one (the facet view puts the session
    before it when the facet lists items of several sessions).
    """
    titles: dict[str, tuple[str, str]] = {}
    agenda: dict[str, tuple[str, str]] = {}
    for meta in sorted(documents, key=lambda m: m["lang"] != ui_lang):
        symbol, lang = meta["symbol"], meta["lang"]
        if meta.get("title") and symbol not in titles:
            titles[symbol] = (meta["title"], lang)
        for item in meta.get("agenda") or ():
            agenda.setdefault(agenda_value(symbol, item["number"]), (item["title"], lang))
    details: dict[tuple[str, str], tuple[str, str]] = {
        ("symbol", symbol): title for symbol, title in titles.items()
    }
    details |= {("agenda", value): title for value, title in agenda.items()}
    return details


def active_filters(
    result: SearchResult, params: SearchParams, sessions: frozenset[str] = frozenset()
) -> tuple[ActiveFilter, ...]:
    """Return the filters of the search, each with the URL that removes it; ``sessions``: as
    for :func:`facet_views`."""
    labels = {(f.name, v.value): v.label for f in result.facets for v in f.values}
    listed = {agenda_session(value) for name, value in labels if name == "agenda"} - {""}
    if len(listed | sessions) > 1:  # "Item 2" of which meeting
        for key in [key for key in labels if key[0] == "agenda" and agenda_session(key[1])]:
            labels[key] = f"{labels[key]} · {agenda_session(key[1])}"
    return tuple(
        ActiveFilter(
            name,
            facet_title(name),
            value,
            labels.get((name, value)) or value_label(name, value, ui_language()),
            search_url(params.with_filter(name, value, False)),
        )
        for name, values in params.filters
        for value in values
    )


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: a gap ("…")
    url: str | None
    current: bool = False


def page_count(result: SearchResult) -> int:
    return min(MAX_PAGE, -(-result.total // result.size)) if result.total else 0


def page_links(result: SearchResult, params: SearchParams) -> tuple[PageLink, ...]:
    """Return the links of the results' pager."""
    return pager(params.page, page_count(result), lambda n: search_url(params.replace(page=n)))


def pager(current: int, last: int, url: Callable[[int], str]) -> tuple[PageLink, ...]:
    """Return the links of a pager: first, last, and two pages either side of the current."""
    if last <= 1:
        return ()
    shown = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    links: list[PageLink] = []
    for number in shown:
        if links and links[-1].number is not None and number - links[-1].number > 1:
            links.append(PageLink(None, None))
        links.append(PageLink(number, url(number), number == current))
    return tuple(links)
