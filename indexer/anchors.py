"""Paragraph anchors: how a paragraph is named within its document version.

``32``: numbered paragraph 32. ``pp3``: the third unnumbered paragraph (a
resolution's preamble). ``annexII-3``: paragraph 3 of annex II (``annex-3`` in
an annex without a number); ``annexII-p1``: the annex's first unnumbered text.
``dec4.4-1``, ``res5.2-p2``: paragraph 1 of decision 4/4, the second
preambular paragraph of resolution 5/2, as a report sets them out;
``res5.1-annex-3``: paragraph 3 of the annex of resolution 5/1.
``art3-1``, ``art3-p1``: paragraph 1 and the first unnumbered text of article 3
of an instrument (a convention, a protocol, rules); ``annexII.art3-1`` when the
instrument is annex II of the document (a resolution adopting a protocol).
``table2``: the document's table 2 (its rows are not a paragraph); ``figure1``: its figure 1
(a chart, its labels read as a table's rows); ``box1``: its box 1 (a framed case study or
example, title and text).
Every module that writes or reads an anchor goes through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREAMBLE = "pp"
ANNEX = "annex"
TABLE = "table"
FIGURE = "figure"
BOX = "box"
# The anchors a URL may name (the web app's converter)
PATTERN = (
    r"(?:pp)?[0-9]{1,4}|annex(?:[IVXLC]{1,6}|[0-9]{1,2})?-p?[0-9]{1,4}"
    r"|(?:res|dec)[0-9]{1,3}\.[0-9]{1,4}(?:-annex(?:[IVXLC]{1,6}|[0-9]{1,2})?)?-p?[0-9]{1,4}"
    r"|(?:annex(?:[IVXLC]{1,6}|[0-9]{1,2})?\.)?art[0-9]{1,3}-p?[0-9]{1,4}"
    r"|table[0-9]{1,3}|figure[0-9]{1,3}|box[0-9]{1,3}"
)
_ANNEXED = re.compile(r"annex(?P<annex>[IVXLC]*|\d*)-(?:(?P<number>\d+)|p(?P<unnumbered>\d+))")
_ACTED = re.compile(
    r"(?P<act>(?:res|dec)\d+\.\d+(?:-annex(?:[IVXLC]+|\d+)?)?|(?:annex(?:[IVXLC]+|\d+)?\.)?art\d+)"
    r"-(?:(?P<number>\d+)|p(?P<unnumbered>\d+))"
)
# An act's name: an article may sit in an annex ("annexII.art3"), a resolution may have one
_ACT_NAME = re.compile(
    r"(?:annex(?P<outer>[IVXLC]*|\d*)\.)?(?P<kind>res|dec|art)(?P<number>[\d.]+)"
)
_KINDS = {"res": "resolution", "dec": "decision", "art": "article"}


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
    table: int | None = None  # a table: its number in the document
    figure: int | None = None  # a figure (a chart read as rows): its number in the document
    box: int | None = None  # a box: its number in the document

    @property
    def act_title(self) -> tuple[str, str] | None:
        """("resolution", "5/2"), ("decision", "4/4") or ("article", "3") for an act's
        paragraph."""
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


def article(number: int, annex: str | None = None) -> str:
    """Return the name an article's paragraphs are anchored under: "art3", or "annexII.art3"
    in annex II ("annex.art3" in an annex without a number)."""
    return f"art{number}" if annex is None else f"{ANNEX}{annex}.art{number}"


def is_article(act: str) -> bool:
    """Tell whether an act's name is an article's."""
    found = _ACT_NAME.match(act)
    return found is not None and found["kind"] == "art"


def act_title(act: str) -> tuple[str, str]:
    """Return ("resolution", "5/2"), ("decision", "4/4") or ("article", "3") for an act's
    name."""
    found = _ACT_NAME.match(act_base(act))
    if found is None:
        return "act", act
    return _KINDS[found["kind"]], found["number"].replace(".", "/")


def act_outer_annex(act: str) -> str | None:
    """Return the annex an article is in ("II"; "" for an annex without a number), or None."""
    found = _ACT_NAME.match(act)
    return found["outer"] if found is not None else None


def act_annex(act: str) -> str | None:
    """Return the annex an act's name points into ("" for "Annex", "II"), or None."""
    return act.split("-annex", 1)[1] if "-annex" in act else None


def numbered(number: int) -> str:
    return str(number)


def preamble(ordinal: int) -> str:
    return f"{PREAMBLE}{ordinal}"


def table(number: int) -> str:
    return f"{TABLE}{number}"


def figure(number: int) -> str:
    return f"{FIGURE}{number}"


def box(number: int) -> str:
    return f"{BOX}{number}"


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
    if anchor.startswith(TABLE) and anchor[len(TABLE) :].isdigit():
        return Anchor(table=int(anchor[len(TABLE) :]))
    if anchor.startswith(FIGURE) and anchor[len(FIGURE) :].isdigit():
        return Anchor(figure=int(anchor[len(FIGURE) :]))
    if anchor.startswith(BOX) and anchor[len(BOX) :].isdigit():
        return Anchor(box=int(anchor[len(BOX) :]))
    if found := _ANNEXED.fullmatch(anchor):
        number = int(found["number"]) if found["number"] else None
        return Anchor(annex=found["annex"], annexed=number)
    if found := _ACTED.fullmatch(anchor):
        number = int(found["number"]) if found["number"] else None
        unnumbered = int(found["unnumbered"]) if found["unnumbered"] else None
        return Anchor(act=found["act"], in_act=number, act_preamble=unnumbered)
    return Anchor()
