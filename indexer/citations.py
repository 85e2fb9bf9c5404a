"""Citations of UN documents, in report paragraphs and in what a user types.

The chain, eyecite-style: text → tokens (:mod:`indexer.citation_tokens`) →
citations (a token of paragraph numbers joined to the symbol written before or
after it, or to a cue such as "ci-dessous" or "du rapport") → resolved symbols
(a reference to "the report" takes the symbol given in the paragraph's footnote).
``docs/citations.md`` describes the forms accepted and how to add one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from .citation_patterns import (
    BEFORE_OTHER,
    BOUNDARY,
    CUE,
    FILLERS,
    LINKS,
    NAMED_RESOLUTION,
    TYPED_DATE,
    sentence_end,
)
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
    word_symbol,
)
from .typed_patterns import AGENDA_ITEM, INDENT, agenda_letter_notes, agenda_numbers, indent_number
from .typed_text import cut_short, plain, unbroken

_SYMBOL_THEN_PARAGRAPH = re.compile(r"\)?[\s,(]{0,3}")  # CTOC/COP/WG.4/2009/2, para. 17
_PARAGRAPH_THEN_SYMBOL = re.compile(  # para. 17 of CTOC/…, paragraphe 17 du document CTOC/…
    r"[\s,]{0,3}(?:(?i:of|in|from|de|du|dans)\s{1,3}(?:(?i:the|le|la|sa|its)\s{1,3})?"
    r"(?:(?i:General\s{1,3}Assembly|Security\s{1,3}Council)\s{1,3})?"
    r"(?:(?i:document|resolution|résolution|decision|décision)\s{1,3})?)?\(?"
)
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
_CUE_REACH = 120  # characters after the numbers where a cue may stand
_SYMBOL_REACH = 250  # characters after the numbers where "the report"'s symbol may stand
_FOLLOW_UP_REACH = 80  # characters between "pour donner suite à" and the numbers
_BEFORE_REACH = 40  # characters before the numbers where "article 32," may stand
_LINK_WORDS = 6  # "of General Assembly resolution": words between the numbers and a cue
_NUMBERED = ("paragraph", "recommendation")
IGNORED = re.compile(r"ignored: '(?P<words>.*)'")  # the note naming the words a reading left aside


@dataclass(frozen=True)
class Citation:
    """A reference, in a text, to a document or to some of its paragraphs."""

    symbol: str | None  # canonical symbol; None = the citing document itself (if resolved)
    paragraphs: tuple[int, ...]  # () = the whole document
    subitem: str | None  # "a" for al. a) / subparagraph (a)
    kind: str  # "paragraph" | "document" | "follow-up"
    text: str  # as written
    start: int
    end: int
    corrected_from: str | None = None  # the symbol as written when it was a near miss
    footnote: int | None = None  # index in ``footnotes`` of the text holding it; None: the text
    resolved: bool = True  # False: cites another document ("du rapport") whose symbol is unknown
    preambular: tuple[int, ...] = ()  # preambular paragraphs ("preambular paragraph 3 of …")


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


def find_citations(
    text: str, footnotes: Sequence[str] = (), known: Collection[str] = (), organ: str | None = None
) -> list[Citation]:
    """Return the citations of a paragraph and of its footnotes.

    A reference to another document with no symbol in the text ("paragraphe 17 du
    rapport de la réunion …") takes the symbol of the footnotes that hold only a
    symbol; such a footnote is then not returned as a citation of its own, nor is
    any whole-document footnote citation of a symbol already cited with paragraphs.

    Args:
        text: the paragraph text, footnote marks removed.
        footnotes: the texts of the footnotes attached to the paragraph.
        known: symbols and series of the collection, to detect near misses of them.
        organ: the symbol prefix of the organ whose resolution the paragraph is ("A/RES/"),
            so that "its resolution 47/118" is followed (``citation_patterns.organ_of``).

    Returns:
        The citations of the text in order, then those of each footnote in order
        (their ``footnote`` is set and ``start``/``end`` point into that footnote).
    """
    symbol_rules = rules(known)
    own = _citations(text, symbol_rules, organ)
    notes = [
        [replace(citation, footnote=index) for citation in _citations(note, symbol_rules, organ)]
        for index, note in enumerate(footnotes)
    ]
    own, used = _attach_footnote_symbols(own, notes)
    cited = {c.symbol for c in own if c.paragraphs and c.symbol}
    rest = [
        citation
        for index, note in enumerate(notes)
        if index not in used
        for citation in note
        if citation.kind != "document" or citation.symbol not in cited
    ]
    return own + rest


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


def _citations(text: str, symbol_rules: SymbolRules, organ: str | None = None) -> list[Citation]:
    """Turn the tokens of one text into citations, before footnote symbols are attached."""
    tokens = tokenize(text, symbol_rules, organ=organ)
    citations = []
    used: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind in _NUMBERED or token.kind == "preamble":
            cited = _numbered_citation(text, tokens, index)
            if cited is not None:
                citations.append(cited[0])
                used.update(() if cited[1] is None else (cited[1].start,))
    for token in tokens:
        if token.kind == "symbol" and token.start not in used:
            citations.append(_citation(text, token, token, "document", token.start, token.end))
    return sorted(citations, key=lambda citation: citation.start)


def _numbered_citation(
    text: str, tokens: list[Token], index: int
) -> tuple[Citation, Token | None] | None:
    """Return the citation a token of numbers makes, with the symbol token it used."""
    token = tokens[index]
    follow_up = _follow_up(text, tokens, index)
    kind = "paragraph" if follow_up is None else "follow-up"
    start = token.start if follow_up is None else follow_up.start
    before = tokens[index - 1] if index else None
    if before and before.kind == "symbol":
        if _SYMBOL_THEN_PARAGRAPH.fullmatch(text[before.end : token.start]):
            first = min(start, before.start)
            return _citation(text, before, token, kind, first, token.end), before
    after = _symbol_after(text, tokens, index)
    if after is not None:
        return _citation(text, after, token, kind, start, after.end), after
    cue = _cue(text, token.end)
    if cue == "other" or (cue is None and _after_other(text, token.start)):
        return None
    if cue == "external":
        reach = _symbol_in_sentence(text, tokens, index)
        if reach is not None:
            return _citation(text, reach, token, kind, start, reach.end), reach
        unresolved = _citation(text, None, token, kind, start, token.end)
        return replace(unresolved, resolved=False), None
    if token.kind == "recommendation":
        return None  # a recommendation number with no document: its numbering is unknown
    return _citation(text, None, token, kind, start, token.end), None


def _citation(
    text: str, symbol: Token | None, numbers: Token, kind: str, start: int, end: int
) -> Citation:
    match = symbol.symbol if symbol is not None else None
    corrected_from = match.text if match is not None and match.canonical is None else None
    preamble = numbers.kind == "preamble"
    return Citation(
        symbol=None if match is None else (match.canonical or match.suggestion),
        paragraphs=() if preamble else numbers.numbers,
        preambular=numbers.numbers if preamble else (),
        subitem=numbers.subitem,
        kind=kind,
        text=text[start:end],
        start=start,
        end=end,
        corrected_from=corrected_from,
    )


def _after_other(text: str, position: int) -> bool:
    """Tell whether the numbers at ``position`` belong to "article 32," or "resolution 5/1,"."""
    return BEFORE_OTHER.search(text, max(0, position - _BEFORE_REACH), position) is not None


def _follow_up(text: str, tokens: list[Token], index: int) -> Token | None:
    """Return the "pour donner suite à" token that introduces ``tokens[index]``, if any."""
    before = index - 1
    while before >= 0 and tokens[before].kind in ("symbol", "subitem"):
        before -= 1
    if before < 0 or tokens[before].kind != "follow-up":
        return None
    gap = text[tokens[before].end : tokens[index].start]
    if len(gap) > _FOLLOW_UP_REACH or BOUNDARY.search(gap):
        return None
    return tokens[before]


def _symbol_after(text: str, tokens: list[Token], index: int) -> Token | None:
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.kind != "symbol":
        return None
    gap = text[tokens[index].end : after.start]
    return after if _PARAGRAPH_THEN_SYMBOL.fullmatch(gap) else None


def _cue(text: str, position: int) -> str | None:
    """Return what the words after the numbers point to: "same", "external", "other" or None."""
    end = sentence_end(text, position, _CUE_REACH)
    match = CUE.search(text, position, end)
    if match is None:
        return None
    gap = [word for word in re.split(r"[\s,'’]+", text[position : match.start()]) if word]
    if gap and (gap[0].lower() not in LINKS or len(gap) > _LINK_WORDS):
        return None
    return match.lastgroup


def _symbol_in_sentence(text: str, tokens: list[Token], index: int) -> Token | None:
    """Return the first symbol after ``tokens[index]`` in its sentence, before other numbers."""
    end = sentence_end(text, tokens[index].end, _SYMBOL_REACH)
    for token in islice(tokens, index + 1, None):
        if token.start >= end or token.kind in _NUMBERED:
            return None
        if token.kind == "symbol":
            return token
    return None


def _attach_footnote_symbols(
    own: list[Citation], notes: list[list[Citation]]
) -> tuple[list[Citation], set[int]]:
    """Give unresolved citations the symbols of the footnotes that hold only a symbol.

    As many such footnotes as unresolved citations: paired in order. Otherwise, if
    they all hold the same symbol, every unresolved citation takes it.

    Returns:
        The citations, and the indexes of the footnotes whose symbol was taken
        (none when the offers cannot be matched to the citations).
    """
    waiting = [index for index, citation in enumerate(own) if not citation.resolved]
    offers = [
        (index, note[0])
        for index, note in enumerate(notes)
        if len(note) == 1 and note[0].kind == "document"
    ]
    if not waiting or not offers:
        return own, set()
    if len(offers) == len(waiting):
        pairs = list(zip(waiting, offers, strict=True))
    elif len({offer.symbol for _, offer in offers}) == 1:
        pairs = [(index, offers[0]) for index in waiting]
    else:
        return own, set()
    resolved = list(own)
    for index, (_, offer) in pairs:
        resolved[index] = replace(
            own[index], symbol=offer.symbol, corrected_from=offer.corrected_from, resolved=True
        )
    return resolved, {note for note, _ in offers}  # every offer was taken, paired or shared


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


# A footnote's reference to the document cited before it: "Ibid., para. 33", "op. cit., par. 4",
# the Bluebook's "Id. at ¶ 33" (its dot required: "id" alone is a word)
_BACK_REFERENCE = re.compile(
    r"(?<![\w.])(?P<word>(?i:ibid(?:em)?|idem|id(?=\.)|(?:op|loc)\.?\s{0,2}cit|supra))(?!\w)\.?"
)


def back_reference(text: str) -> str | None:
    """Return the word of ``text`` that names the document cited before it in a footnote
    ("Ibid.", "op. cit."), as typed, or None when it has none. With no symbol beside it, the
    search cannot tell which document that is: said so, where "Ibid., para. 33" had been
    searched as words (97 paragraphs on "para" and "33")."""
    match = _BACK_REFERENCE.search(text)
    return match[0] if match else None


def ignored_words(notes: Sequence[str]) -> str:
    """Return the words of a query that the citation reader left aside, as its note names
    them ("ignored: 'peace'"), or "" when it left none."""
    return next((m["words"].strip() for note in notes if (m := IGNORED.fullmatch(note))), "")


# Search syntax a citation never has: a field ("symbol:A/RES/48/161"), a quoted phrase.
_SEARCH_SYNTAX = re.compile(r"(?<![\w.])[^\W\d_]{2,}:(?=\S)|[\"“”«»]")
_QUOTE = re.compile(r"[\"“”«»„]")
_QUOTED_WHOLE = re.compile(r"\s*[\"“«„]\s*(?P<inner>[^\"“”«»„]+?)\s*[\"”»“]\s*[.,;]?\s*")
_QUOTED_WORD = re.compile(r"[\"“«„]\s?(?P<word>[^\s\"“”«»„]{1,80})\s?[\"”»“]")


def typed_citation(query: str) -> str | None:
    """Return what to read as a citation in a query typed in a search box, or None when the
    query must be searched as words: empty, or with search syntax (a field, ``symbol:…``; a
    quoted phrase). The quotation marks a copied citation brings are left out
    (:func:`unquoted_citation`). The web app's search page, its API and ``python -m indexer
    search`` read a query so (the command line had read ``symbol:A/RES/48/161`` as the
    document's citation, and searched nothing)."""
    query = unquoted_citation(unwrapped(query))  # '"A/RES/48/161","pp3"': cells, no phrase
    if not query.strip() or _SEARCH_SYNTAX.search(unlinked(query)):  # "https:" is no field
        return None
    return query


def unquoted_citation(query: str) -> str:
    """Return ``query`` without the quotation marks a copied citation brings: a pair around the
    whole of it (“CTOC/COP/WG.4/2010/6, para. 32”, «…, par. 32»), or around its symbol alone
    ("CTOC/COP/WG.4/2010/6", para. 32), as /api/cite reads them. Before, the box searched it as
    an exact phrase: 0 results. A quoted symbol and nothing else ("A/RES/48/161") stays a
    phrase to search, the paragraphs writing it: the query as it was."""
    whole = _QUOTED_WHOLE.fullmatch(query)
    inner = whole["inner"] if whole else query
    inner = _QUOTED_WORD.sub(lambda m: m["word"] if word_symbol(m["word"]) else m[0], inner)
    if inner == query or _QUOTE.search(inner) or word_symbol(inner.strip(" .,;")):
        return query
    return inner


def words_beside(notes: Sequence[str], query: str, beside: str | None = None) -> str:
    """Return the words of a typed query besides the citation read in it: ``beside`` (a
    reference's, whole: the words no token read and the other symbols named), else as the
    reader's notes name them, else the whole query when it names several symbols. Only these
    are searched beside a citation's document, never the citation's own words: "sect. III.B.1
    (b), second indent" had searched "sect", "III", "B", "1" (No paragraph has “sect.”) and
    "op. 5; A/HRC/…, para. 68" had searched "op", "5", "para", "68"."""
    if beside is not None:
        return beside
    words = ignored_words(notes)
    if any(note.startswith("several symbols") for note in notes):
        words = words or query
    return words


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
