"""Security headers on every response, and JSON that cannot be read as HTML.

The pages load their only script and stylesheet from /static: the policy allows
no inline script or style, no plugin, no framing, and forms that post only here.
JSON answers escape ``<``, ``>`` and ``&`` (``\u003c``…), so that a value echoed
from the request (``/api/cite?ref=<script>``) is never markup, even to a client
that sniffs.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response
from flask.json.provider import DefaultJSONProvider

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


class HtmlSafeJSON(DefaultJSONProvider):
    """Flask's JSON, with the characters of HTML markup written as escapes."""

    sort_keys = False
    ensure_ascii = False

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        # Outside strings, JSON never has these characters: escaping them changes no value.
        return super().dumps(obj, **kwargs).translate(_HTML_SAFE)


def init_app(app: Flask) -> None:
    app.json = HtmlSafeJSON(app)
    app.after_request(add_headers)


def add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if response.mimetype == "text/html":
        response.vary.update(("Accept-Language", "Cookie"))
    return response
