"""The citation tokenizer: text → tokens (symbols, paragraph numbers, sub-items, follow-ups).

:func:`tokenize` runs the regexes of ``indexer.citation_patterns`` (running text) and, for
what a user types, those of ``indexer.typed_patterns``, and turns each match into a
:class:`Token`; overlapping tokens are dropped (symbols win) and a sub-item is joined to its
paragraph. ``indexer.citations`` turns the tokens into citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import anchors
from .citation_patterns import (
    _BODY_BEFORE,
    _INITIALS,
    _MAY_CITE_PREAMBLE,
    _MAY_CITE_SUBITEM,
    _MAY_FOLLOW_UP,
    _ORGANS,
    FOLLOW_UP,
    NAMED_RESOLUTION,
    ORDINALS,
    OWN_RESOLUTIONS,
    PARAGRAPH,
    PARAGRAPH_THEN_SUBITEM,
    PREAMBLE,
    QUERY_PARAGRAPH,
    QUERY_PREAMBLE,
    QUERY_SUBITEM,
    RECOMMENDATION,
    SUBITEM,
    SUBITEM_THEN_PARAGRAPH,
    TYPED_DATE,
    YEAR_AFTER_SYMBOL,
    item_spec,
    parse_numbers,
)
from .symbols import SymbolMatch, SymbolRules, scan_symbols
from .textnorm import fold
from .typed_patterns import (
    _FIRST,
    _ROMAN_NUMERAL,
    _SYMBOL_THEN,
    AFTER_SYMBOL,
    BARE_DIVISION,
    EXHIBIT_KINDS,
    QUERY_ACT,
    QUERY_ANNEX,
    QUERY_ARTICLE,
    QUERY_DIVISION,
    QUERY_EXHIBIT,
    QUERY_FOOTNOTE,
    QUERY_PAGE,
)


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
