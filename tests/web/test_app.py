"""The app factory, its settings, the 503 when there is no index, security headers, errors."""

from __future__ import annotations

import json
import logging

import pytest

from search_app import create_app
from search_app.security import HEADERS


def test_shipped_configuration_has_no_debug_and_no_secret(monkeypatch):
    monkeypatch.delenv("UNSEARCH_INDEX", raising=False)
    app = create_app()
    assert app.debug is False and app.testing is False
    assert not app.config.get("SECRET_KEY")
    assert app.config["INDEX"] == "var/index"
    assert app.config["EXPORT_LIMIT"] == 10_000


def test_index_folder_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("UNSEARCH_INDEX", str(tmp_path))
    assert create_app().config["INDEX"] == str(tmp_path)


@pytest.fixture
def app_without_index(tmp_path):
    return create_app({"TESTING": True, "INDEX": str(tmp_path / "nothing-here")})


@pytest.mark.parametrize(
    "url",
    ["/", "/?q=traite", "/doc/CTOC/COP/WG.4/2010/6/fr", "/doc/A/RES/48/161/en/pp3"],
)
def test_missing_index_answers_503_with_how_to_build_it(app_without_index, url):
    response = app_without_index.test_client().get(url)
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "python -m indexer build --corpus corpus --index" in body
    assert "Traceback" not in body
    assert response.headers["Retry-After"]


@pytest.mark.parametrize("url", ["/api/search?q=traite", "/api/documents", "/export.json"])
def test_missing_index_answers_503_in_json_on_the_api(app_without_index, url):
    response = app_without_index.test_client().get(url)
    assert response.status_code == 503
    if url.startswith("/api"):
        assert "python -m indexer build" in response.get_json()["message"]


def test_outdated_index_answers_503(tmp_path):
    """GIVEN an index written by another schema version WHEN a page is asked THEN 503."""
    generation = tmp_path / "gen-old"
    generation.mkdir()
    (generation / "meta.json").write_text(json.dumps({"schema_version": -1, "documents": []}))
    (tmp_path / "CURRENT").write_text("gen-old\n")
    response = create_app({"INDEX": str(tmp_path)}).test_client().get("/?q=traite")
    assert response.status_code == 503
    assert "schema version" in response.get_data(as_text=True)


def test_static_files_are_served_without_an_index(app_without_index):
    response = app_without_index.test_client().get("/static/style.css")
    response.close()
    assert response.status_code == 200
    assert response.mimetype == "text/css"


def test_healthz_without_an_index_answers_503_in_plain_text(app_without_index):
    """Before, a health probe got the HTML error page for people (a language switch to
    /ui/fr?next=/healthz and all)."""
    response = app_without_index.test_client().get("/healthz")
    assert response.status_code == 503 and response.mimetype == "text/plain"
    body = response.get_data(as_text=True)
    assert body.startswith("unavailable: no index in ") and "python -m indexer build" in body
    assert "<" not in body and response.headers["Retry-After"]


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "ok\n"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/?q=traite",
        "/doc/CTOC/COP/WG.4/2010/6",
        "/doc/CTOC/COP/WG.4/2010/6/fr/32",
        "/api/search?q=traite",
        "/api/search?page=0",
        "/no/such/page",
        "/static/app.js",
        "/export.csv?q=traite",
        "/healthz",
        "/cited",
        "/api/cite?ref=A/RES/48/161",
    ],
)
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    response.close()  # static files are streamed from an open file
    for name, value in HEADERS.items():
        assert response.headers[name] == value
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_json_never_carries_markup(client):
    """GIVEN a request value echoed in JSON WHEN it holds markup THEN it is written escaped."""
    response = client.get("/api/cite?ref=%3Cscript%3E%26A/RES/48/161")
    body = response.get_data(as_text=True)
    assert "<" not in body and ">" not in body and "&" not in body
    assert "\\u003cscript\\u003e\\u0026A/RES/48/161" in body
    assert response.get_json()["ref"] == "<script>&A/RES/48/161"
    highlight = client.get("/api/search?q=traite&size=1").get_json()["hits"][0]["highlight"]
    assert "<mark>" in highlight and "é" in client.get("/api/search?q=traite").get_data(
        as_text=True
    )


def test_pages_have_no_inline_script_or_style(client):
    pages = ("/", "/?q=traite", "/doc/A/RES/48/161/compare", "/doc/A/RES/48/161/en/pp3", "/cited")
    for url in pages:
        body = client.get(url).get_data(as_text=True)
        assert "<script>" not in body and "<style" not in body and " style=" not in body
        assert " onclick=" not in body and "javascript:" not in body


def test_unexpected_error_is_logged_and_shown_without_details(failing_app, caplog):
    with caplog.at_level(logging.ERROR):
        response = failing_app.test_client().get("/boom")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Something went wrong" in body
    assert "secret detail" not in body and "Traceback" not in body
    assert "secret detail of the failure" in caplog.text


def test_unexpected_error_on_the_api_is_json(failing_app):
    response = failing_app.test_client().get("/api/boom")
    assert response.status_code == 500
    assert response.get_json() == {
        "status": 500,
        "error": "Internal Server Error",
        "message": "Unexpected error.",
    }


def test_unknown_page_is_a_custom_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "Page not found" in body and '<html lang="en">' in body


def test_wrong_method_is_405_with_allow_header(client):
    response = client.post("/")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    api = client.post("/api/search")
    assert api.status_code == 405 and api.get_json()["status"] == 405
