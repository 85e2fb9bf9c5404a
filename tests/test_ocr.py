"""Scanned UN documents with an OCR text layer (tenth probe round): the corpus's real PDFs
rasterised, degraded as a scan is (a slight skew, specks, 200 dpi black and white) and OCR'd by
OCRmyPDF with Tesseract (fixtures and the commands that made them in tests/fixtures/ocr). OCR
misreads letters inside words; what is checked is that the structure survives (paragraph
numbers, symbol, date, sections, preamble) and that the text reads as the original's."""

from __future__ import annotations

import statistics

import pytest

from indexer.pipeline import ingest
from tests.conftest import FIXTURES, PDFS
from tests.fixtures.ocr.compare import PAGES, similarity  # the pages scanned, as in make.sh

OCR = FIXTURES / "ocr"


def test_a_text_layer_in_a_form_xobject_is_read():
    """GIVEN a scanned page OCR'd by OCRmyPDF, whose invisible text is drawn inside a form
    XObject beside the page's image WHEN read THEN its text is read: pdfminer leaves the
    characters of a figure unanalysed, and every OCR'd PDF had been refused as "no text layer
    (scanned image?): OCR it first"."""
    document = ingest(OCR / "A-HRC-WG.6-7-ITA-1.en.pdf")
    assert [p.paragraph for p in document.numbered] == list(range(1, 19))
    assert document.numbered[0].text.startswith("The preparation of the")


def test_a_space_before_a_word_drawn_back_over_it_separates_two_words():
    """GIVEN an OCR layer whose word boxes overlap (Tesseract stretches each word and the
    space after it over the box it found; "METHODOLOGY "'s box runs past "AND"'s start) WHEN
    read THEN the space stays: it had been taken for Chromium's space of no room, and the
    chapter read "I. METHODOLOGYAND CONSULTATION PROCESS"."""
    read = {p.paragraph: p for p in ingest(OCR / "A-HRC-WG.6-7-ITA-1.en.pdf").numbered}
    assert read[1].section == ("I. METHODOLOGY AND CONSULTATION PROCESS",)


def test_a_chapter_s_roman_number_misread_by_ocr_is_read_as_printed():
    """GIVEN the French report's chapter heading "II. Cadre normatif et institutionnel", which
    Tesseract reads "IT. Cadre…" WHEN read THEN paragraphs 3 to 18 are under chapter II: the
    heading was no chapter's, and the chapter before ran on over it."""
    read = {p.paragraph: p for p in ingest(OCR / "A-HRC-WG.6-7-ITA-1.fr.pdf").numbered}
    assert {read[n].section[0] for n in range(3, 19)} == {"II. Cadre normatif et institutionnel"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lines_a_point_larger_in_an_ocr_layer_are_no_headings(lang):
    """GIVEN a resolution typed in one size, OCR'd: Tesseract sizes each line by its box, in
    whole points, and its body lines read 8, 9 or 10 pt WHEN read THEN the preamble's
    paragraphs are paragraphs under no heading, with their notes: lines a point larger had
    been headings ("Recalling the relevant resolutions…" a section over the next paragraphs)."""
    original = ingest(PDFS / f"A-RES-48-161.{lang}.pdf")
    scanned = ingest(OCR / f"A-RES-48-161.{lang}.pdf")
    wanted = [p for p in original.paragraphs if p.page in (1, 2, 3)]
    assert all(p.section == () and p.kind == "adopted" for p in scanned.paragraphs)
    assert len(scanned.paragraphs) >= len(wanted) - 1
    assert (scanned.symbol, scanned.date) == ("A/RES/48/161", "1994-01-21")
    assert similarity(scanned.title, original.title) > 0.8  # OCR reads the underline "et_progrès"
    marks = [note.mark for p in scanned.paragraphs for note in p.footnotes]
    assert marks == ["1", "2", "3", "4"][: len(marks)] and len(marks) >= 3


def test_a_speck_before_a_typewriter_note_s_mark_leaves_the_note_a_note():
    """GIVEN a scanned resolution page whose note "2/ A/46/829-S/23310, annex III." has a speck
    before it, read "- 2/" WHEN read THEN note 2 is a note of the paragraph citing it: it had
    stayed in the text, and the paragraph had no note."""
    for lang in ("en", "fr"):
        document = ingest(OCR / f"A-RES-48-161.{lang}.pdf")
        notes = {note.mark: note.text for p in document.paragraphs for note in p.footnotes}
        assert notes["2"].startswith("A/46/829-")
        assert not any("A/46/829" in p.text for p in document.paragraphs)


@pytest.mark.parametrize("name", list(PAGES))
def test_an_ocr_d_document_reads_as_its_original(name):
    """GIVEN an OCR'd scan of a real UN PDF WHEN read THEN its symbol, language and date are
    the original's, every numbered paragraph of the scanned pages is found with its number,
    and the paragraphs' text is as the original's but for OCR's misreadings (difflib's ratio
    on the words; measured: mean 0.88 to 0.99, see docs/ingestion.md)."""
    original = ingest(PDFS / f"{name}.pdf")
    scanned = ingest(OCR / f"{name}.pdf")
    assert (scanned.symbol, scanned.lang, scanned.date) == (
        original.symbol,
        original.lang,
        original.date,
    )
    # the French report's masthead and running headers are all misread ("AIHRC/WG.6/7ATA/1"):
    # its symbol is the file name's, with a warning
    misread = name == "A-HRC-WG.6-7-ITA-1.fr"
    assert scanned.symbol_source == ("file name" if misread else "document")
    wanted = {p.paragraph: p for p in original.numbered if p.page in PAGES[name]}
    read = {p.paragraph: p for p in scanned.numbered}
    assert sorted(read) == sorted(wanted)
    plain = [p.text for p in scanned.paragraphs if p.paragraph is None]
    ratios = [similarity(p.text, read[n].text) for n, p in wanted.items()] + [
        max((similarity(p.text, text) for text in plain), default=0.0)
        for p in original.paragraphs
        if p.paragraph is None and p.page in PAGES[name]
    ]
    assert statistics.mean(ratios) >= 0.85
    assert statistics.median(ratios) >= 0.9
