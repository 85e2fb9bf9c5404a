"""A reference to a resolution's preambular paragraph, from the text to "Cited by".

The shipped documents never cite a preambular paragraph, so a short English
report is generated (tests/pdfgen) beside the real A/RES/48/161.
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import PDFS
from tests.indexed import indexed, web_client
from tests.pdfgen import english_report_spec, render_un_pdf

CITING = "CTOC/COP/WG.4/2012/4"
TEXT = (
    "Recalling the third preambular paragraph of A/RES/48/161 and paragraph 12 of General "
    "Assembly resolution A/RES/48/161, the Working Group took note of the peace process."
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("preamble-corpus")
    for lang in ("en", "fr"):
        shutil.copy(PDFS / f"A-RES-48-161.{lang}.pdf", corpus)
    spec = english_report_spec()
    spec["blocks"].append({"type": "paragraph", "number": 7, "text": TEXT})
    render_un_pdf(spec, corpus / "report.en.pdf")
    return indexed(corpus, tmp_path_factory.mktemp("preamble-index"))


@pytest.fixture(scope="module")
def client(engine):
    return web_client(engine)


def test_the_graph_knows_which_preambular_paragraph_is_cited(engine):
    [citing] = engine.cited_by("A/RES/48/161", "pp3")
    assert (citing.symbol, citing.anchor, citing.preambular) == (CITING, "7", (3,))
    assert engine.cited_by("A/RES/48/161", "pp4") == ()
    assert [c.anchor for c in engine.cited_by("A/RES/48/161", "12")] == ["7"]


def test_the_preambular_paragraph_page_lists_what_cites_it(client):
    page = client.get("/doc/A/RES/48/161/en/pp3?ui=en").get_data(as_text=True)
    cited_by = page[page.index('id="cited-by-heading"') :]
    assert f'<a href="/doc/{CITING}/en/7">{CITING}, para. 7</a>' in cited_by
    assert "refers to preambular para. 3" in cited_by


def test_the_citing_paragraph_links_to_the_preambular_paragraph(client):
    page = client.get(f"/doc/{CITING}/en/7?ui=en").get_data(as_text=True)
    cites = page[page.index('id="cites-heading"') :]
    assert 'href="/doc/A/RES/48/161/en/pp3"' in cites
    assert "A/RES/48/161, preambular para. 3" in cites


def test_in_french_the_reference_names_the_alinea(client):
    page = client.get("/doc/A/RES/48/161/fr/pp3?ui=fr").get_data(as_text=True)
    assert "renvoie à l’alinéa 3 du préambule" in page
