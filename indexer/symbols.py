"""United Nations document symbols: find them in text, give them one canonical form.

A symbol is a series of slash-separated components: the body and series
(``CTOC/COP/WG.4``, ``A/HRC/WG.6/7``, ``A/RES``), then year, session and
document numbers, and suffixes such as ``Add.1``, ``Rev.2``, ``Corr.1``,
``L.21``, ``CRP.3`` or ``INF/2``. The same functions serve ingestion (reading
symbols off covers, headers and file names) and the search side.
"""

from __future__ import annotations

import re

# One component: "CTOC", "WG.4", "2010", "Add.1", "L.21", "INF", "ITA".
_COMPONENT = r"(?:[A-Z][A-Za-z]{0,7}\.?\d{0,3}|\d{1,5}(?:\.\d{1,3})?)"
SYMBOL = re.compile(
    rf"""
    (?<![\w/])
    (?P<symbol>
        [A-Z]{{1,6}}                 # body: A, E, S, CTOC, CCPR …
        (?:/{_COMPONENT}){{1,9}}     # series, numbers and suffixes
    )
    (?![\w/])
    """,
    re.VERBOSE,
)
SUFFIXES = {"ADD": "Add", "REV": "Rev", "CORR": "Corr", "AMEND": "Amend", "SUMMARY": "Summary"}
LANG_SUFFIX = re.compile(r"[._-](?P<lang>[a-z]{2})$")


def find_symbols(text: str) -> list[str]:
    """Return the canonical symbols found in ``text``, in order, without duplicates."""
    found: list[str] = []
    for match in SYMBOL.finditer(text):
        symbol = canonical(match.group("symbol"))
        if any(ch.isdigit() for ch in symbol) and symbol not in found:
            found.append(symbol)
    return found


def canonical(symbol: str) -> str:
    """Return the canonical spelling: upper-case series, ``Add.1``-style suffixes, no spaces."""
    parts = [part for part in re.split(r"\s*/\s*", symbol.strip()) if part]
    return "/".join(_canonical_part(part) for part in parts)


def _canonical_part(part: str) -> str:
    match = re.fullmatch(r"([A-Za-z]+)\.?(\d*)", part)
    if match and match.group(1).upper() in SUFFIXES and match.group(2):
        return f"{SUFFIXES[match.group(1).upper()]}.{match.group(2)}"
    return part.upper()


def from_filename(name: str) -> tuple[str | None, str | None]:
    """Guess ``(symbol, lang)`` from a file name such as ``CTOC-COP-WG.4-2010-6.fr.txt``."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    lang = None
    match = LANG_SUFFIX.search(stem)
    if match:
        lang, stem = match.group("lang"), stem[: match.start()]
    candidate = canonical(re.sub(r"[-_]", "/", stem))
    symbols = find_symbols(candidate)
    return (symbols[0] if symbols and symbols[0] == candidate else None), lang
