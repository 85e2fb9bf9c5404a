"""Turn a parsed query into a Whoosh query over both languages' fields.

Each word is analyzed by the French and the English chain and looked up in
the paragraph's own-language field and in its twin field (the same paragraph
in the other language, weighted lower). Runs of words that form a glossary
term also search for the term's equivalents, as phrases, in both languages.
A word that either language treats as a stop word is left out, so "trafficking
in persons" does not require "in". Quoted phrases match the words as written,
case and accents aside.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from whoosh import query as wq

from .analysis import LANGUAGES, tokens
from .dismax import BestOf
from .facetvalues import facet_term
from .glossary import Span, glossary_spans
from .querylang import And, Field, Node, Not, Or, Phrase, Word

TWIN_BOOST = 0.6  # a match in the other-language version of the paragraph
PHRASE_BOOST = 2.0  # a glossary term found as a whole, as typed
EXPANSION_BOOST = 1.5  # one of its equivalents, in either language
TIEBREAK = 0.1  # alternatives of one word or term: the best counts, the others barely


@dataclass
class Compiled:
    """A Whoosh query and the terms to highlight, per field."""

    query: wq.Query | None
    highlight: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    conjuncts: list[wq.Query] = field(default_factory=list)  # top-level parts, for relaxing


def compile_query(tree: Node | None) -> Compiled:
    """Compile a query tree; None for an empty query (browse everything)."""
    compiled = Compiled(query=None)
    if tree is None:
        return compiled
    if isinstance(tree, And):
        parts = _and_parts(tree.nodes, compiled)
        compiled.conjuncts = [p for p in parts if not isinstance(p, wq.Not)]
        compiled.query = _combine_and(parts)
    else:
        compiled.query = _node(tree, compiled, positive=True)
        compiled.conjuncts = [compiled.query] if compiled.query is not None else []
    return compiled


def _node(node: Node, compiled: Compiled, positive: bool) -> wq.Query | None:
    if isinstance(node, Word):
        parts = _words([node.text], compiled, positive)
        return parts[0] if parts else None
    if isinstance(node, Phrase):
        return _phrase(node.text, compiled, positive)
    if isinstance(node, Field):
        return facet_term(node.name, node.value)
    if isinstance(node, Not):
        inner = _node(node.node, compiled, positive=False)
        return wq.Not(inner) if inner is not None else None
    if isinstance(node, And):
        return _combine_and(_and_parts(node.nodes, compiled, positive))
    if isinstance(node, Or):
        parts = [q for q in (_node(n, compiled, positive) for n in node.nodes) if q is not None]
        return wq.Or(parts) if len(parts) > 1 else (parts[0] if parts else None)
    return None


def _and_parts(nodes: tuple[Node, ...], compiled: Compiled, positive: bool = True) -> list:
    """Compile the children of an AND, giving runs of words that form glossary terms a unit."""
    parts: list[wq.Query] = []
    run: list[str] = []
    for node in [*nodes, None]:
        if isinstance(node, Word):
            run.append(node.text)
            continue
        if run:
            parts.extend(_words(run, compiled, positive))
            run = []
        if node is not None:
            part = _node(node, compiled, positive)
            if part is not None:
                parts.append(part)
    return parts


def _combine_and(parts: list[wq.Query]) -> wq.Query | None:
    if not parts:
        return None
    if all(isinstance(p, wq.Not) for p in parts):
        parts = [wq.Every(), *parts]
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _words(words: list[str], compiled: Compiled, positive: bool) -> list[wq.Query]:
    """Compile a run of plain words: glossary spans first, then single words."""
    spans = glossary_spans(words)
    parts: list[wq.Query] = []
    index = 0
    for span in spans:
        parts.extend(q for w in words[index : span.start] if (q := _word(w, compiled, positive)))
        parts.append(_expansion(words, span, compiled, positive))
        index = span.end
    parts.extend(q for w in words[index:] if (q := _word(w, compiled, positive)))
    return parts


def _word(text: str, compiled: Compiled, positive: bool) -> wq.Query | None:
    analyzed = {lang: tokens(text, lang) for lang in LANGUAGES}
    if any(not terms for terms in analyzed.values()):
        return None  # a stop word in one of the languages: not required
    clauses = []
    for lang, terms in analyzed.items():
        clauses.append(_sequence(f"text_{lang}", terms, 1.0, phrase=True))
        clauses.append(_sequence(f"twin_{lang}", terms, TWIN_BOOST, phrase=False))
        if positive:
            compiled.highlight[lang].update(terms)
    return BestOf(clauses, tiebreak=TIEBREAK)


def _expansion(words: list[str], span: Span, compiled: Compiled, positive: bool) -> wq.Query:
    """Compile a glossary span: the term as typed, any equivalent, or its words apart."""
    typed = " ".join(words[span.start : span.end])
    clauses: list[wq.Query] = []
    for lang, term in [*((lang, typed) for lang in LANGUAGES), *span.equivalents]:
        terms = tokens(term, lang)
        if not terms:
            continue
        boost = PHRASE_BOOST if term == typed else EXPANSION_BOOST
        clauses.append(_sequence(f"text_{lang}", terms, boost, phrase=True))
        clauses.append(_sequence(f"twin_{lang}", terms, boost * TWIN_BOOST, phrase=False))
        if positive:
            compiled.highlight[f"phrase_{lang}"].add(" ".join(terms))
    own = [q for w in words[span.start : span.end] if (q := _word(w, compiled, positive))]
    if own:
        clauses.append(wq.And(own) if len(own) > 1 else own[0])
    return BestOf(clauses, tiebreak=TIEBREAK)


def _phrase(text: str, compiled: Compiled, positive: bool) -> wq.Query | None:
    words = tokens(text)
    if not words:
        return None
    if positive:
        compiled.highlight["exact"].add(" ".join(words))
    return _sequence("exact", words, 1.0, phrase=True)


def _sequence(fieldname: str, terms: list[str], boost: float, phrase: bool) -> wq.Query:
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0], boost=boost)
    if phrase:
        return wq.Phrase(fieldname, terms, boost=boost)
    return wq.And([wq.Term(fieldname, term) for term in terms], boost=boost)
