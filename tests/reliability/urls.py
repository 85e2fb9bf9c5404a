"""Hypothesis strategies of URLs: query strings, path segments, redirect targets, payloads.

Percent-encoded oddities mixed with real symbols and parameters, for the web
properties (``test_web_fuzz.py``) and ``python -m benchmarks.fuzz``.
"""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import strategies as st

from indexer.index.api import FACETS

from .strategies import CORPUS_WORDS, queries, symbol_like, typed_citations

# Percent-encoded oddities: NUL, slashes, dots, backslashes, overlong UTF-8 (%C0%AE is an
# overlong "."), invalid UTF-8, CR LF (header injection), double encoding, a lone surrogate.
ENCODED = (
    "%00",
    "%2F",
    "%2f",
    "%2e%2e",
    "..",
    "%5C",
    "\\",
    "%C0%AE",
    "%C0%AF",
    "%E0%80%AE",
    "%ff",
    "%fe%ff",
    "%0d%0a",
    "%0D%0ASet-Cookie:%20x=1",
    "%0aLocation:%20//evil.example",
    "%252F",
    "%252e%252e",
    "%ED%A0%80",
    "%3Cscript%3E",
    "%22",
    "%27",
    "%3E",
    "%",
    "%zz",
    "%%",
    "?",
    "#",
    ";",
    "&",
    "=",
    "+",
)


def encoded_text(most: int = 30) -> st.SearchStrategy[str]:
    """Characters and bytes as they may appear in a URL: percent-encoded, raw, or broken."""
    raw = st.text(max_size=10).map(lambda text: quote(text, safe="", errors="surrogatepass"))
    byte = st.integers(0, 255).map(lambda b: f"%{b:02X}")
    words = st.sampled_from(CORPUS_WORDS + ("fr", "en", "32", "pp3", "compare", "etc", "passwd"))
    return st.lists(st.one_of(st.sampled_from(ENCODED), raw, byte, words), max_size=most).map(
        "".join
    )


SYMBOLS = ("CTOC/COP/WG.4/2010/6", "A/RES/48/161", "a/res/48/161", "A/HRC/WG.6/7/ITA/1")
TAILS = ("", "/fr", "/en", "/de", "/fr/32", "/en/pp3", "/fr/9999", "/compare", "/en/12", "/")


def path_segments() -> st.SearchStrategy[str]:
    """A path after ``/doc/`` or ``/api/documents/``: a real symbol and tail, or junk segments."""
    real = st.sampled_from(SYMBOLS)
    segment = st.one_of(encoded_text(8), real, st.sampled_from(("fr", "en", "32", "pp3", "..")))
    junk = st.lists(segment, min_size=1, max_size=8).map("/".join)
    mutated = st.tuples(real, st.sampled_from(TAILS), encoded_text(2)).map("".join)
    return st.one_of(st.tuples(real, st.sampled_from(TAILS)).map("".join), mutated, junk)


def query_strings(names: tuple[str, ...]) -> st.SearchStrategy[str]:
    """A query string with the route's parameters (and junk ones), values encoded oddly."""
    name = st.one_of(st.sampled_from(names), encoded_text(4))
    value = st.one_of(
        encoded_text(),
        st.text(max_size=30).map(lambda text: quote(text, safe="", errors="surrogatepass")),
        st.sampled_from(("1", "0", "-1", "500", "501", "99999999999999999999", "1e3", "fr")),
    )
    pair = st.tuples(name, value).map(lambda item: f"{item[0]}={item[1]}")
    return st.lists(pair, max_size=8).map("&".join)


def payloads() -> st.SearchStrategy[str]:
    """Strings whose raw form must never appear in a page: they contain < or a quote."""
    # "zq" first: a marker must not be a word of the pages themselves ('"notices"' is in
    # class="notices", which the fuzz campaign once took for an unescaped payload)
    marker = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=6, max_size=10).map(
        lambda letters: f"zq{letters}"
    )
    shapes = st.sampled_from(
        (
            "<{m}>",
            '"{m}"',
            "'{m}'",
            '"><{m} x=1>',
            "<script>{m}</script>",
            "<img src=x onerror={m}>",
            "'><{m}/>",
            "</mark><{m}>",
        )
    )
    return st.tuples(shapes, marker).map(lambda pair: pair[0].format(m=pair[1]))


SEARCH_PARAMS = ("q", "page", "size", "sort", "ui", *FACETS)


def _with(query: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), query.map(lambda text: f"&{text}" if text else ""))


def web_urls() -> dict[str, st.SearchStrategy[str]]:
    """Generated URLs of every route, by family (the name of each web property)."""
    citations = st.one_of(typed_citations(), symbol_like(), encoded_text(4))
    return {
        "search page": query_strings(SEARCH_PARAMS).map(lambda qs: f"/?{qs}"),
        "search box": st.tuples(
            st.sampled_from(("/", "/api/search")),
            st.one_of(queries(), typed_citations()).map(
                lambda q: quote(q, safe="", errors="surrogatepass")
            ),
            _with(query_strings(SEARCH_PARAMS)),
        ).map(lambda parts: f"{parts[0]}?q={parts[1]}{parts[2]}"),
        "search api": query_strings(SEARCH_PARAMS).map(lambda qs: f"/api/search?{qs}"),
        "exports": st.tuples(
            st.sampled_from(("/export.csv", "/export.json")),
            query_strings(("q", "lang", "state", "year", "sort", "page")),
        ).map(lambda parts: f"{parts[0]}?{parts[1]}"),
        "cite api": st.tuples(
            citations.map(lambda text: quote(text, safe="", errors="surrogatepass")),
            st.one_of(
                st.sampled_from(("", "&lang=fr", "&lang=en", "&ui=fr")),
                _with(query_strings(("lang", "ui", "ref", "x"))),
            ),
        ).map(lambda parts: f"/api/cite?ref={parts[0]}{parts[1]}"),
        "documents": st.tuples(
            st.sampled_from(("/doc/", "/api/documents/", "/api/paragraphs/")),
            path_segments(),
            st.one_of(st.just(""), query_strings(("paras", "ui", "lang")).map(lambda q: f"?{q}")),
        ).map("".join),
        "language switch": st.tuples(
            st.sampled_from(("fr", "en", "de", "%2F%2Fevil.example")), encoded_text()
        ).map(lambda parts: f"/ui/{parts[0]}?next={parts[1]}"),
    }


# Where a user's string lands in a page: the search box, a filter, a path, a citation.
PLACES = (
    "/?q={}",
    "/?q=victims&state={}",
    "/?q=victims&sort={}",
    "/?topic={}",
    "/?q={}&page=2",
    "/doc/{}",
    "/doc/A/RES/48/161/{}",
    "/doc/CTOC/COP/WG.4/2010/6/fr?paras={}",
    "/ui/{}",
    "/ui/fr?next={}",
    "/cited?x={}",
)


def payload_urls() -> st.SearchStrategy[tuple[str, str]]:
    """``(url, payload)``: a payload with < or quotes placed where a page may show it."""
    return st.tuples(st.sampled_from(PLACES), payloads()).map(
        lambda pair: (pair[0].format(quote(pair[1], safe="", errors="surrogatepass")), pair[1])
    )
