"""The web app under generated URLs: query strings, path segments, redirect targets, payloads.

Through the Flask test client: whatever the URL, no 5xx, no traceback, the
security headers, redirects that stay on the site, and no user string left
unescaped in a page. The URLs of each route family are ``urls.web_urls()``.
"""

from __future__ import annotations

from hypothesis import event, given

from .checks import fetch
from .strategies import ci_settings
from .urls import payload_urls, web_urls

URLS = web_urls()


def visit(client, url: str) -> str:
    response, body = fetch(client, url)
    event(f"status {response.status_code}")  # shown by --hypothesis-show-statistics
    return body


@ci_settings(200)
@given(url=URLS["search page"])
def test_any_query_string_on_the_search_page(client, url):
    visit(client, url)


@ci_settings(150)
@given(url=URLS["search box"])
def test_any_query_in_the_search_box(client, url):
    """GIVEN any typed query (a citation too) WHEN searching THEN a page, a 400 or a redirect."""
    visit(client, url)


@ci_settings(150)
@given(url=URLS["search api"])
def test_any_query_string_on_the_search_api(client, url):
    visit(client, url)


@ci_settings(40)
@given(url=URLS["exports"])
def test_any_query_string_on_the_exports(client, url):
    visit(client, url)


@ci_settings(150)
@given(url=URLS["cite api"])
def test_any_citation_on_the_cite_api(client, url):
    visit(client, url)


@ci_settings(200)
@given(url=URLS["documents"])
def test_any_path_after_a_document_route(client, url):
    visit(client, url)


@ci_settings(200)
@given(url=URLS["language switch"])
def test_the_language_switch_redirects_only_to_this_site(client, url):
    """GIVEN any next= WHEN switching the interface language THEN the redirect is a local path."""
    visit(client, url)


@ci_settings(200)
@given(case=payload_urls())
def test_no_user_string_appears_unescaped_in_a_page(client, case):
    """GIVEN a string with < or quotes in any parameter WHEN the page answers THEN it is escaped."""
    url, payload = case
    response, body = fetch(client, url)
    event(f"status {response.status_code}")
    if response.mimetype == "text/html":
        assert payload not in body, (url, payload)
