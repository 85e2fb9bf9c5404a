"""The JSON API: its answers, and a JSON 400 or 404 for everything it cannot answer."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pytest

from indexer.index.api import FACETS, SearchRequest
from indexer.index.serialize import result_json


def get_json(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


def test_search_answers_the_search_core_json(client, engine):
    """A query that is no citation: the search core's answer, ``citation`` null."""
    body = get_json(client, "/api/search?q=traite+des+enfants&size=5")
    expected = result_json(engine.search(SearchRequest("traite des enfants", size=5)))
    assert body == expected | {"citation": None}
    assert set(body) >= {"total", "page", "size", "hits", "facets", "did_you_mean"}
    hit = body["hits"][0]
    assert set(hit) >= {"id", "symbol", "lang", "paragraph", "text", "highlight", "section"}
    assert hit["url"] == f"/doc/{hit['symbol']}/{hit['lang']}/{hit['anchor']}"
    assert set(body["facets"]) == set(FACETS)
    assert set(body["facets"]["state"][0]) == {"value", "label", "count", "selected"}


@pytest.mark.parametrize("group", ["SIDS", "pays nordiques"])
def test_a_group_of_states_as_a_filter_is_named_as_the_command_line_names_it(client, engine, group):
    """GIVEN a group of States passed as the State filter (?state=SIDS) WHEN /api/search
    answers THEN it is the search core's answer to that filter, as `indexer search --filter
    state=SIDS` prints it: one `group-filter` notice naming the group (api.md). The app had
    put the group's 39 members in its place before the search, so the answer named no group
    and had 33 `absent-value` notices, one per member no paragraph names ("The filter
    “state=ATG” matches no paragraph"), filters the caller never gave."""
    body = get_json(client, "/api/search?" + urlencode({"q": "traite", "state": group}))
    expected = engine.search(SearchRequest("traite", filters={"state": (group,)}))
    assert body == result_json(expected) | {"citation": None}
    assert [n["code"] for n in body["notices"]] == ["group-filter"]
    assert body["total"] > 0 and any(v["selected"] for v in body["facets"]["state"])


def test_lang_filters_documents_and_ui_chooses_labels(client):
    body = get_json(client, "/api/search?q=traite&lang=en&ui=fr")
    assert {h["lang"] for h in body["hits"]} == {"en"}
    labels = {v["value"]: v["label"] for v in body["facets"]["lang"]}
    assert labels["en"] == "anglais"
    assert get_json(client, "/api/search?q=traite&ui=en")["facets"]["lang"][0]["label"] in (
        "French",
        "English",
    )


def test_repeated_filters_are_or_within_a_facet(client, engine):
    both = get_json(client, "/api/search?q=traite&symbol=A/RES/48/161&symbol=A/HRC/WG.6/7/ITA/1")
    one = get_json(client, "/api/search?q=traite&symbol=A/HRC/WG.6/7/ITA/1")
    other = get_json(client, "/api/search?q=traite&symbol=A/RES/48/161")
    assert both["total"] == one["total"] + other["total"]


def test_paging_and_sort(client):
    body = get_json(client, "/api/search?q=traite&page=2&size=7&sort=document")
    assert (body["page"], body["size"], len(body["hits"])) == (2, 7, 7)


@pytest.mark.parametrize(
    "query, parameter, words",
    [
        ("page=abc", "page", "whole number from 1 to 500"),
        ("page=0", "page", "whole number"),
        ("size=101", "size", "from 1 to 100"),
        ("sort=date", "sort", "valid: relevance, document"),
        ("lang=de", "lang", "valid: fr, en, es, ar, zh, ru"),
        ("ui=de", "ui", "valid: en, fr"),
        ("kind=x", "kind", "valid: recommendation, deliberation"),
        ("year=twenty", "year", "four digits"),
        ("state=ZZZ", "state", "ISO 3166"),
        ("topic=x", "topic", "valid: victim-protection"),
        ("agenda=x", "agenda", "number"),
        ("color=red", "color", "valid: q, page, size, sort"),
        ("q=" + "a" * 1001, "q", "longer than 1000"),
        ("page=1&page=2", "page", "more than once"),
    ],
)
def test_bad_parameters_are_400_with_a_message(client, query, parameter, words):
    body = get_json(client, f"/api/search?{query}", 400)
    assert body["status"] == 400
    assert body["parameter"] == parameter
    assert words in body["message"]


def test_a_closed_list_of_values_is_given_to_programs(client):
    body = get_json(client, "/api/search?sort=x", 400)
    assert body["valid"] == ["relevance", "document"]


def test_documents(client, engine):
    body = get_json(client, "/api/documents")
    assert len(body["documents"]) == len(engine.documents())
    first = body["documents"][0]
    assert first["url"] == f"/doc/{first['symbol']}/{first['lang']}"


def test_document(client):
    body = get_json(client, "/api/documents/A/RES/48/161")
    assert body["symbol"] == "A/RES/48/161"
    assert set(body["versions"]) == set(body["paragraphs"]) == {"en", "fr"}
    assert body["versions"]["en"]["paragraph_count"] == len(body["paragraphs"]["en"]) == 48
    assert body["paragraphs"]["en"][2]["anchor"] == "pp3"
    assert get_json(client, "/api/documents/a/res/48/161")["symbol"] == "A/RES/48/161"


def test_paragraph(client):
    body = get_json(client, "/api/paragraphs/CTOC/COP/WG.4/2010/6/fr/32")
    assert body["citation"] == "CTOC/COP/WG.4/2010/6, para. 32"
    assert body["url"] == "/doc/CTOC/COP/WG.4/2010/6/fr/32"
    assert body["document_url"] == "/doc/CTOC/COP/WG.4/2010/6/fr#para-32"
    assert body["other_languages"] == {}
    twin = get_json(client, "/api/paragraphs/A/RES/48/161/en/pp3")
    assert twin["citation"] == "A/RES/48/161, preambular para. 3"
    assert twin["other_languages"] == {"fr": "/doc/A/RES/48/161/fr/pp3"}


@pytest.mark.parametrize(
    "url, words",
    [
        ("/api/documents/NO/SUCH/1", "No document NO/SUCH/1."),
        ("/api/paragraphs/NO/SUCH/1/fr/3", "No document NO/SUCH/1."),
        ("/api/paragraphs/CTOC/COP/WG.4/2010/6/en/3", "it has: fr"),
        ("/api/paragraphs/CTOC/COP/WG.4/2010/6/fr/999", "No paragraph 999"),
        (
            "/api/paragraphs/CTOC/COP/WG.4/2010/6/fr/abc",
            "No paragraph 'abc' in CTOC/COP/WG.4/2010/6 (fr): an anchor is a paragraph number",
        ),
        ("/api/nothing", "No such API endpoint"),
        ("/api", "No such API endpoint"),
    ],
)
def test_unknown_things_are_404_in_json(client, url, words):
    body = get_json(client, url, 404)
    assert body["status"] == 404
    assert words in body["message"]


@pytest.mark.parametrize(
    "url, words",
    [
        (
            "/api/paragraphs/A/RES/48/161/de/3",
            "No version of A/RES/48/161 in 'de'; it has: en, fr.",
        ),
        ("/api/paragraphs/A/RES/48/161/en/%00", "No paragraph '\\x00' in A/RES/48/161 (en): "),
        ("/api/paragraphs/A/RES/48/161/en/3%3Cb%3E", "No paragraph '3<b>' in A/RES/48/161 (en)"),
        (
            "/api/paragraphs/A/RES/48/161",
            "A paragraph's address ends with its language and anchor: "
            "/api/paragraphs/A/RES/48/161/<lang>/<anchor>, such as /api/paragraphs/A/RES/48/161/",
        ),
        ("/api/paragraphs/A/RES/48/161/fr", "ends with its language and anchor"),
        ("/api/paragraphs/NO/SUCH/1/XX/3", "No document NO/SUCH/1."),
    ],
)
def test_a_paragraph_address_the_api_cannot_read_names_what_is_wrong(client, url, words):
    """GIVEN a paragraph's address with a language in capitals, an anchor of no known form, or
    no language and anchor WHEN the API answers THEN the 404 names the bad part. Before, each
    was "No such API endpoint", as if /api/paragraphs did not exist."""
    body = get_json(client, url, 404)
    assert words in body["message"]
    assert "No such API endpoint" not in body["message"]
    assert get_json(client, "/api/paragraphs/A/RES/48/161/en/pp3")["anchor"] == "pp3"


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?q=traite",
        "/api/documents",
        "/api/documents/A/RES/48/161",
        "/api/paragraphs/A/RES/48/161/en/pp3",
        "/api/paragraphs/A/RES/48/161/EN/3",
        "/api/cite?ref=A/RES/48/161",
    ],
)
def test_every_method_but_get_is_a_json_405(client, url):
    """GIVEN any API endpoint WHEN asked with OPTIONS (or POST, PUT, DELETE) THEN it answers a
    JSON 405 that allows GET and HEAD, as docs/api.md says. Before, OPTIONS answered Flask's
    empty text/html 200."""
    for method in ("OPTIONS", "POST", "PUT", "DELETE", "PATCH"):
        response = client.open(url, method=method)
        assert response.status_code == 405, (method, url)
        assert response.mimetype == "application/json"
        assert response.get_json()["status"] == 405
        assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD"}
    assert client.head("/api/documents").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents?foo=1",
        "/api/documents/A/RES/48/161?foo=1",
        "/api/paragraphs/A/RES/48/161/en/pp3?foo=1",
    ],
)
def test_every_endpoint_refuses_a_parameter_it_does_not_take(client, url):
    """GIVEN /api/documents?foo=1 WHEN answered THEN it is a 400 naming foo and the parameters
    the endpoint takes (ui), as /api/search and /api/cite answer. Before, it was a 200."""
    body = get_json(client, url, 400)
    assert body["parameter"] == "foo" and body["valid"] == ["ui"]
    assert body["message"] == "unknown parameter foo; valid: ui"
    assert get_json(client, url.replace("foo=1", "ui=fr"))


# -- /api/cite --------------------------------------------------------------------------------


def cite(client, ref: str, status: int = 200, extra: str = ""):
    return get_json(client, "/api/cite?ref=" + quote(ref) + extra, status)


def test_cite_resolves_a_paragraph(client, engine):
    body = cite(client, "ctoc/cop/wg.4/2010/6 par. 32")
    assert body["ref"] == "ctoc/cop/wg.4/2010/6 par. 32"
    assert (body["symbol"], body["paragraphs"], body["subitem"]) == (
        "CTOC/COP/WG.4/2010/6",
        [32],
        None,
    )
    assert body["citation"] == "CTOC/COP/WG.4/2010/6, para. 32"
    assert body["url"] == "/doc/CTOC/COP/WG.4/2010/6/fr/32"
    assert body["document_url"] == "/doc/CTOC/COP/WG.4/2010/6/fr#para-32"
    [hit] = body["hits"]
    assert hit["id"] == "CTOC/COP/WG.4/2010/6|fr|32" and hit["url"] == body["url"]
    assert hit["citation"] == body["citation"] and "cites" in hit and "score" not in hit
    assert body["notes"] == []


def test_cite_resolves_a_preambular_paragraph(client, engine):
    body = cite(client, "A/RES/48/161, third preambular paragraph", extra="&lang=fr")
    assert (body["paragraphs"], body["preambular"]) == ([], [3])
    assert body["citation"] == "A/RES/48/161, preambular para. 3"
    assert body["url"] == "/doc/A/RES/48/161/fr/pp3"
    missing = cite(client, "A/RES/48/161 pp40", 404)
    assert missing["preambular"] == [40] and missing["available_preambular"] == [1, 22]


@pytest.mark.parametrize(
    "ref, paragraphs, url",
    [
        (
            "CTOC / COP / WG4 / 2010 / 6 , paras 30-32",
            [30, 31, 32],
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30",
        ),
        ("CTOC-COP-WG.4-2010-6 paragraphe 109", [109], "/doc/CTOC/COP/WG.4/2010/6/fr/109"),
        ("A/HRC/WG.6/7/ITA/1 ¶ 68", [68], "/doc/A/HRC/WG.6/7/ITA/1/en/68"),
        ("A/RES/48/161 § 3", [3], "/doc/A/RES/48/161/en/3"),
        ("A/HRC/WG.6/7/ITA/1", [], "/doc/A/HRC/WG.6/7/ITA/1/en"),
    ],
)
def test_cite_resolves_the_forms_people_write(client, ref, paragraphs, url):
    body = cite(client, ref, extra="&lang=en")
    assert body["paragraphs"] == paragraphs and body["url"] == url
    assert [h["paragraph"] for h in body["hits"]] == paragraphs


def test_cite_a_whole_document_has_no_hits(client):
    body = cite(client, "A/HRC/WG.6/7/ITA/1", extra="&lang=fr")
    assert (
        body["hits"] == [] and body["url"] == body["document_url"] == "/doc/A/HRC/WG.6/7/ITA/1/fr"
    )


def test_cite_language_and_ui(client):
    assert cite(client, "A/RES/48/161 § 3", extra="&lang=fr")["hits"][0]["lang"] == "fr"
    french = cite(client, "A/RES/48/161, paras 3-5", extra="&ui=fr&lang=en")
    assert french["citation"] == "A/RES/48/161, par. 3 à 5"
    assert [h["lang"] for h in french["hits"]] == ["en"] * 3
    # The version the corpus has when the wanted one is missing.
    assert cite(client, "CTOC/COP/WG.4/2010/6 par. 3", extra="&lang=en")["hits"][0]["lang"] == "fr"


def test_cite_obeys_a_language_word_as_the_search_box_does(client):
    """Before, "… para 68 (fr)" gave the English version and noted "ignored: 'fr'" where the
    search box opened the French one (QA pass 4)."""
    found = cite(client, "A/HRC/WG.6/7/ITA/1 para 68 (fr)", extra="&ui=en")
    assert [h["lang"] for h in found["hits"]] == ["fr"] and found["notes"] == []
    assert found["url"] == "/doc/A/HRC/WG.6/7/ITA/1/fr/68"


def test_cite_an_absent_document_is_404_with_suggestions(client):
    body = cite(client, "CTOC/COP/WG.4/2009/2, para. 17", 404)
    assert body["status"] == 404 and body["error"] == "Not Found"
    assert body["message"].startswith("No document CTOC/COP/WG.4/2009/2 in the collection.")
    assert body["symbol"] == "CTOC/COP/WG.4/2009/2"
    assert body["suggestions"] == [
        {"symbol": "CTOC/COP/WG.4/2010/6", "url": "/doc/CTOC/COP/WG.4/2010/6"}
    ]
    assert body["available"] is None


def test_cite_a_near_miss_is_404_with_the_corrected_symbol(client):
    body = cite(client, "CTOC/COP/W.4/2010/6, para. 3", 404)
    assert body["suggestions"][0]["symbol"] == "CTOC/COP/WG.4/2010/6"
    assert "'W.4' looks like a typo for 'WG.4'" in body["notes"]


def test_cite_a_paragraph_outside_the_document_is_404_with_the_range(client):
    body = cite(client, "CTOC/COP/WG.4/2010/6, para. 200", 404)
    assert body["available"] == [1, 115] and body["paragraphs"] == [200]
    assert body["message"] == (
        "CTOC/COP/WG.4/2010/6 has paragraphs 1–115; there is no paragraph 200."
    )


@pytest.mark.parametrize(
    "query, words",
    [
        ("ref=traite+des+personnes", "No document symbol or paragraph number found"),
        ("ref=par+109+voix", "needs a document symbol"),
        ("ref=para.+12", "needs a document symbol"),
        ("", "ref is missing"),
        ("ref=", "ref is missing"),
        ("ref=+++", "ref is missing"),
        ("ref=" + "x" * 1001, "ref is longer than 1000 characters"),
        ("ref=A/RES/48/161&ref=A/RES/48/161", "ref is given more than once"),
        ("ref=A/RES/48/161&lang=de", "valid: en, fr"),
        ("ref=A/RES/48/161&q=x", "unknown parameter q; valid: ref, lang, ui"),
        ("ref=A/RES/48/161&ui=xx", "valid: en, fr"),
    ],
)
def test_cite_bad_input_is_400(client, query, words):
    body = get_json(client, f"/api/cite?{query}", 400)
    assert body["status"] == 400 and words in body["message"]
    assert body["parameter"] in ("ref", "lang", "q", "ui")


@pytest.mark.parametrize(
    "ref",
    [
        "x" * 10_240,
        "\x00\x01\x1b[31m CTOC/COP/WG.4/2010/6 par. 3",
        "<script>alert(1)</script>",
        "CTOC/COP/WG.4/2010/6 <script>alert(1)</script>",
        "../../etc/passwd",
        "CTOC/COP/WG.4/2010/6/../../../etc/passwd",
        "%2e%2e%2f%2e%2e%2f",
        "¶" * 900,
        "(" * 900,
    ],
)
def test_cite_hostile_ref_never_fails(client, ref):
    response = client.get("/api/cite", query_string={"ref": ref})
    assert response.status_code in (200, 400, 404)
    assert response.mimetype == "application/json"
    assert "Traceback" not in response.get_data(as_text=True)
    body = response.get_json()
    assert body.get("ref") == ref or body.get("parameter") == "ref"


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("/api/paragraphs/A/RES/48/161/en/PP3", "/api/paragraphs/A/RES/48/161/en/pp3"),
        ("/api/paragraphs/A/RES/48/161/FR/3", "/api/paragraphs/A/RES/48/161/fr/3"),
        ("/api/paragraphs/a/res/48/161/Fr/Pp3", "/api/paragraphs/A/RES/48/161/fr/pp3"),
    ],
)
def test_a_paragraph_address_in_any_case_is_redirected_to_its_own(client, url, canonical):
    """Before, PP3 (as the pages show a preambular paragraph) and FR were 404s, while symbols
    are read in any case."""
    response = client.get(url)
    assert response.status_code == 301 and response.headers["Location"] == canonical
    assert response.get_json()["url"] == canonical
    assert client.get(canonical).status_code == 200


def test_cite_says_when_the_version_asked_for_is_missing(client):
    """GIVEN a citation of the French-only WG.4 report asked in English (by lang or a language
    word) WHEN resolved THEN missing_version says so; the hits are French (citation QA D17)."""
    ref = "CTOC/COP/WG.4/2010/6, para. 32"
    for url in (f"/api/cite?ref={ref}&lang=en", f"/api/cite?ref={ref} (en)"):
        body = client.get(url).get_json()
        assert body["missing_version"] == "en" and body["hits"][0]["lang"] == "fr", url
    assert client.get(f"/api/cite?ref={ref}&lang=fr").get_json()["missing_version"] is None
    assert client.get(f"/api/cite?ref={ref}").get_json()["missing_version"] is None
    italy = client.get("/api/cite?ref=A/HRC/WG.6/7/ITA/1, para. 70&lang=en").get_json()
    assert italy["missing_version"] is None


# -- /api/search reads a citation as the search page does ---------------------------------------


def _page_hits(client, query: str) -> tuple[int, list[str]]:
    """Return the total the search page gives ``query`` and the addresses of its hits."""
    response = client.get("/", query_string={"q": query, "ui": "en", "size": "100"})
    assert response.status_code == 200
    total = int(re.search(r'<h1 id="results-heading">(\d+) ', response.text)[1])
    listed = re.findall(r'<h2 class="hit-title"[^>]*><a href="([^"]+)"', response.text)
    return total, listed


@pytest.mark.parametrize(
    "query, urls",
    [
        ("CTOC/COP/WG.4/2010/6, para. 32", ["/doc/CTOC/COP/WG.4/2010/6/fr/32"]),
        ("ctoc/cop/wg.4/2010/6 par. 32", ["/doc/CTOC/COP/WG.4/2010/6/fr/32"]),
        (
            "CTOC/COP/WG.4/2010/6, paras. 30-32",
            [f"/doc/CTOC/COP/WG.4/2010/6/fr/{n}" for n in (30, 31, 32)],
        ),
        ("A/RES/48/161 pp3", ["/doc/A/RES/48/161/en/pp3"]),
    ],
)
def test_search_answers_a_citation_with_the_paragraphs_it_names(client, query, urls):
    """GIVEN a citation alone in q, which the search page opens (302 to the paragraph)
    WHEN /api/search is asked
    THEN its hits are the paragraphs the citation names, in the JSON of a search, and
    ``citation`` says how it was read. Before, the API searched the query as typed: 127
    paragraphs on "para" and "32", the paragraph itself not among the first."""
    body = get_json(client, "/api/search?" + urlencode({"q": query, "ui": "en"}))
    assert [hit["url"] for hit in body["hits"]] == urls
    assert body["total"] == len(urls) and body["ranked"] is False
    assert set(body) == {
        "total", "page", "size", "hits", "facets", "facets_truncated", "did_you_mean",
        "notices", "ranked", "citation",
    }  # fmt: skip
    assert set(body["facets"]) == set(FACETS)
    hit = body["hits"][0]
    assert set(hit) >= {"id", "symbol", "lang", "paragraph", "anchor", "text", "highlight"}
    cited = body["citation"]
    assert cited["kind"] == "found" and cited["searched"] is None
    assert cited["symbol"] == urls[0].split("/doc/")[1].rsplit("/", 2)[0]
    page = client.get("/", query_string={"q": query, "ui": "en"})
    assert page.status_code == 302 and page.headers["Location"].startswith(
        urls[0].rsplit("/", 1)[0]
    )


@pytest.mark.parametrize(
    "query, kind, searched",
    [
        ("CTOC/COP/WG.4/2010/6, para. 200", "outside", None),
        ("E/CN.15/2010/3, para. 4", "unknown", None),
        ("CTOC/COP/W.4/2010/6, para. 3", "unknown", None),
        ("S/RES/1325, para. 3", "unknown", "S/RES/1325"),
        ("CTOC/COP/WG.4/2009/2, para. 17", "unknown", "CTOC/COP/WG.4/2009/2"),
        # its document and the other words, not "para", "32" (blind case list 12)
        (
            "CTOC/COP/WG.4/2010/6, para. 32 consentement",
            "found",
            "CTOC/COP/WG.4/2010/6 consentement",
        ),
        ("https://documents.un.org/doc/undoc/gen/v10/511/12/pdf/v1051112.pdf", "job", None),
    ],
)
def test_search_answers_a_citation_not_followed_as_the_page_lists_it(client, query, kind, searched):
    """GIVEN a citation the page does not open (what the collection lacks, a citation with
    other words, a link by job number)
    WHEN /api/search is asked
    THEN it answers the paragraphs the search page lists, as many, in the same order, and says
    the reading in ``citation``. Before, "S/RES/1325, para. 3" gave 56 paragraphs on "para"
    and "3" where the page listed the 2 citing it, and "…/2010/6, para. 200" 121 paragraphs on
    "200" under a page that has the notice alone."""
    body = get_json(client, "/api/search?" + urlencode({"q": query, "ui": "en", "size": 100}))
    total, listed = _page_hits(client, query)
    assert body["total"] == total
    assert [hit["url"] for hit in body["hits"]] == listed
    cited = body["citation"]
    assert cited["kind"] == kind and cited["message"]
    assert cited["searched"] == searched
    if kind == "job":
        assert cited["symbol"] is None and "V1051112" in cited["message"]
    if "W.4" in query:
        assert cited["suggestions"] == [
            {"symbol": "CTOC/COP/WG.4/2010/6", "url": "/doc/CTOC/COP/WG.4/2010/6"}
        ]
        assert cited["notes"] == ["'W.4' looks like a typo for 'WG.4'"]


def test_search_pages_through_the_paragraphs_of_a_citation(client):
    """GIVEN a range of three paragraphs WHEN asked two to a page THEN the second page has the
    third paragraph, and the total stays 3."""
    query = urlencode({"q": "CTOC/COP/WG.4/2010/6, paras. 30-32", "size": 2, "page": 2})
    body = get_json(client, f"/api/search?{query}")
    assert body["total"] == 3 and (body["page"], body["size"]) == (2, 2)
    assert [hit["anchor"] for hit in body["hits"]] == ["32"]


def test_a_citation_alone_exports_the_paragraphs_it_names(client):
    """GIVEN a citation alone in an export's q (the page opens its paragraphs) WHEN exported
    THEN the export holds those paragraphs, as the API lists them; it had the 127 paragraphs
    on "para" and "32"."""
    query = {"q": "CTOC/COP/WG.4/2010/6, paras. 30-32"}
    body = client.get("/export.json", query_string=query).get_json()
    assert body["total"] == 3 and [hit["anchor"] for hit in body["hits"]] == ["30", "31", "32"]


@pytest.mark.parametrize(
    "query, kind, searched",
    [
        ("A/RES/48/161", "found", None),  # a whole document, which the page opens
        # several: their documents, not "para", "32", "and", "3" (blind case list 12)
        (
            "CTOC/COP/WG.4/2010/6, para. 32 and A/RES/48/161, para. 3",
            "found",
            "CTOC/COP/WG.4/2010/6 A/RES/48/161",
        ),
        ("symbol:A/RES/48/161", None, None),  # search syntax: no citation
    ],
)
def test_search_searches_the_query_of_a_whole_document_or_of_search_syntax(
    client, engine, query, kind, searched
):
    """GIVEN a document's symbol alone (the page opens the document), a query citing several
    documents, or search syntax WHEN /api/search is asked THEN the query is searched, as it
    was: the document's paragraphs and those citing it (not nothing: a whole document names
    no paragraph)."""
    body = get_json(client, "/api/search?" + urlencode({"q": query, "ui": "en"}))
    searched = searched or query
    expected = engine.search(SearchRequest(searched, correct=kind is None)).total
    assert body["total"] == expected > 0
    assert (body["citation"] or {}).get("kind") == kind
    assert body["citation"] is None or body["citation"]["searched"] == searched
