"""Text drawn turned on a page: which quarter turn sets it upright, and what stays unread.

A landscape table or section in a portrait report is often drawn turned on its portrait page
(LaTeX's ``lscape`` and ``sidewaystable``, a word processor's rotated text box), with the
running header and footer upright; a page turned by a viewer (``/Rotate`` over upright
content) shows all its text sideways. Such text had been left out, as a margin note set
vertically is, without a word when the page had upright lines too. A page most of whose
characters run one way at a right angle to the page (up, down or upside down) is read turned
that way (``pdf.py`` reads it again with the page rotated), and the turned text left on a page
once read, away from its edges (where a portrait page's header and footer stand), is named in
a warning.

This module knows only each glyph's direction and position; ``pdf.py`` reads the page.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

MIN_TURNED = 20  # turned characters that make text, not a margin note's few letters
SLANT = 5.0  # a baseline this many degrees or less from a quarter turn runs that way
EDGE = 0.12  # the page's outer share on each side, where its header and footer stand


def quarter(a: float, b: float) -> int | None:
    """Return the direction of a baseline drawn along (a, b), in degrees counter-clockwise: 0
    (upright), 90 (reading upwards), 180 or 270; None when it is slanted."""
    angle = math.degrees(math.atan2(b, a)) % 360
    nearest = round(angle / 90) * 90
    if abs(angle - nearest) > SLANT:
        return None
    return nearest % 360


def turn_to_read(directions: Iterable[int | None]) -> int:
    """Return how far to turn a page (degrees clockwise, as ``/Rotate`` turns it) to read its
    text upright: the direction most of its characters run in, when at a right angle to the
    page, at least ``MIN_TURNED`` of them and more than run upright; otherwise 0."""
    counts = Counter(direction for direction in directions if direction is not None)
    upright = counts.pop(0, 0)
    if not counts:
        return 0
    direction, most = counts.most_common(1)[0]
    return direction if most >= MIN_TURNED and most > upright else 0


def inside(x: float, y: float, width: float, height: float) -> bool:
    """Tell whether a point stands in the page's body, away from its edges."""
    return EDGE * width <= x <= (1 - EDGE) * width and EDGE * height <= y <= (1 - EDGE) * height
