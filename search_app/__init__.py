"""The web front end: HTML pages for people and a JSON API for programs, over the search core.

The app is built by :func:`create_app`; there is no module-level app object.
Serve it with ``python -m search_app`` (waitress).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from indexer.settings import index_dir

# Every setting, declared once with its default.
DEFAULTS: dict[str, Any] = {
    "INDEX": None,  # index folder; None: indexer.settings (UNSEARCH_INDEX, default var/index)
    "EXPORT_LIMIT": 10_000,  # paragraphs in one export
    "CITED_PAGE_SIZE": 50,  # cited documents on one page of /cited
    "UI_COOKIE": "ui",  # cookie holding the chosen interface language
    "ENGINE": None,  # a search engine to use instead of opening INDEX (tests)
}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the web app; ``test_config`` overrides the defaults (tests, the command line)."""
    app = Flask(__name__)
    # A doubled slash is a 404, not Werkzeug's absolute redirect built from the
    # request's Host header (which a forged Host would choose) with an HTML body.
    app.url_map.merge_slashes = False
    app.config.from_mapping(DEFAULTS)
    if test_config is not None:
        app.config.from_mapping(test_config)
    if app.config["INDEX"] is None:
        app.config["INDEX"] = str(index_dir())

    from . import engine, errors, i18n, labels, security

    i18n.init_app(app)
    engine.init_app(app)
    security.init_app(app)  # also the JSON: keys in the order built, UTF-8, HTML-safe
    errors.init_app(app)
    labels.init_app(app)

    from . import api, documents, export, health, references, search

    for module in (search, documents, references, api, export, health, i18n):
        app.register_blueprint(module.bp)
    return app
