"""Articles of treaties cited by name: "l'alinéa a) de l'article 3 du Protocole", "paragraph 3
of article 32 of the Organized Crime Convention".

Each such treaty is annexed to a UN document (the Protocol on trafficking in persons is
annex II of A/RES/55/25), so a citation of its article is a citation of that document,
named as the article's paragraphs are anchored there (``annexII.art3``, see
:func:`indexer.anchors.article`). The treaties, their names in English and French, and what
a bare "the Protocol" or "la Convention" means in a document series are data
(``indexer/data/instruments.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import anchors
from .citation_patterns import NUMBER_LIST, parse_numbers, words
from .resources import load

# After a bare "Protocol", "Convention": words that make it another instrument's name
_OTHER_INSTRUMENT = (
    r"(?!\s+(?:facultatif|optional|additional|additionnel|relatif|relative|to|against|on|for"
    r"|of|se|sur|contre|visant|pour|concernant|des|du|de|aux|internationale?)\b)"
)


@dataclass(frozen=True)
class ArticleCitation:
    """A citation of (paragraphs of) an article of an instrument annexed to ``symbol``."""

    symbol: str
    article: str  # its anchor name in that document: "annexII.art3"
    paragraphs: tuple[int, ...]  # paragraphs of the article; () = the whole article
    text: str  # as written
    start: int
    end: int


@dataclass(frozen=True)
class _Instrument:
    id: str
    symbol: str
    annex: str


@cache
def _data() -> tuple[dict[str, _Instrument], dict[str, str], re.Pattern[str], list[dict]]:
    data = load("instruments.json")
    instruments = {
        entry["id"]: _Instrument(entry["id"], entry["symbol"], entry["annex"])
        for entry in data["instruments"]
    }
    by_name = {
        _spaced(name): entry["id"]
        for entry in data["instruments"]
        for names in entry["names"].values()
        for name in names
    }
    bare = rf"(?P<bare>Protocole|Protocol|Convention)\b{_OTHER_INSTRUMENT}"
    pattern = re.compile(
        rf"""
        (?:(?i:paragraphes?|paragraphs?)\s+(?P<paras>{NUMBER_LIST})\s+(?i:de\s+l['’]\s*|of\s+)
          |(?i:l['’]\s*alinéa|alinéa|subparagraph)\s+\(?[a-z]\)\s+(?i:de\s+l['’]\s*|of\s+))?
        (?i:articles?|art\.)\s+(?P<articles>{NUMBER_LIST})
        (?:\s*\([a-z]\))?
        (?:\s*,\s*(?i:paragraph|paragraphe)\s+(?P<after>\d{{1,2}})\s*,?)?
        \s+(?i:of\s+the|de\s+la|du|de\s+l['’]\s*)\s*
        (?:(?P<name>{words(by_name)})|{bare})
        """,
        re.VERBOSE,
    )
    return instruments, by_name, pattern, data["series"]


def _spaced(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


# Every citation of an article has the word: a cheap search first (the whole pattern is tried
# at every position of a text)
_NAMES_ARTICLE = re.compile(r"(?i:article|art\.)")


def article_citations(text: str, own: str | None) -> list[ArticleCitation]:
    """Return the citations of treaty articles in ``text``, a paragraph of document ``own``
    (whose series tells what a bare "the Protocol" means; without it, a bare name is not
    followed)."""
    if not _NAMES_ARTICLE.search(text):
        return []
    instruments, by_name, pattern, series = _data()
    found = []
    for match in pattern.finditer(text):
        if match["name"]:
            instrument = instruments[by_name[_spaced(match["name"])]]
        else:
            chosen = _series_default(series, own, match["bare"])
            if chosen is None:
                continue
            instrument = instruments[chosen]
        paragraphs = parse_numbers(match["paras"] or match["after"] or "")[0]
        articles = parse_numbers(match["articles"])[0]
        for number in articles:
            found.append(
                ArticleCitation(
                    symbol=instrument.symbol,
                    article=anchors.article(number, instrument.annex),
                    paragraphs=paragraphs if len(articles) == 1 else (),
                    text=match.group(0),
                    start=match.start(),
                    end=match.end(),
                )
            )
    return found


def _series_default(series: list[dict], own: str | None, bare: str) -> str | None:
    key = "convention" if bare == "Convention" else "protocol"
    for entry in series:
        if own and own.startswith(entry["prefix"]) and key in entry:
            return entry[key]
    return None


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    by_name = _data()[1]
    names = sorted(by_name, key=len, reverse=True)  # the full title before its short form
    pattern = re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names), re.I)
    return pattern, {name.casefold(): by_name[name] for name in names}


def named_instruments(text: str) -> tuple[str, list[str]]:
    """Return ``text`` without the instruments' names it holds, and their ids: "Review of the
    United Nations Convention against Transnational Organized Crime" is "Review of the" and
    ``["untoc"]``. A name is one thing, not seven words to share with other titles."""
    pattern, ids = _names()
    found: list[str] = []

    def taken(match: re.Match) -> str:
        found.append(ids.get(" ".join(match[0].replace("’", "'").split()).casefold(), "?"))
        return " "

    return pattern.sub(taken, text), found
