"""Error responses: HTML pages in the interface language, JSON under /api; never a traceback."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, current_app, jsonify, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException, InternalServerError, NotFound

from indexer.errors import IndexerError
from indexer.index.api import FACETS, MAX_QUERY_LENGTH

from .labels import facet_title
from .params import MAX_VALUES, ParamError
from .repair import search_without_faults
from .results import search_url

API_PREFIX = "/api/"
_API_DEFAULTS = {
    404: "No such API endpoint. Endpoints: /api/search, /api/documents, "
    "/api/documents/<symbol>, /api/paragraphs/<symbol>/<lang>/<anchor>, /api/cite "
    "(see docs/api.md).",
    405: "Only GET is supported.",
}


def init_app(app: Flask) -> None:
    app.register_error_handler(ParamError, bad_parameter)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(IndexerError, unavailable)
    app.register_error_handler(Exception, unexpected)


def wants_json() -> bool:
    """Tell whether a request is answered in JSON: the API's, and the JSON export's (a program's
    download; an HTML page there had to be parsed to learn which parameter was wrong)."""
    path = request.path
    return path.startswith(API_PREFIX) or path in (API_PREFIX.rstrip("/"), "/export.json")


def bad_parameter(error: ParamError):
    if wants_json():
        body = {"status": 400, "error": "Bad Request", "message": error.description}
        body["parameter"] = error.parameter
        if error.valid:
            body["valid"] = list(error.valid)
        return jsonify(body), 400
    name = error.parameter
    title = facet_title(name) if name in FACETS else name
    return _page(400, error.translated(filter=title), ways_out=_way_back(error, title))


SEARCHES = ("search.index", "export.as_csv", "export.as_json")  # endpoints that take a search
DOCUMENT_PAGES = ("documents.document", "documents.paragraph")  # ?paras=, ?part=, ?item=…


def _way_back(error: ParamError, title: str) -> tuple[tuple[str, str], ...]:
    """Return the link from a refused search to the same search without what was wrong (the
    page's only link had been to the empty search page: the query and filters were lost), or
    from a page of ``/cited`` outside the list to its first page (an old bookmark's only link
    had been to the search page), or from a document's or paragraph's page with a bad setting
    (``?part=iv.d``) to the same page without it (its only link had been to the search page)."""
    if request.endpoint == "references.cited":
        return ((_("Documents cited by the collection"), url_for("references.cited")),)
    if request.endpoint in DOCUMENT_PAGES:  # "?part=iv.d": the page as it is without it
        kept = [(k, v) for k, v in request.args.items(multi=True) if k != error.parameter]
        url = request.path + ("?" + urlencode(kept) if kept else "")
        return ((_("The same page without this setting"), url),)
    if request.endpoint not in SEARCHES:
        return ()
    url = search_url(search_without_faults(request.args, error))
    value = error.values.get("value")
    if error.parameter in FACETS and value is not None:
        label = _("The same search without “%(value)s”", value=_shortened(value))
    elif error.parameter in FACETS:
        label = _(
            "The same search with the first %(limit)s values of “%(filter)s”",
            limit=MAX_VALUES,
            filter=title,
        )
    elif len(request.args.getlist(error.parameter)) > 1:
        label = _("The same search, keeping the first one")
    else:
        label = _("The same search without this setting")
    return ((label, url),)


def _shortened(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def http_error(error: HTTPException):
    code = error.code or 500
    told = error.description != type(error).description  # abort(404, "No document X.")
    if wants_json():
        message = error.description if told else _API_DEFAULTS.get(code, error.description)
        body = {"status": code, "error": error.name, "message": message}
        return jsonify(body), code, _allow(error)
    message = error.description if told and code in (400, 404) else None
    return _page(code, message, _allow(error), getattr(error, "ways_out", ()))


def unavailable(error: IndexerError):
    detail = str(error)
    current_app.logger.warning("search index unavailable: %s", detail)
    headers = {"Retry-After": "60"}
    if wants_json():
        body = {"status": 503, "error": "Service Unavailable", "message": detail}
        return jsonify(body), 503, headers
    html = render_template(
        "error.html",
        code=503,
        title=_("The search index is not available"),
        message=detail,
        index=current_app.config["INDEX"],
    )
    return html, 503, headers


def unexpected(error: Exception):
    if current_app.debug:
        raise error
    current_app.logger.exception("unexpected error on %s %s", request.method, request.path)
    if wants_json():
        body = {"status": 500, "error": "Internal Server Error", "message": "Unexpected error."}
        return jsonify(body), 500
    return _page(500, None)


class NotHere(NotFound):
    """A 404 that knows where the reader may go instead: ``ways_out`` as (label, url)."""

    def __init__(self, message: str, ways_out: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.ways_out = ways_out


def _page(
    code: int,
    message: str | None,
    headers: dict[str, str] | None = None,
    ways_out: tuple[tuple[str, str], ...] = (),
):
    titles = {
        400: _("Bad request"),
        404: _("Page not found"),
        405: _("Method not allowed"),
        500: _("Something went wrong"),
    }
    try:
        title = titles.get(code) or _("Error %(code)s", code=code)
        html = render_template(
            "error.html",
            code=code,
            title=title,
            message=message,
            ways_out=ways_out,
            query=_query(),
        )
        return html, code, headers or {}
    except Exception:  # the error page itself failed: answer in plain text, still no details
        current_app.logger.exception("the error page could not be rendered")
        return InternalServerError.description, code, {"Content-Type": "text/plain"}


def _query() -> str:
    """Return the query of a search that could not be answered, to keep it in the search box
    (a bad filter or page number had emptied it)."""
    if request.endpoint not in SEARCHES:
        return ""
    return request.args.get("q", "")[:MAX_QUERY_LENGTH]


def _allow(error: HTTPException) -> dict[str, str]:
    """Keep the Allow header of a 405."""
    headers = dict(error.get_headers())
    return {"Allow": headers["Allow"]} if "Allow" in headers else {}
