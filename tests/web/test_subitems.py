"""A citation's sub-item: "CTOC/COP/WG.4/2010/6 para 32(b)" opens paragraph 32 with b) marked.

Before, the search box opened ``/doc/CTOC/COP/WG.4/2010/6/fr/32`` and nothing on
the page marked (b), though ``/api/cite`` knew ``"subitem": "b"``; a sub-item the
paragraph lacks was not said either.
"""

from __future__ import annotations

import dataclasses
import html
import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from search_app import create_app, subitems
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


def test_a_range_of_sub_items_is_marked_each(client):
    """GIVEN "A/HRC/WG.6/7/ITA/1, para. 23 (a)-(c)" typed WHEN searched THEN paragraph 23
    opens at (a) with (a), (b) and (c) each marked as one sub-item is, and the page says so.
    Before, the paragraph opened whole (``/23``), none of them marked."""
    response = client.get("/?q=" + quote("A/HRC/WG.6/7/ITA/1, para. 23 (a)-(c)") + "&lang=en")
    address = "/doc/A/HRC/WG.6/7/ITA/1/en/23?item=a-c"
    assert response.headers["Location"] == f"{address}#item-a"
    page = page_text(client, address)
    marks = re.findall(r'<mark class="subitem" id="item-([a-z]+)">([^<]*)</mark>', page)
    assert [letter for letter, _text in marks] == ["a", "b", "c"]
    assert marks[1][1].startswith("b) monitoring of all laws")
    assert "Sub-items (a)–(c) of the citation are highlighted." in page
    french = page_text(client, f"{address}&ui=fr")
    assert "Les alinéas a) à c) de la citation sont mis en évidence." in french


def test_a_list_of_sub_items_and_those_the_paragraph_lacks(client):
    """ "par. 32 a) et b)" marks both; "(b)-(e)" of a paragraph with (a)-(c) marks (b) and (c)
    and names (d) and (e) as missing; "(c)-(d)" of paragraph 32 (a)-(b) marks none, saying so."""
    response = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/6, par. 32 a) et b)"))
    assert response.headers["Location"] == f"{PARA_32}?item=a,b#item-a"
    page = page_text(client, f"{PARA_32}?item=a,b")
    assert re.findall(r'<mark class="subitem" id="item-([a-z]+)">', page) == ["a", "b"]
    assert "Sub-items (a) and (b) of the citation are highlighted." in page
    partly = page_text(client, "/doc/A/HRC/WG.6/7/ITA/1/en/23?item=b-e")
    assert re.findall(r'<mark class="subitem" id="item-([a-z]+)">', partly) == ["b", "c"]
    assert (
        "Sub-items (b) and (c) of the citation are highlighted; this paragraph does not have "
        "(d) and (e)." in partly
    )
    none = page_text(client, f"{PARA_32}?item=c-d")
    assert "The citation names sub-items (c)–(d), which this paragraph does not have." in none
    assert 'class="subitem"' not in none
    french = page_text(client, f"{PARA_32}?item=c-d&ui=fr")
    assert "La citation désigne les alinéas c) à d), que ce paragraphe n’a pas." in french


@pytest.mark.parametrize(
    "typed, item",
    [
        ("A/HRC/WG.6/7/ITA/1, para. 23, subparas. (a) and (c)", "a,c"),
        ("A/HRC/WG.6/7/ITA/1, para. 23, subparagraphs (a) and (c)", "a,c"),
        ("A/HRC/WG.6/7/ITA/1, par. 23, alinéas a) à c)", "a-c"),
    ],
)
def test_sub_items_named_by_a_sub_item_word_are_marked_each(client, typed, item):
    """GIVEN several sub-items after a sub-item word (blind case list 13, case 35) WHEN typed
    THEN the paragraph opens with each marked. Before, "subparas." was not read (results of
    "subparas a c" under the citation's notice) and "subparagraphs (a) and (c)" marked (a)
    alone, searching "c" beside it."""
    response = client.get("/?q=" + quote(typed) + "&ui=en")
    assert response.status_code == 302
    lang = "fr" if "par." in typed else "en"  # English words keep the interface's language
    assert response.headers["Location"] == f"/doc/A/HRC/WG.6/7/ITA/1/{lang}/23?item={item}#item-a"


@pytest.mark.parametrize("value", ["a-", "a--c", "a,b,c,d,e,f,g,h", "1", "a;b"])
def test_a_malformed_item_is_a_400(client, value):
    assert client.get(f"{PARA_32}?item={quote(value)}").status_code == 400


def test_an_indent_the_paragraph_does_not_set_out_is_said(client):
    """GIVEN "para. 32, second indent" (paragraph 32 has lettered sub-items, no dashed item)
    WHEN typed THEN the paragraph opens, saying the indent is not marked (before: "second
    indent" searched as words beside the document). With its sub-item, "par. 32 b), deuxième
    tiret", the sub-item is marked and the indent said not to be."""
    response = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/6, para. 32, second indent"))
    assert response.headers["Location"] == f"{PARA_32}?indent=2"
    page = page_text(client, f"{PARA_32}?indent=2")
    assert (
        "The citation names indent 2, but this paragraph's text has no such dashed item: the "
        "indent is not marked." in page
    )
    assert 'class="subitem"' not in page
    french = page_text(client, f"{PARA_32}?indent=2&ui=fr")
    assert (
        "La citation désigne le tiret 2, mais le texte de ce paragraphe n’a pas un tel tiret"
        "\u00a0: il n’est pas mis en évidence." in french
    )
    both = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/6, par. 32 b), deuxième tiret"))
    assert both.headers["Location"] == f"{PARA_32}?item=b&indent=2#item-b"
    page = page_text(client, f"{PARA_32}?item=b&indent=2")
    assert re.findall(r'<mark class="subitem" id="([a-z-]+)">', page) == ["item-b"]
    assert "Sub-item (b) of the citation is highlighted." in page


@pytest.mark.parametrize("value", ["0", "31", "x", "٢"])
def test_a_malformed_indent_is_a_400(client, value):
    assert client.get(f"{PARA_32}?indent={quote(value)}").status_code == 400


@pytest.mark.parametrize(
    ("text", "item", "indent", "marked"),
    [
        ("Measures:\n– training;\n– awareness;\n– support.", None, 2, "– awareness;"),
        ("Measures:\n- training;\n- awareness", None, 1, "- training;"),
        ("a) One:\n– x;\n– y;\nb) Two:\n– z;\n– w.", "b", 2, "– w."),
        ("a) One:\n– x;\n– y;\nb) Two", "a", 2, "– y;"),
        ("Measures:\n– training;\n2. Next paragraph", None, 1, "– training;"),
        ("No dashes at all - inside a line", None, 1, None),
        ("Measures:\n– training;", None, 2, None),
    ],
)
def test_where_an_indent_runs(text, item, indent, marked):
    """An indent starts with a dash or a bullet at a line's start and runs to the next one, a
    sub-item's mark, a numbered line or the end; with a sub-item, it is counted in it."""
    pieces, _found, _lacking, dashed = subitems.marked(text, item, indent)
    shown = [piece for piece, ident in pieces if ident == f"indent-{indent}"]
    assert (shown[0] if shown else None) == marked
    assert dashed == (marked is not None)
    assert "".join(piece for piece, _ident in pieces) == text


def test_letters_of_an_item_value():
    assert subitems.letters("a-c") == ["a", "b", "c"]
    assert subitems.letters("a,b") == ["a", "b"]
    assert subitems.letters("b-d,f") == ["b", "c", "d", "f"]
    assert subitems.letters("i-iii") == ["i", "iii"]


class _Dashed:
    """The real engine, paragraph 32 of the WG.4 report given dashed items under its b): the
    shipped corpus has no paragraph with indents."""

    TEXT = (
        "Les États parties devraient veiller à ce que:\na) La victime soit protégée;\n"
        "b) Les mesures comprennent:\n– la formation;\n– la sensibilisation;\n– l'assistance."
    )

    def __init__(self, engine):
        self._engine = engine

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def _dashed(self, hit):
        if hit.symbol == "CTOC/COP/WG.4/2010/6" and hit.anchor == "32":
            return dataclasses.replace(hit, text=self.TEXT)
        return hit

    def document(self, symbol):
        document = self._engine.document(symbol)
        if document is None:
            return None
        paragraphs = {
            lang: tuple(self._dashed(hit) for hit in hits)
            for lang, hits in document.paragraphs.items()
        }
        return dataclasses.replace(document, paragraphs=paragraphs)


@pytest.fixture
def dashed(built_index, engine):
    config = {"TESTING": True, "INDEX": str(built_index), "ENGINE": _Dashed(engine)}
    return create_app(config).test_client()


def test_an_indent_is_marked(dashed):
    """GIVEN a paragraph whose sub-item b) sets out three dashed items WHEN its second indent
    is opened, alone or in b) THEN that dashed item alone is marked, and the page says so."""
    page = page_text(dashed, f"{PARA_32}?indent=2")
    marks = re.findall(r'<mark class="subitem" id="([a-z0-9-]+)">([^<]*)</mark>', page)
    assert marks == [("indent-2", "– la sensibilisation;")]
    assert "Indent 2 of the citation is highlighted." in page
    within = page_text(dashed, f"{PARA_32}?item=b&indent=3")
    marks = re.findall(r'<mark class="subitem" id="([a-z0-9-]+)">([^<]*)</mark>', within)
    assert marks == [("indent-3", "– l'assistance.")]
    assert "Indent 3 of sub-item (b) of the citation is highlighted." in within
    french = page_text(dashed, f"{PARA_32}?item=b&indent=3&ui=fr")
    assert "Le tiret 3 de l’alinéa b) de la citation est mis en évidence." in french
    none_in_a = page_text(dashed, f"{PARA_32}?item=a&indent=1")
    assert re.findall(r'<mark class="subitem" id="([a-z0-9-]+)">', none_in_a) == ["item-a"]


@pytest.mark.parametrize(
    "typed, marked",
    [
        ("CTOC/COP/WG.4/2010/6, paras. 31 (b) and 32 (a)", "31-32"),
        ("CTOC/COP/WG.4/2010/6, paras. 57 (a) and 58", "57-58"),
    ],
)
def test_sub_items_of_a_list_of_paragraphs_are_said_to_be_read_whole(client, typed, marked):
    """GIVEN sub-items in a list of paragraphs (blind case list 13, cases 16 and 39) WHEN typed
    THEN the paragraphs open marked whole, the page saying so (``?read=subitems``). Before, the
    sub-items were dropped without a word."""
    response = client.get("/?q=" + quote(typed))
    address = f"/doc/CTOC/COP/WG.4/2010/6/fr?paras={marked}&read=subitems"
    assert response.headers["Location"] == f"{address}#para-{marked[:2]}"
    said = "The citation names a list of paragraphs with sub-items: the paragraphs are"
    assert said in page_text(client, f"{address}&ui=en")
    dit = "La citation désigne une liste de paragraphes avec des alinéas\u00a0: les paragraphes"
    assert dit in page_text(client, f"{address}&ui=fr")
