"""Reading PDFs with pdfminer: rows, superscripts, and the files that cannot be read."""

import pytest

from indexer.errors import CorruptPdfError, EmptyFileError, EncryptedPdfError, NotAPdfError
from indexer.extract.pdf import read_pdf
from indexer.pipeline import ingest
from tests.conftest import PDFS
from tests.pdfgen import (
    write_encrypted_pdf,
    write_not_a_pdf,
    write_partly_scanned_pdf,
    write_truncated_pdf,
    write_zero_byte,
)


def test_hanging_paragraph_number_and_its_text_form_one_row():
    page = read_pdf(PDFS / "A-HRC-WG.6-7-ITA-1.fr.pdf").pages[3]
    texts = [row.text for row in page.rows]
    assert any(t.startswith("1. L’établissement du rapport de l’État italien") for t in texts)


def test_raised_ordinal_letters_stay_plain_letters():
    rows = [r.text for p in read_pdf(PDFS / "A-HRC-WG.6-7-ITA-1.fr.pdf").pages for r in p.rows]
    assert any("le 1er janvier 1948" in t for t in rows)
    assert any("au XVIIIe siècle" in t for t in rows)


def test_raised_reference_digits_become_superscripts(generated_wg4_pdf):
    rows = [r.text for p in read_pdf(generated_wg4_pdf).pages for r in p.rows]
    assert any("¹²" in t for t in rows), "footnote mark 12 of paragraph 82"


def test_ligature_glyphs_are_written_out(tmp_path):
    """GIVEN a PDF that draws "fi" and "ffl" as ligature glyphs WHEN read THEN the text has the
    letters, so that it reads, quotes and copies as typed."""
    from tests.pdfgen import ENGLISH_COVER, english_paper_spec, paragraph, render_un_pdf

    text = "The ﬁnancial investigation of traﬃcking proﬁts is eﬀective; no ﬂuke."
    spec = english_paper_spec("CTOC/COP/WG.4/2012/7", ENGLISH_COVER["title"], [paragraph(1, text)])
    pages = read_pdf(render_un_pdf(spec, tmp_path / "l.en.pdf")).pages
    body = " ".join(r.text for p in pages for r in p.rows)
    assert "financial investigation of trafficking profits is effective; no fluke" in body
    assert not any(ch in body for ch in "ﬀﬁﬂﬃﬄ")


def test_rows_carry_font_size_and_weight():
    page = read_pdf(PDFS / "A-HRC-WG.6-7-ITA-1.fr.pdf").pages[3]
    heading = next(r for r in page.rows if r.text.startswith("I. Méthodologie"))
    body = next(r for r in page.rows if r.text.startswith("1. L’établissement"))
    assert heading.bold and heading.size > body.size and not body.bold


@pytest.mark.parametrize(
    ("writer", "error"),
    [
        (write_zero_byte, EmptyFileError),
        (write_not_a_pdf, NotAPdfError),
    ],
)
def test_unreadable_files_raise_a_named_error(tmp_path, writer, error):
    with pytest.raises(error):
        read_pdf(writer(tmp_path))


def test_truncated_pdf_is_reported_as_damaged(tmp_path):
    with pytest.raises(CorruptPdfError, match="damaged or truncated"):
        read_pdf(write_truncated_pdf(tmp_path, PDFS / "A-RES-48-161.en.pdf"))


def test_encrypted_pdf_is_reported_as_encrypted(tmp_path):
    with pytest.raises(EncryptedPdfError, match="encrypted"):
        read_pdf(write_encrypted_pdf(tmp_path, PDFS / "A-RES-48-161.en.pdf"))


def test_a_scanned_page_among_pages_of_text_is_named_in_a_warning(tmp_path):
    """GIVEN the real A/RES/48/161 with a scanned page (an image, no text) put in as page 3
    WHEN ingested THEN its paragraphs are read as without it, and a warning names the page,
    whose content is not indexed; before, nothing said so ("warnings none")."""
    path = write_partly_scanned_pdf(tmp_path, PDFS / "A-RES-48-161.en.pdf", after_page=2)
    document = ingest(path)
    assert "page 3 is an image without text (scanned?): it is not indexed" in document.warnings
    plain = ingest(PDFS / "A-RES-48-161.en.pdf")
    assert [p.anchor for p in document.paragraphs] == [p.anchor for p in plain.paragraphs]
    assert not any("scanned" in warning for warning in plain.warnings)
