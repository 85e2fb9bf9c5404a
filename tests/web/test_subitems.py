"""A citation's sub-item: "CTOC/COP/WG.4/2010/6 para 32(b)" opens paragraph 32 with b) marked.

Before, the search box opened ``/doc/CTOC/COP/WG.4/2010/6/fr/32`` and nothing on
the page marked (b), though ``/api/cite`` knew ``"subitem": "b"``; a sub-item the
paragraph lacks was not said either.
"""

from __future__ import annotations

import html
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from search_app.subitems import split

from .support import page_text

PARA_32 = "/doc/CTOC/COP/WG.4/2010/6/fr/32"


def test_a_sub_item_typed_in_the_box_opens_the_paragraph_marked(client):
    """GIVEN "CTOC/COP/WG.4/2010/6 para 32(b)" typed in the search box
    WHEN it is searched
    THEN it opens paragraph 32 at its sub-item b), which the page marks and names."""
    response = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/6 para 32(b)"))
    assert response.status_code == 302
    assert response.headers["Location"] == f"{PARA_32}?item=b#item-b"
    page = page_text(client, f"{PARA_32}?item=b")
    assert (
        '<mark class="subitem" id="item-b">b) L\'infraction de traite des personnes puisse être '
        "établie avant même qu'un acte d'exploitation ne survienne.</mark>"
    ) in page
    assert "Sub-item (b) of the citation is highlighted." in page
    assert page.count('class="subitem"') == 1
    french = page_text(client, f"{PARA_32}?item=b&ui=fr")
    assert "L’alinéa b) de la citation est mis en évidence." in french


def test_a_sub_item_the_paragraph_lacks_is_said(client):
    """GIVEN "para 32 (c)", a sub-item paragraph 32 does not have
    WHEN it is opened THEN the paragraph's page says so and marks nothing."""
    response = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/6, para. 32 (c)"))
    assert response.headers["Location"] == f"{PARA_32}?item=c"
    page = page_text(client, f"{PARA_32}?item=c")
    assert "The citation names sub-item (c), which this paragraph does not have." in page
    assert 'class="subitem"' not in page
    french = page_text(client, f"{PARA_32}?item=c&ui=fr")
    assert "La citation désigne l’alinéa c), que ce paragraphe n’a pas." in french


def test_an_english_sub_item_in_running_text_is_marked(client):
    """GIVEN "A/HRC/WG.6/7/ITA/1, para. 23 (b)", whose sub-items run in one sentence
    ("the following: a) …; b) …; c) …") WHEN opened THEN b) alone is marked."""
    response = client.get("/?q=" + quote("A/HRC/WG.6/7/ITA/1, para. 23 (b)") + "&lang=en")
    assert response.headers["Location"] == "/doc/A/HRC/WG.6/7/ITA/1/en/23?item=b#item-b"
    page = page_text(client, "/doc/A/HRC/WG.6/7/ITA/1/en/23?item=b")
    marked = page.split('<mark class="subitem" id="item-b">')[1].split("</mark>")[0]
    assert marked == (
        "b) monitoring of all laws, regulations and administrative acts in view of "
        "international human rights obligations;"
    )


def test_the_api_sends_programs_to_the_marked_sub_item(client):
    body = client.get("/api/cite?ref=" + quote("CTOC/COP/WG.4/2010/6 para 32(b)")).get_json()
    assert body["subitem"] == "b"
    assert body["url"] == f"{PARA_32}?item=b#item-b"
    assert body["citation"] == "CTOC/COP/WG.4/2010/6, para. 32 (b)"


def test_a_non_canonical_address_keeps_its_sub_item(client):
    response = client.get("/doc/ctoc/cop/wg.4/2010/6/fr/32?item=b")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"{PARA_32}?item=b")


@pytest.mark.parametrize(
    "text, item, marked",
    [
        # a sub-item of another text cited inside a sentence is not one of this paragraph
        ("visés à l'alinéa a) de l'article 3;\nb) L'infraction.", "a", None),
        ("que:\na) Un;\nb) Deux.", "a", "a) Un;"),
        # an agenda's sub-item stops at the next numbered item
        ("jour:\n1. Questions:\na) Ouverture;\nb) Adoption.\n2. Application.", "b", "b) Adoption."),
        # a sub-item's own sub-items are inside it
        (
            "x:\n(a) one;\n(b) two:\n(i) sub;\n(ii) sub;\n(c) three.",
            "b",
            "(b) two:\n(i) sub;\n(ii) sub;",
        ),
        ("x:\n(a) one;\n(b) two:\n(i) sub;\n(ii) sub;\n(c) three.", "ii", "(ii) sub;"),
        ("x:\n(h) eight;\n(i) nine;\n(j) ten.", "h", "(h) eight;"),
        ("tasks: a) one; b) two; c) three.", "c", "c) three."),
    ],
)
def test_where_a_sub_item_runs(text, item, marked):
    found = split(text, item)
    assert (found[1] if found else None) == marked
    if found:
        assert "".join(found) == text


@pytest.mark.browser
def test_a_cited_sub_item_is_in_view_and_marked(page):
    """GIVEN the citation of a sub-item typed in the box, at either width
    WHEN the paragraph opens THEN the sub-item is on screen, marked by more than a colour."""
    page.goto("/")
    page.fill("#q", "CTOC/COP/WG.4/2010/6 para 32(b)")
    with page.expect_navigation():
        page.press("#q", "Enter")
    mark = page.locator("mark.subitem")
    expect(mark).to_be_in_viewport()
    assert mark.inner_text().startswith("b) L'infraction")
    style = page.evaluate(
        "getComputedStyle(document.querySelector('mark.subitem')).borderBottomStyle"
    )
    assert style == "solid"
    assert html.unescape(page.locator(".marked-note").inner_text()).startswith("Sub-item (b)")


def test_a_non_canonical_document_address_keeps_what_it_marks(client):
    """GIVEN a document's address in another spelling, marking paragraphs and the absent
    ones WHEN redirected THEN both are kept (``absent`` was dropped)."""
    response = client.get("/doc/ctoc/cop/wg.4/2010/6/fr?paras=110-115&absent=116-120")
    assert response.status_code == 301
    location = response.headers["Location"]
    assert "paras=110-115" in location and "absent=116-120" in location
