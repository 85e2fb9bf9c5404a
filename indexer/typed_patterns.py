"""Citation regexes of what only a user types (``tokenize(text, rules, query=True)``).

The parts of a document a citation typed in the search box or in ``?ref=`` may name besides
its paragraphs: an annex's paragraphs, a resolution or decision set out in a report, an
article, a table, a figure or a box, pages, footnotes, chapters and sections (and their
lettered sub-items), what follows a symbol in other organizations' footnotes
(``AFTER_SYMBOL``), agenda items and indents; with the functions reading the numbers of the
last two. Built, as the regexes of running text, from the pieces of
``indexer.citation_patterns``; ``indexer.citation_tokens`` runs them.
"""

from __future__ import annotations

import re

from .citation_patterns import (
    _AFTER_WORD,
    _DATA,
    _ITEM_JOIN,
    _JOIN,
    NUMBER_LIST,
    NUMBERS,
    ORDINALS,
    parse_numbers,
    words,
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
