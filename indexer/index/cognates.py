"""French forms of a query's English words of Latin origin: ``necessary`` → ``nécessaire``.

The French chain already meets many English words, whose stems are the French ones
(``protection``, ``exploitation``); those whose endings differ in French (``-ity``/``-ité``,
``-ary``/``-aire``, ``-tor``/``-teur``, ``-ical``/``-ique``, ``-ous``/``-eux``) reached the
French paragraphs only through the lexicon. The endings are data
(``indexer/data/cognates.json``). A form is only an extra look-up, at query time.
"""

from __future__ import annotations

from functools import cache

from ..resources import load


@cache
def _endings() -> tuple[int, tuple[tuple[str, str], ...], frozenset[str]]:
    data = load("cognates.json")
    ordered = sorted((tuple(pair) for pair in data["endings"]), key=lambda p: -len(p[0]))
    return data["min_stem"], tuple(ordered), frozenset(data["exceptions"])


def french_forms(word: str) -> list[str]:
    """Return the French forms of an English ``word`` by its ending (none if none fits)."""
    lower = word.lower()
    if not lower.isascii() or not lower.isalpha():
        return []
    min_stem, endings, exceptions = _endings()
    if lower in exceptions:
        return []
    for english, french in endings:
        if lower.endswith(english) and len(lower) - len(english) >= min_stem:
            return [lower[: -len(english)] + french]
    return []
