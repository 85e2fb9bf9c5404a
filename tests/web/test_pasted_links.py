"""Links pasted as citations (indexer/pasted_links.py): the search box and /api/cite."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from indexer.pasted_links import job_number, unlinked

WG4 = "/doc/CTOC/COP/WG.4/2010/6/fr"
ODS_JOB = "https://documents.un.org/doc/undoc/gen/v10/511/12/pdf/v1051112.pdf"


@pytest.mark.parametrize(
    ("pasted", "location"),
    [
        ("https://undocs.org/CTOC/COP/WG.4/2010/6", WG4),
        ("https://undocs.org/fr/CTOC/COP/WG.4/2010/6", WG4),
        ("undocs.org/ctoc/cop/wg.4/2010/6", WG4),
        ("https://undocs.org/en/CTOC/COP/WG.4/2010/6 para. 32", f"{WG4}/32?wish=en"),
        ("https://undocs.org/fr/A/RES/48/161", "/doc/A/RES/48/161/fr"),
        ("https://undocs.org/en/A%2FRES%2F48%2F161, op. 5", "/doc/A/RES/48/161/en/5"),
        ("http://127.0.0.1:8791/doc/CTOC/COP/WG.4/2010/6/fr/32", f"{WG4}/32"),
        # a paragraph's address at its footnote opens the note (web QA, session 13)
        ("http://127.0.0.1:8791/doc/CTOC/COP/WG.4/2010/6/fr/53#fn-11", f"{WG4}/53#fn-11"),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/32", f"{WG4}/32"),
        ("https://example.org/doc/A/RES/48/161/en/pp3", "/doc/A/RES/48/161/en/pp3"),
        (
            "https://www.unodc.org/documents/treaties/organized_crime/2010_CTOC_COP_WG4/"
            "CTOC_COP_WG4_2010_6_F.pdf",
            WG4,
        ),
        ("CTOC_COP_WG4_2010_6_F.pdf, para. 32", f"{WG4}/32"),
        (
            "https://documents.un.org/api/symbol/access?s=A/RES/48/161&l=fr&t=pdf",
            "/doc/A/RES/48/161/fr",
        ),
    ],
)
def test_a_pasted_link_opens_what_it_names(client, pasted, location):
    """GIVEN the address of a document or paragraph (undocs.org, this site's permalink, a
    UNODC file) WHEN pasted in the box THEN it opens that document or paragraph, in the
    language the link names; before, "“https:” is not a filter" and 57 unrelated paragraphs
    (QA D1)."""
    response = client.get(f"/?q={quote(pasted)}&ui=en")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert response.headers["Location"] == location


def test_the_api_reads_a_pasted_link(client):
    answer = client.get(
        "/api/cite?ref=" + quote("https://undocs.org/CTOC/COP/WG.4/2010/6, para. 32")
    )
    assert answer.status_code == 200
    assert answer.get_json()["url"] == f"{WG4}/32"


def test_a_link_by_job_number_is_said_to_name_no_symbol(client):
    """GIVEN a link to the UN's document system by job number WHEN pasted THEN the answer says
    the collection cannot tell which document it is, in both interface languages, with no
    results of its pieces; the API answers 400 saying the same."""
    html = client.get(f"/?q={quote(ODS_JOB)}&ui=en").get_data(as_text=True)
    assert "The link names the document by its job number, V1051112, not by its symbol" in html
    assert "is not a filter" not in html and 'class="hits"' not in html
    french = client.get(f"/?q={quote(ODS_JOB)}&ui=fr").get_data(as_text=True)
    assert "par son numéro de tâche, V1051112, et non par sa cote\u00a0:" in french
    answer = client.get(f"/api/cite?ref={quote(ODS_JOB)}")
    assert answer.status_code == 400
    assert "job number, V1051112" in answer.get_json()["message"]


def test_other_links_are_left_as_written():
    assert unlinked("https://example.com/page") == "https://example.com/page"
    assert job_number("https://example.com/v1051112.pdf") is None
    assert job_number(ODS_JOB) == "V1051112"


@pytest.mark.parametrize(
    ("pasted", "location"),
    [
        ("https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F48%2F161", "/doc/A/RES/48/161/en"),
        (
            "https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/48/161&Lang=F",
            "/doc/A/RES/48/161/fr",
        ),
        ("http://www.un.org/documents/ga/res/48/a48r161.htm", "/doc/A/RES/48/161/en"),
        ("http://www.un.org/documents/ga/res/48/a48r161.htm, para. 3", "/doc/A/RES/48/161/en/3"),
    ],
)
def test_a_link_naming_the_symbol_in_its_query_or_page_opens_it(client, pasted, location):
    """GIVEN a link that names the document's symbol in its query (un.org's ``view_doc.asp?
    symbol=…&Lang=F``, undocs.org's ``Home/Mobile?FinalSymbol=…``) or the UN's older page of a
    General Assembly resolution (``documents/ga/res/48/a48r161.htm``) WHEN pasted THEN it opens
    that document, in the language the query names. Before, "“https:” is not a filter" and
    unrelated paragraphs, or "Home/Mobile" taken for a symbol (blind case list 8)."""
    response = client.get(f"/?q={quote(pasted)}&ui=en")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert response.headers["Location"] == location
    assert unlinked("https://example.com/page?lang=fr") == "https://example.com/page?lang=fr"


def test_a_digital_library_record_is_said_to_name_no_symbol_and_its_file_opens(client):
    """GIVEN a link to the UN Digital Library's page of a document (``…/record/180697``) WHEN
    pasted THEN the notice says the collection cannot tell which document it is, in both
    interface languages, with no results, and the API answers 400 saying the same; a link to
    one of its files (``…/files/A_RES_48_161-FR.pdf``) names the symbol and the language, and
    opens that version. Before, both were searched as words: "“https:” is not a filter" (blind
    case list 8)."""
    record = "https://digitallibrary.un.org/record/180697?ln=en"
    html = client.get(f"/?q={quote(record)}&ui=en").get_data(as_text=True)
    assert "The link names a record of the UN Digital Library, 180697" in html
    assert "is not a filter" not in html and 'class="hits"' not in html
    french = client.get(f"/?q={quote(record)}&ui=fr").get_data(as_text=True)
    assert (
        "Bibliothèque numérique des Nations Unies, 180697, et non la cote du document\u00a0:"
        in (french)
    )
    answer = client.get(f"/api/cite?ref={quote(record)}")
    assert (
        answer.status_code == 400 and "UN Digital Library, 180697" in answer.get_json()["message"]
    )
    searched = client.get(f"/api/search?q={quote(record)}").get_json()
    assert searched["citation"]["kind"] == "record" and searched["total"] == 0
    file = "https://digitallibrary.un.org/record/180697/files/A_RES_48_161-FR.pdf?ln=en"
    opened = client.get(f"/?q={quote(file + ', para. 3')}&ui=en")
    assert opened.status_code == 302 and opened.headers["Location"] == "/doc/A/RES/48/161/fr/3"
