"""Tables on a PDF page: which rows form one, and a table that goes on over a page break.

A table is a run of rows of three cells or more (a cell is a run of text; a gap
wider than ``CELL_GAP`` font sizes separates two, see ``indexer/extract/pdf.py``),
with its caption above and its source or notes below. Its text (one line per
row, the cells apart by tabs, each in its column) is made in ``table_cells.py``.
"""

from __future__ import annotations

import re

from ..models import Row

# A table's caption above it, its source or notes below it
CAPTION = re.compile(r"(?i:table|tableau|figure|graphique|chart)\s+(?:\d{1,3}|[IVX]{1,5})\b")
TABLE_NOTE = re.compile(r"(?i:sources?|notes?|abbreviations?|abréviations?)\s*:")
MIN_CELLS = 3  # a table row has at least this many cells


def goes_on(above: str, below: str) -> bool:
    """Tell whether a table that opens a page (``below``, its text) goes on from the table
    that ended the page before (``above``): ``below`` has no caption, ``above`` no source or
    notes under it, and both have as many columns."""
    last = above.rsplit("\n", 1)[-1].strip()
    if CAPTION.match(below.strip()) or TABLE_NOTE.match(last):
        return False
    return _width(above) == _width(below)


def joined(above: str, below: str) -> str:
    """Return one table from a table and its part on the next page, without the header rows
    the next page repeats (Word's and Writer's "repeat heading rows")."""
    lines, more = above.split("\n"), below.split("\n")
    header = lines[1:] if CAPTION.match(lines[0].strip()) else lines
    repeated = 0
    while repeated < min(len(header), len(more) - 1) and more[repeated] == header[repeated]:
        repeated += 1
    return "\n".join([*lines, *more[repeated:]])


def _width(text: str) -> int:
    return max(line.count("\t") + 1 for line in text.split("\n"))


def overlap(span: tuple[float, float], column: tuple[float, float]) -> float:
    """How much ``span`` overlaps ``column`` (negative: how far apart they are)."""
    return min(span[1], column[1]) - max(span[0], column[0])


def table_rows(rows: list[Row]) -> dict[int, int]:
    """Return the rows of tables: index → position in its table (0 for the first row).

    A table is a run of at least two rows of three cells or more (rows of
    fewer cells between two such rows belong to it: a cell left empty), the rows
    next to the run whose cells each sit in one of its columns (a first or last
    row with empty cells), its caption above it ("Table 1. …") and its source or
    notes below it.
    """
    wide = [index for index, row in enumerate(rows) if row.cells >= MIN_CELLS]
    runs: list[list[int]] = []
    for index in wide:
        if runs and index - runs[-1][-1] <= 2:
            runs[-1].extend(range(runs[-1][-1] + 1, index + 1))
        else:
            runs.append([index])
    found: dict[int, int] = {}
    table_first = -1  # the first row of the table found last
    for run in (r for r in runs if len(r) >= 2):
        first, last = run[0], run[-1]
        merged = first in found  # the table above reached this run through rows of fewer cells
        columns = _columns([rows[i] for i in run if rows[i].cells >= MIN_CELLS])
        while last + 1 < len(rows):
            if _row_of(rows[last + 1], rows[last], columns):
                last += 1  # a row with cells left empty ("Europe  5 120  ")
            elif (lines := _cell_lines(rows, last, columns)) and _goes_on(
                rows[last + lines + 1], rows[last + lines], columns
            ):
                # rows of one cell the table goes on after: a day ("Wednesday, 2 July"), a cell
                # wrapped over lines ("Royaume-Uni de" / "Grande-Bretagne et" / "d'Irlande…")
                last += lines + 1
            else:
                break
        if merged:
            first = table_first  # one table, not two ("table 2" at a row whose time is empty)
        else:
            while first > 0 and _row_of(rows[first - 1], rows[first], columns):
                first -= 1
            first -= _caption_lines(rows, first)
        while last + 1 < len(rows) and TABLE_NOTE.match(rows[last + 1].text.strip()):
            last += 1
        found.update({index: index - first for index in range(first, last + 1)})
        table_first = first
    return found


CAPTION_LINES = 3  # a caption may run over this many lines


def _caption_lines(rows: list[Row], first: int) -> int:
    """Return how many rows above a table's first row are its caption: "Table 1. …" and the
    lines it runs on to, in its size, one line under the other (a caption of two lines had
    left "Table 1. Detected victims …" at the end of the paragraph above the table)."""
    for count in range(1, min(CAPTION_LINES, first) + 1):
        lines = rows[first - count : first]
        if CAPTION.match(lines[0].text.strip()):
            same = all(
                abs(line.size - lines[0].size) < 0.5
                and line.top - above.bottom <= 1.5 * line.size
                and len(line.cell_spans) <= 1
                for above, line in zip(lines, lines[1:], strict=False)
            )
            return count if same else 0
    return 0


def _columns(rows: list[Row]) -> list[tuple[float, float]]:
    """Return the extent of each column of a table, from its rows having every cell."""
    width = max((len(row.cell_spans) for row in rows), default=0)
    full = [row.cell_spans for row in rows if len(row.cell_spans) == width]
    return [(min(s[i][0] for s in full), max(s[i][1] for s in full)) for i in range(width)]


WRAPPED = 3  # rows of one cell a table goes on after: a cell's text wrapped over four lines


def _cell_lines(rows: list[Row], last: int, columns: list[tuple[float, float]]) -> int:
    """Return how many rows of one cell inside a column, each a line's space under the one
    above, come after row ``last`` of a table and before another row (at most WRAPPED)."""
    count = 0
    while (
        count < WRAPPED
        and last + count + 2 < len(rows)
        and len(rows[last + count + 1].cell_spans) == 1
        and _row_of(rows[last + count + 1], rows[last + count], columns, 1)
    ):
        count += 1
    return count


def _goes_on(row: Row, above: Row, columns: list[tuple[float, float]]) -> bool:
    """Tell whether the table goes on at ``row``, under a row of one cell: a row of the table,
    or a full row of cells in its columns set in another size (the body under a header in
    larger type whose last line, "sector" of "Cooperation with the private sector", is its
    only cell: the table had been cut in two there, and that line taken for a heading)."""
    return _row_of(row, above, columns) or _row_of(row, above, columns, MIN_CELLS, sized=False)


def _row_of(
    row: Row, neighbour: Row, columns: list[tuple[float, float]], least: int = 2, sized: bool = True
) -> bool:
    """Tell whether a row of ``least`` cells or more, next to a table's row, belongs to the
    table: the same type size (unless not ``sized``), no wider gap than a line's, and each cell
    inside one column (a line of prose, even "4.  States reported…", has a cell running across
    several)."""
    if len(row.cell_spans) < least or (sized and abs(row.size - neighbour.size) > 0.5):
        return False
    gap = row.top - neighbour.bottom if row.top >= neighbour.bottom else neighbour.top - row.bottom
    if gap > 1.5 * neighbour.size:
        return False
    return all(_inside(span, columns) or _across(row, span, columns) for span in row.cell_spans)


def _inside(span: tuple[float, float], columns: list[tuple[float, float]]) -> bool:
    """Tell whether a cell sits inside one column (at least half of it in that one alone)."""
    inside = [o for o in (overlap(span, column) for column in columns) if o > 0]
    return len(inside) == 1 and inside[0] >= 0.5 * (span[1] - span[0])


COLUMN_GAP = 0.8  # font sizes: the least gap between two words of a cell in two columns


def _across(row: Row, span: tuple[float, float], columns: list[tuple[float, float]]) -> bool:
    """Tell whether a cell running across columns is cells in them that stand closer than
    cells do: each of its words inside one column, and the words of two columns a clear gap
    apart (LaTeX sets a table's columns 12 pt apart, \\tabcolsep on both sides: its header's
    "2008 2009 2010" over right-aligned figures is one run of text, and the header, left out,
    had gone on the paragraph above with the caption); each word overlaps one column alone
    (a header over right-aligned figures is wider than they are). A line of prose has words
    across the columns' gutters, and no such gaps."""
    words = [w for w in row.words if span[0] - 0.5 <= w[1] and w[2] <= span[1] + 0.5]
    if len(words) < 2:
        return False
    homes = []
    for _, x0, x1 in words:  # a header over right-aligned figures is wider than they are
        home = [i for i, column in enumerate(columns) if overlap((x0, x1), column) > 0]
        if len(home) != 1:
            return False
        homes.append(home[0])
    return all(
        after[1] - before[2] >= COLUMN_GAP * row.size
        for before, after, a, b in zip(words, words[1:], homes, homes[1:], strict=False)
        if a != b
    )
