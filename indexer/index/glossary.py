"""Find the bilingual glossary's terms in a query, for cross-language expansion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..resources import load
from ..textnorm import fold
from .analysis import LANGUAGES, tokens


@dataclass(frozen=True)
class Span:
    """Words ``start``..``end`` (exclusive) of a query form a glossary term."""

    start: int
    end: int
    equivalents: tuple[tuple[str, str], ...]  # (lang, term) of every other term of the entry
    langs: frozenset[str] = frozenset()  # the languages of the terms the words were read as


@dataclass(frozen=True)
class _Term:
    lang: str
    text: str
    stems: tuple[str, ...]
    entry: int


SOURCES = ("glossary.json", "lexicon.json")  # terms of the field, then word equivalents


@cache
def _all_entries() -> tuple[dict, ...]:
    return tuple(entry for source in SOURCES for entry in load(source)["entries"])


@cache
def _terms() -> dict[str, dict[str, list[_Term]]]:
    """Return the glossary's terms by language and first stem."""
    table: dict[str, dict[str, list[_Term]]] = {lang: {} for lang in LANGUAGES}
    for number, entry in enumerate(_all_entries()):
        for lang in LANGUAGES:
            for text in entry.get(lang, []):
                stems = tuple(tokens(text, lang))
                if stems:
                    table[lang].setdefault(stems[0], []).append(_Term(lang, text, stems, number))
    return table


@cache
def _entries() -> tuple[tuple[tuple[str, str], ...], ...]:
    return tuple(
        tuple((lang, t) for lang in LANGUAGES for t in e.get(lang, [])) for e in _all_entries()
    )


def glossary_entries() -> tuple[tuple[tuple[str, str], ...], ...]:
    """Return every entry of the glossary and the lexicon, as its (lang, term) pairs."""
    return _entries()


def _preference(words: Sequence[str], start: int, end: int, term: _Term) -> tuple:
    """Longest first, then leftmost, then written as typed (case and accents aside)."""
    return (-(end - start), start, fold(" ".join(words[start:end])) != fold(term.text))


def _whole_words(flat: list[tuple[str, int]], position: int, length: int) -> bool:
    """Return True when the window of stems begins and ends at word boundaries."""
    end = position + length
    starts_word = position == 0 or flat[position - 1][1] != flat[position][1]
    ends_word = end == len(flat) or flat[end][1] != flat[end - 1][1]
    return starts_word and ends_word


def glossary_spans(words: Sequence[str]) -> list[Span]:
    """Return non-overlapping glossary terms among ``words``, longest first, in order.

    When two entries' terms stem alike ("traffickers" and "trafficking" are both
    ``traffick``), the one written as typed wins. A word of two entries alike (French
    "organes": organs, and bodies; "demande": demand, and request) takes the equivalents
    of both: the query does not say which sense it means. An entry of one language's word
    alone says that the word is of that language: it wins over the other chain's reading of
    it (the French chain stems "form" like "former", to train; the English chain stems
    "responsable" like "response") and gives no span, so the word is searched as a plain
    word.
    """
    candidates: list[tuple[int, int, _Term]] = []
    for lang in LANGUAGES:
        flat = [(stem, i) for i, word in enumerate(words) for stem in tokens(word, lang)]
        for position, (stem, start) in enumerate(flat):
            for term in _terms()[lang].get(stem, []):
                window = flat[position : position + len(term.stems)]
                if tuple(s for s, _ in window) == term.stems and _whole_words(
                    flat, position, len(window)
                ):
                    candidates.append((start, window[-1][1] + 1, term))
    chosen: list[tuple[int, int, list[_Term]]] = []
    for start, end, term in sorted(candidates, key=lambda c: _preference(words, *c)):
        tied = next(
            (
                terms
                for s, e, terms in chosen
                if (s, e) == (start, end)
                and _preference(words, s, e, terms[0]) == _preference(words, start, end, term)
            ),
            None,
        )
        if tied is not None:
            tied.append(term)
        elif all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, [term]))
    return [
        Span(start, end, _equivalents(terms), frozenset(term.lang for term in terms))
        for start, end, terms in sorted(chosen, key=lambda c: c[0])
        if not all(_one_language(term) for term in terms)  # a word said to be its language's
    ]


def _one_language(term: _Term) -> bool:
    return set(_all_entries()[term.entry]) - {"_comment"} == {term.lang}


def _equivalents(terms: list[_Term]) -> tuple[tuple[str, str], ...]:
    """Return every term of the entries of ``terms`` but those typed, without repeats."""
    typed = {(term.lang, term.text) for term in terms}
    every = (eq for term in terms for eq in _entries()[term.entry])
    return tuple(eq for eq in dict.fromkeys(every) if eq not in typed)
