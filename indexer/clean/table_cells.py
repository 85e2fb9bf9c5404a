"""A table's text: one line per row, its cells apart by tabs, each in its column.

The rows with the most cells give the columns. A row with fewer (a cell left empty) puts each
cell in the column it overlaps most, so the empty ones stay empty. Two cells whose texts
nearly touch are one run of text to the reader ("Campaigns in schools Yes (2009)",
"États-Unis d'Amérique 103"): a run of words reaching into the next column, where the row
has no other cell, is cut there, each word going to the column it overlaps most (or starts
in). A line whose
cells each go on from a cell of the row above (a cell wrapped over lines: "Latin America and
the" / "Caribbean"), set closer under it than the table's rows are to each other, joins that
row: its text goes on the cell's, a line-end hyphen decided as in running text ("République
de Moldo-" / "va"), a word wider than its cell joined again ("Cooperatio" / "n"). Rows of one
cell outside the columns (the caption, a source line) are kept as they are, but for the lines
of a caption, joined into one.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from ..common_words import cut_word
from ..models import Row
from .joining import LETTER, join_lines
from .tables import CAPTION, TABLE_NOTE, overlap

CUT_HEAD = re.compile(rf"(?:^|\s)({LETTER}+)$")  # a cell's line ending with letters
CUT_TAIL = re.compile(r"^([a-zà-ÿœ]+)\b")  # and the next one opening with lower-case ones
LINES_APART = 0.2  # rows this many font sizes further apart than a cell's lines: they show


def table_text(rows: Sequence[Row], words: set[str] | None = None) -> str:
    """Return a table as text: one line per row, its cells separated by tabs; ``words``: the
    document's vocabulary, for the hyphens of wrapped cells."""
    width = max((len(row.cell_texts) for row in rows), default=0)
    full = [row for row in rows if len(row.cell_texts) == width and len(row.cell_spans) == width]
    columns = [
        (min(row.cell_spans[i][0] for row in full), max(row.cell_spans[i][1] for row in full))
        for i in range(width if full else 0)
    ]
    placed = {id(row): _placed(row, columns) for row in rows}
    wrapped = _wrapped_gap(rows, placed, width)
    lines: list[str | list[str]] = []
    caption = bool(rows) and CAPTION.match(rows[0].text.strip()) is not None
    above: Row | None = None  # the last line of the table row being read
    for row in rows:
        single = len(row.cell_texts) <= 1 or not columns
        text = "\t".join(row.cell_texts) if row.cell_texts else row.text
        if single and caption and lines:
            lines[-1] = f"{lines[-1]} {text.strip()}"  # the caption runs on ("…, 2019 and")
            continue
        cells = placed[id(row)]
        current = lines[-1] if lines and isinstance(lines[-1], list) else None
        if cells is not None and current is not None and above is not None:
            if _goes_on(row, above, cells, current, wrapped):
                for index, part in enumerate(cells):
                    if part:
                        current[index] = _joined(current[index], part, words or set())
                above = row
                continue
        if single or cells is None:
            lines.append(text)  # the caption, a source line, a day in a timetable
            above = None
            continue
        caption = False
        lines.append(cells)
        above = row
    return "\n".join(line if isinstance(line, str) else "\t".join(line) for line in lines)


def _joined(cell: str, line: str, words: set[str]) -> str:
    """Return a cell's text with its next line: as running text's lines join, but for a word
    wider than the cell, which the word processor cut with no hyphen ("Cooperatio" / "n with
    the"): its parts join with no space when the first is no word and the joined one is (the
    document writes it, or wordfreq's lists have it in common use)."""
    head, tail = CUT_HEAD.search(cell), CUT_TAIL.match(line)
    if head and tail:
        first, second = head.group(1).lower(), tail.group(1)
        if cut_word(first, second, written=f"{first}{second}" in words):
            return cell + line
    return join_lines((cell, line), words)


def _placed(row: Row, columns: list[tuple[float, float]]) -> list[str] | None:
    """Return a row's cells in the table's columns, or None for a row kept as it is (no
    columns, the caption, a source or notes line, a line of one cell outside the columns)."""
    if not columns or not row.cell_texts or len(row.cell_spans) != len(row.cell_texts):
        return None
    if TABLE_NOTE.match(row.text.strip()) or CAPTION.match(row.text.strip()):
        return None
    if len(row.cell_texts) == 1 and not _inside(row.cell_spans[0], columns):
        return None
    runs = [
        (max(range(len(columns)), key=lambda i: overlap(span, columns[i])), text, span)
        for text, span in zip(row.cell_texts, row.cell_spans, strict=True)
    ]
    cells = [""] * len(columns)
    for column, text, span in runs:
        taken = {other for other, _, other_span in runs if other_span != span}
        for at, part in _split(text, span, column, row, columns, taken):
            cells[at] = f"{cells[at]} {part}".strip()
    return cells


def _split(
    text: str,
    span: tuple[float, float],
    column: int,
    row: Row,
    columns: list[tuple[float, float]],
    taken: set[int],
) -> list[tuple[int, str]]:
    """Return a run of text in its column, or cut where it reaches into the next columns, when
    the row has no other cell there: two cells whose texts nearly touch, each word going to
    the column it overlaps most, or, overlapping none, the one it starts in (past the middle
    of the space between two columns)."""
    inside = [w for w in row.words if span[0] - 0.5 <= w[1] and w[2] <= span[1] + 0.5]
    if len(inside) < 2 or " ".join(w[0] for w in inside) != text:
        return [(column, text)]
    bounds = [
        start if end_before >= start else (end_before + start) / 2
        for (_, end_before), (start, _) in zip(columns, columns[1:], strict=False)
    ]
    parts: list[tuple[int, str]] = []
    for word, x0, x1 in inside:
        at = _column_of(x0, x1, columns, bounds)
        if parts and parts[-1][0] == at:
            parts[-1] = (at, f"{parts[-1][1]} {word}")
        else:
            parts.append((at, word))
    if len(parts) == 1 or any(at in taken for at, _ in parts):
        return [(column, text)]
    return parts


def _column_of(
    x0: float, x1: float, columns: list[tuple[float, float]], bounds: list[float]
) -> int:
    """Return the column a word of a run stands in: the one it overlaps most (a header's year
    over right-aligned figures, set wider than they are, starts left of their column: "2005"
    had gone to the column of the countries, and the header stayed one run), or, overlapping
    none, the one it starts in."""
    best = max(range(len(columns)), key=lambda i: overlap((x0, x1), columns[i]))
    if overlap((x0, x1), columns[best]) > 0:
        return best
    return sum(1 for bound in bounds if bound <= x0)


def _inside(span: tuple[float, float], columns: list[tuple[float, float]]) -> bool:
    """Tell whether a run of text lies inside one column (more than half of it)."""
    return max(overlap(span, column) for column in columns) > 0.5 * (span[1] - span[0])


def _wrapped_gap(rows: Sequence[Row], placed: dict, width: int) -> float | None:
    """Return how far apart (in font sizes, baseline to baseline) a cell's wrapped lines are at
    most, or None when the table's rows are set no further apart than that: then a line under
    a row cannot be told from a row with empty cells, and stays a row."""
    lines = [row for row in rows if placed[id(row)] is not None]
    pairs = [
        ((below.bottom - above.bottom) / below.size, below)
        for above, below in zip(lines, lines[1:], strict=False)
        if abs(above.size - below.size) <= 0.5 and below.size > 0
    ]
    if not pairs:
        return None
    tightest = min(gap for gap, _ in pairs)
    rows_apart = [
        gap for gap, below in pairs if all(placed[id(below)]) and len(placed[id(below)]) == width
    ]
    if not rows_apart or statistics.median(rows_apart) < tightest + LINES_APART:
        return None
    return (tightest + statistics.median(rows_apart)) / 2


def _goes_on(
    row: Row, above: Row, cells: list[str], current: list[str], wrapped: float | None
) -> bool:
    """Tell whether a line goes on the table's row above it: set as close under it as a cell's
    lines are, some cell left empty, and each of its cells under a cell of that row."""
    if wrapped is None or abs(row.size - above.size) > 0.5:
        return False
    if (row.bottom - above.bottom) / row.size > wrapped or all(cells):
        return False
    return all(current[i] for i, text in enumerate(cells) if text)
