"""One spelling for American and British English (``victimization`` / ``victimisation``).

UN documents write Oxford English (``organization``, ``labour``, ``programme``);
delegates type whichever they learned. The English chain writes every variant
the British way before stemming, so both spellings give one term at index and
at query time. British, because the English stemmer over-stems -ize
(``organization`` → ``organ``, ``legalization`` → ``legal``) and leaves -ise
alone (``organisation`` → ``organis``). Rules and word lists are data
(``indexer/data/english-spellings.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from whoosh.analysis import Filter, Token

from ..resources import load

# organize, criminalizing, victimizations, recognizable: three letters or more, the last a consonant
_IZE = re.compile(
    r"^(?P<stem>\w{2,}[b-df-hj-np-tz])iz(?P<end>e|es|ed|ing|er|ers|ation|ations|ational|able)$"
)
_OR_ENDINGS = r"|s|ed|ing|er|ers|able|ably|ite|ites|ful|less|al|ally|hood|hoods"
_YZE = re.compile(r"^(?P<stem>\w*(?:anal|paral|catal))yz(?P<end>e|es|ed|ing|er|ers)$")


@dataclass(frozen=True)
class _Spellings:
    ize_exceptions: frozenset[str]
    or_word: re.Pattern[str]
    words: dict[str, str]


@cache
def _spellings() -> _Spellings:
    data = load("english-spellings.json")
    bases = "|".join(sorted((re.escape(word[:-2]) for word in data["or_words"]), key=len))
    return _Spellings(
        ize_exceptions=frozenset(data["ize_exceptions"]),
        or_word=re.compile(rf"^(?P<stem>{bases})or(?P<end>{_OR_ENDINGS})$"),
        words=data["words"],
    )


# The French endings of an English -ize/-ise word: "specialized" is "spécialisé" folded
_FRENCH_ENDINGS = {
    "e": "ise",
    "es": "ises",
    "ed": "ise",
    "ing": "isant",
    "ation": "isation",
    "ations": "isations",
}
_ENGLISH_ISE = re.compile(r"^(?P<stem>\w{2,}[b-df-hj-np-tz])is(?P<end>ed|ing)$")


def french_form(word: str) -> str:
    """Return an English -ize/-ise word of a query in the French way, for the French chain:
    ``specialized`` → ``specialise``, ``criminalization`` → ``criminalisation``, so that
    the French stemmer meets ``spécialisé`` and ``criminalisation``. Other words, and the
    French words (no French word ends in -ized, -ised or -izing), are left as they are."""
    match = _IZE.match(word) or _ENGLISH_ISE.match(word)
    if match is None or match["end"] not in _FRENCH_ENDINGS:
        return word
    if f"{match['stem']}ize" in _spellings().ize_exceptions:
        return word
    return f"{match['stem']}{_FRENCH_ENDINGS[match['end']]}"


class FrenchFormFilter(Filter):
    """Write an English -ize/-ise word the French way (:func:`french_form`)."""

    def __init__(self, fixed: frozenset[str] = frozenset()) -> None:
        self.fixed = fixed

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if token.text not in self.fixed:
                token.text = french_form(token.text)
            yield token


def british(word: str) -> str:
    """Return the British spelling of a lower-case English word (the word itself if none)."""
    spellings = _spellings()
    if word in spellings.words:
        return spellings.words[word]
    if (match := _IZE.match(word)) and f"{match['stem']}ize" not in spellings.ize_exceptions:
        return f"{match['stem']}is{match['end']}"
    if match := spellings.or_word.match(word):
        return f"{match['stem']}our{match['end']}"
    if match := _YZE.match(word):
        return f"{match['stem']}ys{match['end']}"
    return word


class BritishSpellingFilter(Filter):
    """Write American spellings the British way: ``labor`` → ``labour``."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = british(token.text)
            yield token
