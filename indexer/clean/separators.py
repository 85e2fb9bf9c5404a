"""Tell a footnote separator from the other short rules drawn in a page's lower half.

A footnote separator is a short horizontal line standing alone between the body and the
notes. Other short lines are no separator, and the rows under them had become footnotes:

- a table's border drawn cell by cell (Chromium draws each cell's): one segment of a longer
  line, whose neighbour on the same line starts where it ends;
- a line under text (a hyperlink's underline, underlined words): it lies under the letters of
  a row, within the row's extent, just below its baseline;
- a table's rules (LaTeX's booktabs draws a top, a middle and a bottom rule, each one line as
  wide as the table; ruled tables draw one between every two rows): another line of the same
  extent is drawn on the page. A footnote separator is the only one of its kind: a table
  low on a page had its rows under the middle rule read as a footnote.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Row, Rule

TOUCH = 1.0  # points: two segments this close end to start, on one line, make one line
UNDER = 0.35  # a line this many of a row's font sizes or less below its baseline underlines it


def note_separators(rules: Sequence[Rule], rows: Sequence[Row]) -> list[Rule]:
    """Return the rules that may separate the notes from the body, top first."""
    return [
        rule
        for rule in sorted(rules, key=lambda r: r.top)
        if not _segment(rule, rules)
        and not _stacked(rule, rules)
        and not any(_underlines(rule, row) for row in rows)
    ]


def _segment(rule: Rule, rules: Sequence[Rule]) -> bool:
    return any(
        other is not rule
        and abs(other.top - rule.top) < TOUCH
        and (abs(other.x0 - rule.x1) < TOUCH or abs(other.x1 - rule.x0) < TOUCH)
        for other in rules
    )


def _stacked(rule: Rule, rules: Sequence[Rule]) -> bool:
    """Tell whether another line of the same extent is drawn above or below ``rule``."""
    return any(
        other is not rule
        and abs(other.top - rule.top) >= TOUCH
        and abs(other.x0 - rule.x0) < TOUCH
        and abs(other.x1 - rule.x1) < TOUCH
        for other in rules
    )


def _underlines(rule: Rule, row: Row) -> bool:
    """Tell whether ``rule`` lies under ``row``'s letters (``top`` and ``bottom`` are measured
    down from the page's top; a row's bottom is its baseline)."""
    return (
        row.top < rule.top <= row.bottom + UNDER * row.size
        and rule.x0 >= row.x0 - TOUCH
        and rule.x1 <= row.x1 + TOUCH
    )
