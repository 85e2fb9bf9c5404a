"""The search core, shared by every request of an app and reached through ``get_engine()``.

The engine is opened on first use, not when the app is created, so that the app
starts (and answers 503 with instructions) before an index exists, and picks the
index up as soon as one is built.
"""

from __future__ import annotations

import threading
from pathlib import Path

from flask import Flask, current_app, g

from indexer.index.api import SearchEngine
from indexer.index.engine import WhooshEngine

_LOCK = threading.Lock()


def init_app(app: Flask) -> None:
    app.extensions["search_engine"] = app.config["ENGINE"]


def get_engine() -> SearchEngine:
    """Return the app's search engine, opening it if needed.

    Raises:
        IndexMissingError, IndexOutdatedError: there is no usable index (answered with 503).
    """
    if "engine" not in g:
        g.engine = _shared(current_app)
    return g.engine


def _shared(app: Flask) -> SearchEngine:
    engine = app.extensions.get("search_engine")
    if engine is None:
        with _LOCK:
            engine = app.extensions.get("search_engine")
            if engine is None:
                engine = WhooshEngine(Path(app.config["INDEX"]))
                app.extensions["search_engine"] = engine
    return engine
