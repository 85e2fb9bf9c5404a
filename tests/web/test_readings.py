"""How a citation was read reaches the page it opens (``?read=``): search_app/readings.py."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from search_app import readings

from .support import tags


def follow(client, typed: str, ui: str = "en") -> tuple[str, str]:
    """Return where the search box sends ``typed``, and that page's HTML."""
    response = client.get(f"/?q={quote(typed)}&ui={ui}")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    location = response.headers["Location"]
    address = location.partition("#")[0]
    joined = "&" if "?" in address else "?"
    return location, client.get(f"{address}{joined}ui={ui}").get_data(as_text=True)


@pytest.mark.parametrize(
    ("typed", "location", "marked", "said"),
    [
        (
            "CTOC/COP/WG.4/2010/6, paras. 110-12",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=110-112&read=110-12#para-110",
            [110, 111, 112],
            "“110-12” is read as “110-112”.",
        ),
        (
            "CTOC/COP/WG.4/2010/6, paras. 101–3",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=101-103&read=101-3#para-101",
            [101, 102, 103],
            "“101-3” is read as “101-103”.",
        ),
        (
            "CTOC/COP/WG.4/2010/6, paras. 34-32",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=32-34&read=34-32#para-32",
            [32, 33, 34],
            "“34-32” is read as “32-34”.",
        ),
    ],
)
def test_an_elided_or_reversed_range_lands_on_its_paragraphs_and_says_how_it_was_read(
    client, typed, location, marked, said
):
    """GIVEN "paras. 110-12" (110 to 112, as English styles shorten ranges) WHEN typed THEN
    paragraphs 110 to 112 are marked and the page says how the range was read. Before, it
    was read 12 to 110 (99 paragraphs marked), and the note stayed behind the redirect, as
    did the note on a reversed range ("34-32")."""
    found, html = follow(client, typed)
    assert found == location
    assert [t["id"] for t in tags(html, cls="para-marked")] == [f"para-{n}" for n in marked]
    assert said in html


def test_the_reading_is_said_in_french(client):
    _found, html = follow(client, "CTOC/COP/WG.4/2010/6, paras. 110-12", ui="fr")
    assert "«\u00a0110-12\u00a0» est lu «\u00a0110-112\u00a0»." in html


@pytest.mark.parametrize(
    ("typed", "location", "denied"),
    [
        ("CTOC/COP/WG.4/2010/6, recommendation 5", "/doc/CTOC/COP/WG.4/2010/6/fr/5", True),
        ("CTOC/COP/WG.4/2010/6, recommandation 5", "/doc/CTOC/COP/WG.4/2010/6/fr/5", True),
        ("CTOC/COP/WG.4/2010/6, recommendation 8", "/doc/CTOC/COP/WG.4/2010/6/fr/8", False),
    ],
)
def test_a_recommendation_number_read_as_a_paragraph_is_said_on_the_paragraph(
    client, typed, location, denied
):
    """GIVEN "recommendation 5" of the WG.4 report, whose paragraph 5 is in its introduction
    WHEN followed THEN the paragraph page says that recommendation numbers are read as
    paragraph numbers and that this paragraph is no recommendation; before, it opened
    paragraph 5 without a word (QA D6). Paragraph 8 is one: only the reading is said."""
    found, html = follow(client, typed)
    assert found == f"{location}?read=recommendation"
    assert "Recommendation numbers are read as paragraph numbers." in html
    assert ("This paragraph is not a recommendation of the document." in html) is denied


def test_a_recommendation_note_is_translated(client):
    _found, html = follow(client, "CTOC/COP/WG.4/2010/6, recommendation 5", ui="fr")
    assert "Ce paragraphe n’est pas une recommandation du document." in html


def test_a_citation_read_as_written_carries_no_reading(client):
    location, html = follow(client, "CTOC/COP/WG.4/2010/6, paras. 30-32")
    assert "read=" not in location and "reading-note" not in html


def test_the_api_url_carries_the_reading_too(client):
    answer = client.get("/api/cite?ref=" + quote("CTOC/COP/WG.4/2010/6, paras. 110-12")).get_json()
    assert answer["paragraphs"] == [110, 111, 112]
    assert answer["url"] == "/doc/CTOC/COP/WG.4/2010/6/fr?paras=110-112&read=110-12#para-110"


@pytest.mark.parametrize(
    "value", ["abc", "110", "110-12-3", "<script>", "recommendation,x", "1-2," * 11 + "1-2"]
)
def test_a_bad_reading_is_refused_and_no_text_of_an_address_is_shown(client, value):
    response = client.get(f"/doc/CTOC/COP/WG.4/2010/6/fr/5?read={quote(value)}")
    assert response.status_code == 400
    assert "<script>" not in response.get_data(as_text=True)


def test_the_reading_keeps_only_what_the_reader_says():
    notes = [
        "'110-12' read as '110-112'",
        "recommendation numbers are read as paragraph numbers",
        "ignored: 'peace'",
        "'3-3000' is not a range of paragraphs",
    ]
    assert readings.read_value(notes) == "110-12,recommendation,3-3000"
    assert readings.notes(readings.parse_read("110-12,3-3000,30-32")) == [
        "'110-12' read as '110-112'",
        "'3-3000' is not a range of paragraphs",
    ]
