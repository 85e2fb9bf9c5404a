"""The JSON shape of search results, shared by the command line and the web API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from ..models import cite_json
from .api import Hit, SearchResult


def paragraph_url(symbol: str, lang: str, anchor: str) -> str:
    """Return the stable path of a paragraph: ``/doc/CTOC/COP/WG.4/2010/6/fr/32``."""
    return f"/doc/{quote(symbol, safe='/.')}/{lang}/{quote(anchor)}"


def document_url(symbol: str, lang: str | None = None) -> str:
    base = f"/doc/{quote(symbol, safe='/.')}"
    return f"{base}/{lang}" if lang else base


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "symbol": hit.symbol,
        "lang": hit.lang,
        "paragraph": hit.paragraph,
        "anchor": hit.anchor,
        "text": hit.text,
        "highlight": hit.highlight,
        "section": list(hit.section),
        "agenda_item": asdict(hit.agenda_item) if hit.agenda_item else None,
        "kind": hit.kind,
        "states": list(hit.states),
        "topics": list(hit.topics),
        "url": paragraph_url(hit.symbol, hit.lang, hit.anchor),
        "score": round(hit.score, 4),
        "date": hit.date,
        "title": hit.title,
        "page": hit.page,
        "last_page": hit.last_page,
        "footnotes": [{"mark": m, "text": t} for m, t in hit.footnotes],
        "via_other_language": hit.twin,
        "note_highlight": (
            {"mark": hit.note_highlight[0], "highlight": hit.note_highlight[1]}
            if hit.note_highlight
            else None
        ),
        "cites": [cite_json(c) for c in hit.cites],
    }


def result_json(result: SearchResult) -> dict[str, Any]:
    return {
        "total": result.total,
        "page": result.page,
        "size": result.size,
        "hits": [hit_json(h) for h in result.hits],
        "facets": {
            facet.name: [asdict(value) for value in facet.values] for facet in result.facets
        },
        "facets_truncated": [f.name for f in result.facets if f.truncated],
        "did_you_mean": result.did_you_mean,
        "notices": [notice.as_json() for notice in result.notices],
        "ranked": result.ranked,
    }
