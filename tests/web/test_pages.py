"""Citations by page: "A/HRC/WG.6/7/ITA/1, p. 6" opens the paragraphs printed on page 6.

Researchers cite a document without paragraph numbers, or a passage, by its
page. Before, "p. 6" was searched as the words "p" and "6". Each paragraph
keeps the PDF page it starts on and, when it runs onto the next, the page it
ends on; UN documents number their pages from the cover, as the PDF does.
"""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from indexer.resolve import resolve
from tests.conftest import ROOT, ingested
from tests.web.support import page_text as page

ITA = "A/HRC/WG.6/7/ITA/1"
ITA_EN = ROOT / "corpus" / "un-pdfs" / "A-HRC-WG.6-7-ITA-1.en.pdf"


@pytest.mark.parametrize(
    ("typed", "pages", "paragraphs", "preambular"),
    [
        (f"{ITA}, p. 6", (6,), (), ()),
        (f"{ITA} p.6", (6,), (), ()),
        (f"{ITA}, page 12", (12,), (), ()),
        (f"{ITA}, pages 4 à 5", (4, 5), (), ()),
        (f"{ITA}, p. 12, para. 3", (12,), (3,), ()),
        ("A/RES/48/161, pp. 3", (), (), (3,)),  # "pp" is a preambular paragraph in UN drafting
        (f"{ITA}, para. 6", (), (6,), ()),
    ],
)
def test_pages_are_read_from_a_typed_citation(typed, pages, paragraphs, preambular):
    found = parse_reference(typed, known=[ITA, "A/RES/48/161"])
    assert (found.pages, found.paragraphs, found.preambular, found.problems) == (
        pages,
        paragraphs,
        preambular,
        (),
    )


def test_a_paragraph_keeps_the_pages_it_is_printed_on():
    paragraphs = {p.paragraph: p for p in ingested(ITA_EN).paragraphs}
    assert (paragraphs[5].page, paragraphs[5].last_page) == (5, None)
    assert (paragraphs[6].page, paragraphs[6].last_page) == (5, 6)  # runs onto page 6
    assert (paragraphs[7].page, paragraphs[7].last_page) == (6, None)


def test_a_page_resolves_to_the_paragraphs_on_it(engine):
    found = resolve(engine, f"{ITA}, p. 6", "en")
    assert found.status == 200, found.message
    assert [h.paragraph for h in found.hits] == [6, 7, 8, 9, 10, 11, 12]
    assert {h.lang for h in found.hits} == {"en"}
    assert found.available_pages == (5, 25)


def test_a_page_without_paragraphs_or_a_text_file_is_a_404_that_says_why(engine):
    cover = resolve(engine, f"{ITA}, p. 2", "en")
    assert (cover.status, cover.available_pages) == (404, (5, 25))
    assert cover.message == f"{ITA} has paragraphs on pages 5–25; none on page 2."
    text = resolve(engine, "CTOC/COP/WG.4/2010/6, p. 3", "fr")
    assert text.status == 404
    assert (
        text.message == "CTOC/COP/WG.4/2010/6 gives no page numbers (it was read from a text file)."
    )


def test_pp_is_pages_in_a_document_without_a_preamble(engine):
    """GIVEN "pp. 6-7" of a report (no preamble) WHEN resolved THEN it is pages 6 and 7, as in a
    bibliography, with a note; before, it was "has no preambular paragraphs" and the search
    listed 277 paragraphs on its words. A resolution's "pp. 3", and "pp3" written together,
    stay preambular paragraphs."""
    found = resolve(engine, f"{ITA}, pp. 6-7", "en")
    assert found.status == 200 and found.pages == (6, 7)
    assert found.hits == resolve(engine, f"{ITA}, pages 6-7", "en").hits
    assert found.notes == ("“pp.” read as pages: the document has no preamble",)
    assert resolve(engine, "A/RES/48/161, pp. 3", "en").preambular == (3,)
    assert resolve(engine, f"{ITA}, pp3", "en").message == f"{ITA} has no preambular paragraphs."


def test_the_search_box_opens_a_page_with_its_paragraphs_marked(client):
    found = client.get(f"/?q={ITA}, p. 6&lang=en")
    assert found.status_code == 302
    assert found.headers["Location"].endswith(f"/doc/{ITA}/en?paras=6-12#para-6")
    cited = client.get(f"/api/cite?ref={ITA}, p. 6&lang=en").get_json()
    assert cited["pages"] == [6] and cited["citation"] == f"{ITA}, p. 6"
    missing = client.get(f"/api/cite?ref={ITA}, p. 40")
    assert missing.status_code == 404
    assert missing.get_json()["available_pages"] == [5, 25]


@pytest.mark.parametrize(
    ("ui", "said"),
    [
        ("en", "</a> has paragraphs on pages 5–25; none on page 2."),
        ("fr", "</a> a des paragraphes aux pages 4 à 24\u202f; aucun à la page 2."),
    ],
)
def test_the_search_page_says_which_pages_hold_paragraphs(client, ui, said):
    """In the reader's language's version: the French PDF's paragraphs start on page 4."""
    assert said in page(client, f"/?q={ITA}, p. 2&ui={ui}")


def test_the_search_page_says_a_text_file_has_no_pages(client):
    html = page(client, "/?q=CTOC/COP/WG.4/2010/6, p. 3&ui=en")
    assert "</a> gives no page numbers: it was read from a text file." in html


@pytest.mark.parametrize(
    ("ui", "said", "not_said"),
    [
        (
            "en",
            "“pp.” is read as pages: the document has no preamble.",
            "read as pages: the document has no preamble<",
        ),
        (
            "fr",
            "«\u00a0pp.\u00a0» est lu comme des pages\u00a0: le document n’a pas de préambule.",
            "read as pages",
        ),
    ],
)
def test_the_note_on_pp_read_as_pages_is_in_the_interface_language(client, ui, said, not_said):
    """GIVEN "pp. 30-32" of a report without a preamble, on the French page THEN the note that
    "pp." was read as pages is in French; before, it was left in English, without a full stop,
    after the French sentence (QA D13)."""
    html = page(client, f"/?q={ITA}, pp. 30-32&ui={ui}")
    assert said in html and not_said not in html
