"""Turn the lines of a pre-extracted text file into blocks.

In such files a paragraph is usually one long line; blank lines separate
blocks; footnotes are lines opening with a superscript mark, dropped wherever
the page break fell (often in the middle of a paragraph); a dash in front of a
line is an extraction artefact that marks a list entry, not text. A file that
keeps the printed lines (``pdftotext``) is first unwrapped (:mod:`.wrapped_text`).
"""

from __future__ import annotations

from ..describe.dates import find_date
from ..footnotes import footnote_opening
from ..markers import CORRIGENDUM, PLENARY, SUMMARY, ends_sentence, parse_marker, title_line
from ..models import Block, Layout, RawDocument, Role, Row
from .contents import contents_labels, labelled_headings
from .furniture import OPENER
from .tables import CAPTION, MIN_CELLS, TABLE_NOTE
from .wrapped_text import (
    LIST_DASH,
    MARKER_ALONE,
    SUPERSCRIPT_START,
    contents_entries,
    is_wrapped,
    unwrapped,
    without_contents,
    without_furniture,
)


def text_layout(raw: RawDocument) -> Layout:
    """Split the file into its cover lines and its body blocks."""
    pages = [[row.text for row in page.rows] for page in raw.pages]
    pages, asides = _without_asides(pages)
    if is_wrapped(pages):  # printed lines (pdftotext): furniture out, paragraphs joined back
        rows = [Row(text=line) for line in without_furniture(pages)]
        start = _body_start(rows)
        lines = unwrapped([row.text for row in rows[start:]])
    else:
        if len(pages) > 1:  # form feeds: running headers and footers at each page's edges
            rows = [Row(text=line) for line in without_furniture(pages)]
        else:
            rows = [Row(text=line) for line in without_contents([ln for p in pages for ln in p])]
        start = _body_start(rows)
        lines = [(row.text, False) for row in rows[start:]]
    cover = tuple(row for row in rows[:start] if row.text.strip()) + asides
    blocks = _blocks([(line, starts) for line, starts in lines if line.strip()])
    labels = contents_labels(contents_entries([line for page in pages for line in page]))
    blocks = tuple(labelled_headings(list(blocks), labels))
    return Layout(cover=cover, headers=(), blocks=blocks, pages=None)


def _without_asides(pages: list[list[str]]) -> tuple[list[list[str]], tuple[Row, ...]]:
    """Take out the "85th plenary meeting" lines and the date under each: they would end
    the last operative paragraph ("… of the present resolution. 85th plenary meeting 20
    December 1993")."""
    asides: list[Row] = []
    kept_pages = []
    for lines in pages:
        kept: list[str] = []
        dated = False  # the line before was a plenary meeting's
        for line in lines:
            if PLENARY.match(line.strip()) or (dated and len(line) < 40 and find_date(line)):
                asides.append(Row(text=line.strip()))
                dated = not dated
                continue
            dated = dated and not line.strip()
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages, tuple(asides)


PROSE = 120  # a line this long that ends a sentence is a paragraph, never a cover line


def _body_start(rows: list[Row]) -> int:
    """Return the index of the first line that opens a heading or a paragraph: a marked one,
    a resolution's opening or a summary, or, when a paragraph of prose comes first (a paper
    whose paragraphs have no numbers), that paragraph or the title over it ("Background")."""
    corrigendum = next((i for i, row in enumerate(rows) if CORRIGENDUM.match(row.text)), None)
    if corrigendum is not None:  # its corrections follow its title ("Paragraph 12, third line")
        return corrigendum + 1
    marked = _first_marked(rows)
    for index, row in enumerate(rows[:marked] if marked else rows):
        text = row.text.strip()
        if len(text) >= PROSE and ends_sentence(text) and text[:1].isupper():
            before = next((i for i in range(index - 1, -1, -1) if rows[i].text.strip()), None)
            titled = before is not None and title_line(rows[before].text)
            return before if titled and before is not None else index
    return marked


def _first_marked(rows: list[Row]) -> int:
    """Return the index of the first line that opens a heading or a paragraph by its form."""
    for index, row in enumerate(rows):
        text = LIST_DASH.sub("", row.text.strip())
        if OPENER.match(text) or MARKER_ALONE.match(text):  # "The General Assembly,", "I."
            return index
        if SUMMARY.match(text):  # a document's summary, on its first page: body, not cover
            return index
        if parse_marker(text) is not None and not LIST_DASH.match(row.text):
            return index
        if LIST_DASH.match(row.text) and index > 0:
            return index
    return 0


def _blocks(lines: list[tuple[str, bool]]) -> list[Block]:
    """Return the blocks of the body's lines; a run of two lines or more of three cells apart
    by tabs, with the caption over it ("Table 1. …") and its source or notes under it, is one
    table, its rows one per line, as from a PDF (its rows had been glued to a paragraph)."""
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _cells(lines[end][0]) >= MIN_CELLS:
            end += 1
        if end - index < 2:
            blocks.append(_block(*lines[index]))
            index += 1
            continue
        rows = [line.strip(" \n") for line, _ in lines[index:end]]  # "\t1 (b)\t…": 1st empty
        if blocks and blocks[-1].role is Role.BODY and CAPTION.match(blocks[-1].text):
            rows.insert(0, blocks.pop().text)
        if end < len(lines) and TABLE_NOTE.match(lines[end][0].strip()):
            rows.append(lines[end][0].strip())
            end += 1
        blocks.append(Block(Role.TABLE, "\n".join(rows), continues=False))
        index = end
    return blocks


def _cells(line: str) -> int:
    """Return how many cells a line has, apart by tabs (a leading tab: an empty first one)."""
    return line.strip(" \n").count("\t") + 1


def _block(line: str, starts: bool = False) -> Block:
    """Return the block of one line; ``starts``: it certainly opens a paragraph."""
    stripped = line.strip()
    if SUPERSCRIPT_START.match(stripped):
        opening = footnote_opening(stripped)
        if opening:
            return Block(Role.FOOTNOTE, opening[1], mark=opening[0])
    if SUMMARY.match(stripped):
        return Block(Role.HEADING, stripped)
    dashed = LIST_DASH.match(line) is not None
    text = LIST_DASH.sub("", line).strip()
    opens = dashed or starts
    return Block(Role.BODY, text, continues=False if opens else None, indented=line[:1] == " ")
