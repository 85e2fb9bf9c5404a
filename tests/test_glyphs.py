"""Typographic hazards of real text layers: soft hyphens, decomposed accents, private-use
ligatures, apostrophes of every kind (fifth probe round; fixtures in tests/fixtures/glyphs)."""

from __future__ import annotations

import pytest

from indexer.citations import find_citations
from indexer.clean.joining import join_lines
from indexer.enrich.states import find_states
from indexer.errors import IngestError
from indexer.extract.readable import reads_as_words
from indexer.index.analysis import tokens
from indexer.pipeline import ingest
from tests.conftest import FIXTURES, PDFS

GLYPHS = FIXTURES / "glyphs"


def paragraphs(name: str) -> dict[int, object]:
    return {p.paragraph: p for p in ingest(GLYPHS / name).paragraphs}


def test_a_soft_hyphen_ending_a_line_breaks_a_word_not_a_phrase():
    """GIVEN a PDF whose line-end hyphens are soft hyphens (U+00AD) WHEN read THEN the word is
    whole: "traf ficking", "identi fication" had lost search, topics and States."""
    read = paragraphs("soft-hyphen-line-ends.en.pdf")
    assert "stages of trafficking in persons" in read[2].text
    assert "the identification of victims of trafficking" in read[5].text
    assert "victim-protection" in read[5].topics
    assert join_lines(["stages of traf\u00ad", "ficking in"], set()) == "stages of trafficking in"


def test_decomposed_accents_are_composed():
    """GIVEN a PDF whose fonts map "é" to "e" and a combining accent WHEN read THEN the text is
    composed (NFC), as a text file's is: States, topics and "par. 30 à 32" were lost."""
    read = paragraphs("decomposed-accents.fr.pdf")
    assert read[4].states == ("NGA", "CIV", "USA", "GBR")
    assert "\u0301" not in read[4].text and "États-Unis" in read[4].text
    assert read[2].cites[0].paragraphs == (30, 31, 32)


def test_private_use_ligatures_are_written_out():
    read = paragraphs("private-use-ligatures.en.pdf")
    assert "financial investigations" in read[4].text
    assert not any("\uf001" in p.text or "\uf002" in p.text for p in read.values())
    assert "financial-investigation" in read[4].topics


@pytest.mark.parametrize("mark", ["’", "ʼ", "‘", "`", "´", "′"])
def test_every_apostrophe_mark_is_an_apostrophe(mark):
    """GIVEN an apostrophe typed, pasted or read from an OCR layer as ʼ ‘ ` ´ or ′ WHEN read
    THEN French elision works and State names are found: "the Democratic People‘s Republic
    of Korea" had been the Republic of Korea, "lʼItalie" no State and "lʼexploitation" a
    word no search found."""
    assert tokens(f"l{mark}exploitation", "fr") == ["exploit"]
    text = f"Côte d{mark}Ivoire, the Democratic People{mark}s Republic of Korea, de l{mark}Italie"
    assert find_states(text) == ("CIV", "PRK", "ITA")


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "–", "—", "\u2212", "\uff0d"])
def test_a_range_is_read_whatever_its_dash(dash):
    """GIVEN "paras. 30‐32" with a hyphen, a figure dash, a minus sign… WHEN a paragraph cites
    it THEN paragraphs 30 to 32: U+2010, the code many fonts map the hyphen to, cited 30."""
    cites = find_citations(f"Voir CTOC/COP/WG.4/2010/6, paras. 30{dash}32.")
    assert [(c.symbol, c.paragraphs) for c in cites] == [("CTOC/COP/WG.4/2010/6", (30, 31, 32))]


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_a_combined_report_keeps_its_symbol_with_a_non_breaking_hyphen(hyphen):
    """GIVEN "(CRC/C/BEN/CO/3‑5, par. 72)", the hyphen non-breaking to keep the symbol on one
    line WHEN read THEN the combined reports' symbol cites 72; it was CRC/C/BEN/CO/3, and
    "par. 72" the citing document's own paragraph."""
    text = f"Le Comité a recommandé (CRC/C/BEN/CO/3{hyphen}5, par. 72)."
    cites = find_citations(text)
    assert [(c.symbol, c.paragraphs) for c in cites] == [("CRC/C/BEN/CO/3-5", (72,))]


def test_a_pdf_whose_text_does_not_read_as_words_is_refused_saying_why():
    """GIVEN a PDF whose fonts have no Unicode map WHEN read THEN it is refused, naming the
    problem: its garbage had become paragraphs, sections and a title, with a warning that
    counted only the glyph codes left out."""
    with pytest.raises(IngestError, match="does not read as words"):
        ingest(GLYPHS / "no-unicode-map.en.pdf")


def test_garbage_headings_of_a_bold_font_without_a_map_are_left_out_and_named():
    document = ingest(GLYPHS / "no-unicode-map-bold.en.pdf")
    assert document.symbol == "CTOC/COP/WG.4/2019/4"
    assert [p.paragraph for p in document.paragraphs if p.paragraph] == [1, 2, 3, 4, 5, 6]
    assert all(not p.section for p in document.paragraphs)  # garbage, left out
    assert any("bold text (title, headings) does not read" in w for w in document.warnings)


def test_every_page_of_the_corpus_reads_as_words():
    for path in sorted(PDFS.glob("*.pdf")):
        assert not any("does not read" in w for w in ingest(path).warnings), path.name


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("Les États parties devraient, conformément à A/RES/48/161, GE.09-17088 " * 3, True),
        ("Los Estados partes deberían, el 11º período de sesiones, párr. 32 " * 3, True),
        ("B8 l( (0 P))( U W)I, a ). mE/P : (/ 9 N)O()PT)E :ABCb " * 3, False),
    ],
)
def test_a_page_reads_as_words_in_any_language_and_garbage_does_not(text, reads):
    assert reads_as_words([text]) is reads


def test_letters_set_vertically_in_the_margin_stay_out_of_the_body():
    read = paragraphs("vertical-margin-note.en.pdf")
    assert read[6].text.endswith("official statistics on trafficking flows remained insufficient.")
    assert all(" n o i s " not in p.text for p in read.values())


def test_a_page_turned_by_a_viewer_is_read_turned_back():
    """GIVEN a PDF whose second page, with the whole body, has /Rotate 90 over upright content
    (its text shows sideways) WHEN read THEN the page is read turned back, as the plain report
    reads: it was one "table" of single letters, with no warning (session 12), then named as
    not indexed (the cover alone has no paragraph; eleventh probe round: read)."""
    document = ingest(GLYPHS / "rotated-page.en.pdf")
    plain = ingest(GLYPHS / "private-use-ligatures.en.pdf")
    assert [(p.paragraph, p.text, p.section) for p in document.paragraphs] == [
        (p.paragraph, p.text, p.section) for p in plain.paragraphs
    ]
    assert not document.warnings


def test_a_cover_whose_fonts_name_no_weight_has_its_title_by_size():
    document = ingest(GLYPHS / "type3-fonts.en.pdf")
    assert document.title.startswith("Report on the meeting of the Working Group on Trafficking")


def test_letter_spaced_headings_and_header_read_as_words():
    """GIVEN headings and the running header set with 2 pt between letters (Tc) WHEN read THEN
    the sections are words and the header is furniture: sections were "I . R e c o m m e n d
    a t i o n s", every paragraph's kind "other", and the header a paragraph "C T O C / …"."""
    document = ingest(GLYPHS / "letter-spaced-headings.en.pdf")
    read = {p.anchor: p for p in document.paragraphs}
    assert read["1"].section == ("I. Recommendations",)
    assert read["1"].kind == "recommendation"
    assert read["4"].section == ("II. Summary of deliberations",)
    assert not any(p.paragraph is None for p in document.paragraphs)


def test_a_letter_spaced_body_keeps_its_words_states_and_citations():
    """GIVEN a body set with 1 pt between letters WHEN read THEN words, States and the citation
    are whole: it read "State s parti es … CTO C/COP /WG.4/2010/6, pa ra s."."""
    read = paragraphs("letter-spaced-body.en.pdf")
    assert read[2].text.startswith("States parties should consider strengthening their")
    assert [c.symbol for c in read[2].cites] == ["CTOC/COP/WG.4/2010/6"]
    assert read[4].states == ("NGA", "CIV", "USA", "GBR")
