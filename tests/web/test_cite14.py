"""An indent of several paragraphs, an agenda item beside several paragraphs, several agenda
items one of which is lettered: typed in the search box, each opens the document with what it
names marked, and the page says what could not be marked (session cite14).

Before, "first indent" and "item 4" were searched as words beside the document, "point 4 de
l'ordre du jour, par. 40 à 42" read paragraph 4 too, and "items 1 (a) and 2" left "2" to the
search ("points 1 a) et 2" opened paragraph 1).
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from search_app import create_app

from .support import page_text, reader_text
from .test_subitems import _Dashed

DOC = "/doc/CTOC/COP/WG.4/2010/6/fr"


def went(client, typed: str) -> str:
    response = client.get("/?q=" + quote(typed))
    assert response.status_code == 302, typed
    return response.headers["Location"]


def said(client, address: str, ui: str = "en") -> str:
    return reader_text(page_text(client, f"{address}&ui={ui}"))


def marks(page: str) -> list[str]:
    return re.findall(r'<mark class="subitem" id="([a-z0-9-]+)">', page)


@pytest.mark.parametrize(
    "typed, address",
    [
        ("CTOC/COP/WG.4/2010/6, paras. 31-32, first indent", f"{DOC}?paras=31-32&indent=1"),
        ("CTOC/COP/WG.4/2010/6, par. 31 et 32, premier tiret", f"{DOC}?paras=31-32&indent=1"),
        (
            "CTOC/COP/WG.4/2010/6, paragraphes 31 à 33, deuxième tiret",
            f"{DOC}?paras=31-33&indent=2",
        ),
    ],
)
def test_an_indent_of_several_paragraphs_opens_them(client, typed, address):
    """GIVEN an indent of several paragraphs none of which sets out a dashed item WHEN typed
    THEN the paragraphs open marked, the page saying, in the reader's language, that the
    indent is not marked."""
    assert went(client, typed) == f"{address}#para-31"
    english = said(client, address)
    assert "The citation names indent" in english
    assert "but their text has no such dashed item: the indent is not marked." in english
    french = said(client, address, "fr")
    assert "mais leur texte n’a pas un tel tiret : il n’est pas mis en évidence." in french


def test_an_indent_of_preambular_paragraphs(client):
    """GIVEN an indent of one preambular paragraph or several WHEN typed THEN the paragraph's
    page, or the document with them marked, says the indent is not marked (before, the indent
    was searched as words)."""
    one = went(client, "A/RES/48/161, pp3, second indent")
    assert one == "/doc/A/RES/48/161/en/pp3?indent=2"
    assert "The citation names indent 2, but this paragraph's text has no such dashed item" in (
        said(client, one)
    )
    several = went(client, "A/RES/48/161, pp. 3-4, first indent")
    assert several == "/doc/A/RES/48/161/en?paras=pp3-4&indent=1#para-pp3"
    assert "The citation names indent 1 of each of preambular paras. 3 and 4, but" in said(
        client, several.split("#")[0]
    )


@pytest.fixture
def dashed(built_index, engine):
    config = {"TESTING": True, "INDEX": str(built_index), "ENGINE": _Dashed(engine)}
    return create_app(config).test_client()


def test_the_indent_of_each_paragraph_is_marked(dashed):
    """GIVEN paragraph 32 with three dashed items, paragraph 31 with none WHEN their second
    indent is opened THEN that of 32 alone is marked (an id of its own per paragraph), and the
    page says where it is and where there is none."""
    page = page_text(dashed, f"{DOC}?paras=31-32&indent=2")
    shown = re.findall(r'<mark class="subitem" id="([a-z0-9-]+)">([^<]*)</mark>', page)
    assert shown == [("para-32-indent-2", "– la sensibilisation;")]
    text = reader_text(page)
    assert (
        "Indent 2 of the citation is highlighted in para. 32; no such dashed item in para. 31."
        in (text)
    )
    french = said(dashed, f"{DOC}?paras=31-32&indent=2", "fr")
    assert "Le tiret 2 de la citation est mis en évidence (par. 32) ; pas de tel tiret" in (french)
    alone = page_text(dashed, f"{DOC}?paras=32&indent=1")
    assert marks(alone) == ["para-32-indent-1"]
    assert "Indent 1 of each paragraph of the citation is highlighted." in reader_text(alone)


def test_an_indent_without_paragraphs_marks_nothing_and_a_bad_one_is_a_400(client):
    assert marks(page_text(client, f"{DOC}?indent=1")) == []
    assert client.get(f"{DOC}?paras=31-32&indent=x").status_code == 400


@pytest.mark.parametrize(
    "typed, address",
    [
        ("CTOC/COP/WG.4/2010/6, item 4, paras. 40-42", f"{DOC}?paras=40-42&agenda=4"),
        (
            "CTOC/COP/WG.4/2010/6, point 4 de l'ordre du jour, par. 40 à 42",
            f"{DOC}?paras=40-42&agenda=4",
        ),
    ],
)
def test_an_agenda_item_beside_several_paragraphs_opens_them(client, typed, address):
    """GIVEN an agenda item beside paragraphs on that item WHEN typed THEN the paragraphs
    open marked, and only they (not every paragraph of the item); nothing more is said."""
    assert went(client, typed) == f"{address}#para-40"
    page = page_text(client, f"{address}&ui=en")
    assert re.findall(r'class="para para-marked" id="para-(\d+)"', page) == ["40", "41", "42"]
    assert "The citation names agenda item" not in reader_text(page)


def test_paragraphs_on_another_agenda_item_are_said(client):
    """GIVEN an agenda item beside paragraphs on another item, or partly on it WHEN typed THEN
    the page says which are elsewhere, in the reader's language."""
    address = went(client, "CTOC/COP/WG.4/2010/6, item 2, paras. 40-42").split("#")[0]
    assert address == f"{DOC}?paras=40-42&agenda=2"
    assert "The citation names agenda item 2, but its paragraphs are on agenda item 4." in said(
        client, address
    )
    assert (
        "La citation désigne le point 2 de l’ordre du jour, mais ses paragraphes portent sur le "
        "point 4." in said(client, address, "fr")
    )
    partly = f"{DOC}?paras=36-40&agenda=4"
    assert (
        "The citation names agenda item 4, but not all its paragraphs are on it: paras. 36 and "
        "37 on item 3." in said(client, partly)
    )
    assert "par. 36 et 37 sur le point 3." in said(client, partly, "fr")
    none = "/doc/A/HRC/WG.6/7/ITA/1/en?paras=5-7&agenda=6"
    assert "The citation names agenda item 6, but its paragraphs are on no agenda item." in said(
        client, none
    )


def test_an_agenda_item_and_an_indent_beside_paragraphs(client):
    """GIVEN an agenda item, paragraphs and an indent WHEN typed THEN the page gets both and
    says both (before, the indent was searched as words)."""
    one = went(client, "CTOC/COP/WG.4/2010/6, item 4, para. 40, second indent")
    assert one == f"{DOC}/40?indent=2&agenda=4"
    several = went(client, "CTOC/COP/WG.4/2010/6, item 2, paras. 40-41, first indent")
    assert several == f"{DOC}?paras=40-41&indent=1&agenda=2#para-40"
    text = said(client, several.split("#")[0])
    assert "The citation names indent 1 of each of paras. 40 and 41" in text
    assert "The citation names agenda item 2, but its paragraphs are on agenda item 4." in text


def test_several_agenda_items_beside_paragraphs_are_checked(client):
    """GIVEN several agenda items beside paragraphs WHEN typed THEN the paragraphs open, the
    items checked (``agenda=2,3``): the page says which paragraphs are on none of them. Before,
    "items 2 3" were searched as words beside the document."""
    address = went(client, "CTOC/COP/WG.4/2010/6, items 2 and 3, paras. 40-42").split("#")[0]
    assert address == f"{DOC}?paras=40-42&agenda=2,3"
    assert (
        "The citation names agenda items 2 and 3, but its paragraphs are on agenda item 4."
        in said(client, address)
    )
    assert "La citation désigne les points 2 et 3 de l’ordre du jour, mais ses paragraphes" in (
        said(client, address, "fr")
    )
    partly = f"{DOC}?paras=36-40&agenda=3,5"
    assert "but not all its paragraphs are on them: paras. 38–40 on item 4." in said(client, partly)
    one = went(client, "CTOC/COP/WG.4/2010/6, points 2 et 3 de l'ordre du jour, par. 40")
    assert one == f"{DOC}/40?agenda=2,3"
    assert "The citation names agenda items 2 and 3, but this paragraph is on agenda item 4." in (
        said(client, one)
    )
    on_it = went(client, "CTOC/COP/WG.4/2010/6, items 4 and 5, paras. 40-42").split("#")[0]
    assert "The citation names agenda item" not in said(client, on_it)


@pytest.mark.parametrize(
    "typed",
    [
        "CTOC/COP/WG.4/2010/6, items 1 (a) and 2",
        "CTOC/COP/WG.4/2010/6, points 1 a) et 2",
        "CTOC/COP/WG.4/2010/6, points 1 a) et 2 de l'ordre du jour",
        "CTOC/COP/WG.4/2010/6, items 1 (a)–(b) and 2",
    ],
)
def test_several_agenda_items_one_lettered_open_them_all(client, typed):
    """GIVEN several agenda items, the first with a sub-item WHEN typed THEN the paragraphs on
    each are marked and the page says the sub-item is read as its item."""
    address = went(client, typed)
    assert address == f"{DOC}?agenda=1,2&read=1a#para-8"
    english = said(client, address.split("#")[0])
    assert "The citation names agenda items 1 and 2: their paragraphs are highlighted" in english
    assert "Agenda item 1 (a) is read as item 1" in english
    assert "Le point 1 a) de l’ordre du jour est lu comme le point 1" in said(
        client, address.split("#")[0], "fr"
    )


def test_every_lettered_item_is_said(client):
    address = went(client, "CTOC/COP/WG.4/2010/6, agenda items 1 (a), 2 (b) and 9")
    assert address == f"{DOC}?agenda=1,2,9&read=1a,2b#para-8"
    text = said(client, address.split("#")[0])
    assert "Agenda item 1 (a) is read as item 1" in text
    assert "Agenda item 2 (b) is read as item 2" in text
    assert "The document has no paragraphs on agenda item 9." in text


@pytest.mark.browser
@pytest.mark.parametrize(
    "typed",
    [
        "CTOC/COP/WG.4/2010/6, item 2, paras. 40-41, first indent",
        "CTOC/COP/WG.4/2010/6, par. 31 et 32, premier tiret",
    ],
)
def test_the_note_over_the_paragraphs_is_whole_in_view(page, typed):
    """GIVEN a citation whose page says more than which paragraphs it marks (an indent, an
    agenda item) WHEN it opens at its first paragraph THEN the note above it is whole in view,
    its first line included (at 6rem above the paragraph, a note of three lines or more began
    above the window)."""
    page.goto("/")
    page.fill("#q", typed)
    with page.expect_navigation():
        page.press("#q", "Enter")
    note = page.locator(".marked-note").first
    expect(note).to_contain_text("indent 1")
    box = note.bounding_box()
    assert box is not None and box["y"] >= 0, box
    expect(page.locator(".para-marked").first).to_be_in_viewport()
