"""Citation regexes of running text, and the pieces every citation regex is built from.

The regexes are built from named pieces (numbers and their lists and ranges, lettered
sub-items, ordinals) and from the word lists of ``indexer/data/citations.json``; every
quantifier is bounded, so a scan costs time linear in the length of the text. Here are the
regexes of paragraphs, preambular paragraphs, recommendations, sub-items and follow-ups (with
their typed twins, ``QUERY_…``), of cues, dates and sentence ends, and of resolutions named by
their organ; :func:`parse_numbers` reads the numbers they match. What only a user types
(annexes, acts, tables, pages, footnotes, chapters and sections, agenda items, indents) is in
``indexer.typed_patterns``; ``indexer.citation_tokens`` runs both over a text (text → tokens),
and ``indexer.citations`` turns the tokens into citations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import resources

_DATA = resources.load("citations.json")["citations"]
MAX_RANGE = 200  # a range "30-32" spanning more paragraphs than this is read as two numbers


def words(phrases: Iterable[str]) -> str:
    """Return a regex alternation of plain phrases, longest first.

    A space matches one to three blanks and an apostrophe matches ' and ’.
    """
    pieces = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        piece = re.escape(phrase).replace(r"\ ", r"\s{1,3}").replace("'", "['’]")
        pieces.append(piece)
    return "|".join(pieces)


_NUMBER = r"\d{1,4}(?!\d)"
_RANGE_DASH = "[-‐‑‒–—−－]"  # any dash joins a range: hyphens, figure dash, en, em, minus
_JOIN = rf"""(?:
    \s{{0,2}}{_RANGE_DASH}\s{{0,2}}                       # 30-32, with any dash
  | \s{{1,2}}(?i:à|au|to|through|and|et|&)\s{{1,2}}    # 30 à 32, 30 and 31
  | \s{{0,2}},\s{{0,2}}(?:(?i:and|et)\s{{1,2}})?         # 30, 31 and 32
)"""
NUMBER_LIST = rf"{_NUMBER}(?:{_JOIN}{_NUMBER}){{0,20}}"  # 32; 30-32; 2 et 3; 30, 31 and 32
NUMBERS = rf"(?P<numbers>{NUMBER_LIST})"
_LETTER = r"\(?(?P<{}>[ivx]{{2,5}}|[a-zA-Z])\)"  # a) (a) (iv); "32(B)" as typed
_AFTER_WORD = r"(?![^\W\d_])"  # the word ends here: no letter follows
_ITEMS = r"(?:\s{0,2}\(?(?:[ivx]{1,5}|[a-zA-Z])\)){0,2}"  # "(b)", "(b) (ii)": not captured


_NUMBER_MARK = r"(?:(?i:no\.?|n[°º]\.?)\s{0,2})?"  # "para. No. 32", "par. n° 32", "nº 32"
# several lettered parts: a range "(a)-(b)", "(b)–(c)", "a) à c)", "(a) to (c)", a list "(b) and
# (d)", "(b), (c)" (before, the first was read and the rest named as not read)
_ITEM_JOIN = r"\s{0,2}(?:[-‐‑–—]|,(?:\s{0,2}(?i:and|et))?|(?i:to|à|through|and|et))\s{0,2}"

_ITEM_PIECE = re.compile(r"(?P<dash>[-‐‑–—]|(?<!\w)(?i:to|à|through)(?!\w))|\(?(?P<letter>[a-z])\)")


def item_spec(first: str, more: str | None) -> str:
    """Return lettered parts as an address writes them: "a" for "(a)", "a-c" for "(a)-(c)" or
    "a) à c)", "b,d" for "(b) and (d)" (a range backwards is read forwards: "(c)-(a)" is a-c)."""
    spec, dashed = [first], False
    for piece in _ITEM_PIECE.finditer(more or ""):
        if piece["dash"]:
            dashed = True
            continue
        letter = piece["letter"]
        if dashed:
            start = spec[-1][-1]
            low, high = sorted((start, letter))
            spec[-1] = spec[-1][:-1] + (f"{low}-{high}" if low != high else low)
        elif letter not in spec:
            spec.append(letter)
        dashed = False
    return ",".join(spec)


def _paragraph_regex(phrases: Iterable[str], mark: str = "", query: bool = False) -> re.Pattern:
    """Paragraph numbers after a paragraph word; typed (``query``), a paragraph's sub-items
    may be a range or a list ("para. 67 (a)-(b)"): the paragraph is cited whole."""
    several = rf"(?P<inline_more>(?:{_ITEM_JOIN}\(?[a-z]\)){{1,6}})?" if query else ""
    return re.compile(
        rf"""
        (?<!\w)(?P<word>(?i:{words(phrases)})){_AFTER_WORD}
        \s{{0,3}}{mark}
        {NUMBERS}
        (?:\s{{0,2}}{_LETTER.format("inline")}{several}  # paragraph 15 (a); 67 (a)-(b)
          (?:\s{{0,2}}\(?[ivx]{{1,5}}\))?)?             # 15 (a) (ii): (a) is what opens
        (?P<more>(?:{_JOIN}{_NUMBER}{_ITEMS}){{1,20}})?  # 15 (a) and 16 (b): 15 and 16
        """,
        re.VERBOSE,
    )


PARAGRAPH = _paragraph_regex(_DATA["paragraph_words"])
QUERY_PARAGRAPH = _paragraph_regex(
    [*_DATA["paragraph_words"], *_DATA["query_paragraph_words"]], _NUMBER_MARK, query=True
)
AFTER = NUMBERS.replace("(?P<numbers>", "(?P<after>")  # the numbers of "alinéa 3 du préambule"
ORDINALS = {word.lower(): number for word, number in _DATA["ordinals"].items()}
# "twenty-first", "vingt-deuxième", "vingt et unième": a ten joined to a unit's ordinal. Before,
# "twenty-first preambular paragraph" read its "first": preambular paragraph 1, unsaid
_UNITS = {
    "en": {w: n for w, n in ORDINALS.items() if n < 10 and re.search(r"(?:st|nd|rd|th)$", w)},
    "fr": {w: n for w, n in ORDINALS.items() if 1 < n < 10 and w.endswith("ième")},
}
ORDINALS |= {
    f"{tens}-{unit}": value + n
    for language, ten_words in _DATA["ordinal_tens"].items()
    for tens, value in ten_words.items()
    for unit, n in _UNITS[language].items()
}
ORDINALS |= {
    f"{tens}{joint}unième": value + 1
    for tens, value in _DATA["ordinal_tens"]["fr"].items()
    for joint in (" et ", "-et-")
}


def _preamble_regex(phrases: Iterable[str]) -> re.Pattern:
    """Preambular paragraphs: "preambular paragraph 3", "alinéa 3 du préambule", "third
    preambular paragraph", "3e alinéa du préambule" (and "pp3" in what a user types)."""
    return re.compile(
        rf"""
        (?<!\w)
        (?:
            (?i:{words(phrases)}){_AFTER_WORD}\s{{0,3}}{NUMBERS}
          | (?i:alinéas?|alineas?|{words(_DATA["paragraph_words"])}){_AFTER_WORD}\s{{0,3}}{AFTER}
            \s{{1,3}}(?i:{words(_DATA["preamble_after"])})(?!\w)
          | (?<!-)(?P<ordinal>(?i:{words(ORDINALS)})|\d{{1,3}}(?i:st|nd|rd|th|er|re|e|ème|eme))
            \s{{1,3}}(?i:preambular\s{{1,3}}paragraph|alinéa\s{{1,3}}du\s{{1,3}}préambule)(?!\w)
        )
        """,
        re.VERBOSE,
    )


PREAMBLE = _preamble_regex(_DATA["preamble_words"])
QUERY_PREAMBLE = _preamble_regex([*_DATA["preamble_words"], *_DATA["query_preamble_words"]])
# Every way PREAMBLE matches has "preambular", "preamble" or "préambule" in it: a text with
# none of them is not searched with PREAMBLE (a third of a paragraph's tokenizing, otherwise)
_MAY_CITE_PREAMBLE = re.compile(r"(?i:pr[eé]ambul|preamble)")
# A universal periodic review's recommendations are numbered in a paragraph of its working
# group's report: "recommandations 108.1 à 108.5 (A/HRC/22/9)" are in its paragraph 108
_UPR_NUMBER = r"\d{1,4}\.\d{1,3}(?!\d)"
RECOMMENDATION = re.compile(
    rf"""
    (?<!\w)(?P<word>(?i:{words(_DATA["recommendation_words"])})){_AFTER_WORD}
    \s{{1,3}}(?:(?i:n[°o])\.?\s{{0,2}})?
    (?:(?P<upr>{_UPR_NUMBER}(?:{_JOIN}{_UPR_NUMBER}){{0,20}})|{NUMBERS})
    """,
    re.VERBOSE,
)
SUBITEM = re.compile(
    rf"""
    (?<!\w)(?i:{words(_DATA["subitem_words"])}){_AFTER_WORD}
    \s{{0,3}}{_LETTER.format("letter")}
    """,
    re.VERBOSE,
)
# Typed, a sub-item word may name several of one paragraph's sub-items, as the paragraph word
# does: "para. 23, subparagraphs (a) and (c)", "par. 23, alinéas a) à c)", "al. a) et c)"
# (blind case list 13: the first was read and the others named as not read)
QUERY_SUBITEM = re.compile(
    rf"""
    (?<!\w)(?i:{words(_DATA["subitem_words"])}){_AFTER_WORD}
    \s{{0,3}}{_LETTER.format("letter")}
    (?P<more>(?:{_ITEM_JOIN}\(?[a-z]\)){{1,6}})?
    """,
    re.VERBOSE,
)
FOLLOW_UP = re.compile(rf"(?<!\w)(?i:{words(_DATA['follow_up'])})(?!\w)")
# Cheap searches first, as for PREAMBLE: every follow-up phrase has one of these words, every
# sub-item word (SUBITEM) one of those
_MAY_FOLLOW_UP = re.compile(r"(?i:follow|suite|prolongement)")
_MAY_CITE_SUBITEM = re.compile(r"(?i:para|alinéa|al\.)")
CUE = re.compile(
    rf"""
    (?<!\w)
    (?:
        (?P<same>(?i:{words(_DATA["cues"]["same"])}))
      | (?P<external>(?i:{words(_DATA["cues"]["external"])}))
      | (?P<other>(?i:{words(_DATA["cues"]["other"])}))
    )
    (?!\w)
    """,
    re.VERBOSE,
)
BEFORE_OTHER = re.compile(
    rf"""
    (?<!\w)(?i:{words(_DATA["before_other"])})
    \s{{1,3}}\d{{1,4}}(?:/\d{{1,4}})?             # article 32, resolution 5/1
    (?:\s{{0,2}}\(\w{{1,4}}\))?                    # article 6 (2)
    [\s,]{{0,3}}\Z
    """,
    re.VERBOSE,
)
LINKS = frozenset(_DATA["links"])
FILLERS = frozenset(_DATA["fillers"])
_MONTH = rf"(?i:{words(_DATA['months'])})(?!\w)"
# A date typed with a citation: "of 17 February 2010", "du 17 février 2010", "(Feb. 17, 2010)";
# a year alone in brackets, as a Bluebook footnote closes ("U.N. Doc. …, at 5 (2010)": blind
# case list 14, "2010" had been searched)
TYPED_DATE = re.compile(
    rf"(?<!\w)(?:(?i:of|du|dated|en\s{{1,3}}date\s{{1,3}}du)\s{{1,3}})?"
    rf"(?:\d{{1,2}}(?:er)?\s{{1,3}}{_MONTH}|{_MONTH}\s{{0,3}}\d{{1,2}},?)\s{{1,3}}(?:19|20)\d\d(?!\d)"
    r"|\((?:19|20)\d\d\)"
)
BOUNDARY = re.compile(r"[.;!?](?=\s{1,3}[A-ZÀ-Ý])|[;\n]")
SUBITEM_THEN_PARAGRAPH = re.compile(r"\s{1,3}(?i:of|du|de|de\s{1,3}la|au|in)\s{1,3}\Z")
PARAGRAPH_THEN_SUBITEM = re.compile(r"[\s,]{0,3}\Z")
YEAR_AFTER_SYMBOL = re.compile(r"\s{0,2}\((?:19|20)\d\d\)")  # S/RES/1325 (2000)
# A resolution named by its organ and number, as documents cite them without a symbol:
# "General Assembly resolution 55/25" is A/RES/55/25, "résolution 1325 (2000) du Conseil de
# sécurité" S/RES/1325. Only numbered as the organs number them (session/number; the
# Council's running number), so "resolution 5/2" of a Conference is not taken for one.
_ORGANS = {
    "general assembly": "A/RES/",
    "assemblee generale": "A/RES/",
    "security council": "S/RES/",
    "conseil de securite": "S/RES/",
    "economic and social council": "E/RES/",
    "conseil economique et social": "E/RES/",
    "human rights council": "A/HRC/RES/",
    "conseil des droits de l'homme": "A/HRC/RES/",
}
# The organs' initials, as lawyers and academics cite them ("G.A. Res. 48/161", "SC res 1325")
_INITIALS = {"GA": "A/RES/", "SC": "S/RES/", "ECOSOC": "E/RES/", "HRC": "A/HRC/RES/"}
_INITIALS |= {"UNGA": "A/RES/", "UNSC": "S/RES/"}  # "UNGA Res 48/161 (1993)", as OSCOLA has it
_ORGAN_EN = (
    r"General\s{1,3}Assembly|Security\s{1,3}Council"
    r"|Economic\s{1,3}and\s{1,3}Social\s{1,3}Council|Human\s{1,3}Rights\s{1,3}Council"
    r"|G\.\s?A\.|S\.\s?C\.|UNGA|UNSC|GA|SC|ECOSOC|HRC"
)
_ORGAN_FR = (
    r"Assembl[ée]e\s{1,3}g[ée]n[ée]rale|Conseil\s{1,3}de\s{1,3}s[ée]curit[ée]"
    r"|Conseil\s{1,3}[ée]conomique\s{1,3}et\s{1,3}social|Conseil\s{1,3}des\s{1,3}droits\s{1,3}de\s{1,3}l['’]homme"
)
_RESOLUTION_NUMBER = r"(?P<number>\d{1,4}/\d{1,4}|\d{1,4})"
# In an organ's own resolution, "its resolutions 47/118 and 48/8", "résolution 48/8" are its own
_DATED = (
    r"(?:\s{1,3}(?i:of|du|en\s+date\s+du)\s{1,3}\d{1,2}(?:er)?\s{1,3}[^\W\d]{3,12}\s{1,3}\d{4})?"
)
OWN_RESOLUTIONS = re.compile(
    rf"(?<![\w/])(?i:r[ée]solutions?)\s{{1,3}}\d{{1,3}}/\d{{1,4}}(?![\w/]){_DATED}"
    rf"(?:\s{{0,2}}(?:,|(?i:and|et))\s{{1,3}}\d{{1,3}}/\d{{1,4}}(?![\w/]){_DATED})*"
)
_BODY_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s{1,3}\Z")  # "… Human Rights " before "resolution"
NAMED_RESOLUTION = re.compile(
    rf"""
    (?<!\w)(?:
        (?P<organ>{_ORGAN_EN})\s{{1,3}}(?i:resolution|res\.?)\s{{1,3}}{_RESOLUTION_NUMBER}
      | (?i:r[ée]solution)\s{{1,3}}{_RESOLUTION_NUMBER.replace("number", "number_fr")}
        (?:\s{{0,2}}\((?:19|20)\d\d\))?\s{{1,3}}(?:de\s{{1,3}}l['’]|du\s{{1,3}})(?P<organ_fr>{_ORGAN_FR})
    )(?!\w)
    """,
    re.VERBOSE,
)
_NUMBER_PIECES = re.compile(rf"\d{{1,4}}|{_RANGE_DASH}|(?i:\b(?:à|au|to|through)\b)")


def parse_numbers(written: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Return the paragraph numbers of ``30-32, 35 et 36`` (ranges expanded) and any problems."""
    numbers: list[int] = []
    problems: list[str] = []
    in_range = False
    for piece in _NUMBER_PIECES.findall(written):
        if not piece.isdigit():
            in_range = bool(numbers)
            continue
        number = int(piece)
        elided = _elided(numbers[-1], piece) if in_range else None
        if elided is not None:  # "110-12": 110 to 112, as English styles shorten ranges
            problems.append(f"'{numbers[-1]}-{piece}' read as '{numbers[-1]}-{elided}'")
            numbers.extend(range(numbers[-1] + 1, elided))
            number = elided
        elif in_range and numbers[-1] < number <= numbers[-1] + MAX_RANGE:
            numbers.extend(range(numbers[-1] + 1, number))
        elif in_range and number < numbers[-1] <= number + MAX_RANGE:  # "34-32": 32 to 34
            last = numbers.pop()
            problems.append(f"'{last}-{number}' read as '{number}-{last}'")
            numbers.extend(range(number, last))
            number = last
        elif in_range:
            problems.append(f"'{numbers[-1]}-{number}' is not a range of paragraphs")
        numbers.append(number)
        in_range = False
    return tuple(dict.fromkeys(numbers)), tuple(problems)


def _elided(first: int, written: str) -> int | None:
    """Return the end of an elided range, "110-12" (112), "101–3" (103), "120-25" (125): the
    second number, shorter than the first, completed with the first's leading digits, when
    that runs forward. None otherwise ("34-32" is a reversal, "30-32" is whole). Before, such
    a range was read as a reversal, 12 to 110, and 99 paragraphs were highlighted."""
    head = str(first)
    if len(written) >= len(head) or int(written) >= first:  # "30-32", "3-3000": not elided
        return None
    whole = int(head[: len(head) - len(written)] + written)
    return whole if first < whole <= first + MAX_RANGE else None


def sentence_end(text: str, start: int, limit: int) -> int:
    """Return where the sentence running at ``start`` ends, at most ``limit`` characters on."""
    window = text[start : start + limit]
    match = BOUNDARY.search(window)
    return start + (match.start() if match else len(window))


def organ_of(symbol: str | None) -> str | None:
    """Return the symbol prefix of the organ whose resolution ``symbol`` is ("A/RES/48/161" →
    "A/RES/", "A/HRC/RES/5/1" → "A/HRC/RES/"), or None for any other document."""
    prefix, found, _ = (symbol or "").partition("/RES/")
    organ = f"{prefix}/RES/"
    return organ if found and organ in _ORGANS.values() else None
