"""The rows of an OCR text layer tidied: sizes evened out, specks before a mark left out, Roman
numbers misread read again (indexer/extract/ocr_layer.py)."""

from __future__ import annotations

import dataclasses

from indexer.extract.ocr_layer import is_ocr_font, tidy_ocr_pages
from indexer.models import Page, Row


def page(sizes: list[float], ocr: bool = True) -> Page:
    rows = tuple(Row(text="word " * 10, page=1, size=size) for size in sizes)
    return Page(number=1, width=595, height=842, rows=rows, ocr=ocr)


def test_lines_within_a_point_of_the_body_take_its_size():
    """GIVEN an OCR'd page whose body lines read 8, 9 and 10 pt and a title 14 pt WHEN evened
    THEN the body lines a point off are in the body's size; 10 pt (two points) and the
    title keep theirs."""
    (evened,) = tidy_ocr_pages((page([8.1, 8.1, 9.1, 8.1, 7.2, 10.1, 14.0]),))
    assert [row.size for row in evened.rows] == [8.1, 8.1, 8.1, 8.1, 8.1, 10.1, 14.0]


def test_typeset_pages_keep_their_sizes():
    """GIVEN pages of typeset text (no OCR layer) WHEN evened THEN nothing changes: a note a
    point smaller than the body is a note."""
    pages = (page([10.0, 10.0, 9.0, 11.0], ocr=False),)
    assert tidy_ocr_pages(pages) == pages


def test_tesseract_s_font_is_an_ocr_font_with_or_without_a_subset_prefix():
    assert is_ocr_font("GlyphLessFont") and is_ocr_font("ABCDEF+GlyphLessFont")
    assert not is_ocr_font("TimesNewRomanPSMT")


def test_a_speck_read_before_a_mark_is_left_out():
    """GIVEN OCR'd rows opening with a speck read as punctuation before a note's mark or a
    paragraph number WHEN evened THEN the speck is left out (the note "- 2/ A/46/829…" had
    stayed in the text); a dash before words, a bullet and typeset pages keep theirs."""
    rows = ("- 2/ A/46/829-S/23310, annex III.", "’ 7. The Italian", "- The list", "• 3. x")
    ocr = Page(
        number=1,
        width=595,
        height=842,
        rows=tuple(Row(text=t, size=10.0, cell_texts=(t,)) for t in rows),
        ocr=True,
    )
    (evened,) = tidy_ocr_pages((ocr,))
    assert [row.text for row in evened.rows] == [
        "2/ A/46/829-S/23310, annex III.",
        "7. The Italian",
        "- The list",
        "• 3. x",
    ]
    assert evened.rows[0].cell_texts == ("2/ A/46/829-S/23310, annex III.",)
    typeset = dataclasses.replace(ocr, ocr=False)
    assert tidy_ocr_pages((typeset,)) == (typeset,)


def test_a_roman_number_whose_i_ocr_misread_is_read_as_printed():
    """GIVEN OCR'd headings whose I's were read l, T or 1 beside a true I, V or X WHEN tidied
    THEN they are Roman numbers again; a paragraph number (11., 1.), a lone I. and words
    (``IT. services`` before no capital) stay as read."""
    rows = [
        "IT. Cadre normatif",
        "Il. Normative",
        "VIl. Follow-up",
        "11. The",
        "1. The",
        "IT. services",
    ]
    page = Page(
        number=1,
        width=595,
        height=842,
        rows=tuple(Row(text=t, size=10.0, cell_texts=(t,)) for t in rows),
        ocr=True,
    )
    (tidied,) = tidy_ocr_pages((page,))
    assert [row.text for row in tidied.rows] == [
        "II. Cadre normatif",
        "II. Normative",
        "VII. Follow-up",
        "11. The",
        "1. The",
        "IT. services",
    ]
