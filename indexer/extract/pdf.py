"""Read a PDF into pages of rows with pdfminer.six's layout objects.

It keeps what the later stages need to decide layout roles from geometry: each row's
position, font size and weight, the horizontal rules drawn on the page (footnote separators)
and the number of images (to recognise scanned pages). How one line's characters become its
text — raised digits as Unicode superscripts (``travail⁶``), so that footnote references look
the same as in pre-extracted text, letter spacing, small capitals, hyphens — is
``line_text.py``. A part of a page set in two or three columns (``columns.py``) gives each
column's rows, left to right. A page most of whose text is drawn turned (``turned.py``) is
read turned upright. Rows of a table keep their words' positions, so that cells whose texts
nearly touch can be told apart (``clean/table_cells.py``).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
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
from .columns import Line, find_columns
from .line_text import Part, in_drawing_order, is_glyph, line_piece
from .ocr_layer import is_ocr_font, tidy_ocr_pages
from .readable import pages_named, readable_pages
from .turned import MIN_TURNED, inside, quarter, turn_to_read

log = logging.getLogger(__name__)

# A wide char_margin keeps fully justified lines (large gaps between words) in
# one line object; with the default (2.0) pdfminer splits such lines and
# re-orders the pieces. Rows are rebuilt from lines below anyway.
# all_texts: the text drawn inside a form XObject is laid out too (pdfminer leaves a figure's
# characters loose, and _collect reads only lines): OCRmyPDF draws a scanned page's invisible
# OCR text in one, and every OCR'd PDF had been refused as having no text layer
LAYOUT = LAParams(
    char_margin=20.0, line_margin=0.3, word_margin=0.1, boxes_flow=None, all_texts=True
)


def read_pdf(path: Path) -> RawDocument:
    """Extract the pages of the PDF at ``path``.

    Raises:
        EmptyFileError, NotAPdfError, EncryptedPdfError, CorruptPdfError.
    """
    _check_header(path)
    try:
        pages = tuple(_read_pages(path, max_pages()))
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


def _check_size(count: int, limit: int) -> None:
    """Refuse a PDF with more pages (``count``) than ``limit``, before any page's content
    is read."""
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


def _read_pages(path: Path, limit: int) -> Iterator[Page]:
    for number, (layout, content) in enumerate(_layouts(path, limit), start=1):
        height = layout.height
        drawn = tuple(Rule(r.x0, r.x1, height - r.y1) for r in content.rules)
        rows = _rows(content.parts, number, height, layout.width, drawn)
        turned = [g for part in content.parts for g in part.turned]
        yield Page(
            number=number,
            width=layout.width,
            height=height,
            rows=tuple(rows),
            rules=drawn,
            images=content.images,
            turned=sum(1 for c in turned if _in_body(c, layout)),
            ocr=_ocr_layer(content.parts),
        )


class Content(NamedTuple):
    """What is read of a page's layout: its lines cut into parts in drawing order (each
    with its glyphs, upright and turned: ``line_text.Part``), its horizontal rules and its
    image count; collected once per layout, for every step that reads the page."""

    parts: list[Part]
    rules: list[LTComponent]
    images: int


def _content(layout: LTComponent) -> Content:
    lines, rules, images = _collect(layout)
    return Content([part for line in lines for part in in_drawing_order(line)], rules, images)


def _layouts(path: Path, limit: int) -> Iterator[tuple[LTComponent, Content]]:
    """Lay out each page, as pdfminer's ``extract_pages`` does; a page most of whose text is
    drawn turned (a landscape table on a portrait page, a page turned by a viewer) is laid out
    again turned so that its text stands upright (``turned.py``). A PDF with more pages than
    ``limit`` is refused first (its page tree is read once, for the count and the pages)."""
    with path.open("rb") as handle:
        pages = list(PDFPage.get_pages(handle))
        _check_size(len(pages), limit)
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAYOUT)
        interpreter = PDFPageInterpreter(manager, device)
        for page in pages:
            interpreter.process_page(page)
            layout = device.get_result()
            content = _content(layout)
            turn = _turn(content.parts)
            if turn:
                page.rotate = (page.rotate + turn) % 360
                interpreter.process_page(page)
                layout = device.get_result()
                content = _content(layout)
            yield layout, content


def _turn(parts: list[Part]) -> int:
    """Return how far to turn a page to read its text upright (``turned.turn_to_read``).

    An upright glyph's baseline is within 6 degrees of the horizontal: it runs upright or
    slanted, never at a right angle; a page with fewer than MIN_TURNED glyphs that are not
    upright is read as it is, without looking at each glyph's direction."""
    if sum(len(part.turned) for part in parts) < MIN_TURNED:
        return 0
    return turn_to_read(quarter(*c.matrix[:2]) for part in parts for c in part.glyphs)


def _in_body(char: LTChar, layout: LTComponent) -> bool:
    return inside((char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2, layout.width, layout.height)


def _ocr_layer(parts: list[Part]) -> bool:
    """Tell whether a page's text is all an OCR engine's invisible layer (``ocr_layer.py``)."""
    glyphs = (c for part in parts for c in part.glyphs)
    first = next(glyphs, None)
    if first is None or not is_ocr_font(first.fontname):
        return False  # a typeset page: its first glyph tells, the others are not read
    return all(is_ocr_font(font) for font in {c.fontname for c in glyphs})


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


def _rows(parts: list[Part], page: int, height: float, width: float, rules: tuple) -> list[Row]:
    """Group lines (``parts``: cut in drawing order) that share a baseline into rows, in
    reading order: where the page is set in two or three columns, each column's rows, left to
    right (``columns.py``)."""
    pieces = [p for p in (line_piece(part) for part in parts) if p is not None]
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
    glyphs = sorted(itertools.chain.from_iterable([piece["glyphs"] for piece in group]))
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
            if is_glyph(item):
                side = bisect.bisect_right(splits, (item.x0 + item.x1) / 2)
            items[side].append(item)
        for kept, part in zip(columns, items, strict=True):
            made = line_piece(Part(part)) if len(part) < len(piece["items"]) else piece
            if made is not None and any(is_glyph(item) for item in part):
                kept.append(made)
    return columns


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
