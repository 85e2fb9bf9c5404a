"""PDFs typeset by TeX (pdfLaTeX, XeLaTeX) from LaTeX sources (ninth probe round; fixtures, their
sources and how they were made in tests/fixtures/tex)."""

from __future__ import annotations

import pytest

from indexer.extract.line_text import small_capitals
from indexer.extract.pdf import read_pdf
from indexer.pipeline import ingest
from tests.conftest import FIXTURES
from tests.expected_records import assert_reads_as_written

TEX = FIXTURES / "tex"
DOCUMENTS = [
    "CTOC-COP-WG.4-2012-6.en",
    "CTOC-COP-WG.4-2012-6.fr",
    "paper.en",
    "table-low.en",
    "twocolumn.en",
    "xelatex.fr",
]


def paragraphs(name: str) -> dict[int, object]:
    return {p.paragraph: p for p in ingest(TEX / f"{name}.pdf").numbered}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_numbered_paragraph_reads_as_written(name):
    """GIVEN a pdfLaTeX or XeLaTeX PDF and the records its source gives WHEN read THEN
    symbol, language, date, every numbered paragraph (text, section, footnotes, States,
    citations) and the tables are as written."""
    assert not assert_reads_as_written(TEX, name).warnings


def test_a_section_in_two_columns_as_close_as_latex_sets_them_reads_column_by_column():
    """GIVEN chapter II of a paper set in two columns by multicol, 10 pt apart (LaTeX's
    \\columnsep) in 11 pt type, the paragraph numbers of the right column hanging at its edge
    WHEN read THEN each column is read top to bottom: page 2 had been read across ("as-
    Direct contacts between liaison sistance"), paragraphs 7 and 8 lost their numbers."""
    read = paragraphs("paper.en")
    assert sorted(read) == list(range(1, 11))
    assert "requests for mutual legal assistance were often incomplete" in read[4].text
    assert read[9].section == ("II. Summary of replies", "C. Confiscation of proceeds")


def test_a_table_s_rules_low_on_a_page_are_no_footnote_separator():
    """GIVEN a table set with booktabs (a top, a middle and a bottom rule, each as wide as the
    table) in the lower half of page 2, in smaller type than the body WHEN read THEN it is a
    table: the rows under its rules had been read as notes, and the table was lost."""
    document = ingest(TEX / "table-low.en.pdf")
    tables = [p.text for p in document.paragraphs if p.kind == "table"]
    assert len(tables) == 1 and "Norway\t3\t5\t7" in tables[0]
    read = {p.paragraph: p for p in document.numbered}
    assert [note.mark for note in read[8].footnotes] == ["7"]


@pytest.mark.parametrize(
    ("name", "caption"),
    [
        ("CTOC-COP-WG.4-2012-6.en", "Table 1: Persons convicted"),
        ("CTOC-COP-WG.4-2012-6.fr", "Tableau 1. Personnes condamnées"),
    ],
)
def test_a_header_as_close_as_latex_sets_its_cells_is_the_table_s(name, caption):
    """GIVEN a LaTeX table whose header's cells over right-aligned figures stand 12 pt apart
    (\\tabcolsep on both sides: one run of text, "2008 2009 2010") WHEN read THEN the header
    and the caption over it are the table's: they had gone on the paragraph above."""
    document = ingest(TEX / f"{name}.pdf")
    table = next(p for p in document.paragraphs if p.kind == "table")
    first, header = table.text.split("\n")[:2]
    assert first.startswith(caption)
    assert header.split("\t")[1:] == ["2008", "2009", "2010"]
    assert not any(caption in p.text for p in document.paragraphs if p.kind != "table")


def test_notes_numbered_the_french_way_are_each_a_note():
    """GIVEN babel's french, which numbers the notes at a page's foot "1. Nations Unies…" (a
    plain number and a period) WHEN read THEN each is a note with its mark: the document's
    twelve notes had been one note without a mark, attached to paragraph 4."""
    read = paragraphs("CTOC-COP-WG.4-2012-6.fr")
    assert [note.mark for note in read[1].footnotes] == ["1", "2"]
    assert read[3].footnotes[0].text.endswith("de transit et de destination.")
    assert [note.mark for note in read[20].footnotes] == ["12"]


def test_a_cover_s_star_note_set_without_a_space_is_the_cover_s():
    """GIVEN ``Item 3 of the provisional agenda*`` and its note, which LaTeX sets "*CTOC/…",
    the raised star against the text WHEN read THEN the note is the cover's: it had been a
    note without a mark, given to paragraph 4 with a warning."""
    document = ingest(TEX / "paper.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert not read[4].footnotes
    assert not document.warnings


def test_a_word_tex_breaks_into_two_common_words_is_one_word():
    """GIVEN TeX's "out-" / "come" at a line's end WHEN joined THEN "outcome": two short
    common words make a common phrase of anything, and the hyphen had stayed."""
    assert (
        "welcomed the outcome of the consultations" in paragraphs("CTOC-COP-WG.4-2012-6.en")[1].text
    )


def test_an_accent_drawn_over_its_letter_is_the_accented_letter():
    """GIVEN LaTeX's default OT1 encoding, which sets "ô" as a circumflex drawn over an "o"
    WHEN read THEN "Côte d’Ivoire", a State: it had been "Cˆote d’Ivoire"."""
    document = ingest(TEX / "paper.en.pdf")
    annex = next(p for p in document.paragraphs if p.anchor == "annex-p1")
    assert "Côte d’Ivoire" in annex.text
    assert "CIV" in annex.states


def test_a_bullet_without_unicode_mapping_opening_an_item_is_a_bullet():
    """GIVEN itemize's bullets drawn from a bitmap (Type 3) font without Unicode mapping
    (LaTeX's text companion font when cm-super is not installed) WHEN read THEN each item
    opens with "•": the bullets were dropped, with a warning, and the third item, at the top
    of the right column, ran into the second."""
    paragraph = paragraphs("paper.en")[6]
    assert paragraph.text.count("\n• ") == 3
    assert all(
        row.text.count("(cid:") == 0
        for page in read_pdf(TEX / "paper.en.pdf").pages
        for row in page.rows
    )


def test_a_word_in_small_capitals_in_running_text_reads_in_its_case():
    """GIVEN a surname in LaTeX's small capitals in a line of running text (French typography:
    "Mme Ana María \\textsc{Russo}"), which psnfss's Palatino sets as capitals in a smaller
    size WHEN read THEN "Russo": the text layer's capitals had stayed ("RUSSO"), and a line
    mostly in small capitals took their size, smaller than the body's."""
    read = paragraphs("CTOC-COP-WG.4-2012-6.fr")
    assert "Mme Ana María Russo (Argentine)" in read[19].text


class _Char:
    """A character as pdfminer gives it: its text, size, baseline and extent."""

    def __init__(self, text: str, size: float, x0: float) -> None:
        self.text, self.size, self.y0, self.x0, self.x1 = text, size, 100.0, x0, x0 + 0.6 * size

    def get_text(self) -> str:
        return self.text


def test_small_capitals_in_a_line_of_lower_case_text_are_found_word_by_word():
    """GIVEN "Ana RUSSO UNODC" in 10 pt, "USSO" and "UNODC" in 8 pt (\\textsc{Russo} and
    \\textsc{unodc}) WHEN read THEN "USSO" is small capitals; "UNODC", opening with no
    capital of the text's size, stays in capitals."""
    chars, x = [], 0.0
    for text, size, space in (("Ana", 10, 3), ("R", 10, 0), ("USSO", 8, 3), ("UNODC", 8, 0)):
        for letter in text:
            chars.append(_Char(letter, size, x))
            x = chars[-1].x1
        x += space
    small = small_capitals(chars)
    assert [c.text for c in chars if id(c) in small] == list("USSO")


def test_notes_at_the_foot_of_each_column_are_that_column_s():
    """GIVEN LaTeX's two-column layout, which sets each column's notes at its own foot under
    its own rule, the right column's rule lower than the left one's WHEN read THEN the notes
    are those under each rule, and the right column's last lines, beside the left column's
    notes, are text: they had gone on note 2 ("ties maintained by the Secretariat;")."""
    read = paragraphs("twocolumn.en")
    assert [note.text for note in read[2].footnotes] == [
        "See CTOC/COP/2008/19, chap. I, decision 4/4."
    ]
    assert [note.mark for note in read[5].footnotes] == ["3"]
    assert read[6].text.endswith("• Direct contacts between liaison magistrates and prosecutors.")
