"""Build a UN-layout rendering spec of the WG.4 report from its hand-checked gold paragraphs."""

from __future__ import annotations

import json
import pathlib
from typing import Any

from indexer.markers import LEVELS, UNMARKED_LEVEL, parse_marker

GOLD = pathlib.Path(__file__).parent.parent / "fixtures" / "gold" / "CTOC-COP-WG.4-2010-6.fr.jsonl"

COVER = {
    "organization": "Nations Unies",
    "distribution": "Distr. générale",
    "date": "17 février 2010",
    "language": "Français",
    "original": "Original: anglais",
    "body_lines": [
        "Conférence des Parties à la Convention des Nations Unies",
        "contre la criminalité transnationale organisée",
        "Groupe de travail sur la traite des personnes",
    ],
    "meeting_lines": ["Vienne, 27-29 janvier 2010"],
    "title": "Rapport sur la réunion du Groupe de travail sur la traite des personnes "
    "tenue à Vienne du 27 au 29 janvier 2010",
}


def gold_records() -> list[dict[str, Any]]:
    """Return the 115 gold paragraphs of CTOC/COP/WG.4/2010/6 (French)."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def wg4_spec(toc: bool = False) -> dict[str, Any]:
    """Return a spec that renders the gold paragraphs in the UN layout."""
    blocks: list[dict[str, Any]] = []
    previous: list[str] = []
    for record in gold_records():
        section = record["section"]
        common = next(
            (i for i, (a, b) in enumerate(zip(previous, section, strict=False)) if a != b),
            min(len(previous), len(section)),
        )
        blocks += [_heading(title) for title in section[common:]]
        previous = section
        blocks.append(_paragraph(record))
    return {
        "symbol": "CTOC/COP/WG.4/2010/6",
        "job_number": "V.10-50943 (F)",
        "cover": COVER,
        "toc": toc,
        "blocks": blocks,
    }


def _heading(title: str) -> dict[str, Any]:
    marker = parse_marker(title)
    level = LEVELS.get(marker.type, UNMARKED_LEVEL) if marker else UNMARKED_LEVEL
    return {"type": "heading", "level": min(level, 3), "text": title}


def _paragraph(record: dict[str, Any]) -> dict[str, Any]:
    first, *items = record["text"].split("\n")
    notes = record["footnotes"]
    words = first.split(" ")
    for k, note in enumerate(notes):
        at = max(1, len(words) * (k + 1) // (len(notes) + 1))
        words[at - 1] = f"{words[at - 1]}[^{note['mark']}]"
    block: dict[str, Any] = {
        "type": "paragraph",
        "number": record["paragraph"],
        "text": " ".join(words),
        "footnotes": notes,
    }
    if items:
        block["items"] = items
    return block
