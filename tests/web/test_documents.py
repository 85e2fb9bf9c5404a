"""Document pages, the side-by-side view and paragraph permalinks; their routes and 404s."""

from __future__ import annotations

import html
import re

import pytest
from flask import url_for

from indexer.index.api import AgendaRef, Hit
from indexer.index.serialize import paragraph_url
from search_app.documents import blocks, pair_rows

from .support import tags


@pytest.mark.parametrize(
    "path, endpoint, values",
    [
        (
            "/doc/CTOC/COP/WG.4/2010/6",
            "documents.best_language",
            {"symbol": "CTOC/COP/WG.4/2010/6"},
        ),
        (
            "/doc/CTOC/COP/WG.4/2010/6/fr",
            "documents.document",
            {"symbol": "CTOC/COP/WG.4/2010/6", "lang": "fr"},
        ),
        (
            "/doc/CTOC/COP/WG.4/2010/6/fr/32",
            "documents.paragraph",
            {"symbol": "CTOC/COP/WG.4/2010/6", "lang": "fr", "anchor": "32"},
        ),
        (
            "/doc/A/RES/48/161/en/pp3",
            "documents.paragraph",
            {"symbol": "A/RES/48/161", "lang": "en", "anchor": "pp3"},
        ),
        ("/doc/A/RES/48/161/compare", "documents.compare", {"symbol": "A/RES/48/161"}),
        (
            "/doc/A/HRC/WG.6/7/ITA/1/en",
            "documents.document",
            {"symbol": "A/HRC/WG.6/7/ITA/1", "lang": "en"},
        ),
        (
            "/api/paragraphs/A/HRC/WG.6/7/ITA/1/fr/12",
            "api.paragraph",
            {"symbol": "A/HRC/WG.6/7/ITA/1", "lang": "fr", "anchor": "12"},
        ),
    ],
)
def test_routes_with_slashes_in_symbols(app, path, endpoint, values):
    assert app.url_map.bind("localhost").match(path) == (endpoint, values)


def test_paragraph_urls_follow_the_permalink_scheme(app):
    with app.test_request_context():
        built = url_for(
            "documents.paragraph", symbol="CTOC/COP/WG.4/2010/6", lang="fr", anchor="32"
        )
    assert built == paragraph_url("CTOC/COP/WG.4/2010/6", "fr", "32")
    assert built == "/doc/CTOC/COP/WG.4/2010/6/fr/32"


@pytest.mark.parametrize(
    "accept, symbol, lang",
    [
        ("fr-FR,fr;q=0.9", "A/RES/48/161", "fr"),
        ("en-GB", "A/RES/48/161", "en"),
        ("en-GB", "CTOC/COP/WG.4/2010/6", "fr"),  # the only version there is
    ],
)
def test_symbol_alone_redirects_to_the_best_language(client, accept, symbol, lang):
    response = client.get(f"/doc/{symbol}", headers={"Accept-Language": accept})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{symbol}/{lang}"


@pytest.mark.parametrize(
    "path, target",
    [
        ("/doc/ctoc/cop/wg.4/2010/6/fr", "/doc/CTOC/COP/WG.4/2010/6/fr"),
        ("/doc/a/res/48/161/en/pp3", "/doc/A/RES/48/161/en/pp3"),
        ("/doc/a/res/48/161/compare", "/doc/A/RES/48/161/compare"),
        # as people type them: a leading zero, a trailing slash, a language in capitals
        # (each had been a 404)
        ("/doc/CTOC/COP/WG.4/2010/6/fr/032", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/32/", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("/doc/CTOC/COP/WG.4/2010/6/FR?paras=3", "/doc/CTOC/COP/WG.4/2010/6/fr?paras=3"),
        ("/doc/A/RES/48/161/", "/doc/A/RES/48/161"),
        # an anchor in capitals, as the page shows it (PP3), and any case of a language
        ("/doc/A/RES/48/161/en/PP3", "/doc/A/RES/48/161/en/pp3"),
        ("/doc/A/RES/48/161/fR/Pp3?item=a", "/doc/A/RES/48/161/fr/pp3?item=a"),
        ("/doc/A/RES/48/161/EN/3", "/doc/A/RES/48/161/en/3"),
    ],
)
def test_addresses_are_redirected_to_the_pages_own(client, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response.headers["Location"] == target


def test_document_page(client):
    html = client.get("/doc/CTOC/COP/WG.4/2010/6/fr").get_data(as_text=True)
    assert 'id="para-1"' in html and 'id="para-115"' in html
    assert 'href="/doc/CTOC/COP/WG.4/2010/6/fr/32"' in html
    assert "Nations Unies, Recueil des Traités, vol. 2225" in html  # a footnote
    headings = tags(html, cls="doc-heading")
    assert headings and all(h["lang"] == "fr" for h in headings)
    assert all(t["lang"] == "fr" for t in tags(html, cls="para-text"))
    toc_links = [t["href"] for t in tags(html, "a") if t.get("href", "").startswith("#sec-")]
    assert {f"#{h['id']}" for h in headings} == set(toc_links)
    assert "Item 4" not in html or "Agenda" in html
    assert "/compare" not in html  # only the French version is in the corpus
    assert "17 February 2010" in html and "27–29 January 2010" in html


def test_document_with_two_versions_links_the_other_and_the_comparison(client):
    html = client.get("/doc/A/RES/48/161/en").get_data(as_text=True)
    assert 'href="/doc/A/RES/48/161/fr"' in html
    assert 'href="/doc/A/RES/48/161/compare"' in html
    assert 'id="para-pp3"' in html and 'id="para-26"' in html


def test_compare_page_pairs_the_versions(client):
    html = client.get("/doc/A/RES/48/161/compare").get_data(as_text=True)
    cells = tags(html, "div", "cell")
    langs = [c.get("lang") for c in cells if c.get("lang")]
    assert langs[:2] == ["en", "fr"]
    assert langs.count("en") == langs.count("fr") >= 48
    assert "Recalling the relevant resolutions" in html and "Rappelant les résolutions" in html


def test_compare_page_ids_are_unique_and_a_paragraphs_anchor_opens_its_row(client):
    """Before, both columns had "para-3", so "compare#para-3" reached the English one only
    and the page's HTML was invalid."""
    import re

    html = client.get("/doc/A/RES/48/161/compare").get_data(as_text=True)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    row = next(t for t in tags(html, "div", "pair") if t.get("id") == "para-3")
    assert row is not None
    assert {"para-en-3", "para-fr-3", "para-en-pp3", "para-fr-pp3"} <= set(ids)


def test_compare_puts_the_interface_language_first(client):
    html = client.get("/doc/A/RES/48/161/compare?ui=fr").get_data(as_text=True)
    langs = [c["lang"] for c in tags(html, "div", "cell") if c.get("lang")]
    assert langs[:2] == ["fr", "en"]


def test_paragraph_page(client):
    html = client.get("/doc/CTOC/COP/WG.4/2010/6/fr/32").get_data(as_text=True)
    assert "<h1>CTOC/COP/WG.4/2010/6, para. 32" in html
    assert 'id="citation">CTOC/COP/WG.4/2010/6, para. 32 (<a href="http://localhost/doc/' in html
    assert "Previous paragraph: para. 31" in html and "Next paragraph: para. 33" in html
    assert 'href="/doc/CTOC/COP/WG.4/2010/6/fr#para-32"' in html
    assert "Recommendation" in html and "Item 3" in html
    assert 'href="/?topic=definitions">Definition and concepts of trafficking' in html
    copy = next(t for t in tags(html, "button") if t.get("class") == "copy")
    assert "hidden" in copy  # shown by the script; the citation is plain text without it
    assert all(t["lang"] == "fr" for t in tags(html, cls="para-text"))


def test_paragraph_page_shows_the_twin_states_and_footnotes(client):
    html = client.get("/doc/A/HRC/WG.6/7/ITA/1/en/71").get_data(as_text=True)
    assert "French version" in html
    assert 'href="/doc/A/HRC/WG.6/7/ITA/1/fr/71"' in html
    assert 'href="/?state=ITA">Italy</a>' in html
    html = client.get("/doc/CTOC/COP/WG.4/2010/6/fr/1").get_data(as_text=True)
    assert "Ibid., vol. 2237" in html
    assert "Previous paragraph" not in html


def test_preambular_paragraph_is_cited_as_such(client):
    html = client.get("/doc/A/RES/48/161/en/pp3").get_data(as_text=True)
    assert "A/RES/48/161, preambular para. 3" in html
    assert "A/RES/48/161, preambular para. 3 (French)" in html


@pytest.mark.parametrize(
    "path, message",
    [
        ("/doc/NO/SUCH/1", "No document NO/SUCH/1."),
        ("/doc/NO/SUCH/1/fr", "No document NO/SUCH/1."),
        ("/doc/NO/SUCH/1/fr/3", "No document NO/SUCH/1."),
        ("/doc/NO/SUCH/1/compare", "No document NO/SUCH/1."),
        ("/doc/CTOC/COP/WG.4/2010/6/en", "has no version of CTOC/COP/WG.4/2010/6 in English"),
        ("/doc/CTOC/COP/WG.4/2010/6/de", "(de); it has: French."),
        # the language by its name (web QA, session 13: "in this language (en)")
        ("/doc/CTOC/COP/WG.4/2010/6/en/3", "of CTOC/COP/WG.4/2010/6 in English; it has: French."),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/999", "No paragraph 999 in CTOC/COP/WG.4/2010/6 (French)."),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/pp1", "No paragraph pp1 in"),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/abc", "No paragraph abc in CTOC/COP/WG.4/2010/6"),
        ("/doc/CTOC/COP/WG.4/2010/6/compare", "only one language version"),
        # a missing version or paragraph links to what there is
        ("/doc/CTOC/COP/WG.4/2010/6/en", '<a href="/doc/CTOC/COP/WG.4/2010/6/fr">'),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/999", '<a href="/doc/CTOC/COP/WG.4/2010/6/fr">'),
    ],
)
def test_not_found(client, path, message):
    response = client.get(path)
    assert response.status_code == 404
    assert message in response.get_data(as_text=True)


def _hit(anchor: str, section: tuple[str, ...], lang: str = "en") -> Hit:
    number = int(anchor) if anchor.isdigit() else None
    return Hit(
        id=f"X|{lang}|{anchor}",
        symbol="X",
        lang=lang,
        paragraph=number,
        anchor=anchor,
        text="…",
        highlight="…",
        section=section,
        agenda_item=AgendaRef(1, "A") if number else None,
        kind="other",
        states=(),
        topics=(),
        score=0.0,
    )


def test_blocks_open_each_heading_once_at_its_level():
    paragraphs = (
        _hit("1", ("I. A",)),
        _hit("2", ("I. A", "1. B")),
        _hit("3", ("I. A", "1. B")),
        _hit("4", ("I. A", "2. C")),
        _hit("5", ("II. D",)),
    )
    opened = [[(h.level, h.title) for h in b.headings] for b in blocks(paragraphs)]
    assert opened == [[(1, "I. A")], [(2, "1. B")], [], [(2, "2. C")], [(1, "II. D")]]
    ids = [h.id for b in blocks(paragraphs) for h in b.headings]
    assert ids == ["sec-1", "sec-2", "sec-3", "sec-4"]


def test_pair_rows_match_paragraphs_by_anchor_and_keep_the_unmatched():
    left = tuple(_hit(a, ()) for a in ("pp1", "1", "2", "4"))
    right = tuple(_hit(a, (), "fr") for a in ("pp1", "1", "3", "4"))
    rows = [tuple(b.paragraph.anchor if b else None for b in row) for row in pair_rows(left, right)]
    assert rows == [("pp1", "pp1"), ("1", "1"), (None, "3"), ("2", None), ("4", "4")]


def test_a_preambular_paragraph_is_marked_as_it_is_cited(client):
    """A resolution's preambular paragraph 3 is marked "PP3", as UN drafts number it and as
    "pp3" cites it; "¶3" had read as what "¶ 3" cites, the operative paragraph 3."""
    html = client.get("/doc/A/RES/48/161/en").get_data(as_text=True)
    assert '<span aria-hidden="true">PP3</span>' in html
    assert '<span aria-hidden="true">3.</span>' in html
    assert "¶3<" not in html


def test_a_decisions_unnumbered_text_is_cited_as_the_decision(app):
    """GIVEN the unnumbered text of a decision a report sets out WHEN cited THEN as the decision
    (its second text as an unnumbered paragraph), marked ¶; it was "decision 10/1, preambular
    para. 1" and PP1, but a decision has no preamble. A resolution's stay preambular."""
    from search_app.citation_text import citation, para_mark

    with app.test_request_context("/?ui=en"):
        assert citation(_hit("dec10.1-p1", ())) == "X, decision 10/1"
        assert citation(_hit("dec10.1-p2", ())) == "X, decision 10/1, unnumbered para. 2"
        assert para_mark(_hit("dec10.1-p1", ())) == "¶"
        assert citation(_hit("res10.3-p2", ())) == "X, resolution 10/3, preambular para. 2"
        assert para_mark(_hit("res10.3-p2", ())) == "PP2"


@pytest.mark.parametrize(
    "path, way_out",
    [
        ("/doc/CTOC/COP/WG.4/2010/6/en/32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("/doc/CTOC/COP/WG.4/2010/6/en/32?item=b", "/doc/CTOC/COP/WG.4/2010/6/fr/32?item=b#item-b"),
        (
            "/doc/CTOC/COP/WG.4/2010/6/en?paras=30-32",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30",
        ),
        ("/doc/CTOC/COP/WG.4/2010/6/en", "/doc/CTOC/COP/WG.4/2010/6/fr"),
    ],
)
def test_a_language_version_the_collection_lacks_leads_to_the_same_place_in_another(
    client, path, way_out
):
    """Before, a shared link to para. 32 of the English version of a report the collection has
    in French only was a 404 whose link went to the top of the French report."""
    response = client.get(path)
    assert response.status_code == 404
    links = re.findall(r'<ul class="ways-out"><li><a href="([^"]+)"', response.text)
    assert [html.unescape(link) for link in links] == [way_out]


def test_marked_paragraphs_the_document_lacks_are_said(client):
    """Before, ?paras=300 opened the document with nothing highlighted and no word."""
    page = client.get("/doc/CTOC/COP/WG.4/2010/6/fr?paras=300").get_data(as_text=True)
    assert "Not in the document: para. 300. Its paragraphs are numbered 1 to 115." in page
    assert "para-marked" not in page
    some = client.get("/doc/CTOC/COP/WG.4/2010/6/fr?paras=114-116").get_data(as_text=True)
    assert "highlighted: paras. 114 and 115. Not in the document: para. 116." in some


@pytest.mark.parametrize("anchor", ["0", "00", "000"])
def test_paragraph_zero_is_a_404_naming_the_paragraphs_not_a_redirect_loop(client, anchor):
    """GIVEN /doc/…/fr/0 (or /00) WHEN fetched THEN a 404 says which paragraphs the document
    has and links to it; before, "/fr/0" answered 301 to itself and the browser gave up
    (ERR_TOO_MANY_REDIRECTS), and "/00" redirected into that loop."""
    response = client.get(f"/doc/CTOC/COP/WG.4/2010/6/fr/{anchor}?ui=en")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert f"No paragraph {anchor} in CTOC/COP/WG.4/2010/6 (French)." in html
    assert "Its paragraphs are numbered 1 to 115." in html
    assert '<a href="/doc/CTOC/COP/WG.4/2010/6/fr">' in html
    french = client.get(f"/doc/CTOC/COP/WG.4/2010/6/fr/{anchor}?ui=fr").get_data(as_text=True)
    assert "Ses paragraphes sont numérotés de 1 à 115." in french


@pytest.mark.parametrize(
    "paras, highlighted",
    [("34-32", "paras. 32–34"), ("pp5-3", "preambular paras. 3–5")],
)
def test_a_range_written_backwards_in_the_address_is_read_forward(client, paras, highlighted):
    """GIVEN a document address whose range runs backwards (?paras=34-32, as a reader edits
    an address or copies a citation's range) WHEN opened THEN the paragraphs are marked, as
    the search box reads "paras 34-32"; before, the page marked nothing and said nothing."""
    symbol = "A/RES/48/161/en" if paras.startswith("pp") else "CTOC/COP/WG.4/2010/6/fr"
    page = client.get(f"/doc/{symbol}?paras={paras}&ui=en").get_data(as_text=True)
    assert f"The paragraphs of the citation are highlighted: {highlighted}." in page
    assert page.count('class="para para-marked"') == 3


def test_a_citation_typed_in_a_versions_box_opens_that_version(client):
    """GIVEN the French version of A/RES/48/161 read in the English interface
    WHEN "par. 3" is typed in its "Search in this document" box (the form's fields sent)
    THEN paragraph 3 opens in French, the version being read. Before, the box sent the
    symbol alone and the citation opened in the interface language: English."""
    page = client.get("/doc/A/RES/48/161/fr?ui=en").get_data(as_text=True)
    form = page[page.index('<form class="doc-search"') :]
    form = form[: form.index("</form>")]
    fields = {t["name"]: t.get("value", "") for t in tags(form, "input")}
    fields.update(q="par. 3", ui="en")
    response = client.get("/", query_string=fields)
    assert response.status_code == 302
    assert response.headers["Location"] == "/doc/A/RES/48/161/fr/3"
    words = client.get("/", query_string={**fields, "q": "Central America"})
    listed = re.findall(
        r'<h2 class="hit-title"[^>]*><a href="/doc/A/RES/48/161/(\w\w)/', words.text
    )
    assert listed and set(listed) == {"fr"}  # the version's paragraphs, twins of English words


def test_the_side_by_side_page_has_its_sections_as_headings(client):
    """GIVEN Italy's report side by side WHEN read THEN its section titles are headings, in
    order, so that a screen reader lists them: they were paragraphs (web QA, session 13)."""
    html = client.get("/doc/A/HRC/WG.6/7/ITA/1/compare").get_data(as_text=True)
    levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1 and len(levels) > 10
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert '<h2 class="compare-heading' in html


@pytest.mark.parametrize("anchor", ["zz", "abc", "999", "pp1"])
def test_a_paragraph_the_version_lacks_is_named_with_the_ways_on(client, anchor):
    """GIVEN the address of a paragraph the French version lacks, a number or not ("zz": two
    letters, which the address reads as a language after the symbol)
    WHEN opened, in either interface language
    THEN the 404 names that paragraph of that version and the numbers it has, and links to the
    document and to the list of its paragraphs. Before, "/fr/zz" said "No document
    CTOC/COP/WG.4/2010/6/fr." and "/fr/abc" named the paragraph without any way on."""
    address = f"/doc/CTOC/COP/WG.4/2010/6/fr/{anchor}"
    response = client.get(f"{address}?ui=en")
    assert response.status_code == 404
    said = html.unescape(response.text)
    assert (
        f"No paragraph {anchor} in CTOC/COP/WG.4/2010/6 (French). "
        "Its paragraphs are numbered 1 to 115." in said
    )
    assert "No document" not in said
    ways = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', response.text)
    assert [(html.unescape(url), label) for url, label in ways] == [
        ("/doc/CTOC/COP/WG.4/2010/6/fr", "CTOC/COP/WG.4/2010/6 (French)"),
        (
            "/?symbol=CTOC/COP/WG.4/2010/6&lang=fr",
            "The list of the paragraphs of CTOC/COP/WG.4/2010/6 (French)",
        ),
    ]
    listed = client.get("/?symbol=CTOC/COP/WG.4/2010/6&lang=fr&ui=en")
    assert listed.status_code == 200 and "115 paragraphs" in listed.text
    french = html.unescape(client.get(f"{address}?ui=fr").text)
    assert f"Pas de paragraphe {anchor} dans CTOC/COP/WG.4/2010/6 (français)." in french
    assert "La liste des paragraphes de CTOC/COP/WG.4/2010/6 (français)" in french


def test_a_stray_character_after_a_paragraph_number_leads_to_the_paragraph(client):
    """GIVEN /doc/…/fr/32a (a number with a stray character, as a copied link brings it)
    WHEN opened THEN the 404 links first to para. 32, then to the document and its list."""
    response = client.get("/doc/CTOC/COP/WG.4/2010/6/fr/32a?ui=en")
    assert response.status_code == 404
    ways = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', response.text)
    assert ways[0] == ("/doc/CTOC/COP/WG.4/2010/6/fr/32", "CTOC/COP/WG.4/2010/6, para. 32")
    assert len(ways) == 3


@pytest.mark.parametrize(
    "address, said",
    [
        ("/doc/NO/SUCH/fr/zz", "No document NO/SUCH."),
        ("/doc/CTOC/COP/WG.4/2010/6/en/zz", "no version of CTOC/COP/WG.4/2010/6 in English"),
    ],
)
def test_a_two_letter_anchor_after_a_missing_document_or_version(client, address, said):
    """GIVEN "/…/fr/zz" after a symbol the collection lacks, or after a version it lacks
    WHEN opened THEN the 404 names the document, or the version, that is missing; it had named
    a document "NO/SUCH/fr"."""
    response = client.get(f"{address}?ui=en")
    assert response.status_code == 404 and said in html.unescape(response.text)


@pytest.mark.parametrize(
    "ui, names",
    [
        ("en", ["Search the paragraphs", "Search in this document"]),
        ("fr", ["Rechercher dans les paragraphes", "Rechercher dans ce document"]),
    ],
)
def test_the_two_search_landmarks_of_a_document_have_their_own_names(client, ui, names):
    """GIVEN a document page, which has the site's search box and its own
    WHEN a screen reader lists the page's landmarks
    THEN the two search landmarks are named by their labels, each its own: both were an
    unnamed "search"."""
    text = client.get(f"/doc/CTOC/COP/WG.4/2010/6/fr?ui={ui}").get_data(as_text=True)
    forms = [form for form in tags(text, "form") if form.get("role") == "search"]
    named = []
    for form in forms:
        label = re.search(rf'<label [^>]*id="{form["aria-labelledby"]}"[^>]*>([^<]+)</label>', text)
        named.append(html.unescape(label[1]))
    assert named == names
