"""Render test PDFs that imitate the United Nations document layout.

Coordinates are PDF points from the TOP-left corner (fpdf2); pdfminer's y is PAGE_H - y.
"""

from __future__ import annotations

import datetime
import pathlib
import re
from dataclasses import dataclass, field
from typing import Any

from fpdf import FPDF

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "": ("DejaVuSerif.ttf", "fonts-dejavu-core"),
    "B": ("DejaVuSerif-Bold.ttf", "fonts-dejavu-core"),
    "I": ("DejaVuSerif-Italic.ttf", "fonts-dejavu-extra"),
}
FAMILY = "DejaVuSerif"
CREATION_DATE = datetime.datetime(2010, 2, 17, 9, 0, 0, tzinfo=datetime.UTC)

PAGE_H = 841.89  # A4: 595.28 x 841.89 pt
MARGIN_LEFT, MARGIN_RIGHT = 56.6, 540.8
BODY_X, HANG_X, BODY_RIGHT = 113.0, 141.7, 484.0
BODY_SIZE, BODY_PITCH, PARA_GAP = 10.0, 12.0, 6.0
MARK_SIZE, MARK_RISE = 6.5, 3.5
FN_SIZE, FN_PITCH, FN_MARK_X, FN_SEP_LEN = 9.0, 10.5, 130.0, 72.0
HEADER_Y = PAGE_H - 775.0  # baseline of the running header (775 from bottom)
FOOTER_Y = PAGE_H - 85.0  # baseline of the footer (85 from bottom)
FRAME_TOP = PAGE_H - 757.0  # first body baseline = FRAME_TOP + line pitch
BODY_BOTTOM = PAGE_H - 105.0  # lowest body / footnote baseline (105 from bottom)
FN_SEP_GAP, BODY_FN_GAP = 11.0, 10.0  # separator above 1st note; body above sep.
HEADINGS = {1: (14.0, 85.0), 2: (12.0, 88.0), 3: (10.0, BODY_X)}
HEADING_BEFORE, HEADING_AFTER = 18.0, 8.0
MARK_RE = re.compile(r"\[\^([^\]]+)\]")

Piece = tuple[float, float, str, str, float]  # x, rise, text, style, size
Word = tuple[list[Piece], float]  # pieces (x relative to the word), advance width


@dataclass
class _Line:
    """One laid-out line: pieces positioned relative to its baseline."""

    pieces: list[Piece]
    pitch: float = BODY_PITCH
    notes: list[_Line] = field(default_factory=list)  # its footnotes' lines
    keep: bool = False  # heading lines: keep with the next line
    space_before: float = 0.0
    page: int = -1
    y: float = 0.0
    target: _Line | None = None  # contents entries: the heading they list


@dataclass
class _Page:
    """Lines and footnotes placed on one body page."""

    lines: list[_Line] = field(default_factory=list)
    notes: list[_Line] = field(default_factory=list)


def _font_path(style: str) -> pathlib.Path:
    """Return the DejaVu Serif file for a style or raise FileNotFoundError."""
    name, package = FONT_FILES[style]
    path = FONT_DIR / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install the Debian package {package} "
            f"(apt-get install -y {package})"
        )
    return path


def _new_pdf(title: str, subject: str) -> FPDF:
    """Create an A4 portrait, point-unit FPDF with fonts and metadata set."""
    paths = {style: _font_path(style) for style in FONT_FILES}
    pdf = FPDF(orientation="P", unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for style, font_path in paths.items():
        pdf.add_font(FAMILY, style, str(font_path))
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author("United Nations")
    pdf.set_creation_date(CREATION_DATE)
    return pdf


def _close_fonts(pdf: FPDF) -> None:
    """Close the font files fpdf2 keeps open (it only closes fonts it embeds)."""
    for font in pdf.fonts.values():
        font.close()


def _width(pdf: FPDF, text: str, style: str, size: float) -> float:
    """Return the width of text in the given style and size."""
    pdf.set_font(FAMILY, style, size)
    return pdf.get_string_width(text)


def _words(pdf: FPDF, text: str, style: str, size: float) -> list[Word]:
    """Split text into words; a '[^N]' mark becomes a raised piece of its word."""
    words: list[Word] = []
    for chunk in text.split():
        pieces: list[Piece] = []
        x = 0.0
        for i, part in enumerate(MARK_RE.split(chunk)):
            if part:
                p_style, p_size = ("", MARK_SIZE) if i % 2 else (style, size)
                pieces.append((x, MARK_RISE if i % 2 else 0.0, part, p_style, p_size))
                x += _width(pdf, part, p_style, p_size)
        if words and pieces and all(p[1] for p in pieces):
            prev, end = words[-1]  # a lone mark: glue it to the previous word
            words[-1] = (prev + [(end + p[0], *p[1:]) for p in pieces], end + x)
        elif pieces:
            words.append((pieces, x))
    return words


def _wrap(
    pdf: FPDF,
    text: str,
    font: tuple[str, float],
    xs: tuple[float, float],
    right: float = BODY_RIGHT,
    justify: bool = False,
) -> list[list[Piece]]:
    """Break text into lines (first line at xs[0], others at xs[1]).

    Args:
        pdf: document used to measure text.
        text: words to wrap; '[^N]' becomes a raised 6.5 pt mark N.
        font: (style, size) of the text.
        xs: left x of the first line and of the following lines.
        right: right edge of the column.
        justify: stretch the gaps of every line but the last to reach right.

    Returns:
        One list of absolutely positioned pieces per line.
    """
    space = _width(pdf, " ", *font)
    rows = _break(_words(pdf, text, *font), xs, right, space)
    lines = []
    for index, row in enumerate(rows):
        left, gap = xs[min(index, 1)], space
        if justify and index < len(rows) - 1 and len(row) > 1:
            natural = sum(w[1] for w in row)
            gap = (right - left - natural) / (len(row) - 1)
        lines.append(_place(row, left, gap))
    return lines


def _break(
    words: list[Word], xs: tuple[float, float], right: float, space: float
) -> list[list[Word]]:
    """Group words greedily into rows that fit between their left x and right."""
    rows: list[list[Word]] = [[]]
    used = 0.0
    for word in words:
        width = word[1]
        if rows[-1] and xs[min(len(rows) - 1, 1)] + used + space + width > right:
            rows.append([])
            used = 0.0
        used += (space if rows[-1] else 0.0) + width
        rows[-1].append(word)
    return rows


def _place(row: list[Word], left: float, gap: float) -> list[Piece]:
    """Position a row's words from x = left with gap points between them."""
    pieces: list[Piece] = []
    for word, width in row:
        pieces.extend((left + p[0], *p[1:]) for p in word)
        left += width + gap
    return pieces


def _note(pdf: FPDF, mark: str, text: str) -> list[_Line]:
    """Wrap one footnote at 9 pt with its raised mark at FN_MARK_X."""
    rows = _wrap(pdf, text, ("", FN_SIZE), (HANG_X, HANG_X))
    rows[0].insert(0, (FN_MARK_X, MARK_RISE, mark, "", MARK_SIZE))
    return [_Line(row, FN_PITCH) for row in rows]


def _text_lines(
    pdf: FPDF,
    text: str,
    xs: tuple[float, float],
    notes: dict[str, str],
    style: str = "",
) -> list[_Line]:
    """Lay out justified body text and attach each line's footnotes."""
    lines = []
    for row in _wrap(pdf, text, (style, BODY_SIZE), xs, justify=True):
        marks = [p[2] for p in row if p[1] and p[2] in notes]
        note_lines = [n for m in marks for n in _note(pdf, m, notes[m])]
        lines.append(_Line(row, notes=note_lines))
    return lines


class _Flow:
    """Place lines on body pages, keeping footnotes with their references."""

    def __init__(self) -> None:
        """Start with one empty body page."""
        self.pages: list[_Page] = [_Page()]

    def add(self, line: _Line) -> None:
        """Place a line, breaking the page when it or its footnotes do not fit."""
        page = self.pages[-1]
        notes = page.notes + line.notes
        limit = _separator_y(notes) - BODY_FN_GAP if notes else BODY_BOTTOM
        if page.lines and self._next_y(page, line) > limit:
            moved = self._pop_kept(page)
            self.pages.append(_Page())
            for kept in moved:
                self._put(kept)
        self._put(line)

    def _put(self, line: _Line) -> None:
        """Append a line to the current page at the next baseline."""
        page = self.pages[-1]
        line.y = self._next_y(page, line)
        line.page = len(self.pages) - 1
        page.lines.append(line)
        page.notes.extend(line.notes)

    @staticmethod
    def _next_y(page: _Page, line: _Line) -> float:
        """Return the baseline the line would get on the page."""
        if not page.lines:
            return FRAME_TOP + line.pitch
        return page.lines[-1].y + line.space_before + line.pitch

    @staticmethod
    def _pop_kept(page: _Page) -> list[_Line]:
        """Remove trailing heading lines (unless alone) to move them on."""
        start = len(page.lines)
        while start > 0 and page.lines[start - 1].keep:
            start -= 1
        if start == 0:
            return []
        moved, page.lines[start:] = page.lines[start:], []
        return moved


def _separator_y(notes: list[_Line]) -> float:
    """Return the y of the footnote separator above the given footnote lines."""
    return BODY_BOTTOM - (len(notes) - 1) * FN_PITCH - FN_SEP_GAP


def _layout(pdf: FPDF, blocks: list[dict[str, Any]]) -> tuple[_Flow, list]:
    """Lay out all blocks; return the flow and TOC entries (level, text, line)."""
    flow, toc = _Flow(), []
    after = 0.0
    for block in blocks:
        kind = block.get("type", "paragraph")
        if kind == "heading":
            level = int(block.get("level", 1))
            lines = _heading_lines(pdf, block["text"], level)
            toc.append((level, block["text"], lines[0]))
            before, new_after = HEADING_BEFORE, HEADING_AFTER
        elif kind == "table":
            lines = _table_lines(pdf, block)
            before, new_after = HEADING_AFTER, HEADING_BEFORE
        else:
            lines = _block_lines(pdf, block, kind)
            before, new_after = 0.0, PARA_GAP
        lines[0].space_before = max(after, before)
        for line in lines:
            flow.add(line)
        after = new_after
    return flow, toc


def _table_lines(pdf: FPDF, block: dict[str, Any]) -> list[_Line]:
    """Lay out a table: a bold caption, then one 9 pt line per row, cells in columns
    (numbers right-aligned, text left-aligned), as UN background papers print their
    statistics."""
    rows = block["rows"]
    columns = max(len(row) for row in rows)
    first = 0.45 * (BODY_RIGHT - BODY_X)  # the row labels' column
    width = (BODY_RIGHT - BODY_X - first) / max(columns - 1, 1)
    lines = [
        _Line(r, 12.0, keep=True)
        for r in _wrap(pdf, block["caption"], ("B", 9.0), (BODY_X, BODY_X))
    ]
    for index, row in enumerate(rows):
        style = "B" if index == 0 else ""
        pieces: list[Piece] = [(BODY_X, 0.0, row[0], style, 9.0)]
        for column, cell in enumerate(row[1:], start=1):
            right = BODY_X + first + column * width
            numeric = cell.replace(" ", "").replace(",", "").replace(".", "").isdigit()
            left = right - _width(pdf, cell, style, 9.0) if numeric else right - width + 6
            pieces.append((left, 0.0, cell, style, 9.0))
        lines.append(_Line(pieces, 11.0, keep=index == 0))
    return lines


def _heading_lines(pdf: FPDF, text: str, level: int) -> list[_Line]:
    """Lay out a bold heading of the given level (1, 2 or 3)."""
    size, x = HEADINGS.get(level, HEADINGS[3])
    rows = _wrap(pdf, text, ("B", size), (x, x))
    return [_Line(row, round(size * 1.2, 2), keep=True) for row in rows]


def _block_lines(pdf: FPDF, block: dict[str, Any], kind: str) -> list[_Line]:
    """Lay out a numbered paragraph (with items) or an unnumbered text block."""
    notes = {str(n["mark"]): n["text"] for n in block.get("footnotes") or []}
    style = "I" if block.get("italic") else ""
    number = block.get("number") if kind == "paragraph" else None
    if number is None:
        lines = _text_lines(pdf, block["text"], (BODY_X, BODY_X), notes, style)
    else:
        lines = _text_lines(pdf, block["text"], (HANG_X, BODY_X), notes, style)
        lines[0].pieces.insert(0, (BODY_X, 0.0, f"{number}.", style, BODY_SIZE))
    for item in block.get("items") or []:
        item_lines = _text_lines(pdf, item, (HANG_X, HANG_X), notes, style)
        item_lines[0].space_before = PARA_GAP
        lines.extend(item_lines)
    return lines


def _draw_line(pdf: FPDF, line: _Line, y: float) -> None:
    """Draw a line's pieces with their baseline at y."""
    for x, rise, text, style, size in line.pieces:
        pdf.set_font(FAMILY, style, size)
        pdf.text(x, y - rise, text)


def _draw(
    pdf: FPDF, text: str, xy: tuple[float, float], font: tuple[str, float], right: bool = False
) -> None:
    """Draw text on baseline xy[1], starting at xy[0] or right-aligned to it."""
    pdf.set_font(FAMILY, *font)
    pdf.text(xy[0] - (pdf.get_string_width(text) if right else 0), xy[1], text)


def _draw_notes(pdf: FPDF, notes: list[_Line]) -> None:
    """Draw the separator and stack footnotes up from BODY_BOTTOM."""
    if not notes:
        return
    sep = _separator_y(notes)
    pdf.set_line_width(0.5)
    pdf.line(BODY_X, sep, BODY_X + FN_SEP_LEN, sep)
    for index, line in enumerate(notes):
        _draw_line(pdf, line, sep + FN_SEP_GAP + index * FN_PITCH)


def _decorate(pdf: FPDF, number: int, symbol: str, job: str) -> None:
    """Draw the running header (symbol) and footer (page and job numbers)."""
    odd = number % 2 == 1
    outer, inner = (MARGIN_RIGHT, MARGIN_LEFT) if odd else (MARGIN_LEFT, MARGIN_RIGHT)
    _draw(pdf, symbol, (outer, HEADER_Y), ("B", 9), right=odd)
    _draw(pdf, str(number), (outer, FOOTER_Y), ("B", 9), right=odd)
    _draw(pdf, job, (inner, FOOTER_Y), ("", 8), right=not odd)


def _draw_cover(pdf: FPDF, spec: dict[str, Any]) -> None:
    """Draw the cover page: masthead, distribution block, bodies and title."""
    cover = spec.get("cover") or {}
    pdf.add_page()
    organization = cover.get("organization") or "Nations Unies"
    _draw(pdf, organization, (MARGIN_LEFT, 70), ("", 14))
    _draw(pdf, spec["symbol"], (MARGIN_RIGHT, 70), ("", 20), right=True)
    pdf.set_line_width(1.5)
    pdf.line(MARGIN_LEFT, 80, MARGIN_RIGHT, 80)
    info = [cover.get(key, "") for key in ("distribution", "date")]
    info += ["", cover.get("language"), cover.get("original", "")]
    y = 100.0
    for text in (t for t in info if t is not None):
        _draw(pdf, text, (397, y), ("", BODY_SIZE))
        y += BODY_PITCH
    pdf.set_line_width(0.75)
    pdf.line(MARGIN_LEFT, y, MARGIN_RIGHT, y)
    lines = [(t, "B") for t in cover.get("body_lines") or []] + [("", "")]
    lines += [(t, "") for t in cover.get("meeting_lines") or []]
    for index, (text, style) in enumerate(lines):
        _draw(pdf, text, (MARGIN_LEFT, y + 22 + index * BODY_PITCH), (style, BODY_SIZE))
    y += 22 + len(lines) * BODY_PITCH - 6
    for index, row in enumerate(_wrap(pdf, cover.get("title") or "", ("B", 17), (85, 85))):
        _draw_line(pdf, _Line(row), y + 30 + index * 20)
    _draw(pdf, spec.get("job_number", ""), (MARGIN_LEFT, FOOTER_Y), ("", 8))


def _toc_flow(pdf: FPDF, toc: list, title: str) -> _Flow:
    """Lay out the contents pages; entry rows point at their heading's line."""
    flow = _Flow()
    flow.add(_Line([(85.0, 0.0, title, "B", 14.0)], 17.0, keep=True))
    page_w = _width(pdf, "Page", "I", 9)
    flow.add(_Line([(BODY_RIGHT - page_w, 0.0, "Page", "I", 9.0)], 23.0, keep=True))
    for level, text, heading in toc:
        x = {1: 85.0, 2: 99.0}.get(level, BODY_X)
        rows = _wrap(pdf, text, ("", BODY_SIZE), (x, x + 14), BODY_RIGHT - 40)
        for index, row in enumerate(rows):
            target = heading if index == len(rows) - 1 else None
            flow.add(_Line(row, BODY_PITCH, space_before=2.0, target=target))
    return flow


def _add_leader(pdf: FPDF, line: _Line, number: str) -> None:
    """Append dot leaders and a page number right-aligned to BODY_RIGHT."""
    x, _, text, style, size = line.pieces[-1]
    start = x + _width(pdf, text, style, size) + 4
    dot = _width(pdf, ".", "", BODY_SIZE)
    dots = "." * max(int((BODY_RIGHT - 26 - start) // dot), 0)
    line.pieces.append((BODY_RIGHT - 22 - len(dots) * dot, 0.0, dots, "", BODY_SIZE))
    line.pieces.append(
        (BODY_RIGHT - _width(pdf, number, "", BODY_SIZE), 0.0, number, "", BODY_SIZE)
    )


def render_un_pdf(spec: dict[str, Any], path: pathlib.Path) -> pathlib.Path:
    """Render a UN-style document described by spec into a PDF file.

    Args:
        spec: the document description (symbol, job_number, cover, toc, blocks).
        path: where to write the PDF.

    Returns:
        The path written.
    """
    path = pathlib.Path(path)
    symbol = spec["symbol"]
    title = (spec.get("cover") or {}).get("title") or symbol
    pdf = _new_pdf(symbol, title)
    try:
        _render(pdf, spec, path)
    finally:
        _close_fonts(pdf)
    return path


def _render(pdf: FPDF, spec: dict[str, Any], path: pathlib.Path) -> None:
    """Lay out and draw every page of spec, then write the PDF to path."""
    symbol = spec["symbol"]
    job = re.sub(r"\s*\([A-Z]\)\s*$", "", spec.get("job_number", ""))
    flow, toc = _layout(pdf, spec.get("blocks") or [])
    pages = flow.pages
    if spec.get("toc"):
        contents = _toc_flow(pdf, toc, spec.get("toc_title") or "Table des matières")
        for line in (x for page in contents.pages for x in page.lines if x.target):
            _add_leader(pdf, line, str(2 + len(contents.pages) + line.target.page))
        pages = contents.pages + pages
    _draw_cover(pdf, spec)
    for page in pages:
        pdf.add_page()
        _decorate(pdf, pdf.page_no(), symbol, job)
        for line in page.lines:
            _draw_line(pdf, line, line.y)
        _draw_notes(pdf, page.notes)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
