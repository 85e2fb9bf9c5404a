"""Detect the language of a text with langdetect, deterministically.

langdetect is randomised; a fixed seed makes the same text always give the
same answer. Detection is restricted to the languages the corpus holds.
"""

from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0
LANGUAGES = ("en", "fr")
SAMPLE = 5000  # characters: enough for a stable answer, cheap on long documents


def detect(text: str, allowed: tuple[str, ...] = LANGUAGES) -> str | None:
    """Return the most probable of the ``allowed`` languages for ``text``, or None."""
    sample = text[:SAMPLE]
    if len(sample.strip()) < 20:
        return None
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return None
    ranked = [g for g in guesses if g.lang in allowed]
    return max(ranked, key=lambda g: g.prob).lang if ranked else None
