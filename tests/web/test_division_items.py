"""The fourth heading level and malformed division parts on the pages (blind case list 11):
``sect. III.B.1 (b)`` opens that part; a lettered part the document lacks opens the enclosing
division with a note; what of a division's citation was not read is named on the page."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from .support import citation_notice, search, tags

WG4 = "CTOC/COP/WG.4/2010/6"
ITA = "A/HRC/WG.6/7/ITA/1"
NBSP = "\u00a0"


def notice(client, typed: str, ui: str = "en") -> str:
    return citation_notice(client, typed, ui)[1]


@pytest.mark.parametrize(
    "typed, location",
    [
        (f"{ITA}, section III.B.1(b)", f"/doc/{ITA}/en?part=III.B.1.b#part-III.B.1.b"),
        (f"{ITA}, III.B.1.b", f"/doc/{ITA}/en?part=III.B.1.b#part-III.B.1.b"),
        (
            f"{ITA}, chapitre III, section B.1, b)",
            f"/doc/{ITA}/fr?part=III.B.1.b#part-III.B.1.b",
        ),
        # the document lacks the letter: the sub-section, at its heading
        (f"{ITA}, sect. III.B.2(a)", f"/doc/{ITA}/en?part=III.B.2.a#part-III.B.2"),
        (f"{WG4}, chap. IV..D", f"/doc/{WG4}/fr?part=IV.D#part-IV.D"),  # was ?part=IV
        (f"{WG4}, ch. IV(D)", f"/doc/{WG4}/fr?part=IV.D#part-IV.D"),  # was ?part=IV
        (f"{WG4}, section IV-D", f"/doc/{WG4}/fr?part=IV.D#part-IV.D"),  # was ?part=IV
    ],
)
def test_a_fourth_level_or_a_malformed_part_opens_what_was_meant(client, typed, location):
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_the_document_page_marks_and_names_the_sub_sub_section(client):
    html = client.get(f"/doc/{ITA}/en?part=III.B.1.b").get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == [f"para-{n}" for n in range(56, 62)]
    assert 'id="part-III.B.1.b"' in html
    assert "The citation names chap. III, sect. B.1 (b), “" in html
    french = client.get(f"/doc/{ITA}/fr?part=III.B.1.b&ui=fr").get_data(as_text=True)
    assert f"La citation désigne le chap. III, sect. B.1 b), «{NBSP}" in french


def test_a_lettered_part_the_document_lacks_is_said_on_the_page_it_opens(client):
    """GIVEN ``?part=III.B.1.e`` (no (e): Italy's III.B.1 has (a)–(d)) THEN the sub-section is
    marked and the page says the letter is not there, in English and French."""
    html = client.get(f"/doc/{ITA}/en?part=III.B.1.e").get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == [f"para-{n}" for n in range(53, 68)]
    assert (
        "The document has no chap. III, sect. B.1 (e): chap. III, sect. B.1 has (a)–(d). "
        "All of chap. III, sect. B.1 is highlighted."
    ) in html
    french = client.get(f"/doc/{ITA}/fr?part=III.B.1.e&ui=fr").get_data(as_text=True)
    assert (
        "Le document n’a pas de chap. III, sect. B.1 e). "
        f"Subdivisions du chap. III, sect. B.1{NBSP}: a) à d). "
        "Tout le chap. III, sect. B.1 est surligné."
    ) in french
    none = client.get(f"/doc/{ITA}/en?part=III.B.2.a").get_data(as_text=True)
    assert "chap. III, sect. B.2 has no lettered parts. All of chap. III, sect. B.2" in none


def test_a_paragraph_cited_with_a_missing_letter_is_not_said_outside(client):
    """``sect. III.B.2 (a), para. 69``: 69 is in III.B.2; the page says there is no (a), not
    that 69 is outside the division."""
    html = search(client, f"{ITA}, sect. III.B.2(a), para. 69")
    assert html.headers["Location"] == f"/doc/{ITA}/en/69?part=III.B.2.a"
    page = client.get(html.headers["Location"]).get_data(as_text=True)
    assert "This paragraph is not in" not in page
    assert "The document has no chap. III, sect. B.2 (a): the paragraph is opened." in page


@pytest.mark.parametrize(
    "typed, ui, said",
    [
        # a section the chapter lacks: before, "sect DD" searched and the chapter offered
        (f"{WG4}, chap. IV, sect. DD", "en", "has no chap. IV, sect. DD; its chapter IV has"),
        (f"{WG4}, chap. IV, sect. DD", "fr", "n’a pas de chap. IV, sect. DD"),
        # "(b)(ii)" is read since blind case list 12 (a fifth level)
        (f"{ITA}, chap. III, sect. B.1(b), 2nd indent", "en", "Not read in the citation: “2nd"),
        (
            f"{ITA}, chap. III, sect. B.1(b), 2nd indent",
            "fr",
            f"Non lu dans la citation{NBSP}: «{NBSP}2nd indent{NBSP}».",
        ),
        # no division read ("chap. IVD" is read since blind case list 12: IV.D)
        (f"{WG4}, chap. IVDD", "en", "Not read in the citation: “chap IVDD”."),
    ],
)
def test_what_a_division_citation_could_not_read_is_named(client, typed, ui, said):
    assert said in notice(client, typed, ui)


def test_plain_words_beside_a_citation_get_no_unread_note(client):
    """Words beside a citation without a division are searched, as before, without a note."""
    assert "Not read in the citation" not in notice(client, "A/RES/48/161 peace")


def test_the_api_gives_the_fourth_level(client):
    found = client.get("/api/cite?ref=" + quote(f"{ITA}, sect. III.B.1 (b)")).get_json()
    assert found["division"]["item"] == "b"
    assert found["division"]["label"] == "chap. III, sect. B.1 (b)"
    assert found["division"]["paragraph_range"] == [56, 61]
    assert found["url"] == f"/doc/{ITA}/en?part=III.B.1.b#part-III.B.1.b"
    widened = client.get("/api/cite?ref=" + quote(f"{ITA}, sect. III.B.2 (a)")).get_json()
    assert widened["division"]["widened"] is True
    assert widened["division"]["paragraph_range"] == [68, 71]


def test_the_search_api_and_the_command_line_give_the_fourth_level(client, built_index, capsys):
    from indexer.cli import main

    typed = f"{ITA}, sect. III.B.1 (b)"
    answer = client.get("/api/search?q=" + quote(typed)).get_json()
    assert answer["citation"]["division"]["item"] == "b"
    assert answer["citation"]["division"]["label"] == "chap. III, sect. B.1 (b)"
    assert main(["search", "--index", str(built_index), "--json", typed]) == 0
    printed = capsys.readouterr().out
    assert '"label": "chap. III, sect. B.1 (b)"' in printed
