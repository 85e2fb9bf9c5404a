"""The JSON shape of search results, shared by the command line and the web API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..divisions import Division
from ..models import cite_json
from .api import FACETS, Facet, Hit, SearchResult

if TYPE_CHECKING:
    from ..resolve import Resolution


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


def cited_result(hits: Sequence[Hit], page: int, size: int) -> SearchResult:
    """Return the paragraphs a citation alone names as the page ``page`` of a search's results
    (the web page opens them): no search was run, so nothing is ranked, and every facet is
    listed without values."""
    start = (page - 1) * size
    return SearchResult(
        total=len(hits),
        page=page,
        size=size,
        hits=tuple(hits[start : start + size]),
        facets=tuple(Facet(name, ()) for name in FACETS),
        ranked=False,
    )


def citation_json(kind: str, found: Resolution, searched: str | None) -> dict[str, Any]:
    """Return how a search read the citation in its query: the ``citation`` of the web API's
    search answer and of ``python -m indexer search --json``.

    Args:
        kind: ``found``; ``outside`` (a paragraph, page or part the document lacks);
            ``unknown`` (a document the collection lacks); ``job`` (a link by job number,
            which names no symbol); ``record`` (a link to a UN Digital Library record);
            ``back`` ("Ibid., para. 33" typed without a symbol); ``typed-job`` (a job number
            typed, "V.10-51112"); ``titled`` (no symbol, the words one document's title).
        found: the search core's reading of the citation (its English message and notes).
        searched: the query whose results are the hits; None when they are the paragraphs
            the citation names, or none.
    """
    return {
        "kind": kind,
        "symbol": found.symbol,
        "message": found.message,
        "notes": list(found.notes),
        "suggestions": [{"symbol": s, "url": document_url(s)} for s in found.suggestions],
        "searched": searched,
        "division": division_json(found),
    }


def division_json(found: Resolution) -> dict[str, Any] | None:
    """Return the chapter or section a citation named ("chap. IV, sect. D"), found or not:
    its numbers, its label, its heading and the paragraphs it holds, or what is missing and
    what the document has there; None when the citation named none."""
    if not (found.chapter or found.section):
        return None
    named = Division(found.chapter, found.section, found.subsection)
    return {
        "chapter": found.chapter,
        "section": found.section,
        "subsection": found.subsection,
        "label": named.label,
        "heading": found.heading,
        "paragraph_range": list(found.paragraph_range) if found.paragraph_range else None,
        "lacking": found.lacking_part,
        "available": list(found.available_parts),
    }
