"""The search core's contract, written against the SearchEngine interface, not Whoosh.

Any engine standing behind ``indexer.index.api.SearchEngine`` must pass these:
shapes, paging, filters and facet counts that add up, safety on hostile input.
"""

import re

import pytest

from indexer.index.api import FACETS, SearchRequest, SearchResult
from indexer.index.baseline import BaselineEngine


@pytest.fixture(scope="module", params=["whoosh", "baseline"])
def engine(request, built_index):
    """Every engine standing behind the interface: the search core and the plain baseline."""
    if request.param == "baseline":
        return BaselineEngine.from_index(built_index)
    from indexer.index.engine import WhooshEngine

    return WhooshEngine(built_index)


NASTY = [
    "",
    "   ",
    '"',
    '"unbalanced',
    "(",
    ")",
    "((a",
    "a))",
    "AND",
    "OR OR",
    "NOT",
    "-",
    "*",
    "?",
    "a AND",
    "state:",
    ":",
    "state:XYZ",
    "topic:nope",
    "year:abc",
    "<script>alert(1)</script>",
    "'; DROP TABLE paragraphs; --",
    "\x00\x01\x02",
    "é" * 5000,
    "\u202etxet",
    "a" * 300,
    "traite*",
    "vic?ime",
    "~2",
    "field:(a b)",
    '"" OR ""',
    "symbol:CTOC/COP/WG.4/2010/6",
]


def test_a_search_answers_in_the_documented_shape(engine):
    result = engine.search(SearchRequest(q="traite des personnes", size=5))
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits) == 5
    assert [f.name for f in result.facets] == list(FACETS)
    first = result.hits[0]
    assert first.id == f"{first.symbol}|{first.lang}|{first.anchor}"
    assert first.text and first.highlight


@pytest.mark.parametrize("query", NASTY)
def test_no_input_makes_it_raise_or_leak_markup(engine, query):
    result = engine.search(SearchRequest(q=query, filters={"state": (query,)}, page=3))
    for hit in result.hits:
        assert "<script" not in hit.highlight
        assert not re.search(r"<(?!/?mark>)", hit.highlight)


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(page=-5),
        SearchRequest(page=10**9),
        SearchRequest(size=0),
        SearchRequest(size=10**6),
        SearchRequest(sort="nonsense"),
        SearchRequest(ui_lang="xx"),
        SearchRequest(filters={"nonsense": ("x",)}),
    ],
)
def test_out_of_range_paging_and_options_are_clamped(engine, request_):
    result = engine.search(request_)
    assert 1 <= result.page and 1 <= result.size <= 100


def test_pages_do_not_overlap(engine):
    first = engine.search(SearchRequest(q="victimes", size=5, page=1))
    second = engine.search(SearchRequest(q="victimes", size=5, page=2))
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert first.total == second.total


@pytest.mark.parametrize(
    ("query", "filters"),
    [("", {"symbol": ("A/RES/48/161",)}), ("victimes", {}), ("protection", {})],
)
def test_paging_through_the_results_gives_each_paragraph_once_in_one_order(engine, query, filters):
    """Paragraphs of equal score (a filter alone scores none) come in document order, and
    small pages cut the same list as one large page: none is shown twice or skipped."""
    whole = engine.search(SearchRequest(q=query, filters=filters, size=100))
    assert whole.total > 20
    pages = [
        engine.search(SearchRequest(q=query, filters=filters, size=10, page=n))
        for n in range(1, 11)
    ]
    assert [h.id for r in pages for h in r.hits] == [h.id for h in whole.hits]


def facet(result, name):
    return {v.value: v for v in next(f for f in result.facets if f.name == name).values}


@pytest.mark.parametrize("name", ["lang", "kind", "symbol", "year", "agenda"])
def test_a_facet_count_is_the_total_when_filtering_by_it(engine, name):
    unfiltered = engine.search(SearchRequest(q="traite"))
    for value, counted in list(facet(unfiltered, name).items())[:3]:
        filtered = engine.search(SearchRequest(q="traite", filters={name: (value,)}))
        assert filtered.total == counted.count
        assert facet(filtered, name)[value].selected


def test_values_of_one_facet_are_ored_and_facets_anded(engine):
    both = engine.search(SearchRequest(q="Italy Italie", filters={"lang": ("fr", "en")}))
    counts = facet(engine.search(SearchRequest(q="Italy Italie")), "lang")
    assert both.total == sum(v.count for v in counts.values())
    anded = engine.search(
        SearchRequest(q="Italy Italie", filters={"lang": ("fr",), "kind": ("other",)})
    )
    french = engine.search(SearchRequest(q="Italy Italie", filters={"lang": ("fr",)}))
    assert anded.total == facet(french, "kind")["other"].count


def test_selected_facet_keeps_its_other_values_for_adding_to_the_selection(engine):
    result = engine.search(SearchRequest(q="Italy Italie", filters={"lang": ("fr",)}))
    langs = facet(result, "lang")
    assert langs["fr"].selected and "en" in langs and not langs["en"].selected


def test_multi_valued_facet_counts_each_value(engine):
    result = engine.search(SearchRequest(q="", size=1))
    states = facet(result, "state")
    if states:
        value, counted = next(iter(states.items()))
        assert engine.search(SearchRequest(filters={"state": (value,)})).total == counted.count


def test_document_order_sort(engine):
    result = engine.search(SearchRequest(q="victimes", sort="document", size=50))
    keys = [(h.symbol, h.lang) for h in result.hits]
    first = [h for h in result.hits if (h.symbol, h.lang) == keys[0]]
    orders = [int(h.anchor) for h in first if h.anchor.isdigit()]
    assert orders == sorted(orders)


@pytest.mark.parametrize(
    ("q", "filters", "ranked"),
    [("victimes", {}, True), ("", {}, False), ("", {"state": ("ITA",)}, False)],
)
def test_a_result_says_whether_it_was_ranked(engine, q, filters, ranked):
    """GIVEN no query, or filters only WHEN searched THEN the result says it is in document
    order, not ranked: the page showed "Sort: relevance" as current for document order."""
    assert engine.search(SearchRequest(q=q, filters=filters)).ranked is ranked


def test_paragraph_lookup(engine):
    paragraph = engine.paragraph("CTOC/COP/WG.4/2010/6", "fr", "32")
    assert paragraph is not None and paragraph.paragraph == 32
    assert paragraph.text.startswith("Lorsqu'ils appliquent la définition de la traite")
    assert engine.paragraph("CTOC/COP/WG.4/2010/6", "fr", "999") is None
    assert engine.paragraph("NO/SUCH/SYMBOL", "fr", "1") is None


def test_document_lookup(engine):
    document = engine.document("A/HRC/WG.6/7/ITA/1")
    assert set(document.versions) == {"en", "fr"}
    assert [h.anchor for h in document.paragraphs["fr"]] == [str(n) for n in range(1, 139)]
    assert engine.document("NO/SUCH/SYMBOL") is None
    assert "CTOC/COP/WG.4/2010/6" in engine.symbols()
