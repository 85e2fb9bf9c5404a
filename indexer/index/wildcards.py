"""Truncation: a word ending in ``*`` ("vict*", "traffick*") stands for the corpus's words
that begin so, as library catalogues and other search engines read it.

The words are read from the index's as-written field (case and accents folded),
so "protég*" finds "protégées" and "protege"; each is then searched as a word
of its own, through both languages' analyzers and the glossary, once per
analysed form ("victime", "victimes", "victims" are one search, "victimisation"
another), so that a truncated word does not outweigh the query's other words. A prefix too
short to mean anything, or that no word begins with, is searched without its
``*``, and the search says so. A ``*`` inside a word ("tr*te", "organi*ation") stands for
any letters there: the words that begin with its first letters and match the rest; before,
it was taken for a misspelling, "corrected" into the pieces around the ``*`` ("tr te"), and
found nothing.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import replace
from functools import partial

from .analysis import LANGUAGES, tokens
from .notices import Notice
from .querylang import And, Node, Or, Word

MIN_PREFIX = 3  # "v*" would be every word beginning with v
MAX_WORDS = 20  # the commonest words of a prefix are searched, not all of them


def expand(
    searcher, tree: Node | None, notices: list[Notice] | None = None
) -> tuple[Node | None, list[Notice]]:
    """Replace each truncated word of ``tree`` by its words; return the tree and notices."""
    notices = [] if notices is None else notices

    def visit(node: Node) -> Node:
        if isinstance(node, Word) and "*" in node.text.strip("*"):  # "tr*te"
            return _matched(searcher, node.text, notices)
        if isinstance(node, Word) and node.text.endswith("*") and node.text.strip("*"):
            return _expanded(searcher, node.text, notices)
        if isinstance(node, And | Or):
            return replace(node, nodes=tuple(visit(child) for child in node.nodes))
        return node  # phrases are searched as written; negated words are left alone

    return (visit(tree) if tree is not None else None), notices


def _expanded(searcher, text: str, notices: list[Notice]) -> Node:
    typed = text.rstrip("*")
    folded = tokens(typed)
    if len(folded) == 1 and len(folded[0]) < MIN_PREFIX:  # "vi*": say why, not only "ignored"
        notices.append(Notice.of("short-prefix", word=text, least=MIN_PREFIX, typed=typed))
        return Word(typed)
    words = _beginning(searcher, typed)
    if not words:  # "hate*": no word begins so; it was called "not query syntax"
        notices.append(Notice.of("no-prefix-words", word=text, typed=typed))
        return Word(typed)
    return _alternatives(text, words, notices)


def _matched(searcher, text: str, notices: list[Notice]) -> Node:
    """Return the words a word with a ``*`` inside stands for ("tr*te": traite, traites…), or,
    with too few letters or none matching, the word without its ``*``, saying why."""
    core = text.strip("*")
    parts = [part for part in re.split(r"[-‐'’]", text) if part.strip("*")]
    if len(parts) > 1:  # "human-tr*king": its words side by side, the * in its own word
        words = tuple(expand(searcher, Word(part), notices)[0] for part in parts)
        return And(words)
    pieces = [tokens(piece) for piece in core.split("*")]
    typed = core.replace("*", "")
    letters = sum(len(piece[0]) for piece in pieces if len(piece) == 1)
    if any(len(piece) != 1 for piece in pieces) or letters < MIN_PREFIX:
        notices.append(Notice.of("short-prefix", word=text, least=MIN_PREFIX, typed=typed))
        return Word(typed)
    pattern = re.compile(
        ".*".join(re.escape(piece[0]) for piece in pieces) + (".*" if text.endswith("*") else "")
    )
    found = [
        term.decode()
        for term in searcher.reader().expand_prefix("exact", pieces[0][0])
        if pattern.fullmatch(term.decode())
    ]
    if not found:
        notices.append(Notice.of("no-wildcard-words", word=text, typed=typed))
        return Word(typed)
    frequency = partial(searcher.doc_frequency, "exact")
    words = sorted(heapq.nlargest(MAX_WORDS, found, key=frequency))
    return _alternatives(text, words, notices)


def _alternatives(text: str, words: list[str], notices: list[Notice]) -> Node:
    """Return the words a ``*`` stands for, one per analysed form, and say which they are."""
    notices.append(Notice.of("wildcard", word=text, count=len(words), words=", ".join(words)))
    searched: dict[tuple, str] = {}  # one word per analysed form: "victime", "victims" are one
    for word in words:
        searched.setdefault(tuple(tuple(tokens(word, lang)) for lang in LANGUAGES), word)
    alternatives = tuple(Word(word) for word in searched.values())
    return Or(alternatives) if len(alternatives) > 1 else alternatives[0]


def _beginning(searcher, typed: str) -> list[str]:
    """Return the commonest corpus words that begin with ``typed`` (folded), in alphabetical
    order; none for a prefix too short to mean anything."""
    folded = tokens(typed)
    if len(folded) != 1 or len(folded[0]) < MIN_PREFIX:
        return []
    found = [term.decode() for term in searcher.reader().expand_prefix("exact", folded[0])]
    frequency = partial(searcher.doc_frequency, "exact")
    return sorted(heapq.nlargest(MAX_WORDS, found, key=frequency))
