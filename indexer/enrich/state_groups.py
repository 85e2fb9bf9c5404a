"""Groups of States a search query names: "Gulf States", "pays d'Afrique de l'Ouest", "SIDS".

Documents name States one by one ("le Qatar", "les Émirats arabes unis"), seldom
the group, so a query naming a group finds little through its words; the search
core reads the group as its members (see ``indexer.index.querybuild``). The
groups, their names in both languages and their members are data
(``indexer/data/states/groups.json``): UN M49 regions and lists, and common
groupings with their sources.

A name is matched without regard to case or accents, as a whole phrase; at each
place the longest name wins, an organization's name containing a group's
("Council of Europe", "Ligue des États arabes") names none, and a State's own name
("South Africa", "Afrique du Sud") is a State, not a group.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..resources import load
from ..textnorm import APOSTROPHE_MARKS, fold
from .states import query_state_mentions, state_label

_NAMES = "states/groups.json"


@dataclass(frozen=True)
class Group:
    """A group of States: its id, member codes and names in both languages (the data's
    labels document it)."""

    id: str
    members: tuple[str, ...]
    names: tuple[tuple[str, str], ...] = ()  # (language, name)

    def translations(self, typed: str) -> tuple[str, ...]:
        """Return the group's names in the languages other than that of ``typed``, one of
        its names, perhaps after words such as "pays de" ("Central America", "Central
        American States"… for "pays d'Amérique centrale")."""
        folded = _fold(" ".join(typed.split()))
        typed_in = {lang for lang, name in self.names if folded.endswith(_fold(name))}
        return tuple(name for lang, name in self.names if lang not in typed_in)

    def named_members(self, lang: str, most: int = 8) -> str:
        """Return the members' short names in ``lang``, alphabetically, the first ``most`` of
        them and how many more: "Bahrain, Kuwait, …", "Algeria, Angola, … and 46 more"."""
        names = sorted((state_label(code, lang) for code in self.members), key=fold)
        if len(names) <= most:
            return ", ".join(names)
        more = len(names) - most
        rest = f"et {more} autres" if lang == "fr" else f"and {more} more"
        return f"{', '.join(names[:most])} {rest}"


@dataclass(frozen=True)
class GroupMention:
    """A group named in a query: the group and the words naming it, as typed."""

    group: Group
    name: str
    start: int
    end: int


@cache
def groups() -> dict[str, Group]:
    """Return the groups of the data file by id."""
    return {
        entry["id"]: Group(
            entry["id"],
            tuple(entry["members"]),
            tuple((lang, name) for lang, names in entry["names"].items() for name in names),
        )
        for entry in load(_NAMES)["groups"]
    }


def _folded(char: str) -> str:
    """Fold one character to one: lower case, no accent, one apostrophe (positions hold)."""
    if char in APOSTROPHE_MARKS:
        return "'"
    base = unicodedata.normalize("NFD", char.lower())[:1]
    return base or char


def _fold(text: str) -> str:
    return "".join(_folded(char) for char in text)


@cache
def _matcher() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """Return one regex of every name and exclusion, longest first, and what each names."""
    data = load(_NAMES)
    named: dict[str, str | None] = {_fold(name): None for name in data["exclusions"]}
    for entry in data["groups"]:
        for names in entry["names"].values():
            for name in names:
                named.setdefault(_fold(name), entry["id"])
    forms = sorted(named, key=len, reverse=True)
    alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    return re.compile(rf"(?<![\w-])(?:{_LEAD})?(?P<name>{alternatives})(?![\w-])"), named


# "countries in the Balkans", "States of Africa", "pays des Caraïbes": the words before a
# group's name that say "its States" belong to the name (they are no more written than it)
_LEAD = (
    r"(?:countries|states|nations|governments)\s+(?:in|of|from)\s+(?:the\s+)?"
    r"|(?:pays|etats|nations|gouvernements)\s+(?:d'|de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+)"
)


@lru_cache(maxsize=256)
def organizations_naming(name: str) -> tuple[str, ...]:
    """Return the organizations' names (the data's exclusions) that hold ``name``: "États
    arabes" is written in "Ligue des États arabes", which names no group."""
    words = f" {_fold(' '.join(name.split()))} "
    return tuple(
        organization
        for organization in load(_NAMES)["exclusions"]
        if words in f" {_fold(organization)} "
    )


@lru_cache(maxsize=256)
def query_groups(text: str) -> tuple[GroupMention, ...]:
    """Return the groups of States ``text`` names, in order, each once (its first mention)."""
    found: dict[str, GroupMention] = {}
    for mention in group_mentions(text):
        found.setdefault(mention.group.id, mention)
    return tuple(found.values())


@lru_cache(maxsize=256)
def group_mentions(text: str) -> tuple[GroupMention, ...]:
    """Return every mention of a group of States in ``text``, in order.

    Not a name inside a State's own ("South Africa", "République centrafricaine"), nor
    inside an organization's ("Council of Europe", "League of Arab States").
    """
    regex, named = _matcher()
    states = query_state_mentions(text)
    found: list[GroupMention] = []
    for match in regex.finditer(_fold(text)):
        group_id = named[" ".join(match["name"].split())]
        if group_id is None:  # an exclusion
            continue
        if any(s.start < match.end() and match.start() < s.end for s in states):
            continue
        start, end = match.span()
        found.append(GroupMention(groups()[group_id], text[start:end], start, end))
    return tuple(found)
