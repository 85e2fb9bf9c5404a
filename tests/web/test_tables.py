"""A document with a table, end to end: the table is a record of its own in both versions.

The shipped corpus has no table, so a background paper is generated in the UN
layout (tests/pdfgen), in English and in French: three paragraphs, a statistics
table with a caption and a source line, two more paragraphs.
"""

from __future__ import annotations

import html as entities
import re

import pytest

from indexer.index.api import SearchRequest
from search_app import create_app
from tests.indexed import paper_versions, web_client
from tests.pdfgen import heading, paragraph
from tests.web.support import page, tags

SYMBOL = "CTOC/COP/WG.4/2012/2"
ROWS = {
    "en": [["Region", "2007", "2008"], ["Africa", "1 204", "1 355"], ["Europe", "5 120", ""]],
    "fr": [["Région", "2007", "2008"], ["Afrique", "1 204", "1 355"], ["Europe", "5 120", ""]],
}
CAPTIONS = {"en": "Table 1. Victims identified by region", "fr": "Tableau 1. Victimes par région"}
NOTES = {"en": "Source: reports of States.", "fr": "Source : rapports des États."}
SENTENCES = {
    "en": "States reported on measures taken to identify victims of trafficking in persons.",
    "fr": "Les États ont fait état des mesures prises pour identifier les victimes de la traite.",
}


def _blocks(lang: str) -> list[dict]:
    said = SENTENCES[lang]
    blocks = [heading(1, "I. Trends" if lang == "en" else "I. Tendances")]
    blocks += [paragraph(n, f"{said} {said} ({n})") for n in (1, 2, 3)]
    blocks.append({"type": "table", "caption": CAPTIONS[lang], "rows": ROWS[lang]})
    blocks.append({"type": "text", "text": NOTES[lang]})
    blocks += [paragraph(n, f"{said} ({n})") for n in (4, 5)]
    return blocks


@pytest.fixture(scope="module")
def tabled(tmp_path_factory):
    return paper_versions(tmp_path_factory, "table", SYMBOL, _blocks)


@pytest.fixture(scope="module")
def client(tabled):
    return web_client(tabled)


def test_a_table_is_found_by_its_cells_and_brings_its_other_version(tabled):
    """GIVEN the table in both versions WHEN a word of its cells is searched THEN the table is a
    hit of kind "table", anchored table1, in both versions ("Africa" finds the French
    "Afrique" through the lexicon); a word of the English caption alone brings the French
    version as its twin."""
    result = tabled.search(SearchRequest(q="Africa", size=10))
    assert [(h.anchor, h.lang, h.kind, h.twin) for h in result.hits] == [
        ("table1", "en", "table", False),
        ("table1", "fr", "table", False),
    ]
    assert "<mark>Africa</mark>" in result.hits[0].highlight
    assert "<mark>Afrique</mark>" in result.hits[1].highlight
    kinds = {v.value: v.count for f in result.facets if f.name == "kind" for v in f.values}
    assert kinds == {"table": 2}
    tables = tabled.search(SearchRequest(q="identified", filters={"kind": ("table",)}, size=10))
    assert [(h.anchor, h.lang, h.twin) for h in tables.hits] == [
        ("table1", "en", False),
        ("table1", "fr", True),
    ]


def cells(html: str) -> list[list[str]]:
    """Return the cells of the page's data tables, row by row."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    cell = r"<t[dh][^>]*>(.*?)</t[dh]>"
    return [[entities.unescape(c) for c in re.findall(cell, r)] for r in rows]


def test_the_document_shows_the_table_in_place_as_a_table(client):
    html = page(client, f"/doc/{SYMBOL}/fr")
    assert len(tags(html, "table", cls="data-table")) == 1
    text = entities.unescape(html)
    assert text.index("(3)") < text.index("Tableau 1. Victimes par région") < text.index("(4)")
    assert f'<caption id="caption-fr-table1">{CAPTIONS["fr"]}</caption>' in text
    assert cells(html) == ROWS["fr"]
    heads = re.findall(r'<th scope="col">(.*?)</th>', html)  # the first row: column headings
    assert [entities.unescape(h) for h in heads] == ROWS["fr"][0]
    assert '<p class="table-note">Source : rapports des États.</p>' in text


@pytest.mark.parametrize(("ui", "cited"), [("en", "table 1"), ("fr", "tableau 1")])
def test_a_table_has_its_own_page_and_citation(client, ui, cited):
    html = page(client, f"/doc/{SYMBOL}/en/table1?ui={ui}")
    assert f"<h1>{SYMBOL}, {cited} " in html
    assert len(tags(html, "table", cls="data-table")) == 2  # the table and its French version
    assert cells(html) == ROWS["en"] + ROWS["fr"]
    found = entities.unescape(page(client, f"/?q=Afrique&ui={ui}"))
    assert f"{SYMBOL}, {cited}</a>" in found and "<mark>Afrique</mark> · 1 204 · 1 355" in found


def test_a_typed_citation_of_a_table_opens_it_or_says_the_document_has_none(client):
    """GIVEN "…, table 1" typed in the search box WHEN the document has that table THEN its page
    opens; "tableau 4" says the document has no table 4, in the reader's language."""
    found = client.get(f"/?q={SYMBOL}, table 1&lang=fr")
    assert found.status_code == 302
    assert found.headers["Location"].endswith(f"/doc/{SYMBOL}/fr/table1")
    missing = page(client, f"/?q={SYMBOL}, tableau 4&ui=fr")
    assert f'«\u00a0tableau 4\u00a0» ne figure pas dans <a href="/doc/{SYMBOL}">{SYMBOL}</a>.' in (
        entities.unescape(missing)
    )
    english = entities.unescape(page(client, f"/?q={SYMBOL}, table 4&ui=en"))
    assert f"{SYMBOL}</a> has no table 4." in english


def test_a_table_cited_with_paragraphs_is_read_and_the_reader_told(tabled):
    from indexer.resolve import resolve

    found = resolve(tabled, f"{SYMBOL}, table 1, para. 2", "en")
    assert found.status == 200 and [h.anchor for h in found.hits] == ["table1"]
    assert found.notes == ("a table and more; read the table",)
    assert resolve(tabled, f"{SYMBOL}, table 1").notes == ()


@pytest.mark.parametrize(
    "url", [f"/doc/{SYMBOL}/en", f"/doc/{SYMBOL}/compare", f"/doc/{SYMBOL}/fr/table1"]
)
def test_a_table_that_scrolls_sideways_can_be_reached_and_is_named(client, url):
    """GIVEN a table, in a box that scrolls sideways when the table is wider than a phone
    WHEN a keyboard user tabs through the page
    THEN the box is a stop (tabindex 0), a region named by the table's caption, so that the
    arrow keys scroll it; before, a wide table's last columns could be reached with a mouse
    or a finger only. Each caption has its own id, beside its other version too."""
    text = page(client, f"{url}?ui=en")
    boxes = tags(text, "div", "table-wrap")
    assert boxes and all(b.get("tabindex") == "0" and b.get("role") == "region" for b in boxes)
    ids = [b["aria-labelledby"] for b in boxes]
    assert len(set(ids)) == len(ids)
    for box in boxes:
        caption = re.search(rf'<caption id="{box["aria-labelledby"]}">([^<]+)</caption>', text)
        assert caption and caption[1] == entities.escape(CAPTIONS[box["lang"]], quote=False)


def test_the_api_gives_a_table_cited_and_its_rows(client):
    found = client.get(f"/api/cite?ref={SYMBOL}, table 1&lang=fr").get_json()
    assert found["tables"] == [1] and found["citation"] == f"{SYMBOL}, table 1"
    assert [(h["anchor"], h["kind"]) for h in found["hits"]] == [("table1", "table")]
    assert found["hits"][0]["text"].split("\n")[2] == "\t".join(ROWS["fr"][1])
    missing = client.get(f"/api/cite?ref={SYMBOL}, table 4")
    assert missing.status_code == 404 and missing.get_json()["tables"] == [4]


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_in_a_browser_a_table_reads_as_one_and_never_widens_the_page(browser, tabled, width):
    """GIVEN the document page in Chromium, at desktop and phone widths WHEN it is opened THEN
    the table shows its caption and rows in columns, and the page does not scroll sideways."""
    from tests.web.conftest import _serve

    server = _serve(create_app({"INDEX": "unused", "ENGINE": tabled}))
    base = next(server)
    try:
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(f"{base}/doc/{SYMBOL}/en")
        table = page.locator("table.data-table")
        assert table.locator("caption").inner_text() == CAPTIONS["en"]
        assert table.locator("tr").count() == len(ROWS["en"])
        first, second = (table.locator("tr").nth(1).locator("td").nth(i) for i in (0, 1))
        assert first.bounding_box()["x"] < second.bounding_box()["x"]  # cells side by side
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        context.close()
    finally:
        next(server, None)
