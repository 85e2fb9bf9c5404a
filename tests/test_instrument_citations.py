"""Articles of treaties cited by name ("l'article 3 du Protocole") are citations of the UN
document the treaty is annexed to (A/RES/55/25, annex II, article 3).

On the real 2010 WG.4 report, and end to end with a generated A/RES/55/25 in the collection
(tests/test_articles.py's instrument): the article's paragraphs are "cited by" the report.
"""

from __future__ import annotations

import shutil

import pytest

from indexer.instruments import article_citations
from tests.conftest import WG4_TEXT
from tests.indexed import indexed, web_client
from tests.test_articles import instrument_spec

WG4 = "CTOC/COP/WG.4/2012/2"  # a document of the Working Group's series


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("paragraph 3 of article 32 of the Organized Crime Convention", [("annexI.art32", (3,))]),
        ("article 6, paragraph 3, of the Protocol", [("annexII.art6", (3,))]),
        ("article 3 (a) of the Trafficking in Persons Protocol", [("annexII.art3", ())]),
        (
            "articles 9 and 10 of the Protocol",
            [("annexII.art9", ()), ("annexII.art10", ())],
        ),
        ("l'alinéa a) de l'article 3 du Protocole", [("annexII.art3", ())]),
        ("les paragraphes 2 et 3 de l’article 26 de la Convention", [("annexI.art26", (2, 3))]),
        ("article 5 du Protocole relatif au trafic illicite de migrants", [("annexIII.art5", ())]),
        # other treaties, laws and model laws are not followed
        ("article 4 of the Convention on the Rights of the Child", []),
        ("l'article 2 du Protocole facultatif", []),
        ("l'article 41 de la loi thaïlandaise de 2008", []),
        ("la Loi type, qui, dans son article 10, propose", []),
    ],
)
def test_an_article_of_a_named_treaty_is_a_citation_of_its_document(text, cited):
    found = article_citations(text, WG4)
    assert [(c.article, c.paragraphs) for c in found] == cited
    assert {c.symbol for c in found} <= {"A/RES/55/25"}


def test_a_bare_protocol_is_followed_only_where_the_series_says_which_it_is():
    """GIVEN "article 3 of the Protocol" WHEN in a WG.4 document THEN it is the Trafficking in
    Persons Protocol; in the Working Group on smuggling's, the Migrants Protocol; in a human
    rights report, no citation (no guess)."""
    text = "article 3 of the Protocol"
    assert article_citations(text, WG4)[0].article == "annexII.art3"
    assert article_citations(text, "CTOC/COP/WG.7/2012/2")[0].article == "annexIII.art3"
    assert article_citations(text, "A/HRC/WG.6/7/ITA/1") == []
    assert article_citations(text, None) == []


def test_the_2010_report_cites_the_articles_it_names(wg4):
    """GIVEN the real WG.4 report WHEN ingested THEN its six references to articles of the
    Convention and the Protocol are citations of A/RES/55/25, with the article's paragraphs."""
    found = {
        p.paragraph: [(c.symbol, c.article, c.paragraphs) for c in p.cites if c.article]
        for p in wg4.paragraphs
    }
    cited = {number: cites for number, cites in found.items() if cites}
    assert cited == {
        2: [("A/RES/55/25", "annexI.art32", (3,))],
        12: [("A/RES/55/25", "annexII.art6", ())],
        32: [("A/RES/55/25", "annexII.art3", ())],
        33: [("A/RES/55/25", "annexII.art3", ())],
        36: [("A/RES/55/25", "annexI.art25", ())],
        37: [("A/RES/55/25", "annexI.art26", (2, 3))],
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from tests.pdfgen import render_un_pdf

    corpus = tmp_path_factory.mktemp("treaty-and-report")
    render_un_pdf(instrument_spec(), corpus / "A-RES-55-25.en.pdf")
    shutil.copy(WG4_TEXT, corpus / WG4_TEXT.name)
    return web_client(indexed(corpus, tmp_path_factory.mktemp("treaty-index")))


def test_an_article_in_the_collection_is_cited_by_the_report(client):
    """GIVEN A/RES/55/25 (with article 6 of the Protocol) and the 2010 report in one
    collection WHEN article 6's paragraph 2 is opened THEN the report's paragraph 12, which
    cites article 6 as a whole, is listed as citing it; and paragraph 12 links to article 6."""
    page = client.get("/doc/A/RES/55/25/en/annexII.art6-2?ui=en").get_data(as_text=True)
    assert "CTOC/COP/WG.4/2010/6, para. 12" in page
    assert "CTOC/COP/WG.4/2010/6, para. 32" not in page  # article 3, not 6
    citing = client.get("/doc/CTOC/COP/WG.4/2010/6/fr/12?ui=en").get_data(as_text=True)
    assert '<a href="/doc/A/RES/55/25/en/annexII.art6-1">A/RES/55/25, annex II, article 6</a>' in (
        citing
    )
    cited = client.get("/cited?ui=fr").get_data(as_text=True)  # the list of cited documents
    assert (
        "renvoie à l’annexe II, article 3" in cited and "renvoie à l’annexe I, article 26" in cited
    )
