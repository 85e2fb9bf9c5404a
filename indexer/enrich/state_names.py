"""The table of State names, read from the data files under ``indexer/data/states/``.

The UN's own names (``unterm-names.csv``) give each State its short and formal
names in English and French; ``aliases.json`` adds variants and historical
names; ``exclusions.json`` lists phrases that contain a State name without
naming a State; ``adjectives.json`` gives the adjectives of nationality and the
nouns that make them designate a State. Every name is reduced to a *key* by
:func:`fold`, which is how a name written in a document is looked up.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from ..resources import load
from ..textnorm import APOSTROPHE_MARKS

LANGS = ("en", "fr")
DATA = "states"
UN_NAMES = "unterm-names.csv"

_PUNCTUATION = str.maketrans({**dict.fromkeys(APOSTROPHE_MARKS, "'"), "\u2010": "-", "\u2011": "-"})
_SPACES = re.compile(r"\s+")
_HYPHEN_SPACE = re.compile(r"-\s")
_MARKER = re.compile(r"\s*\*+\s*$")  # "Holy See (the) *": observer (*), associated State (**)
_ARTICLE_SUFFIX = re.compile(
    r"""
    \s*\(
        (?P<article> the | le | la | les | l['’] )
    \)\s*$
    """,
    re.VERBOSE,
)
_ARTICLE_PREFIX = re.compile(
    r"""
    ^(?: (?P<word> the | le | la | les ) \s+ | (?P<elided> l['’] ) )
    """,
    re.VERBOSE,
)
_QUALIFIED = re.compile(
    r"""
    ^(?P<head> [^(]+? ) \s* \( (?P<qualifier> [^)]+ ) \)$   # Iran (République islamique d')
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class UnNames:
    """One row of the UN's names: a code and its short and formal names in both languages."""

    code: str
    en_short: str
    en_formal: str
    fr_short: str
    fr_formal: str

    def short(self, lang: str) -> str:
        return self.en_short if lang == "en" else self.fr_short

    def formal(self, lang: str) -> str:
        return self.en_formal if lang == "en" else self.fr_formal


def fold(text: str) -> str:
    """Return the key of a name: accents dropped, apostrophes, hyphens and spaces unified.

    Case is kept: matching is case-sensitive (see docs/vocabularies.md).
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_PUNCTUATION))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _HYPHEN_SPACE.sub("-", _SPACES.sub(" ", bare)).strip()


@cache
def un_names() -> tuple[UnNames, ...]:
    """Return the rows of ``unterm-names.csv``, in file order."""
    path = resources.files("indexer").joinpath("data", DATA, UN_NAMES)
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return tuple(
        UnNames(
            code=row["ISO3166-1-Alpha-3"],
            en_short=row["UNTERM English Short"],
            en_formal=row["UNTERM English Formal"],
            fr_short=row["UNTERM French Short"],
            fr_formal=row["UNTERM French Formal"],
        )
        for row in rows
    )


def short_label(short: str) -> str:
    """Return a UNTERM short name without its marker and article: 'Norvège (la)' → 'Norvège'."""
    return _ARTICLE_SUFFIX.sub("", _MARKER.sub("", short))


def short_forms(short: str) -> tuple[str, ...]:
    """Return the forms documents write for a UNTERM short name.

    The article in parentheses goes ('Bahamas (les)' → 'Bahamas'); any other
    qualifier stays, and the bare head is added
    ('Venezuela (République bolivarienne du)' → that, and 'Venezuela').
    """
    label = short_label(short)
    if not label:
        return ()
    qualified = _QUALIFIED.match(label)
    return (label, qualified["head"]) if qualified else (label,)


def formal_form(formal: str) -> str:
    """Return a UNTERM formal name without marker and leading article.

    'the United Kingdom of Great Britain and Northern Ireland' → 'United Kingdom of …';
    "l'État plurinational de Bolivie" → "État plurinational de Bolivie".
    """
    return _ARTICLE_PREFIX.sub("", _MARKER.sub("", formal).strip())


@cache
def labels() -> Mapping[str, Mapping[str, str]]:
    """Return the display label of every code, per language."""
    filled = load(f"{DATA}/aliases.json")["labels"]
    table = {
        row.code: filled.get(row.code) or {lang: short_label(row.short(lang)) for lang in LANGS}
        for row in un_names()
    }
    empty = sorted(code for code, names in table.items() if not all(names.values()))
    if empty:
        raise ValueError(f"States without a label (add them to aliases.json 'labels'): {empty}")
    return MappingProxyType(table)


@cache
def names() -> Mapping[str, str | None]:
    """Return every name's key mapped to its code; exclusions map to None."""
    return MappingProxyType(_table("name", [*_un_entries(), *_alias_entries(), *_excluded()]))


@cache
def adjectives(lang: str) -> Mapping[str, str]:
    """Return every adjective's key (all its forms) mapped to its code, for ``lang``."""
    given = load(f"{DATA}/adjectives.json")["adjectives"][lang]
    inflect = french_forms if lang == "fr" else _as_is
    entries = [(form, code) for code, words in given.items() for w in words for form in inflect(w)]
    return MappingProxyType(_table(f"{lang} adjective", entries))


@cache
def query_adjective_exclusions() -> tuple[str, ...]:
    """Return the adjectives (folded, lower case) a query does not name a State by alone."""
    given = load(f"{DATA}/adjectives.json")["query_exclusions"]
    forms = [f for w in given["en"] for f in _as_is(w)]
    forms += [f for w in given["fr"] for f in french_forms(w)]
    return tuple(fold(form).lower() for form in forms)


@cache
def contexts(lang: str) -> tuple[str, ...]:
    """Return the nouns that make an adjective designate a State, for ``lang``."""
    return tuple(load(f"{DATA}/adjectives.json")["contexts"][lang])


@dataclass(frozen=True)
class Between:
    """What may stand between a context noun and an adjective: how many words, and which not."""

    max_words: int
    never: tuple[str, ...]


@cache
def between(lang: str) -> Between:
    """Return the words allowed between a context noun and an adjective, for ``lang``."""
    given = load(f"{DATA}/adjectives.json")["between"]
    return Between(given["max_words"], tuple(given["never"][lang]))


@cache
def person_titles() -> tuple[str, ...]:
    """Return the titles after which a name is a person's first name (M., Mme, Mr., …)."""
    return tuple(load(f"{DATA}/exclusions.json")["person_titles"])


def french_forms(entry: str) -> tuple[str, ...]:
    """Return the four forms of a French adjective given as 'masculine' or 'masculine|feminine'.

    'italien' → italien, italienne, italiens, italiennes; 'grec|grecque' → grec, grecque, grecs,
    grecques; 'thaïlandais' → thaïlandais, thaïlandaise, thaïlandaises.
    """
    masculine, _, feminine = entry.partition("|")
    feminine = feminine or _feminine(masculine)
    return tuple(dict.fromkeys((masculine, feminine, _plural(masculine), _plural(feminine))))


def _feminine(masculine: str) -> str:
    if masculine.endswith("e"):
        return masculine
    return masculine + ("ne" if masculine.endswith("en") else "e")


def _plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def _as_is(word: str) -> tuple[str, ...]:
    return (word,)


def _un_entries() -> Iterator[tuple[str, str]]:
    for row in un_names():
        for lang in LANGS:
            for form in (*short_forms(row.short(lang)), formal_form(row.formal(lang))):
                if form:
                    yield form, row.code


@cache
def query_acronyms() -> Mapping[str, str]:
    """Return the acronyms read in queries only, in capitals as written ("US": "USA")."""
    acronyms = load(f"{DATA}/aliases.json")["query_acronyms"]
    return {form: code for code, forms in acronyms.items() for form in forms}


def _alias_entries() -> Iterator[tuple[str, str]]:
    aliases = load(f"{DATA}/aliases.json")
    for section in ("variants", "historical"):
        for code, forms in aliases[section].items():
            for form in forms:
                yield form, code


def _excluded() -> Iterator[tuple[str, None]]:
    exclusions = load(f"{DATA}/exclusions.json")
    for section in ("organizations", "cities", "regions"):
        for phrase in exclusions[section]:
            yield phrase, None


def _table(what: str, entries: Iterable[tuple[str, str | None]]) -> dict[str, str | None]:
    """Key the entries by :func:`fold`; a key given two different codes is a data error."""
    table: dict[str, str | None] = {}
    for text, code in entries:
        key = fold(text)
        if key in table and table[key] != code:
            raise ValueError(f"{what} {text!r} is given to both {table[key]} and {code}")
        table[key] = code
    return table
