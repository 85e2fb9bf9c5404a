"""What a user types as a reference to a document (search box, ``?ref=``, the command line).

:func:`parse_reference` reads a symbol, paragraph numbers, a sub-item and the other parts of
a document a citation may name (an annex, an act, tables, pages, footnotes, a chapter or a
section, an agenda item, an indent) into a :class:`Reference`, noting what it could not read.
Before the tokens are read, what people paste is made plain (a wrapped line, a footnote's own
number, a document's title before its symbol, a symbol's tail typed alone, a resolution typed
by its number alone). ``indexer.citations`` exports it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from .citation_patterns import FILLERS, NAMED_RESOLUTION, TYPED_DATE
from .citation_tokens import Token, tokenize
from .document_words import undescribed
from .pasted_links import unlinked
from .pasted_records import unwrapped
from .symbols import (
    SymbolMatch,
    SymbolRules,
    loose_canonical,
    nearest_symbols,
    rules,
    scan_symbols,
)
from .text_citations import _NUMBERED, _numbered_citation
from .typed_patterns import AGENDA_ITEM, INDENT, agenda_letter_notes, agenda_numbers, indent_number
from .typed_text import cut_short, plain, unbroken

# A pasted footnote's line break at a slash of its symbol ("CTOC/COP/\nWG.4/2010/6"): the symbol
# is joined. Its runs of blanks are bounded, as every quantifier here: unbounded, each blank of a
# long run began a match that scanned the run to its end (20 s per 100 kB of spaces)
_WRAPPED_SLASH = re.compile(r"[ \t]{0,40}/[ \t]{0,40}\n\s{0,40}|[ \t]{0,40}\n\s{0,40}/[ \t]{0,40}")
# A pasted footnote's own number, before its text ("1 See CTOC/COP/WG.4/2010/6, para. 32.")
# (its dot too, "12. See, e.g., …": blind case list 14, "12" had been searched)
_FOOTNOTE_NUMBER = re.compile(r"\A\s*\d{1,3}\.?(?=\s+\D)")
# "E.g." before a citation: not words of the query (not in the fillers: "E" alone is English)
_FOR_EXAMPLE = re.compile(r"(?<!\w)(?i:e\.\s?g\.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A footnote's document named by its title, its symbol in brackets after it: "Report of the
# Working Group on Trafficking in Persons (CTOC/COP/WG.4/2010/6), para. 57 (b)", "… (A/64/290,
# para. 5)". The title is no symbol, no bracket; the brackets may hold one pair ("57(b)")
_TITLED = re.compile(
    r"\s{0,40}(?P<title>[^()/]{3,400}?)\s{0,40}"
    r"\((?P<inner>(?:(?<![^\W\d_])[a-z]{1,5}\)|\([^()]{0,20}\)|[^()]){1,300})\)(?P<after>.{0,400})",
    re.S,
)
# A footnote naming the document by its author and title, then "U.N. Doc." (Bluebook) or "UN
# Doc" (OSCOLA) and its symbol: "Human Rights Council, National report submitted by Italy, UN Doc
# A/HRC/WG.6/7/ITA/1 (18 November 2009) [68]", "UNODC, Report …, U.N. Doc. CTOC/…, at 5 (2010)"
_DOC_TITLED = re.compile(
    r"\s{0,40}(?P<title>[^()/]{3,400}?)[\s,]{1,6}"
    r"(?P<marker>(?i:u\.?\s?n\.?\s{0,2}doc(?:ument)?s?\.?|doc\.\s{0,2}(?:onu|nu)\.?))"
    r"\s{1,6}(?P<after>\S.{0,400})",
    re.S,
)


@dataclass(frozen=True)
class Reference:
    """What a user typed to name a document and paragraphs (search box or ``?ref=``)."""

    symbol: str | None
    paragraphs: tuple[int, ...]
    subitem: str | None
    suggestion: str | None  # corrected symbol for a near miss, or the nearest known one
    problems: tuple[str, ...]  # human-readable notes ("'W.4' looks like a typo for 'WG.4'")
    preambular: tuple[int, ...] = ()  # preambular paragraphs (a resolution's "pp3")
    annex: str | None = None  # the annex of ``annexed`` ("" for "annex" alone, "II")
    annexed: tuple[int, ...] = ()  # paragraphs of that annex
    act: str | None = None  # a resolution or decision the report sets out ("res5.2")
    in_act: tuple[int, ...] = ()  # paragraphs of that act (none: the whole act)
    tables: tuple[int, ...] = ()  # tables of the document ("table 3": anchor table3)
    boxes: tuple[int, ...] = ()  # boxes of the document ("box 2": anchor box2)
    figures: tuple[int, ...] = ()  # figures of the document ("figure 1": anchor figure1)
    pages: tuple[int, ...] = ()  # pages of the document ("p. 4", "pp. 4-5")
    footnotes: tuple[int, ...] = ()  # footnotes of the document ("footnote 9", "note 9")
    # a chapter, section or sub-section of the document ("chap. IV, sect. D": "IV", "D", None)
    division: tuple[str | None, str | None, str | None] | None = None
    # its sub-sub-section, the fourth level: "b" of "sect. III.B.1 (b)" (Italy's "b) Asylum …")
    division_item: str | None = None
    # what the query says besides the citation read: the words no token read, whole (the note
    # "ignored: '…'" cuts them at 40 characters), and the other documents' symbols it names
    beside: str = ""
    # the fifth level under that sub-sub-section: "ii" of "sect. III.B.1 (b)(ii)"
    division_point: str | None = None
    # an indent, a dashed item, of the one paragraph cited: 2 of "para. 32, second indent"
    indent: int | None = None
    # an agenda item of the document cited alone: 3 of "CTOC/COP/WG.4/2010/6, item 3"
    agenda_item: int | None = None
    # several agenda items of the document cited alone, the first being ``agenda_item``:
    # (4, 5) of "agenda items 4 and 5" (one item: empty)
    agenda_items: tuple[int, ...] = ()


def parse_reference(
    text: str, known: Collection[str] = (), cited: Collection[str] = ()
) -> Reference | None:
    """Read what a user typed as a reference: a symbol, paragraph numbers, a sub-item.

    Never raises; returns None when nothing in ``text`` looks like a citation. An agenda item
    of a document cited alone ("CTOC/COP/WG.4/2010/6, item 3", "point 3 de l'ordre du jour")
    or beside paragraphs ("item 4, para. 40", "item 4, paras. 40-42": the paragraphs are
    cited, the item kept for their page to check) and an indent of paragraphs ("para. 32,
    second indent", "deuxième tiret", "paras. 31-32, first indent": that indent of each) are
    read too; elsewhere ("chap. IV, sect. D, item 3") they are words the citation leaves
    unread.
    """
    text = unwrapped(text)  # a citation manager's record, spreadsheet cells, a mail's quoting
    titled = _titled(text, known, cited)
    if titled is not None:  # "Report of … (CTOC/COP/WG.4/2010/6), para. 57 (b)": the citation
        return titled
    return _typed_reference(text, known, cited)


def _typed_reference(
    text: str, known: Collection[str] = (), cited: Collection[str] = ()
) -> Reference | None:
    agenda = AGENDA_ITEM.search(text)
    if agenda is not None:  # the rest read as typed: "item 4, para. 40, second indent"
        rest = _typed_reference(_without(text, agenda), known, cited)
        items = agenda_numbers(agenda)
        alone = rest is not None and not _names_parts(rest)
        # "item 4, para. 40", "item 4, paras. 40-42", "items 4 and 5, paras. 40-42": the
        # paragraphs, the items checked on their page (before, beside several paragraphs or
        # with several items they were searched as words, and "point 4 de l'ordre du jour, par.
        # 40 à 42" read paragraph 4 too)
        beside = rest is not None and _paragraphs_only(rest)
        if rest is not None and rest.symbol and items and (alone or beside):
            several = items if len(items) > 1 else ()
            lettered = agenda_letter_notes(agenda)  # "item 1 (a)": item 1, said
            problems = rest.problems + lettered
            return replace(rest, agenda_item=items[0], agenda_items=several, problems=problems)
    indent = INDENT.search(text)
    if indent is not None:
        rest = _parse_reference(_without(text, indent), known, cited)
        # "para. 32, second indent"; "paras. 31-32, first indent": that indent of each
        if rest is not None and rest.symbol and _paragraphs_only(rest):
            return replace(rest, indent=indent_number(indent))
    return _parse_reference(text, known, cited)


def _titled(text: str, known: Collection[str], cited: Collection[str]) -> Reference | None:
    """Return the citation of a document named by its title then its symbol in brackets, as
    footnotes write it ("Report of the Working Group … (CTOC/COP/WG.4/2010/6), para. 57 (b)"),
    without the title; None unless the title is words alone (nothing in it citation-like) and
    what follows names a part of the document, every word of it read. Before (blind case list
    13, case 36), the title's words were searched beside the document."""
    if (marked := _DOC_TITLED.fullmatch(text)) is not None:
        return _doc_titled(marked, known, cited)
    match = _TITLED.fullmatch(text)
    if match is None or not re.search(r"[^\W\d_]{2}", match["title"]):
        return None
    cited_part = _typed_reference(f"{match['inner']} {match['after']}", known, cited)
    if cited_part is None or cited_part.symbol is None:
        return None
    if not (_names_parts(cited_part) or cited_part.agenda_item or cited_part.indent):
        return None
    if any(p.startswith("ignored:") for p in cited_part.problems):
        return None
    if _parse_reference(match["title"], known, cited) is not None:  # "para. 5 (A/64/290)"
        return None
    return cited_part


def _doc_titled(
    match: re.Match, known: Collection[str], cited: Collection[str]
) -> Reference | None:
    """Return the citation of a footnote's "Author, Title, U.N. Doc. SYMBOL …" without its
    author and title, the marker saying that what stands before it is the document's name (so
    the document alone is read too); None unless every word after the marker is read and the
    title holds nothing citation-like ("G.A. Res. 48/161, U.N. Doc. A/RES/48/161" is read
    whole, as before). Before (blind case list 14), the title's words were searched beside the
    document, and "at 5" of a document without pages came over 287 paragraphs of them."""
    if not re.search(r"[^\W\d_]{2}", match["title"]):
        return None
    cited_part = _typed_reference(match["after"], known, cited)
    if cited_part is None or cited_part.symbol is None:
        return None
    if any(p.startswith("ignored:") for p in cited_part.problems):
        return None
    if _parse_reference(match["title"], known, cited) is not None:
        return None
    return cited_part


def _without(text: str, match: re.Match) -> str:
    return f"{text[: match.start()]} {text[match.end() :]}"


def _names_parts(reference: Reference) -> bool:
    """Tell whether a reference names any part of its document (paragraphs, pages, a
    chapter…), not the document alone."""
    return bool(
        reference.paragraphs
        or reference.preambular
        or reference.annex is not None
        or reference.act
        or reference.tables
        or reference.boxes
        or reference.figures
        or reference.pages
        or reference.footnotes
        or reference.division
        or reference.subitem
    )


def _paragraphs_only(reference: Reference) -> bool:
    """Tell whether a reference names paragraphs, numbered or preambular (one or several), and
    nothing else of its document but one paragraph's sub-items."""
    alone = replace(reference, paragraphs=(), preambular=(), subitem=None)
    named = reference.paragraphs or reference.preambular
    return bool(named) and not _names_parts(alone)


def _parse_reference(
    text: str, known: Collection[str] = (), cited: Collection[str] = ()
) -> Reference | None:
    clean = _completed(
        plain(unlinked(_CONTROL.sub(" ", _WRAPPED_SLASH.sub("/", unbroken(text))))), known
    )
    symbol_rules = rules(known)
    clean = _resolution_named(clean, symbol_rules, known, cited)
    typed = tokenize(clean, symbol_rules, query=True)
    symbols = [token for token in typed if token.kind == "symbol"]
    tokens = _first_citation(clean, typed)
    numbered = [token for token in tokens if token.kind in _NUMBERED]
    preamble = [token for token in tokens if token.kind == "preamble"]
    annexes = [token for token in tokens if token.kind == "annex"]
    acts = [token for token in tokens if token.kind == "act"]
    subitems = list(dict.fromkeys(token.subitem for token in tokens if token.subitem))
    tables, boxes, figures = (
        tuple(dict.fromkeys(n for token in tokens if token.kind == kind for n in token.numbers))
        for kind in ("table", "box", "figure")
    )
    exhibits = tables or boxes or figures
    pages, footnotes = (
        tuple(dict.fromkeys(n for token in tokens if token.kind == kind for n in token.numbers))
        for kind in ("page", "footnote")
    )
    if not (symbols or numbered or preamble or annexes or subitems or exhibits):  # "p. 32": no
        return None  # "résolution 5/1" alone is words to search, not a citation
    problems: list[str] = []
    symbol, suggestion = _reference_symbol(symbols, symbol_rules, known, problems)
    if symbol and known and symbol not in symbol_rules.known and cut_short(text, symbol):
        # "CTOC/COP/WG.4/2010/, para. 32": its number lost in the copy (blind case list 14)
        problems.append(f"'{symbol}/' ends with a slash: part of the symbol is missing")
    for token in numbered + preamble + annexes + acts:
        problems.extend(token.problems)
    problems.extend(p for t in tokens if t.kind in ("page", "footnote") for p in t.problems)
    divisions = [token.division for token in tokens if token.kind == "division"]
    if len(set(divisions)) > 1:
        problems.append("several chapters or sections; read the first")
    if len({token.act for token in acts}) > 1:
        problems.append("several resolutions or decisions; read the first")
    if len({token.annex for token in annexes}) > 1:
        problems.append(f"several annexes; read the first, '{annexes[0].annex or 'annex'}'")
    if any(token.kind == "recommendation" for token in numbered):
        problems.append("recommendation numbers are read as paragraph numbers")
    if len(subitems) > 1:
        problems.append(f"several sub-items; kept '{subitems[0]}'")
    unread = _leftover(clean, typed)
    leftover = unread[:40]
    if leftover:
        problems.append(f"ignored: '{leftover}'")
    others = [t.symbol for t in symbols[1:] if symbols and _other(t.symbol, symbols[0].symbol)]
    beside = " ".join(
        dict.fromkeys([*(m.canonical or loose_canonical(m.text) for m in others), unread])
    ).strip()
    paragraphs = tuple(dict.fromkeys(n for token in numbered for n in token.numbers))
    preambular = tuple(dict.fromkeys(n for token in preamble for n in token.numbers))
    annex = annexes[0].annex if annexes else None
    annexed = tuple(
        dict.fromkeys(n for token in annexes if token.annex == annex for n in token.numbers)
    )
    act = acts[0].act if acts else None
    in_act = tuple(dict.fromkeys(n for token in acts if token.act == act for n in token.numbers))
    if act and not in_act and paragraphs:  # "resolution 5/2 of CTOC/COP/2010/17, para. 3"
        in_act, paragraphs = paragraphs, ()
    return Reference(
        symbol,
        paragraphs,
        subitems[0] if subitems else None,
        suggestion,
        tuple(problems),
        preambular,
        annex,
        annexed,
        act,
        in_act,
        tables,
        boxes,
        figures,
        pages,
        footnotes,
        divisions[0][:3] if divisions else None,
        divisions[0][3] if divisions else None,
        beside,
        divisions[0][4] if divisions else None,
    )


_PARTIAL_PARTS = 3  # the fewest trailing parts that name one document ("WG.4/2010/6")


def _completed(text: str, known: Collection[str]) -> str:
    """Return ``text`` with a symbol's tail typed alone ("WG.4/2010/6 para 32") written in full
    when it ends exactly one known symbol ("CTOC/COP/WG.4/2010/6"); else ``text`` as it is."""
    if not known:
        return text
    for word in text.split():  # words, not a pattern: linear on any input
        typed = word.strip(",;:()[]").upper()
        parts = typed.split("/")
        if len(parts) < _PARTIAL_PARTS or not all(parts):
            continue
        ends = {
            symbol
            for symbol in known
            if len(symbol.split("/")) > len(parts)
            and symbol.upper().split("/")[-len(parts) :] == parts
        }
        if len(ends) == 1 and not any(symbol.upper() == typed for symbol in known):
            return text.replace(word.strip(",;:()[]"), ends.pop(), 1)
    return text


# "resolution 48/161", "résolution 48/161" typed without its organ or any symbol
_RESOLUTION_ALONE = re.compile(
    r"(?<![\w/])(?i:r[ée]solution|res\.)\s{1,3}(?P<number>\d{1,4}/\d{1,4})(?![\w/])"
)


def names_resolution_alone(text: str) -> bool:
    """Tell whether ``text`` types a resolution by its number alone ("resolution 55/25"), so
    that the symbols the collection cites are worth reading for it."""
    return _RESOLUTION_ALONE.search(text) is not None


def resolution_number(text: str, known: Collection[str] = ()) -> str | None:
    """Return the number of a resolution typed by its number alone ("resolution 48/162, para.
    3" → "48/162"), without its organ or any symbol beside it; None otherwise."""
    match = _RESOLUTION_ALONE.search(text)
    if match is None or NAMED_RESOLUTION.search(text) or scan_symbols(text, rules(known)):
        return None
    return match["number"]


def with_symbol(text: str, symbol: str) -> str:
    """Return ``text`` with the resolution it types by number alone written as ``symbol``."""
    match = _RESOLUTION_ALONE.search(text)
    return text if match is None else f"{text[: match.start()]}{symbol}{text[match.end() :]}"


def _resolution_named(
    text: str, symbol_rules: SymbolRules, known: Collection[str], cited: Collection[str] = ()
) -> str:
    """Return ``text`` with a resolution typed by its number alone ("resolution 48/161, para.
    3", "paragraphe 3 du dispositif de la résolution 48/161") written as the symbol of the one
    resolution of the collection so numbered (A/RES/48/161, or A/HRC/RES/48/161…), or, when
    the collection has none, of the one resolution so numbered that its paragraphs cite
    ("resolution 55/25": A/RES/55/25, the paragraphs citing it); else ``text`` as it is: when
    it names a symbol or an organ ("General Assembly resolution 48/161", read as the organ's),
    when no resolution or several are so numbered ("resolution 5/2" of a Conference, set out
    in its report). Before, it was searched as words: "48/161 is not in the documents"."""
    match = _RESOLUTION_ALONE.search(text)
    if match is None or NAMED_RESOLUTION.search(text) or scan_symbols(text, symbol_rules):
        return text
    ending = f"/RES/{match['number']}"
    ends = [s for s in known if s.upper().endswith(ending)]
    if not ends:
        ends = [s for s in cited if s.upper().endswith(ending)]
    if len(ends) != 1:
        return text
    return f"{text[: match.start()]}{ends[0]}{text[match.end() :]}"


def _first_citation(text: str, tokens: list[Token]) -> list[Token]:
    """Return the tokens of the first document's citation when a query cites several
    ("X para. 32 and Y para. 3"): those before the second document's symbol, but not numbers
    that name it ("para. 3 of Y"). Before, paragraph 3 of Y was read as X's."""
    first = next((t.symbol for t in tokens if t.kind == "symbol"), None)
    other = next(
        (i for i, t in enumerate(tokens) if t.kind == "symbol" and _other(t.symbol, first)), None
    )
    if other is None:
        return tokens
    kept = []
    for index, token in enumerate(tokens[:other]):
        if token.kind in (*_NUMBERED, "preamble"):
            cited = _numbered_citation(text, tokens, index)
            if cited is not None and cited[1] is tokens[other]:
                continue
        kept.append(token)
    return kept


def _other(match: SymbolMatch, first: SymbolMatch) -> bool:
    """Tell whether a symbol match names another document than ``first``."""
    return (match.canonical or match.text) != (first.canonical or first.text)


def _reference_symbol(
    symbols: list[Token], symbol_rules: SymbolRules, known: Collection[str], problems: list[str]
) -> tuple[str | None, str | None]:
    """Return the symbol typed (canonical spelling) and a suggestion, noting problems."""
    if not symbols:
        return None, None
    if any(_other(token.symbol, symbols[0].symbol) for token in symbols[1:]):
        problems.append(f"several symbols; read the first, '{symbols[0].symbol.text}'")
    match = symbols[0].symbol
    typed = loose_canonical(match.text)
    if match.suggestion is not None:
        problems.append(_typo_note(typed, match.suggestion))
        return typed, match.suggestion
    if not known or typed in symbol_rules.known:
        return typed, None
    nearest = nearest_symbols(typed, known, limit=1)
    note = f"no document {typed} in the collection"
    problems.append(f"{note}; did you mean {nearest[0]}?" if nearest else note)
    return typed, nearest[0] if nearest else None


def _typo_note(typed: str, suggestion: str) -> str:
    for written, meant in zip(typed.split("/"), suggestion.split("/"), strict=False):
        if written != meant:
            return f"'{written}' looks like a typo for '{meant}'"
    return f"'{typed}' looks like a typo for '{suggestion}'"


def _leftover(text: str, tokens: list[Token]) -> str:
    """Return the words of a query that no token read (fillers such as "see" aside)."""
    pieces, position = [], 0
    text = undescribed(text)  # "de son rapport", "publié sous la cote": the document's words
    if tokens and (number := _FOOTNOTE_NUMBER.match(text)):  # not a word of the query
        position = number.end()
    for token in tokens:
        pieces.append(text[position : token.start])
        position = token.end
    pieces.append(text[position:])
    rest = _FOR_EXAMPLE.sub(
        " ", TYPED_DATE.sub(" ", " ".join(pieces))
    )  # "of 17 February 2010": the document's date
    words = [w for w in re.findall(r"\w+", rest) if w.lower() not in FILLERS]
    return " ".join(words)
