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

OCR reads a capital I as ``l``, ``T``, ``1`` or ``|`` beside another I: the chapter ``II.``
read ``IT. Cadre normatif et institutionnel`` was no chapter, and the chapter before it ran on
over the sections after it. On OCR'd pages, a heading's number of two to six such letters, one
of them at least a true I, V or X, before a capital, is read with I for each of them when that
makes a Roman numeral (``11.`` is a paragraph number, ``I.`` and ``1.`` stay as read).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..markers import roman_to_int
from ..models import Page, Row

OCR_FONTS = ("GlyphLessFont",)  # Tesseract's invisible font (OCRmyPDF, tesseract's pdf output)
ONE_POINT = 1.25  # a size this close to the body's is the same size, estimated from a box
# a speck read as punctuation (no letter, digit or bullet), then a number and "." or "/"
# a chapter's Roman number with I read as l, T, 1 or |: "IT. Cadre…", "Il. Normative…"
MISREAD_ROMAN = re.compile(
    r"^(?=[IVXLlT1|]*[IVX])(?=[IVXLlT1|]*[lT1|])([IVXLlT1|]{2,6})\.(?=\s+[A-ZÀ-Ý])"
)
SPECK_BEFORE_MARK = re.compile(r"^[^\w\s•▪◦]{1,2}\s+(?=\d{1,3}[./](?:\s|$))")


def is_ocr_font(fontname: str) -> bool:
    """Tell whether a glyph is of an OCR engine's invisible text layer (the name may carry a
    subset prefix, ``ABCDEF+GlyphLessFont``)."""
    return fontname.split("+")[-1] in OCR_FONTS


def tidy_ocr_pages(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Set the rows of OCR'd pages within a point of their body's size in that size (the size
    most of the OCR'd pages' text is in), leave out specks read before a row's mark and read
    misread Roman numbers; pages of typeset text are left as they are."""
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
    return dataclasses.replace(page, rows=tuple(_read(row, body) for row in page.rows))


def _read(row: Row, body: float) -> Row:
    """Read an OCR'd row: in the body's size when within a point of it, without a speck
    before its mark, with its chapter's Roman number as printed."""
    if abs(row.size - body) <= ONE_POINT:
        row = dataclasses.replace(row, size=body)
    return _roman_read(_without_speck(row))


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


def _roman_read(row: Row) -> Row:
    """Read a chapter's Roman number whose I's OCR misread (``IT.`` → ``II.``)."""
    misread = MISREAD_ROMAN.match(row.text)
    if misread is None:
        return row
    numeral = re.sub(r"[lT1|]", "I", misread.group(1))
    if roman_to_int(numeral) is None:
        return row
    text = numeral + row.text[misread.end(1) :]
    cells = row.cell_texts
    if cells and cells[0].startswith(misread.group(1)):
        cells = (numeral + cells[0][misread.end(1) :], *cells[1:])
    return dataclasses.replace(row, text=text, cell_texts=cells)
