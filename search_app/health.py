"""``/healthz``: a trivial endpoint for monitoring (and the load benchmark's baseline)."""

from __future__ import annotations

from flask import Blueprint, current_app

from indexer.errors import IndexerError

from .engine import get_engine

bp = Blueprint("health", __name__)
PLAIN = {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}


@bp.route("/healthz")
def healthz():
    """Answer "ok" when the index is usable, else 503 with the reason, in plain text: a health
    probe had got the HTML error page of people, language switch and all."""
    try:
        get_engine()
    except IndexerError as problem:
        current_app.logger.warning("search index unavailable: %s", problem)
        return f"unavailable: {problem}\n", 503, PLAIN | {"Retry-After": "60"}
    return "ok\n", 200, PLAIN
