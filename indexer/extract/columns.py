"""Find the parts of a PDF page set in two or three columns of text, from the geometry of its
lines.

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

A part is in three columns (a glossary, a list of participants, a chapter in ``multicol``'s
three columns) when two such gutters, near the thirds of the text's width, run through its
lines together, at least ``MIN_LINES`` of them with text in all three columns, the columns
about as wide as each other, their starts evenly spaced, none with a gutter of its own: read
across, such a part had become a "table" of its lines, the paragraphs in it lost (a list in
three columns, a "table" read row by row).

This module knows only positions; ``pdf.py`` splits the lines at the gutters and reads each
column top to bottom, left to right.
"""

from __future__ import annotations

import bisect
import itertools
import operator
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
THIRD = 0.08  # three columns' starts are evenly spaced to this share of the text's width
MARK = re.compile(r"^(?:\(?(?:\d{1,3}|[a-zA-Z]{1,2}|[ivxIVX]{1,5})[.)]|[•▪◦·*\-–—])$")

Glyph = tuple[float, float, str]  # x0, x1 and the character
_X1 = operator.itemgetter(1)  # a glyph's x1
Band = tuple[float, float]  # a stretch of x clear of glyphs


@dataclass(frozen=True)
class Line:
    """The geometry of one line of a page (glyphs on one baseline), top down."""

    top: float
    bottom: float
    size: float
    glyphs: tuple[Glyph, ...]  # left to right

    def reach(self, end: int) -> float:
        """The furthest right any of the first ``end`` glyphs reaches (one of their x1)."""
        return max(itertools.islice(map(_X1, self.glyphs), end))


@dataclass(frozen=True)
class Columns:
    """A part of a page in columns: lines ``first`` to ``last``, split at the x of each of
    ``splits`` (one for two columns, two for three)."""

    first: int
    last: int
    splits: tuple[float, ...]


def find_columns(lines: Sequence[Line], width: float, rules: Sequence[float]) -> list[Columns]:
    """Return the parts of a page in two or three columns of text. ``lines`` top down,
    ``rules``: the tops of the lines drawn on the page."""
    three: list[Columns] = []
    for first, last, bands in _runs(lines, _thirds(lines), rules):
        part = _part(lines, first, last, bands, width)
        if part is not None and (not three or part.first > three[-1].last):
            three.append(part)
    two: list[Columns] = []
    middle = (width * (0.5 + MIDDLE[0] - 0.1), width * (0.5 + MIDDLE[1] + 0.05))
    for first, last, bands in _runs(lines, [middle], rules):
        part = _part(lines, first, last, bands, width)
        if part is None or (two and part.first <= two[-1].last):
            continue
        if not any(part.first <= other.last and other.first <= part.last for other in three):
            two.append(part)
    return sorted(three + two, key=lambda part: part.first)


def _thirds(lines: Sequence[Line]) -> list[Band]:
    """Return the zones where the gutters of three columns would be: about a third and two
    thirds across the text."""
    xs = [  # each line's least and greatest x0 (its first and last glyph's) and x1
        x
        for line in lines
        if line.glyphs
        for x in (
            line.glyphs[0][0],
            line.glyphs[-1][0],
            min(map(_X1, line.glyphs)),
            max(map(_X1, line.glyphs)),
        )
    ]
    if not xs:
        return []
    start, span = min(xs), max(xs) - min(xs)
    return [(start + span * (k / 3 - 0.1), start + span * (k / 3 + 0.1)) for k in (1, 2)]


def _runs(
    lines: Sequence[Line], zones: Sequence[Band], rules: Sequence[float]
) -> list[tuple[int, int, list[list[Band]]]]:
    """Return the runs of consecutive lines that leave a common clear band in each of
    ``zones`` (near the middle of the page, or near its thirds): each as long as it goes; a
    line that closes one opens the next with the lines just above it that leave bands with
    it."""
    if not zones:
        return []
    free = [[_free(line, zone) for zone in zones] for line in lines]
    runs: list[tuple[int, int, list[list[Band]]]] = []
    start, bands = 0, free[0] if free else []
    for index in range(1, len(lines)):
        broken = _broken(lines[index - 1], lines[index], rules)
        common = [] if broken else _intersect_all(bands, free[index], lines[index].size)
        if _clear(common):
            bands = common
            continue
        if _clear(bands) and index - start >= MIN_LINES:
            runs.append((start, index - 1, bands))
        start, bands = index, free[index]
        while not broken and _clear(bands) and start > 0:  # the lines above that leave bands
            wider = _intersect_all(bands, free[start - 1], lines[start - 1].size)
            if not _clear(wider) or _broken(lines[start - 1], lines[start], rules):
                break
            start, bands = start - 1, wider
    if _clear(bands) and len(lines) - start >= MIN_LINES:
        runs.append((start, len(lines) - 1, bands))
    return runs


def _clear(bands: list[list[Band]]) -> bool:
    """Tell whether each zone has a clear band."""
    return bool(bands) and all(bands)


def _intersect_all(bands: list[list[Band]], free: list[list[Band]], size: float) -> list:
    common = [_intersect(zone, line, size) for zone, line in zip(bands, free, strict=True)]
    return common if all(common) else []


def _free(line: Line, zone: Band) -> list[Band]:
    """Return the bands of ``zone`` no glyph of the line covers, at least a gutter wide.

    The glyphs that start left of the zone open no band: they only push its reach on, and
    are passed over at once; those that start at its end or right of it close it as its end
    does, and are not looked at (``line.glyphs`` run left to right)."""
    bands = []
    first = bisect.bisect_left(line.glyphs, (zone[0],))
    reach = max(zone[0], line.reach(first)) if first else zone[0]
    if reach >= zone[1]:
        return bands
    end = zone[1]
    last = bisect.bisect_left(line.glyphs, (end,), first)  # the first at the end or past it
    least = GUTTER * line.size
    for x0, x1, _ in (*line.glyphs[first:last], (end, end, "")):
        if x0 - reach >= least:  # clear from the furthest reach so far to this glyph
            bands.append((reach, x0))
        if x1 > reach:
            reach = x1
            if reach >= end:
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
    lines: Sequence[Line], first: int, last: int, bands: list[list[Band]], width: float
) -> Columns | None:
    """Return the part of a run in columns, or None when it is not columns of text."""
    best = None
    for combination in itertools.product(*bands):
        splits = tuple((band[0] + band[1]) / 2 for band in combination)
        every = [i for i in range(first, last + 1) if all(_sides(lines[i], splits))]
        if len(every) >= MIN_LINES and (best is None or len(every) > len(best[1])):
            best = (splits, every)
    if best is None:
        return None
    splits, every = best
    start, end = every[0], every[-1]
    while start > first and _near(lines[start - 1], lines[start]):
        start -= 1
    while end < last and _near(lines[end], lines[end + 1]):
        end += 1
    part = lines[start : end + 1]
    sides = [
        [[g for g in line.glyphs if _side(g, splits) == k] for line in part]
        for k in range(len(splits) + 1)
    ]
    sizes = [line.size for line in part]
    if len(sides) == 2 and not _text_columns(*sides, sizes, width):
        return None
    if len(sides) == 3 and not _three_text_columns(sides, sizes):
        return None
    return Columns(start, end, splits)


def _side(glyph: Glyph, splits: tuple[float, ...]) -> int:
    """Return the column a glyph stands in: the number of gutters left of its middle."""
    return bisect.bisect_right(splits, _middle(glyph))


def _sides(line: Line, splits: tuple[float, ...]) -> tuple[bool, ...]:
    stand = {_side(g, splits) for g in line.glyphs}
    return tuple(k in stand for k in range(len(splits) + 1))


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


def _three_text_columns(sides: list[list[list[Glyph]]], sizes: list[float]) -> bool:
    """Tell whether three sides are columns of text: the middle one starts half way between
    the starts of the others (columns of one width, as a word processor or ``multicol`` sets
    them; a list's last column may end short), the three are about as wide, and none has a
    gutter of its own (a table's)."""
    extents = []
    for side in sides:
        xs = [x for line in side for g in line for x in g[:2]]
        extents.append((min(xs), max(xs)))
    (first, _), (second, _), (third, end) = extents
    if abs((second - first) - (third - second)) > THIRD * (end - first):
        return False
    widths = sorted(right - left for left, right in extents)
    if widths[0] < SAME_WIDTH * widths[-1] or widths[-1] > second - first:
        return False
    return not any(_gutter_inside(side, sizes) for side in sides)


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
