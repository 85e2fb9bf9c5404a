"""PDFs printed by Chromium (Skia/PDF) from HTML and CSS (eighth probe round; fixtures, their
HTML sources and how they were made in tests/fixtures/chromium)."""

from __future__ import annotations

import pytest

from indexer.extract.line_text import small_capitals
from indexer.extract.pdf import read_pdf
from indexer.pipeline import ingest
from tests.conftest import FIXTURES
from tests.expected_records import assert_reads_as_written

CHROMIUM = FIXTURES / "chromium"
REPORTS = [
    "CTOC-COP-WG.4-2011-9.en",
    "CTOC-COP-WG.4-2011-9.fr",
    "flow.en",
    "default-sup.en",
    "rules.en",
]


def paragraphs(name: str) -> dict[int, object]:
    return {p.paragraph: p for p in ingest(CHROMIUM / f"{name}.pdf").numbered}


def test_a_soft_hyphen_where_the_line_does_not_break_cuts_no_word():
    """GIVEN words with soft hyphens (&shy;), which Chromium draws, where the line goes on, as a
    space glyph that takes no room WHEN read THEN the word is whole: "recom mendations",
    "inter national" (the search missed them), and where the line breaks, "Trans ‐" /
    "national" kept the hyphen between two spaces."""
    read = paragraphs("CTOC-COP-WG.4-2011-9.en")
    assert "adopted the recommendations set out below" in read[4].text
    assert "against Transnational Organized Crime welcomed" in read[1].text
    assert "for international cooperation, including" in read[8].text
    assert "joint investigations, information exchange" in read[9].text
    split = [p.paragraph for p in read.values() if " ‐ " in p.text or "recom " in p.text]
    assert not split


def test_a_heading_number_drawn_after_its_text_opens_the_heading():
    """GIVEN headings whose number is CSS generated content set in the margin
    (``h3::before``), which Chromium draws after the heading's text WHEN read THEN the
    heading reads "A. Opening of the meeting": a short heading's number had been put after
    it ("Opening of the meetingA."), and the heading, not read as lettered, stayed over the
    sections after it."""
    read = paragraphs("CTOC-COP-WG.4-2011-9.en")
    assert read[19].section == ("IV. Organization of the meeting", "A. Opening of the meeting")
    assert read[21].section == ("IV. Organization of the meeting", "C. Attendance")
    assert read[24].section == ("V. Adoption of the report",)


def test_headings_in_small_capitals_read_in_their_own_case():
    """GIVEN chapter headings in CSS small capitals, which Chromium (as Word) sets as capitals
    in a smaller size, the text layer holding capitals WHEN read THEN the heading is written
    as typed: "II. RECOMMENDATIONS" had been every paragraph's section."""
    read = paragraphs("CTOC-COP-WG.4-2011-9.en")
    assert read[1].section == ("I. Introduction",)
    assert read[11].section[0] == "III. Summary of deliberations"


@pytest.mark.parametrize("name", REPORTS)
def test_every_numbered_paragraph_reads_as_written(name):
    """GIVEN a Chromium PDF and the records its HTML gives WHEN read THEN symbol, language,
    date, every numbered paragraph (text, section, footnotes, States, citations) and the
    table are as written."""
    assert not assert_reads_as_written(CHROMIUM, name).warnings


def test_a_letter_spaced_name_beside_the_symbol_reads_as_words():
    """GIVEN the masthead's "Nations Unies" letter-spaced (CSS letter-spacing) on one baseline
    with the symbol, set plain WHEN read THEN it reads "Nations Unies": the line's spacing had
    been judged as a whole, the symbol's touching letters deciding, and the name read
    "N a t i o n s U n i e s"."""
    masthead = read_pdf(CHROMIUM / "CTOC-COP-WG.4-2011-9.fr.pdf").pages[0].rows[0]
    assert masthead.cell_texts == ("Nations Unies", "CTOC/COP/WG.4/2011/9")


def test_a_mark_in_html_s_default_superscript_is_a_footnote_reference():
    """GIVEN footnote marks in HTML's default <sup> (font-size: smaller, 5/6 of the text's
    size, raised) WHEN read THEN they are references: set larger than the 0.8 of the text
    a superscript had to be, they stayed digits glued to the word ("the Organized Crime
    Convention1 and"), and seven of the eleven notes went to a paragraph near them, with a
    warning that their mark was not found."""
    document = ingest(CHROMIUM / "default-sup.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert "the Organized Crime Convention and in particular" in read[1].text
    assert [note.mark for note in read[1].footnotes] == ["1", "2"]
    assert not document.warnings


def test_a_table_s_borders_in_a_page_s_lower_half_are_no_footnote_separator():
    """GIVEN a table in the lower half of page 2, its borders drawn cell by cell (short
    lines, as a footnote separator is), its rows set smaller than the body WHEN read THEN the
    table and the paragraph under it stay in the body: they had been read as a footnote
    (paragraph 8 lost its number, which was inferred, and its note went elsewhere)."""
    document = ingest(CHROMIUM / "rules.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert not read[8].inferred_number
    assert [note.mark for note in read[8].footnotes] == ["7"]
    assert [p.anchor for p in document.paragraphs if p.kind == "table"] == ["table1"]


def test_an_underlined_link_in_a_page_s_lower_half_is_no_footnote_separator():
    """GIVEN a hyperlink underlined in paragraph 3, low on page 1, above the notes WHEN read
    THEN the paragraph ends as written: its lines under the link had gone into the notes,
    as a note without a mark."""
    document = ingest(CHROMIUM / "rules.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert read[3].text.endswith("drawing on the information provided by States.")
    assert not document.warnings


class _Char:
    """A character as pdfminer gives it: its text, size, baseline and extent."""

    def __init__(self, text: str, size: float, x0: float) -> None:
        self.text, self.size, self.y0, self.x0, self.x1 = text, size, 100.0, x0, x0 + 0.6 * size

    def get_text(self) -> str:
        return self.text


def _line(*words: tuple[str, float]) -> list[_Char]:
    chars, x = [], 0.0
    for word, size in words:
        for letter in word:
            chars.append(_Char(letter, size, x))
            x = chars[-1].x1
        x += 0.3 * size
    return chars


def test_capitals_in_two_sizes_word_by_word_are_no_small_capitals():
    """GIVEN a line of capitals in two sizes, each word in one ("UNITED NATIONS" in 14 pt
    beside "A/RES/48/161" in 11 pt) WHEN read THEN no letter is lowered: only a word opening
    with a capital that smaller ones follow ("I" + "NTRODUCTION") shows small capitals."""
    masthead = _line(("UNITED", 14), ("NATIONS", 14), ("A/RES/48/161", 11))
    assert small_capitals(masthead) == frozenset()
    heading = _line(("I", 12), ("NTRODUCTION", 8.25))
    heading[1].x0 = heading[0].x1  # one word: the small capitals follow the capital
    assert len(small_capitals(heading)) == len("NTRODUCTION")
