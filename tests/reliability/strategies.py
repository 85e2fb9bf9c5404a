"""Hypothesis strategies for hostile input: queries, requests, symbols and citations.

Shared by the property tests (a few hundred examples each, derandomized) and by
the long campaign ``python -m benchmarks.fuzz`` (as many as asked, random). URLs are
in ``urls.py``.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from indexer.index.api import FACETS, SORTS, SearchRequest
from indexer.index.querylang import FIELD_ALIASES

OPERATORS = ("AND", "OR", "NOT", "ET", "OU", "SAUF", "and", "or", "not")
PUNCTUATION = ("-", "(", ")", '"', ":", "*", "?", "'", "’", "\\", "/", "+", "~", "^", "[", "]")
# Bidi overrides and isolates, zero-width characters, controls, a BOM, the replacement
# character, emoji (with a ZWJ sequence and a flag), combining marks, RTL scripts.
SPECIALS = (
    *(chr(c) for c in range(0x20)),
    "\x7f",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u2028",
    "\ufeff",
    "\ufffd",
    "😀",
    "👩‍👩‍👧",
    "🇫🇷",
    "e\u0301",
    "\u0327",
    "\u20dd",
    "a\u0300\u0301\u0302\u0303\u0304",
    "مرحبا",
    "שלום",
    "traite",
    "victims",
    "enfants",
    "l’État",
)
MARKUP = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</mark><script>",
    "<mark>",
    "&lt;b&gt;",
    "&amp;",
    "&#x3C;script&#x3E;",
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "%(name)s",
    "{0}",
    "\\u003cscript\\u003e",
)
REGEX_BOMBS = (
    "(a+)+b",
    "(a|a)*b",
    "(.*a){20}",
    "a" * 60 + "!",
    "[[[[[[[[",
    "((((((((((",
    "\\" * 30,
)
CORPUS_WORDS = (
    "traite",
    "personnes",
    "victimes",
    "enfants",
    "trafficking",
    "victims",
    "children",
    "non-sanction",
    "coopération",
    "forced",
    "labour",
    "Italie",
    "ITA",
    "2010",
    "CTOC/COP/WG.4/2010/6",
)


def _repeat(piece: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """A piece repeated 1 to ``most`` times: long runs of one character or of one phrase."""
    return st.tuples(piece, st.integers(1, most)).map(lambda pair: pair[0] * pair[1])


def _joined(pieces: st.SearchStrategy[str], most: int = 30) -> st.SearchStrategy[str]:
    separators = st.sampled_from(("", " ", "  ", "\t", "\n"))
    return st.lists(st.tuples(pieces, separators), max_size=most).map(
        lambda items: "".join(piece + sep for piece, sep in items)
    )


def field_prefix() -> st.SearchStrategy[str]:
    """``name:value`` with a known, aliased or unknown name and a junk or quoted value."""
    names = st.sampled_from((*FIELD_ALIASES, "foo", "x", "http", "ÉTAT", "STATE"))
    values = st.one_of(
        st.text(max_size=20),
        st.sampled_from(CORPUS_WORDS + MARKUP),
        st.text(max_size=20).map(lambda v: f'"{v}"'),
        st.just(""),
    )
    return st.tuples(names, values).map(lambda pair: f"{pair[0]}:{pair[1]}")


def atoms() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(OPERATORS + PUNCTUATION + SPECIALS + MARKUP + REGEX_BOMBS + CORPUS_WORDS),
        st.text(max_size=12),
        field_prefix(),
    )


def queries() -> st.SearchStrategy[str]:
    """Whatever a user (or an attacker) may type in the search box."""
    return st.one_of(
        st.text(),
        _joined(atoms()),
        _repeat(st.sampled_from(("(", ")", '"', "a", "é", "-", "*", "NOT ", "( ", "(a ")), 1200),
        _repeat(st.sampled_from(CORPUS_WORDS + REGEX_BOMBS + ("(a OR ", '"a" ')), 300),
        _repeat(st.characters(), 10_240),
        st.sampled_from(MARKUP + REGEX_BOMBS),
    )


def filters() -> st.SearchStrategy[dict[str, tuple[str, ...]]]:
    """Filters with known and unknown facet names, real and junk values."""
    names = st.one_of(st.sampled_from(FACETS), st.text(max_size=8))
    values = st.one_of(
        st.sampled_from(("fr", "en", "ITA", "Norway", "children", "2010", "4", "recommendation")),
        st.sampled_from(MARKUP + CORPUS_WORDS),
        st.text(max_size=40),
        _repeat(st.characters(), 400),
    )
    return st.dictionaries(names, st.lists(values, max_size=25).map(tuple), max_size=4)


CITATION_WORDS = (
    ", para. ",
    " paras ",
    " paragraphe ",
    " par. ",
    " ¶ ",
    " §§ ",
    "-",
    " à ",
    " to ",
    " and ",
    " et ",
    ", ",
    " (a) ",
    " a) ",
    " al. b) ",
    " du rapport ",
    " ci-dessous",
    " recommandation ",
    " pour donner suite aux ",
    " subparagraph (iv) of paragraph ",
    " op. ",
)


# The corpus's symbols as people write them, with near misses and unknown neighbours.
WRITTEN_SYMBOLS = (
    "CTOC/COP/WG.4/2010/6",
    "ctoc/cop/wg4/2010/6",
    "CTOC / COP / WG.4 / 2010 / 6",
    "CTOC-COP-WG.4-2010-6",
    "CTOC/COP/W.4/2009/2",
    "CTOC/COP/WG.4/2010/66",
    "A/RES/48/161",
    "a/res/48/161",
    "A/HRC/WG.6/7/ITA/1",
    "A/HRC/W.6/7/ITA/1",
    "S/RES/1325 (2000)",
)


def symbols() -> st.SearchStrategy[str]:
    """Document symbols, well and badly written: case, separators, typos, suffixes."""
    body = st.sampled_from(("A", "CTOC", "ctoc", "CTCO", "E", "S", "ST", "HRC", "X", "UNODC"))
    component = st.one_of(
        st.sampled_from(("COP", "cop", "CP", "WG.4", "WG4", "WG..4", "W.4", "GW.4", "RES", "HRC")),
        st.sampled_from(("WG.6", "Add.1", "ADD.1", "Rev.2", "L.21", "INF", "2010", "2009", "ITA")),
        st.integers(0, 99999).map(str),
        st.text(alphabet="ABCabc.0123456789", min_size=1, max_size=8),
    )
    separator = st.sampled_from(("/", " / ", "  /  ", "-", "_", "/ ", "\u2215"))
    return st.tuples(body, separator, st.lists(component, min_size=1, max_size=8)).map(
        lambda parts: parts[0] + parts[1] + parts[1].join(parts[2])
    )


def symbol_like() -> st.SearchStrategy[str]:
    """Text shaped like symbols and citations: a symbol, paragraph words and numbers, junk."""
    numbers = st.one_of(
        st.integers(0, 10**6).map(str), st.sampled_from(("32", "30-32", "3-3000", "12 à 15"))
    )
    cited = st.lists(st.one_of(st.sampled_from(CITATION_WORDS), numbers), max_size=6).map("".join)
    citation = st.tuples(symbols(), cited).map("".join)
    piece = st.one_of(symbols(), st.sampled_from(CITATION_WORDS), numbers, atoms())
    junk = st.lists(piece, max_size=20).map("".join)
    return st.one_of(typed_citations(), symbols(), citation, junk)


def typed_citations() -> st.SearchStrategy[str]:
    """Citations as a user types them: a corpus symbol (or a near miss) and paragraphs."""
    return st.tuples(
        st.sampled_from(WRITTEN_SYMBOLS),
        st.sampled_from(("", ", para. ", " par. ", " paras ", ", paragraphe ", " ¶ ", " op. ")),
        st.one_of(
            st.just(""),
            st.integers(0, 300).map(str),
            st.sampled_from(("32", "30-32", "3-3000", "12 à 15", "pp3", "1, 2 and 3")),
        ),
        st.sampled_from(("", " (fr)", " en", " (a)", " hello", " <b>")),
    ).map("".join)


def snippet_cases() -> st.SearchStrategy[tuple[str, list[str], str]]:
    """``(paragraph text, query words, language)``, markup and odd characters included."""
    return st.tuples(
        st.one_of(st.text(), texts(), st.sampled_from(MARKUP)),
        st.lists(st.one_of(st.text(max_size=12), st.sampled_from(MARKUP)), max_size=5),
        st.sampled_from(("fr", "en")),
    )


def texts() -> st.SearchStrategy[str]:
    """Anything: symbol-like text, hostile atoms, plain unicode text, long runs."""
    return st.one_of(symbol_like(), _joined(atoms()), st.text(), _repeat(symbol_like(), 50))


def search_requests() -> st.SearchStrategy[SearchRequest]:
    """Search requests with any query, filters, paging, sort and interface language."""
    return st.builds(
        SearchRequest,
        q=queries(),
        filters=filters(),
        page=st.one_of(st.integers(-5, 600), st.integers(), st.none()),
        size=st.one_of(st.integers(-5, 150), st.integers(), st.none()),
        sort=st.one_of(st.sampled_from(SORTS), st.text(max_size=10)),
        ui_lang=st.sampled_from(("en", "fr", "de", "", "<b>")),
    )


def ci_settings(examples: int, seconds: float = 10.0) -> settings:
    """Settings of the property tests: reproducible (derandomized), no example database.

    The deadline is wall-clock time, a guard against hangs; the time bounds that matter
    are on CPU time (``checks.SEARCH_SECONDS``), which a busy machine does not inflate.
    """
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=timedelta(seconds=seconds),
        print_blob=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
