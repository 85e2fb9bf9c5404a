"""Leading markers of headings, paragraphs and list items (``II.``, ``B.``, ``12.``, ``a)``).

UN documents number chapters with Roman numerals, sections with capital
letters, paragraphs (and sub-section headings) with Arabic numerals and
sub-items with lower-case letters. The marker alone cannot tell a paragraph
from a sub-heading: segmentation decides that from the numbering sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from .footnotes import SUPERSCRIPTS


class MarkerType(StrEnum):
    ROMAN = "roman"
    UPPER = "upper"
    DIGIT = "digit"
    LOWER = "lower"
    BULLET = "bullet"


MARKER = re.compile(
    r"""^(?:
        (?P<roman>[IVXL]{1,6})\.[ \t]+(?=\S)
      | (?P<upper>[A-LN-Z])\.[ \t]+(?=[A-ZÀ-Ý"«“])   # not "M." (Monsieur)
      | (?P<digit>\d{1,3})[ ]?\.(?:[ \t]+(?=\S)|$)   # "4 ." too: the period set apart
      | \(?(?P<lower>[a-z]|[ivx]{1,4})\)[ \t]+(?=\S)
      | (?P<bullet>[-–—•▪])[ \t]+(?=\S)
    )""",
    re.VERBOSE,
)

# A paragraph number in a form not taken for one: "1)", "(1)", or "1" then a tab (a space in a
# text file) before a capital. Some documents number their paragraphs so, but "1)" and "(1)"
# also open the items of a list inside a paragraph: segmentation does not read them as numbers,
# and ``untaken_numbers`` warns when they number most of a document's paragraphs.
UNTAKEN_NUMBER = re.compile(
    r"^(?:\((?P<both>\d{1,3})\)|(?P<paren>\d{1,3})\)|(?P<bare>\d{1,3})(?=[ \t]+[A-ZÀ-Ý]))[ \t]"
)
UNTAKEN_FORMS = {"both": "'(1)'", "paren": "'1)'", "bare": "'1' with no period"}

# Levels of the section path: a heading of level k closes every open heading of
# level k or deeper.
LEVELS = {
    MarkerType.ROMAN: 1,
    MarkerType.UPPER: 2,
    MarkerType.DIGIT: 3,
    MarkerType.LOWER: 4,
}
UNMARKED_LEVEL = 5

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass(frozen=True)
class Marker:
    type: MarkerType
    label: str  # as written, without the trailing dot: "II", "B", "12", "a"
    rest: str  # the text after the marker

    @property
    def number(self) -> int | None:
        """Return the marker's value for digits and Roman numerals."""
        if self.type is MarkerType.DIGIT:
            return int(self.label)
        if self.type is MarkerType.ROMAN:
            return roman_to_int(self.label)
        return None


def parse_marker(text: str) -> Marker | None:
    """Return the leading marker of ``text``, or None."""
    match = MARKER.match(text)
    if not match:
        return None
    kind = match.lastgroup
    assert kind is not None
    return Marker(MarkerType(kind), match.group(kind), text[match.end() :].strip())


def roman_to_int(label: str) -> int | None:
    """Convert a Roman numeral (I–LXXX) to an int; None when it is not one."""
    total, previous = 0, 0
    for char in reversed(label.upper()):
        value = ROMAN_VALUES.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total or None


PREAMBLE_OPENING = re.compile(  # the first word of a preambular paragraph, English or French
    r"^(?:[A-Z][a-z]+(?:ing|ed)|Aware|Mindful|Conscious|Deeply|Having|Bearing"
    r"|[A-ZÉ][a-zéèê]+ant|Consciente?|Convaincue?|Préoccupée?|Profondément|Se|Ayant)\b"
)


# The line closing a resolution ("85th plenary meeting", "85e séance plénière"), then its date:
# set to the right in print, where the PDF reader takes it out of the text (pdf_layout._is_aside)
PLENARY = re.compile(
    r"^\d{1,3}(?:st|nd|rd|th|e|re)\s{1,3}(?i:plenary\s{1,3}meeting|séance\s{1,3}plénière)$"
)


def ends_sentence(text: str) -> bool:
    """Return True when ``text`` ends like a finished sentence or list entry."""
    stripped = text.rstrip(" \t*" + SUPERSCRIPTS)  # "… persons.¹": a footnote mark after the stop
    return bool(stripped) and stripped[-1] in '.!?;:…»"”)]'


# The line that opens a corrigendum's corrections, under its cover
CORRIGENDUM = re.compile(r"^\s*(?:Corrigendum|Rectificatif|CORRIGENDUM|RECTIFICATIF)\s*$")
TITLE_LINE = 60  # characters: at most this long, a title standing alone ("Background")


def title_line(text: str) -> bool:
    """Return True for a line that may be a title standing alone over unnumbered text:
    short, capitalised, unpunctuated, unmarked, not a clause cut short, not a table's row."""
    text = text.strip()
    return (
        len(text) <= TITLE_LINE
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(",")
        and not ends_open(text)
        and parse_marker(text) is None
        and sum(ch.isdigit() for ch in text) < len(text) / 4  # not a table's row: "Asia 7 511"
    )


OPEN_ENDINGS = frozenset(  # words no title ends with: its sentence goes on (English, French)
    (
        "a an and by for in of on or the to with "  # English
        "à au aux d de des du en et la le les ou par pour sur"  # French
    ).split()
)


def ends_open(text: str) -> bool:
    """Return True when ``text`` ends with a word that calls for more ("… the President of")."""
    words = text.split()
    return bool(words) and words[-1].lower() in OPEN_ENDINGS


SUMMARY = re.compile(r"^(?:Executive summary|Summary|Abstract|Résumé(?: analytique)?)$", re.I)


# The heading of an agenda item's list of documents, in annotations (English and French alike)
DOCUMENTATION = re.compile(r"^Documentation$")


def is_summary(heading: str) -> bool:
    """Return True for the heading of a document's summary ("Summary", "Résumé")."""
    return SUMMARY.match(heading.strip()) is not None


def untaken_numbers(openings: list[str], paragraphs: int) -> str | None:
    """Return a warning when most of a document's ``paragraphs`` are unnumbered ones whose
    ``openings`` (their first lines) start with a number in a form not taken for one, counting
    on (1, 2, 3…); None otherwise. Before, "1) At its meeting…" stayed in the text of a
    paragraph anchored pp1, with no warning."""
    found = [match for match in map(UNTAKEN_NUMBER.match, openings) if match]
    if len(found) < 3 or len(found) <= paragraphs / 2:
        return None
    numbers = [int(match[match.lastgroup or ""]) for match in found]
    counting = sum(after == before + 1 for before, after in pairwise(numbers))
    if counting < 0.8 * (len(numbers) - 1):
        return None
    forms = sorted({UNTAKEN_FORMS[match.lastgroup or ""] for match in found})
    return (
        f"{len(found)} of the {paragraphs} paragraphs open with a number written "
        f"{' or '.join(forms)}, not '1.': it is not read as a paragraph number, and they are "
        "indexed unnumbered (pp1, pp2…) — check the numbering"
    )
