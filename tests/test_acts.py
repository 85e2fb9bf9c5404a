"""Resolutions and decisions set out in a report number their own paragraphs from 1.

A Conference's report gives the texts it adopted (``Resolution 5/2``, ``Decision 5/1``)
between its own numbered paragraphs. Each act's paragraphs are kept apart under anchors of
their own (``res5.2-3``, ``res5.2-p1`` for a preambular paragraph) and cited as such; the
report's numbering takes up again around them. Before, the acts' numbers collided with the
report's: an act's paragraph 3 was merged into its paragraph 2, and the report's paragraph
2 was lost as an unnumbered text.
"""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from indexer.pipeline import ingest
from search_app import create_app

SYMBOL = "CTOC/COP/2010/17"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from tests.pdfgen import conference_report_spec, render_un_pdf

    folder = tmp_path_factory.mktemp("conference")
    render_un_pdf(conference_report_spec(), folder / "CTOC-COP-2010-17.en.pdf")
    return folder


def test_each_act_numbers_its_paragraphs_and_the_report_numbers_on_around_them(corpus):
    document = ingest(corpus / "CTOC-COP-2010-17.en.pdf")
    assert [(p.anchor, p.paragraph) for p in document.paragraphs] == [
        ("1", 1),
        ("res5.1-p1", None),
        ("res5.1-1", None),
        ("res5.1-2", None),
        ("res5.1-annex-1", None),
        ("res5.1-annex-2", None),
        ("res5.2-p1", None),
        ("res5.2-1", None),
        ("res5.2-2", None),
        ("res5.2-3", None),
        ("2", 2),
        ("dec5.1-1", None),
        ("3", 3),
        ("4", 4),
    ]
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["res5.2-3"].text.startswith("Requests the Secretariat to continue")
    assert by_anchor["res5.2-p1"].text == (
        "Welcoming the work of the Working Group on Trafficking in Persons,"
    )
    assert by_anchor["res5.2-2"].section[-2:] == (
        "Resolution 5/2",
        "Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons",
    )
    assert by_anchor["dec5.1-1"].text.endswith("each regular session of the Conference.")
    assert by_anchor["res5.1-annex-2"].section[-3:] == (
        "Resolution 5/1",
        "Annex",
        "Terms of reference of the review mechanism",
    )
    assert by_anchor["4"].states == ("NOR", "ITA", "THA") and not document.warnings


def test_a_title_that_names_the_united_nations_is_read_whole(corpus):
    """GIVEN a cover title with "United Nations" in a line WHEN read THEN that line is not
    taken for the masthead: the title used to be cut to its last two lines."""
    document = ingest(corpus / "CTOC-COP-2010-17.en.pdf")
    assert document.title == (
        "Report of the Conference of the Parties to the United Nations Convention against "
        "Transnational Organized Crime on its fifth session"
    )


@pytest.fixture(scope="module")
def client(corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("conference-index")
    build_index(corpus, root, progress=False)
    engine = WhooshEngine(root)
    app = create_app({"TESTING": True, "INDEX": str(root), "ENGINE": engine})
    return app.test_client(), engine


def test_an_acts_paragraph_is_found_linked_and_cited_as_the_acts(client):
    web, engine = client
    result = engine.search(SearchRequest(q="indicators of trafficking"))
    assert result.hits[0].anchor == "res5.2-3"
    page = web.get(f"/doc/{SYMBOL}/en/res5.2-3")
    assert page.status_code == 200
    assert f"{SYMBOL}, resolution 5/2, para. 3" in page.get_data(as_text=True)
    french = web.get(f"/doc/{SYMBOL}/en/res5.2-p1?ui=fr").get_data(as_text=True)
    assert f"{SYMBOL}, résolution 5/2, alinéa 1 du préambule" in french
    document = web.get(f"/doc/{SYMBOL}/en").get_data(as_text=True)
    assert 'id="res5.2-3"' in document or "res5.2-3" in document


@pytest.mark.parametrize(
    ("ref", "anchors"),
    [
        (f"{SYMBOL}, resolution 5/2, para. 3", ["res5.2-3"]),
        (f"{SYMBOL}, décision 5/1, par. 1", ["dec5.1-1"]),
        (f"resolution 5/2 of {SYMBOL}, paras. 1-2", ["res5.2-1", "res5.2-2"]),
        (f"{SYMBOL}, resolution 5/1", ["res5.1-p1", "res5.1-1", "res5.1-2"]),
        (f"{SYMBOL}, para. 3", ["3"]),  # the report's own paragraph 3
        (f"{SYMBOL}, resolution 5/1, annex, para. 2", ["res5.1-annex-2"]),
        # an act's preambular paragraph: it was dropped, and the whole act opened
        (f"{SYMBOL}, resolution 5/2, preambular para. 1", ["res5.2-p1"]),
        (f"{SYMBOL}, resolution 5/2, pp1", ["res5.2-p1"]),
    ],
)
def test_a_citation_of_an_acts_paragraph_leads_to_it(client, ref, anchors):
    web, _ = client
    answer = web.get("/api/cite", query_string={"ref": ref})
    assert answer.status_code == 200, answer.get_json()
    assert [hit["anchor"] for hit in answer.get_json()["hits"]] == anchors


def test_a_citation_of_an_act_or_paragraph_the_report_lacks_says_so(client):
    web, _ = client
    answer = web.get("/api/cite", query_string={"ref": f"{SYMBOL}, resolution 5/2, para. 9"})
    assert answer.status_code == 404
    assert answer.get_json()["message"] == f"{SYMBOL} has no paragraph 9 in resolution 5/2."
    answer = web.get("/api/cite", query_string={"ref": f"{SYMBOL}, decision 4/4"})
    assert answer.status_code == 404
    assert answer.get_json()["message"] == f"{SYMBOL} sets out no decision 4/4."
    answer = web.get("/api/cite", query_string={"ref": f"{SYMBOL}, decision 4/4, para. 2"})
    assert answer.get_json()["message"] == f"{SYMBOL} sets out no decision 4/4."
    page = web.get("/", query_string={"q": f"{SYMBOL}, decision 4/4, para. 2", "ui": "en"})
    assert "sets out no decision 4/4." in page.get_data(as_text=True)
    # the act alone: the notice had been empty, a dead end (the page said 0 paragraphs, no why)
    page = web.get("/", query_string={"q": f"{SYMBOL}, decision 4/4", "ui": "en"})
    assert "sets out no decision 4/4." in page.get_data(as_text=True)
    answer = web.get("/api/cite", query_string={"ref": f"{SYMBOL}, resolution 5/2, pp1"})
    assert answer.get_json()["citation"] == f"{SYMBOL}, resolution 5/2, preambular para. 1"
    answer = web.get("/api/cite", query_string={"ref": f"{SYMBOL}, resolution 5/2, pp. 7"})
    assert answer.get_json()["message"] == (
        f"{SYMBOL} has no preambular paragraph 7 in resolution 5/2."
    )
    page = web.get("/", query_string={"q": f"{SYMBOL}, resolution 5/2, para. 9"})
    assert page.status_code == 200
    assert "has no paragraph 9 in resolution 5/2" in page.get_data(as_text=True)


def test_check_counts_the_acts_paragraphs_apart(corpus):
    from indexer.report import check_report

    lines = check_report(ingest(corpus / "CTOC-COP-2010-17.en.pdf"))
    paragraphs = next(line for line in lines if line.lstrip().startswith("paragraphs"))
    assert paragraphs.endswith(
        "4 numbered (1–4), no gaps; 10 in 3 acts set out "
        "(resolution 5/1: 5, resolution 5/2: 4, decision 5/1: 1)"
    )


def test_a_paragraph_of_an_acts_annex_is_cited_as_such(client):
    web, _ = client
    page = web.get(f"/doc/{SYMBOL}/en/res5.1-annex-2").get_data(as_text=True)
    assert f"{SYMBOL}, resolution 5/1, annex, para. 2" in page


def test_the_texts_adopted_have_their_own_kind(corpus):
    """GIVEN a report's chapter of resolutions and decisions, and a General Assembly resolution
    WHEN ingested THEN their paragraphs are of kind "adopted" (they were "other")."""
    from tests.conftest import PDFS

    kinds = {p.anchor: p.kind for p in ingest(corpus / "CTOC-COP-2010-17.en.pdf").paragraphs}
    assert kinds["res5.2-3"] == kinds["dec5.1-1"] == kinds["1"] == "adopted"
    assert kinds["3"] == "organization"
    resolution = ingest(PDFS / "A-RES-48-161.en.pdf")
    assert {p.kind for p in resolution.paragraphs} == {"adopted"}


def test_a_query_naming_an_act_ranks_its_paragraphs_first(client):
    """GIVEN "resolution 5/2" typed as words (no symbol: not a citation) WHEN searched THEN that
    resolution's paragraphs come first, as "agenda item 4" lifts an item's."""
    _, engine = client
    first = [h.anchor for h in engine.search(SearchRequest(q="résolution 5/2")).hits[:4]]
    assert sorted(first) == ["res5.2-1", "res5.2-2", "res5.2-3", "res5.2-p1"]
    assert engine.search(SearchRequest(q="decision 5/1")).hits[0].anchor == "dec5.1-1"


def test_a_paper_discussing_a_resolution_under_its_heading_keeps_its_own_numbering(tmp_path):
    """GIVEN a paper with a section headed "Resolution 5/2" whose paragraphs number on WHEN
    ingested THEN they stay the paper's paragraphs 7 and 8, not the resolution's."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    blocks = [
        heading(1, "II. Mandates"),
        paragraph(6, "The Conference gave the Working Group mandates."),
        heading(2, "Resolution 5/2"),
        paragraph(7, "In that resolution, the Conference asked for tools."),
        paragraph(8, "The Secretariat has since prepared two of them."),
    ]
    title = "Mandates of the Working Group: note by the Secretariat"
    spec = english_paper_spec("CTOC/COP/WG.4/2012/5", title, blocks, "V.12-50010 (E)")
    document = ingest(render_un_pdf(spec, tmp_path / "paper.en.pdf"))
    assert [(p.anchor, p.paragraph) for p in document.paragraphs] == [("6", 6), ("7", 7), ("8", 8)]


def test_a_decision_without_numbered_paragraphs_is_still_an_act(tmp_path):
    """GIVEN a report setting out a decision whose text is unnumbered, followed by the next
    chapter's numbered paragraphs WHEN ingested THEN the decision's text is the act's (its
    heading is not mistaken for a section heading of a paper) and the report numbers on."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    blocks = [
        heading(1, "I. Decisions adopted by the Conference"),
        paragraph(1, "The Conference adopted the following decision."),
        heading(2, "Decision 5/3"),
        heading(2, "Date and venue of the sixth session"),
        {"type": "text", "text": "The Conference decides to hold its sixth session in Vienna."},
        heading(1, "II. Organization of the session"),
        paragraph(2, "The fifth session was held in Vienna."),
    ]
    title = "Report of the Conference of the Parties on its fifth session"
    spec = english_paper_spec(SYMBOL, title, blocks, "V.10-50011 (E)")
    document = ingest(render_un_pdf(spec, tmp_path / "report.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "dec5.3-p1", "2"]


COP_REPORT_TEXT = """United Nations

CTOC/COP/2020/10

Distr.: General

3 November 2020

Original: English

Conference of the Parties to the United Nations

Convention against Transnational Organized Crime

Report of the Conference of the Parties to the United Nations Convention against \
Transnational Organized Crime on its tenth session, held in Vienna from 12 to 16 October 2020

I. Resolutions and decisions adopted by the Conference of the Parties

A. Resolutions

1. The Conference of the Parties adopted the following resolution:

Resolution 10/3

Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, \
Especially Women and Children, supplementing the United Nations Convention against \
Transnational Organized Crime

The Conference of the Parties to the United Nations Convention against Transnational \
Organized Crime,

Recalling its resolution 9/1 of 19 October 2018, in which it established the review \
mechanism,

Noting with appreciation the work of the Working Group on Trafficking in Persons,

1. Welcomes the recommendations adopted by the Working Group on Trafficking in Persons;

2. Requests the Secretariat to report to the Conference at its eleventh session.

B. Decision

2. The Conference adopted the following decision:

Decision 10/1

Venue of the eleventh session of the Conference

At its 8th meeting, on 16 October 2020, the Conference decided that its eleventh session \
would be held in Vienna in October 2022.

II. Introduction

3. The Conference of the Parties was established in accordance with article 32 of the \
Convention.

4. The Conference held its tenth session in Vienna from 12 to 16 October 2020.
"""


def test_a_report_read_from_text_sets_out_its_acts_with_their_titles(tmp_path):
    """GIVEN a Conference report as text WHEN ingested THEN (a) the cover's title is the whole
    "Report of the Conference … to the United Nations Convention …" (lines naming the United
    Nations were passed over: the title was "Convention against Transnational Organized
    Crime"); (b) the resolution's long title is a heading, and its opening, the body's full
    name, no paragraph (title, opening and first preambular paragraph were one "p1"); (c) the
    unnumbered decision is an act before "II. Introduction" (it was a "pp1" of the report)."""
    path = tmp_path / "CTOC-COP-2020-10.en.txt"
    path.write_text(COP_REPORT_TEXT, encoding="utf-8")
    document = ingest(path)
    assert document.title.startswith("Report of the Conference of the Parties to the United")
    assert [p.anchor for p in document.paragraphs] == [
        "1",
        "res10.3-p1",
        "res10.3-p2",
        "res10.3-1",
        "res10.3-2",
        "2",
        "dec10.1-p1",
        "3",
        "4",
    ]
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["res10.3-p1"].text.startswith("Recalling its resolution 9/1")
    assert by_anchor["res10.3-1"].section[-2:] == (
        "Resolution 10/3",
        "Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "Especially Women and Children, supplementing the United Nations Convention against "
        "Transnational Organized Crime",
    )
    assert by_anchor["dec10.1-p1"].section[-2:] == (
        "Decision 10/1",
        "Venue of the eleventh session of the Conference",
    )


def test_the_long_opening_of_a_conference_resolution_is_no_paragraph_in_a_pdf(tmp_path):
    """GIVEN a resolution set out in a PDF report, opening with the body's full name in French
    (107 letters) WHEN ingested THEN its first preambular paragraph is "Rappelant…"; the opening
    was taken for it, and every preambular anchor was one off."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    opening = (
        "La Conférence des Parties à la Convention des Nations Unies contre la criminalité "
        "transnationale organisée,"
    )
    blocks = [
        heading(1, "I. Résolutions adoptées par la Conférence"),
        paragraph(1, "La Conférence a adopté la résolution suivante :"),
        heading(2, "Résolution 10/3"),
        heading(2, "Application du Protocole relatif à la traite des personnes"),
        {"type": "text", "text": opening},
        {"type": "text", "text": "Rappelant sa résolution 9/1 du 19 octobre 2018,"},
        paragraph(1, "Se félicite des recommandations adoptées par le Groupe de travail;"),
        heading(1, "II. Introduction"),
        paragraph(2, "La Conférence a tenu sa dixième session à Vienne."),
    ]
    spec = english_paper_spec("CTOC/COP/2020/10", "Rapport de la Conférence", blocks, "V.20-1")
    document = ingest(render_un_pdf(spec, tmp_path / "CTOC-COP-2020-10.fr.pdf"))
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["res10.3-p1"].text == "Rappelant sa résolution 9/1 du 19 octobre 2018,"
    assert "res10.3-p2" not in by_anchor


def test_an_addendum_s_title_names_it(tmp_path):
    """Its cover repeats the main document's title: the two looked alike in results."""
    text = COP_REPORT_TEXT.replace("CTOC/COP/2020/10\n", "CTOC/COP/2020/10/Add.1\n")
    path = tmp_path / "CTOC-COP-2020-10-Add.1.en.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest(path).title.endswith("from 12 to 16 October 2020 — Addendum")


def test_a_papers_title_read_from_text_is_not_the_body_over_it(tmp_path):
    """GIVEN a background paper as text whose cover names the Conference of the Parties on a
    line longer than the title WHEN ingested THEN the title is the paper's; once lines naming
    the United Nations could be titles, the body's name was taken for it."""
    cover = COP_REPORT_TEXT.split("Report of the Conference")[0].replace(
        "CTOC/COP/2020/10", "CTOC/COP/WG.4/2012/2"
    )
    body = (
        "Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime\n\nItem 2 of the provisional agenda\n\n"
        "Good practices in protecting victims of trafficking in persons\n\n"
        "Background paper prepared by the Secretariat\n\nI. Introduction\n\n"
        "1. The present background paper facilitates the discussions of the Working Group.\n"
    )
    path = tmp_path / "CTOC-COP-WG.4-2012-2.en.txt"
    path.write_text(cover + body, encoding="utf-8")
    assert ingest(path).title == "Good practices in protecting victims of trafficking in persons"
