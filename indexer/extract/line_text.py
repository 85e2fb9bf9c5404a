"""One line of a PDF page as text: its characters read in order, cut into the cells of a
table row, with their words' positions.

pdfminer gives a line's characters as drawn; here they become what was typed: letter-spaced
text closed up, small capitals as lower case, a line-end hyphen joined to its word, an accent
drawn apart joined to its letter (``accents.py``), raised digits as superscripts
(``travail⁶``), ligatures written out, a label drawn as an unmapped glyph as a bullet; a
line drawn out of reading order is cut where it goes back. Read by ``pdf.py``.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from collections.abc import Iterator
from itertools import compress
from operator import not_

from pdfminer.layout import LTAnno, LTChar, LTComponent, LTTextLineHorizontal

from ..textnorm import SYMBOL_BULLETS
from .accents import COMBINING, drawn_accents

CELL_GAP = 1.8  # a gap wider than this many font sizes separates two cells of a table row
TRACKED = 0.08  # letters of a line this many font sizes apart (median gap): letter-spaced
WORD_GAP = 0.15  # on a letter-spaced line, a gap this much wider than the spacing is a space
MIN_TRACKED = 4  # letters a line needs before its spacing is judged
HYPHEN_GAP = 0.2  # a line-end hyphen closer than this many font sizes to a letter ends its word
HYPHENS = ("-", "‐")
# a raised character set this much of the text's size or less is a superscript: HTML's default
# <sup> (font-size: smaller) is 5/6 of it, and its marks had stayed digits ("Convention1")
SUPERSCRIPT = 0.86
SMALL_CAPS = (0.6, 0.85)  # small capitals' size, as a share of the capitals' size
# a letter this share of the largest letter's size or more is no small capital (above SMALL_CAPS)
SAME_SIZE = 0.95
EMPTY_SPACE = 0.02  # a space whose next character starts this close after it takes no room
BACKWARDS = 0.1  # a glyph ending this many font sizes past the last one's start: drawn back

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Typographic ligatures some PDFs draw as one glyph: written out, so that the text reads,
# quotes and copies as typed ("ﬁnancial" → "financial"); legacy Mac and Adobe fonts map fi
# and fl to the private-use U+F001 and U+F002
LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\uf001": "fi",
        "\uf002": "fl",
    }
)
Cell = tuple[str, tuple[float, float], tuple[tuple[str, float, float], ...]]  # text, x0-x1, words
BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi")
ITALIC_HINTS = ("italic", "oblique")


def in_drawing_order(line: LTTextLineHorizontal) -> list[Part]:
    """Cut a line where its characters go back to the left: the parts of a line drawn out of
    reading order, which the row puts in order by position (one part, the whole line, when it
    is drawn in order).

    pdfminer keeps a line's characters in the order they are drawn. Chromium draws a
    heading's generated number (CSS ``::before`` set in the margin) after the heading's
    text, and the row read "Opening of the meetingA."; any producer may draw a line's
    pieces in another order than they are read.
    """
    whole = Part(list(line), extent=(line.x0, line.x1))
    if not whole.backwards:
        return [whole]
    bounds = [0, *whole.backwards, len(whole.items)]
    return [Part(whole.items[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


class Part:
    """A line's characters, or some of them, iterated as a line's are, with their extent.

    Each character's text, which items are glyphs (``is_glyph``) and which glyphs are upright
    (``horizontal``) are read once here, for every step that reads the part: the page's turn,
    its turned text, its fonts, the line's text and cells.

    ``texts``: each item's text; ``flags``: each item's ``is_glyph``; ``glyphs``, ``upright``,
    ``turned``: its glyphs, all of them, the upright ones and the others, with the texts of
    the first two in ``glyph_texts`` and ``upright_texts``; ``backwards``: the indices of the
    glyphs drawn back to the left of the glyph before them (where ``in_drawing_order`` cuts a
    line); ``extent``: the line's (x0, x1), for a whole line (a part's is its glyphs').
    """

    __slots__ = (
        "items",
        "texts",
        "flags",
        "glyphs",
        "glyph_texts",
        "upright",
        "upright_texts",
        "turned",
        "backwards",
        "x0",
        "x1",
    )

    def __init__(self, items: list, extent: tuple[float, float] | None = None) -> None:
        self.items = items
        # a line's items are its characters (LTChar) and pdfminer's spaces (LTAnno)
        self.texts = texts = [item.get_text() for item in items]
        self.flags = flags = [
            not text.isspace() and isinstance(item, LTChar)
            for item, text in zip(items, texts, strict=True)
        ]
        self.glyphs = glyphs = list(compress(items, flags))
        self.glyph_texts = list(compress(texts, flags))
        # horizontal(), written out
        self.upright = [
            g for g in glyphs if (m := g.matrix)[0] > 0 and m[3] > 0 and abs(m[1]) <= 0.1 * m[0]
        ]
        if len(self.upright) == len(glyphs):  # most lines: no glyph turned
            self.upright_texts = self.glyph_texts
            self.turned = []
        else:
            self.upright_texts = [
                text for g, text in zip(glyphs, self.glyph_texts, strict=True) if horizontal(g)
            ]
            self.turned = [g for g in glyphs if not horizontal(g)]
        self.backwards = []
        last_x0 = None
        for index, item in enumerate(items):
            if not flags[index]:
                continue
            if last_x0 is not None and item.x1 <= last_x0 + BACKWARDS * item.size:
                self.backwards.append(index)
            last_x0 = item.x0
        if extent is None:
            extent = (
                min((g.x0 for g in glyphs), default=0.0),
                max((g.x1 for g in glyphs), default=0.0),
            )
        self.x0, self.x1 = extent

    def __iter__(self) -> Iterator:
        return iter(self.items)


def line_piece(line: Part) -> dict | None:
    """Turn one pdfminer line (a part of one, or all of it: ``in_drawing_order``) into text
    plus the facts a row needs."""
    chars = line.upright
    if not chars:
        return None
    texts = line.upright_texts
    drawn_sizes = {c.size for c in chars}  # a line has few: each is rounded once
    rounded = {size: round(size, 1) for size in drawn_sizes}
    sizes = [rounded[c.size] for c in chars]
    small_caps: frozenset[int] = frozenset()
    if min(drawn_sizes) <= SAME_SIZE * max(drawn_sizes):  # else none is a small capital
        small_caps = small_capitals(chars, texts)
    if small_caps:  # the line's size is its capitals', not its small capitals'
        sizes = [
            max(sizes) if id(c) in small_caps else size
            for c, size in zip(chars, sizes, strict=True)
        ]
    if not small_caps and len(set(rounded.values())) == 1:  # one size: most lines
        normal = sizes[0]
        ys = sorted([c.y0 for c in chars])
    else:
        normal = statistics.mode(sizes)
        ys = sorted([c.y0 for c, size in zip(chars, sizes, strict=True) if size == normal])
    # the median of the baselines at that size (statistics.median, written out)
    middle = len(ys) // 2
    base = ys[middle] if len(ys) % 2 else (ys[middle - 1] + ys[middle]) / 2
    cells = _cells(line, normal, base, small_caps)
    text = " ".join([cell for cell, _, _ in cells])
    if not text:
        return None
    bold, italic = _line_style(chars, texts, sizes, 0.8 * normal)
    return {
        "text": text,
        "cells": len(cells),
        "cell_texts": tuple(cell for cell, _, _ in cells),
        "cell_spans": tuple(span for _, span, _ in cells),
        "words": tuple(word for _, _, words in cells for word in words),
        "x0": line.x0,
        "x1": line.x1,
        "y": base,
        "top": base + normal,
        "bottom": base,
        "size": normal,
        "bold": bold,
        "italic": italic,
        "items": line.items,
        "glyphs": tuple([(c.x0, c.x1, char) for c, char in zip(chars, texts, strict=True)]),
    }


def _line_style(
    chars: list[LTChar], texts: list[str], sizes: list[float], least: float
) -> tuple[bool, bool]:
    """Tell whether a line is bold, and whether it is italic: four in five of its letters at
    least ``least`` in size are (``sizes``: the characters' sizes, ``texts``: their texts)."""
    fonts = {c.fontname for c in chars}
    if len(fonts) == 1 and min(sizes) >= least:  # one font, every letter counted: most lines
        is_bold, is_italic = _style(fonts.pop())
        letters = any(map(str.isalpha, texts))
        return letters and is_bold, letters and is_italic
    # the letters' styles, counted in one pass (_share's shares, written out)
    letters = bold = italic = 0
    style = _style
    for c, size, char in zip(chars, sizes, texts, strict=True):
        if size >= least and char.isalpha():
            is_bold, is_italic = style(c.fontname)
            letters += 1
            bold += is_bold
            italic += is_italic
    return letters > 0 and bold / letters >= 0.8, letters > 0 and italic / letters >= 0.8


def _cells(
    line: Part, normal: float, base: float, small_caps: frozenset = frozenset()
) -> list[Cell]:
    """Return the text, horizontal extent and words (text, x0, x1) of a line's runs of
    characters separated by gaps wider than CELL_GAP font sizes (the cells of a table row; one
    run for a line of prose).

    One pass over the line's items; what the helpers find (letter spacing, accents, a label,
    spaces to skip) is looked up by the item's id, and what no line needs is not looked up."""
    texts: list[str] = []
    xs: list[float] = []
    spans: list[list[float]] = []
    runs = [(texts, xs, spans)]
    spaced = True  # the text so far ends with a space: the next glyph starts a word
    glyphs = line.glyphs
    trackings = _run_trackings(line.upright, normal)  # only the letter-spaced glyphs
    tracking = None
    accented = _accented(glyphs, line.glyph_texts)  # by the accent's id: its combining form,
    # the letter's id
    marks: dict[int, str] = {}  # by the letter's id: its accents' combining forms
    for mark, letter in accented.values():
        marks[letter] = marks.get(letter, "") + mark
    label = _unmapped_label(glyphs, line.glyph_texts, normal)
    skipped = _hyphen_spaces(line, normal) | _empty_spaces(line, normal)
    skipped |= set(accented)
    turned = {id(glyph) for glyph in line.turned}
    cell_gap = CELL_GAP * normal
    word_gap = WORD_GAP * normal
    raised_size = SUPERSCRIPT * normal  # a raised digit this size or smaller: a superscript
    raised_y = base + 0.2 * normal
    last_x1: float | None = None  # where the last glyph kept ends
    typed_texts = _TYPED
    for item, drawn, glyph in zip(line.items, line.texts, line.flags, strict=True):
        if glyph:
            if turned and id(item) in turned:
                continue  # a turned character: a margin note set vertically, a rotated page
            if skipped and id(item) in skipped:
                continue
            x0 = item.x0
            x1 = item.x1
            tracking = trackings.get(id(item)) if trackings else None
            if last_x1 is not None:
                gap = x0 - last_x1
                if gap > cell_gap:
                    texts, xs, spans = [], [], []
                    runs.append((texts, xs, spans))
                    spaced = True
                elif tracking is not None and gap > tracking + word_gap:
                    texts.append(" ")
                    spaced = True
            xs.append(x0)
            xs.append(x1)
            if spaced:
                spans.append([x0, x1])
            elif x1 > spans[-1][1]:
                spans[-1][1] = x1
            last_x1 = x1
            char = True
        else:
            if tracking is not None and isinstance(item, LTAnno):
                continue  # pdfminer's spaces: on letter-spaced text, between every letter
            if skipped and id(item) in skipped:
                continue
            char = isinstance(item, LTChar)  # a character drawn as a blank: read below
            if isinstance(item, LTAnno):
                text = " " if drawn in (" ", "\n") else drawn
            elif not char:
                text = "•" if label is not None and id(item) == label else ""
        if char:  # a glyph, or a character drawn as a blank
            text = drawn
            if label is not None and id(item) == label:
                text = "•"
            elif item.size <= raised_size and item.y0 > raised_y and text.isdigit():
                text = text.translate(SUPERSCRIPT_DIGITS)
            else:
                typed = typed_texts.get(text)
                text = _typed(text) if typed is None else typed
        if small_caps and id(item) in small_caps:
            text = text.lower()
        if marks and id(item) in marks:
            text += marks[id(item)]
        texts.append(text)
        if text:
            spaced = text.isspace()
    cells = []
    for texts, xs, spans in runs:
        # composed: some fonts map "é" to "e" and a combining accent, or draw the accent apart
        words = unicodedata.normalize("NFC", "".join(texts)).split()
        if words and xs:
            placed = zip(words, spans, strict=True) if len(words) == len(spans) else ()
            cells.append(
                (" ".join(words), (min(xs), max(xs)), tuple((w, a, b) for w, (a, b) in placed))
            )
    return cells


UNMAPPED = re.compile(r"^\(cid:\d+\)$")
LABEL_GAP = 0.2  # font sizes: an item's label stands at least this far from its text


def _unmapped_label(glyphs: list[LTChar], texts: list[str], normal: float) -> int | None:
    """Return (by id) the glyph with no Unicode mapping that opens a line, apart from the
    text after it: a list item's bullet. LaTeX's default fonts draw ``\\textbullet`` from a
    bitmap (Type 3) font without one when the Type 1 fonts of its text companion are not
    installed (cm-super): the bullets were dropped, and an item at a column's top ran into
    the one before it. Read as "•"; unmapped glyphs elsewhere are dropped, with a warning.
    ``glyphs``: a line's glyphs, in order; ``texts``: theirs."""
    if len(glyphs) < 2 or not UNMAPPED.match(texts[0]):
        return None
    if glyphs[1].x0 - glyphs[0].x1 < LABEL_GAP * normal or not texts[1].isalnum():
        return None
    return id(glyphs[0])


def _accented(glyphs: list[LTChar], texts: list[str]) -> dict[int, tuple[str, int]]:
    """Return (by id) the accents drawn over or under a letter (OT1's ``\\^o``) among a line's
    glyphs (``texts``: theirs), each with its combining form and the letter's id (see
    ``accents.py``)."""
    if COMBINING.keys().isdisjoint(texts):
        return {}  # no accent drawn apart: most lines
    found = drawn_accents([(g.x0, g.x1, text) for g, text in zip(glyphs, texts, strict=True)])
    return {id(glyphs[a]): (mark, id(glyphs[letter])) for a, (mark, letter) in found.items()}


def _hyphen_spaces(line: Part, normal: float) -> set[int]:
    """Return (by id) pdfminer's spaces before a line-end hyphen that belongs to its word.

    Justified lines (LibreOffice Writer's) set the hyphen of a word broken at the line's end
    at the margin, up to an eighth of the font size after the word's last letter: past
    pdfminer's fixed word margin, which wrote "per - sonnes" and "Ar - gentine". A space
    between words is wider (a quarter of the font size or more).
    """
    items, texts, flags = line.items, line.texts, line.flags
    end = len(items)  # the hyphen's index, plus one
    while end and isinstance(items[end - 1], LTAnno):
        end -= 1  # the line's end
    if not end or not flags[end - 1] or texts[end - 1] not in HYPHENS:
        return set()
    word = end - 1  # the index of the word's last letter, plus one
    while word and isinstance(items[word - 1], LTAnno):
        word -= 1
    spaces = items[word : end - 1]
    if not spaces or not word or not flags[word - 1] or not texts[word - 1].isalpha():
        return set()
    if items[end - 1].x0 - items[word - 1].x1 >= HYPHEN_GAP * normal:
        return set()
    return {id(space) for space in spaces}


def small_capitals(chars: list[LTChar], texts: list[str] | None = None) -> frozenset[int]:
    """Return (by id) the small capitals of a line set in small capitals: lower-case letters.

    Word and Chromium set small capitals (CSS ``font-variant: small-caps``, without the font's
    own) as capitals in a smaller size, and the text layer holds capitals: "I. INTRODUCTION"
    for "I. Introduction". A line whose letters are all capitals, in two sizes on one
    baseline, the smaller from 0.6 to 0.85 of the larger, a word of it opening with a capital
    that smaller ones follow ("I" + "NTRODUCTION"), is so set; a line in capitals of one size
    (a title, an acronym), or of two sizes word by word ("UNITED NATIONS" beside a smaller
    "A/RES/48/161"), is left as it is. In a line of lower-case text, the words so set are
    (LaTeX's ``\\textsc`` in Times or Palatino, psnfss's small capitals being capitals made
    smaller: "Mme Ana María RUSSO" for "Ana María \\textsc{Russo}"); a word all of smaller
    capitals there (``\\textsc{unodc}``) is left in capitals, as it reads.

    ``chars``: a line's upright glyphs, in order; ``texts``: theirs (read from them when not
    given).
    """
    if texts is None:
        texts = [c.get_text() for c in chars]
    letters = [c for c, text in zip(chars, texts, strict=True) if text.isalpha()]
    if not letters:
        return frozenset()
    if not all(text.isupper() for text in texts if text.isalpha()):
        sizes = [c.size for c in letters]
        if min(sizes) > SMALL_CAPS[1] * max(sizes):
            return frozenset()  # no letter small enough beside another: most lines
        return _small_capital_words(chars, texts)
    large = max(c.size for c in letters)
    small = [c for c in letters if c.size < SAME_SIZE * large]
    if not small or len(small) == len(letters):
        return frozenset()
    if not all(SMALL_CAPS[0] * large <= c.size <= SMALL_CAPS[1] * large for c in small):
        return frozenset()
    bottom = statistics.median(c.y0 for c in letters if c not in small)
    if any(abs(c.y0 - bottom) > 0.15 * large for c in small):
        return frozenset()  # raised or lowered: no small capitals
    smaller = {id(c) for c in small}
    alpha = [text.isalpha() for text in texts]
    if not any(
        id(a) not in smaller and id(b) in smaller and b.x0 - a.x1 < 0.1 * large
        for a, b, a_letter, b_letter in zip(chars, chars[1:], alpha, alpha[1:], strict=False)
        if a_letter and b_letter
    ):
        return frozenset()  # no word opens with a capital over small ones: two sizes of text
    return frozenset(smaller)


def _small_capital_words(chars: list[LTChar], texts: list[str]) -> frozenset[int]:
    """Return (by id) the small capitals of the words of a line of lower-case text set in
    small capitals: a capital that capitals 0.6 to 0.85 its size follow, touching it, on its
    baseline ("R" + "USSO"). ``texts``: the characters' texts."""
    words: list[list[tuple[LTChar, str]]] = []
    before = None  # the character before, when a letter
    for char, text in zip(chars, texts, strict=True):
        if not text.isalpha():
            before = None
            continue
        if before is not None and char.x0 - before.x1 < 0.1 * before.size:
            words[-1].append((char, text))
        else:
            words.append([(char, text)])
        before = char
    found: set[int] = set()
    for (first, first_text), *rest in words:
        if not rest or not first_text.isupper():
            continue
        if all(
            text.isupper()
            and SMALL_CAPS[0] * first.size <= c.size <= SMALL_CAPS[1] * first.size
            and abs(c.y0 - first.y0) <= 0.15 * first.size
            for c, text in rest
        ):
            found.update(id(c) for c, _ in rest)
    return frozenset(found)


def _empty_spaces(line: Part, normal: float) -> set[int]:
    """Return (by id) the space characters that take no room: the next character starts where
    the space does.

    Chromium draws a soft hyphen (U+00AD) where the line does not break as a space glyph of
    no advance: "recom mendations", and "Trans ‐" where it breaks and draws the hyphen. A
    space that moves the pen on by nothing separates no words. A space after which the next
    word is drawn further back does separate two: an OCR text layer (Tesseract's, through
    OCRmyPDF) draws each word, with a space after it, stretched over the box the recognition
    found, and the boxes of two words may overlap ("METHODOLOGYAND" in a section path).
    """
    items, texts = line.items, line.texts
    least, most = -BACKWARDS * normal, EMPTY_SPACE * normal
    empty: set[int] = set()
    # a space drawn as a character is no glyph: only the items that are none (pdfminer's
    # spaces, mostly) are looked at, each space with the next character drawn after it
    for index in compress(range(len(items)), map(not_, line.flags)):
        space = items[index]
        if texts[index] != " " or not isinstance(space, LTChar):
            continue
        after = index + 1
        while after < len(items) and not isinstance(items[after], LTChar):
            after += 1
        if after < len(items) and least < items[after].x0 - space.x0 <= most:  # its room
            empty.add(id(space))
    return empty


def _run_trackings(glyphs: list[LTChar], normal: float) -> dict[int, float]:
    """Return (by id) each letter-spaced glyph's letter spacing: that of its run of characters
    (a cell), not of the whole line.

    A letter-spaced run beside plain text on one baseline (Chromium's masthead, a
    letter-spaced "Nations Unies" on the symbol's line) had been judged with the plain
    text, whose letters touch, and read "N a t i o n s U n i e s". ``glyphs``: a line's
    upright glyphs, in order. Plain text's glyphs (no spacing) are left out.
    """
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:], strict=False)]
    cell_gap = CELL_GAP * normal
    # each run's first glyph, and the end: a run's gaps are gaps[first : end - 1]
    firsts = [0, *(index + 1 for index, gap in enumerate(gaps) if gap > cell_gap), len(glyphs)]
    trackings = {}
    for first, end in zip(firsts, firsts[1:], strict=False):  # one median per run
        tracking = _tracking(end - first, gaps[first : end - 1], normal)
        if tracking is not None:
            trackings.update((id(glyph), tracking) for glyph in glyphs[first:end])
    return trackings


def _tracking(glyphs: int, gaps: list[float], normal: float) -> float | None:
    """Return the letter spacing of a letter-spaced (tracked) run, or None for plain text.

    Within a word of plain text each letter starts where the last one ends, so the median
    gap between a line's letters is about 0; headings and running headers set with extra
    space between letters (Tc) have it at that spacing, and pdfminer's fixed word margin
    wrote "R e c o m m e n d a t i o n s". On such a line a space is a gap wider than the
    letter spacing by WORD_GAP font sizes. ``glyphs``: how many glyphs the run has; ``gaps``:
    the gaps between them.
    """
    if glyphs < MIN_TRACKED:
        return None
    spacing = statistics.median(gaps)
    return spacing if spacing > TRACKED * normal else None


def is_glyph(item: LTComponent) -> bool:
    return isinstance(item, LTChar) and not item.get_text().isspace()


def horizontal(char: LTChar) -> bool:
    """Tell whether a character is set on a horizontal baseline, upright: not turned (a
    margin note set vertically, whose letters had joined the body's lines one by one; a page
    rotated for display, read as letter soup). Slanted letters (a synthetic italic's shear)
    are horizontal."""
    a, b, _, d = char.matrix[:4]
    return a > 0 and d > 0 and abs(b) <= 0.1 * a


_TYPED: dict[str, str] = {}  # a character's text as typed: ligatures written out, bullets


def _typed(text: str) -> str:
    """Return a character's text with its ligatures written out and symbol bullets as bullets
    (remembered: a document has few different characters)."""
    typed = _TYPED[text] = text.translate(LIGATURES).translate(SYMBOL_BULLETS)
    return typed


@functools.cache
def _style(fontname: str) -> tuple[bool, bool]:
    """Return (bold, italic) as the font's name tells them."""
    name = fontname.lower()
    return any(h in name for h in BOLD_HINTS), any(h in name for h in ITALIC_HINTS)
