"""Text analysis for French and English, as chains of small Whoosh filters.

French: tokenize → ’ and ' alike → elision (l' d' qu' …) → lower case →
stem overrides → accent and œ/æ folding → stop words → English -ize/-ise words
of a query written the French way (``specialized`` → ``specialise``) →
``-ée(s)`` endings → Snowball stemming.
English: tokenize → ’ and ' alike → possessives → lower case → stem overrides →
folding → British spelling (``labor`` → ``labour``, ``victimization`` →
``victimisation``) → stop words → Snowball (Porter2) stemming. The overrides
(``indexer/data/stems.json``) give a fixed term to the few words whose stem
collides with a frequent word of another meaning (``traite``, trafficking, and
``traité``, treaty, both stem to ``trait``). Folding runs before stemming so
that a query typed without accents stems like the accented text. The ``exact``
chain (lower case and folding only) serves quoted phrases. The same chain runs
at index and at query time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from whoosh.analysis import (
    BiWordFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang import stemmer_for_language

from ..resources import load
from ..textnorm import APOSTROPHE_MARKS, APOSTROPHES, fold
from .spelling import BritishSpellingFilter, FrenchFormFilter

LANGUAGES = ("fr", "en")
# A word, with its inner apostrophes; "co-" before an o is part of the word, as
# British writing hyphenates "co-operation" and "co-ordination" (see JoinCoFilter).
WORD = re.compile(rf"(?:[Cc][Oo]-(?=[Oo]))?\w+(?:['{APOSTROPHE_MARKS}]\w+)*", re.UNICODE)
ELISIONS = ("l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu")


class ApostropheFilter(Filter):
    """Write every apostrophe as ' (typographic ’, ASCII ', and the marks OCR layers and
    keyboards put for one: "lʼexploitation" is "l'exploitation", elided)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = token.text.translate(APOSTROPHES)
            yield token


class JoinCoFilter(Filter):
    """Write ``co-operation`` and ``co-ordination`` as one word, as UN style does."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = token.text.replace("-", "")
            yield token


class ElisionFilter(Filter):
    """Drop French elided words: ``l'exploitation`` → ``exploitation``, ``qu'il`` → ``il``."""

    def __init__(self, elisions: tuple[str, ...] = ELISIONS) -> None:
        self.pattern = re.compile(rf"^(?:{'|'.join(elisions)})'(?=\w)", re.IGNORECASE)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = self.pattern.sub("", token.text)
            yield token


class PossessiveFilter(Filter):
    """Drop English possessives: ``State's`` → ``State``, ``States'`` → ``States``."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            text = token.text
            if text.endswith("'s") or text.endswith("'S"):
                text = text[:-2]
            token.text = text.rstrip("'")
            yield token


class FoldFilter(Filter):
    """Fold accents and ligatures: ``Œuvre`` → ``oeuvre``, ``États`` → ``etats``."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


class FeminineEndingFilter(Filter):
    """Write a folded French ``-ee``/``-ees`` ending (``organisée``, ``identifiées``) as ``-e``.

    Snowball's French rules for ``-ée`` and ``-ées`` need the accent, which folding
    has removed; without them the stemmer cut one letter too few, and ``organisée``
    (``organise``) did not meet ``organisé`` (``organis``), nor ``exploitées`` meet
    ``exploité``. It runs after the stop words (``entrée`` must not become the stop
    word ``entre``) and leaves the fixed terms of the stem overrides alone.
    """

    def __init__(self, fixed: frozenset[str] = frozenset()) -> None:
        self.fixed = fixed

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            text = token.text
            if text in self.fixed:
                pass
            elif len(text) > 4 and text.endswith("ees"):
                token.text = text[:-2]
            elif len(text) > 3 and text.endswith("ee"):
                token.text = text[:-1]
            yield token


class StemOverrideFilter(Filter):
    """Give listed words a fixed term, which stemming leaves alone: ``traité`` → ``traitee``.

    It runs on lower-case words before accent folding, where ``traité`` (treaty) and
    ``traite`` (trafficking) still differ; :func:`analyzer` tells the stemmer to skip
    the fixed terms (``StemFilter(ignore=…)``).
    """

    def __init__(self, overrides: dict[str, str]) -> None:
        self.overrides = overrides

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        overrides = self.overrides
        for token in tokens:
            token.text = overrides.get(token.text, token.text)
            yield token


def _stem_overrides(lang: str) -> dict[str, str]:
    return dict(load("stems.json")[lang])


def _stop_words(lang: str) -> frozenset[str]:
    return frozenset(load("stopwords.json")[lang])


@cache
def analyzer(lang: str) -> CompositeAnalyzer:
    """Return the stemming analyzer of ``lang`` ("fr" or "en")."""
    chain = RegexTokenizer(WORD) | JoinCoFilter() | ApostropheFilter()
    chain = chain | (ElisionFilter() if lang == "fr" else PossessiveFilter())
    overrides = _stem_overrides(lang)
    chain = chain | LowercaseFilter() | StemOverrideFilter(overrides) | FoldFilter()
    if lang == "en":
        chain = chain | BritishSpellingFilter()
    chain = chain | StopFilter(stoplist=_stop_words(lang), minsize=1)
    fixed = frozenset(overrides.values())
    if lang == "fr":
        chain = chain | FrenchFormFilter(fixed) | FeminineEndingFilter(fixed)
    stemmer = stemmer_for_language(lang)
    return chain | StemFilter(stemfn=stemmer, lang=None, ignore=fixed, cachesize=50000)


PAIR_SEPARATOR = " "


@cache
def pairs_analyzer(lang: str) -> CompositeAnalyzer:
    """Return the chain giving pairs of neighbouring stems ("trait person")."""
    return analyzer(lang) | BiWordFilter(sep=PAIR_SEPARATOR)


def pairs(terms: list[str]) -> list[str]:
    """Return the pairs of neighbouring terms, as the pairs chain indexes them."""
    return [f"{a}{PAIR_SEPARATOR}{b}" for a, b in zip(terms, terms[1:], strict=False)]


@cache
def exact_analyzer() -> CompositeAnalyzer:
    """Return the analyzer of quoted phrases: words as written, only case, accents and French
    elided words left aside (``"application du Protocole"`` is in "l'application du
    Protocole": "l'application" had been one word, and the phrase was found nowhere)."""
    return (
        RegexTokenizer(WORD)
        | JoinCoFilter()
        | ApostropheFilter()
        | ElisionFilter()
        | LowercaseFilter()
        | FoldFilter()
    )


# Every filter of the chains maps one word to at most one term, whatever its neighbours:
# a text's terms are its words' (WORD's matches), each analysed once and remembered. Running
# the Whoosh chain over every hit's text, token by token, was most of a search's time.
_WORD_TERMS: dict[str | None, dict[str, tuple[str, ...]]] = {}
WORDS_REMEMBERED = 300_000  # per chain: beyond, words are analysed each time


def word_terms(word: str, lang: str | None = None) -> tuple[str, ...]:
    """Return the terms one word (a match of ``WORD``) gives in ``lang`` (None: the exact
    chain), as the chain gives them: none for a stop word."""
    remembered = _WORD_TERMS.get(lang)
    if remembered is None:
        remembered = _WORD_TERMS.setdefault(lang, {})
    found = remembered.get(word)
    if found is None:
        chain = exact_analyzer() if lang is None else analyzer(lang)
        found = tuple(token.text for token in chain(word))
        if len(remembered) < WORDS_REMEMBERED:
            remembered[word] = found
    return found


def analysed(text: str, lang: str | None = None) -> list[tuple[str, int, int]]:
    """Return (term, start, end) for each term of ``text`` in ``lang`` (None: the exact
    chain), as ``chain(text, chars=True)`` gives them."""
    remembered = _WORD_TERMS.get(lang, {})
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        terms = remembered.get(word)
        if terms is None:
            terms = word_terms(word, lang)
        if terms:
            start, end = match.span()
            for term in terms:
                found.append((term, start, end))
    return found


def tokens(text: str, lang: str | None = None) -> list[str]:
    """Return the terms ``text`` gives in ``lang`` (None: the exact chain)."""
    remembered = _WORD_TERMS.get(lang, {})
    found: list[str] = []
    for word in WORD.findall(text):
        terms = remembered.get(word)
        found += word_terms(word, lang) if terms is None else terms
    return found
