"""A document with a chart captioned "Figure 1" and a table, end to end.

A chart's labels read as a table's rows; before, the chart was numbered among
the tables and cited "table 2", a table the paper does not have. It is now
figure 1: its own record, page and citation. The paper is generated in the UN
layout (tests/pdfgen), in English and in French.
"""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from tests.indexed import paper_versions, web_client
from tests.pdfgen import heading, paragraph
from tests.web.support import page_text as page

SYMBOL = "CTOC/COP/WG.4/2012/2"
CHART = {
    "en": (
        "Figure 1. Victims detected",
        [["Year", "2007", "2008"], ["Victims", "14 909", "16 848"]],
    ),
    "fr": (
        "Graphique 1. Victimes détectées",
        [["Année", "2007", "2008"], ["Victimes", "14 909", "16 848"]],
    ),
}
TABLE = {
    "en": (
        "Table 1. Victims by region",
        [["Region", "2007", "2008"], ["Africa", "1 204", "1 355"]],
    ),
    "fr": (
        "Tableau 1. Victimes par région",
        [["Région", "2007", "2008"], ["Afrique", "1 204", "1 355"]],
    ),
}
SAID = {
    "en": "States reported on measures taken to identify victims of trafficking in persons.",
    "fr": "Les États ont fait état des mesures prises pour identifier les victimes de la traite.",
}


def _blocks(lang: str) -> list[dict]:
    said = SAID[lang]
    blocks = [heading(1, "I. Trends" if lang == "en" else "I. Tendances")]
    blocks += [paragraph(n, f"{said} {said} ({n})") for n in (1, 2)]
    for number, (caption, rows) in ((3, CHART[lang]), (4, TABLE[lang])):
        blocks.append({"type": "table", "caption": caption, "rows": rows})
        blocks.append(paragraph(number, f"{said} ({number})"))
    return blocks


@pytest.fixture(scope="module")
def charted(tmp_path_factory):
    return paper_versions(tmp_path_factory, "figure", SYMBOL, _blocks)


@pytest.fixture(scope="module")
def client(charted):
    return web_client(charted)


def test_a_chart_is_a_figure_found_by_its_labels_in_both_versions(charted):
    result = charted.search(SearchRequest(q="14 909", size=10))
    assert [(h.anchor, h.lang, h.kind) for h in result.hits] == [
        ("figure1", "en", "figure"),
        ("figure1", "fr", "figure"),
    ]
    document = charted.document(SYMBOL)
    assert [h.anchor for h in document.paragraphs["en"]] == [
        "1",
        "2",
        "figure1",
        "3",
        "table1",
        "4",
    ]


@pytest.mark.parametrize(("ui", "kind"), [("en", "Figure"), ("fr", "Figure")])
def test_a_figure_has_its_own_page_and_citation(client, ui, kind):
    html = page(client, f"/doc/{SYMBOL}/en/figure1?ui={ui}")
    assert f"<h1>{SYMBOL}, figure 1 " in html
    assert '<caption id="caption-en-figure1">Figure 1. Victims detected</caption>' in html
    assert f"{SYMBOL}, figure 1</a>" in page(client, f"/?q=Victims+detected&ui={ui}")
    assert f"<span>{kind}</span>" in page(client, f"/?q=Victims+detected&ui={ui}")


def test_a_typed_citation_of_a_figure_opens_it_or_says_the_document_has_none(client):
    found = client.get(f"/?q={SYMBOL}, graphique 1&lang=fr")
    assert found.status_code == 302
    assert found.headers["Location"].endswith(f"/doc/{SYMBOL}/fr/figure1")
    assert f"{SYMBOL}</a> has no figure 3." in page(client, f"/?q={SYMBOL}, figure 3&ui=en")
    cited = client.get(f"/api/cite?ref={SYMBOL}, figure 1").get_json()
    assert cited["figures"] == [1] and cited["citation"] == f"{SYMBOL}, figure 1"
    assert [h["anchor"] for h in cited["hits"]] == ["figure1"]


def test_a_figure_cited_with_paragraphs_is_read_and_the_reader_told_in_french(charted, client):
    from indexer.resolve import resolve
    from search_app.citations import note

    found = resolve(charted, f"{SYMBOL}, figure 1, para. 2", "fr")
    assert [h.anchor for h in found.hits] == ["figure1"]
    assert found.notes == ("a figure and more; read the figure",)
    with client.application.test_request_context("/?ui=fr"):
        told = note(found.notes[0])
    assert told == "Une figure et d’autres parties\u00a0: seule la figure a été lue."
