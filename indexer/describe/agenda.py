"""The adopted agenda of a meeting, and the agenda item each paragraph falls under."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..instruments import named_instruments
from ..markers import MarkerType, parse_marker
from ..models import AgendaItem, Draft
from ..resources import load
from ..textnorm import content_words, fold

ANNOTATED_ITEMS = 2  # items of a list that later headings must repeat for it to be the agenda
MIN_SIMILARITY = 0.4  # Jaccard similarity of content words between a heading and a title
MIN_CONTAINED = 0.75  # share of a short heading's words in a long title that names the item
CONTAINED_WORDS = 3  # a heading needs this many content words to be read as a title cut short
CONTAINED_WEIGHT = 0.9  # a title cut short counts a little less than the same words in full


def _patterns(key: str) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load("agenda.json")[key]]


def find_agenda(drafts: Sequence[Draft]) -> tuple[tuple[AgendaItem, ...], dict[str, int]]:
    """Return the agenda's items and a map from sub-item titles to item numbers.

    The agenda is the list after "adopted the following agenda" (a report), or
    else a list under a heading "Provisional agenda" (a document of
    annotations, whose own headings then name the items).
    """
    adoption = _patterns("adoption")
    for draft in drafts:
        lead = fold(draft.parts[0]) if draft.parts else ""
        if any(p.search(lead) for p in adoption) and len(draft.parts) > 1:
            return _items(draft.parts[1:])
    headings = _patterns("list_heading")
    for index, draft in enumerate(drafts):
        first = parse_marker(draft.parts[0]) if draft.parts else None
        if draft.number is None and first and first.type is MarkerType.DIGIT:
            marker = parse_marker(draft.section[-1]) if draft.section else None
            heading = fold(marker.rest if marker else (draft.section or ("",))[-1]).strip(" .:")
            if any(p.search(heading) for p in headings):
                return _items(draft.parts)
            found = _items(draft.parts)
            if _annotated(found[0], drafts[index + 1 :]):
                return found
    return (), {}


def _annotated(items: Sequence[AgendaItem], later: Sequence[Draft]) -> bool:
    """Tell whether a list is an agenda whose items the document's later headings take up one
    by one (annotations whose "Provisional agenda" heading the cover took for its title)."""
    if len(items) < ANNOTATED_ITEMS or items[0].number != 1:
        return False
    headings = {
        content_words(parse_marker(h).rest if parse_marker(h) else h)
        for draft in later
        for h in draft.section
    }
    titles = {content_words(item.title) for item in items}
    return len(titles & headings) >= ANNOTATED_ITEMS


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


def item_for(
    draft: Draft, agenda: Sequence[AgendaItem], subs: dict[str, int], kind: str = "other"
) -> AgendaItem | None:
    """Return the agenda item a paragraph falls under.

    From its section headings first; a paragraph about the organization of the
    meeting (attendance…) falls under the organizational item; otherwise an
    explicit mention ("agenda item 4", "point 4 de l'ordre du jour") decides.
    """
    if not agenda:
        return None
    by_number = {item.number: item for item in agenda}
    number = _match_section(draft.section, agenda, subs)
    if number is None and kind == "organization":
        number = _organizational_item(agenda)
    if number is None:
        mentioned = _mentions(draft.text) & set(by_number)
        number = mentioned.pop() if len(mentioned) == 1 else None
    return by_number.get(number) if number is not None else None


def _match_section(
    section: Sequence[str], agenda: Sequence[AgendaItem], subs: dict[str, int]
) -> int | None:
    """Return the item whose title best matches one of the section's headings.

    The best match over the whole path wins, not the deepest heading: a
    sub-heading such as "Victims of trafficking" shares words with many titles
    but resembles none of them as a whole. A heading may also give an item's long
    title cut short ("Implementation of the Trafficking in Persons Protocol" for item
    2, "Implementation, including at the national and regional levels, of the
    Protocol to Prevent…"): nearly all its words in one title count too.
    """
    named = [(item.title, item.number) for item in agenda] + list(subs.items())
    titles = [(_words(title), content_words(title), number) for title, number in named]
    best, found = 0.0, None
    for heading in section:
        marker = parse_marker(heading)
        text = marker.rest if marker else heading
        words, plain = _words(text), content_words(text)
        for title, plain_title, number in titles:
            score = max(_jaccard(words, title), _contained(plain, plain_title))
            if score > best:
                best, found = score, number
    return found if best >= MIN_SIMILARITY else None


def _words(text: str) -> frozenset[str]:
    """Return the content words of a heading or title, an instrument's name counting as one
    word: "Resolutions and decisions adopted by the Conference of the Parties to the United
    Nations Convention against Transnational Organized Crime" shared seven words with item 3,
    "Review of the implementation of the United Nations Convention against…", and took it.
    (A title cut short is still found by its plain words: :func:`_contained`.)"""
    text, instruments = named_instruments(text)
    return content_words(text) | {f"instrument:{name}" for name in instruments}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _contained(heading: set[str], title: set[str]) -> float:
    """Score a heading whose words are nearly all in a longer title (a title cut short)."""
    if len(heading) < CONTAINED_WORDS:
        return 0.0
    share = len(heading & title) / len(heading)
    return CONTAINED_WEIGHT * share if share >= MIN_CONTAINED else 0.0


def _organizational_item(agenda: Sequence[AgendaItem]) -> int | None:
    """Return the number of the agenda's organizational item ("Organizational matters")."""
    keywords = [fold(k) for k in load("agenda.json")["organizational"]]
    for item in agenda:
        if any(keyword in fold(item.title) for keyword in keywords):
            return item.number
    return None


def cover_item(texts: Sequence[str]) -> int | None:
    """Return the agenda item a cover names ("Item 2 of the provisional agenda", "Point 2 de
    l'ordre du jour provisoire"): a paper prepared for one item is about it throughout. None
    when the cover names no item or several."""
    found = set().union(*(_mentions(text) for text in texts)) if texts else set()
    return found.pop() if len(found) == 1 else None


def _mentions(text: str) -> set[int]:
    folded = fold(text)
    return {int(m["number"]) for p in _patterns("mention") for m in p.finditer(folded)}
