"""The articles of an instrument number their own paragraphs from 1.

A resolution adopting a convention and a protocol (A/RES/55/25) annexes them; each is made
of articles (``Article 6``, then its title) whose paragraphs number from 1 again. Each
article's paragraphs are kept apart under anchors of their own (``annexII.art6-2``;
``art3-p1`` for an article's unnumbered text) and cited as such: ``A/RES/55/25, annex II,
article 6, para. 2``. Before, every article's paragraph 1 collided: paragraphs were merged
into others and the index kept one record per anchor.
"""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from indexer.pipeline import ingest
from indexer.report import check_report
from tests.indexed import indexed, web_client

SYMBOL = "A/RES/55/25"


def instrument_spec() -> dict:
    """A resolution with two annexed instruments, each in articles (some under chapters)."""
    from tests.pdfgen import english_paper_spec, heading, paragraph

    protocol = "Protocol to Prevent, Suppress and Punish Trafficking in Persons"
    blocks = [
        {"type": "text", "text": "The General Assembly,"},
        {"type": "text", "text": "Recalling its resolution 53/111 of 9 December 1998,"},
        paragraph(1, "Adopts the Convention and the Protocol annexed to the present resolution;"),
        paragraph(2, "Requests the Secretary-General to designate the secretariat;"),
        heading(1, "Annex I"),
        heading(2, "United Nations Convention against Transnational Organized Crime"),
        heading(3, "Article 1"),
        heading(3, "Statement of purpose"),
        {"type": "text", "text": "The purpose of this Convention is to promote cooperation."},
        heading(3, "Article 2"),
        heading(3, "Use of terms"),
        paragraph(1, "For the purposes of this Convention, a group is structured."),
        heading(1, "Annex II"),
        heading(2, protocol),
        heading(2, "I. General provisions"),
        heading(3, "Article 1"),
        heading(3, "Relation with the Convention"),
        paragraph(1, "This Protocol supplements the Convention."),
        paragraph(2, "The provisions of the Convention shall apply to this Protocol."),
        heading(2, "II. Protection of victims of trafficking in persons"),
        heading(3, "Article 6"),
        heading(3, "Assistance to and protection of victims of trafficking in persons"),
        paragraph(1, "Each State Party shall protect the privacy and identity of victims."),
        paragraph(2, "Each State Party shall provide victims with information on proceedings."),
        paragraph(3, "Each State Party shall consider measures for the recovery of victims."),
    ]
    title = "Resolution adopted by the General Assembly"
    return english_paper_spec(SYMBOL, title, blocks, "00-55910")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from tests.pdfgen import render_un_pdf

    folder = tmp_path_factory.mktemp("instrument")
    render_un_pdf(instrument_spec(), folder / "A-RES-55-25.en.pdf")
    return folder


@pytest.fixture(scope="module")
def engine(corpus, tmp_path_factory):
    return indexed(corpus, tmp_path_factory.mktemp("instrument-index"))


@pytest.fixture(scope="module")
def client(engine):
    return web_client(engine)


def test_a_query_naming_an_article_ranks_its_paragraphs_first(engine):
    """GIVEN "article 6" in a query (no symbol: not a citation) WHEN searched THEN article 6 of
    the annexed Protocol comes first, as "resolution 5/2" lifts a resolution's paragraphs."""
    hits = engine.search(SearchRequest(q="article 6 information", size=3)).hits
    assert [h.anchor for h in hits] == ["annexII.art6-2", "annexII.art6-1", "annexII.art6-3"]


def test_each_article_numbers_its_paragraphs_under_its_annex(corpus):
    document = ingest(corpus / "A-RES-55-25.en.pdf")
    assert [p.anchor for p in document.paragraphs] == [
        "pp1",
        "1",
        "2",
        "annexI.art1-p1",
        "annexI.art2-1",
        "annexII.art1-1",
        "annexII.art1-2",
        "annexII.art6-1",
        "annexII.art6-2",
        "annexII.art6-3",
    ]
    assert not document.warnings  # the New York job number "00-55910" is a footer, not a note
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["annexII.art6-2"].text.startswith("Each State Party shall provide victims")
    assert by_anchor["annexII.art6-2"].section == (
        "Annex II",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons",
        "II. Protection of victims of trafficking in persons",
        "Article 6",
        "Assistance to and protection of victims of trafficking in persons",
    )
    lines = check_report(document)
    assert any("7 in 4 articles" in line for line in lines), lines


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        (f"{SYMBOL}, annex II, article 6, para. 2", f"/doc/{SYMBOL}/en/annexII.art6-2"),
        (f"{SYMBOL}, annexe II, art. 6, par. 3", f"/doc/{SYMBOL}/en/annexII.art6-3"),
        (f"{SYMBOL}, annex I, article 1", f"/doc/{SYMBOL}/en/annexI.art1-p1"),
        (f"{SYMBOL}, para. 2", f"/doc/{SYMBOL}/en/2"),
    ],
)
def test_a_typed_citation_of_an_article_opens_its_paragraph(client, typed, location):
    response = client.get("/", query_string={"q": typed, "ui": "en"})
    assert response.status_code == 302 and response.headers["Location"] == location


def test_an_article_paragraph_is_cited_by_its_annex_and_article(client):
    page = client.get(f"/doc/{SYMBOL}/en/annexII.art6-2?ui=en").get_data(as_text=True)
    assert f"{SYMBOL}, annex II, article 6, para. 2" in page
    page = client.get(f"/doc/{SYMBOL}/en/annexI.art1-p1?ui=fr").get_data(as_text=True)
    assert f"{SYMBOL}, annexe I, article 1" in page


def test_a_missing_article_or_paragraph_is_named(client):
    answer = client.get("/api/cite", query_string={"ref": f"{SYMBOL}, annex II, article 9"})
    assert answer.status_code == 404
    assert answer.get_json()["message"] == f"{SYMBOL} has no annex II, article 9."
    answer = client.get(
        "/api/cite", query_string={"ref": f"{SYMBOL}, annex II, article 6, para. 7"}
    )
    assert answer.get_json()["message"] == f"{SYMBOL} has no paragraph 7 in annex II, article 6."
    page = client.get("/", query_string={"q": f"{SYMBOL}, article 6, para. 2", "ui": "fr"})
    assert "«\u00a0article 6\u00a0» ne figure pas dans" in page.get_data(as_text=True)


def test_a_paper_discussing_articles_under_their_headings_keeps_its_own_numbering(tmp_path):
    """GIVEN a background paper whose sections are headed "Article 3", "Article 6" (the
    articles it analyses) and whose paragraphs number on (10, 11, 12) WHEN ingested THEN the
    paragraphs are the paper's own 10-12, citable as such, not articles' paragraphs."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    blocks = [
        heading(1, "II. Analysis of key provisions"),
        paragraph(9, "This chapter analyses the provisions of the Protocol most often discussed."),
        heading(2, "Article 3"),
        paragraph(10, "States described how they apply the definition of trafficking in persons."),
        paragraph(11, "Several States noted the irrelevance of consent once a means is used."),
        heading(2, "Article 6"),
        paragraph(12, "Most States provide assistance to victims regardless of their cooperation."),
    ]
    title = "Analysis of key concepts: background paper"
    spec = english_paper_spec("CTOC/COP/WG.4/2012/3", title, blocks, "V.12-50009 (E)")
    document = ingest(render_un_pdf(spec, tmp_path / "paper.en.pdf"))
    assert [(p.anchor, p.paragraph) for p in document.paragraphs] == [
        ("9", 9),
        ("10", 10),
        ("11", 11),
        ("12", 12),
    ]
    assert document.paragraphs[1].section == ("II. Analysis of key provisions", "Article 3")
