"""A table of a document (a record of kind ``table``) as rows of cells, for the pages.

The pipeline keeps a table's rows as lines of text and its cells separated by
tabs (``indexer/clean/pdf_layout.py``); a line of one cell before the first
row of cells is the caption, and lines of one cell after them are its notes
(source, notes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableView:
    caption: str | None
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    width: int  # cells in the widest row


def table_view(text: str) -> TableView:
    """Split a table's text into caption, rows of cells and notes."""
    lines = [line for line in text.split("\n") if line.strip()]
    first = next((i for i, line in enumerate(lines) if "\t" in line), len(lines))
    last = max((i for i, line in enumerate(lines) if "\t" in line), default=first - 1)
    caption = " ".join(lines[:first]) or None
    rows = tuple(tuple(line.split("\t")) for line in lines[first : last + 1])
    return TableView(
        caption=caption,
        rows=rows,
        notes=tuple(lines[last + 1 :]),
        width=max((len(row) for row in rows), default=0),
    )
