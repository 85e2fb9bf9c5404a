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
    assert "0 paragraphs" in page  # before: 21 paragraphs of its words, no notice
    # the suggestion completing the symbol carries the citation's paragraph (it was the
    # document alone)
    link = '<a href="/?q=CTOC/COP/WG.4/2010/6,+para.+32">CTOC/COP/WG.4/2010/6, para. 32</a>'
    assert f"Did you mean {link}?" in page


def test_bluebook_and_oscola_footnotes_with_author_and_title(client):
    oscola = (
        "Human Rights Council, National report submitted by Italy, UN Doc "
        "A/HRC/WG.6/7/ITA/1 (18 November 2009) [68]."
    )
    response = client.get("/?q=" + quote(oscola))
    assert response.headers["Location"] == "/doc/A/HRC/WG.6/7/ITA/1/en/68"
    bluebook = (
        "UNODC, Report on the meeting of the Working Group on Trafficking in Persons, "
        "U.N. Doc. CTOC/COP/WG.4/2010/6, at 5 (2010)."
    )
    page = client.get("/?q=" + quote(bluebook)).get_data(as_text=True)
    assert "gives no page numbers: it was read from a text file." in page
    assert "0 paragraphs for" in page  # before: 287 paragraphs of the title's words
    assert client.get("/api/cite?ref=" + quote(bluebook)).status_code == 404


def test_a_pasted_footnotes_number_with_a_dot_is_not_searched(client):
    typed = "12. See, e.g., CTOC/COP/WG.4/2010/6, ¶¶ 31-33; A/RES/48/161, ¶ 5."
    page = client.get("/?q=" + quote(typed)).get_data(as_text=True)
    assert "the other words of the search, “A/RES/48/161”." in page  # it was “A/RES/48/161 12”
    assert "It also cites" in page


def test_a_symbol_cut_short_is_said_in_both_languages(client):
    typed = quote("CTOC/COP/WG.4/2010/, para. 32")
    english = client.get(f"/?q={typed}").get_data(as_text=True)
    assert "“CTOC/COP/WG.4/2010/” ends with a slash: part of the symbol seems to be missing." in (
        english
    )
    french = client.get(f"/?q={typed}&ui=fr").get_data(as_text=True)
    assert (
        "«\u00a0CTOC/COP/WG.4/2010/\u00a0» se termine par une barre oblique\u00a0: "
        "il semble manquer une partie de la cote." in french
    )
