"""How a citation was read, carried to the page it opens (``?read=110-12``).

The citation reader notes what it read otherwise than written: a range written backwards or
shortened ("paras. 34-32", "paras. 110-12"), a range that is none ("3-3000"), recommendation
numbers taken for paragraph numbers. The search box sends the reader to the paragraphs, and
before, the notes stayed behind: the page said only which paragraphs it marked, and a reader
who meant something else was not told ("recommendation 5" opened paragraph 5 of the
introduction without a word).

The parameter carries what was written, not the note: a range as written (digits and one
dash) and the word ``recommendation``. The page reads the range again with the same reader
(:func:`indexer.citation_patterns.parse_numbers`) and says its note; so an address can only
make the page say what the reader would have said, never text of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.citation_patterns import parse_numbers
from indexer.citation_tokens import SUBITEMS_OF_SEVERAL
from indexer.typed_patterns import agenda_letter_note

from .params import N_, ParamError

PARAMETER = "read"
RECOMMENDATION = "recommendation"
RECOMMENDATION_NOTE = "recommendation numbers are read as paragraph numbers"
# an agenda item's sub-item read as the item, "1a" for "agenda item 1 (a)" (blind case list 13)
_AGENDA_LETTER = re.compile(
    r"agenda item (?P<item>\d{1,2}) \((?P<letter>[a-z])\) read as item \d{1,2}"
)
# sub-items beside several paragraphs, which are marked whole ("paras. 31 (b) and 32 (a)")
SUBITEMS = "subitems"
_ITEM = rf"(?:\d{{1,4}}-\d{{1,4}}|{RECOMMENDATION}|{SUBITEMS}|\d{{1,2}}[a-z])"
_VALUE = re.compile(rf"{_ITEM}(?:,{_ITEM}){{0,9}}")
# the reader's notes on a range, with the range as written
_RANGE_NOTE = re.compile(
    r"'(?P<written>\d{1,4}-\d{1,4})' (?:read as '\d{1,4}-\d{1,4}'|is not a range of paragraphs)"
)


def read_value(notes: Iterable[str]) -> str:
    """Return the ``read`` parameter for the notes of a resolved citation ("" when none is
    said on the page it opens)."""
    items = []
    for note in notes:
        if match := _RANGE_NOTE.fullmatch(note):
            items.append(match["written"])
        elif note == RECOMMENDATION_NOTE:
            items.append(RECOMMENDATION)
        elif note == SUBITEMS_OF_SEVERAL:
            items.append(SUBITEMS)
        elif match := _AGENDA_LETTER.fullmatch(note):
            items.append(f"{match['item']}{match['letter']}")
    return ",".join(dict.fromkeys(items[:10]))


def parse_read(value: str | None) -> tuple[str, ...]:
    """Return the items of a ``read`` parameter.

    Raises:
        ParamError: it is not ranges as written (``110-12``) or ``recommendation``.
    """
    if not value:
        return ()
    if not _VALUE.fullmatch(value):
        raise ParamError(
            PARAMETER,
            N_("%(name)s must be ranges such as 110-12, or recommendation"),
            plain=N_("The way the citation was read must be ranges such as 110-12."),
        )
    return tuple(dict.fromkeys(value.split(",")))


def notes(items: Iterable[str]) -> list[str]:
    """Return the reader's notes (English, as the search core writes them) on the items of a
    ``read`` parameter; a range read as written has none."""
    said = []
    for item in items:
        if item == RECOMMENDATION:
            said.append(RECOMMENDATION_NOTE)
        elif item == SUBITEMS:
            said.append(SUBITEMS_OF_SEVERAL)
        elif item[-1].isalpha():  # "1a": agenda item 1 (a), read as item 1
            said.append(agenda_letter_note(int(item[:-1]), item[-1]))
        else:
            said += parse_numbers(item)[1]
    return said


def recommendation(items: Iterable[str]) -> bool:
    """Tell whether the citation named recommendations, read as paragraphs."""
    return RECOMMENDATION in items
