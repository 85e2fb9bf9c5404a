"""The search page (``/``): one box, hits, facets, pages; every state has its own URL."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from indexer.index.api import MAX_PAGE, MAX_QUERY_LENGTH, Hit, SearchRequest, SearchResult
from indexer.index.notices import Notice
from indexer.typed_language import typed_language

from . import citations, wholefacets
from .engine import get_engine
from .i18n import ui_language
from .params import DEFAULT_SIZE, SearchParams, parse
from .results import (
    active_filters,
    collection_sessions,
    facet_details,
    facet_views,
    page_links,
    search_url,
)

bp = Blueprint("search", __name__)

# Example searches of the home page, each with its language: the page marks it (lang), so that a
# screen reader reads "traite des enfants" in French in the English interface, and the reverse.
EXAMPLES = (
    ("traite des enfants", "fr"),
    ("child trafficking", "en"),
    ('"non-punishment"', "en"),
    ("travail forcé", "fr"),
    ("victims AND compensation", "en"),
)


@bp.route("/search")
def search_path():
    """``/search?q=…``, the address other search sites use, is the search page."""
    query = request.query_string.decode("utf-8", "replace")
    home = url_for("search.index")
    return redirect(f"{home}?{query}" if query else home, code=301)


@bp.route("/")
def index():
    params = parse(request.args, page_limit=None)  # a page past the results is said so
    ui = ui_language()
    # Citation lookup: a query such as "CTOC/COP/WG.4/2010/6, para. 32" opens its
    # paragraph instead of being searched (lookup_of: the one place it is read).
    lookup = lookup_of(params, ui)
    if lookup is not None and lookup.go:
        return redirect(lookup.url, code=302)
    engine = get_engine()
    if params.is_empty:
        return render_template("home.html", examples=EXAMPLES, documents=_documents(engine))
    searched = page_search(params, ui, lookup)
    wanted, cited, citation_only = searched.wanted, searched.cited, searched.citation_only
    if citation_only:
        result = SearchResult(total=0, page=1, size=wanted.size, hits=(), facets=())
    else:
        result = _page_of_results(engine, wanted)
    whole = wholefacets.wanted_whole(request.args.getlist(wholefacets.PARAMETER))
    result = wholefacets.with_whole_facets(engine, wanted, result, whole)
    sessions = collection_sessions(engine.documents())
    if params.query_cut:  # cut here, so that the links of the page carry the cut query
        cut = Notice.of("query-cut", limit=MAX_QUERY_LENGTH)
        result = dataclasses.replace(result, notices=(cut, *result.notices))
    return render_template(
        "search.html",
        params=params,
        result=result,
        cited=cited,
        citation_only=citation_only,
        facets=facet_views(result, params, facet_details(engine.documents(), ui), whole, sessions),
        active=active_filters(result, params, sessions),
        pages=page_links(result, params),
        looser=_looser(engine, wanted) if result.total == 0 else None,
        unfiltered=_without_unknown_values(engine, wanted, result) if result.total == 0 else None,
        either=_either(engine, wanted, result, ui) if result.total == 0 else None,
        unquoted=" ".join(QUOTES.sub(" ", params.q).split()),
        url=lambda **changes: search_url(params.replace(**changes)),
        export_url=lambda endpoint: search_url(params.replace(page=1, size=DEFAULT_SIZE), endpoint),
        export_limit=current_app.config["EXPORT_LIMIT"],
        max_page=MAX_PAGE,
    )


def lookup_of(params: SearchParams, ui: str) -> citations.Lookup | None:
    """Return what the query means as a citation; None for an empty query."""
    if not params.q.strip():
        return None
    symbols = params.filter_map.get("symbol", ())
    reading = symbols[0] if len(symbols) == 1 else None  # a document's own search box
    return citations.resolve(params.q, _wanted_language(params, ui), reading, _wish(params))


@dataclass(frozen=True)
class PageSearch:
    """What the search page searches for its parameters, and what it says of a citation."""

    wanted: SearchRequest
    cited: citations.Notice | None
    citation_only: bool  # the notice alone: no results are searched
    # a citation alone that was found: the paragraphs it names, which the page opens (the
    # view redirects there; the API and the exports list them, as the page's answer); none
    # for a whole document
    named: tuple[Hit, ...] = ()

    @property
    def searched(self) -> str | None:
        """Return the query whose results answer, or None when no search answers: the notice
        alone, or the paragraphs a citation names."""
        return None if self.citation_only or self.named else self.wanted.q


def page_search(params: SearchParams, ui: str, lookup: citations.Lookup | None) -> PageSearch:
    """Return what the page searches for ``params``, the exports of the page and the API too
    (they had searched the query as typed: "S/RES/1325, para. 3" exported 56 paragraphs on
    "para" and "3", where the page listed the 2 citing it; "CTOC/COP/WG.4/2010/6, para. 32",
    which the page opens, gave 127 paragraphs on "para" and "32" in the API)."""
    # A citation that was not followed is still searched as words, without spelling
    # corrections: "para", "annex" or "40th" are not typos of corpus words.
    wanted = params.request(ui)
    if lookup is not None:
        wanted = dataclasses.replace(wanted, correct=False)
    cited = citations.notice(lookup, ui) if lookup is not None else None
    if lookup is None:  # a link by job number, an "Ibid.": no symbol, which the notice says
        cited = citations.unsymbolled_notice(params.q)
    # "S/RES/1325, para. 3": not "para", "3"; a citation found with other words, its document
    # and those words, not the citation's own ("sect. III.B.1 (b), second indent": not "sect")
    if lookup is not None and (cited.kind != "found" or lookup.words):
        # "48/162", a title's words ("National report … Italy, para. 68"): no symbol's words
        symbol = cited.symbol if cited.kind not in ("number", "titled") else ""
        searched = " ".join(word for word in (symbol, lookup.words) if word)
        wanted = dataclasses.replace(wanted, q=searched)
    # Only a citation of what the collection lacks: a paragraph or page a document has not
    # ("…/2010/6, para. 999": its words found 121 paragraphs on "999"), or a document no
    # paragraph cites ("E/CN.15/2010/3, para. 4": on "4" and a delegate named Pars); the
    # notice has the ways out. (The words of a document cited find the citing paragraphs.)
    lacking = cited is not None and (
        cited.kind in ("outside", "number") or (cited.kind == "unknown" and not cited.citing)
    )
    citation_only = (lacking and not lookup.words) or (
        cited is not None and cited.kind in ("job", "typed-job", "record", "back")
    )
    if cited is not None and cited.agenda is not None and lookup is not None:
        # "…/2010/6, item 9", an item the document has no paragraphs on: the search filtered
        # by that item of its session (a background paper's item 3: the report's paragraphs)
        filters = {**wanted.filters, "agenda": (cited.agenda_value,)}
        wanted = dataclasses.replace(wanted, q=lookup.words, filters=filters)
        probe = dataclasses.replace(wanted, page=1, size=1)
        citation_only = get_engine().search(probe).total == 0
    # a whole document ("A/RES/48/161"), which the page opens, has no paragraphs named: its
    # query is searched, the document's paragraphs and those citing it
    named = lookup.found.hits if lookup is not None and lookup.go else ()
    return PageSearch(wanted, cited, citation_only, named)


def _page_of_results(engine, wanted):
    """Return the search's page of results; a page past the last one the search core serves
    (``page=999``) has no hits, like a page past the last result (``page=10``): the search
    core would clamp it to its last page, whose hits the page would number wrongly."""
    if wanted.page <= MAX_PAGE:
        return engine.search(wanted)
    return dataclasses.replace(engine.search(dataclasses.replace(wanted, page=1)), hits=())


QUOTES = re.compile(r'["“”«»]')
# What makes a search strict: quotes (exact phrases) and an explicit AND
STRICT = re.compile(rf"{QUOTES.pattern}|(?<!\S)AND(?!\S)")


def _looser(engine, wanted) -> tuple[str, int] | None:
    """Return the words of a query that found nothing, without its quotes and ANDs, and how
    many paragraphs they find; None when that is not a different search or finds nothing too."""
    words = " ".join(STRICT.sub(" ", wanted.q).split())
    if not words or words == " ".join(wanted.q.split()):
        return None
    total = engine.search(dataclasses.replace(wanted, q=words, page=1, size=1)).total
    return (words, total) if total else None


def _without_unknown_values(engine, wanted, result) -> tuple[str, str, int] | None:
    """Return the query without the prefixes whose value means nothing ("traite state:XYZ"
    found nothing) or that no paragraph has ("traite year:1990"), the prefixes dropped, and
    how many paragraphs it finds; None if none."""
    codes = {"unknown-value", "absent-value"}
    values = [dict(n.values) for n in result.notices if n.code in codes]
    query, dropped = wanted.q, []
    for value in values:
        typed = re.compile(
            rf'(?<!\S)[^\s:"]+:(?:"{re.escape(value["value"])}"|{re.escape(value["value"])})(?!\S)'
        )
        dropped += typed.findall(query)
        query = typed.sub(" ", query)
    query = " ".join(query.split())
    if not dropped or query == " ".join(wanted.q.split()):
        return None
    total = engine.search(dataclasses.replace(wanted, q=query, page=1, size=1)).total
    return (query, " ".join(dropped), total) if total else None


def _either(engine, wanted, result, ui: str) -> tuple[str, str, int] | None:
    """Return the query with its two prefixes that no paragraph has together ("lang:fr
    lang:en") joined by OR (OU in French, as the hint writes it), the two joined, and how many
    paragraphs it finds; None if the search found nothing for another reason, or the two are
    not written so in the query. The page had only advised checking the spelling."""
    clash = next((dict(n.values) for n in result.notices if n.code == "exclusive-prefixes"), None)
    if clash is None:
        return None
    query = wanted.q
    for typed in (clash["first"], clash["second"]):
        written = re.compile(rf"(?<!\S){re.escape(typed)}(?!\S)")
        if len(written.findall(query)) != 1:
            return None
        query = written.sub(" ", query)
    joined = f"({clash['first']} {'OU' if ui == 'fr' else 'OR'} {clash['second']})"
    query = " ".join([*query.split(), joined])
    total = engine.search(dataclasses.replace(wanted, q=query, page=1, size=1)).total
    return (query, joined, total) if total else None


def _wish(params) -> str | None:
    """Return the language version the search is filtered on, if one."""
    langs = params.filter_map.get("lang", ())
    return langs[0] if len(langs) == 1 else None


def _wanted_language(params, ui: str) -> str:
    """Return the language version a typed citation opens: the one filtered on, else the one
    its words are written in ("A/HRC/WG.6/7/ITA/1, par. 32": French, in any interface; the
    English version had opened), else the interface's."""
    return _wish(params) or typed_language(params.q) or ui


def _documents(engine) -> list[dict]:
    """Return the corpus's documents, one entry per symbol with its language versions."""
    by_symbol: dict[str, dict] = {}
    for meta in engine.documents():
        entry = by_symbol.setdefault(meta["symbol"], {"symbol": meta["symbol"], "versions": {}})
        entry["versions"][meta["lang"]] = meta
        entry.setdefault("date", meta.get("date"))
    return sorted(by_symbol.values(), key=lambda d: (d["date"] or "", d["symbol"]), reverse=True)
