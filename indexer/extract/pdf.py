"""Read a PDF into pages of rows with pdfminer.six's layout objects.

This is the only module that imports pdfminer. It keeps what the later stages
need to decide layout roles from geometry: each row's position, font size and
weight, the horizontal rules drawn on the page (footnote separators) and the
number of images (to recognise scanned pages). Raised superscript digits become
Unicode superscripts (``travail⁶``) so that footnote references look the same
as in pre-extracted text; raised letters (``1er``, ``21st``) stay plain letters.
A part of a page set in two or three columns (``columns.py``) gives each column's rows, left
to right. A page most of whose text is drawn turned (``turned.py``) is read turned upright.
Rows of a table keep their words' positions, so that cells whose texts nearly touch can be
told apart (``clean/table_cells.py``). An accent drawn as a glyph of its own over a letter
(``accents.py``) is the accented letter.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
import statistics
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTFigure,
    LTImage,
    LTLine,
    LTRect,
    LTTextContainer,
    LTTextLineHorizontal,
)
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from ..errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotAPdfError,
    TooLargeError,
)
from ..models import Page, RawDocument, Row, Rule
from ..settings import MAX_PAGES, max_pages
from ..textnorm import SYMBOL_BULLETS
from .accents import drawn_accents
from .columns import Line, find_columns
from .ocr_layer import is_ocr_font, tidy_ocr_pages
from .readable import pages_named, readable_pages
from .turned import MIN_TURNED, inside, quarter, turn_to_read

log = logging.getLogger(__name__)

# A wide char_margin keeps fully justified lines (large gaps between words) in
# one line object; with the default (2.0) pdfminer splits such lines and
# re-orders the pieces. Rows are rebuilt from lines below anyway.
CELL_GAP = 1.8  # a gap wider than this many font sizes separates two cells of a table row
TRACKED = 0.08  # letters of a line this many font sizes apart (median gap): letter-spaced
WORD_GAP = 0.15  # on a letter-spaced line, a gap this much wider than the spacing is a space
MIN_TRACKED = 4  # letters a line needs before its spacing is judged
HYPHEN_GAP = 0.2  # a line-end hyphen closer than this many font sizes to a letter ends its word
HYPHENS = ("-", "‐")
# a raised character set this much of the text's size or less is a superscript: HTML's default
# <sup> (font-size: smaller) is 5/6 of it, and its marks had stayed digits ("Convention1")
SUPERSCRIPT = 0.86
SMALL_CAPS = (0.6, 0.85)  # small capitals' size, as a share of the capitals' size
EMPTY_SPACE = 0.02  # a space whose next character starts this close after it takes no room
BACKWARDS = 0.1  # a glyph ending this many font sizes past the last one's start: drawn back
# all_texts: the text drawn inside a form XObject is laid out too (pdfminer leaves a figure's
# characters loose, and _collect reads only lines): OCRmyPDF draws a scanned page's invisible
# OCR text in one, and every OCR'd PDF had been refused as having no text layer
LAYOUT = LAParams(
    char_margin=20.0, line_margin=0.3, word_margin=0.1, boxes_flow=None, all_texts=True
)

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Typographic ligatures some PDFs draw as one glyph: written out, so that the text reads,
# quotes and copies as typed ("ﬁnancial" → "financial"); legacy Mac and Adobe fonts map fi
# and fl to the private-use U+F001 and U+F002
LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\uf001": "fi",
        "\uf002": "fl",
    }
)
Cell = tuple[str, tuple[float, float], tuple[tuple[str, float, float], ...]]  # text, x0-x1, words
BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi")
ITALIC_HINTS = ("italic", "oblique")


def read_pdf(path: Path) -> RawDocument:
    """Extract the pages of the PDF at ``path``.

    Raises:
        EmptyFileError, NotAPdfError, EncryptedPdfError, CorruptPdfError.
    """
    _check_header(path)
    try:
        _check_size(path, max_pages())
        pages = tuple(_read_pages(path))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPdfError() from exc
    except RecursionError as exc:
        raise CorruptPdfError("the PDF's objects are nested too deeply to be read") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise CorruptPdfError(f"{CorruptPdfError.reason} ({type(exc).__name__})") from exc
    if not pages:
        raise CorruptPdfError(f"{CorruptPdfError.reason}: no readable page")
    warnings = (*_cid_warnings(pages), *_image_warnings(pages), *_turned_warnings(pages))
    pages, left_out = readable_pages(tidy_ocr_pages(pages))
    return RawDocument(path=path, source="pdf", pages=pages, warnings=(*warnings, *left_out))


def _check_size(path: Path, limit: int) -> None:
    """Refuse a PDF with more pages than ``limit`` before reading any page's content."""
    with path.open("rb") as handle:
        count = sum(1 for _ in PDFPage.get_pages(handle))
    if count > limit:
        raise TooLargeError(
            f"the PDF has {count} pages, more than the limit of {limit} "
            f"({MAX_PAGES.env}): split it, or raise the limit"
        )


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(1024)
    if not head:
        raise EmptyFileError()
    if b"%PDF-" not in head:
        raise NotAPdfError()


def _read_pages(path: Path) -> Iterator[Page]:
    for number, layout in enumerate(_layouts(path), start=1):
        lines, rules, images = _collect(layout)
        height = layout.height
        drawn = tuple(Rule(r.x0, r.x1, height - r.y1) for r in rules)
        rows = _rows(lines, number, height, layout.width, drawn)
        yield Page(
            number=number,
            width=layout.width,
            height=height,
            rows=tuple(rows),
            rules=drawn,
            images=images,
            turned=sum(1 for c in _glyphs(lines) if not _horizontal(c) and _in_body(c, layout)),
            ocr=_ocr_layer(lines),
        )


def _layouts(path: Path) -> Iterator[LTComponent]:
    """Lay out each page, as pdfminer's ``extract_pages`` does; a page most of whose text is
    drawn turned (a landscape table on a portrait page, a page turned by a viewer) is laid out
    again turned so that its text stands upright (``turned.py``)."""
    with path.open("rb") as handle:
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAYOUT)
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            layout = device.get_result()
            lines, _, _ = _collect(layout)
            turn = turn_to_read(quarter(*c.matrix[:2]) for c in _glyphs(lines))
            if turn:
                page.rotate = (page.rotate + turn) % 360
                interpreter.process_page(page)
                layout = device.get_result()
            yield layout


def _glyphs(lines: list[LTTextLineHorizontal]) -> Iterator[LTChar]:
    return (c for line in lines for c in line if _glyph(c))


def _in_body(char: LTChar, layout: LTComponent) -> bool:
    return inside((char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2, layout.width, layout.height)


def _ocr_layer(lines: list[LTTextLineHorizontal]) -> bool:
    """Tell whether a page's text is all an OCR engine's invisible layer (``ocr_layer.py``)."""
    fonts = {c.fontname for line in lines for c in line if _glyph(c)}
    return bool(fonts) and all(is_ocr_font(font) for font in fonts)


def _collect(container: Iterable) -> tuple[list, list, int]:
    """Return the text lines, horizontal rules and image count under ``container``."""
    lines: list[LTTextLineHorizontal] = []
    rules: list[LTComponent] = []
    images = 0
    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            lines.append(item)
        elif isinstance(item, LTTextContainer):
            sub_lines, _, _ = _collect(item)
            lines.extend(sub_lines)
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTFigure):
            sub_lines, sub_rules, sub_images = _collect(item)
            lines.extend(sub_lines)
            rules.extend(sub_rules)
            images += sub_images
        elif isinstance(item, LTLine | LTRect) and item.height < 2 and item.width > 20:
            rules.append(item)
    return lines, rules, images


def _rows(
    lines: list[LTTextLineHorizontal], page: int, height: float, width: float, rules: tuple
) -> list[Row]:
    """Group lines that share a baseline into rows, in reading order: where the page is set in
    two or three columns, each column's rows, left to right (``columns.py``)."""
    parts = [part for line in lines for part in _in_drawing_order(line)]
    pieces = [p for p in (_piece(part) for part in parts) if p is not None]
    groups = _baseline_groups(pieces)
    geometry = [_geometry(group, height) for group in groups]
    rows: list[Row] = []
    done = 0
    for part in find_columns(geometry, width, [rule.top for rule in rules]):
        rows += [_row(group, page, height) for group in groups[done : part.first]]
        sides: list[list[list[dict]]] = [[] for _ in range(len(part.splits) + 1)]
        for group in groups[part.first : part.last + 1]:
            for side, piece in zip(sides, _split_group(group, part.splits), strict=True):
                if piece:
                    side.append(piece)
        for side in sides:
            rows += _column_rows([_row(group, page, height) for group in side])
        done = part.last + 1
    return rows + [_row(group, page, height) for group in groups[done:]]


def _baseline_groups(pieces: list[dict]) -> list[list[dict]]:
    pieces.sort(key=lambda p: (-p["y"], p["x0"]))
    groups: list[list[dict]] = []
    for piece in pieces:
        if groups and abs(groups[-1][0]["y"] - piece["y"]) < 0.45 * max(piece["size"], 1):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _geometry(group: list[dict], height: float) -> Line:
    glyphs = sorted(g for piece in group for g in piece["glyphs"])
    return Line(
        top=height - max(p["top"] for p in group),
        bottom=height - min(p["bottom"] for p in group),
        size=max(p["size"] for p in group),
        glyphs=tuple(glyphs),
    )


def _split_group(group: list[dict], splits: tuple[float, ...]) -> list[list[dict]]:
    """Split a row's pieces at the gutters: those of each column, left to right (a line that
    pdfminer ran across a gutter is cut there)."""
    columns: list[list[dict]] = [[] for _ in range(len(splits) + 1)]
    for piece in group:
        items: list[list] = [[] for _ in columns]
        side = 0
        for item in piece["items"]:
            if _glyph(item):
                side = bisect.bisect_right(splits, (item.x0 + item.x1) / 2)
            items[side].append(item)
        for kept, part in zip(columns, items, strict=True):
            made = _piece(_Part(part)) if len(part) < len(piece["items"]) else piece
            if made is not None and any(_glyph(item) for item in part):
                kept.append(made)
    return columns


def _in_drawing_order(line: LTTextLineHorizontal) -> list[LTTextLineHorizontal | _Part]:
    """Cut a line where its characters go back to the left: the parts of a line drawn out of
    reading order, which the row puts in order by position.

    pdfminer keeps a line's characters in the order they are drawn. Chromium draws a
    heading's generated number (CSS ``::before`` set in the margin) after the heading's
    text, and the row read "Opening of the meetingA."; any producer may draw a line's
    pieces in another order than they are read.
    """
    items = list(line)
    cuts = []
    last = None
    for index, item in enumerate(items):
        if not _glyph(item):
            continue
        if last is not None and item.x1 <= last.x0 + BACKWARDS * item.size:
            cuts.append(index)
        last = item
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(items)]
    return [_Part(items[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


class _Part:
    """Some of a line's characters, iterated as a line's are, with their extent."""

    def __init__(self, items: list) -> None:
        self.items = items
        glyphs = [item for item in items if _glyph(item)]
        self.x0 = min((g.x0 for g in glyphs), default=0.0)
        self.x1 = max((g.x1 for g in glyphs), default=0.0)

    def __iter__(self) -> Iterator:
        return iter(self.items)


def _column_rows(rows: list[Row]) -> list[Row]:
    """Mark the rows of one column with its extent; each is one cell: a column holds no table
    (a gap a justified narrow line stretches is no gap between cells)."""
    if not rows:
        return rows
    extent = (min(row.x0 for row in rows), max(row.x1 for row in rows))
    return [
        dataclasses.replace(
            row,
            column=extent,
            cells=1,
            cell_texts=(row.text,),
            cell_spans=((row.x0, row.x1),),
            words=(),
        )
        for row in rows
    ]


def _piece(line: LTTextLineHorizontal | _Part) -> dict | None:
    """Turn one pdfminer line (or part of one) into text plus the facts a row needs."""
    chars = [c for c in line if _glyph(c) and _horizontal(c)]
    if not chars:
        return None
    sizes = [round(c.size, 1) for c in chars]
    small_caps = _small_capitals(chars)
    if small_caps:  # the line's size is its capitals', not its small capitals'
        sizes = [
            max(sizes) if id(c) in small_caps else size
            for c, size in zip(chars, sizes, strict=True)
        ]
    normal = statistics.mode(sizes)
    base = statistics.median(c.y0 for c, size in zip(chars, sizes, strict=True) if size == normal)
    cells = _cells(line, normal, base, small_caps)
    text = " ".join(cell for cell, _, _ in cells)
    if not text:
        return None
    styles = [
        _style(c.fontname)
        for c, size in zip(chars, sizes, strict=True)
        if size >= 0.8 * normal and c.get_text().isalpha()
    ]
    return {
        "text": text,
        "cells": len(cells),
        "cell_texts": tuple(cell for cell, _, _ in cells),
        "cell_spans": tuple(span for _, span, _ in cells),
        "words": tuple(word for _, _, words in cells for word in words),
        "x0": line.x0,
        "x1": line.x1,
        "y": base,
        "top": base + normal,
        "bottom": base,
        "size": normal,
        "bold": _share(styles, 0) >= 0.8,
        "italic": _share(styles, 1) >= 0.8,
        "items": list(line),
        "glyphs": tuple((c.x0, c.x1, c.get_text()) for c in chars),
    }


def _cells(
    line: LTTextLineHorizontal | _Part,
    normal: float,
    base: float,
    small_caps: frozenset = frozenset(),
) -> list[Cell]:
    """Return the text, horizontal extent and words (text, x0, x1) of a line's runs of
    characters separated by gaps wider than CELL_GAP font sizes (the cells of a table row; one
    run for a line of prose)."""
    runs: list[tuple[list[str], list[float], list[list[float]]]] = [([], [], [])]
    last: LTChar | None = None
    spaced = True  # the text so far ends with a space: the next glyph starts a word
    trackings = _run_trackings(line, normal)
    tracking = None
    accented = _accented(line)  # by the accent's id: its combining form, the letter's id
    label = _unmapped_label(line, normal)
    skipped = _hyphen_spaces(line, normal) | _empty_spaces(line, normal) | set(accented)
    for item in line:
        if _glyph(item) and not _horizontal(item):
            continue  # a turned character: a margin note set vertically, a rotated page
        if tracking is not None and isinstance(item, LTAnno):
            continue  # pdfminer's spaces: on letter-spaced text, between every letter
        if id(item) in skipped:
            continue
        if _glyph(item):
            tracking = trackings[id(item)]
            gap = item.x0 - last.x1 if last is not None else 0.0
            if last is not None and gap > CELL_GAP * normal:
                runs.append(([], [], []))
                spaced = True
            elif tracking is not None and gap > tracking + WORD_GAP * normal:
                runs[-1][0].append(" ")
                spaced = True
            runs[-1][1].extend((item.x0, item.x1))
            if spaced:
                runs[-1][2].append([item.x0, item.x1])
            runs[-1][2][-1][1] = max(runs[-1][2][-1][1], item.x1)
            last = item
        text = "•" if id(item) == label else _char_text(item, normal, base)
        if id(item) in small_caps:
            text = text.lower()
        text += "".join(mark for mark, letter in accented.values() if letter == id(item))
        runs[-1][0].append(text)
        spaced = text.isspace() if text else spaced
    cells = []
    for texts, xs, spans in runs:
        # composed: some fonts map "é" to "e" and a combining accent, or draw the accent apart
        words = unicodedata.normalize("NFC", "".join(texts)).split()
        if words and xs:
            placed = zip(words, spans, strict=True) if len(words) == len(spans) else ()
            cells.append(
                (" ".join(words), (min(xs), max(xs)), tuple((w, a, b) for w, (a, b) in placed))
            )
    return cells


UNMAPPED = re.compile(r"^\(cid:\d+\)$")
LABEL_GAP = 0.2  # font sizes: an item's label stands at least this far from its text


def _unmapped_label(line: LTTextLineHorizontal | _Part, normal: float) -> int | None:
    """Return (by id) the glyph with no Unicode mapping that opens a line, apart from the
    text after it: a list item's bullet. LaTeX's default fonts draw ``\\textbullet`` from a
    bitmap (Type 3) font without one when the Type 1 fonts of its text companion are not
    installed (cm-super): the bullets were dropped, and an item at a column's top ran into
    the one before it. Read as "•"; unmapped glyphs elsewhere are dropped, with a warning."""
    glyphs = [item for item in line if _glyph(item)]
    if len(glyphs) < 2 or not UNMAPPED.match(glyphs[0].get_text()):
        return None
    if glyphs[1].x0 - glyphs[0].x1 < LABEL_GAP * normal or not glyphs[1].get_text().isalnum():
        return None
    return id(glyphs[0])


def _accented(line: LTTextLineHorizontal | _Part) -> dict[int, tuple[str, int]]:
    """Return (by id) the accents drawn over or under a letter (OT1's ``\\^o``), each with its
    combining form and the letter's id (see ``accents.py``)."""
    glyphs = [item for item in line if _glyph(item)]
    found = drawn_accents([(g.x0, g.x1, g.get_text()) for g in glyphs])
    return {id(glyphs[a]): (mark, id(glyphs[letter])) for a, (mark, letter) in found.items()}


def _hyphen_spaces(line: LTTextLineHorizontal | _Part, normal: float) -> set[int]:
    """Return (by id) pdfminer's spaces before a line-end hyphen that belongs to its word.

    Justified lines (LibreOffice Writer's) set the hyphen of a word broken at the line's end
    at the margin, up to an eighth of the font size after the word's last letter: past
    pdfminer's fixed word margin, which wrote "per - sonnes" and "Ar - gentine". A space
    between words is wider (a quarter of the font size or more).
    """
    items = list(line)
    while items and isinstance(items[-1], LTAnno):
        items.pop()  # the line's end
    if not items or not _glyph(items[-1]) or items[-1].get_text() not in HYPHENS:
        return set()
    hyphen = items.pop()
    spaces = []
    while items and isinstance(items[-1], LTAnno):
        spaces.append(items.pop())
    if not spaces or not items or not _glyph(items[-1]) or not items[-1].get_text().isalpha():
        return set()
    if hyphen.x0 - items[-1].x1 >= HYPHEN_GAP * normal:
        return set()
    return {id(space) for space in spaces}


def _small_capitals(chars: list[LTChar]) -> frozenset[int]:
    """Return (by id) the small capitals of a line set in small capitals: lower-case letters.

    Word and Chromium set small capitals (CSS ``font-variant: small-caps``, without the font's
    own) as capitals in a smaller size, and the text layer holds capitals: "I. INTRODUCTION"
    for "I. Introduction". A line whose letters are all capitals, in two sizes on one
    baseline, the smaller from 0.6 to 0.85 of the larger, a word of it opening with a capital
    that smaller ones follow ("I" + "NTRODUCTION"), is so set; a line in capitals of one size
    (a title, an acronym), or of two sizes word by word ("UNITED NATIONS" beside a smaller
    "A/RES/48/161"), is left as it is. In a line of lower-case text, the words so set are
    (LaTeX's ``\\textsc`` in Times or Palatino, psnfss's small capitals being capitals made
    smaller: "Mme Ana María RUSSO" for "Ana María \\textsc{Russo}"); a word all of smaller
    capitals there (``\\textsc{unodc}``) is left in capitals, as it reads.
    """
    letters = [c for c in chars if c.get_text().isalpha()]
    if not letters:
        return frozenset()
    if not all(c.get_text().isupper() for c in letters):
        return _small_capital_words(chars)
    large = max(c.size for c in letters)
    small = [c for c in letters if c.size < 0.95 * large]
    if not small or len(small) == len(letters):
        return frozenset()
    if not all(SMALL_CAPS[0] * large <= c.size <= SMALL_CAPS[1] * large for c in small):
        return frozenset()
    bottom = statistics.median(c.y0 for c in letters if c not in small)
    if any(abs(c.y0 - bottom) > 0.15 * large for c in small):
        return frozenset()  # raised or lowered: no small capitals
    smaller = {id(c) for c in small}
    if not any(
        id(a) not in smaller and id(b) in smaller and b.x0 - a.x1 < 0.1 * large
        for a, b in zip(chars, chars[1:], strict=False)
        if a.get_text().isalpha() and b.get_text().isalpha()
    ):
        return frozenset()  # no word opens with a capital over small ones: two sizes of text
    return frozenset(smaller)


def _small_capital_words(chars: list[LTChar]) -> frozenset[int]:
    """Return (by id) the small capitals of the words of a line of lower-case text set in
    small capitals: a capital that capitals 0.6 to 0.85 its size follow, touching it, on its
    baseline ("R" + "USSO")."""
    words: list[list[LTChar]] = []
    for before, char in zip([None, *chars], chars, strict=False):
        if not char.get_text().isalpha():
            continue
        touching = before is not None and before.get_text().isalpha()
        if touching and char.x0 - before.x1 < 0.1 * before.size:
            words[-1].append(char)
        else:
            words.append([char])
    found: set[int] = set()
    for first, *rest in words:
        if not rest or not first.get_text().isupper():
            continue
        if all(
            c.get_text().isupper()
            and SMALL_CAPS[0] * first.size <= c.size <= SMALL_CAPS[1] * first.size
            and abs(c.y0 - first.y0) <= 0.15 * first.size
            for c in rest
        ):
            found.update(id(c) for c in rest)
    return frozenset(found)


def _empty_spaces(line: LTTextLineHorizontal | _Part, normal: float) -> set[int]:
    """Return (by id) the space characters that take no room: the next character starts where
    the space does.

    Chromium draws a soft hyphen (U+00AD) where the line does not break as a space glyph of
    no advance: "recom mendations", and "Trans ‐" where it breaks and draws the hyphen. A
    space that moves the pen on by nothing separates no words. A space after which the next
    word is drawn further back does separate two: an OCR text layer (Tesseract's, through
    OCRmyPDF) draws each word, with a space after it, stretched over the box the recognition
    found, and the boxes of two words may overlap ("METHODOLOGYAND" in a section path).
    """
    items = [item for item in line if isinstance(item, LTChar)]
    empty = set()
    for item, after in zip(items, items[1:], strict=False):
        room = after.x0 - item.x0
        if item.get_text() == " " and -BACKWARDS * normal < room <= EMPTY_SPACE * normal:
            empty.add(id(item))
    return empty


def _run_trackings(line: LTTextLineHorizontal | _Part, normal: float) -> dict[int, float | None]:
    """Return (by id) each glyph's letter spacing: that of its run of characters (a cell), not
    of the whole line.

    A letter-spaced run beside plain text on one baseline (Chromium's masthead, a
    letter-spaced "Nations Unies" on the symbol's line) had been judged with the plain
    text, whose letters touch, and read "N a t i o n s U n i e s".
    """
    glyphs = [item for item in line if _glyph(item) and _horizontal(item)]
    runs: list[list[LTChar]] = []
    for glyph in glyphs:
        if not runs or glyph.x0 - runs[-1][-1].x1 > CELL_GAP * normal:
            runs.append([])
        runs[-1].append(glyph)
    return {id(glyph): _tracking(run, normal) for run in runs for glyph in run}


def _tracking(glyphs: list[LTChar], normal: float) -> float | None:
    """Return the letter spacing of a letter-spaced (tracked) run, or None for plain text.

    Within a word of plain text each letter starts where the last one ends, so the median
    gap between a line's letters is about 0; headings and running headers set with extra
    space between letters (Tc) have it at that spacing, and pdfminer's fixed word margin
    wrote "R e c o m m e n d a t i o n s". On such a line a space is a gap wider than the
    letter spacing by WORD_GAP font sizes.
    """
    if len(glyphs) < MIN_TRACKED:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:], strict=False)]
    spacing = statistics.median(gaps)
    return spacing if spacing > TRACKED * normal else None


def _glyph(item: LTComponent) -> bool:
    return isinstance(item, LTChar) and not item.get_text().isspace()


def _horizontal(char: LTChar) -> bool:
    """Tell whether a character is set on a horizontal baseline, upright: not turned (a
    margin note set vertically, whose letters had joined the body's lines one by one; a page
    rotated for display, read as letter soup). Slanted letters (a synthetic italic's shear)
    are horizontal."""
    a, b, _, d = char.matrix[:4]
    return a > 0 and d > 0 and abs(b) <= 0.1 * a


def _char_text(item: LTComponent, normal: float, base: float) -> str:
    if isinstance(item, LTAnno):
        return " " if item.get_text() in (" ", "\n") else item.get_text()
    if not isinstance(item, LTChar):
        return ""
    text = item.get_text()
    raised = item.size <= SUPERSCRIPT * normal and item.y0 > base + 0.2 * normal
    if raised and text.isdigit():
        return text.translate(SUPERSCRIPT_DIGITS)
    return text.translate(LIGATURES).translate(SYMBOL_BULLETS)


@functools.cache
def _style(fontname: str) -> tuple[bool, bool]:
    """Return (bold, italic) as the font's name tells them."""
    name = fontname.lower()
    return any(h in name for h in BOLD_HINTS), any(h in name for h in ITALIC_HINTS)


def _share(styles: list[tuple[bool, bool]], which: int) -> float:
    if not styles:
        return 0.0
    return sum(1 for style in styles if style[which]) / len(styles)


def _row(group: list[dict], page: int, height: float) -> Row:
    group.sort(key=lambda p: p["x0"])
    weights = [len(p["text"]) for p in group]
    size = max(zip(weights, (p["size"] for p in group), strict=True))[1]
    main = max(group, key=lambda p: len(p["text"]))
    cells = sum(p["cells"] for p in group)
    return Row(
        text=" ".join(p["text"] for p in group),
        page=page,
        x0=group[0]["x0"],
        x1=max(p["x1"] for p in group),
        top=height - max(p["top"] for p in group),
        bottom=height - min(p["bottom"] for p in group),
        size=size,
        bold=all(p["bold"] for p in group if len(p["text"]) > 3) and main["bold"],
        italic=all(p["italic"] for p in group if len(p["text"]) > 3) and main["italic"],
        cells=cells,
        cell_texts=tuple(cell for p in group for cell in p["cell_texts"]),
        cell_spans=tuple(span for p in group for span in p["cell_spans"]),
        words=tuple(w for p in group for w in p["words"]) if cells > 1 else (),
    )


def _image_warnings(pages: tuple[Page, ...]) -> tuple[str, ...]:
    """Name the pages that are only an image (scanned) among pages with text: what they show
    is not indexed. A PDF with no text at all is refused instead (NoTextLayerError)."""
    scanned = [page.number for page in pages if page.images and not page.rows]
    if not scanned or len(scanned) == len(pages):
        return ()
    if len(scanned) == 1:
        return (f"page {scanned[0]} is an image without text (scanned?): it is not indexed",)
    listed = ", ".join(str(n) for n in scanned)
    return (f"pages {listed} are images without text (scanned?): they are not indexed",)


def _turned_warnings(pages: tuple[Page, ...]) -> tuple[str, ...]:
    """Name the pages with turned text that was not read (a page whose text runs two ways, or
    slanted): the few turned letters of a margin note, and a turned page's header and footer at
    its edges, are left out without a word."""
    alone = [page.number for page in pages if page.turned >= MIN_TURNED and not page.rows]
    beside = [page.number for page in pages if page.turned >= MIN_TURNED and page.rows]
    warnings = []
    if alone:
        warnings.append(
            f"{pages_named(alone)}: the text is turned (a rotated page?): it is not indexed"
        )
    if beside:
        warnings.append(
            f"{pages_named(beside)}: text set at an angle to the rest of the page is not indexed"
        )
    return tuple(warnings)


def _cid_warnings(pages: tuple[Page, ...]) -> tuple[str, ...]:
    unmapped = sum(row.text.count("(cid:") for page in pages for row in page.rows)
    if unmapped:
        return (f"{unmapped} glyphs have no Unicode mapping and were dropped",)
    return ()
