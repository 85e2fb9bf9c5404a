"""Limits: query length, page size, deep pages, export size, and time budgets for the
queries that cost most. The API answers each limit with a 400 naming it; pages say it in
words for people, and cut a long query or show an empty page past the 500th instead of
refusing them; the search core clamps to the bounds ``indexer.index.api`` declares."""

from __future__ import annotations

import csv
import io

import pytest

from indexer.index.api import MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, SearchRequest
from search_app import create_app

from .checks import SEARCH_SECONDS, check_result, cpu_seconds, fetch

# -- The search core clamps ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "size", "expected_page", "expected_size"),
    [
        (1, MAX_PAGE_SIZE + 1, 1, MAX_PAGE_SIZE),
        (1, 10**9, 1, MAX_PAGE_SIZE),
        (1, -5, 1, 1),
        (MAX_PAGE + 1, 20, MAX_PAGE, 20),
        (10**12, 100, MAX_PAGE, 100),
        (-3, 20, 1, 20),
        (MAX_PAGE, MAX_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE),
    ],
)
def test_the_engine_clamps_paging_to_its_bounds(engine, page, size, expected_page, expected_size):
    request = SearchRequest(q="victims", page=page, size=size)
    result = engine.search(request)
    check_result(result, request)
    assert (result.page, result.size) == (expected_page, expected_size)


def test_the_engine_cuts_a_long_query_and_says_so(engine):
    result = engine.search(SearchRequest(q="victims " * 500))
    assert result.total > 0
    assert f"The query was cut to its first {MAX_QUERY_LENGTH} characters." in [
        n.message for n in result.notices
    ]


def test_the_deepest_page_answers_without_hits_when_the_results_end_before(engine):
    result = engine.search(SearchRequest(q="", page=MAX_PAGE, size=MAX_PAGE_SIZE))
    assert result.total > 0 and result.hits == ()


# -- The API answers 400 naming the limit; pages say it to people ----------------------------------

LIMITS = [
    ("/api/search?q=" + "x" * (MAX_QUERY_LENGTH + 1), "q", "q is longer than 1000 characters"),
    ("/api/search?size=101", "size", "size must be a whole number from 1 to 100"),
    ("/api/search?size=0", "size", "size must be a whole number from 1 to 100"),
    ("/api/search?page=501", "page", "page must be a whole number from 1 to 500"),
    ("/api/search?page=0", "page", "page must be a whole number from 1 to 500"),
    ("/api/search?" + "&".join(["lang=fr"] * 301), "lang", "lang has more than 300 values"),
    ("/api/search?state=" + "x" * 201, "state", "a state value is longer than 200 characters"),
    ("/api/cite?ref=" + "x" * (MAX_QUERY_LENGTH + 1), "ref", "ref is longer than 1000 characters"),
]


@pytest.mark.parametrize(("url", "parameter", "message"), LIMITS, ids=lambda v: str(v)[:24])
def test_the_api_refuses_what_exceeds_a_limit_naming_it(client, url, parameter, message):
    response, _ = fetch(client, url)
    assert response.status_code == 400
    assert response.get_json() == {
        "status": 400,
        "error": "Bad Request",
        "message": message,
        "parameter": parameter,
    }


def test_pages_refuse_what_exceeds_a_limit_in_words_for_people(client):
    """A page says the limit without the parameter's name (the API names it, above)."""
    response, body = fetch(client, "/?q=a&size=101&ui=en")
    assert response.status_code == 400
    assert "The number of results per page must be a whole number from 1 to 100." in body


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/?ui=en&q=" + "x" * (MAX_QUERY_LENGTH + 1), "The search is limited to 1,000 characters"),
        ("/?q=a&page=501&ui=en", "There are no results on this page."),
    ],
    ids=lambda v: str(v)[:24],
)
def test_pages_answer_past_a_limit_and_say_so(client, url, message):
    """A query past 1,000 characters is cut, a page past the 500th is an empty page: both
    answer 200 and say so, where the API refuses them."""
    response, body = fetch(client, url)
    assert response.status_code == 200
    assert message in body


def test_an_export_of_a_query_past_the_limit_is_of_its_first_characters(client):
    response, _ = fetch(client, "/export.json?q=" + "x" * (MAX_QUERY_LENGTH + 1))
    assert response.status_code == 200
    assert response.get_json()["query"]["q"] == "x" * MAX_QUERY_LENGTH


@pytest.mark.parametrize("limit", [5, 100, 150, 10_000])
def test_an_export_holds_at_most_the_export_limit_and_says_so(built_index, engine, limit):
    """GIVEN EXPORT_LIMIT WHEN a search has more paragraphs THEN the first ones and a notice."""
    client = create_app(
        {"TESTING": True, "INDEX": str(built_index), "ENGINE": engine, "EXPORT_LIMIT": limit}
    ).test_client()
    response, body = fetch(client, "/export.csv")
    total = int(response.headers["X-Total-Count"])
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))[1:]
    assert len(rows) == min(total, limit)
    assert len({(row[1], row[2], row[4]) for row in rows}) == len(rows)  # no paragraph twice
    notice = response.headers.get("X-Export-Notice")
    assert (notice is not None) == (total > limit)
    if notice:
        assert f"the export holds the first {limit}" in notice
    exported, _ = fetch(client, "/export.json")
    data = exported.get_json()
    assert (data["exported"], data["truncated"]) == (min(total, limit), total > limit)
    assert len(data["hits"]) == min(total, limit)


# -- Time budgets ----------------------------------------------------------------------------

WORDS = "traite personnes victimes enfants trafficking victims children exploitation".split()
PATHOLOGICAL = {
    "leading wildcard": "*tion",
    "question mark": "?",
    "wildcards only": "* " * 500,
    "500 words OR": " OR ".join(WORDS[n % len(WORDS)] + str(n) for n in range(500)),
    "500 corpus words OR": " OR ".join(WORDS * 63),
    "200 quoted phrases": " ".join(f'"{WORDS[n % 8]} {WORDS[(n + 1) % 8]}"' for n in range(200)),
    "1000-letter word": "traite" * 167,
    "unknown words": " ".join(f"zq{n:03d}xv" for n in range(130)),
    # The costliest: 125 unknown words, each spelling-corrected (0.56 s of CPU).
    "125 misspellings": " ".join(
        "".join("abcdefghij"[(n * 7 + k * 3 + n * k) % 10] for k in range(7)) for n in range(125)
    ),
    "accents and marks": "e\u0301" * 500,
    "regex bomb": "(a+)+b " * 140,
    "100 nested parentheses": "(" * 100 + "victims" + ")" * 100,
    "NOT chain": "NOT " * 249 + "victims",
    "fields with junk": " ".join(f"state:{w}x topic:{w}" for w in WORDS * 8),
}


@pytest.mark.parametrize("q", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_pathological_query_is_answered_in_time(engine, q):
    request = SearchRequest(q=q, size=MAX_PAGE_SIZE)
    result, spent = cpu_seconds(lambda: engine.search(request))
    check_result(result, request)
    assert spent < SEARCH_SECONDS, f"{spent:.2f} s of CPU"


@pytest.mark.parametrize("q", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_pathological_query_is_answered_in_time_by_the_api(client, q):
    """GIVEN the query on /api/search WHEN answered THEN the page and JSON cost little more."""
    query = {"q": q[:MAX_QUERY_LENGTH]}
    (response, _), spent = cpu_seconds(lambda: fetch(client, "/api/search", query_string=query))
    assert response.status_code == 200
    assert spent < SEARCH_SECONDS + 0.5, f"{spent:.2f} s of CPU"
