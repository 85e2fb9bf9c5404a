"""Font sizes of an OCR text layer: whole points estimated from each line's box, evened out.

A scanned page OCR'd by Tesseract (through OCRmyPDF, or Tesseract's own PDF output) carries
its text as invisible glyphs of ``GlyphLessFont`` over the page's image. The glyphs' size is
no typeset size: the engine rounds to whole points the height of the box it found for each
line, which letters with descenders, a speck or a slight skew make a point taller or shorter.
In a resolution typed in one size, body lines read 8, 9 or 10 pt; the cleaning's rules, which
take a line set larger than the body (1.12 of it) for a heading and smaller lines at a page's
foot for notes, had made a dozen headings of its preamble's lines. On such pages a line within
one point of the body's size is set in the body's size; larger steps (headings two or more
points larger, a title) are kept.

A speck of dust or toner beside a line's start is read as a mark of punctuation: a line
``- 2/ A/46/829-S/23310, annex III.`` is no typewriter note, ``’ 7. The Italian…`` no
paragraph 7. On OCR'd pages, a row's first word that is one or two marks of punctuation, before
a paragraph number or a note's mark (``7.``, ``2/``), is left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..models import Page, Row

OCR_FONTS = ("GlyphLessFont",)  # Tesseract's invisible font (OCRmyPDF, tesseract's pdf output)
ONE_POINT = 1.25  # a size this close to the body's is the same size, estimated from a box
# a speck read as punctuation (no letter, digit or bullet), then a number and "." or "/"
SPECK_BEFORE_MARK = re.compile(r"^[^\w\s•▪◦]{1,2}\s+(?=\d{1,3}[./](?:\s|$))")


def is_ocr_font(fontname: str) -> bool:
    """Tell whether a glyph is of an OCR engine's invisible text layer (the name may carry a
    subset prefix, ``ABCDEF+GlyphLessFont``)."""
    return fontname.split("+")[-1] in OCR_FONTS


def even_sizes(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Set the rows of OCR'd pages within a point of their body's size in that size (the size
    most of the OCR'd pages' text is in); pages of typeset text are left as they are."""
    scanned = [page for page in pages if page.ocr]
    if not scanned:
        return pages
    weights: Counter[float] = Counter()
    for page in scanned:
        for row in page.rows:
            weights[round(row.size, 1)] += len(row.text)
    if not weights:
        return pages
    body = weights.most_common(1)[0][0]
    return tuple(_evened(page, body) if page.ocr else page for page in pages)


def _evened(page: Page, body: float) -> Page:
    rows = tuple(
        _without_speck(
            dataclasses.replace(row, size=body) if abs(row.size - body) <= ONE_POINT else row
        )
        for row in page.rows
    )
    return dataclasses.replace(page, rows=rows)


def _without_speck(row: Row) -> Row:
    """Leave out a speck read as punctuation before the paragraph number or note mark that
    opens a row (its first cell's text too)."""
    speck = SPECK_BEFORE_MARK.match(row.text)
    if speck is None:
        return row
    cells = row.cell_texts
    if cells and cells[0].startswith(speck.group()):
        cells = (cells[0][speck.end() :], *cells[1:])
    return dataclasses.replace(row, text=row.text[speck.end() :], cell_texts=cells)
