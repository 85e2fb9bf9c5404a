"""The kind of a paragraph: recommendation, deliberation, organization, introduction, adopted
(a resolution or decision a report sets out, and the chapter that gives them) or other."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from ..index.analysis import LANGUAGES, tokens
from ..markers import parse_marker
from ..resources import load
from ..textnorm import fold

KINDS = ("recommendation", "deliberation", "organization", "introduction", "adopted", "other")


@cache
def _table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return (kind, folded keywords) pairs from ``indexer/data/kinds.json``, in order."""
    entries = load("kinds.json")["kinds"]
    return tuple((e["kind"], tuple(fold(k) for k in e["keywords"])) for e in entries)


def kind_of(section: Sequence[str]) -> str:
    """Return the kind given by the first heading (outermost first) that names one."""
    for heading in section:
        kind = _heading_kind(heading)
        if kind is not None:
            return kind
    return "other"


@lru_cache(maxsize=4096)  # a document's paragraphs share a few headings
def _heading_kind(heading: str) -> str | None:
    """Return the kind ``heading`` names, or None."""
    marker = parse_marker(heading)
    title = fold(marker.rest if marker else heading)
    for kind, keywords in _table():
        if any(keyword in title for keyword in keywords):
            return kind
    return None


@cache
def _names() -> tuple[tuple[str, frozenset[tuple[str, str]]], ...]:
    """Return (kind, {(lang, stem)}) for the kinds a query can name, from ``named_by``."""
    return tuple(
        (
            entry["kind"],
            frozenset(
                (lang, stem)
                for lang in LANGUAGES
                for word in entry["named_by"][lang]
                for stem in tokens(word, lang)
            ),
        )
        for entry in load("kinds.json")["kinds"]
        if "named_by" in entry
    )


def kinds_named(text: str) -> tuple[str, ...]:
    """Return the kinds a query names ("recommendations on training": recommendation).

    The query is analysed by each language's chain, so any form of a word
    listed under ``named_by`` in ``kinds.json`` names its kind.
    """
    stems = {(lang, stem) for lang in LANGUAGES for stem in tokens(text, lang)}
    return tuple(kind for kind, names in _names() if names & stems)
