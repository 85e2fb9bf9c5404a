"""Small text normalisations shared by the extraction and description stages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes as typed, pasted or read from OCR layers: typographic, modifier letter, turned,
# grave and acute accents, prime
APOSTROPHE_MARKS = "’ʼ‘`´′"
APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHE_MARKS, "'"))
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
# Word's default bullets are glyphs of its Symbol and Wingdings fonts, which the PDFs it makes
# (and LibreOffice's, for lists in those fonts) map to the private-use area: the bullet "•"
# and the square "▪" of a list's third level
SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪"})
WORD = re.compile(r"[a-z0-9]+")


def _superscript_letters() -> dict[int, str]:
    """Return the modifier letters that are superscript letters (ᵉ ʳ ˢ ᵗ ᵐ), each to its letter.

    Ordinals and titles typed with them ("1ᵉʳ octobre", "XXᵉ", "Mᵐᵉ") are written, in print,
    with raised letters, which the PDF reader and the text markup (``M^{me}``) make plain.
    The ordinal indicators ª and º are letters of their own, and superscript digits are
    footnote references: both stay.
    """
    blocks = ((0x02B0, 0x02FF), (0x1D2C, 0x1DBF), (0x2071, 0x209C), (0xA69C, 0xA69D))
    table: dict[int, str] = {}
    for start, end in blocks:
        for code in range(start, end + 1):
            plain = unicodedata.normalize("NFKC", chr(code))
            if unicodedata.decomposition(chr(code)).startswith("<super>") and plain.isalpha():
                table[code] = plain
    return table


SUPERSCRIPT_LETTERS = _superscript_letters()


def plain_letters(text: str) -> str:
    """Write superscript (modifier) letters as plain letters: "1ᵉʳ" → "1er"."""
    return text.translate(SUPERSCRIPT_LETTERS)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, fold accents and ligatures, and unify apostrophes."""
    text = text.translate(APOSTROPHES).translate(LIGATURES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def content_words(text: str, minimum: int = 4) -> frozenset[str]:
    """Return the folded words of ``text`` at least ``minimum`` letters long, cut to 6 letters.

    Cutting words to their first six letters is a crude stemmer that is enough
    to match a heading with an agenda title across small wording changes.
    """
    return frozenset(word[:6] for word in WORD.findall(fold(text)) if len(word) >= minimum)
