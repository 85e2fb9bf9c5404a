"""Where a document's numbering starts again: annexes, acts set out in a report, articles.

An annex (a line ``Annex``, ``Annex II``, ``Annexe``) numbers its own
paragraphs; so does a resolution or decision a report sets out (``Resolution
5/2``, ``Décision 4/4``) and each article of an instrument (``Article 3``,
``Article premier``). These are the headings that open such a scope, the levels
they take in a section path, and the name their paragraphs are anchored under.
"""

from __future__ import annotations

import re

from . import anchors
from .markers import MarkerType, ends_sentence, parse_marker
from .models import Block, Role

# "Annex II", "ANNEXE", and the Spanish "Anexo" of a version the engine reads as written
ANNEX = re.compile(
    r"(?:ANNEXE?|Annexe?|ANEXO|Anexo)(?:\s+(?P<label>[IVXLC]{1,6}|\d{1,2}))?\s*[.:]?\s*(?:\n|$)"
)
ANNEX_LEVEL = 0  # an annex heading closes every heading of the body
ANNEX_TITLE_LEVEL = 0.5  # the annex's title ("Protocol to Prevent…"): over the annex's chapters
# "Chapter I", "CHAPITRE II": a top-level heading, as "I." is
CHAPTER = re.compile(r"(?:CHAPTER|Chapter|CHAPITRE|Chapitre)\s+(?:[IVXLC]{1,6}|\d{1,2})\b")
# "Resolution 4/1", "Décision 4/4": a text adopted by the body, set out in its report
ACT = re.compile(
    r"(?P<kind>[RrDd](?:ESOLUTION|ÉSOLUTION|esolution|ésolution|ECISION|ÉCISION|ecision|écision))"
    r"\s+(?P<number>\d{1,3}/\d{1,4})\s*\.?\s*$"
)
# "Article 3", "Article premier": an article of an instrument, numbering its own paragraphs
ARTICLE = re.compile(r"(?:Article|ARTICLE)\s+(?P<number>\d{1,3}|premier|PREMIER|1er)\s*\.?\s*$")
ACT_LEVEL = 3  # under "A. Resolutions", over the act's title
ACT_ANNEX_LEVEL = 4  # an act's annex: under the act, over the annex's title
SECTIONS = (MarkerType.ROMAN, MarkerType.UPPER)  # "II. …", "B. …": a chapter or section


def numbers_anew(blocks: list[Block], index: int) -> bool:
    """Tell whether what follows a heading numbers from 1, as an act a report sets out or an
    instrument's article does ("Resolution 5/2", "Article 3"); a paper that discusses the
    resolution or the article under such a heading numbers on."""
    opens = (ARTICLE, ANNEX, ACT, CHAPTER)
    for later in blocks[index + 1 :]:
        text = later.text.strip()
        marker = parse_marker(text)
        section = marker is not None and marker.type in SECTIONS
        if any(o.match(text) for o in opens) or (
            section and (later.role is Role.HEADING or _section_title(marker.rest))
        ):
            return True  # no numbered paragraph before the next scope, chapter or section
        if later.role is Role.FOOTNOTE or later.role is Role.HEADING:
            continue
        if marker and marker.type is MarkerType.DIGIT:
            return marker.number == 1
    return True


def _section_title(text: str) -> bool:
    """Tell whether the text after "II." is a section's title ("Introduction"), which a text
    file does not mark as a heading: short, with no sentence ended."""
    return len(text) <= 80 and not ends_sentence(text)


def scope_name(heading: re.Match, annex: str | None) -> str:
    """Return the name of the act or article a heading opens ("res5.2", "annexII.art3")."""
    if heading.re is ARTICLE:
        number = heading["number"]
        return anchors.article(int(number) if number.isdigit() else 1, annex)
    return anchors.act_name(heading["kind"], heading["number"])
