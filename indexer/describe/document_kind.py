"""The kinds of a document a query can name: a resolution, a working group's report, a
national report (``indexer/data/document_kinds.json``).

A query that names one ("what does the General Assembly resolution say about regional
security", "le rapport du groupe de travail sur la formation") asks about the documents of
that kind, and their paragraphs rank higher, as those of a document whose symbol a query
names do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..index.analysis import LANGUAGES, tokens
from ..resources import load
from ..textnorm import fold


@dataclass(frozen=True)
class _Kind:
    kind: str
    symbol: re.Pattern[str] | None
    titles: tuple[str, ...]  # folded
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (language, stems of a name)


@cache
def _kinds() -> tuple[_Kind, ...]:
    return tuple(
        _Kind(
            kind=entry["kind"],
            symbol=re.compile(entry["symbol"]) if "symbol" in entry else None,
            titles=tuple(fold(title.lower()) for title in entry.get("title", ())),
            names=tuple(
                (lang, stems)
                for lang in LANGUAGES
                for name in entry["named_by"][lang]
                if (stems := tuple(tokens(name, lang)))
            ),
        )
        for entry in load("document_kinds.json")["kinds"]
    )


@lru_cache(maxsize=1024)  # asked for every paragraph's row: a document's share one answer
def document_kinds(symbol: str, title: str | None) -> tuple[str, ...]:
    """Return the kinds of the document of ``symbol`` whose version has ``title``."""
    folded = fold((title or "").lower())
    return tuple(
        k.kind
        for k in _kinds()
        if (k.symbol is not None and k.symbol.search(symbol))
        or any(phrase in folded for phrase in k.titles)
    )


def document_kinds_named(text: str) -> tuple[str, ...]:
    """Return the kinds of documents a query names: a name's stems one after the other in
    the query read by that name's language, and not followed by a number."""
    read = {lang: tokens(text, lang) for lang in LANGUAGES}
    return tuple(
        k.kind for k in _kinds() if any(_names(read[lang], stems) for lang, stems in k.names)
    )


def _names(words: list[str], stems: tuple[str, ...]) -> bool:
    size = len(stems)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == stems:
            following = words[start + size] if start + size < len(words) else ""
            if not following.isdigit():
                return True
    return False
