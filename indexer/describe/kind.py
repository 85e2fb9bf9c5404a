"""The kind of a paragraph: recommendation, deliberation, organization, introduction, adopted
(a resolution or decision a report sets out, and the chapter that gives them) or other."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

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
        marker = parse_marker(heading)
        title = fold(marker.rest if marker else heading)
        for kind, keywords in _table():
            if any(keyword in title for keyword in keywords):
                return kind
    return "other"
