"""Blind case list 14 (tests/fixtures/citations/blind14.md) in the app: citations copied from
PDFs, footnotes and the UN's sites, typed in the search box and given to /api/cite. Each case
failed before its fix."""

from __future__ import annotations

from urllib.parse import quote

import pytest

WG4 = "/doc/CTOC/COP/WG.4/2010/6/fr"


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        # a PDF's hyphenated line break inside the symbol or the word "paragraph"
        ("CTOC/COP/WG.4/20-\n10/6, para. 32", f"{WG4}/32"),
        ("A/HRC/WG.6/7/IT-\nA/1, para. 68", "/doc/A/HRC/WG.6/7/ITA/1/en/68"),
        ("CTOC/COP/\nWG.4/2010/6, para-\ngraph 32", f"{WG4}/32"),
        # malformed slashes
        ("A/RES/48/161/, para 5", "/doc/A/RES/48/161/en/5"),
        ("A/RES/48/161/ para 5", "/doc/A/RES/48/161/en/5"),
        ("A//RES/48/161, para. 5", "/doc/A/RES/48/161/en/5"),
        # the UN Digital Library's search by symbol
        ("https://digitallibrary.un.org/search?ln=fr&p=A/RES/48/161", "/doc/A/RES/48/161/fr"),
    ],
)
def test_copied_citation_opens_what_it_names(client, typed, location):
    response = client.get("/?q=" + quote(typed))
    assert response.status_code == 302
    assert response.headers["Location"] == location
    answer = client.get("/api/cite?ref=" + quote(typed))
    assert answer.status_code == 200
    assert answer.get_json()["url"] == location.replace("?wish=en", "")


def test_symbol_missing_its_last_number_is_a_notice_with_the_nearest(client):
    page = client.get("/?q=" + quote("CTOC/COP/WG.4/2010/, para. 32")).get_data(as_text=True)
    assert "No document CTOC/COP/WG.4/2010 in the collection." in page
    assert "Did you mean" in page and "CTOC/COP/WG.4/2010/6" in page
    assert "0 paragraphs" in page  # before: 21 paragraphs of its words, no notice
