"""A facet cut to its most frequent values can be listed whole (search_app.wholefacets).

Before, the State facet of a search listed 40 States and "Only the most frequent values are
listed.": the others could not be reached from the page (only by typing state:EST).
"""

from __future__ import annotations

import html
import re

from indexer.index.api import SearchRequest


def facet_boxes(client, url: str, name: str = "state") -> dict[str, tuple[int, bool]]:
    """Return the facet's boxes on the page: value -> (count, ticked)."""
    page = client.get(url).get_data(as_text=True)
    fieldset = re.search(rf'<fieldset class="facet" id="facet-{name}">(.*?)</fieldset>', page, re.S)
    assert fieldset, url
    boxes = re.findall(
        rf'name="{name}" value="([^"]+)"( checked)?>.*?<span class="count">(\d+)</span>',
        fieldset[1],
        re.S,
    )
    return {value: (int(count), bool(checked)) for value, checked, count in boxes}


def show_all_link(client, url: str) -> str | None:
    page = client.get(url).get_data(as_text=True)
    found = re.search(r'<a class="show-all" href="([^"]+)">', page)
    return html.unescape(found[1]) if found else None


def test_a_cut_facet_links_to_itself_listed_whole(client, engine):
    """GIVEN a search whose State facet is cut WHEN "Show all" is followed THEN every State of
    the search is listed, with the counts the search core gives each one."""
    link = show_all_link(client, "/?q=traite&lang=fr")
    assert link == "/?q=traite&lang=fr&all=state#facet-state"
    cut = facet_boxes(client, "/?q=traite&lang=fr")
    whole = facet_boxes(client, link.partition("#")[0])
    assert len(cut) == 40 and len(whole) > 40
    assert all(whole[value] == counted for value, counted in cut.items())
    for state, (count, _ticked) in whole.items():
        filtered = SearchRequest(q="traite", filters={"lang": ("fr",), "state": (state,)})
        assert engine.search(filtered).total == count, state
    assert show_all_link(client, link.partition("#")[0]) is None


def test_the_whole_list_stays_whole_as_boxes_are_ticked(client):
    """GIVEN the facet listed whole WHEN a State of the rest is ticked (the form is sent)
    THEN it is ticked, and the list is still whole."""
    page = client.get("/?q=traite&all=state").get_data(as_text=True)
    assert '<input type="hidden" name="all" value="state">' in page
    assert re.search(r'<details class="more" open>\s*<summary>\d+ more', page)
    boxes = facet_boxes(client, "/?q=traite&all=state&state=EST")
    assert boxes["EST"][1] is True and len(boxes) > 40
    assert "ITA" in facet_boxes(client, "/?q=traite&all=state&state=EST&state=ITA")


def test_all_names_only_facets_that_can_be_cut(client):
    assert client.get("/?q=traite&all=year&all=nonsense").status_code == 200
    assert show_all_link(client, "/?q=traite&ui=fr") == "/?q=traite&all=state#facet-state"
    page = client.get("/?q=traite&ui=fr").get_data(as_text=True)
    assert "Tout afficher" in page
