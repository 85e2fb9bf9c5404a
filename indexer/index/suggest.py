"""Did-you-mean: replace words the index does not know by the nearest ones it does."""

from __future__ import annotations

from .analysis import tokens
from .querylang import Node, plain_text


def did_you_mean(searcher, tree: Node | None, original: str) -> str | None:
    """Return the query with misspelled words corrected, or None when nothing needs it."""
    corrected = original
    changed = False
    for text in plain_text(tree):
        if " " in text:
            continue  # a phrase: left as written
        words = tokens(text)
        if len(words) != 1 or len(words[0]) < 4 or words[0].isdigit():
            continue
        word = words[0]
        if searcher.doc_frequency("exact", word) > 0:
            continue
        suggestions = searcher.suggest("exact", word, limit=1, maxdist=2, prefix=1)
        if suggestions and suggestions[0] != word:
            corrected = corrected.replace(text, suggestions[0], 1)
            changed = True
    return corrected if changed else None
