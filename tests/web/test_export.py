"""Exports of all the results of a search, as CSV and JSON."""

from __future__ import annotations

import csv
import io
import re

from indexer.index.api import SearchRequest
from search_app import create_app
from search_app.export import COLUMNS

from .support import tags


def rows(response) -> list[list[str]]:
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_has_every_result_of_every_page(client, engine):
    expected = engine.search(SearchRequest("traite")).total
    assert expected > 100  # more than one page of the search core
    response = client.get("/export.csv?q=traite&page=3&size=5")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="search-results.csv"'
    table = rows(response)
    assert table[0] == list(COLUMNS)
    assert len(table) - 1 == expected == int(response.headers["X-Total-Count"])
    urls = {row[COLUMNS.index("url")] for row in table[1:]}
    assert len(urls) == len(table) - 1  # no paragraph twice


def test_csv_rows(client):
    table = rows(client.get("/export.csv?q=traite&symbol=A/RES/48/161&sort=document"))
    header, first = table[0], dict(zip(table[0], table[1], strict=True))
    assert header[:3] == ["citation", "symbol", "lang"]
    assert first["symbol"] == "A/RES/48/161"
    assert first["url"].startswith("http://localhost/doc/A/RES/48/161/")
    assert first["text"]


def test_json_export(client, engine):
    expected = engine.search(SearchRequest("traite", filters={"lang": ("en",)})).total
    response = client.get("/export.json?q=traite&lang=en")
    assert response.headers["Content-Disposition"] == 'attachment; filename="search-results.json"'
    body = response.get_json()
    assert body["total"] == body["exported"] == len(body["hits"]) == expected
    assert body["truncated"] is False and body["notice"] is None
    assert body["query"] == {"q": "traite", "filters": {"lang": ["en"]}, "sort": "relevance"}
    assert body["hits"][0]["citation"].startswith(body["hits"][0]["symbol"] + ", ")


def test_empty_search_exports_the_whole_collection(client, engine):
    expected = engine.search(SearchRequest("")).total
    assert len(rows(client.get("/export.csv"))) - 1 == expected


def test_export_is_capped_with_a_message(built_index, engine):
    app = create_app({"INDEX": str(built_index), "ENGINE": engine, "EXPORT_LIMIT": 30})
    client = app.test_client()
    response = client.get("/export.csv?q=traite")
    assert len(rows(response)) - 1 == 30
    assert "the export holds the first 30" in response.headers["X-Export-Notice"]
    body = client.get("/export.json?q=traite").get_json()
    assert body["truncated"] is True and body["exported"] == len(body["hits"]) == 30
    assert "Narrow the search" in body["notice"]
    page = client.get("/?q=traite").get_data(as_text=True)
    assert "the first 30 paragraphs only" in page


def test_bad_export_parameters_are_400(client):
    response = client.get("/export.csv?q=traite&lang=xx")
    assert response.status_code == 400
    assert "No language “xx” in the collection" in response.get_data(as_text=True)


def test_an_unknown_parameter_is_refused_naming_it(client):
    """Before, /export.csv?stat=ITA (a typo of state) exported every paragraph of the
    collection with 200: exports ignored the names /api/search refuses."""
    response = client.get("/export.csv?q=traite&stat=ITA")  # a download link: a page
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "The address has “stat”, which is not a setting of the search" in text
    assert '<a href="/?q=traite">The same search without this setting</a>' in text
    for endpoint in ("/export.json", "/api/search"):  # programs: JSON, as the API answers
        response = client.get(f"{endpoint}?q=traite&stat=ITA")
        assert response.status_code == 400 and response.is_json, endpoint
        assert response.get_json()["parameter"] == "stat"


def test_exports_take_every_parameter_of_the_api(client):
    """GIVEN every parameter /api/search takes WHEN an export gets them THEN it answers 200."""
    query = "q=traite&lang=fr&state=ITA&topic=children&symbol=A/HRC/WG.6/7/ITA/1&year=2009"
    query += "&agenda=4&kind=other&sort=document&page=2&size=5&ui=fr"
    for endpoint in ("/export.csv", "/export.json", "/api/search"):
        assert client.get(f"{endpoint}?{query}").status_code == 200, endpoint


def test_a_citation_searched_exports_what_its_page_lists(client):
    """GIVEN a citation the page does not follow (a document the collection lacks) WHEN its
    page's export links are followed THEN they hold the paragraphs the page counts: they had
    searched the query as typed, "S/RES/1325, para. 3" exporting 56 paragraphs on "para" and
    "3" under a page of 2 citing it."""
    for query in ("S/RES/1325, para. 3", "CTOC/COP/WG.4/2009/2, para. 17 victimes"):
        page = client.get("/", query_string={"q": query}).get_data(as_text=True)
        total = int(re.search(r'<h1 id="results-heading">(\d+) ', page).group(1))
        links = [t["href"] for t in tags(page, "a") if t["href"].startswith("/export.")]
        assert len(links) == 2 and 0 < total < 100, query
        csv_link, json_link = sorted(links)
        assert len(rows(client.get(csv_link))) - 1 == total, query
        body = client.get(json_link).get_json()
        assert body["total"] == len(body["hits"]) == total, query


def test_a_citation_of_what_the_collection_lacks_exports_nothing(client):
    """GIVEN a paragraph the document lacks, which its page answers with the notice alone WHEN
    it is exported THEN the export is empty too (it had the 121 paragraphs on "200")."""
    body = client.get("/export.json", query_string={"q": "CTOC/COP/WG.4/2010/6, para. 200"})
    assert body.get_json()["total"] == 0 and body.get_json()["hits"] == []
