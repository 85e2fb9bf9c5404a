"""Find the parts of a PDF page set in two columns of text, from the geometry of its lines.

A word processor's section in two columns (an annex listing participants, a chapter set in
columns) puts a line of each column on one baseline; read across, the lines of the two
columns interleave. A part of a page is in two columns when a clear vertical gutter near the
middle of the page, at least 0.8 of a font size wide (LaTeX's default column separation,
10 pt, beside 11 and 12 pt type), runs through consecutive lines, at least
``MIN_LINES`` of which have text on both sides of it, and the columns are text, not a table
or a masthead: about as wide as each other, the right one starting just past the middle, and
no other gutter inside either column (a table's columns; a paragraph number hanging in the
margin makes none). Lines drawn across
the page (a footnote separator, a table's rules) and wide vertical gaps end such a part.

This module knows only positions; ``pdf.py`` splits the lines at the gutter and reads the left
column top to bottom, then the right one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# a gutter between the columns is at least this many font sizes wide: LaTeX's default
# \columnsep (10 pt, in multicol and twocolumn) is 0.83 of 12 pt type, and a paragraph number
# hanging at the right column's edge narrows it further (a gutter of a font size had left such
# pages read across: "pre- 7. vented" ran the left column into the right one's numbers)
GUTTER = 0.8
INNER_GUTTER = 1.0  # a gutter inside a column (a table's) is at least this many font sizes wide
MIN_LINES = 3  # lines with text on both sides of the gutter
NEAR = 1.0  # a line one-sided at the part's edge joins it when this many font sizes away or less
BREAK = 3.0  # a vertical gap this many font sizes wide ends a part
MIDDLE = (-0.03, 0.12)  # the right column starts this far (page widths) from the page's middle
PAST_MIDDLE = 0.03  # the left column ends no further than this past the page's middle
SAME_WIDTH = 0.4  # the narrower column is at least this share of the wider one's width
MARK = re.compile(r"^(?:\(?(?:\d{1,3}|[a-zA-Z]{1,2}|[ivxIVX]{1,5})[.)]|[•▪◦·*\-–—])$")

Glyph = tuple[float, float, str]  # x0, x1 and the character
Band = tuple[float, float]  # a stretch of x clear of glyphs


@dataclass(frozen=True)
class Line:
    """The geometry of one line of a page (glyphs on one baseline), top down."""

    top: float
    bottom: float
    size: float
    glyphs: tuple[Glyph, ...]  # left to right


@dataclass(frozen=True)
class Columns:
    """A part of a page in two columns: lines ``first`` to ``last``, split at x ``split``."""

    first: int
    last: int
    split: float


def find_columns(lines: Sequence[Line], width: float, rules: Sequence[float]) -> list[Columns]:
    """Return the parts of a page in two columns of text. ``lines`` top down, ``rules``: the
    tops of the lines drawn on the page."""
    found: list[Columns] = []
    for first, last, bands in _runs(lines, width, rules):
        part = _part(lines, first, last, bands, width)
        if part is not None and (not found or part.first > found[-1].last):
            found.append(part)
    return found


def _runs(
    lines: Sequence[Line], width: float, rules: Sequence[float]
) -> list[tuple[int, int, list[Band]]]:
    """Return the runs of consecutive lines that leave a common clear band near the middle of
    the page: each as long as it goes; a line that closes one opens the next with the lines
    just above it that leave a band with it."""
    zone = (width * (0.5 + MIDDLE[0] - 0.1), width * (0.5 + MIDDLE[1] + 0.05))
    free = [_free(line, zone) for line in lines]
    runs: list[tuple[int, int, list[Band]]] = []
    start, bands = 0, free[0] if free else []
    for index in range(1, len(lines)):
        broken = _broken(lines[index - 1], lines[index], rules)
        common = [] if broken else _intersect(bands, free[index], lines[index].size)
        if common:
            bands = common
            continue
        if bands and index - start >= MIN_LINES:
            runs.append((start, index - 1, bands))
        start, bands = index, free[index]
        while not broken and bands and start > 0:  # the lines above that leave a band with it
            wider = _intersect(bands, free[start - 1], lines[start - 1].size)
            if not wider or _broken(lines[start - 1], lines[start], rules):
                break
            start, bands = start - 1, wider
    if bands and len(lines) - start >= MIN_LINES:
        runs.append((start, len(lines) - 1, bands))
    return runs


def _free(line: Line, zone: Band) -> list[Band]:
    """Return the bands of ``zone`` no glyph of the line covers, at least a gutter wide."""
    bands = []
    reach = zone[0]
    for x0, x1, _ in (*line.glyphs, (zone[1], zone[1], "")):
        start, end = reach, min(x0, zone[1])
        if end - start >= GUTTER * line.size:
            bands.append((start, end))
        reach = max(reach, x1)
        if reach >= zone[1]:
            break
    return bands


def _intersect(bands: list[Band], free: list[Band], size: float) -> list[Band]:
    least = GUTTER * size
    common = []
    for a0, a1 in bands:
        for b0, b1 in free:
            start, end = max(a0, b0), min(a1, b1)
            if end - start >= least:
                common.append((start, end))
    return common


def _broken(above: Line, line: Line, rules: Sequence[float]) -> bool:
    """Tell whether a drawn line or a wide vertical gap comes between two lines."""
    if line.top - above.bottom > BREAK * max(line.size, above.size):
        return True
    return any(above.bottom - 1 <= top <= line.top + 1 for top in rules)


def _part(
    lines: Sequence[Line], first: int, last: int, bands: list[Band], width: float
) -> Columns | None:
    """Return the part of a run in two columns, or None when it is not two columns of text."""
    best = None
    for band in bands:
        split = (band[0] + band[1]) / 2
        both = [i for i in range(first, last + 1) if _sides(lines[i], split) == (True, True)]
        if len(both) >= MIN_LINES and (best is None or len(both) > len(best[1])):
            best = (split, both)
    if best is None:
        return None
    split, both = best
    start, end = both[0], both[-1]
    while start > first and _near(lines[start - 1], lines[start]):
        start -= 1
    while end < last and _near(lines[end], lines[end + 1]):
        end += 1
    part = lines[start : end + 1]
    left = [[g for g in line.glyphs if _middle(g) < split] for line in part]
    right = [[g for g in line.glyphs if _middle(g) >= split] for line in part]
    if not _text_columns(left, right, [line.size for line in part], width):
        return None
    return Columns(start, end, split)


def _sides(line: Line, split: float) -> tuple[bool, bool]:
    return (
        any(_middle(g) < split for g in line.glyphs),
        any(_middle(g) >= split for g in line.glyphs),
    )


def _near(above: Line, below: Line) -> bool:
    return below.top - above.bottom <= NEAR * max(above.size, below.size)


def _middle(glyph: Glyph) -> float:
    return (glyph[0] + glyph[1]) / 2


def _text_columns(
    left: list[list[Glyph]], right: list[list[Glyph]], sizes: list[float], width: float
) -> bool:
    """Tell whether the two sides are columns of text: the right one starts near the page's
    middle (a masthead's right column starts further left or right), the left one ends
    before it, the two are about as wide (a table's last column beside the others is not),
    and neither has a gutter of its own (a table's columns)."""
    left_x = [x for line in left for g in line for x in g[:2]]
    right_x = [x for line in right for g in line for x in g[:2]]
    start, end, right_start, right_end = min(left_x), max(left_x), min(right_x), max(right_x)
    middle = width / 2
    if not MIDDLE[0] * width <= right_start - middle <= MIDDLE[1] * width:
        return False
    if end > middle + PAST_MIDDLE * width:
        return False
    widths = sorted((end - start, right_end - right_start))
    if widths[0] < SAME_WIDTH * widths[1] or widths[1] > right_start - start:
        return False
    return not _gutter_inside(left, sizes) and not _gutter_inside(right, sizes)


def _gutter_inside(lines: list[list[Glyph]], sizes: list[float]) -> bool:
    """Tell whether one side has a gutter of its own, as a table's columns have: a gap at least
    a gutter wide that two of its lines or more with text on both sides of it leave clear,
    more than cross it (the gaps a justified narrow line stretches fall anywhere). A number
    or bullet that opens a line (a paragraph number hanging in the margin) is left out."""
    runs = []
    for glyphs, size in zip(lines, sizes, strict=True):
        line = _clusters(glyphs, INNER_GUTTER * size)
        if len(line) > 1 and MARK.match(line[0][2]):
            line = line[1:]
        runs.append((line, INNER_GUTTER * size))
    for line, _ in runs:
        for before, after in zip(line, line[1:], strict=False):
            band = (before[1], after[0])
            clear, crossed = 1, 0
            for other, other_least in runs:
                if other is line or not _spans(other, band):
                    continue
                gap = _gap_in(other, band, other_least)
                if gap is None:
                    crossed += 1
                else:
                    clear, band = clear + 1, gap
            if clear >= 2 and clear > crossed:
                return True
    return False


def _spans(line: list[tuple[float, float, str]], band: Band) -> bool:
    """Tell whether a line has text on both sides of ``band``."""
    return bool(line) and line[0][0] < band[0] and line[-1][1] > band[1]


def _gap_in(line: list[tuple[float, float, str]], band: Band, least: float) -> Band | None:
    """Return the part of ``band`` a gap of the line leaves clear, when at least ``least``."""
    for before, after in zip(line, line[1:], strict=False):
        start, end = max(band[0], before[1]), min(band[1], after[0])
        if end - start >= least:
            return (start, end)
    return None


def _clusters(glyphs: list[Glyph], gap: float) -> list[tuple[float, float, str]]:
    """Return the runs of glyphs less than ``gap`` apart: extent and text."""
    runs: list[tuple[float, float, str]] = []
    for x0, x1, char in glyphs:
        if runs and x0 - runs[-1][1] < gap:
            start, _, text = runs[-1]
            runs[-1] = (start, max(x1, runs[-1][1]), text + char)
        else:
            runs.append((x0, x1, char))
    return runs
