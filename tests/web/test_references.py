"""The citation graph on the pages: what a paragraph cites, what cites it, the cited documents."""

from __future__ import annotations

import re

import pytest

from indexer.index.api import Hit
from search_app import create_app
from search_app.references import Library, anchor_key, corrected_part, excerpt, locate, target

from .support import tags

REPORT = "/doc/CTOC/COP/WG.4/2010/6/fr"
ABSENT_2009 = "CTOC/COP/WG.4/2009/2"
CITING_2009 = [7, 15, 22, 24, 31, 41, 50, 78]
FOLLOW_UPS = [22, 24, 41]


def html(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def section(page: str, heading_id: str) -> str:
    """Return the HTML of the <section> labelled by ``heading_id``."""
    start = page.index(f'aria-labelledby="{heading_id}"')
    return page[start : page.index("</section>", start)]


def text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment))


def entries(fragment: str) -> list[str]:
    """Return the text of each reference (``li.ref``) of a fragment."""
    return [text(part) for part in fragment.split('<li class="ref">')[1:]]


# -- Paragraph page ---------------------------------------------------------------------------


def test_paragraph_109_is_cited_by_paragraph_50_in_its_footnote_9(client):
    """GIVEN para. 50's footnote 9 "voir par. 109 ci-dessous" WHEN para. 109 is opened THEN
    "Cited by" names para. 50, the footnote and its words."""
    cited_by = section(html(client, f"{REPORT}/109"), "cited-by-heading")
    assert '<a href="/doc/CTOC/COP/WG.4/2010/6/fr/50">CTOC/COP/WG.4/2010/6, para. 50</a>' in (
        cited_by
    )
    [entry] = entries(cited_by)
    assert "refers to para. 109" in entry
    assert "In footnote 9:" in entry
    assert "voir <mark>par. 109</mark> ci-dessous" in cited_by
    assert '<q class="excerpt" lang="fr">' in cited_by


def test_a_paragraph_nobody_cites_says_so(client):
    cited_by = section(html(client, f"{REPORT}/32"), "cited-by-heading")
    assert "No paragraph of the collection refers to this paragraph." in cited_by


def test_paragraph_50_cites_an_absent_report_and_a_paragraph_of_its_own_report(client):
    cites = section(html(client, f"{REPORT}/50?ui=en"), "cites-heading")
    absent, own = entries(cites)
    assert "CTOC/COP/WG.4/2009/2, para. 12" in absent and "not in the collection" in absent
    assert 'href="https://undocs.org/en/CTOC/COP/WG.4/2009/2"' in cites
    assert "In the text:" in absent and "paragraphe 12" in absent
    assert '<a href="/doc/CTOC/COP/WG.4/2010/6/fr/109">CTOC/COP/WG.4/2010/6, para. 109</a>' in cites
    assert "In footnote 9:" in own and "not in the collection" not in own


def test_the_undocs_link_follows_the_interface_language(client):
    cites = section(html(client, f"{REPORT}/50?ui=fr"), "cites-heading")
    assert 'href="https://undocs.org/fr/CTOC/COP/WG.4/2009/2"' in cites
    assert "absent de la collection" in cites and "Dans la note 9" in cites


def test_a_corrected_symbol_says_how_it_was_written(client):
    cites = section(html(client, f"{REPORT}/31"), "cites-heading")
    assert "CTOC/COP/WG.4/2009/2, para. 7" in cites
    assert "Written W.4 in the original." in cites


@pytest.mark.parametrize("number", FOLLOW_UPS)
def test_a_follow_up_is_marked(client, number):
    cites = section(html(client, f"{REPORT}/{number}"), "cites-heading")
    assert "Recommendation follow-up" in cites


def test_a_paragraph_without_references_has_no_cites_section(client):
    assert 'id="cites-heading"' not in html(client, f"{REPORT}/34")


@pytest.mark.parametrize(
    "ui, lang, other", [("en", "en", "fr"), ("fr", "fr", "en")], ids=["english", "french"]
)
def test_a_bilingual_citing_paragraph_is_listed_once_in_the_interface_language(
    client, ui, lang, other
):
    cited_by = section(html(client, f"/doc/A/HRC/WG.6/7/ITA/1/en/32?ui={ui}"), "cited-by-heading")
    assert len(entries(cited_by)) == 1
    assert f'href="/doc/A/HRC/WG.6/7/ITA/1/{lang}/122"' in cited_by
    assert f'href="/doc/A/HRC/WG.6/7/ITA/1/{other}/122"' not in cited_by


def test_a_range_of_an_in_collection_document_links_to_the_highlighted_range(client):
    cites = section(html(client, "/doc/A/HRC/WG.6/7/ITA/1/en/125"), "cites-heading")
    assert 'href="/doc/A/HRC/WG.6/7/ITA/1/en?paras=72-74#para-72"' in cites
    assert "A/HRC/WG.6/7/ITA/1, paras. 72–74" in cites


# -- Document page ----------------------------------------------------------------------------


def test_the_document_page_lists_what_cites_it_and_what_it_cites(client):
    page = html(client, REPORT)
    cited_by = section(page, "cited-by-heading")
    assert [re.search(r"para\. \d+", e)[0] for e in entries(cited_by)] == ["para. 50"]
    cites = section(page, "cites-heading")
    groups = re.findall(r'<li class="cited-doc" id="([^"]+)"', cites)
    assert "doc-CTOC-COP-WG-4-2009-2" in groups and "doc-E-2002-68-Add-1" in groups
    absent = cites[cites.index('id="doc-CTOC-COP-WG-4-2009-2"') :]
    absent = absent[: absent.index("</ul>")]
    assert re.findall(r'href="/doc/CTOC/COP/WG.4/2010/6/fr/(\d+)"', absent) == [
        str(n) for n in CITING_2009
    ]
    assert 'Cited by <a href="#cited-by-heading">' not in page  # the header's links
    assert '<a href="#cited-by-heading">Cited by 1 paragraph</a>' in page
    assert '<a href="#cites-heading">Cites 8 documents</a>' in page


def test_a_document_cited_by_nobody_says_so(client):
    page = html(client, "/doc/A/RES/48/161/en")
    assert "No paragraph of the collection refers to this document." in page
    cites = section(page, "cites-heading")
    assert 'id="doc-A-42-521"' in cites and "In footnote 1:" in cites


def test_a_document_cited_in_part_by_itself_lists_those_paragraphs(client):
    cited_by = section(html(client, "/doc/A/HRC/WG.6/7/ITA/1/en"), "cited-by-heading")
    found = re.findall(r'href="/doc/A/HRC/WG.6/7/ITA/1/en/(\d+)"', cited_by)
    assert found == ["122", "125"]
    assert "refers to paras. 72–74" in text(cited_by)


def test_paras_highlights_the_paragraphs_of_a_citation(client):
    page = html(client, f"{REPORT}?paras=31,33-34")
    assert [t["id"] for t in tags(page, cls="para-marked")] == ["para-31", "para-33", "para-34"]
    assert "The paragraphs of the citation are highlighted: paras. 31, 33 and 34." in page
    assert "(in the citation)" in page
    assert "para-marked" not in html(client, REPORT)


def test_paras_out_of_the_document_highlights_nothing(client):
    page = html(client, f"{REPORT}?paras=900")
    assert "para-marked" not in page and "are highlighted" not in page


@pytest.mark.parametrize("value", ["abc", "<script>", "1-9999", "%00"])
def test_bad_paras_is_a_400_naming_the_parameter(client, value):
    page = html(client, f"{REPORT}?paras={value}", status=400)
    assert "paras" in page and "<script>" not in page


def test_paras_survives_the_redirect_to_the_canonical_symbol(client):
    response = client.get("/doc/ctoc/cop/wg.4/2010/6/fr?paras=30-32")
    assert response.status_code == 301
    assert response.headers["Location"] == "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32"


# -- The cited documents ----------------------------------------------------------------------


def cited_section(page: str, symbol_id: str) -> str:
    start = page.index(f'<li class="cited-doc" id="{symbol_id}">')
    return page[start : page.index('<li class="cited-doc"', start + 10)]


def test_the_2009_report_is_listed_with_its_eight_citing_paragraphs(client):
    """GIVEN the 2009 WG.4 report, absent from the collection WHEN /cited is opened THEN it is
    listed with every paragraph of the 2010 report citing it, follow-ups marked."""
    page = html(client, "/cited")
    report = cited_section(page, "doc-CTOC-COP-WG-4-2009-2")
    assert "not in the collection" in report
    assert 'href="https://undocs.org/en/CTOC/COP/WG.4/2009/2"' in report
    assert "Cited by 8 paragraphs of CTOC/COP/WG.4/2010/6:" in report
    linked = re.findall(r'<a href="/doc/CTOC/COP/WG.4/2010/6/fr/(\d+)">para\. \1</a>', report)
    assert linked == [str(n) for n in CITING_2009]
    follow_ups = [
        int(re.search(r"para\. (\d+)", entry)[1])
        for entry in entries(report)
        if "Recommendation follow-up" in entry
    ]
    assert follow_ups == FOLLOW_UPS
    assert "refers to para. 19" in text(report)  # para. 22 follows up recommendation 19


def test_every_cited_document_is_listed_in_the_collection_or_not(client, engine):
    page = html(client, "/cited")
    cited = engine.cited_documents()
    ids = re.findall(r'<li class="cited-doc" id="([^"]+)"', page)
    assert len(ids) == len(cited) and "doc-A-42-521" in ids
    own = cited_section(page, "doc-A-HRC-WG-6-7-ITA-1")
    assert '<a href="/doc/A/HRC/WG.6/7/ITA/1/en">A/HRC/WG.6/7/ITA/1</a>' in own
    assert "not in the collection" not in own
    assert f"{len(cited)} documents cited" in page
    assert f"{sum(not d.in_corpus for d in cited)} not in the collection" in page


def test_the_cited_documents_page_in_french(client):
    page = html(client, "/cited?ui=fr")
    assert "Documents cités par la collection" in page
    report = cited_section(page, "doc-CTOC-COP-WG-4-2009-2")
    assert "Cité par 8 paragraphes de CTOC/COP/WG.4/2010/6\u00a0:" in report
    assert "Suite donnée à une recommandation" in report and "renvoie au par. 19" in report
    assert 'href="https://undocs.org/fr/CTOC/COP/WG.4/2009/2"' in report


@pytest.fixture
def paged(built_index, engine):
    """The app with three cited documents to a page of /cited."""
    app = create_app(
        {"TESTING": True, "INDEX": str(built_index), "ENGINE": engine, "CITED_PAGE_SIZE": 3}
    )
    return app.test_client()


def test_the_cited_documents_come_a_page_at_a_time(paged, engine):
    """GIVEN 3 cited documents to a page WHEN pages 1 and 2 are read THEN each has its three."""
    cited = engine.cited_documents()
    last = -(-len(cited) // 3)
    assert last >= 3
    seen = []
    for number in range(1, last + 1):
        page = html(paged, "/cited" + (f"?page={number}" if number > 1 else ""))
        seen += re.findall(r'<li class="cited-doc" id="([^"]+)"', page)
        assert f"{len(cited)} documents cited" in page  # the summary counts them all
        assert '<nav class="pager" aria-label="Pages of cited documents">' in page
        assert ('rel="prev"' in page) == (number > 1) and ('rel="next"' in page) == (number < last)
    assert len(seen) == len(cited) == len(set(seen))
    assert f"Documents 4–6 of {len(cited)}" in html(paged, "/cited?page=2")
    second = html(paged, "/cited?page=2")
    assert 'href="/cited" rel="prev"' in second and 'href="/cited?page=3"' in second


@pytest.mark.parametrize("page", ["99", "999"])
def test_a_page_of_cited_documents_past_the_list_is_a_400(paged, page):
    response = paged.get(f"/cited?page={page}")
    assert response.status_code == 400
    assert "The cited documents are listed on pages 1 to" in response.get_data(as_text=True)


@pytest.mark.parametrize("page", ["99"])
def test_a_page_of_cited_documents_past_the_list_links_to_the_list(client, paged, page):
    """GIVEN a page of /cited the list does not have (an old bookmark: the collection cites
    fewer documents now) WHEN it is opened THEN the 400 links to the list's first page, and a
    list on one page says so. Before, its only link was to the search page, and the shipped
    collection's list (one page) read "listed on pages 1 to 1"."""
    for app, said in ((client, "listed on one page."), (paged, "listed on pages 1 to ")):
        response = app.get(f"/cited?page={page}")
        assert response.status_code == 400
        text = response.get_data(as_text=True)
        assert f"The cited documents are {said}" in text
        assert '<ul class="ways-out"><li><a href="/cited">' in text
    french = client.get(f"/cited?page={page}&ui=fr").get_data(as_text=True)
    assert "Les documents cités tiennent sur une seule page." in french
    assert '<a href="/cited">Documents cités par la collection</a>' in french


@pytest.mark.parametrize("page", ["abc", "x", "0", "-1", "1.5", "２"])
def test_a_malformed_page_of_cited_documents_is_said_as_the_search_page_says_it(
    client, paged, page
):
    """GIVEN /cited?page=abc (or 0, -1, 1.5: no whole number from 1)
    WHEN it is opened, in either interface language, with one page of cited documents or more
    THEN the 400 says what the search page says of ?page=abc, "The page number must be a whole
    number from 1, such as 2.", and links to the list's first page. Before, it said "The cited
    documents are listed on one page.", as if the number were only too high."""
    for ui in ("en", "fr"):
        search = client.get(f"/?q=traite&page={page}&ui={ui}")
        assert search.status_code == 400
        expected = re.search(r'<p class="message">(.*?)</p>', search.text)[1]
        english = "The page number must be a whole number from 1, such as 2."
        assert expected == english if ui == "en" else expected.startswith("Le numéro de page")
        for app in (client, paged):
            response = app.get(f"/cited?page={page}&ui={ui}")
            assert response.status_code == 400
            said = re.search(r'<p class="message">(.*?)</p>', response.text)[1]
            assert said == expected
            assert '<ul class="ways-out"><li><a href="/cited">' in response.text


def test_a_page_of_cited_documents_is_read_as_the_search_page_reads_its_own(client, paged):
    """GIVEN /cited?page= (empty), ?page=+2+ (spaces), ?page=1&page=2 WHEN opened THEN the first
    page, the second, and a 400 saying that the address has two page numbers, as on the search
    page (an empty page number had been a 400, two of them read as the first)."""
    assert client.get("/cited?page=").status_code == 200
    assert "Documents 4–6 of" in paged.get("/cited?page=+2+").get_data(as_text=True)
    response = paged.get("/cited?page=1&page=2&ui=en")
    assert response.status_code == 400
    assert "The address has two page numbers: keep only one." in response.text


def test_the_citation_notice_links_to_the_page_that_lists_the_document(paged, engine):
    symbols = [d.symbol for d in engine.cited_documents()]
    page = symbols.index(ABSENT_2009) // 3 + 1
    said = html(paged, "/?q=" + ABSENT_2009)
    suffix = f"?page={page}" if page > 1 else ""
    assert f'href="/cited{suffix}#doc-CTOC-COP-WG-4-2009-2"' in said


def test_the_cited_documents_are_linked_from_the_home_page_and_the_footer(client):
    home = html(client, "/")
    assert home.count('href="/cited"') == 2
    assert 'href="/cited"' in html(client, f"{REPORT}/32")


# -- Pieces -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "symbol, paragraphs, lang, url, missing",
    [
        ("A/HRC/WG.6/7/ITA/1", (32,), "fr", "/doc/A/HRC/WG.6/7/ITA/1/fr/32", ()),
        ("A/HRC/WG.6/7/ITA/1", (32,), "en", "/doc/A/HRC/WG.6/7/ITA/1/en/32", ()),
        ("CTOC/COP/WG.4/2010/6", (32,), "en", "/doc/CTOC/COP/WG.4/2010/6/fr/32", ()),
        ("CTOC/COP/WG.4/2010/6", (), "en", "/doc/CTOC/COP/WG.4/2010/6/fr", ()),
        ("CTOC/COP/WG.4/2010/6", (200,), "fr", "/doc/CTOC/COP/WG.4/2010/6/fr", (200,)),
        (
            "CTOC/COP/WG.4/2010/6",
            (114, 115, 116),
            "fr",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=114-116#para-114",
            (116,),
        ),
        ("CTOC/COP/WG.4/2009/2", (12,), "fr", None, ()),
    ],
)
def test_where_a_reference_leads(app, engine, symbol, paragraphs, lang, url, missing):
    with app.test_request_context("/?ui=en"):
        found = target(Library(engine), symbol, paragraphs, lang)
    assert (found.url, found.missing, found.in_corpus) == (url, missing, url is not None)
    assert found.external == (None if url else f"https://undocs.org/en/{symbol}")


def hit(text: str, footnotes=()) -> Hit:
    return Hit(
        id="X/1|fr|1",
        symbol="X/1",
        lang="fr",
        paragraph=1,
        anchor="1",
        text=text,
        highlight=text,
        section=(),
        agenda_item=None,
        kind="other",
        states=(),
        topics=(),
        score=0.0,
        footnotes=tuple(footnotes),
    )


def test_locate_finds_the_text_before_the_footnotes():
    assert locate(hit("voir par. 109 ci-dessous"), "par. 109")[0] is None
    mark, found = locate(
        hit("Texte.", [("8", "A/1."), ("9", "voir par. 109 ci-dessous")]), "par. 109"
    )
    assert mark == "9" and (found.before, found.cited, found.after) == (
        "voir ",
        "par. 109",
        " ci-dessous",
    )
    assert locate(hit("Rien."), "par. 109") == (None, None)


def test_excerpt_is_cut_at_words():
    long = " ".join(f"mot{i}" for i in range(60))
    found = excerpt(f"{long} CITED {long}\n fin", "CITED", width=30)
    assert found.cited == "CITED"
    assert found.before.startswith("…") and len(found.before) <= 32
    assert found.after.endswith(" …") and "\n" not in found.after


@pytest.mark.parametrize(
    "written, symbol, part",
    [
        ("CTOC/COP/W.4/2009/2", "CTOC/COP/WG.4/2009/2", "W.4"),
        ("CTCO/COP/WG.4/2010/6", "CTOC/COP/WG.4/2010/6", "CTCO"),
        ("CTOC/COP/WG.4/2010", "CTOC/COP/WG.4/2010/6", "CTOC/COP/WG.4/2010"),
        (None, "A/1", None),
    ],
)
def test_corrected_part(written, symbol, part):
    assert corrected_part(written, symbol) == part


def test_anchor_order_puts_the_preamble_first():
    assert sorted(["10", "pp2", "2", "pp10"], key=anchor_key) == ["pp2", "pp10", "2", "10"]


def test_a_missing_paragraph_of_a_collection_document_is_marked(app, engine):
    from flask import render_template_string

    page = '{% from "_references.html" import status %}{{ status(t) }}'
    with app.test_request_context("/?ui=en"):
        found = target(Library(engine), "CTOC/COP/WG.4/2010/6", (114, 115, 116), "fr")
        assert "the collection's version has no paragraph 116" in render_template_string(
            page, t=found
        )
    with app.test_request_context("/?ui=fr"):
        assert "n’a pas de paragraphe 116" in render_template_string(page, t=found)
