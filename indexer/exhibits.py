"""Tables, figures and boxes: the parts of a document that are not paragraphs, named by
their number.

A table (caption, rows, source lines; found in the PDF layout by
``indexer/clean/tables.py``), a figure (a chart captioned "Figure 2", whose labels
the layout reads as a table's rows) and a box (a framed case study or example:
"Box 2. Good practice …" and the unnumbered text under it) are each one record
of the document, anchored ``table3``, ``figure2`` or ``box2``
(:func:`indexer.anchors.table`, :func:`indexer.anchors.figure`,
:func:`indexer.anchors.box`) and cited "table 3", "figure 2", "box 2".
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

TABLE_NUMBER = re.compile(r"(?i:table|tableau)\s+(?P<number>\d{1,3})\b")  # a table's caption
# a figure's caption: a chart, whose labels the layout reads as a table's rows
FIGURE_NUMBER = re.compile(r"(?i:figure|graphique|chart|graph|diagramme)\s+(?P<number>\d{1,3})\b")
BOX = re.compile(r"(?i:box|encadré)\s+(?P<number>\d{1,3})\b")  # a box's title: "Box 2. …"


def box_title(text: str) -> str | None:
    """Return what follows "Box 2." in a line that opens with it ("" when nothing does), or
    None when the line does not open with a box's number."""
    found = BOX.match(text)
    return None if found is None else text[found.end() :].lstrip(" .:–-")


def exhibit_names(captions: Sequence[str]) -> list[tuple[str, int]]:
    """Return the kind and number each table block of a document is named by, in document
    order: ("figure", 2) for a chart captioned "Figure 2" or "Graphique 2", numbered among
    the figures; ("table", n) for the others, numbered among the tables (table_numbers)."""
    kinds = ["figure" if FIGURE_NUMBER.match(caption) else "table" for caption in captions]
    numbers = {
        kind: iter(
            _numbers([c for c, k in zip(captions, kinds, strict=True) if k == kind], pattern)
        )
        for kind, pattern in (("table", TABLE_NUMBER), ("figure", FIGURE_NUMBER))
    }
    return [(kind, next(numbers[kind])) for kind in kinds]


def table_numbers(captions: Sequence[str]) -> list[int]:
    """Return the number each table of a document is named by, in document order: its
    caption's ("Table 3", "Tableau 3") when no earlier table has it; for a table without one
    (or a repeated number), the first number after the previous table's that no caption of
    the document takes."""
    return _numbers(captions, TABLE_NUMBER)


def _numbers(captions: Sequence[str], caption: re.Pattern[str]) -> list[int]:
    numbers: list[int | None] = []
    taken: set[int] = set()
    for text in captions:
        found = caption.match(text)
        number = int(found["number"]) if found else None
        numbers.append(number if number is not None and number not in taken else None)
        if number is not None:
            taken.add(number)
    last = 0
    named = []
    for number in numbers:
        if number is None:
            number = _free(last + 1, taken)
            taken.add(number)
        named.append(number)
        last = number
    return named


def box_number(title: str, used: Set[int]) -> int:
    """Return the number a box is named by: its title's, or the first free one after it."""
    found = BOX.match(title)
    return _free(int(found["number"]) if found else 1, used)


def _free(number: int, used: Set[int]) -> int:
    while number in used:
        number += 1
    return number
