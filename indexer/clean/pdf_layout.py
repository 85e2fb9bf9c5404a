"""Turn the rows of PDF pages into blocks: headings, body text and footnotes.

Per page: drop the running header and footer, keep the cover rows apart (their
metadata is read later), drop the table of contents, set the footnote zone
apart, then group the remaining rows into blocks from the vertical gaps,
indentation, leading markers and font weight. A block at the top of a page
that starts at the margin with no marker continues the previous page's text.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..footnotes import footnote_opening
from ..markers import ends_sentence, parse_marker
from ..models import Block, Layout, Page, RawDocument, Role, Row, Rule
from .contents import contents_labels, labelled_headings
from .furniture import (
    SEPARATOR_TEXT,
    cover_end,
    cover_symbols,
    has_masthead,
    is_furniture,
    repeated_texts,
    toc_rows,
)
from .joining import join_lines, vocabulary
from .separators import note_separators
from .table_cells import table_text
from .tables import goes_on, joined, table_rows

TYPEWRITER_NOTE = re.compile(r"^\d{1,2}/\s+\S")


@dataclass(frozen=True)
class Stats:
    """Document-wide typography: body font size and line pitch."""

    body_size: float
    pitch: float
    margins: tuple[float, ...] = ()  # common left edges of body lines (they alternate by page)


def pdf_layout(raw: RawDocument) -> Layout:
    """Return the cover rows, header texts and body blocks of a PDF, in reading order."""
    stats = _stats(raw.pages)
    repeated = repeated_texts(raw.pages)
    own = cover_symbols(raw.pages)
    words = vocabulary(row.text for page in raw.pages for row in page.rows)
    cover: list[Row] = []
    headers: list[str] = []
    blocks: list[Block] = []
    contents: list[str] = []  # the entries of the table of contents
    for page in raw.pages:
        furniture = [r for r in page.rows if is_furniture(r, page, repeated, own)]
        headers.extend(r.text for r in furniture if page.number <= 3)
        rows = [r for r in page.rows if r not in furniture]
        rows = [r for r in rows if any(ch.isalnum() for ch in r.text)]
        if page.number == 1 and has_masthead(page):
            end = cover_end(rows)
            cover.extend(rows[:end])
            rows = rows[end:]
        asides = [
            r
            for r in rows
            if not r.column and _is_aside(r, page) and not _inside_rows(r, rows, page)
        ]
        cover.extend(asides)
        rows = [r for r in rows if r not in asides]
        toc = toc_rows(dataclasses.replace(page, rows=tuple(rows)))
        contents += [row.text for index, row in enumerate(rows) if index in toc]
        rows = [row for index, row in enumerate(rows) if index not in toc]
        body, notes = _split_footnote_zone(page, rows, stats)
        page_blocks = _table_goes_on(blocks, _column_blocks(body, page, stats, words))
        blocks.extend(_mark_page_top(page_blocks, _last_text_block(blocks)))
        blocks.extend(_footnote_blocks(notes, page.number, words))
    blocks = labelled_headings(blocks, contents_labels(contents))
    return Layout(tuple(cover), tuple(headers), tuple(blocks), pages=len(raw.pages))


def _is_aside(row: Row, page: Page) -> bool:
    """Return True for a short right-aligned row (a signature or "85th plenary meeting" line)."""
    return row.x0 > 0.55 * page.width and row.x1 - row.x0 < 0.35 * page.width


def _inside_rows(row: Row, rows: list[Row], page: Page) -> bool:
    """Tell whether a row sits between two wider rows, a line's space above and below it: a
    cell of a table ("2 Forced criminality" in the title column, the time column empty), not
    an aside. Such rows had gone to the cover, lost without a word (a round-4 probe)."""

    def close(above: Row, below: Row) -> bool:
        return 0 <= below.top - above.bottom <= row.size

    wider = [r for r in rows if r is not row and not _is_aside(r, page)]
    return any(close(r, row) for r in wider) and any(close(row, r) for r in wider)


def _stats(pages: Sequence[Page]) -> Stats:
    sizes: Counter[float] = Counter()
    for page in pages:
        for row in page.rows:
            sizes[round(row.size, 1)] += len(row.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: Counter[float] = Counter()
    for page in pages:
        same = [row for row in page.rows if round(row.size, 1) == body]
        for above, below in zip(same, same[1:], strict=False):
            gap = round(below.bottom - above.bottom, 1)
            if 0.8 * body < gap < 2.5 * body:
                gaps[gap] += 1
    pitch = gaps.most_common(1)[0][0] if gaps else 1.2 * body
    edges: Counter[float] = Counter(
        round(row.x0) for page in pages for row in page.rows if round(row.size, 1) == body
    )
    total = sum(edges.values()) or 1
    margins = tuple(float(x) for x, n in edges.most_common(3) if n >= 0.15 * total)
    return Stats(body_size=body, pitch=pitch, margins=margins)


def _split_footnote_zone(page: Page, rows: list[Row], stats: Stats) -> tuple[list, list]:
    """Split a page's rows into body rows and footnote rows."""
    for index, row in enumerate(rows):
        if SEPARATOR_TEXT.match(row.text.strip()):
            return rows[:index], rows[index + 1 :]
    notes: set[int] = set()  # by id: the rows under a separator, in one column or across
    for rule in note_separators(page.rules, rows):
        if rule.x1 - rule.x0 > 0.5 * page.width or rule.top < 0.45 * page.height:
            continue
        below = [
            r for r in rows if r.top >= rule.top - 1 and _under(r, rule) and id(r) not in notes
        ]
        if below and _smaller(below, stats):
            notes.update(id(r) for r in below)
            if not any(r.column for r in below):
                break  # the notes across the page
    if notes:
        return [r for r in rows if id(r) not in notes], [r for r in rows if id(r) in notes]
    tail = len(rows)
    while tail > 0 and rows[tail - 1].size <= 0.92 * stats.body_size:
        tail -= 1
    if tail < len(rows) and footnote_opening(rows[tail].text):
        return rows[:tail], rows[tail:]
    start = _typewriter_notes(rows, stats)
    return rows[:start], rows[start:]


def _under(row: Row, rule: Rule) -> bool:
    """Tell whether a row below a separator is under it: in its column when the row is in a
    part of the page set in two columns. LaTeX's two-column layout sets each column's notes
    at its own foot, under its own rule: the right column's last lines, beside the left
    column's notes, had been read as notes."""
    return not row.column or row.column[0] - 1 <= rule.x0 <= row.column[1]


def _typewriter_notes(rows: list[Row], stats: Stats) -> int:
    """Return where trailing typewriter footnotes ("1/ A/42/521…") start, len(rows) if none."""
    start = len(rows)
    for index in range(len(rows) - 1, 0, -1):
        text = rows[index].text.strip()
        if TYPEWRITER_NOTE.match(text):
            if rows[index].bottom - rows[index - 1].bottom > 1.35 * stats.pitch:
                start = index
        elif parse_marker(text) is not None:
            break
    return start


def _smaller(rows: list[Row], stats: Stats) -> bool:
    sizes = sorted(row.size for row in rows)
    return sizes[len(sizes) // 2] < 0.97 * stats.body_size


def _is_heading(row: Row, stats: Stats) -> bool:
    text = row.text.strip()
    if row.size < 0.95 * stats.body_size or len(text) > 250:
        return False
    if not (row.bold or row.italic or row.size >= 1.12 * stats.body_size):
        return False  # not styled
    if len(text) <= 200:
        return True
    marker = parse_marker(text)
    return marker is None or marker.number is None  # not a long numbered paragraph in bold


def _column_blocks(rows: list[Row], page: Page, stats: Stats, words: set[str]) -> list[Block]:
    """Return the blocks of a page's body, each column of a part set in two columns apart
    (the extraction gives the left column's rows, then the right one's): its own margin and
    width, and its first block going on from the column before as a page's top does."""
    blocks: list[Block] = []
    before: tuple[float, ...] = ()
    for column, part in itertools.groupby(rows, key=lambda row: row.column):
        column_blocks = _body_blocks(list(part), page, stats, words, column)
        if column and before and column[0] > before[1]:  # the right column after the left one
            column_blocks = _mark_page_top(column_blocks, _last_text_block(blocks))
        blocks += column_blocks
        before = column
    return blocks


def _body_blocks(
    rows: list[Row], page: Page, stats: Stats, words: set[str], column: tuple[float, ...] = ()
) -> list[Block]:
    headings = [_is_heading(row, stats) for row in rows]
    margin = _margin(
        [row for row, heading in zip(rows, headings, strict=True) if not heading], stats, column
    )
    right = column[1] if column else max((row.x1 for row in rows), default=page.width)
    tables = table_rows(rows)
    groups: list[tuple[bool, list[Row]]] = []
    blocks: list[Block] = []
    for index, row in enumerate(rows):
        if index in tables:
            if not tables[index]:  # the table's first row: the groups so far are done
                blocks += [_block(h, group, page.number, margin, words) for h, group in groups]
                groups, last = [], index
                while tables.get(last + 1):  # the table's next rows (positions 1, 2, …)
                    last += 1
                text = table_text(rows[index : last + 1], words)
                blocks.append(Block(Role.TABLE, text, page=page.number, continues=False))
            continue
        heading = headings[index]
        if groups:
            was_heading, group = groups[-1]
            gap = row.bottom - group[-1].bottom
            if (
                heading
                and was_heading
                and gap <= 2.2 * stats.pitch  # the heading goes on on the next line
                and parse_marker(row.text) is None
                and row.size == group[-1].size
            ):
                group.append(row)
                continue
            if (
                not heading
                and not was_heading
                and not _starts_block(row, group[-1], gap, stats, margin, right)
            ):
                group.append(row)
                continue
        groups.append((heading, [row]))
    return blocks + [
        _block(heading, group, page.number, margin, words) for heading, group in groups
    ]


def _starts_block(
    row: Row, prev: Row, gap: float, stats: Stats, margin: float, right: float
) -> bool:
    if gap > 1.35 * stats.pitch or gap < 0:
        return True
    prev_short = prev.x1 < right - 0.08 * (right - margin)
    if parse_marker(row.text) is not None and (prev_short or ends_sentence(prev.text)):
        return True
    if _centred(row, margin, right) and _centred(prev, margin, right):
        return ends_sentence(prev.text)  # a centred title over two lines (typewriter: no bold)
    return row.x0 > margin + 8 and prev_short


def _centred(row: Row, margin: float, right: float) -> bool:
    """Tell whether a row is set centred, well inside both margins (a typewriter's title)."""
    middle = (margin + right) / 2
    inside = row.x0 > margin + 20 and row.x1 < right - 20
    return inside and abs((row.x0 + row.x1) / 2 - middle) <= 3


def _margin(rows: list[Row], stats: Stats, column: tuple[float, ...] = ()) -> float:
    """Return the left edge of the body text: the x where most body lines start (in a column
    of few lines, the column's left edge)."""
    counts = Counter(round(row.x0) for row in rows)
    if not counts:
        return column[0] if column else stats.margins[0] if stats.margins else 0.0
    best, count = counts.most_common(1)[0]
    if count < 3 and column:
        return column[0]
    if count < 3 and stats.margins:
        return min(stats.margins, key=lambda x: abs(x - best))
    return float(best)


def _block(heading: bool, rows: list[Row], page: int, margin: float, words: set[str]) -> Block:
    text = join_lines((row.text for row in rows), words)
    if heading:
        return Block(Role.HEADING, text, page=page, continues=False, size=rows[0].size)
    indented = rows[0].x0 > margin + 8
    starts = indented or parse_marker(text) is not None
    return Block(
        Role.BODY,
        text,
        page=page,
        continues=False if starts else None,
        indented=indented,
        first_x=rows[0].x0,
        last_x=rows[-1].x0,
    )


def _mark_page_top(blocks: list[Block], previous: Block | None) -> list[Block]:
    """Mark the page's first block as a continuation when it carries on the previous page.

    It does when it opens with no marker and starts at the margin, or at the
    indent where the previous page's text was running (a list entry). An
    indented first line starts a new paragraph (a resolution's preamble).
    """
    if not blocks or previous is None or previous.role is not Role.BODY:
        return blocks
    first = blocks[0]
    if first.role is not Role.BODY or parse_marker(first.text) is not None:
        return blocks
    running = abs(first.first_x - previous.last_x) < 2
    if not first.indented or running:
        blocks[0] = dataclasses.replace(first, continues=True)
    return blocks


def _table_goes_on(blocks: list[Block], page_blocks: list[Block]) -> list[Block]:
    """Join a table that opens the page to the table that ended the page before, when it goes
    on from it (no caption of its own, as many columns; the header rows it repeats dropped),
    and return the page's other blocks. A table over a page break had been two tables: the
    second cited as a "table 2" the document does not have."""
    above = next(
        (i for i in range(len(blocks) - 1, -1, -1) if blocks[i].role is not Role.FOOTNOTE), None
    )
    if not page_blocks or above is None or page_blocks[0].role is not Role.TABLE:
        return page_blocks
    table = blocks[above]
    if table.role is not Role.TABLE or not goes_on(table.text, page_blocks[0].text):
        return page_blocks
    blocks[above] = dataclasses.replace(table, text=joined(table.text, page_blocks[0].text))
    return page_blocks[1:]


def _last_text_block(blocks: list[Block]) -> Block | None:
    return next((b for b in reversed(blocks) if b.role is not Role.FOOTNOTE), None)


def _footnote_blocks(rows: list[Row], page: int, words: set[str]) -> list[Block]:
    notes: list[tuple[str | None, list[str]]] = []
    for row in rows:
        opening = footnote_opening(row.text.strip(), dotted=True)
        plain_ok = not notes or ends_sentence(notes[-1][1][-1])
        if opening and (not opening[0].isdigit() or _marked(row.text) or plain_ok):
            notes.append((opening[0], [opening[1]]))
        elif notes:
            notes[-1][1].append(row.text)
        else:
            notes.append((None, [row.text]))
    return [
        Block(Role.FOOTNOTE, join_lines(lines, words), page=page, mark=mark, continues=mark is None)
        for mark, lines in notes
    ]


def _marked(text: str) -> bool:
    """Return True when the row opens with a superscript or typewriter mark."""
    stripped = text.strip()
    return stripped[:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹" or stripped.split(" ", 1)[0].endswith("/")
