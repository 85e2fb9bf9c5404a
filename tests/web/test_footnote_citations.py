"""Citations by footnote: "CTOC/COP/WG.4/2010/6, footnote 9" opens the paragraph carrying it.

Law reviews and researchers cite a report's footnotes ("n. 9", "fn. 9", "note 9"). Before,
"footnote 9" was "ignored" and the citation opened the whole document.
"""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from indexer.resolve import resolve
from search_app.citations import note
from tests.web.support import page_text as page

WG4 = "CTOC/COP/WG.4/2010/6"


@pytest.mark.parametrize(
    ("typed", "footnotes", "paragraphs"),
    [
        (f"{WG4}, footnote 9", (9,), ()),
        (f"{WG4} fn. 9", (9,), ()),
        (f"{WG4}, n. 9", (9,), ()),
        (f"{WG4}, foot-notes 8 and 9", (8, 9), ()),
        (f"{WG4}, note 9", (9,), ()),
        (f"{WG4}, note de bas de page n° 9", (9,), ()),
        (f"{WG4}, para. 50, footnote 9", (9,), (50,)),
    ],
)
def test_footnotes_are_read_from_a_typed_citation(typed, footnotes, paragraphs):
    found = parse_reference(typed, known=[WG4])
    assert (found.footnotes, found.paragraphs, found.problems) == (footnotes, paragraphs, ())


def test_a_footnote_alone_or_a_note_by_the_secretariat_is_no_citation():
    assert parse_reference("note 9", known=[WG4]) is None
    assert parse_reference("Note by the Secretariat", known=[WG4]) is None


def test_a_footnote_resolves_to_the_paragraph_carrying_it(engine):
    found = resolve(engine, f"{WG4}, footnote 9", "fr")
    assert (found.status, [h.anchor for h in found.hits]) == (200, ["50"])
    assert found.message == f"{WG4}, footnote 9" and found.available_footnotes == (1, 15)


def test_a_footnote_the_document_lacks_is_a_404_naming_its_footnotes(engine):
    found = resolve(engine, f"{WG4}, n. 40", "fr")
    assert found.status == 404
    assert found.message == f"{WG4} has footnotes 1–15; there is no footnote 40."
    some = resolve(engine, f"{WG4}, notes 11 and 40", "fr")
    assert [h.anchor for h in some.hits] == ["53"]
    assert some.notes == ("not in the document (footnotes 1–15): 40",)
    none = resolve(engine, "A/HRC/WG.6/7/ITA/1, footnote 3", "en")
    assert (none.status, none.message) == (404, "A/HRC/WG.6/7/ITA/1 has no footnotes.")


def test_the_search_box_opens_the_paragraph_at_the_footnote_and_marks_it(client):
    response = client.get(f"/?q={WG4}, footnote 9&ui=en")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location == "/doc/CTOC/COP/WG.4/2010/6/fr/50#fn-9"
    html = page(client, location.split("#")[0])
    assert '<li id="fn-9"><span class="fn-mark">9</span>' in html


def test_the_document_page_gives_each_footnote_an_address(client):
    document = page(client, "/doc/CTOC/COP/WG.4/2010/6/fr")
    assert document.count('id="fn-') == 15 and 'id="fn-9"' in document


def test_a_missing_footnote_is_said_in_the_interface_language(client):
    english = page(client, f"/?q={WG4}, footnote 40&ui=en")
    assert "has footnotes 1–15; there is no footnote 40." in english
    french = page(client, f"/?q={WG4}, note 40&ui=fr")
    assert "vont de 1 à 15\u202f; il n’y a pas de note 40." in french


def test_the_api_names_the_footnotes_asked_for_and_those_the_document_has(client):
    found = client.get(f"/api/cite?ref={WG4}, fn. 9").get_json()
    assert (found["footnotes"], found["citation"]) == ([9], f"{WG4}, footnote 9")
    assert found["url"].endswith("/50#fn-9")
    missing = client.get(f"/api/cite?ref={WG4}, fn. 40")
    assert missing.status_code == 404
    assert missing.get_json()["available_footnotes"] == [1, 15]


def test_a_paragraph_found_through_its_footnote_shows_it_with_a_link(client):
    """GIVEN words only footnote 12 of WG.4 para. 82 has WHEN searched THEN the hit shows that
    footnote's matching words, labelled in the interface language and linked to the note on
    the paragraph's page; the API gives them too."""
    english = page(client, '/?q="Anti-Slavery International"&ui=en')
    link = '<a href="/doc/CTOC/COP/WG.4/2010/6/fr/82#fn-12">Footnote 12:</a>'
    assert link in english and "<mark>Anti-Slavery International</mark>" in english
    assert ">Note 12\u00a0:</a>" in page(client, '/?q="Anti-Slavery International"&ui=fr')
    hit = client.get('/api/search?q="Anti-Slavery International"').get_json()["hits"][0]
    assert hit["note_highlight"]["mark"] == "12"
    assert client.get("/api/search?q=traite").get_json()["hits"][0]["note_highlight"] is None


def test_a_paragraphs_own_footnote_opens_the_paragraph_at_the_note(client, engine):
    """GIVEN "para. 53, footnote 11", the note of that paragraph WHEN typed THEN its page opens
    at the note and the citation names both; a footnote the paragraph does not carry is said.
    Before, the footnote was dropped ("footnotes and paragraphs; read the paragraphs")."""
    response = client.get(f"/?q={WG4}, para. 53, footnote 11&ui=en")
    assert response.headers["Location"] == "/doc/CTOC/COP/WG.4/2010/6/fr/53#fn-11"
    found = client.get(f"/api/cite?ref={WG4}, para. 53, n. 11").get_json()
    assert (found["citation"], found["footnotes"]) == (f"{WG4}, para. 53, footnote 11", [11])
    other = resolve(engine, f"{WG4}, para. 53, footnote 9", "fr")
    assert [h.anchor for h in other.hits] == ["53"] and other.footnotes == ()
    assert other.notes == ("not in the paragraphs cited (footnotes): 9",)
    with client.application.test_request_context("/?ui=fr"):
        assert note(other.notes[0]) == "Notes absentes des paragraphes cités\u00a0: 9."
