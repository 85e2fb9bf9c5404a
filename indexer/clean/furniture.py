"""Recognise page furniture: running headers and footers, the cover block, the table of contents.

Roles are decided from where a row sits on the page and whether it repeats
from page to page, never from one document's coordinates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from ..markers import MarkerType, parse_marker
from ..models import Page, Row
from ..symbols import canonical, find_symbols

BAND = 0.12  # share of the page height at top and bottom where furniture lives
MAX_HEADER_WORDS = 8  # a repeated band row longer than this is prose, not a running header

FURNITURE = re.compile(
    r"""^(?:
        (?:Page|page|Pág\.|p\.)\s*\d{1,4}              # "Page 5"
      | [-–—]?\s*\d{1,4}\s*[-–—]?                      # "5", "- 5 -"
      | (?:\d{1,4}\s{1,6})?[A-Z]{1,3}\.?\s?\d{2}[-–]\d{4,6}\b.*  # "GE.09-17088 (F)", "2 V.12-57071"
      | (?:\d{1,4}\s{1,6})?\d{2}-\d{5}\b.*              # "93-12345 (E)", "2 00-55910"
      | /\.\.\.                                        # typewriter "continued" mark
      | \*\d{5,}\*                                     # bar-code text
      | (?:Please\ recycle|Merci\ de\ recycler).*
    )$""",
    re.VERBOSE,
)
# A job number alone on its line ("GE.09-17088 (F)", "V.16-05123", "93-12345 (E)" and the
# bar-code text after it): never text, wherever a reading order puts it on the page
JOB_NUMBER = re.compile(
    r"^(?:[A-Z]{1,3}\.?\s?)?\d{2}[-–]\d{5,6}(?:\s{1,3}\([A-Z]\))?(?:\s{1,6}\*\d{5,}\*)?$"
)
TOC_TITLE = re.compile(
    r"^(?:contents|table des matières|sommaire|índice)(?:\s*\((?:continued|suite)\))?$",
    re.IGNORECASE,
)
LEADERS = re.compile(r"(?:\.\s?){5,}|…{2,}|_{5,}\s*\d")
MASTHEAD = re.compile(r"\bDistr\.|\bOriginal\s*:|United Nations|Nations Unies|UNITED\s+NATIONS")
# "The General Assembly,", and a body's full name: "The Conference of the Parties to the United
# Nations Convention against Transnational Organized Crime," (101 letters; 107 in French)
OPENER = re.compile(r"^(?:The|L['’]|La|Le|Les)\s?[^,.;:]{3,160},$")
SEPARATOR_TEXT = re.compile(r"^_{5,}$")


def repeated_texts(pages: Sequence[Page]) -> set[str]:
    """Return the normalised texts that recur in the header or footer band of several pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {shape(row.text) for row in page.rows if in_band(row, page)}
        counts.update(seen)
    threshold = max(2, round(0.3 * len(pages)))
    return {text for text, count in counts.items() if count >= threshold and text}


def shape(text: str) -> str:
    """Return a line's text with its digits as #: what repeats from page to page."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def in_band(row: Row, page: Page) -> bool:
    """Return True when the row lies in the top or bottom band of the page."""
    return row.top < BAND * page.height or row.bottom > (1 - BAND) * page.height


def is_furniture(row: Row, page: Page, repeated: set[str], symbols: Collection[str] = ()) -> bool:
    """Return True for a running header or footer row.

    Args:
        symbols: the document's own symbols (as its cover prints them): a header
            row holding only one of them is furniture even on the only body page.
    """
    if not in_band(row, page):
        return False
    text = row.text.strip()
    if FURNITURE.match(text) or (shape(text) in repeated and _short(text)):
        return True
    return bool(symbols) and canonical(text) in symbols


def _short(text: str) -> bool:
    """Return True for a row short enough to be a running header (a symbol, a title, a page).

    A line of prose that happens to open two pages of a short document is body text.
    """
    return len(text.split()) <= MAX_HEADER_WORDS


def cover_symbols(pages: Sequence[Page]) -> set[str]:
    """Return the document symbols a UN cover page prints in its masthead (top band)."""
    if not pages or not has_masthead(pages[0]):
        return set()
    cover = pages[0]
    return {
        symbol for row in cover.rows if in_band(row, cover) for symbol in find_symbols(row.text)
    }


def has_masthead(page: Page) -> bool:
    """Return True when the page carries a UN cover masthead (Distr., Original:, …)."""
    return any(MASTHEAD.search(row.text) for row in page.rows[:25])


def cover_end(rows: Sequence[Row]) -> int:
    """Return the index of the first row of body text on a cover page (len(rows) if none)."""
    for index, row in enumerate(rows):
        text = row.text.strip()
        if OPENER.match(text):
            return index
        marker = parse_marker(text)
        if marker is None:
            continue
        if marker.type is MarkerType.ROMAN and marker.number == 1:
            return index
        if marker.type is MarkerType.DIGIT and marker.number == 1 and len(marker.rest) > 20:
            return index
    return len(rows)


def toc_rows(page: Page) -> set[int]:
    """Return the indexes of the rows that belong to a table of contents on this page."""
    rows = page.rows
    titled = [i for i, row in enumerate(rows) if TOC_TITLE.match(row.text.strip())]
    leaders = [i for i, row in enumerate(rows) if LEADERS.search(row.text)]
    if not titled and (len(leaders) < 3 or len(leaders) < 0.25 * len(rows)):
        return set()
    first = min(titled + leaders)
    last = max(leaders) if leaders else max(titled)
    found = set(range(first, last + 1))
    for index in range(last + 1, len(rows)):
        if len(rows[index].text.strip()) > 20:
            break
        found.add(index)
    return found
