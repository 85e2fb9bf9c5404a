"""The States named in a paragraph, as ISO 3166-1 alpha-3 codes.

A single compiled regular expression finds, in one pass, every State name (the
UN's short and formal names in English and French, variants, historical names),
every exclusion (a phrase that contains a name without naming a State:
"Ordre souverain de Malte", "Mexico City"), and every adjective of nationality
in a clear context ("loi thaïlandaise", "the Italian Government"). The names are
compiled as a trie, so at each position the longest name wins and the regex
never tries the names one by one; leftmost matching makes a name that starts
earlier win over a name inside it ("Papouasie-Nouvelle-Guinée" over "Guinée").
The tables come from :mod:`indexer.enrich.state_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from ..textnorm import APOSTROPHE_MARKS
from . import state_names
from .state_names import LANGS, fold


def _letter_variants() -> dict[str, str]:
    """Map each plain letter to the accented letters that fold to it ("e" → "èéêë…")."""
    variants: dict[str, str] = {}
    # Latin-1 only: it has every accent French and English write, and classes
    # beyond it make the regex an order of magnitude slower to compile.
    for point in range(0xC0, 0x100):
        char = chr(point)
        base = fold(char)
        if len(base) == 1 and base != char and base.isalpha():
            variants[base] = variants.get(base, "") + char
    return variants


_VARIANTS = _letter_variants()

_SPECIAL = {
    " ": r"\s+",  # a line wrap or several spaces
    "-": r"[-\u2010\u2011]\s*",  # hyphen, Unicode hyphens, a line wrapped after the hyphen
    "'": f"['{APOSTROPHE_MARKS}]",  # "Côte d‘Ivoire" (‘ for ’) is no "Côte d" and a Korea
}

# Adjectives in a row: "Gouvernements colombien, espagnol et mexicain", "Colombian and Mexican"
_RUN = r"(?: {adjectives} ) (?: (?: \s*,\s* | \s+ {conjunction} \s+ ) (?: {adjectives} ) )*"
_CONJUNCTIONS = {"fr": "et", "en": "and"}

# Lower-case words between a context noun and an adjective: "système éducatif public italien"
_BETWEEN = r"""
    (?: \s+ (?! (?: {never} ) (?![\w-]) ) [a-zà-öø-ÿœæ]+ (?: - [a-zà-öø-ÿœæ]+ )* ){{0,{max_words}}}
"""

_PATTERN = r"""
    (?<![\w-])                          # at the start of a word, not inside a compound
    (?:
        (?: (?P<title> {titles} ) \s+ )?    # a title makes the name a person's first name
        (?P<name> {names} )                 # a State's name, or an exclusion
      | (?P<fr_noun> {fr_nouns} ) {fr_between} \s+ (?P<fr_adj> {fr_run} )  # loi thaïlandaise
      | (?P<en_adj> {en_run} ) {en_between} \s+ (?P<en_noun> {en_nouns} )  # Italian law
    )
    (?![\w-])                           # at the end of a word, not inside a compound
"""


@dataclass(frozen=True)
class StateMention:
    """A State named in a text: its code, the words as written, and where they are."""

    code: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str]
    names: Mapping[str, str | None]
    adjectives: Mapping[str, Mapping[str, str]]  # per language
    one_adjective: Mapping[str, re.Pattern[str]]  # per language: an adjective of a run
    ignore_case: bool = False  # tables keyed in lower case (queries)

    def key(self, written: str) -> str:
        return _loose(written) if self.ignore_case else fold(written)


def find_states(text: str) -> tuple[str, ...]:
    """Return the ISO 3166-1 alpha-3 codes of the States named in ``text``.

    Codes come in the order of their first mention, each once.
    """
    return tuple(dict.fromkeys(mention.code for mention in state_mentions(text)))


def query_states(text: str) -> tuple[str, ...]:
    """Return the codes of the States a search query names, written with or without capitals.

    Documents capitalise State names and :func:`find_states` relies on it
    ("turkey" the bird, "chad" the word); people type queries in lower case
    ("norvège", "united kingdom", "jamahiriya arabe libyenne"), so a query is
    read without regard to case.
    """
    return tuple(dict.fromkeys(mention.code for mention in query_state_mentions(text)))


@lru_cache(maxsize=256)
def query_state_mentions(text: str) -> tuple[StateMention, ...]:
    """Return the State mentions of a query, read without regard to case.

    Cached: the search core reads one query's States twice (to lift and to leave
    their words uncorrected).
    """
    found = _scan(text, _matcher(ignore_case=True))
    for match in _acronyms().finditer(text):  # "US", "DPRK": in capitals only
        if not any(m.start < match.end() and match.start() < m.end for m in found):
            code = state_names.query_acronyms()[match[0]]
            found.append(StateMention(code, match[0], match.start(), match.end()))
    adjectives = _query_adjectives()
    for match in adjectives[0].finditer(text):  # "Guatemalan army", "élections salvadoriennes"
        if not any(m.start < match.end() and match.start() < m.end for m in found):
            code = adjectives[1][" ".join(fold(match[0]).lower().split())]
            found.append(StateMention(code, match[0], match.start(), match.end()))
    return tuple(sorted(found, key=lambda m: m.start))


@lru_cache(maxsize=1)
def _query_adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return a pattern of the adjectives of nationality a query may name a State by, alone
    (a query has no context noun to wait for: "Guatemalan army", "prisons italiennes"), and
    their codes by folded form. Left out: those that also name a language ("French",
    "espagnol", "Italian") or more than one State ("American")."""
    excluded = set(state_names.query_adjective_exclusions())
    codes: dict[str, str] = {}
    for lang in LANGS:
        for form, code in state_names.adjectives(lang).items():
            key = fold(form).lower()
            if key not in excluded:
                codes[key] = code
    forms = sorted(codes, key=len, reverse=True)
    alternatives = "|".join("".join(_char_pattern(c) for c in form) for form in forms)
    return re.compile(rf"(?<![\w-])(?i:{alternatives})(?![\w-])"), codes


@lru_cache(maxsize=1)
def _acronyms() -> re.Pattern[str]:
    forms = sorted(state_names.query_acronyms(), key=len, reverse=True)
    return re.compile(rf"(?<![\w.$])(?:{'|'.join(map(re.escape, forms))})(?![\w.$])")


def state_mentions(text: str) -> list[StateMention]:
    """Return every mention of a State in ``text``, in order."""
    return _scan(text, _matcher())


# The modifier letter ʼ (U+02BC) is a letter to regular expressions: "lʼItalie" would be one
# word, with no name at its start. Read as ’, one character for one, so positions hold.
_LETTER_APOSTROPHE = str.maketrans({"ʼ": "’"})


def _scan(text: str, matcher: _Matcher) -> list[StateMention]:
    if "ʼ" in text:
        text = text.translate(_LETTER_APOSTROPHE)
    return [m for match in matcher.regex.finditer(text) for m in _mentions(match, matcher)]


def state_label(code: str, lang: str) -> str:
    """Return the UN short name of ``code`` in ``lang`` ("en" or "fr"), for display.

    A code the table does not know is its own label, as other facet values are
    (a user may filter on any code; see ``known_states`` to validate one).

    Raises:
        ValueError: ``lang`` is not "en" or "fr".
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}")
    labels = state_names.labels().get(code)
    return labels[lang] if labels else code


def symbol_states(symbol: str) -> tuple[str, ...]:
    """Return the States a document symbol names: a country's document carries its code as a
    part of its symbol (Italy's national report A/HRC/WG.6/7/ITA/1, the observations on
    Benin CRC/C/BEN/CO/3-5), and every paragraph of it is about that State, whether or not
    it writes the name."""
    known = state_names.labels()
    return tuple(dict.fromkeys(part for part in symbol.split("/") if part in known))


def known_states() -> tuple[str, ...]:
    """Return every code the table knows, sorted."""
    return tuple(sorted(state_names.labels()))


def _mentions(match: re.Match[str], matcher: _Matcher) -> list[StateMention]:
    if match["title"] is not None:
        return []
    written = match["name"]
    if written is not None:
        code = matcher.names[matcher.key(written)]
        if code is None:  # an exclusion: not a State
            return []
        return [StateMention(code, written, match.start("name"), match.end("name"))]
    for lang in LANGS:
        group = f"{lang}_adj"
        if match[group] is not None:
            offset, table = match.start(group), matcher.adjectives[lang]
            return [
                StateMention(
                    table[matcher.key(one[0])], one[0], offset + one.start(), offset + one.end()
                )
                for one in matcher.one_adjective[lang].finditer(match[group])
            ]
    raise AssertionError(f"unexpected match {match[0]!r}")  # every branch sets a group


@cache
def _matcher(ignore_case: bool = False) -> _Matcher:
    """Build the matcher once: one regex over every name, exclusion and adjective."""
    names = state_names.names()
    adjectives = {lang: state_names.adjectives(lang) for lang in LANGS}
    one = {lang: trie_pattern(adjectives[lang]) for lang in LANGS}
    pattern = _PATTERN.format(
        titles="|".join(re.escape(title) for title in state_names.person_titles()),
        names=trie_pattern(names),
        fr_nouns=trie_pattern(fold(noun) for noun in state_names.contexts("fr")),
        fr_between=_between("fr"),
        en_between=_between("en"),
        fr_run=_RUN.format(adjectives=one["fr"], conjunction=_CONJUNCTIONS["fr"]),
        en_run=_RUN.format(adjectives=one["en"], conjunction=_CONJUNCTIONS["en"]),
        en_nouns=trie_pattern(fold(noun) for noun in state_names.contexts("en")),
    )
    case = re.IGNORECASE if ignore_case else 0
    bounded = {lang: re.compile(rf"(?<![\w-])(?:{one[lang]})(?![\w-])", case) for lang in LANGS}
    if ignore_case:  # and a space for a hyphen or an apostrophe: "royaume uni", "cote d ivoire"
        for mark in "-'":
            pattern = pattern.replace(_SPECIAL[mark], rf"(?:{_SPECIAL[mark]}|\s+)")
        names = _lowered(names)
        adjectives = {lang: _lowered(table) for lang, table in adjectives.items()}
    return _Matcher(re.compile(pattern, re.VERBOSE | case), names, adjectives, bounded, ignore_case)


def _loose(text: str) -> str:
    """Fold, lower-case, and write hyphens and apostrophes as spaces: a query's spelling."""
    return " ".join(re.sub(r"[-\u2010\u2011']", " ", fold(text).lower()).split())


def _lowered(table: Mapping[str, str | None]) -> dict[str, str | None]:
    """Key a table by loose text (see _loose); where two keys meet, an exclusion (None) wins."""
    lowered: dict[str, str | None] = {}
    for key, code in table.items():
        low = _loose(key)
        lowered[low] = None if (low in lowered and lowered[low] is None) else code
    return lowered


def _between(lang: str) -> str:
    allowed = state_names.between(lang)
    never = trie_pattern(fold(word) for word in allowed.never)
    return _BETWEEN.format(never=never, max_words=allowed.max_words)


def trie_pattern(keys: Iterable[str]) -> str:
    """Return a regex matching any of the folded ``keys``, the longest when several match.

    The keys are merged into a trie, so the regex branches on one character at
    a time; where a key ends and a longer one goes on, the longer one is tried
    first (a greedy optional group) and the shorter kept if it fails.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        raise ValueError("cannot build a pattern from no names")
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [
        _char_pattern(char) + _branches(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char in _VARIANTS:
        return f"[{char}{_VARIANTS[char]}]"
    return re.escape(char)
