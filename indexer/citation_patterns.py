"""Citation regexes and the tokenizer: text → tokens (symbols, paragraph numbers, cues).

The regexes are built from named pieces and from the word lists of
``indexer/data/citations.json``; every quantifier is bounded, so a scan costs
time linear in the length of the text. ``indexer.citations`` turns the tokens
into citations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from . import anchors, resources
from .symbols import SymbolMatch, SymbolRules, scan_symbols
from .textnorm import fold

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


# What a user types for an annex's paragraph: "annex, para. 2", "annexe II, par. 3"
QUERY_ANNEX = re.compile(
    rf"""
    (?<!\w)(?i:annexe?)(?:\s{{1,3}}(?P<label>[IVXLC]{{1,6}}|\d{{1,2}}))?(?!\w)
    \s{{0,2}},?\s{{0,3}}(?i:{words([*_DATA["paragraph_words"], *_DATA["query_paragraph_words"]])})
    {_AFTER_WORD}\s{{0,3}}{NUMBERS}
    """,
    re.VERBOSE,
)
_QUERY_PARAGRAPH_WORDS = words([*_DATA["paragraph_words"], *_DATA["query_paragraph_words"]])
# What a user types for a paragraph of a resolution or decision set out in a report:
# "resolution 5/2, para. 3", "décision 4/4, par. 1", "resolution 5/2" (the whole act)
QUERY_ACT = re.compile(
    rf"""
    (?<![\w/])(?P<kind>(?i:r[ée]solution|d[ée]cision))
    \s{{1,3}}(?P<label>\d{{1,3}}/\d{{1,4}})(?![\w/])
    (?:\s{{0,2}},?\s{{0,3}}(?P<annex>(?i:annexe?))(?:\s{{1,3}}(?P<annex_label>[IVXLC]{{1,6}}|\d{{1,2}}))?(?!\w))?
    (?:\s{{0,2}},?\s{{0,3}}(?i:{_QUERY_PARAGRAPH_WORDS}){_AFTER_WORD}\s{{0,3}}{NUMBERS})?
    """,
    re.VERBOSE,
)
# What a user types for a paragraph of an article of an instrument: "article 6, para. 2",
# "annex II, article 3" (an instrument annexed to the document), "art. 6, par. 1"
QUERY_ARTICLE = re.compile(
    rf"""
    (?<![\w/])
    (?:(?P<annex>(?i:annexe?))(?:\s{{1,3}}(?P<annex_label>[IVXLC]{{1,6}}|\d{{1,2}}))?(?!\w)\s{{0,2}},?\s{{0,3}})?
    (?i:article|art\.)\s{{0,3}}(?P<label>\d{{1,3}})(?![\w/])
    (?:\s{{0,2}},?\s{{0,3}}(?i:{_QUERY_PARAGRAPH_WORDS}){_AFTER_WORD}\s{{0,3}}{NUMBERS})?
    """,
    re.VERBOSE,
)
# What a user types for a table, a figure or a box of a document: "table 3", "tableau 3",
# "figure 1", "graphique 1", "box 2", "encadré 2" (anchored by number: anchors.table…)
QUERY_EXHIBIT = re.compile(
    r"(?<![\w/])(?P<kind>(?i:table|tableau|figure|graphique|box|encadré))\s{1,3}"
    r"(?P<number>\d{1,3})(?![\w/])"
)
EXHIBIT_KINDS = {
    "table": "table",
    "tableau": "table",
    "figure": "figure",
    "graphique": "figure",
    "box": "box",
    "encadré": "box",
}
# What a user types for pages of a document: "p. 4", "page 4", "pages 4 à 6" (the PDF's
# pages, which UN documents number from the cover). Not "pp. 4": in UN drafting, "pp" is
# a preambular paragraph (QUERY_PREAMBLE)
QUERY_PAGE = re.compile(
    rf"(?<![\w/])(?i:p\.?|pages?){_AFTER_WORD}\s{{0,3}}{NUMBERS}(?![\w/])", re.VERBOSE
)
# What a user types for footnotes of a document: "footnote 9", "fn. 9", "n. 9" (a law review's),
# "note 9", "note de bas de page 9", "note n° 9": the paragraph whose footnotes have the mark
QUERY_FOOTNOTE = re.compile(
    rf"""(?<![\w/])(?i:foot[\s-]?notes?|fn\.?|n\.|notes?(?:\s{{1,3}}de\s{{1,3}}bas\s{{1,3}}de\s{{1,3}}page)?)
    {_AFTER_WORD}\s{{0,3}}(?:(?i:n[°o])\.?\s{{0,2}})?{NUMBERS}(?![\w/])""",
    re.VERBOSE,
)
# What a user types for a chapter or a section of a document: "chap. IV, sect. D", "chapter
# II", "chapitre IV, section D", "section IV.D", "sect. III.B.2", "sect. B.2" (its chapter
# found in the document), "section IV" (a chapter, as some documents call them)
_CHAPTER_WORD = r"(?i:chap(?:ter|itre)?\.?|ch\.|part(?:ie)?)"  # "Part II", "partie II": a chapter
_SECTION_WORD = r"(?i:sect(?:ion)?\.?|sec\.)"
_NUMERAL = r"[IVXivx]{1,6}"
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # a chapter's: "IV", not "IIII"
# "chapitre premier", as French documents name their chapter I (and "chapter one")
_FIRST = r"(?i:premier|first|one)"
# "chap. III, sect. B, subsect. 2", "section B, sous-section 2": the sub-section, named
# "point 2" after a section ("sect. III.B, point 2", as EU and Council of Europe texts number
# their points), a sub-section: only after a section (after a symbol it is a paragraph)
_SUBSECTION_WORD = r"(?i:sub-?sect(?:ion)?\.?|subsec\.|sous-sect(?:ion)?\.?|points?(?![\w.]))"
# between a chapter's numeral, a section's letter and a sub-section's number: a dot, as UN
# documents write them ("IV.D"), and as people also type them: doubled ("IV..D"), a dash
# ("IV-D"), a slash ("IV/D"); a level may stand in brackets ("III(B)(1)(b)", "IV(D)")
_LEVEL_SEP = r"(?:\.{1,2}|\s?[-–]\s?|/)"
# a section's letter; two or three capitals are a section the document lacks ("sect. DD"),
# read so that the page can say it, not a Roman numeral ("section IV" is a chapter)
_SECTION = r"(?:[A-Za-z](?![\w/])|(?![IVX]{2,6}(?![\w/]))[A-Z]{2,3}(?![\w/]))"
# the fourth level, a sub-sub-section's small letter after a sub-section's number:
# "B.1(b)", "B.1 (b)", "B.1 b)", "B.1, b)", "B.1, alinéa b)", "III.B.1.b"; small letters only,
# as the documents letter them: "(E)", "(F)" after a citation name its language version
# a fifth level, a small Roman numeral under a lettered part: "(b)(ii)", "(b) (ii)", "b) ii)"
_POINT = r"\s{0,2}\((?P<point>[ivx]{1,5})\)|\s{1,2}(?P<point_bare>[ivx]{1,5})\)"
_ITEM_TAIL = (
    r"""(?P<item_tail>
    \s{0,2},?\s{0,3}(?:(?i:al(?:inéa)?s?\.?|lett(?:er|re)s?|sub-?sub-?sect(?:ion)?s?\.?|
        sous-sous-sections?)\s{0,3})?\(?(?P<item>[a-z])\)"""
    + rf"(?:(?P<items>(?:{_ITEM_JOIN}\(?[a-z]\)){{1,6}})|{_POINT})?"
    + r"""
    | \.(?P<item_dot>[a-z])(?![\w/])
)"""
)
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


# a section's capital glued to its chapter's numeral, as typed in haste: "chap. IVD", "chapitre
# IVB", "sect. IIIB.1"; never I, V or X, which would be the numeral's own ("IVX")
_GLUED = r"(?<=[IVX])[A-HJ-UWYZ]"


def _levels(name: str, glued: bool = False) -> str:
    """A section's letter then a sub-section's number, after a chapter's numeral: ".D.2",
    "..D", "-D", "(D)(2)", with ``glued`` "D" written against it ("IVD"); the groups named
    ``name`` and ``name_sub``."""
    joined = rf"|(?P<{name}_g>{_GLUED})" if glued else ""
    return rf"""(?:{_LEVEL_SEP}(?P<{name}>{_SECTION})|\s?\((?P<{name}_p>[A-Z])\){joined})
        (?:{_LEVEL_SEP}(?P<{name}_sub>\d{{1,2}})|\((?P<{name}_sub_p>\d{{1,2}})\))?(?![\w/])"""


QUERY_DIVISION = re.compile(
    rf"""(?<![\w/])
    (?:
        {_CHAPTER_WORD}\s{{0,3}}(?P<chapter>{_NUMERAL}|{_FIRST}|(?P<arabic>[1-9]|[1-3]\d))(?:(?![\w/])|(?=/[A-Za-z](?![\w/]))|(?={_GLUED}(?![A-Za-z])))
        (?:{_levels("chapter_section", glued=True)})?
        (?:\s{{0,2}},?\s{{0,3}}{_SECTION_WORD}\s{{0,3}}(?P<section>{_SECTION})
            (?:{_LEVEL_SEP}(?P<sub>\d{{1,2}}))?(?![\w/])
            (?:\s{{0,2}},?\s{{0,3}}{_SUBSECTION_WORD}\s{{0,3}}(?P<subsection>\d{{1,2}})(?![\w/]))?
        )?
      | {_SECTION_WORD}\s{{0,3}}(?P<section_chapter>{_NUMERAL}){_levels("alone", glued=True)}
        (?(alone_sub)|(?(alone_sub_p)|(?:\s{{0,2}},?\s{{0,3}}{_SUBSECTION_WORD}\s{{0,3}}
            (?P<alone_subsection>\d{{1,2}})(?![\w/]))?))
      | {_SECTION_WORD}\s{{0,3}}(?P<lone>{_SECTION})
        (?:{_LEVEL_SEP}(?P<lone_sub>\d{{1,2}}))?(?![\w/])
      | {_SECTION_WORD}\s{{0,3}}(?P<numeral>{_NUMERAL})(?![\w/])
    )
    (?:{_ITEM_TAIL})?""",
    re.VERBOSE,
)
# A division written bare, its numeral then its letter, as contents and footnotes write them:
# "A/HRC/WG.6/7/ITA/1, III.B.1(b)", read only just after a symbol (as AFTER_SYMBOL)
BARE_DIVISION = re.compile(
    rf"(?<![\w/])(?P<section_chapter>[IVX]{{1,6}}){_levels('alone')}(?:{_ITEM_TAIL})?", re.VERBOSE
)
# What follows a symbol and names its paragraphs, pages or annex only there, as footnotes of
# other organizations write them: "[32]" (OSCOLA), "point 32", "pt 32" (EU, Council of
# Europe), "n° 32", "at 3" (a page, in Bluebook), "annex" alone. Elsewhere they are words to
# search: "point 2 de l'ordre du jour", "[2]" in a quoted text, "at 3 pm".
AFTER_SYMBOL = re.compile(
    rf"""(?<![\w/])(?:
        \[\s{{0,2}}(?P<bracket>{NUMBER_LIST})\s{{0,2}}\]
      | (?i:points?|pts?\.?|n[°º]s?\.?|nos?\.){_AFTER_WORD}\s{{0,3}}
        (?P<point>{NUMBER_LIST})(?![\w/])
      | (?i:at)\s{{1,3}}(?P<at>{NUMBER_LIST})(?![\w/])
      | (?P<annex>(?i:annexe?))(?:\s{{1,3}}(?P<label>[IVXLC]{{1,6}}|\d{{1,2}}))?(?![\w/])
    )""",
    re.VERBOSE,
)
_SYMBOL_THEN = re.compile(r"[\s,]{0,6}\Z")  # between a symbol and what AFTER_SYMBOL reads
# "pp. 6" as a user types it: a preambular paragraph in UN drafting, pages in a bibliography;
# read as pages when the document has no preamble
# ("pp3", written together, stays a preambular paragraph)
AMBIGUOUS_PP = re.compile(r"(?<![\w/])(?i:pp)(?:\.\s{0,3}|\s{1,3})\d")
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
# Typed only: an indent of a paragraph, "second indent", "2nd indent", "deuxième tiret",
# "indent 2"; its number is read by :func:`indent_number`
INDENT = re.compile(
    rf"""
    (?<!\w)(?:
        (?P<ordinal>(?i:{words(ORDINALS)})|\d{{1,2}}(?i:st|nd|rd|th|er|re|e|ème|eme))
        \s{{1,3}}(?i:{words(_DATA["indent_words"])})(?![^\W\d_])
      | (?i:{words(_DATA["indent_words"])})\s{{1,3}}(?P<number>\d{{1,2}})(?!\d)
    )
    """,
    re.VERBOSE,
)
# Typed only: an agenda item of a document, "item 3", "agenda item 3", "item 3 of the
# agenda", "point 3 de l'ordre du jour" ("point 3" alone after a symbol is a paragraph); several,
# "agenda items 4 and 5", "items 4-6", "points 4 et 5 de l'ordre du jour" (blind case list 13);
# any of them with a sub-item of the agenda, "item 1 (a)", "items 1 (a) and 2", "points 1 a) et
# 2 de l'ordre du jour" (before, a lettered item ended the list: "and 2" was left unread)
# one sub-item or several of one item: "1 (a)", "1 (a)-(b)", "1 a) et b)"
_AGENDA_LETTERED = rf"\s{{0,2}}\(?[a-z]\)(?:{_ITEM_JOIN}\(?[a-z]\)){{0,6}}"
_AGENDA_ONE = rf"\d{{1,3}}(?!\d)(?:{_AGENDA_LETTERED})?"
_AGENDA_NUMBERS = rf"{_AGENDA_ONE}(?:{_JOIN}{_AGENDA_ONE}){{0,8}}"
# "points 1 a) et 2" without "de l'ordre du jour": a list of points one of which is lettered
# names agenda items, as UN texts write them ("points 30 et 31" alone stays paragraphs)
_AGENDA_LETTERED_LIST = (
    rf"(?:\d{{1,3}}(?!\d)(?:{_JOIN}\d{{1,3}}(?!\d)){{0,8}}{_JOIN})?"
    rf"\d{{1,3}}(?!\d){_AGENDA_LETTERED}(?:{_JOIN}{_AGENDA_ONE}){{1,8}}"
    rf"|\d{{1,3}}(?!\d)(?:{_JOIN}\d{{1,3}}(?!\d)){{1,8}}{_AGENDA_LETTERED}"
)
# an item and its (first) sub-item, the others after it: "1 (a)-(b)" is item 1, noted "(a)"
_AGENDA_SUBITEM = re.compile(
    rf"(?P<item>\d{{1,3}})(?!\d)\s{{0,2}}\(?(?P<letter>[a-z])\)(?:{_ITEM_JOIN}\(?[a-z]\)){{0,6}}"
)
AGENDA_ITEM = re.compile(
    rf"""
    (?<!\w)(?:
        (?i:{words(_DATA["agenda_item_before"])})\s{{1,3}}(?P<number>{_AGENDA_NUMBERS})
        (?:\s{{1,3}}(?i:{words(_DATA["agenda_item_after"])})(?!\w))?
      | (?i:{words(_DATA["agenda_point"])})\.?\s{{1,3}}(?P<point>{_AGENDA_NUMBERS})
        \s{{1,3}}(?i:{words(_DATA["agenda_item_after"])})(?!\w)
      | (?i:points|pts)\.?\s{{1,3}}(?P<lettered>{_AGENDA_LETTERED_LIST})(?![\w(])
    )
    """,
    re.VERBOSE,
)


def _agenda_written(match: re.Match) -> str:
    return match["number"] or match["point"] or match["lettered"]


def agenda_numbers(match: re.Match) -> tuple[int, ...]:
    """Return the agenda items :data:`AGENDA_ITEM` matched: (4, 5) for "items 4 and 5", (4, 5,
    6) for "items 4-6", (1, 2) for "items 1 (a) and 2" (items are numbered 1 to 99)."""
    written = _AGENDA_SUBITEM.sub(r"\g<item>", _agenda_written(match))
    numbers, _problems = parse_numbers(written)
    return tuple(n for n in numbers if 1 <= n <= 99)


def agenda_letter_notes(match: re.Match) -> tuple[str, ...]:
    """Return the notes on the sub-items of the agenda items :data:`AGENDA_ITEM` matched ("item
    1 (a)", "items 1 (a) and 2 (b)"): paragraphs are tagged by item, so each item is read."""
    written = _agenda_written(match)
    return tuple(
        dict.fromkeys(
            agenda_letter_note(int(m["item"]), m["letter"])
            for m in _AGENDA_SUBITEM.finditer(written)
            if 1 <= int(m["item"]) <= 99
        )
    )


def agenda_letter_note(item: int, letter: str) -> str:
    """Return the note that an agenda item's sub-item ("item 1 (a)") was read as the item."""
    return f"agenda item {item} ({letter}) read as item {item}"


def indent_number(match: re.Match) -> int:
    """Return the number of an indent :data:`INDENT` matched: 2 for "second", "2nd", "2"."""
    if match["number"]:
        return int(match["number"])
    written = match["ordinal"].lower()
    return ORDINALS.get(written) or int(re.match(r"\d+", written)[0])


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


@dataclass(frozen=True)
class Token:
    """A piece of a citation: a symbol, paragraph numbers, a sub-item or a follow-up phrase."""

    kind: str  # "symbol" | "paragraph" | "preamble" | "annex" | "table" | "figure" | "box" | …
    start: int
    end: int
    numbers: tuple[int, ...] = ()
    subitem: str | None = None
    symbol: SymbolMatch | None = None
    problems: tuple[str, ...] = ()
    annex: str | None = None  # an annex's paragraphs: its label ("" for "annex" alone)
    act: str | None = None  # an act's or article's paragraphs: its anchor name ("res5.2", "art3")
    # chapter, section, sub-section, sub-sub-section ("III", "B", "1", "b")
    division: tuple[str | None, str | None, str | None, str | None, str | None] | None = None


def tokenize(
    text: str, symbol_rules: SymbolRules, *, query: bool = False, organ: str | None = None
) -> list[Token]:
    """Return the citation tokens of ``text`` in order, without overlaps (symbols win).

    Args:
        organ: the symbol prefix of the organ whose resolution the text is ("A/RES/"): there,
            "its resolutions 47/118 and 48/8" are that organ's (A/RES/47/118, A/RES/48/8).
    """
    found = [_symbol_token(text, match) for match in scan_symbols(text, symbol_rules)]
    named = (_named_resolution_token(text, m) for m in NAMED_RESOLUTION.finditer(text))
    found += [token for token in named if token is not None]
    if organ is not None:
        found += [t for m in OWN_RESOLUTIONS.finditer(text) for t in _own_tokens(m, organ)]
    paragraph = QUERY_PARAGRAPH if query else PARAGRAPH
    preamble = QUERY_PREAMBLE if query else PREAMBLE
    if query or _MAY_CITE_PREAMBLE.search(text):
        found += [_preamble_token(m) for m in preamble.finditer(text)]
    if query:
        found += [_annex_token(m) for m in QUERY_ANNEX.finditer(text)]
        found += [_act_token(m) for m in QUERY_ACT.finditer(text)]
        found += [_article_token(m) for m in QUERY_ARTICLE.finditer(text)]
        found += [
            Token(EXHIBIT_KINDS[m["kind"].lower()], m.start(), m.end(), (int(m["number"]),))
            for m in QUERY_EXHIBIT.finditer(text)
        ]
        found += [_number_token("page", m) for m in QUERY_PAGE.finditer(text)]
        found += [_number_token("footnote", m) for m in QUERY_FOOTNOTE.finditer(text)]
        found += [_division_token(m) for m in QUERY_DIVISION.finditer(text)]
        ends = [token.end for token in found if token.kind == "symbol"]
        found += [
            _after_symbol_token(m)
            for m in AFTER_SYMBOL.finditer(text)
            if any(end <= m.start() and _just_after(text[end : m.start()]) for end in ends)
        ]
        found += [
            _division_token(m)
            for m in BARE_DIVISION.finditer(text)
            if _ROMAN_NUMERAL.fullmatch(m["section_chapter"])
            and any(end <= m.start() and _just_after(text[end : m.start()]) for end in ends)
        ]
    found += [_number_token("paragraph", m) for m in paragraph.finditer(text)]
    found += [_number_token("recommendation", m) for m in RECOMMENDATION.finditer(text)]
    if query or _MAY_CITE_SUBITEM.search(text):
        found += [_subitem_token(m) for m in (QUERY_SUBITEM if query else SUBITEM).finditer(text)]
    if _MAY_FOLLOW_UP.search(text):
        found += [Token("follow-up", m.start(), m.end()) for m in FOLLOW_UP.finditer(text)]
    kept: list[Token] = []
    first = ("symbol", "preamble", "annex", "act", "table", "figure", "box", "page", "footnote")
    first += ("division",)
    for token in sorted(found, key=lambda t: (t.start, t.kind not in first, -t.end)):
        if not kept or token.start >= kept[-1].end:
            kept.append(token)
    return _merge_subitems(text, kept)


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


def _own_tokens(match: re.Match, organ: str) -> list[Token]:
    """Return a symbol token per number of "its resolutions 47/118 and 48/8" in a resolution of
    ``organ``; none after a capitalised word, which names another body ("Commission on Human
    Rights resolution 2004/45")."""
    if _BODY_BEFORE.search(match.string, 0, match.start()):
        return []
    tokens = []
    for number in re.finditer(r"\d{1,3}/\d{1,4}", match.group(0)):
        start = match.start() if not tokens else match.start() + number.start()
        end = match.start() + number.end()
        symbol = f"{organ}{number.group(0)}"
        found = SymbolMatch(symbol, symbol, None, start, end)
        tokens.append(Token("symbol", start, end, symbol=found))
    return tokens


def _named_resolution_token(text: str, match: re.Match) -> Token | None:
    """Return a symbol token for a resolution named by its organ ("General Assembly resolution
    55/25" → A/RES/55/25), or None when the number is not the organ's kind of number."""
    organ = fold(match["organ"] or match["organ_fr"]).replace("’", "'")
    initials = re.sub(r"[.\s]", "", match["organ"] or "").upper()
    prefix = _INITIALS.get(initials) or _ORGANS.get(" ".join(organ.split()))
    number = match["number"] or match["number_fr"]
    if prefix is None or ("/" in number) == (prefix == "S/RES/"):
        return None  # the Council numbers its resolutions on; the others by session
    symbol = f"{prefix}{number}"
    found = SymbolMatch(symbol, symbol, None, match.start(), match.end())  # written: the symbol
    year = YEAR_AFTER_SYMBOL.match(text, match.end())
    return Token("symbol", match.start(), year.end() if year else match.end(), symbol=found)


def _symbol_token(text: str, match: SymbolMatch) -> Token:
    year = YEAR_AFTER_SYMBOL.match(text, match.end)
    end = year.end() if year else match.end
    return Token("symbol", match.start, end, symbol=match)


# the note on sub-items beside several paragraphs, which are cited whole (blind case list 13)
SUBITEMS_OF_SEVERAL = "sub-items of several paragraphs; the paragraphs are read whole"
_LETTERED = re.compile(r"\(?(?:[ivx]{1,5}|[a-zA-Z])\)")


def _number_token(kind: str, match: re.Match) -> Token:
    """A token of paragraph (or page) numbers; one paragraph's sub-item is kept, but those of a
    list ("paras. 32 (b) and 33") are not: the paragraphs are cited whole."""
    more = match["more"] if "more" in match.re.groupindex else None
    if "upr" in match.re.groupindex and match["upr"]:  # "108.1 à 108.5": paragraph 108
        paragraphs = tuple(dict.fromkeys(int(n) for n in re.findall(r"(\d+)\.\d+", match["upr"])))
        return Token(kind, match.start(), match.end(), paragraphs)
    numbers, problems = parse_numbers(match["numbers"] + (more or ""))
    subitem = match["inline"] if "inline" in match.re.groupindex and len(numbers) == 1 else None
    subitem = subitem.lower() if subitem else subitem
    if subitem and "inline_more" in match.re.groupindex and match["inline_more"]:
        # "para. 67 (a)-(c)", "par. 32 a) et b)": several sub-items, as an address writes them
        # ("a-c", "a,b"); before, none was kept and the page marked nothing
        subitem = item_spec(subitem, match["inline_more"].lower())
    lettered = "inline" in match.re.groupindex and (match["inline"] or _LETTERED.search(more or ""))
    if len(numbers) > 1 and lettered and kind == "paragraph":
        # "paras. 31 (b) and 32 (a)", "paras. 57 (a) and 58": said, not dropped unsaid
        problems = (*problems, SUBITEMS_OF_SEVERAL)
    return Token(kind, match.start(), match.end(), numbers, subitem, problems=problems)


def _just_after(gap: str) -> bool:
    """Tell whether ``gap``, between a symbol and what AFTER_SYMBOL read, holds nothing but
    blanks, a comma, a bracket or the document's date ("(17 February 2010), point 32")."""
    return _SYMBOL_THEN.match(re.sub(r"[()]", "", TYPED_DATE.sub("", gap))) is not None


def _after_symbol_token(match: re.Match) -> Token:
    """A token of what AFTER_SYMBOL read just after a symbol: paragraphs ("[32]", "point 32"),
    pages ("at 3") or a whole annex ("annex", "annex II": its paragraphs, or that it has none)."""
    if match["annex"]:
        label = match["label"] or ""
        return Token(
            "annex", match.start(), match.end(), annex=label if label.isdigit() else label.upper()
        )
    written = match["bracket"] or match["point"] or match["at"]
    numbers, problems = parse_numbers(written)
    kind = "page" if match["at"] else "paragraph"
    return Token(kind, match.start(), match.end(), numbers, problems=problems)


def roman(number: int) -> str:
    """Return ``number`` (1 to 39) in Roman numerals: 4 is "IV"."""
    tens, units = divmod(number, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def _division_token(match: re.Match) -> Token:
    """A chapter, a section, a sub-section or a sub-sub-section typed: "chap. IV, sect. D" is
    ("IV", "D", None, None), "sect. B.2" (None, "B", "2", None), "section IV" ("IV", None, None,
    None), "sect. III.B.1 (b)" ("III", "B", "1", "b"), "sect. IV.D (a)" ("IV", "D", None, "a").
    A letter after a chapter alone is left unread ("chap. IV (a)": the page names it)."""

    def group(name: str) -> str | None:
        return match[name] if name in match.re.groupindex else None

    chapter = group("chapter") or match["section_chapter"] or group("numeral")
    if chapter and re.fullmatch(_FIRST, chapter):  # "chapitre premier": chapter I
        chapter = "I"
    if group("arabic"):  # "chapter 4": UN documents number chapters in Roman numerals, IV
        chapter = roman(int(chapter or 0))
    section = next(
        (
            group(g)
            for g in ("chapter_section", "chapter_section_p", "chapter_section_g", "section")
            + ("alone", "alone_p", "alone_g")
            if group(g)
        ),
        group("lone"),
    )
    groups = ("chapter_section_sub", "chapter_section_sub_p", "sub", "subsection", "alone_sub")
    groups += ("alone_subsection",)
    sub = next((group(g) for g in (*groups, "alone_sub_p", "lone_sub") if group(g)), None)
    item = item_spec(match["item"], match["items"]) if match["item"] else match["item_dot"]
    end = match.end()
    if item and not section:  # "chap. IV (a)": a letter of no section, left for the page to say
        item, end = None, match.start("item_tail")
    if section and len(section) == 1:
        section = section.upper()
    point = (group("point") or group("point_bare")) if item else None  # "(b)(ii)": "ii"
    division = (
        chapter.upper() if chapter else None,
        section,
        sub,
        item.lower() if item else None,
        point,
    )
    return Token("division", match.start(), end, division=division)


def _preamble_token(match: re.Match) -> Token:
    if match["ordinal"] is not None:
        written = match["ordinal"].lower()
        number = ORDINALS.get(written) or int(re.match(r"\d+", written)[0])
        return Token("preamble", match.start(), match.end(), (number,))
    numbers, problems = parse_numbers(match["numbers"] or match["after"])
    return Token("preamble", match.start(), match.end(), numbers, problems=problems)


def _annex_token(match: re.Match) -> Token:
    numbers, problems = parse_numbers(match["numbers"])
    label = (
        (match["label"] or "").upper() if not (match["label"] or "").isdigit() else match["label"]
    )
    return Token("annex", match.start(), match.end(), numbers, problems=problems, annex=label)


def _act_token(match: re.Match) -> Token:
    numbers, problems = parse_numbers(match["numbers"]) if match["numbers"] else ((), ())
    act = anchors.act_name(match["kind"], match["label"])
    if match["annex"]:
        act = anchors.act_annexed(act, (match["annex_label"] or "").upper())
    return Token("act", match.start(), match.end(), numbers, problems=problems, act=act)


def _article_token(match: re.Match) -> Token:
    numbers, problems = parse_numbers(match["numbers"]) if match["numbers"] else ((), ())
    annex = None
    if match["annex"]:
        label = match["annex_label"] or ""
        annex = label if label.isdigit() else label.upper()
    act = anchors.article(int(match["label"]), annex)
    return Token("act", match.start(), match.end(), numbers, problems=problems, act=act)


def _subitem_token(match: re.Match) -> Token:
    """A token of a sub-item word's letters: "(a)", typed "(a) and (c)" ("a,c"), "a) à c)"."""
    letter = match["letter"]
    more = match["more"] if "more" in match.re.groupindex else None
    if more and len(letter) == 1:
        letter = item_spec(letter.lower(), more.lower())
    return Token("subitem", match.start(), match.end(), subitem=letter)


def _merge_subitems(text: str, tokens: list[Token]) -> list[Token]:
    """Join ``subparagraph (a) of paragraph 3`` and ``par. 3, al. a)`` into one token."""
    merged: list[Token] = []
    for token in tokens:
        last = merged[-1] if merged else None
        gap = text[last.end : token.start] if last else ""
        if last and last.kind == "subitem" and token.kind == "paragraph" and not token.subitem:
            if SUBITEM_THEN_PARAGRAPH.match(gap):
                merged[-1] = replace(token, start=last.start, subitem=last.subitem)
                continue
        if last and last.kind == "paragraph" and token.kind == "subitem" and not last.subitem:
            if PARAGRAPH_THEN_SUBITEM.match(gap):
                merged[-1] = replace(last, end=token.end, subitem=token.subitem)
                continue
        merged.append(token)
    return merged
