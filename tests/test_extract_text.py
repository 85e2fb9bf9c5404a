"""Reading pre-extracted text: markup, encodings, empty files."""

import pytest

from indexer.errors import EmptyFileError, NoTextError
from indexer.extract.text import normalise_line, read_text
from indexer.pipeline import ingest
from tests.pdfgen import write_empty_text, write_non_utf8_text, write_zero_byte


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("La présidente, M^{me} Dominika Krois", "La présidente, Mme Dominika Krois"),
        ("du Groupe de travail^{8, 9}.", "du Groupe de travail⁸, ⁹."),
        (
            "dans le *Rapport mondial sur la traite* publié",
            "dans le Rapport mondial sur la traite publié",
        ),
        ("entre\u00a0guillemets  et   espaces", "entre guillemets et espaces"),
        ("* Le présent document", "* Le présent document"),
        ("stages of traf\u00adfick\u00ading in", "stages of trafficking in"),  # soft hyphens
        ("of Nige\u200bria, the", "of Nigeria, the"),  # zero-width space
        ("the confiden\u200ctiality of", "the confidentiality of"),  # zero-width non-joiner
        ("the legis\u2060lative traf\u200dficking", "the legislative trafficking"),  # WJ, ZWJ
        ("\ufeffII. Summary of deliberations", "II. Summary of deliberations"),  # a BOM mid-file
        ("\u200b2. States parties", "2. States parties"),
        ("Côte d\u2019\u200eIvoire", "Côte d\u2019Ivoire"),  # a left-to-right mark
        ("stages of traf\u00ad", "stages of traf\u00ad"),  # a printed line cut inside a word
        ("Distr. générale 1ᵉʳ octobre 2019", "Distr. générale 1er octobre 2019"),  # as from a PDF
        ("Mᵐᵉ Krois, XXᵉ siècle, nᵒ 5", "Mme Krois, XXe siècle, no 5"),
        ("ª º ʼ ¹²", "ª º ʼ ¹²"),  # ordinal indicators, an apostrophe, footnote marks: kept
        ("\uf0b7 The directory;", "• The directory;"),  # Word's bullets, as pdftotext gives them
        ("\uf0a7 Liaison officers;", "▪ Liaison officers;"),
    ],
)
def test_markup_is_normalised(line, clean):
    assert normalise_line(line) == clean


def test_latin1_text_is_read_with_a_warning(tmp_path):
    raw = read_text(write_non_utf8_text(tmp_path))
    assert "not valid UTF-8" in raw.warnings[0]
    assert "États" in " ".join(row.text for row in raw.pages[0].rows)


def test_empty_and_blank_text_files_are_refused(tmp_path):
    with pytest.raises(EmptyFileError):
        read_text(write_zero_byte(tmp_path).rename(tmp_path / "empty.txt"))
    with pytest.raises(NoTextError):
        read_text(write_empty_text(tmp_path))


def test_invisible_characters_hide_no_heading_and_no_paragraph_number(tmp_path):
    """GIVEN a text file with a BOM before a heading (two files put together) and a zero-width
    space before "2." WHEN read THEN the heading opens its section and the number is read, not
    inferred; before, the heading was glued to paragraph 1 and paragraph 2 had no section of its
    own (round-5 probe R5)."""
    path = tmp_path / "CTOC-COP-WG.4-2019-4.en.txt"
    lines = [
        "CTOC/COP/WG.4/2019/4",
        "I. Recommendations",
        "1. States parties should ensure the confidentiality of victims.",
        "\ufeffII. Summary of deliberations",
        "\u200b2. The representatives of Nige\u200bria described the investigations.",
    ]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    first, second = ingest(path).paragraphs
    assert first.text == "States parties should ensure the confidentiality of victims."
    assert (second.paragraph, second.inferred_number) == (2, False)
    assert second.section == ("II. Summary of deliberations",)
    assert second.text == "The representatives of Nigeria described the investigations."
    assert second.states == ("NGA",)


def test_a_utf16_text_file_is_read_not_refused_as_binary(tmp_path):
    """GIVEN a text file saved as Windows Notepad's "Unicode" (UTF-16 with its byte order mark)
    WHEN read THEN its lines, with a warning; before: "a binary file, not text" (round-5 R10)."""
    path = tmp_path / "notepad.txt"
    path.write_bytes("\ufeffRéunion des États parties\r\n\r\n1. Texte.\r\n".encode("utf-16-le"))
    raw = read_text(path)
    assert [row.text for row in raw.pages[0].rows] == ["Réunion des États parties", "", "1. Texte."]
    assert raw.warnings[0].startswith("UTF-16 text (little-endian, byte order mark FF FE)")
