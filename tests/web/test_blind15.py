"""Blind case list 15 (tests/fixtures/citations/blind15.md) in the app: citations as people in
the field write them and as their tools export them, typed in the search box and given to
/api/cite. Each case failed before its fix."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest

WG4 = "/doc/CTOC/COP/WG.4/2010/6/fr"


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        # a citation manager's record (RIS, BibTeX, EndNote, Zotero)
        (
            "TY  - RPRT\nTI  - Rapport sur la réunion du Groupe de travail\nPY  - 2010\n"
            "M1  - CTOC/COP/WG.4/2010/6\nER  -",
            WG4,
        ),
        (
            "@misc{ga48161, title={The situation in Central America}, number={A/RES/48/161}, "
            "note={para. 7}}",
            "/doc/A/RES/48/161/en/7",
        ),
        (
            "%0 Report\n%T National report submitted in accordance with paragraph 15 (a) of the "
            "annex to Human Rights Council resolution 5/1\n%N A/HRC/WG.6/7/ITA/1\n%D 2009",
            "/doc/A/HRC/WG.6/7/ITA/1/en",
        ),
        (
            "Report Number: A/HRC/WG.6/7/ITA/1\nPages: 14",
            "/doc/A/HRC/WG.6/7/ITA/1/en?paras=62-69#para-62",
        ),
        # spreadsheet cells, CSV lines
        ("CTOC/COP/WG.4/2010/6\t32", f"{WG4}/32"),
        ("A/HRC/WG.6/7/ITA/1\t68\tfr", "/doc/A/HRC/WG.6/7/ITA/1/fr/68"),
        ("CTOC/COP/WG.4/2010/6;32", f"{WG4}/32"),
        ('"A/RES/48/161","pp3"', "/doc/A/RES/48/161/en/pp3"),
        # mail
        ("TR: RE: CTOC/COP/WG.4/2010/6 par. 32", f"{WG4}/32"),
        ("CTOC/COP/WG.4/2010/6, para. 32\n--\nMaria Rossi\nUNODC Vienna", f"{WG4}/32"),
    ],
)
def test_exported_citation_opens_what_it_names(client, typed, location):
    response = client.get("/?q=" + quote(typed))
    assert response.status_code == 302
    assert response.headers["Location"] == location
    answer = client.get("/api/cite?ref=" + quote(typed))
    assert answer.status_code == 200
    assert answer.get_json()["url"] == location


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        ("au paragraphe 32 de son rapport (CTOC/COP/WG.4/2010/6)", f"{WG4}/32"),
        (
            "aux paragraphes 31 à 33 du rapport publié sous la cote CTOC/COP/WG.4/2010/6",
            f"{WG4}?paras=31-33#para-31",
        ),
        (
            "in paragraph 68 of its national report (A/HRC/WG.6/7/ITA/1)",
            "/doc/A/HRC/WG.6/7/ITA/1/en/68",
        ),
        (
            "Assemblée générale, quarante-huitième session, point 40 de l'ordre du jour, "
            "résolution A/RES/48/161, par. 5",
            "/doc/A/RES/48/161/fr/5?agenda=40",
        ),
    ],
)
def test_report_style_citation_opens_what_it_names(client, typed, location):
    response = client.get("/?q=" + quote(typed))
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_spaced_series_dot_opens_the_paragraph(client):
    typed = "CTOC / COP / WG. 4 / 2010 / 6, paragraphe 32"
    response = client.get("/?q=" + quote(typed))
    assert response.headers["Location"] == f"{WG4}/32"
    assert client.get("/api/cite?ref=" + quote(typed)).get_json()["url"] == f"{WG4}/32"


def test_bluebook_id_is_said_to_name_the_document_cited_before(client):
    page = client.get("/?q=" + quote("Id. at ¶ 33")).get_data(as_text=True)
    assert "“Id.” names the document cited before it" in page
    assert "0 paragraphs" in page
    assert client.get("/api/cite?ref=" + quote("Id. at ¶ 33")).status_code == 400


def test_typed_job_number_is_said(client):
    typed = "V.10-51112, par. 32"
    page = client.get("/?q=" + quote(typed)).get_data(as_text=True)
    assert "“V.10-51112” is a job number" in page
    assert "0 paragraphs" in page  # before: 55 paragraphs on "V 10 51112" and "32"
    answer = client.get("/api/cite?ref=" + quote(typed))
    assert answer.status_code == 400
    assert "is a job number" in answer.get_json()["message"]
    search = client.get("/api/search?q=" + quote(typed)).get_json()
    assert (search["total"], search["citation"]["kind"]) == (0, "typed-job")


def test_typed_job_number_is_said_in_french(client):
    page = client.get("/?q=" + quote("V.10-51112, par. 32") + "&ui=fr").get_data(as_text=True)
    assert "«\u00a0V.10-51112\u00a0» est un numéro de tâche" in page


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        (
            "rapport de la réunion de 2010 du Groupe de travail, par. 32",
            "CTOC/COP/WG.4/2010/6, para. 32",
        ),
        ("National report submitted by Italy, para. 68", "A/HRC/WG.6/7/ITA/1, para. 68"),
    ],
)
def test_document_named_by_its_title_is_offered(client, typed, offered):
    page = client.get("/?q=" + quote(typed)).get_data(as_text=True)
    assert "The citation names no document symbol, but its words are those of the title" in page
    link = re.search(rf'<a href="([^"]+)">{re.escape(offered)}</a>', page)
    assert link is not None  # the offer opens the paragraph
    assert client.get(html.unescape(link[1])).status_code == 302
    answer = client.get("/api/cite?ref=" + quote(typed))
    assert answer.status_code == 404
    assert answer.get_json()["message"].endswith(f"did you mean {offered}?")
    search = client.get("/api/search?q=" + quote(typed)).get_json()
    assert search["citation"]["kind"] == "titled" and search["total"] > 0


def test_document_named_by_its_title_is_offered_in_french(client):
    typed = "rapport de la réunion de 2010 du Groupe de travail, par. 32"
    page = client.get("/?q=" + quote(typed) + "&ui=fr").get_data(as_text=True)
    assert "La citation ne donne aucune cote de document, mais ses mots sont ceux du titre" in page


def test_words_of_no_title_are_searched_as_before(client):
    page = client.get("/?q=" + quote("par 109 voix")).get_data(as_text=True)
    assert "names no document symbol" not in page
