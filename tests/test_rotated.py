"""Rotated and landscape pages, three columns (eleventh probe round; fixtures, their sources
and how they were made in tests/fixtures/rotated)."""

from __future__ import annotations

import pytest

from indexer.extract.pdf import read_pdf
from indexer.extract.turned import quarter, turn_to_read
from indexer.pipeline import ingest
from tests.conftest import FIXTURES
from tests.expected_records import assert_reads_as_written

ROTATED = FIXTURES / "rotated"
YEARS = ["2005", "2006", "2007", "2008", "2009", "2010", "Total"]
DOCUMENTS = [
    "pdflscape.en",
    "lscape.en",
    "sideways.en",
    "rotate270.en",
    "threecolumn.en",
    "chromium-landscape.en",
    "chromium-threecolumn.en",
]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_numbered_paragraph_reads_as_written(name):
    """GIVEN a pdfLaTeX or Chromium report with a landscape or sideways page, or a part in
    three columns WHEN read THEN symbol, language, date, every numbered paragraph and the table
    are as written, with no warning (Chromium's three columns had lost paragraph 14)."""
    assert not assert_reads_as_written(ROTATED, name).warnings


@pytest.mark.parametrize("name", ["lscape.en", "sideways.en"])
def test_a_landscape_page_drawn_turned_on_a_portrait_page_is_read(name):
    """GIVEN a section or a table set landscape (lscape, sidewaystable) and so drawn turned on
    its portrait page, whose running header and footer stand upright WHEN read THEN its
    paragraphs and its table are read: they had been left out without a word."""
    document = ingest(ROTATED / f"{name}.pdf")
    assert {7, 8, 9} <= {p.paragraph for p in document.numbered}
    tables = [p.text for p in document.paragraphs if p.kind == "table"]
    assert len(tables) == 1 and "Philippines\t8\t10\t15\t17\t22\t26\t98" in tables[0]
    assert not document.warnings


@pytest.mark.parametrize(
    ("a", "b", "direction"),
    [(1, 0, 0), (0, 1, 90), (-1, 0, 180), (0, -1, 270), (1, 1, None), (1, 0.05, 0)],
)
def test_a_baseline_s_direction_is_a_quarter_turn_or_slanted(a, b, direction):
    assert quarter(a, b) == direction


def test_a_page_is_turned_to_read_when_most_of_its_text_runs_one_way_at_a_right_angle():
    assert turn_to_read([90] * 1000 + [0] * 40) == 90
    assert turn_to_read([270] * 30 + [0] * 10) == 270
    assert turn_to_read([90] * 25 + [0] * 2000) == 0  # a margin note beside the body
    assert turn_to_read([90] * 10) == 0  # a few letters
    assert turn_to_read([None] * 100) == 0


def test_a_part_in_three_columns_under_one_reads_column_by_column():
    """GIVEN a page whose chapter II ends in one column and chapter III goes on in three
    (multicol), and an annex listing States in three columns WHEN read THEN each column is
    read top to bottom, left to right: the page had been read across, chapter III a "table"
    of its lines and paragraphs 10 to 14 lost; the list a table read row by row."""
    document = ingest(ROTATED / "threecolumn.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert sorted(read) == list(range(1, 16))
    assert read[13].text.endswith("had shown a reduction in street prostitution.")
    assert read[15].section == ("IV. Adoption of the report",)
    annex = next(p for p in document.paragraphs if p.text.startswith("Algeria"))
    assert annex.kind != "table" and annex.text.split()[:4] == [
        "Algeria",
        "Argentina",
        "Australia",
        "Austria",
    ]


def test_a_header_set_wider_than_its_right_aligned_figures_is_cut_into_their_columns():
    """GIVEN a table of seven columns of figures under a header of years, each year wider than
    the figures under it, the cells 12 pt apart (one run of text, "2005 2006 … Total") WHEN
    read THEN each year is in its column: "2005" starts left of the figures' column, had gone
    to the countries' column, and the header stayed one cell."""
    document = ingest(ROTATED / "threecolumn.en.pdf")
    table = next(p for p in document.paragraphs if p.kind == "table")
    assert table.text.split("\n")[1].split("\t") == ["Country", *YEARS]


def _page_with_a_turned_block(path, x: float) -> None:
    """A page of 30 upright lines, and a block of turned text (a stamp, a rotated box) at x."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for number in range(1, 31):
        pdf.text(30, 30 + 8 * number, f"{number}. The Working Group considered the agenda.")
    with pdf.rotation(90, x, 200):
        pdf.text(x, 200, "Advance unedited version: not for citation")
    pdf.output(str(path))


@pytest.mark.parametrize(("x", "named"), [(120, True), (8, False)])
def test_turned_text_beside_upright_text_is_named_not_lost(tmp_path, x, named):
    """GIVEN a page of upright text with a block of turned text (42 letters) in its body, or
    in its margin WHEN read THEN the page is read upright, and the turned text in the body is
    named as not indexed: it had been left out without a word; at the page's edge (a margin
    note, a turned page's header and footer) it is left out quietly."""
    path = tmp_path / "turned-block.pdf"
    _page_with_a_turned_block(path, x)
    warnings = read_pdf(path).warnings
    assert any("set at an angle" in warning for warning in warnings) is named
