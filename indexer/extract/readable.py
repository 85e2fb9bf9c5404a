"""Tell whether the text a PDF gives reads as words.

A font without a usable Unicode map (no ToUnicode, or a wrong one) gives pdfminer
codes that are no letters of the text: "B8 l( (0 P))( U W)I, a ). mE/P". Indexed,
they became paragraphs, section headings and a title of garbage, and the only warning
counted the few "(cid:N)" codes. Real text is made of words: each token, once its
punctuation is off, is parts (split at hyphens, apostrophes, slashes, dots) that are
numbers or letters written in lower case, Capitalised or in CAPITALS ("A/RES/48/161",
"GE.09-17088", "l'exploitation", "11º"). On the corpus and every probe, pages of real
text have 91 % of such tokens or more; pages of unmapped fonts 42–56 %, a page turned
upside down 75 %. The test needs no dictionary, so Spanish or Russian text passes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from ..errors import UnreadableTextError
from ..models import Page

MIN_TOKENS = 20  # fewer tokens are too few to judge (a cover's two lines)
MIN_SHARE = 0.8  # of tokens that read as words, for text that reads
ROW_SHARE = 0.75  # the same, for one line of a page that does not read
_EDGES = "()[]«»\"'“”‘’.,;:!?*¹²³⁴⁵⁶⁷⁸⁹⁰"
_PARTS = re.compile(r"[-‐‑–—'’./:,]")
_ORDINAL = re.compile(r"\d+[^\W\d_]{1,3}")  # 11º, 1er, 3rd


def readable_pages(pages: tuple[Page, ...]) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    """Return the pages without the lines that do not read, and warnings naming what was left
    out. On a page that does not read as words, only its lines that do stay (the cover's
    symbol; the body beside a bold font's garbage); when the bold text alone does not read
    (a bold font without a map gives the title and every heading as garbage), its lines that
    do not read go, on every page.

    Raises:
        UnreadableTextError: no line of the PDF reads as words.
    """
    unreadable = {p.number for p in pages if not reads_as_words(row.text for row in p.rows)}
    bold_garbled = not reads_as_words(row.text for p in pages for row in p.rows if row.bold)
    kept = tuple(
        replace(
            page,
            rows=tuple(
                row
                for row in page.rows
                if not (page.number in unreadable or bold_garbled and row.bold)
                or row_reads(row.text)
            ),
        )
        for page in pages
    )
    if (unreadable or bold_garbled) and not any(page.rows for page in kept):
        raise UnreadableTextError()
    warnings = []
    if bold_garbled:
        warnings.append(
            "the bold text (title, headings) does not read as words (a font without a Unicode "
            "map?): its lines were left out"
        )
    if unreadable:
        warnings.append(
            f"{pages_named(sorted(unreadable))}: text that does not read as words (a font "
            "without a Unicode map?) was left out"
        )
    return kept, tuple(warnings)


def pages_named(numbers: list[int]) -> str:
    """Return how a warning names pages: "page 2", "pages 1, 2"."""
    return f"page {numbers[0]}" if len(numbers) == 1 else "pages " + ", ".join(map(str, numbers))


def reads_as_words(texts: Iterable[str]) -> bool:
    """Tell whether ``texts`` read as words (True when there are too few tokens to judge)."""
    tokens = [token for text in texts for token in text.split()]
    if len(tokens) < MIN_TOKENS:
        return True
    return sum(map(_wordlike, tokens)) >= MIN_SHARE * len(tokens)


def row_reads(text: str) -> bool:
    """Tell whether one line of a page that does not read is a line of words all the same:
    most of its tokens read (the symbol on a cover, a body line beside garbage headings)."""
    tokens = text.split()
    return sum(map(_wordlike, tokens)) >= ROW_SHARE * len(tokens)


@functools.lru_cache(maxsize=65536)  # a document's tokens repeat: most are words of its language
def _wordlike(token: str) -> bool:
    if "(cid:" in token:
        return False
    core = token.strip(_EDGES)
    return all(_part(part) for part in _PARTS.split(core) if part)


def _part(part: str) -> bool:
    if part.isdigit() or _ORDINAL.fullmatch(part):
        return True
    return part.isalpha() and (part.islower() or part.isupper() or part.istitle())
