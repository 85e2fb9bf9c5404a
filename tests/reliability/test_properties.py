"""Property-based tests of the search core and the citation readers on hostile input.

Hypothesis generates the input (``strategies.py``); ``checks.py`` says what must
hold for any of it. Derandomized, so a run in CI is reproducible; the long random
campaign is ``python -m benchmarks.fuzz``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.index.api import SearchRequest
from indexer.index.querylang import parse

from .checks import (
    check_citations,
    check_parse,
    check_resolve,
    check_search,
    check_snippet,
    check_symbols,
)
from .strategies import (
    ci_settings,
    queries,
    search_requests,
    snippet_cases,
    symbol_like,
    texts,
)


@pytest.fixture(scope="module")
def known(engine) -> tuple[str, ...]:
    return engine.symbols()


@ci_settings(500)
@given(q=queries())
def test_the_query_parser_never_fails(q):
    check_parse(q)


@ci_settings(200)
@given(q=queries())
def test_any_query_gives_a_well_formed_result_in_time(engine, q):
    check_search(engine, SearchRequest(q=q))


@ci_settings(200)
@given(request=search_requests())
def test_any_request_gives_a_well_formed_result_in_time(engine, request):
    """GIVEN any filters, paging and sort WHEN searching THEN paging is clamped, facets valid."""
    check_search(engine, request)


@ci_settings(300)
@given(case=snippet_cases())
def test_a_snippet_is_the_escaped_text_with_marks_only(case):
    """GIVEN any paragraph text (markup included) WHEN highlighting THEN only <mark> is added."""
    check_snippet(case)


@ci_settings(500)
@given(text=texts())
def test_symbol_readers_never_fail(known, text):
    check_symbols(text, known)


@ci_settings(500)
@given(text=texts())
def test_citation_readers_never_fail(known, text):
    check_citations(text, known)


@ci_settings(300)
@given(text=st.one_of(symbol_like(), texts()))
def test_resolving_any_text_answers_200_400_or_404(engine, text):
    check_resolve(engine, text)


# -- Bug 1 of docs/reliability.md: nested parentheses ran the parser out of stack --------

NESTED = {
    "unclosed": "(" * 400,
    "balanced": "(" * 330 + "victims" + ")" * 330,
    "spaced": "( " * 400,
    "negated": "-(" * 400,
    "words": "(a " * 333,
}


@pytest.mark.parametrize("q", NESTED.values(), ids=NESTED.keys())
def test_deeply_nested_parentheses_degrade_to_the_words(engine, q):
    """GIVEN parentheses nested hundreds deep WHEN searching THEN the words, with a notice."""
    assert any("nested" in notice.message for notice in parse(q).notices)
    check_search(engine, SearchRequest(q=q))
