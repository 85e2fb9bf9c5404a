"""Spelling: correct words the index does not know, and suggest corrections.

A word found nowhere in the corpus (in neither language's stems nor as
written) is replaced by the nearest word the corpus has, and the search says
so; when only few paragraphs match, a did-you-mean is offered for words that
are rare but exist.
"""

from __future__ import annotations

from dataclasses import replace

from ..enrich.states import query_state_mentions
from .analysis import LANGUAGES, tokens
from .glossary import glossary_spans
from .querylang import And, Node, Not, Or, Word, plain_text

MIN_LENGTH = 4  # shorter words are too ambiguous to correct
MAX_LENGTH = 30  # longer "words" are not misspellings; correcting them costs time for nothing


def unknown(searcher, text: str) -> bool:
    """Return True when no paragraph has ``text`` in any language."""
    words = tokens(text)
    if len(words) != 1 or not MIN_LENGTH <= len(words[0]) <= MAX_LENGTH or words[0].isdigit():
        return False
    if searcher.doc_frequency("exact", words[0]):
        return False
    stems = {lang: tokens(text, lang) for lang in LANGUAGES}
    if not all(stems.values()):
        return False  # a stop word of one language ("what", "which"): a word, not a typo
    if glossary_spans([text]):
        return False  # a term of the glossary or lexicon: searched through its equivalents
    return not any(
        searcher.doc_frequency(f"text_{lang}", stem) for lang in LANGUAGES for stem in stems[lang]
    )


def nearest(searcher, text: str) -> str | None:
    """Return the corpus word nearest to ``text`` (at most two edits), or None."""
    words = tokens(text)
    if len(words) != 1:
        return None
    found = searcher.suggest("exact", words[0], limit=1, maxdist=2, prefix=1)
    return found[0] if found and found[0] != words[0] else None


def correct(searcher, tree: Node | None) -> tuple[Node | None, list[tuple[str, str]]]:
    """Replace unknown words by their nearest corpus word; return the tree and the changes.

    The words of a State's name are left alone ("Holy See" names the Holy See
    even when no paragraph does).
    """
    changes: list[tuple[str, str]] = []
    named = _state_words(tree)

    def visit(node: Node) -> Node:
        if isinstance(node, Word) and node.text not in named and unknown(searcher, node.text):
            better = nearest(searcher, node.text)
            if better:
                changes.append((node.text, better))
                return Word(better)
            return node
        if isinstance(node, And | Or):
            return replace(node, nodes=tuple(visit(child) for child in node.nodes))
        return node  # phrases are searched as written; negated words are left alone

    return (visit(tree) if tree is not None else None), changes


def _state_words(tree: Node | None) -> set[str]:
    """Return the words of the query that belong to the name of a State."""
    if tree is None:
        return set()
    text = " ".join(plain_text(tree))
    return {word for mention in query_state_mentions(text) for word in mention.name.split()}


def did_you_mean(searcher, tree: Node | None, original: str) -> str | None:
    """Return the query with rare words replaced by commoner near ones, or None."""
    corrected, changed = original, False
    for text in plain_text(tree):
        if " " in text or isinstance(tree, Not):
            continue
        words = tokens(text)
        if len(words) != 1 or not MIN_LENGTH <= len(words[0]) <= MAX_LENGTH:
            continue
        better = nearest(searcher, text)
        if better and searcher.doc_frequency("exact", better) > searcher.doc_frequency(
            "exact", words[0]
        ):
            corrected, changed = corrected.replace(text, better, 1), True
    return corrected if changed else None
