"""Paragraph anchors: how a paragraph is named within its document version.

``32``: numbered paragraph 32. ``pp3``: the third unnumbered paragraph (a
resolution's preamble). ``annexII-3``: paragraph 3 of annex II (``annex-3`` in
an annex without a number); ``annexII-p1``: the annex's first unnumbered text.
``dec4.4-1``, ``res5.2-p2``: paragraph 1 of decision 4/4, the second
preambular paragraph of resolution 5/2, as a report sets them out;
``res5.1-annex-3``: paragraph 3 of the annex of resolution 5/1.
Every module that writes or reads an anchor goes through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREAMBLE = "pp"
ANNEX = "annex"
# The anchors a URL may name (the web app's converter)
PATTERN = (
    r"(?:pp)?[0-9]{1,4}|annex(?:[IVXLC]{1,6}|[0-9]{1,2})?-p?[0-9]{1,4}"
    r"|(?:res|dec)[0-9]{1,3}\.[0-9]{1,4}(?:-annex(?:[IVXLC]{1,6}|[0-9]{1,2})?)?-p?[0-9]{1,4}"
)
_ANNEXED = re.compile(r"annex(?P<annex>[IVXLC]*|\d*)-(?:(?P<number>\d+)|p(?P<unnumbered>\d+))")
_ACTED = re.compile(
    r"(?P<act>(?:res|dec)\d+\.\d+(?:-annex(?:[IVXLC]+|\d+)?)?)-(?:(?P<number>\d+)|p(?P<unnumbered>\d+))"
)


@dataclass(frozen=True)
class Anchor:
    """What an anchor names; every field None for an anchor of no known form."""

    number: int | None = None  # a numbered paragraph of the body
    preamble: int | None = None  # the n-th unnumbered paragraph of the body
    annex: str | None = None  # the annex it is in ("" for an annex without a number)
    annexed: int | None = None  # its number in that annex (None: unnumbered text)
    act: str | None = None  # the resolution or decision it is in ("res5.2", "dec4.4")
    in_act: int | None = None  # its number in that act
    act_preamble: int | None = None  # or its ordinal among the act's unnumbered paragraphs

    @property
    def act_title(self) -> tuple[str, str] | None:
        """("resolution", "5/2") or ("decision", "4/4") for an act's paragraph."""
        return act_title(self.act) if self.act is not None else None

    @property
    def act_annex(self) -> str | None:
        """The annex of the act the paragraph is in ("" for "Annex", "II"), or None."""
        return act_annex(self.act) if self.act is not None else None


def act_name(kind: str, number: str) -> str:
    """Return the name an act's paragraphs are anchored under: ("Résolution", "5/2") → "res5.2",
    ("decision", "4/4") → "dec4.4"."""
    return ("res" if kind[:1] in "Rr" else "dec") + number.replace("/", ".")


def act_annexed(act: str, annex: str) -> str:
    """Return the name of an act's annex: "res5.1-annex" ("Annex"), "res5.1-annexII"."""
    return f"{act_base(act)}-annex{annex}"


def act_base(act: str) -> str:
    """Return the act itself, its annex aside ("res5.1-annex" → "res5.1")."""
    return act.split("-", 1)[0]


def act_title(act: str) -> tuple[str, str]:
    """Return ("resolution", "5/2") or ("decision", "4/4") for an act's name."""
    base = act_base(act)
    return ("resolution" if base.startswith("res") else "decision"), base[3:].replace(".", "/")


def act_annex(act: str) -> str | None:
    """Return the annex an act's name points into ("" for "Annex", "II"), or None."""
    return act.split("-annex", 1)[1] if "-annex" in act else None


def numbered(number: int) -> str:
    return str(number)


def preamble(ordinal: int) -> str:
    return f"{PREAMBLE}{ordinal}"


def annexed(annex: str, number: int | None = None, unnumbered: int | None = None) -> str:
    """Return the anchor of paragraph ``number`` (or of unnumbered text ``unnumbered``) of an
    annex."""
    own = str(number) if number is not None else f"p{unnumbered}"
    return f"{ANNEX}{annex}-{own}"


def in_act(act: str, number: int | None = None, unnumbered: int | None = None) -> str:
    """Return the anchor of paragraph ``number`` (or preambular paragraph ``unnumbered``) of a
    resolution or decision set out in a report (``act``: "res5.2", "dec4.4")."""
    own = str(number) if number is not None else f"p{unnumbered}"
    return f"{act}-{own}"


def parse(anchor: str) -> Anchor:
    if anchor.isdigit():
        return Anchor(number=int(anchor))
    if anchor.startswith(PREAMBLE) and anchor[len(PREAMBLE) :].isdigit():
        return Anchor(preamble=int(anchor[len(PREAMBLE) :]))
    if found := _ANNEXED.fullmatch(anchor):
        number = int(found["number"]) if found["number"] else None
        return Anchor(annex=found["annex"], annexed=number)
    if found := _ACTED.fullmatch(anchor):
        number = int(found["number"]) if found["number"] else None
        unnumbered = int(found["unnumbered"]) if found["unnumbered"] else None
        return Anchor(act=found["act"], in_act=number, act_preamble=unnumbered)
    return Anchor()
