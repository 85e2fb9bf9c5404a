"""The kind of a paragraph: recommendation, deliberation, organization, introduction or other."""

from __future__ import annotations

from collections.abc import Sequence

from ..markers import parse_marker
from ..resources import load
from ..textnorm import fold

KINDS = ("recommendation", "deliberation", "organization", "introduction", "other")


def kind_of(section: Sequence[str]) -> str:
    """Return the kind given by the first heading (outermost first) that names one."""
    table = [
        (entry["kind"], [fold(k) for k in entry["keywords"]])
        for entry in load("kinds.json")["kinds"]
    ]
    for heading in section:
        marker = parse_marker(heading)
        title = fold(marker.rest if marker else heading)
        for kind, keywords in table:
            if any(keyword in title for keyword in keywords):
                return kind
    return "other"
