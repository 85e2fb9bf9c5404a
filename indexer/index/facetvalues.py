"""Facet values: what a user may write for them, and how they are labelled.

Agenda items are numbered per meeting: the agenda facet's values name the
session and the number (``CTOC/COP/WG.4/2010:4``), so item 4 of two meetings
are two values; a bare number (``agenda:4``, "agenda item 4") selects that item
of every session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..describe.kind import kinds_named
from ..enrich.state_groups import Group, group_mentions, groups
from ..enrich.states import find_states, known_states, query_states, state_label
from ..enrich.topics import query_topics, topic_ids, topic_label
from ..resources import load
from ..symbols import canonical, session_of
from ..textnorm import fold
from .analysis import LANGUAGES

AGENDA_SEPARATOR = ":"
AGENDA = re.compile(r"(?:(?P<session>[A-Za-z][A-Za-z0-9./-]{0,80}):)?(?P<number>\d{1,2})")


def agenda_value(symbol: str, number: int) -> str:
    """Return the agenda facet's value of item ``number`` of the session of ``symbol``."""
    return f"{session_of(symbol)}{AGENDA_SEPARATOR}{number}"


def agenda_number(value: str) -> str:
    """Return the item number of an agenda value ("CTOC/COP/WG.4/2010:4" → "4")."""
    return value.rpartition(AGENDA_SEPARATOR)[2]


def agenda_session(value: str) -> str:
    """Return the session of an agenda value ("" for a bare number)."""
    return value.rpartition(AGENDA_SEPARATOR)[0]


YEAR = r"(?:19|20)\d\d"
YEAR_RANGE = re.compile(
    rf"(?P<start>{YEAR})?\s*(?:\.\.|\s*[-–—]\s*|\s+(?i:to|à)\s+)\s*(?P<end>{YEAR})?"
)
YEAR_BOUND = re.compile(rf"(?P<op>[<>]=?)\s*(?P<year>{YEAR})")
RANGE = ".."  # a range of years: "2009..2011", "2010.." (from 2010), "..2009" (up to 2009)


def selects(name: str, wanted: str, value: str) -> bool:
    """Tell whether a selected (normalised) value ``wanted`` selects the facet value ``value``:
    the same value, or for the agenda a bare number and any session's item of that number; for
    the act a paragraph is in, an article ("art3") and that article of any annexed instrument
    ("annexII.art3"); for the year, a range and the years in it."""
    if wanted == value:
        return True
    if name == "act":
        return value.endswith(f".{wanted}")
    if name == "year" and RANGE in wanted:
        start, _, end = wanted.partition(RANGE)
        return value.isdigit() and int(start or 0) <= int(value) <= int(end or 9999)
    return name == "agenda" and AGENDA_SEPARATOR not in wanted and agenda_number(value) == wanted


def selects_any(name: str, wanted: Iterable[str], value: str) -> bool:
    """Tell whether any of the selected values ``wanted`` selects the facet value ``value``."""
    return any(selects(name, w, value) for w in wanted)


def normalise(name: str, value: str) -> str | None:
    """Return the indexed form of a facet value a user wrote, or None if it means nothing."""
    value = value.strip()
    if not value:
        return None
    if name == "state":
        return _state(value)
    if name == "topic":
        return _topic(value)
    if name == "lang":  # the six official languages of the UN, by code or name
        return _code(value, load("labels.json")["lang"])
    if name == "kind":  # a code or label, or a word naming it ("recommandations")
        named = kinds_named(value)
        return _code(value, load("labels.json")["kind"]) or (named[0] if named else None)
    if name == "year":
        return _year(value)
    if name == "agenda":
        found = AGENDA.fullmatch(value)
        if found is None:
            return None
        number = str(int(found["number"]))
        if not found["session"]:
            return number
        # the session in any case, as symbols are: "ctoc/cop/wg.4/2010:4" had selected nothing
        return f"{canonical(found['session'])}{AGENDA_SEPARATOR}{number}"
    if name == "symbol":
        return canonical(value)
    return None


@lru_cache(maxsize=1024)
def normalise_all(name: str, value: str) -> tuple[str, ...]:
    """Return the indexed values a value a user wrote selects: its one value, or the member
    States of a group of States given to the State facet ("state:"Gulf States"", "pays
    nordiques", "SIDS"), or none when it means nothing."""
    single = normalise(name, value)
    if single is not None:
        return (single,)
    group = state_group(value) if name == "state" else None
    return group.members if group is not None else ()


def state_group(value: str) -> Group | None:
    """Return the group of States ``value`` names as a whole (its name in either language,
    or its id in the data: "gulf", "sids"), or None. The facet's name is the name's head
    noun: "state:nordiques", "pays:nordiques" and "country:Nordic" are the "pays
    nordiques" and the "Nordic countries"."""
    value = " ".join(value.split())
    by_id = groups().get(value.lower())
    if by_id is not None:
        return by_id
    for name in (value, f"pays {value}", f"{value} countries", f"États {value}", f"{value} States"):
        mentions = group_mentions(name)
        if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(name)):
            return mentions[0].group
    return None


def label(name: str, value: str, ui_lang: str) -> str:
    """Return the label of a facet value in the interface language."""
    labels = load("labels.json")
    if name == "state":
        return state_label(value, ui_lang)
    if name == "topic":
        return topic_label(value, ui_lang)
    if name in ("lang", "kind"):
        return labels[name].get(value, {}).get(ui_lang, value)
    if name == "agenda":
        return labels["agenda"][ui_lang].format(number=agenda_number(value))
    if name == "year" and RANGE in value:  # "2009–2011", "≥ 2010", "≤ 2009"
        start, _, end = value.partition(RANGE)
        return f"{start}–{end}" if start and end else f"≥ {start}" if start else f"≤ {end}"
    return value


def _state(value: str) -> str | None:
    """A code ("NOR"), or a name in any case and language ("norway", "Norvège")."""
    if re.fullmatch(r"[A-Za-z]{3}", value) and value.upper() in known_states():
        return value.upper()  # "ita" as "ITA": codes are typed in lower case too
    if re.fullmatch(r"[A-Z]{3}", value):
        return None
    found = find_states(value) or query_states(value)
    return found[0] if found else None


def _year(value: str) -> str | None:
    """A year ("2010"), or a range: "2009..2011", "2009-2011", "2009 to 2011", ">2009",
    ">=2010", "<2011"; written canonically as "2009..2011", "2010..", "..2010"."""
    if re.fullmatch(YEAR, value):
        return value
    if bound := YEAR_BOUND.fullmatch(value):
        year, op = int(bound["year"]), bound["op"]
        start = year + (op == ">") if op.startswith(">") else None
        end = year - (op == "<") if op.startswith("<") else None
    elif (found := YEAR_RANGE.fullmatch(value)) and (found["start"] or found["end"]):
        if not (found["start"] and found["end"]) and RANGE not in value:
            return None  # "2010-": a dash needs both ends; "2010.." is from 2010
        start = int(found["start"]) if found["start"] else None
        end = int(found["end"]) if found["end"] else None
    else:
        return None
    if start is not None and end is not None:
        if start > end:
            return None
        if start == end:
            return str(start)
    return f"{start or ''}{RANGE}{end or ''}"


def _topic(value: str) -> str | None:
    """An id, a label, or words that the vocabulary reads as one topic ("travail forcé")."""
    wanted = fold(value)
    for topic in topic_ids():
        if wanted in (topic, fold(topic_label(topic, "en")), fold(topic_label(topic, "fr"))):
            return topic
    found = {topic for lang in LANGUAGES for topic in query_topics(value, lang)}
    return found.pop() if len(found) == 1 else None


def _code(value: str, table: dict[str, dict[str, str]]) -> str | None:
    wanted = fold(value)
    for code, names in table.items():
        if wanted == code or wanted in (fold(n) for n in names.values()):
            return code
    return None
