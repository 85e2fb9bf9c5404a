"""Dates as UN documents write them, in English and French, turned into ISO dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..textnorm import plain_letters

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}
MONTH = r"(?:[A-Za-zÀ-ÿ]{3,9})"
DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})\b"
)
# "27-29 January 2010", "du 27 au 29 janvier 2010", "les 27 et 29 janvier 2010",
# "from 27 to 29 January 2010", "27 January to 2 February 2010"
RANGE = re.compile(
    rf"""\b(?P<d1>\d{{1,2}})(?:er)?(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>\d{{4}}))?
        \s*(?:-|–|au|et|to|and)\s*
        (?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}})\b""",
    re.VERBOSE,
)


def month_number(name: str) -> int | None:
    """Return the month number of an English or French month name."""
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return MONTHS.get(folded)


def iso(day: int, month: int | None, year: int) -> str | None:
    """Return ``YYYY-MM-DD`` or None when the parts do not make a date."""
    if month is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """Return the first date written out in ``text`` as an ISO date ("1ᵉʳ octobre 2019" too:
    a PDF's font may map its raised letters to the modifier letters)."""
    for match in DATE.finditer(plain_letters(text)):
        found = iso(int(match["day"]), month_number(match["month"]), int(match["year"]))
        if found:
            return found
    return None


def find_range(text: str) -> tuple[str, str] | None:
    """Return the first date range (start, end) in ``text`` as ISO dates."""
    for match in RANGE.finditer(plain_letters(text)):
        year2, month2 = int(match["y2"]), month_number(match["m2"])
        month1 = month_number(match["m1"]) if match["m1"] else month2
        year1 = int(match["y1"]) if match["y1"] else year2
        start = iso(int(match["d1"]), month1, year1)
        end = iso(int(match["d2"]), month2, year2)
        if start and end and start <= end:
            return start, end
    return None
