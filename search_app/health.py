"""``/healthz``: a trivial endpoint for monitoring (and the load benchmark's baseline)."""

from __future__ import annotations

from flask import Blueprint

from .engine import get_engine

bp = Blueprint("health", __name__)


@bp.route("/healthz")
def healthz():
    """Answer "ok" when the index is usable (503 otherwise, through the error handler)."""
    get_engine()
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}
