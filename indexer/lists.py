"""Numbered lists that are not paragraphs: an agenda set out as a list.

A document of annotations opens with its provisional agenda, items numbered from 1, before
its own paragraphs numbered from 1; a report adopts its agenda inside a paragraph. These
helpers tell the segmenter (:mod:`indexer.segment`) when numbered lines are such a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .markers import MarkerType, parse_marker
from .resources import load
from .textnorm import content_words, fold

if TYPE_CHECKING:
    from .segment import Unit

LIST_ITEM_WORDS = 20  # a numbered line this short may be an item of a list (an agenda)
AGENDA_ITEM_WORDS = 60  # the longest item of an agenda set out under its own heading


def agenda_heading(text: str) -> bool:
    """Tell whether a heading is that of an agenda set out as a list ("Provisional agenda",
    "Ordre du jour provisoire"), as a document of annotations opens."""
    marker = parse_marker(text)
    title = fold(marker.rest if marker else text).strip(" .:")
    return any(re.search(pattern, title) for pattern in load("agenda.json")["list_heading"])


def agenda_item(text: str, marker, last: int) -> bool:
    """Tell whether a line under an agenda's heading is one of its items: the next number of a
    list counting from 1, or a lettered sub-item of one ("(a) Opening of the meeting")."""
    if marker is None or len(text.split()) > AGENDA_ITEM_WORDS:
        return False
    if marker.type is MarkerType.DIGIT:
        return marker.number == last + 1
    return marker.type is MarkerType.LOWER and last > 0


def unlist(units: list[Unit], scope: int, act: str | None = None) -> bool:
    """Turn the numbered units of the scope into one unnumbered list, when they read as one.

    They do when they count from 1, every block from the first of them on is a
    short line (an item, a sub-item, a heading; an agenda's long titles when a
    later heading takes up its first item) and a heading closes them: the
    provisional agenda that opens a document of annotations, whose paragraphs
    then start again at 1. An agenda inside a paragraph ("adopted the following
    agenda: 1. …") does not count from the paragraph numbers' start and has no
    heading after it. Returns whether it did.
    """
    numbered = [
        i for i in range(scope, len(units)) if units[i].kind == "numbered" and units[i].act == act
    ]
    if not numbered or units[numbered[0]].number != 1:
        return False
    run = units[numbered[0] :]
    longest = AGENDA_ITEM_WORDS if _taken_up(units, numbered) else LIST_ITEM_WORDS
    if any(u.kind == "start" or len(u.text.split()) > longest for u in run):
        return False
    if not any(u.kind == "heading" for u in units[numbered[-1] :]):
        return False
    for offset, index in enumerate(numbered):
        unit = units[index]
        unit.kind, unit.number, unit.text = ("sub", None, unit.block.text.strip())
        if offset == 0:
            unit.kind, unit.strong = "start", True
    return True


def _taken_up(units: list[Unit], numbered: list[int]) -> bool:
    """Tell whether a heading after the numbered units repeats the first one's number and title
    ("1. Organizational matters" over the annotations of the agenda's "1. Organizational
    matters:"): the units are an agenda, whose items may be long titles."""
    first = units[numbered[0]]
    title = content_words(first.text)
    for unit in units[numbered[-1] + 1 :]:
        marker = parse_marker(unit.text) if unit.kind == "heading" else None
        if marker and marker.number == first.number and content_words(marker.rest) == title:
            return True
    return False
