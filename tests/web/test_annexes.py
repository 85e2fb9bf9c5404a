"""A document with an annex, end to end: its paragraphs are cited, opened and labelled apart.

The shipped corpus has no annex, so the document is generated in the UN layout
(tests/pdfgen): a body of 8 paragraphs, then an annex numbering its own.
"""

from __future__ import annotations

import pytest

from indexer.resolve import resolve
from tests.indexed import indexed, web_client
from tests.pdfgen import example_spec, render_un_pdf

SYMBOL = "CTOC/COP/WG.4/2010/6"  # the generated document's running header


@pytest.fixture(scope="module")
def annexed(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("annex-corpus")
    spec = example_spec(paragraphs=8)
    spec["blocks"] += [
        {"type": "heading", "level": 1, "text": "Annexe II"},
        {"type": "heading", "level": 2, "text": "Liste des documents dont le Groupe était saisi"},
        {"type": "paragraph", "number": 1, "text": "Ordre du jour provisoire annoté."},
        {"type": "paragraph", "number": 2, "text": "Document d'information du Secrétariat."},
    ]
    render_un_pdf(spec, corpus / "annex.fr.pdf")
    return indexed(corpus, tmp_path_factory.mktemp("annex-index"))


@pytest.fixture(scope="module")
def client(annexed, tmp_path_factory):
    return web_client(annexed)


def test_a_citation_of_an_annex_paragraph_resolves_to_it(annexed):
    found = resolve(annexed, f"{SYMBOL}, annex II, para. 2")
    assert found.status == 200 and [h.anchor for h in found.hits] == ["annexII-2"]
    assert found.message == f"{SYMBOL}, annex II, para. 2"
    assert resolve(annexed, f"{SYMBOL}, para. 2").hits[0].anchor == "2"  # the body's
    missing = resolve(annexed, f"{SYMBOL}, annexe II, par. 9")
    assert missing.status == 404 and missing.message == f"{SYMBOL} has no annex II paragraph 9."
    absent = resolve(annexed, f"{SYMBOL}, annex III, para. 1")
    assert absent.status == 404 and absent.message == f"{SYMBOL} has no annex III."


def test_the_search_page_says_which_annex_or_paragraph_is_missing(client):
    """GIVEN a typed citation of an annex paragraph the document lacks WHEN searched THEN the
    notice says whether the paragraph or the whole annex is missing, in the reader's language."""
    page = client.get(f"/?q={SYMBOL}, annex II, para. 9&ui=en").get_data(as_text=True)
    assert "has no paragraph 9 in annex II." in page
    page = client.get(f"/?q={SYMBOL}, annex III, para. 1&ui=en").get_data(as_text=True)
    assert "has no annex III." in page and "has no paragraph" not in page
    page = client.get(f"/?q={SYMBOL}, annexe III, par. 1&ui=fr").get_data(as_text=True)
    assert "«\u00a0annexe III\u00a0» ne figure pas dans" in page
    page = client.get(f"/?q={SYMBOL}, annexe II, par. 9&ui=fr").get_data(as_text=True)
    assert "annexe II\u00a0: il n’y a pas de paragraphe 9." in page


def test_the_search_box_opens_an_annex_paragraph_labelled_as_such(client):
    response = client.get(f"/?q={SYMBOL}, annexe II, par. 1")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{SYMBOL}/fr/annexII-1"
    page = client.get(f"/doc/{SYMBOL}/fr/annexII-1?ui=fr").get_data(as_text=True)
    assert f"{SYMBOL}, annexe II, par. 1" in page
    assert "Ordre du jour provisoire annoté." in page


def test_the_document_page_numbers_annex_paragraphs_as_the_annex_does(client):
    page = client.get(f"/doc/{SYMBOL}/fr?ui=en").get_data(as_text=True)
    start = page.index('id="para-annexII-2"')
    assert '<span aria-hidden="true">2.</span>' in page[start : start + 400]
    assert f"{SYMBOL}, annex II, para. 2" in page[start : start + 600]


def test_the_api_names_the_annex(client):
    body = client.get(f"/api/cite?ref={SYMBOL} annex II para 2").get_json()
    assert (body["annex"], body["annexed"], body["paragraphs"]) == ("II", [2], [])
    assert body["citation"] == f"{SYMBOL}, annex II, para. 2"
    missing = client.get(f"/api/cite?ref={SYMBOL} annex II para 9")
    assert missing.status_code == 404 and missing.get_json()["annexed"] == [9]


def test_an_annex_typed_alone_after_the_symbol_opens_its_paragraphs(annexed, client):
    """GIVEN "SYMBOL, annex II" (an annex cited whole, as footnotes cite one) WHEN resolved
    THEN its paragraphs open, and an annex the document lacks is said to be missing; before
    (blind probe 10), "annex" was an ignored word and the whole document opened."""
    found = resolve(annexed, f"{SYMBOL}, annex II")
    assert found.status == 200 and [h.anchor for h in found.hits] == ["annexII-1", "annexII-2"]
    assert found.message == f"{SYMBOL}, annex II, paras. 1–2"
    absent = resolve(annexed, f"{SYMBOL}, annex III")
    assert absent.status == 404 and absent.message == f"{SYMBOL} has no annex III."
    page = client.get(f"/?q={SYMBOL}, annexe III&ui=fr").get_data(as_text=True)
    assert "«\u00a0annexe III\u00a0» ne figure pas dans" in page
    response = client.get(f"/?q={SYMBOL}, annexe II")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
