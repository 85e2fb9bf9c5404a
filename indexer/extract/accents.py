"""Accents drawn as glyphs of their own over (or under) a letter, read as accented letters.

Fonts without accented letters have them drawn in two glyphs: TeX's OT1 encoding (LaTeX's
default, with Computer Modern) has no "ô", and sets ``\\^o`` as the circumflex glyph drawn over
an "o"; the text layer holds the spacing accent beside the letter ("Cˆote d'Ivoire" named no
State). An accent whose middle lies within a neighbouring letter's extent is that letter's:
the combining accent goes after the letter, and the text is composed (NFC) afterwards. An
accent standing apart (a typed "^", "~" or "`") is left as it is.

This module knows only positions and characters; ``pdf.py`` gives it a line's glyphs.
"""

from __future__ import annotations

from collections.abc import Sequence

# spacing accents and their combining forms
COMBINING = {
    "`": "\u0300",
    "´": "\u0301",
    "ˆ": "\u0302",
    "^": "\u0302",
    "˜": "\u0303",
    "~": "\u0303",
    "¯": "\u0304",
    "˘": "\u0306",
    "˙": "\u0307",
    "¨": "\u0308",
    "˚": "\u030a",
    "˝": "\u030b",
    "ˇ": "\u030c",
    "¸": "\u0327",
    "˛": "\u0328",
}

Glyph = tuple[float, float, str]  # x0, x1 and the character


def drawn_accents(glyphs: Sequence[Glyph]) -> dict[int, tuple[str, int]]:
    """Return, for each accent drawn over or under a letter (by its index in ``glyphs``, a
    line's glyphs in drawing order), its combining form and the letter's index: the letter
    drawn after it (as TeX draws ``\\^o``) or before it."""
    found = {}
    for index, (x0, x1, char) in enumerate(glyphs):
        mark = COMBINING.get(char)
        if mark is None:
            continue
        middle = (x0 + x1) / 2
        for other in (index + 1, index - 1):
            if 0 <= other < len(glyphs):
                left, right, letter = glyphs[other]
                if letter.isalpha() and left < middle < right:
                    found[index] = (mark, other)
                    break
    return found
