"""The adopted agenda of a meeting, and the agenda item each paragraph falls under."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..markers import MarkerType, parse_marker
from ..models import AgendaItem, Draft
from ..resources import load
from ..textnorm import content_words, fold

MIN_OVERLAP = 0.5  # share of a heading's content words that an agenda title must contain


def _patterns(key: str) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load("agenda.json")[key]]


def find_agenda(drafts: Sequence[Draft]) -> tuple[tuple[AgendaItem, ...], dict[str, int]]:
    """Return the adopted agenda's items and a map from sub-item titles to item numbers."""
    adoption = _patterns("adoption")
    for draft in drafts:
        lead = fold(draft.parts[0]) if draft.parts else ""
        if any(p.search(lead) for p in adoption) and len(draft.parts) > 1:
            return _items(draft.parts[1:])
    return (), {}


def _items(parts: Sequence[str]) -> tuple[tuple[AgendaItem, ...], dict[str, int]]:
    items: list[AgendaItem] = []
    subs: dict[str, int] = {}
    for part in parts:
        marker = parse_marker(part)
        if marker and marker.type is MarkerType.DIGIT and marker.number:
            items.append(AgendaItem(marker.number, _title(marker.rest)))
        elif marker and marker.type is MarkerType.LOWER and items:
            subs[_title(marker.rest)] = items[-1].number
        elif marker is None and items:  # an item whose number extraction lost
            items.append(AgendaItem(items[-1].number + 1, _title(part)))
    return tuple(items), subs


def _title(text: str) -> str:
    return text.strip().rstrip(".;:,").strip()


def item_for(draft: Draft, agenda: Sequence[AgendaItem], subs: dict[str, int]) -> AgendaItem | None:
    """Return the agenda item a paragraph falls under, from its headings or its text."""
    if not agenda:
        return None
    by_number = {item.number: item for item in agenda}
    for heading in reversed(draft.section):
        number = _match_heading(heading, agenda, subs)
        if number is not None:
            return by_number[number]
    mentioned = _mentions(draft.text) & set(by_number)
    if len(mentioned) == 1:
        return by_number[mentioned.pop()]
    return None


def _match_heading(heading: str, agenda: Sequence[AgendaItem], subs: dict[str, int]) -> int | None:
    marker = parse_marker(heading)
    words = content_words(marker.rest if marker else heading)
    if not words:
        return None
    titles = [(item.title, item.number) for item in agenda] + list(subs.items())
    scored = sorted(
        ((len(words & content_words(title)) / len(words), number) for title, number in titles),
        reverse=True,
    )
    best, number = scored[0]
    runner_up = next((score for score, n in scored[1:] if n != number), 0.0)
    return number if best >= MIN_OVERLAP and best > runner_up else None


def _mentions(text: str) -> set[int]:
    folded = fold(text)
    return {int(m["number"]) for p in _patterns("mention") for m in p.finditer(folded)}
