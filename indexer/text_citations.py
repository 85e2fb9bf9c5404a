"""Citations in the text of documents: a report paragraph and its footnotes.

:func:`find_citations` turns the tokens of a paragraph (``indexer.citation_tokens``) into
citations: a token of paragraph numbers is joined to the symbol written before or after it,
or to a cue such as "ci-dessous" or "du rapport" (the citing document, or another whose symbol
comes later in the sentence); a reference to "the report" with no symbol takes the symbol
given in the paragraph's footnote. ``indexer.citations`` exports it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from .citation_patterns import BEFORE_OTHER, BOUNDARY, CUE, LINKS, sentence_end
from .citation_tokens import Token, tokenize
from .symbols import SymbolRules, rules

_SYMBOL_THEN_PARAGRAPH = re.compile(r"\)?[\s,(]{0,3}")  # CTOC/COP/WG.4/2009/2, para. 17
_PARAGRAPH_THEN_SYMBOL = re.compile(  # para. 17 of CTOC/…, paragraphe 17 du document CTOC/…
    r"[\s,]{0,3}(?:(?i:of|in|from|de|du|dans)\s{1,3}(?:(?i:the|le|la|sa|its)\s{1,3})?"
    r"(?:(?i:General\s{1,3}Assembly|Security\s{1,3}Council)\s{1,3})?"
    r"(?:(?i:document|resolution|résolution|decision|décision)\s{1,3})?)?\(?"
)
_CUE_REACH = 120  # characters after the numbers where a cue may stand
_SYMBOL_REACH = 250  # characters after the numbers where "the report"'s symbol may stand
_FOLLOW_UP_REACH = 80  # characters between "pour donner suite à" and the numbers
_BEFORE_REACH = 40  # characters before the numbers where "article 32," may stand
_LINK_WORDS = 6  # "of General Assembly resolution": words between the numbers and a cue
_NUMBERED = ("paragraph", "recommendation")


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
