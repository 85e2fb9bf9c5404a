"""Addresses of documents and paragraphs as people type them: the language and the anchor in
any case (``/FR/32``, ``/en/PP3``, as the pages show preambular paragraphs), and their form.

Symbols were read in any case and anchors and languages were not: ``/api/paragraphs/A/RES/
48/161/en/PP3`` and ``…/FR/32`` were 404s. Both are redirected to their canonical address.
"""

from __future__ import annotations

import re

from indexer import anchors
from indexer.resources import load

_ANCHOR = re.compile(anchors.PATTERN)
_ANNEX_NUMBER = re.compile(r"annex([ivxlc]+)(?=[-.])")  # annexes are numbered in capitals


def languages() -> tuple[str, ...]:
    """Return the language codes a document version may have (the six official ones)."""
    return tuple(load("labels.json")["lang"])


def canonical_language(text: str) -> str | None:
    """Return the language code ``text`` writes in any case ("FR" → "fr"), or None."""
    return text.lower() if text.lower() in languages() else None


def canonical_anchor(text: str) -> str | None:
    """Return the anchor ``text`` writes in any case ("PP3" → "pp3", "ANNEXII-3" →
    "annexII-3", "Table1" → "table1"), or None if it is no anchor."""
    fixed = _ANNEX_NUMBER.sub(lambda found: f"annex{found[1].upper()}", text.lower())
    return fixed if _ANCHOR.fullmatch(fixed) else None


def canonical_tail(parts: list[str]) -> list[str]:
    """Return the segments of a ``/doc/<symbol>/<lang>[/<anchor>]`` path with the language and
    the anchor in their canonical case (the symbol is the page's to redirect)."""
    parts = list(parts)
    if len(parts) > 4 and canonical_language(parts[-2]) and canonical_anchor(parts[-1]):
        parts[-2:] = [canonical_language(parts[-2]), canonical_anchor(parts[-1])]
    elif len(parts) > 3 and canonical_language(parts[-1]):
        parts[-1] = canonical_language(parts[-1])
    return parts
