"""The language a typed citation is written in, when its words say it ("par. 32", "al. b)").

A citation typed with French abbreviations (``A/HRC/WG.6/7/ITA/1, par. 32``) says that its
reader reads French, whatever the interface's language: it opens the French version where
the collection has both. Only French words count: English ones ("para.", "paragraph") are
how citations are written in every language's literature, and the interface's language stays
the better guess for them. A language named explicitly (``… (en)``, a language filter, the
API's ``lang``) wins over the words; the callers keep that order.
"""

from __future__ import annotations

import re

from . import resources
from .citation_patterns import words

_FRENCH = re.compile(
    rf"(?<![\w./])(?i:{words(resources.load('citations.json')['citations']['french_words'])})"
    r"(?![\w/])"
)


def typed_language(text: str) -> str | None:
    """Return "fr" when a typed citation uses words that only French writes ("par. 32",
    "paragraphe 32", "al. b)", "note de bas de page 9", "chapitre IV"); None otherwise."""
    return "fr" if _FRENCH.search(text or "") else None
