"""Small text normalisations shared by the description stages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes as typed, pasted or read from OCR layers: typographic, modifier letter, turned,
# grave and acute accents, prime
APOSTROPHE_MARKS = "’ʼ‘`´′"
APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHE_MARKS, "'"))
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
WORD = re.compile(r"[a-z0-9]+")


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
