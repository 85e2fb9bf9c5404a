"""Hostile input: never a 500, never a traceback, every user string escaped."""

from __future__ import annotations

import html
from urllib.parse import quote

import pytest

from .support import tags

SCRIPT = "<script>alert(1)</script>"

HOSTILE = [
    "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
    "/?q=%22%27%3E%3Cimg+src=x+onerror=alert(1)%3E",
    "/?q=%00",
    "/?q=a%00b&state=%00",
    "/?q=" + "x" * 10_240,
    "/?q=" + "traite+" * 1500,
    "/?q=((((((((((",
    "/?q=NOT+NOT+OR+AND+%22",
    "/?q=state:%3Cscript%3E",
    "/?q=%F0%9F%92%A9%E2%80%AE",
    "/?q=%ff%fe",
    "/?state=%3Cscript%3E",
    "/?symbol=%3Cscript%3E",
    "/?symbol=..%2F..%2Fetc%2Fpasswd",
    "/?year=20100&agenda=-1",
    "/?page=99999999999999999999999",
    "/?page=" + "9" * 5000,  # more digits than Python reads into an int
    "/api/search?size=" + "9" * 5000,
    "/?page=1e3",
    "/?size=%20",
    "/?sort=%3Cscript%3E",
    "/doc/..%2F..%2Fetc/passwd",
    "/doc/../../etc/passwd",
    "/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/doc/%3Cscript%3E/fr/1",
    "/doc/%00/fr",
    "/doc/A/RES/48/161/en/pp99999",
    "/doc/A/RES/48/161/%3Cb%3E/1",
    "/doc/" + "A/" * 2000 + "1",
    "/static/..%2F..%2Fetc%2Fpasswd",
    "/static/../../pyproject.toml",
    "/ui/fr?next=%0d%0aSet-Cookie:%20x=1",
    "/ui/fr?next=//evil.example",
    "/export.csv?q=%3Cscript%3E",
    "/export.json?lang=%3Cscript%3E",
    "/api/search?q=%3Cscript%3E",
    "/api/search?q=%00&lang=%00",
    "/api/search?page=%3Cscript%3E",
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/paragraphs/%3Cscript%3E/fr/1",
    "/api/cite?ref=" + "x" * 10_240,
    "/api/cite?ref=CTOC/COP/WG.4/2010/6" + "%20par.%203" * 1000,
    "/api/cite?ref=%00%01%1b%7f",
    "/api/cite?ref=CTOC/COP/WG.4/2010/6%00par.%2032",
    "/api/cite?ref=%3Cscript%3Ealert(1)%3C/script%3E",
    "/api/cite?ref=..%2F..%2Fetc%2Fpasswd",
    "/api/cite?ref=%ff%fe",
    "/api/cite?ref=CTOC/COP/WG.4/2010/6&lang=%3Cscript%3E",
    "/?q=CTOC/COP/WG.4/2009/2%20%3Cscript%3Ealert(1)%3C/script%3E",
    "/?q=%3Cscript%3ECTOC/COP/WG.4/2010/6%3C/script%3E",
    "/?q=CTOC/COP/WG.4/2010/6%00par.%2032",
    "/?q=CTOC/COP/WG.4/2010/6/../../../etc/passwd",
    "/?q=" + "A/" * 400 + "1",
    "/?q=CTOC/COP/WG.4/2010/6,+paras+1-9999",
    "/doc/CTOC/COP/WG.4/2010/6/fr?paras=%3Cscript%3E",
    "/doc/CTOC/COP/WG.4/2010/6/fr?paras=" + "1," * 5000,
    "/doc/CTOC/COP/WG.4/2010/6/fr?paras=1-99999999999999999999",
    "/cited?ui=%3Cscript%3E",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_no_server_error_on_hostile_input(client, url):
    response = client.get(url)
    response.close()
    assert response.status_code in (200, 301, 302, 303, 400, 404), url
    body = response.get_data(as_text=True)
    assert "Traceback" not in body
    assert SCRIPT not in body and "<img src=x" not in body
    if url.startswith("/api/"):
        assert response.mimetype == "application/json"
    assert "evil.example" not in response.headers.get("Location", "")
    assert "Set-Cookie: x" not in str(response.headers)


def test_a_script_in_the_query_is_shown_escaped(client):
    response = client.get("/?q=" + SCRIPT)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert SCRIPT not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in body


def test_a_script_in_a_path_is_shown_escaped(client):
    body = client.get("/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E").get_data(as_text=True)
    assert SCRIPT not in body and "No document &lt;script&gt;" in body


def test_a_very_long_query_is_cut_with_a_notice(client):
    """GIVEN a query of 10,240 characters WHEN searched THEN the first 1,000 are searched, the
    box holds them, and the page says the rest was left out. Before, it was an Error 400,
    "q is longer than 1000 characters", with an empty box; the API still refuses it."""
    response = client.get("/?q=" + "traite " * 1500)
    assert response.status_code == 200
    body = html.unescape(response.get_data(as_text=True))
    assert "The search is limited to 1,000 characters: what followed them was left out." in body
    box = next(t for t in tags(body, "input") if t.get("id") == "q")
    assert box["value"] == ("traite " * 1500)[:1000]
    french = html.unescape(client.get("/?ui=fr&q=" + "x" * 1001).get_data(as_text=True))
    assert (
        "La recherche est limitée à 1\u202f000 caractères\u00a0: la suite a été ignorée." in french
    )
    assert client.get("/api/search?q=" + "x" * 1001).status_code == 400


def test_a_web_address_in_the_query_is_named_in_both_languages(client):
    """A web address naming no document is left out, and the page says so in the interface's
    language (it said "“https:” is not a filter" and searched the address's pieces)."""
    url = "/?q=" + quote("https://www.unodc.org/unodc/en/ traite")
    english = html.unescape(client.get(url + "&ui=en").get_data(as_text=True))
    french = html.unescape(client.get(url + "&ui=fr").get_data(as_text=True))
    assert "“https://www.unodc.org/unodc/en/” is a web address naming no document" in english
    assert "\u00ab\u00a0https://www.unodc.org/unodc/en/\u00a0\u00bb est une adresse web" in french
    assert "is not a filter" not in english


def test_a_word_matching_no_wildcard_is_named_in_french(client):
    """A word with a * inside that no corpus word matches is named, translated."""
    page = html.unescape(client.get("/?q=zz*zzq&ui=fr").get_data(as_text=True))
    assert "Aucun mot des documents ne correspond à \u00ab\u00a0zz*zzq\u00a0\u00bb" in page


def test_prefixes_excluding_each_other_are_named_in_french(client):
    """Two prefixes that no paragraph has both of are named, translated."""
    page = html.unescape(client.get("/?q=lang:fr+lang:en&ui=fr").get_data(as_text=True))
    assert "\u00ab\u00a0lang:fr\u00a0\u00bb et \u00ab\u00a0lang:en\u00a0\u00bb retiennent" in page


@pytest.mark.parametrize(
    ("ui", "link"),
    [
        ("en", "Search with “(langue:fr OR langue:en)”: 144 paragraphs"),
        (
            "fr",
            "Chercher avec \u00ab\u00a0(langue:fr OU langue:en)\u00a0\u00bb\u00a0: 144 paragraphes",
        ),
    ],
)
def test_prefixes_excluding_each_other_offer_the_search_joined_by_or(client, ui, link):
    """GIVEN two prefixes that no paragraph has both of WHEN the search finds nothing THEN the
    page offers the same search with the two joined by OR (OU in French), which finds
    paragraphs, and does not advise checking the spelling: it was the only advice."""
    page = html.unescape(
        client.get(f"/?q=traite+langue:fr+langue:en&ui={ui}").get_data(as_text=True)
    )
    assert link in page
    assert "spelling" not in page and "orthographe" not in page
    links = tags(client.get(f"/?q=traite+langue:fr+langue:en&ui={ui}").get_data(as_text=True), "a")
    assert any("q=traite+%28langue%3Afr+O" in a.get("href", "") for a in links)
