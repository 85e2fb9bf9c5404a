"""An index of a generated corpus, and the web app over it: for the tests of documents the
shipped corpus lacks (annexes, articles, tables, boxes…)."""

from __future__ import annotations

from pathlib import Path

from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from search_app import create_app


def indexed(corpus: Path, root: Path) -> WhooshEngine:
    """Build the index of ``corpus`` in ``root`` and return the engine searching it."""
    build_index(corpus, root, progress=False)
    return WhooshEngine(root)


def web_client(engine: WhooshEngine):
    """Return a Flask test client of the app over ``engine``."""
    return create_app({"TESTING": True, "INDEX": "unused", "ENGINE": engine}).test_client()
