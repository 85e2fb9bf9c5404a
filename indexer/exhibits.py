"""Tables and boxes: the parts of a document that are not paragraphs, named by their number.

A table (caption, rows, source lines; found in the PDF layout by
``indexer/clean/tables.py``) and a box (a framed case study or example: "Box 2.
Good practice …" and the unnumbered text under it) are each one record of the
document, anchored ``table3`` or ``box2`` (:func:`indexer.anchors.table`,
:func:`indexer.anchors.box`) and cited "table 3", "box 2".
"""

from __future__ import annotations

import re
from collections.abc import Set

TABLE_NUMBER = re.compile(r"(?i:table|tableau)\s+(?P<number>\d{1,3})\b")  # a table's caption
BOX = re.compile(r"(?i:box|encadré)\s+(?P<number>\d{1,3})\b")  # a box's title: "Box 2. …"


def box_title(text: str) -> str | None:
    """Return what follows "Box 2." in a line that opens with it ("" when nothing does), or
    None when the line does not open with a box's number."""
    found = BOX.match(text)
    return None if found is None else text[found.end() :].lstrip(" .:–-")


def table_number(caption: str, last: int, used: Set[int]) -> int:
    """Return the number a table is named by: its caption's ("Table 3", "Tableau 3") when no
    other table has it, else the first free one after the previous table's (``last``)."""
    found = TABLE_NUMBER.match(caption)
    if found and int(found["number"]) not in used:
        return int(found["number"])
    return _free(last + 1, used)


def box_number(title: str, used: Set[int]) -> int:
    """Return the number a box is named by: its title's, or the first free one after it."""
    found = BOX.match(title)
    return _free(int(found["number"]) if found else 1, used)


def _free(number: int, used: Set[int]) -> int:
    while number in used:
        number += 1
    return number
