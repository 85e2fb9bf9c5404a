"""French forms of a query's English words of Latin origin (``necessary`` → ``nécessaire``),
and English forms of its French words (``spécifiques`` → ``specific``).

The French chain already meets many English words, whose stems are the French ones
(``protection``, ``exploitation``); those whose endings differ in French (``-ity``/``-ité``,
``-ary``/``-aire``, ``-tor``/``-teur``, ``-ical``/``-ique``, ``-ous``/``-eux``) reached the
French paragraphs only through the lexicon. The endings are data
(``indexer/data/cognates.json``). A form is only an extra look-up, at query time.
"""

from __future__ import annotations

from functools import cache

from ..resources import load
from ..textnorm import fold


@cache
def _endings(key: str) -> tuple[tuple[str, str], ...]:
    pairs = (tuple(pair) for pair in load("cognates.json")[key])
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _settings() -> tuple[int, frozenset[str]]:
    data = load("cognates.json")
    return data["min_stem"], frozenset(data["exceptions"])


def french_forms(word: str) -> list[str]:
    """Return the French forms of an English ``word`` by its ending (none if none fits)."""
    return _forms(word.lower(), "endings")


def english_forms(word: str) -> list[str]:
    """Return the English forms of a French ``word`` by its ending (none if none fits)."""
    return _forms(fold(word.lower()), "french_endings")


def other_forms(word: str) -> list[tuple[str, str]]:
    """Return a query word's forms in the other language, as (language, form) pairs: French
    forms of an English word, English forms of a French one (a word may look like either)."""
    return [("fr", f) for f in french_forms(word)] + [("en", f) for f in english_forms(word)]


def _forms(word: str, key: str) -> list[str]:
    min_stem, exceptions = _settings()
    if not word.isascii() or not word.isalpha() or word in exceptions:
        return []
    for ending, other in _endings(key):
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return [word[: -len(ending)] + other]
    return []
