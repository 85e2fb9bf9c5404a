"""Search parameters: what is accepted, its canonical form, and what is refused with 400."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from search_app.params import ParamError, SearchParams, parse


def args(query: str) -> MultiDict:
    from urllib.parse import parse_qsl

    return MultiDict(parse_qsl(query, keep_blank_values=True))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", SearchParams()),
        ("q=traite", SearchParams(q="traite")),
        ("q=traite&page=3&size=50&sort=document", SearchParams("traite", (), 3, 50, "document")),
        ("state=ITA&state=nor", SearchParams(filters=(("state", ("ITA", "NOR")),))),
        ("state=Norway", SearchParams(filters=(("state", ("NOR",)),))),
        ("lang=French", SearchParams(filters=(("lang", ("fr",)),))),
        ("topic=children&topic=children", SearchParams(filters=(("topic", ("children",)),))),
        (
            "symbol=ctoc/cop/wg.4/2010/6",
            SearchParams(filters=(("symbol", ("CTOC/COP/WG.4/2010/6",)),)),
        ),
        ("year=2010&agenda=4", SearchParams(filters=(("agenda", ("4",)), ("year", ("2010",))))),
        ("year=2009-2011", SearchParams(filters=(("year", ("2009..2011",)),))),
        ("year=>=2010", SearchParams(filters=(("year", ("2010..",)),))),
        ("kind=recommendation&state=", SearchParams(filters=(("kind", ("recommendation",)),))),
        ("page=&size=&sort=", SearchParams()),
        ("utm_source=mail", SearchParams()),
    ],
)
def test_accepted(query, expected):
    assert parse(args(query)) == expected


@pytest.mark.parametrize(
    "query, parameter, words",
    [
        ("page=abc", "page", "whole number from 1 to 500"),
        ("page=0", "page", "whole number"),
        ("page=501", "page", "whole number"),
        ("page=-1", "page", "whole number"),
        ("page=1.5", "page", "whole number"),
        ("page=١", "page", "whole number"),
        ("size=101", "size", "from 1 to 100"),
        ("size=0", "size", "from 1 to 100"),
        ("sort=date", "sort", "valid: relevance, document"),
        ("page=1&page=2", "page", "more than once"),
        ("q=a&q=b", "q", "more than once"),
        ("lang=de", "lang", "valid: fr, en"),
        ("kind=speech", "kind", "valid: recommendation"),
        ("topic=dragons", "topic", "valid: victim-protection"),
        ("state=ZZZ", "state", "ISO 3166 alpha-3"),
        ("state=Atlantis", "state", "ISO 3166 alpha-3"),
        ("year=10", "year", "four digits"),
        ("year=2011..2009", "year", "or a range, such as 2009..2011"),
        ("agenda=four", "agenda", "its number"),
        ("state=" + "x" * 201, "state", "longer than 200"),
        ("&".join(f"year={1990 + i % 30}" for i in range(301)), "year", "more than 300"),
    ],
)
def test_refused(query, parameter, words):
    with pytest.raises(ParamError) as error:
        parse(args(query))
    assert error.value.parameter == parameter
    assert words in error.value.description
    assert error.value.code == 400


def test_strict_parsing_refuses_unknown_parameters_and_lists_the_valid_ones():
    with pytest.raises(ParamError) as error:
        parse(args("q=x&colour=red"), strict=True)
    assert error.value.parameter == "colour"
    assert "q, page, size, sort, agenda, state, topic, symbol, year, lang, kind, ui" in str(
        error.value.description
    )


def test_query_string_round_trip_leaves_defaults_out():
    params = parse(args("q=traite des enfants&state=ITA&lang=fr&sort=document&page=2"))
    assert params.query_string() == ("q=traite+des+enfants&state=ITA&lang=fr&sort=document&page=2")
    assert parse(args(params.query_string())) == params
    assert SearchParams().query_string() == ""


def test_toggling_a_filter_keeps_the_others_and_goes_back_to_page_one():
    params = parse(args("q=x&state=ITA&page=3"))
    added = params.with_filter("lang", "fr", True)
    assert added.filter_map == {"state": ("ITA",), "lang": ("fr",)} and added.page == 1
    removed = added.with_filter("state", "ITA", False)
    assert removed.filter_map == {"lang": ("fr",)}
    assert removed.with_filter("lang", "fr", False).filters == ()


def test_the_search_page_reads_any_whole_page_number():
    """GIVEN page=999, past the 500 pages of the API WHEN read for the search page (no page
    limit) THEN it is page 999 (an empty page there), while 0 and words are still refused."""
    assert parse(args("page=999"), page_limit=None).page == 999
    assert parse(args("page=" + "9" * 5000), page_limit=None).page == 10**9
    for bad in ("page=0", "page=abc", "page=-3"):
        with pytest.raises(ParamError):
            parse(args(bad), page_limit=None)


def test_a_long_query_is_cut_for_pages_and_refused_by_the_api():
    """GIVEN a query of 1,001 characters WHEN read for a page THEN its first 1,000 are kept and
    ``query_cut`` says so (the page shows the search core's "query-cut" notice); read for the
    API (strict), it is a 400 naming ``q``. Before, pages refused it too."""
    read = parse(args("q=" + "x" * 1001))
    assert read.q == "x" * 1000 and read.query_cut
    assert not parse(args("q=" + "x" * 1000)).query_cut
    with pytest.raises(ParamError) as error:
        parse(args("q=" + "x" * 1001), strict=True)
    assert error.value.parameter == "q" and "longer than 1000" in error.value.description
