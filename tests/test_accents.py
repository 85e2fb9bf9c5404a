"""Accents drawn as glyphs of their own over a letter (indexer/extract/accents.py); the TeX
PDFs in tests/test_tex.py read through it."""

from __future__ import annotations

from indexer.extract.accents import drawn_accents


def test_an_accent_drawn_over_the_next_letter_is_that_letter_s():
    """GIVEN "Cˆote" as TeX's OT1 sets "Côte": the circumflex drawn first, over the "o" WHEN
    read THEN the circumflex is the "o"'s."""
    glyphs = [(0.0, 7.0, "C"), (8.0, 11.0, "ˆ"), (7.0, 12.0, "o"), (12.0, 16.0, "t")]
    assert drawn_accents(glyphs) == {1: ("\u0302", 2)}


def test_a_cedilla_drawn_after_its_letter_is_that_letter_s():
    glyphs = [(0.0, 4.5, "c"), (1.0, 3.5, "¸"), (4.5, 9.0, "a")]
    assert drawn_accents(glyphs) == {1: ("\u0327", 0)}


def test_an_accent_standing_apart_is_left_as_it_is():
    """GIVEN a typed "^" or "~" between words, over no letter WHEN read THEN it stays."""
    glyphs = [(0.0, 5.0, "a"), (6.0, 10.0, "^"), (11.0, 16.0, "b"), (17.0, 21.0, "~")]
    assert drawn_accents(glyphs) == {}
