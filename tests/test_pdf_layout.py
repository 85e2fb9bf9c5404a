"""Cleaning PDF pages: each rule checked on real UN PDFs and on the generated UN layout."""

import re

import pytest

from indexer.clean.pdf_layout import pdf_layout
from indexer.extract.pdf import read_pdf
from indexer.models import Role
from tests.conftest import PDFS

REAL = [
    "A-HRC-WG.6-7-ITA-1.en.pdf",
    "A-HRC-WG.6-7-ITA-1.fr.pdf",
    "A-RES-48-161.en.pdf",
    "A-RES-48-161.fr.pdf",
]
FURNITURE = re.compile(r"^(Page \d+|\d+|GE\.09-\d+.*|/\.\.\.|A/HRC/WG\.6/7/ITA/1|A/RES/48/161)$")


@pytest.fixture(scope="module", params=REAL)
def layout(request):
    return pdf_layout(read_pdf(PDFS / request.param))


def test_running_headers_footers_and_page_numbers_are_dropped(layout):
    body = [b.text for b in layout.blocks]
    assert not [t for t in body if FURNITURE.match(t)]
    assert not [t for t in body if re.search(r"GE\.09-1708\d|/\.\.\.$|^Page \d", t)]


def test_header_texts_are_kept_for_the_metadata(layout):
    assert any(re.search(r"A/(HRC|RES)/", text) for text in layout.headers)


def test_table_of_contents_is_dropped(layout):
    assert not [b.text for b in layout.blocks if re.search(r"\.{5,}", b.text)]
    assert not [b for b in layout.blocks if b.text.lower().startswith(("contents", "table des"))]


def test_cover_block_is_set_apart(layout):
    covers = " ".join(row.text for row in layout.cover)
    assert "Distr." in covers
    assert not any(b.text.startswith("Distr.") for b in layout.blocks)


def test_typewriter_footnotes_are_set_apart():
    layout = pdf_layout(read_pdf(PDFS / "A-RES-48-161.fr.pdf"))
    notes = [(b.mark, b.text) for b in layout.blocks if b.role is Role.FOOTNOTE]
    assert notes == [
        ("1", "A/42/521-S/19085, annexe."),
        ("2", "A/46/829-S/23310, annexe III."),
        ("3", "A/46/864-S/23501, annexe."),
        (
            "4",
            'Le groupe des pays coopérants, dénommé "Groupe des Trois", se compose de la '
            "Colombie, du Mexique et du Venezuela.",
        ),
        ("5", "A/48/586."),
    ]
    assert not [b for b in layout.blocks if b.role is Role.BODY and b.text.startswith("1/")]


def test_footnotes_under_a_drawn_separator_are_set_apart(generated_wg4_pdf):
    layout = pdf_layout(read_pdf(generated_wg4_pdf))
    notes = {b.mark: b.text for b in layout.blocks if b.role is Role.FOOTNOTE}
    assert notes["12"].startswith("Anti-Slavery International, Centre d'intervention")
    assert notes["12"].endswith(
        "Terre des Hommes International Federation et The Protection Project."
    )
    assert len(notes) == 15


def test_text_continued_at_the_top_of_a_page_is_marked_as_continuation(generated_wg4_pdf):
    blocks = pdf_layout(read_pdf(generated_wg4_pdf)).blocks
    page_tops = [
        b
        for i, b in enumerate(blocks)
        if i and b.page != blocks[i - 1].page and b.role is Role.BODY
    ]
    assert any(b.continues for b in page_tops)


def test_bold_headings_are_recognised_and_wrapped_lines_joined(generated_wg4_pdf):
    headings = [
        b.text for b in pdf_layout(read_pdf(generated_wg4_pdf)).blocks if b.role is Role.HEADING
    ]
    assert "I. Introduction" in headings
    assert any(
        h.startswith("A. Application, y compris") and h.endswith("organisée") for h in headings
    )


def test_a_typewriter_title_centred_over_two_lines_is_one_block():
    """GIVEN a typewriter page (one size, no bold): a centred title over two lines, then a
    paragraph WHEN cleaned THEN the title is one block; before, its second line ("against
    Organized Transnational Crime") was a block of its own, the annex's first unnumbered
    paragraph, and the title was cut (round-4 probe of a 1994 resolution's annex)."""
    from pathlib import Path

    from indexer.models import Page, RawDocument, Row

    def row(text: str, x0: float, x1: float, top: float) -> Row:
        return Row(text, 1, x0, x1, top, top + 10, 12.0, cell_texts=(text,), cell_spans=((x0, x1),))

    prose = "assembled at Naples, Italy, from 21 to 23 November 1994 for the World"
    rows = [
        row("Naples Political Declaration and Global Action Plan", 122, 490, 300),
        row("against Organized Transnational Crime", 173, 439, 312),
        row("We, the Ministers and representatives of Governments,", 115, 497, 336),
        *(row(prose, 72, 540, 348 + 12 * n) for n in range(8)),
        row("Ministerial Conference on Organized Transnational Crime.", 72, 380, 444),
    ]
    page = Page(number=3, width=612, height=792, rows=tuple(rows))
    blocks = pdf_layout(RawDocument(Path("t.pdf"), "pdf", (page,))).blocks
    assert blocks[0].text == (
        "Naples Political Declaration and Global Action Plan against Organized Transnational Crime"
    )
    assert blocks[1].text.startswith("We, the Ministers")
