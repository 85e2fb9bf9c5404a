"""Turn the lines of a pre-extracted text file into blocks.

In such files a paragraph is usually one long line; blank lines separate
blocks; footnotes are lines opening with a superscript mark, dropped wherever
the page break fell (often in the middle of a paragraph); a dash in front of a
line is an extraction artefact that marks a list entry, not text.
"""

from __future__ import annotations

import re

from ..footnotes import footnote_opening
from ..markers import parse_marker
from ..models import Block, Layout, RawDocument, Role, Row

LIST_DASH = re.compile(r"^\s*[-–•]\s+")
SUPERSCRIPT_START = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def text_layout(raw: RawDocument) -> Layout:
    """Split the file into its cover lines and its body blocks."""
    rows = [row for page in raw.pages for row in page.rows]
    start = _body_start(rows)
    cover = tuple(row for row in rows[:start] if row.text.strip())
    blocks = tuple(_block(row.text) for row in rows[start:] if row.text.strip())
    return Layout(cover=cover, headers=(), blocks=blocks, pages=None)


def _body_start(rows: list[Row]) -> int:
    """Return the index of the first line that opens a heading or a paragraph."""
    for index, row in enumerate(rows):
        text = LIST_DASH.sub("", row.text.strip())
        if parse_marker(text) is not None and not LIST_DASH.match(row.text):
            return index
        if LIST_DASH.match(row.text) and index > 0:
            return index
    return 0


def _block(line: str) -> Block:
    stripped = line.strip()
    if SUPERSCRIPT_START.match(stripped):
        opening = footnote_opening(stripped)
        if opening:
            return Block(Role.FOOTNOTE, opening[1], mark=opening[0])
    dashed = LIST_DASH.match(line) is not None
    text = LIST_DASH.sub("", line).strip()
    return Block(Role.BODY, text, continues=False if dashed else None, indented=line[:1] == " ")
