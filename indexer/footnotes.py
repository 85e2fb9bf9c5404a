"""Footnote reference marks in running text, and the marks that open footnotes.

Extraction renders raised digits as Unicode superscripts (``travail⁶,``), the
typewriter layout writes marks as ``1/`` inside the line, and some
extractions glue plain digits to the end of a sentence (``rights.12``). All
three are removed from the words and returned as references.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
CUT = "\x00"  # stands where a mark was removed, until the gap is closed
TO_PLAIN = str.maketrans(SUPERSCRIPTS, "0123456789")

# "travail⁶," / "organisée², " / "judiciaire⁸, ⁹." (several marks in a row)
SUPERSCRIPT_REF = re.compile(rf"[{SUPERSCRIPTS}]+(?:[ ,]*[{SUPERSCRIPTS}]+)*")

# Typewriter marks: "on 7 August 1987, 1/ and" or "1992 3/," — a number and a
# slash standing alone (never "47/118", never "5/1" inside a symbol).
TYPEWRITER_REF = re.compile(r"(?<=[\w,.;:)\"”’]) (\d{1,2})/(?=[\s,.;:)]|$)")

# "rights.12 The" — digits glued after a sentence's full stop. Only applied to
# marks known to exist as footnotes of the document (see strip_glued_refs).
GLUED_REF = re.compile(r"(?<=[a-zà-ÿ)\"”’»]{3}[.,;:])(\d{1,3})(?=\s|$)")

# A footnote opens with its mark: "⁴ CTOC/…", "12 Anti-Slavery…", "1/ A/42/521…", "* Le présent…",
# "*CTOC/…" (LaTeX sets a note's mark raised, with no space after it: a raised star stays a star)
FOOTNOTE_OPENING = re.compile(
    rf"""^(?:
        (?P<sup>[{SUPERSCRIPTS}]{{1,3}})\s*
      | (?P<slash>\d{{1,3}})/\s+
      | (?P<star>\*{{1,3}})(?:\s+|(?=[^\s*]))
      | (?P<plain>\d{{1,3}})\s+(?=\S)
    )""",
    re.VERBOSE,
)
# A note numbered as French typography numbers notes ("1. Nations Unies…": babel's french sets
# the marks of the notes at a page's foot as plain numbers followed by a period); read only
# among the notes under a separator, where "1." opens no paragraph
DOTTED_OPENING = re.compile(r"^(?P<plain>\d{1,3})\.\s+(?=\S)")


# A cover's reference mark: "Item 2 of the provisional agenda*", "RESOLUTION 5/1 *"
STAR_REF = re.compile(r"(?<!\*)\*{1,3}(?!\*)")


def star_refs(texts: Iterable[str]) -> frozenset[str]:
    """Return the star marks (``*``, ``**``) that ``texts`` (a cover's rows) reference."""
    return frozenset(mark for text in texts for mark in STAR_REF.findall(text))


def strip_refs(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove superscript and typewriter reference marks; return text and marks."""
    marks: list[str] = []

    def take_superscripts(match: re.Match[str]) -> str:
        marks.extend(re.findall(rf"[{SUPERSCRIPTS}]+", match.group(0)))
        return CUT

    def take_typewriter(match: re.Match[str]) -> str:
        marks.append(match.group(1))
        return CUT

    text = SUPERSCRIPT_REF.sub(take_superscripts, text)
    text = TYPEWRITER_REF.sub(take_typewriter, text)
    plain = tuple(mark.translate(TO_PLAIN) for mark in marks)
    return _tidy(text), plain


def strip_glued_refs(text: str, known: set[str]) -> tuple[str, tuple[str, ...]]:
    """Remove plain-digit marks glued after punctuation when they name known footnotes."""
    marks: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match.group(1) in known:
            marks.append(match.group(1))
            return ""
        return match.group(0)

    return GLUED_REF.sub(take, text), tuple(marks)


def strip_loose_ref(text: str, mark: str) -> tuple[str, bool]:
    """Remove a plain-digit mark left after a closing quote (``parlementaires" 15;``)."""
    pattern = re.compile(rf"(?<=[\"”»’])\s?{re.escape(mark)}(?=[;,.:)]|\s)")
    new, count = pattern.subn("", text, count=1)
    return new, bool(count)


def footnote_opening(text: str, dotted: bool = False) -> tuple[str, str] | None:
    """Return ``(mark, rest)`` when ``text`` opens a footnote, else None; ``dotted``: a
    number followed by a period opens one too (the text is among a page's notes)."""
    match = FOOTNOTE_OPENING.match(text) or (DOTTED_OPENING.match(text) if dotted else None)
    if not match:
        return None
    mark = next(group for group in match.groupdict().values() if group)
    return mark.translate(TO_PLAIN), text[match.end() :].strip()


def _tidy(text: str) -> str:
    """Close the gaps the removed marks left, and only those."""
    if CUT in text:  # most texts had no mark
        text = re.sub(rf"\s*{CUT}+\s*(?=[,.;:)])", "", text)
        text = re.sub(rf"{CUT}+(\s?)", r"\1", text)
    if "  " in text:
        text = re.sub(r"  +", " ", text)
    return text.strip()
