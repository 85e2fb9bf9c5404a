"""Exports of a search's results, all pages of them: ``/export.csv`` and ``/export.json``.

They take the parameters of ``/api/search`` (``page`` and ``size`` are ignored,
a query is cut to its first 1,000 characters as on pages), refuse any other as it
does (400 naming it: ``stat=ITA`` had exported the whole collection), and hold at
most ``EXPORT_LIMIT`` paragraphs (10,000); when a search has more, the response
says so (``X-Export-Notice`` header; ``truncated`` and ``notice`` in JSON).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator

from flask import Blueprint, Response, current_app, request, stream_with_context

from indexer.index.api import MAX_PAGE_SIZE, Hit
from indexer.index.serialize import hit_json, paragraph_url

from .citation_text import citation
from .engine import get_engine
from .i18n import ui_language
from .params import SearchParams, parse, refuse_unknown
from .search import lookup_of, page_search

bp = Blueprint("export", __name__)

COLUMNS = (
    "citation",
    "symbol",
    "lang",
    "paragraph",
    "anchor",
    "date",
    "agenda_item",
    "agenda_title",
    "section",
    "kind",
    "states",
    "topics",
    "url",
    "text",
)


@bp.route("/export.csv")
def as_csv():
    params = _search_params()
    total, hits = _all_hits(params)
    root = request.host_url.rstrip("/")

    def rows() -> Iterator[str]:
        yield "\ufeff"  # byte-order mark: spreadsheets then read the file as UTF-8
        yield _line(COLUMNS)
        for hit in hits:
            yield _line(_row(hit, root))

    return _attachment(Response(stream_with_context(rows()), mimetype="text/csv"), "csv", total)


@bp.route("/export.json")
def as_json():
    params = _search_params()
    total, hits = _all_hits(params)
    limit = current_app.config["EXPORT_LIMIT"]
    body = {
        "query": {"q": params.q, "filters": params.filter_map, "sort": params.sort},
        "total": total,
        "exported": min(total, limit),
        "truncated": total > limit,
        "notice": _notice(total),
        "hits": [hit_json(hit) | {"citation": citation(hit)} for hit in hits],
    }
    return _attachment(current_app.json.response(body), "json", total)


def _search_params() -> SearchParams:
    """Read the search of an export: the parameters of /api/search, any other refused (as the
    API does); a query past 1,000 characters is cut, as on the page whose link it is."""
    args = _without_paging(request.args)
    refuse_unknown(args)
    return parse(args)


def _without_paging(args):
    """Drop ``page`` and ``size``: an export holds every page, whatever they say."""
    kept = args.copy()
    kept.poplist("page")
    kept.poplist("size")
    return kept


def _all_hits(params: SearchParams) -> tuple[int, list[Hit]]:
    """Return the total of the search its page shows and its hits up to the export limit, in
    order (a citation not followed is searched as the page searches it)."""
    engine, limit, ui = get_engine(), current_app.config["EXPORT_LIMIT"], ui_language()
    searched = page_search(params, ui, lookup_of(params, ui))
    if searched.searched is None:  # the paragraphs a citation names (the page opens them)
        return len(searched.named), list(searched.named[:limit])
    hits: list[Hit] = []
    page, total = 1, None
    while total is None or len(hits) < min(total, limit):
        wanted = dataclasses.replace(searched.wanted, page=page, size=MAX_PAGE_SIZE)
        result = engine.search(wanted)
        total = result.total
        if not result.hits:
            break
        hits.extend(result.hits)
        page += 1
    return total or 0, hits[:limit]


def _notice(total: int) -> str | None:
    limit = current_app.config["EXPORT_LIMIT"]
    if total <= limit:
        return None
    return (
        f"This search has {total} paragraphs; the export holds the first {limit}. "
        "Narrow the search (filters) to export the rest."
    )


def _attachment(response: Response, extension: str, total: int) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="search-results.{extension}"'
    response.headers["X-Total-Count"] = str(total)
    notice = _notice(total)
    if notice:
        response.headers["X-Export-Notice"] = notice
    return response


def _row(hit: Hit, root: str) -> list[str]:
    return [
        citation(hit),
        hit.symbol,
        hit.lang,
        "" if hit.paragraph is None else str(hit.paragraph),
        hit.anchor,
        hit.date or "",
        str(hit.agenda_item.number) if hit.agenda_item else "",
        hit.agenda_item.title if hit.agenda_item else "",
        " > ".join(hit.section),
        hit.kind,
        ";".join(hit.states),
        ";".join(hit.topics),
        root + paragraph_url(hit.symbol, hit.lang, hit.anchor),
        hit.text,
    ]


def _line(values) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()
