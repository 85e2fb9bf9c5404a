"""The interface language: French or English, chosen per request, translated from a .po file.

The choice, in order: a ``ui`` parameter (``?ui=fr``), the cookie set by the
language switch (``/ui/fr?next=/…``), the browser's Accept-Language, English.

The French catalog is ``translations/fr/LC_MESSAGES/messages.po``; it is compiled
in memory when first needed (Babel's pofile/mofile), so no .mo file is kept in the
repository and the catalog can never be older than its source.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from flask import Blueprint, Flask, abort, current_app, redirect, request
from flask_babel import Babel, Domain, get_locale
from flask_babel import gettext as _
from werkzeug.utils import cached_property

LANGUAGES = ("en", "fr")  # English is the source language of the messages
DEFAULT = "en"
COOKIE_AGE = 365 * 24 * 3600

bp = Blueprint("i18n", __name__)


def init_app(app: Flask) -> None:
    PoBabel(app, locale_selector=select_language, default_locale=DEFAULT)


def select_language() -> str:
    """Return the interface language of the current request."""
    asked = request.args.get("ui")
    if asked in LANGUAGES:
        return asked
    chosen = request.cookies.get(current_app.config["UI_COOKIE"])
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(LANGUAGES) or DEFAULT


def ui_language() -> str:
    """Return the interface language chosen for this request ("fr" or "en")."""
    return str(get_locale() or DEFAULT)


@bp.route("/ui/<lang>")
def switch(lang: str):
    """Remember the interface language in a cookie and go back to the page."""
    if lang not in LANGUAGES:
        choices = " / ".join(LANGUAGES)  # said in the interface language (it was English)
        abort(
            404,
            _("No interface language “%(lang)s”: choose %(choices)s.", lang=lang, choices=choices),
        )
    response = redirect(local_path(request.args.get("next", "/")), code=303)
    response.set_cookie(
        current_app.config["UI_COOKIE"], lang, max_age=COOKIE_AGE, samesite="Lax", httponly=True
    )
    return response


def local_path(target: str) -> str:
    """Return ``target`` if it is a path on this site, else "/" (no open redirect)."""
    if not target.startswith("/") or target.startswith(("//", "/\\")) or "\\" in target:
        return "/"
    if any(ord(c) < 32 for c in target):
        return "/"
    return target


@cache
def catalog(lang: str) -> NullTranslations:
    """Return the compiled messages of ``lang`` (English: the msgids themselves)."""
    source = resources.files(__package__).joinpath("translations", lang, "LC_MESSAGES")
    po = source.joinpath("messages.po")
    if lang == DEFAULT or not po.is_file():
        return NullTranslations()
    with po.open("rb") as handle:
        messages = read_po(handle, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, messages)
    compiled.seek(0)
    return Translations(compiled)


class PoDomain(Domain):
    """A Flask-Babel domain whose catalogs come from :func:`catalog`."""

    def get_translations(self):
        locale = get_locale()
        return catalog(str(locale)) if locale is not None else NullTranslations()


class PoBabel(Babel):
    @cached_property
    def domain_instance(self):
        return PoDomain(domain=self.domain)
