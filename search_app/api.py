"""The JSON API (``/api/…``): the same search core as the pages, for programs.

Errors are JSON too (see :mod:`search_app.errors`): 400 names the bad
parameter, 404 says what is missing. Messages are in English.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request, url_for

from indexer.citation_resolution import Resolution
from indexer.index.api import MAX_QUERY_LENGTH, DocumentInfo, Hit
from indexer.index.serialize import (
    citation_json,
    cited_result,
    division_json,
    document_url,
    hit_json,
    paragraph_url,
    result_json,
)
from indexer.resolve import EXAMPLE, Unsymbolled, resolve
from indexer.resolve_parts import with_division_item
from indexer.symbols import canonical
from indexer.typed_language import typed_language

from .addresses import canonical_anchor, canonical_language
from .citation_text import UNDOCS, citation, resolved_reference
from .citations import Lookup, target_url
from .engine import get_engine
from .i18n import LANGUAGES, ui_language
from .params import API_PARAMS, N_, ParamError, parse
from .search import PageSearch, lookup_of, page_search

CITE_PARAMS = ("ref", "lang", "ui")
# The parameters of each endpoint; the others take ``ui`` alone.
ENDPOINT_PARAMS = {"api.search": API_PARAMS, "api.cite": CITE_PARAMS}

bp = Blueprint("api", __name__, url_prefix="/api")


def _get(rule: str):
    """Route ``rule`` for GET (and HEAD) only. Flask would also answer OPTIONS by itself, with
    an empty text/html 200; here every method but GET is a JSON 405, as docs/api.md says."""
    return bp.route(rule, methods=["GET"], provide_automatic_options=False)


@bp.before_request
def _check_parameters() -> None:
    """Refuse a parameter the endpoint does not take (``/api/documents?foo=1`` answered 200
    while ``/api/search`` and ``/api/cite`` refused it), and a bad ``ui``."""
    known = ENDPOINT_PARAMS.get(request.endpoint or "", ("ui",))
    for name in request.args:
        if name not in known:
            raise ParamError(name, N_("unknown parameter %(name)s; valid: %(valid)s"), known)
    for value in request.args.getlist("ui"):
        if value not in LANGUAGES:
            raise ParamError(
                "ui", N_("unknown %(name)s %(value)r; valid: %(valid)s"), LANGUAGES, value=value
            )


@_get("/search")
def search():
    """Search as the search page does: a citation in ``q`` is read as the page reads it
    (:func:`search_app.search.page_search`), and said in ``citation``."""
    params = parse(request.args, strict=True)
    ui = ui_language()
    lookup = lookup_of(params, ui)
    searched = page_search(params, ui, lookup)
    if searched.searched is None:  # the paragraphs a citation names, or the notice alone
        result = cited_result(searched.named, params.page, params.size)
    else:
        result = get_engine().search(searched.wanted)
    return result_json(result) | {"citation": _citation_json(searched, lookup)}


def _citation_json(searched: PageSearch, lookup: Lookup | None) -> dict[str, Any] | None:
    """Return how the search page reads a citation in the query, for programs; None when the
    query is no citation."""
    cited = searched.cited
    if cited is None:
        return None
    if lookup is None:  # a link by job number, an "Ibid.": cited.symbol is what it names
        found = Unsymbolled(cited.kind, cited.symbol).resolution()
    else:
        found = lookup.found
    said = citation_json(cited.kind, found, searched.searched)
    return said | {"division": with_division_item(said["division"], found)}


@_get("/documents")
def documents():
    """List every document version in the index."""
    items = [
        {**_info_json(meta), "url": document_url(meta["symbol"], meta["lang"])}
        for meta in get_engine().documents()
    ]
    return {"documents": items}


@_get("/documents/<path:symbol>")
def document(symbol: str):
    found = _document(symbol)
    return {
        "symbol": found.symbol,
        "url": document_url(found.symbol),
        "versions": {
            lang: {**_info_json(info), "url": document_url(found.symbol, lang)}
            for lang, info in found.versions.items()
        },
        "paragraphs": {
            lang: [hit_json(hit) for hit in hits] for lang, hits in found.paragraphs.items()
        },
    }


@_get("/paragraphs/<path:symbol>/<lang:lang>/<anchor:anchor>")
def paragraph(symbol: str, lang: str, anchor: str):
    found = _document(symbol)
    if lang not in found.versions:
        abort(
            404, f"No version of {found.symbol} in {lang!r}; it has: {', '.join(found.versions)}."
        )
    hits = found.paragraphs.get(lang, ())
    hit = next((h for h in hits if h.anchor == anchor), None)
    if hit is None:
        abort(404, f"No paragraph {anchor} in {found.symbol} ({lang}).")
    twins = {
        other: paragraph_url(found.symbol, other, anchor)
        for other, found_hits in found.paragraphs.items()
        if other != lang and any(h.anchor == anchor for h in found_hits)
    }
    return _paragraph_json(hit, twins)


@_get("/paragraphs/<path:address>")
def misaddressed_paragraph(address: str):
    """Say what is wrong with a paragraph's address that the route above cannot read: a
    language not in two lower-case letters (``EN``), an anchor of no known form (``%00``),
    no language and anchor at all. It had answered "No such API endpoint"."""
    head, _sep, anchor = address.rpartition("/")
    symbol, _sep, lang = head.rpartition("/")
    found = _find(symbol) if symbol else None
    if found is None:
        whole = _find(address) or _find(head)  # the language and anchor left out, or the anchor
        if whole is not None:
            examples = (
                f", such as /api/paragraphs/{whole.symbol}/{lang}/{hits[0].anchor}"
                for lang, hits in whole.paragraphs.items()
                if hits
            )
            abort(
                404,
                f"A paragraph's address ends with its language and anchor: "
                f"/api/paragraphs/{whole.symbol}/<lang>/<anchor>{next(examples, '')}.",
            )
        abort(404, f"No document {symbol or address}.")
    language, named = canonical_language(lang), canonical_anchor(anchor)
    if language in found.versions and named is not None:  # "FR", "PP3": as symbols, any case
        address = url_for(".paragraph", symbol=found.symbol, lang=language, anchor=named)
        body = {"status": 301, "error": "Moved Permanently", "url": address}
        return (
            jsonify(body | {"message": f"The paragraph's address is {address}."}),
            301,
            {"Location": address},
        )
    if lang not in found.versions:
        have = ", ".join(found.versions)
        abort(404, f"No version of {found.symbol} in {lang!r}; it has: {have}.")
    abort(
        404,
        f"No paragraph {anchor!r} in {found.symbol} ({lang}): an anchor is a paragraph number "
        "(32) or one of the forms pp3, annexII-3, res5.2-1, art6-2, table1, figure1, box2.",
    )


@_get("/cite")
def cite():
    """Resolve a typed citation (``?ref=CTOC/COP/WG.4/2010/6, para. 32``) to its paragraphs."""
    ref, lang = _cite_params()
    engine = get_engine()
    found = resolve(engine, ref, lang)
    if found.status == 400:
        body = {"status": 400, "error": "Bad Request", "message": found.message}
        return jsonify(body | {"parameter": "ref", "ref": ref}), 400
    if found.status == 404:
        return jsonify(_missing_json(ref, found)), 404
    assert found.symbol is not None
    url = target_url(engine, found, found.language or lang)  # "… para. 68 (fr)": that version
    first = found.hits[0] if found.hits else None
    wanted = found.language or request.args.get("lang")  # asked for, not the interface's
    document = engine.document(found.symbol)
    lacking = wanted if wanted and document and wanted not in document.versions else None
    return {
        **_asked(ref, found),
        "missing_version": lacking,  # the version asked for, which the collection lacks
        "subitem": found.subitem,
        "citation": resolved_reference(found),
        "url": url,
        "document_url": url if first is None else _in_document(first),
        "hits": [_paragraph_json(hit) for hit in found.hits],
        "notes": list(found.notes),
    }


def _cite_params() -> tuple[str, str]:
    """Return the citation and the language wanted (default: the interface's).

    Raises:
        ParamError: an unknown parameter, ``ref`` missing, repeated or too long, a bad ``lang``.
    """
    for name in request.args:
        if name not in CITE_PARAMS:
            raise ParamError(name, N_("unknown parameter %(name)s; valid: %(valid)s"), CITE_PARAMS)
        if len(request.args.getlist(name)) > 1:
            raise ParamError(name, N_("%(name)s is given more than once"))
    ref = request.args.get("ref", "")
    if not ref.strip():
        raise ParamError(
            "ref", N_("%(name)s is missing: give a citation such as %(example)s"), example=EXAMPLE
        )
    if len(ref) > MAX_QUERY_LENGTH:
        raise ParamError(
            "ref", N_("%(name)s is longer than %(limit)s characters"), limit=MAX_QUERY_LENGTH
        )
    # not named: the language the citation's words are in ("par. 32"), else the interface's
    lang = request.args.get("lang", typed_language(ref) or ui_language())
    if lang not in LANGUAGES:
        raise ParamError(
            "lang", N_("unknown %(name)s %(value)r; valid: %(valid)s"), LANGUAGES, value=lang
        )
    return ref, lang


def _asked(ref: str, found: Resolution) -> dict[str, Any]:
    """Return what a citation asked for, as both the found and the missing answers give it."""
    return {
        "ref": ref,
        "symbol": found.symbol,
        "paragraphs": list(found.paragraphs),
        "preambular": list(found.preambular),
        "annex": found.annex,
        "annexed": list(found.annexed),
        "act": found.act,
        "in_act": list(found.in_act),
        "tables": list(found.tables),
        "boxes": list(found.boxes),
        "figures": list(found.figures),
        "pages": list(found.pages),
        "footnotes": list(found.footnotes),
        "division": with_division_item(division_json(found), found),
    }


def _missing_json(ref: str, found: Resolution) -> dict[str, Any]:
    return {
        "status": 404,
        "error": "Not Found",
        "message": found.message,
        **_asked(ref, found),
        "suggestions": [{"symbol": s, "url": document_url(s)} for s in found.suggestions],
        "available": list(found.available) if found.available else None,
        "available_preambular": (
            list(found.available_preambular) if found.available_preambular else None
        ),
        "available_pages": list(found.available_pages) if found.available_pages else None,
        "available_footnotes": (
            list(found.available_footnotes) if found.available_footnotes else None
        ),
        "resolution_number": found.resolution_number,
        # the symbols it would have, which the collection lacks: each on the UN's system
        "possible": [{"symbol": s, "undocs": f"{UNDOCS}/{s}"} for s in found.possible],
        "notes": list(found.notes),
    }


def _in_document(hit: Hit) -> str:
    return f"{document_url(hit.symbol, hit.lang)}#para-{hit.anchor}"


def _document(symbol: str):
    found = _find(symbol)
    if found is None:
        abort(404, f"No document {symbol}.")
    return found


def _find(symbol: str):
    """Return the document of ``symbol`` as written or in its canonical spelling, or None."""
    engine = get_engine()
    return engine.document(symbol) or engine.document(canonical(symbol))


def _info_json(info: DocumentInfo | dict[str, Any]) -> dict[str, Any]:
    if isinstance(info, dict):
        keys = ("symbol", "lang", "title", "date", "pages", "meeting", "agenda", "paragraph_count")
        return {key: info.get(key) for key in keys} | {"warnings": info.get("warnings", [])}
    return {
        "symbol": info.symbol,
        "lang": info.lang,
        "title": info.title,
        "date": info.date,
        "pages": info.pages,
        "meeting": dict(info.meeting) if info.meeting else None,
        "agenda": [{"number": a.number, "title": a.title} for a in info.agenda],
        "paragraph_count": info.paragraph_count,
        "warnings": list(info.warnings),
    }


def _paragraph_json(hit: Hit, twins: dict[str, str] | None = None) -> dict[str, Any]:
    body = hit_json(hit)
    body.pop("score", None)
    body.pop("via_other_language", None)
    body["citation"] = citation(hit)
    body["document_url"] = _in_document(hit)
    if twins is not None:
        body["other_languages"] = twins
    return body
