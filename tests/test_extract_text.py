"""Reading pre-extracted text: markup, encodings, empty files."""

import pytest

from indexer.errors import EmptyFileError, NoTextError
from indexer.extract.text import normalise_line, read_text
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
