"""A refused search is not a dead end: every box of the filter panel can be ticked, and a 400
page of a search links back to the same search without what was wrong (search_app.repair).

Before, a facet took at most 20 values (the search core cut a request's values to 20): ticking
a 21st box of the Topic or State facet gave a 400 page whose only link, "Go to the search
page", dropped the query and every filter.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from indexer.enrich.states import known_states
from indexer.enrich.topics import topic_ids
from search_app.params import MAX_VALUES

from .support import tags


def way_back(client, url: str, ui: str = "en") -> tuple[str, list[tuple[str, str]]]:
    """Return the label and the query-string items of the 400 page's way back to the search."""
    response = client.get(url, headers={"Accept-Language": ui})
    assert response.status_code == 400
    found = re.search(r'<ul class="ways-out"><li><a href="([^"]*)">(.*?)</a>', response.text)
    assert found, response.text
    link = urlsplit(html.unescape(found[1]))
    assert link.path == "/"
    return html.unescape(found[2]), parse_qsl(link.query)


def test_a_facet_takes_every_value_its_panel_can_list():
    """GIVEN the States and topics a facet can list WHEN they are all ticked THEN the search
    takes them: the limit is above them."""
    assert MAX_VALUES >= len(known_states()) and MAX_VALUES >= len(topic_ids())


def test_every_state_and_every_topic_ticked_is_a_search(client):
    """Before, the 21st value of a facet was a 400 page."""
    states = "&".join(f"state={code}" for code in sorted(known_states()))
    topics = "&".join(f"topic={topic}" for topic in topic_ids())
    page = client.get(f"/?q=victims&{states}&{topics}")
    assert page.status_code == 200
    api = client.get(f"/api/search?q=victims&{states}")
    assert api.status_code == 200
    assert len([v for v in api.get_json()["facets"]["state"] if v["selected"]]) >= 40


def test_the_search_core_keeps_every_value_it_is_given(engine):
    """Before, the search core kept a facet's first 20 values without a word: 21 years, 1990 to
    2010, found fewer paragraphs than 2009 and 2010 alone."""
    from indexer.index.api import SearchRequest

    two = engine.search(SearchRequest(filters={"year": ("2009", "2010")})).total
    years = tuple(str(year) for year in range(1960, 2011))
    assert engine.search(SearchRequest(filters={"year": years})).total >= two


@pytest.mark.parametrize(
    "url, label, kept",
    [
        (
            "/?q=victims&state=ITA&state=Atlantis&sort=document",
            "The same search without “Atlantis”",
            [("q", "victims"), ("state", "ITA"), ("sort", "document")],
        ),
        (
            "/?q=victims&topic=children&lang=de&lang=fr",
            "The same search without “de”",
            [("q", "victims"), ("topic", "children"), ("lang", "fr")],
        ),
        (
            "/?q=traite&page=0&kind=recommendation&size=50",
            "The same search without this setting",
            [("q", "traite"), ("kind", "recommendation"), ("size", "50")],
        ),
        (
            "/?q=traite&q=enfants&state=ITA",
            "The same search, keeping the first one",
            [("q", "traite"), ("state", "ITA")],
        ),
        (  # two bad values: the way back leaves out both
            "/?q=traite&state=Atlantis&year=10&lang=fr",
            "The same search without “Atlantis”",
            [("q", "traite"), ("lang", "fr")],
        ),
        (  # an export's link asked for a bad value: back to the search page, not the export
            "/export.csv?q=traite&state=Atlantis&lang=fr",
            "The same search without “Atlantis”",
            [("q", "traite"), ("lang", "fr")],
        ),
    ],
)
def test_a_refused_search_links_to_the_same_search_without_what_was_wrong(client, url, label, kept):
    """GIVEN a search address with a bad value WHEN the page answers 400 THEN it links to the
    same search, the query and the other parameters kept, the offending values left out."""
    assert way_back(client, url) == (label, kept)


def test_too_many_values_are_cut_to_the_first_ones(client):
    """GIVEN more values of a facet than a search takes (the last one just ticked) WHEN the page
    answers 400 THEN its way back keeps the first ones, the query and the other filters."""
    years = [str(1990 + i % 30) for i in range(MAX_VALUES + 1)]
    url = "/?q=traite&lang=fr&" + "&".join(f"year={year}" for year in years)
    label, kept = way_back(client, url)
    assert label == f"The same search with the first {MAX_VALUES} values of “Year”"
    assert kept == [("q", "traite"), *(("year", y) for y in dict.fromkeys(years)), ("lang", "fr")]


def test_the_way_back_is_in_french_in_the_french_interface(client):
    label, _kept = way_back(client, "/?q=traite&state=Atlantis", "fr")
    assert label == "La même recherche sans «\u00a0Atlantis\u00a0»"


def test_other_pages_have_no_way_back_to_a_search(client):
    """A document's page with a bad setting leads to the same page without it, not to a search
    (tests/web/test_divisions.py)."""
    response = client.get("/doc/CTOC/COP/WG.4/2010/6/fr?paras=abc")
    assert response.status_code == 400
    links = [t["href"] for t in tags(response.text, "a") if t["href"].startswith("/?")]
    assert links == []
    assert 'href="/doc/CTOC/COP/WG.4/2010/6/fr"' in response.text
