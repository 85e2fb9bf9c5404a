"""What a page says about an address it cannot answer: words for people, the query kept.

Before, the pages showed the messages the JSON API gives programs, parameter names
and all: "paras doit être des numéros de paragraphe comme 30-32 ou 12,15", "size
doit être…", "q is longer than 1000 characters", over an empty search box. The API
keeps naming the parameter (docs/api.md).
"""

from __future__ import annotations

import html
import re

import pytest

from .support import tags

DOCUMENT = "/doc/CTOC/COP/WG.4/2010/6/fr"

# (address, the parameter at fault, what the English page says)
BAD = [
    (f"{DOCUMENT}?paras=abc", "paras", "The paragraphs asked for must be numbers such as 30-32"),
    (f"{DOCUMENT}?paras=1-300", "paras", "A citation marks at most 200 paragraphs."),
    (f"{DOCUMENT}?paras=30&absent=x", "absent", "The paragraphs said to be missing must be"),
    ("/?q=traite&size=-5", "size", "The number of results per page must be a whole number from 1"),
    ("/?q=traite&size=101", "size", "The number of results per page must be a whole number"),
    ("/?q=traite&page=0", "page", "The page number must be a whole number from 1, such as 2."),
    ("/?q=traite&page=abc", "page", "The page number must be a whole number from 1, such as 2."),
    ("/?q=traite&page=1&page=2", "page", "The address has two page numbers: keep only one."),
    ("/?q=traite&q=enfants", "q", "The address has two searches: keep only one."),
    ("/?q=traite&sort=date", "sort", "“date” is not a sort order: results are sorted by"),
    ("/?q=traite&lang=de", "lang", "No language “de” in the collection: the filter takes fr, en"),
    ("/?q=traite&kind=speech", "kind", "No kind of paragraph “speech”: the filter takes"),
    ("/?q=traite&topic=dragons", "topic", "No topic “dragons”: the filter takes"),
    ("/?q=traite&state=Atlantis", "state", "No State “Atlantis”: give a State's name, or"),
    ("/?q=traite&year=10", "year", "“10” is not a year: give four digits, such as 2010"),
    ("/?q=traite&agenda=four", "agenda", "“four” is not an agenda item: give its number"),
    ("/?q=traite&state=" + "x" * 201, "state", "A value of the filter “State” is longer than 200"),
    (
        "/?q=traite&" + "&".join(f"year={1990 + i % 30}" for i in range(301)),
        "year",
        "The filter “Year” has more than 300 values: remove some.",
    ),
    (f"{DOCUMENT}/32?item=1", "item", "The sub-item asked for must be a letter such as b."),
    ("/cited?page=999", "page", "The cited documents are listed on one page."),
    ("/cited?page=abc", "page", "The page number must be a whole number from 1, such as 2."),
    ("/cited?colour=red", "colour", "This page's address takes a page number only, not “colour”."),
]
# The API's way of saying it: the parameter's name first ("size must be", "paras doit être"),
# or after "unknown", "bad", "(" ("unknown lang 'de'", "valeur inconnue pour lang", "(q)").
RAW = r"^(?:an? )?{name}\b|(?:unknown|bad|pour|valeur de|inconnu)\W+{name}\b|\({name}\)"


def message(client, url: str, ui: str) -> str:
    response = client.get(f"{url}{'&' if '?' in url else '?'}ui={ui}")
    assert response.status_code == 400
    found = re.search(r'<p class="message">(.*?)</p>', response.get_data(as_text=True), re.S)
    assert found, url
    return html.unescape(found[1])


@pytest.mark.parametrize("url, name, english", BAD)
def test_a_bad_address_is_explained_in_words_for_people(client, url, name, english):
    """GIVEN an address with a bad value, in either interface language
    WHEN the page answers 400
    THEN its message is a sentence for people that does not name the parameter as the API
    does, and it is in French in the French interface."""
    said = message(client, url, "en")
    assert said.startswith(english), said
    assert not re.search(RAW.format(name=re.escape(name)), said), said
    french = message(client, url, "fr")
    assert french != said and not re.search(RAW.format(name=re.escape(name)), french), french
    assert "\u00a0:" in french or ":" not in french  # French sets a no-break space before ":"


def test_the_french_wording_of_the_document_and_the_search_box(client):
    """GIVEN the French interface WHEN a document's address marks paragraphs it cannot read,
    or asks for a negative number of results THEN the page says so in French for people."""
    said = message(client, f"{DOCUMENT}?paras=abc", "fr")
    assert said == "Les paragraphes demandés doivent être des numéros comme 30-32 ou 12,15."
    said = message(client, "/?q=traite&size=-5", "fr")
    assert said == "Le nombre de résultats par page doit être un nombre entier de 1 à 100."


def test_a_bad_search_address_keeps_the_query_in_the_box(client):
    """GIVEN a search with a bad filter value WHEN the page answers 400 THEN the search box
    still holds the query, to correct and search again (it was emptied)."""
    response = client.get("/?q=traite+des+enfants&state=Atlantis")
    assert response.status_code == 400
    box = next(t for t in tags(response.get_data(as_text=True), "input") if t.get("id") == "q")
    assert box["value"] == "traite des enfants"
    other = client.get(f"{DOCUMENT}?paras=abc&q=x").get_data(as_text=True)
    assert next(t for t in tags(other, "input") if t.get("id") == "q")["value"] == ""


def test_the_api_still_names_the_parameter(client):
    """GIVEN the same bad values sent to the API WHEN it answers THEN the message still names
    the parameter, for programs, as docs/api.md shows."""
    body = client.get("/api/search?size=-5").get_json()
    assert body["parameter"] == "size"
    assert body["message"] == "size must be a whole number from 1 to 100"
    body = client.get("/api/search?state=Atlantis&ui=fr").get_json()
    assert body["message"].startswith("unknown State 'Atlantis'")


@pytest.mark.parametrize("url", ["/doc/%0d%0a/", "/doc/x%0D%0A/", "/doc/%C3%A9/"])
def test_a_document_address_with_a_line_break_or_a_letter_is_redirected_encoded(client, url):
    """GIVEN a document address ending in "/" whose part decodes to a line break (or to a
    letter outside ASCII) WHEN requested THEN the redirect to the address without the "/"
    keeps it percent-encoded, and that address is a 404: the decoded line break went into
    the Location header, which raised, a 500 (fuzz, seed 1471762450: '/doc/%0d%0a/')."""
    response = client.get(url)
    assert response.status_code == 301
    assert "\n" not in response.headers["Location"] and "%" in response.headers["Location"]
    assert client.get(response.headers["Location"]).status_code == 404
