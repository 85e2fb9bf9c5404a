"""A raw Whoosh query on an index, without the search core around it: the benchmarks' baseline.

It parses the words with Whoosh's own query parser over the two text fields
(quotes are ignored: these fields keep no positions) and returns the top ids:
no glossary, no twins, no facets, no highlights.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from whoosh.index import open_dir
from whoosh.qparser import MultifieldParser, OrGroup, PhrasePlugin

from .store import IndexStore


def raw_searcher(root: Path) -> Callable[[str], list[str]]:
    """Return a function running a plain Whoosh query on the index at ``root``."""
    generation = IndexStore(root).current()
    if generation is None:
        raise FileNotFoundError(f"no index in {root}")
    index = open_dir(str(generation))
    searcher = index.searcher()
    parser = MultifieldParser(["text_fr", "text_en"], index.schema, group=OrGroup)
    parser.remove_plugin_class(PhrasePlugin)  # the text fields keep no positions

    def run(text: str) -> list[str]:
        return [hit["id"] for hit in searcher.search(parser.parse(text), limit=10)]

    return run
