"""An agenda item cited with its document: "CTOC/COP/WG.4/2010/6, item 3".

Before, "item 3" was a word the citation left unread: the whole document opened
(or, with "point 3 de l'ordre du jour", its paragraph 3). Now the document opens
with its paragraphs on that agenda item marked (``?agenda=3``); an item the
document has no paragraphs on is said on the search page, over the results of
the search filtered by that item of the document's session, when there are any.
"""

from __future__ import annotations

import dataclasses

import pytest

from search_app import create_app

from .support import page, reader_text, search, tags

WG4 = "CTOC/COP/WG.4/2010/6"
ITA = "A/HRC/WG.6/7/ITA/1"


@pytest.mark.parametrize(
    "typed",
    [
        f"{WG4}, item 3",
        f"{WG4}, agenda item 3",
        f"{WG4}, point 3 de l'ordre du jour",
        f"{WG4} item 3 of the provisional agenda",
    ],
)
def test_an_agenda_item_opens_the_document_with_its_paragraphs_marked(client, typed):
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{WG4}/fr?agenda=3#para-31"
    html = page(client, f"/doc/{WG4}/fr?agenda=3&ui=en")
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked[:7] == [f"para-{n}" for n in range(31, 38)] and len(marked) == 17
    assert "The citation names agenda item 3, “Analyse des concepts de base" in reader_text(html)
    french = reader_text(page(client, f"/doc/{WG4}/fr?agenda=3&ui=fr"))
    assert (
        "La citation désigne le point 3 de l’ordre du jour, « Analyse" in french
    )  # U+00A0: one space


def test_an_agenda_item_the_document_lacks_is_said(client):
    """Item 9 of a report on items 1-6: the notice alone (no paragraph of the collection is on
    item 9 of the session), in both languages; the document's page says it too."""
    response = search(client, f"{WG4}, item 9", "&ui=en")
    assert response.status_code == 200
    html = reader_text(page(client, f"/?q={WG4}%2C+item+9&ui=en"))
    assert f"{WG4} has no paragraphs on agenda item 9; its paragraphs are on items 1–6." in html
    assert "No results" not in html and "result" not in html.split("has no paragraphs")[1][:200]
    french = reader_text(page(client, f"/?q={WG4}%2C+item+9&ui=fr"))
    assert (
        f"{WG4} n’a pas de paragraphes sur le point 9 de l’ordre du jour ; ses paragraphes "
        "portent sur les points 1 à 6." in french
    )
    document = page(client, f"/doc/{WG4}/fr?agenda=9&ui=en")
    assert "The document has no paragraphs on agenda item 9." in reader_text(document)
    assert not tags(document, cls="para-marked")


def test_a_document_not_divided_by_agenda_item_says_so(client):
    html = reader_text(page(client, f"/?q={ITA}%2C+agenda+item+6&ui=en"))
    assert (
        f"{ITA} does not divide its paragraphs by agenda item: none is marked for item 6." in html
    )


@pytest.mark.parametrize("value", ["0", "100", "x", "3a"])
def test_a_malformed_agenda_parameter_is_a_400(client, value):
    assert client.get(f"/doc/{WG4}/fr?agenda={value}").status_code == 400


def test_an_item_beside_a_section_is_still_left_unread(client):
    """ "chap. IV, sect. D, item 3" names a section: the item is not the document's agenda item
    (test_citation_parts.py names it as unread)."""
    response = search(client, f"{WG4}, chap. IV, sect. D, item 3", "&ui=en")
    assert response.status_code == 200


class _Paper:
    """The real engine, with item 4's paragraphs of the WG.4 report untagged: a paper of the
    session with no paragraphs on item 4, whose session has (the report's, in the index)."""

    def __init__(self, engine):
        self._engine = engine

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def document(self, symbol):
        document = self._engine.document(symbol)
        if document is None or document.symbol != WG4:
            return document
        untagged = {
            lang: tuple(
                dataclasses.replace(p, agenda_item=None)
                if p.agenda_item and p.agenda_item.number == 4
                else p
                for p in paragraphs
            )
            for lang, paragraphs in document.paragraphs.items()
        }
        return dataclasses.replace(document, paragraphs=untagged)


def test_an_item_the_document_lacks_lists_the_sessions_paragraphs_on_it(built_index, engine):
    client = create_app(
        {"TESTING": True, "INDEX": str(built_index), "ENGINE": _Paper(engine)}
    ).test_client()
    html = reader_text(page(client, f"/?q={WG4}%2C+item+4&ui=en"))
    assert (
        f"{WG4} has no paragraphs on agenda item 4; its paragraphs are on items 1–3, 5 and 6."
        in html
    )
    assert (
        "The results below are the collection's paragraphs on item 4 of the agenda of its "
        "session." in html
    )
    raw = page(client, f"/?q={WG4}%2C+item+4&ui=en")
    assert raw.count('<li class="hit"') == 20
    assert '<a href="/?agenda=CTOC/COP/WG.4/2010:4">Search by this agenda item</a>' in raw


@pytest.mark.parametrize(
    "typed, asked",
    [
        (f"{WG4}, item 4, para. 40", 4),
        (f"{WG4}, item 2, para. 40", 2),
        (f"{WG4}, point 2 de l'ordre du jour, par. 40", 2),
    ],
)
def test_an_agenda_item_beside_one_paragraph_opens_the_paragraph(client, typed, asked):
    """GIVEN an agenda item beside one paragraph (blind case list 13, case 8) WHEN typed THEN
    the paragraph opens, its page saying when it is on another item (para. 40 is on item 4).
    Before, "item 4" was left unread: the search page, with results of "item 4"."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{WG4}/fr/40?agenda={asked}"
    english = reader_text(page(client, f"/doc/{WG4}/fr/40?agenda={asked}&ui=en"))
    french = reader_text(page(client, f"/doc/{WG4}/fr/40?agenda={asked}&ui=fr"))
    said = "The citation names agenda item 2, but this paragraph is on agenda item 4."
    dit = (
        "La citation désigne le point 2 de l’ordre du jour, mais ce paragraphe porte sur le "
        "point 4."
    )
    assert (said in english, dit in french) == (asked == 2, asked == 2)


def test_a_paragraph_on_no_agenda_item_says_so(client):
    response = search(client, f"{ITA}, item 4, para. 23")
    assert response.headers["Location"] == f"/doc/{ITA}/en/23?agenda=4"
    said = reader_text(page(client, f"/doc/{ITA}/en/23?agenda=4&ui=en"))
    assert "The citation names agenda item 4, but this paragraph is on no agenda item." in said
    moved = client.get(f"/doc/{ITA}/en/023?agenda=4")
    assert moved.status_code == 301 and moved.headers["Location"].endswith("/23?agenda=4")
    assert client.get(f"/doc/{ITA}/en/23?agenda=x").status_code == 400


def test_several_agenda_items_are_marked(client):
    """GIVEN "agenda items 4 and 5" of a document (blind case list 13, case 7) WHEN typed THEN
    the document opens with the paragraphs on both marked, the page naming them in each
    language. Before, "agenda items 4 5" were searched as words beside the document."""
    response = search(client, f"{WG4}, agenda items 4 and 5")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{WG4}/fr?agenda=4,5#para-38"
    html = page(client, f"/doc/{WG4}/fr?agenda=4,5&ui=en")
    assert len(tags(html, cls="para-marked")) == 36
    assert (
        "The citation names agenda items 4 and 5: their paragraphs are highlighted, paras. "
        "38–58 and 95–109." in reader_text(html)
    )
    french = reader_text(page(client, f"/doc/{WG4}/fr?agenda=4,5&ui=fr"))
    assert "La citation désigne les points 4 et 5 de l’ordre du jour : leurs paragraphes" in (
        french
    )


def test_an_agenda_item_of_several_the_document_lacks_is_said(client):
    response = search(client, f"{WG4}, items 5 and 9")
    assert response.headers["Location"] == f"/doc/{WG4}/fr?agenda=5,9#para-50"
    said = reader_text(page(client, f"/doc/{WG4}/fr?agenda=5,9&ui=en"))
    assert "The document has no paragraphs on agenda item 9." in said
    assert "The citation names agenda item 5, “Non-sanction" in said
    both = reader_text(page(client, f"/doc/{WG4}/fr?agenda=4,7,8&ui=fr"))
    assert "Le document n’a pas de paragraphes sur les points 7 et 8 de l’ordre du jour." in both
    none = reader_text(page(client, f"/doc/{WG4}/fr?agenda=7,8&ui=en"))
    assert "The document has no paragraphs on agenda items 7 and 8." in none
    assert client.get(f"/doc/{WG4}/fr?agenda=4,x").status_code == 400


def test_an_agenda_items_sub_item_opens_the_item_saying_so(client):
    """GIVEN "agenda item 1 (a)" (blind case list 13, case 9) WHEN typed THEN the paragraphs on
    item 1 are marked and the page says the letter was read as the item, in each language.
    Before, the search page listed results of "a" beside the document."""
    response = search(client, f"{WG4}, agenda item 1 (a)")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/doc/{WG4}/fr?agenda=1&read=1a#para-66"
    english = reader_text(page(client, f"/doc/{WG4}/fr?agenda=1&read=1a&ui=en"))
    assert (
        "Agenda item 1 (a) is read as item 1: the document's paragraphs are told apart by "
        "agenda item, not by its sub-items." in english
    )
    french = reader_text(page(client, f"/doc/{WG4}/fr?agenda=1&read=1a&ui=fr"))
    assert "Le point 1 a) de l’ordre du jour est lu comme le point 1 : les paragraphes" in french
    assert client.get(f"/doc/{WG4}/fr?agenda=1&read=1ab").status_code == 400
