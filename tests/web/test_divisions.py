"""A chapter or a section cited ("chap. IV, sect. D") in the search box, the document page, the
web API and the command line."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from indexer.cli import main

from .support import citation_notice, search, tags

WG4 = "CTOC/COP/WG.4/2010/6"
SECTION = f"{WG4}, chap. IV, sect. D"


def notice(client, typed: str, ui: str = "en") -> str:
    return citation_notice(client, typed, ui)[1]


@pytest.mark.parametrize(
    "typed, location",
    [
        (SECTION, f"/doc/{WG4}/fr?part=IV.D#part-IV.D"),
        (f"{WG4} chapitre IV, section D", f"/doc/{WG4}/fr?part=IV.D#part-IV.D"),
        (
            "A/HRC/WG.6/7/ITA/1 sect. III.B.2",
            "/doc/A/HRC/WG.6/7/ITA/1/en?part=III.B.2#part-III.B.2",
        ),
        (f"{WG4}, chap. IV, para. 30", f"/doc/{WG4}/fr/30?part=IV"),
    ],
)
def test_a_chapter_or_section_typed_opens_its_paragraphs(client, typed, location):
    """GIVEN a chapter or section typed in the search box THEN the document opens at its first
    paragraph, its paragraphs marked; before, the whole document, "chap IV sect" ignored."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_the_document_page_marks_and_names_the_section(client):
    html = client.get(f"/doc/{WG4}/fr?part=IV.D").get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == [f"para-{n}" for n in range(103, 110)]
    assert 'The citation names chap. IV, sect. D, “<span lang="fr">D. Non-sanction' in html
    assert "its paragraphs are highlighted, paras. 103–109." in html
    french = client.get(f"/doc/{WG4}/fr?part=IV.D&ui=fr").get_data(as_text=True)
    assert (
        'La citation désigne le chap. IV, sect. D, «\u00a0<span lang="fr">D. Non-sanction' in french
    )
    assert "surlignés, par. 103 à 109." in french


def test_the_document_page_says_a_section_it_lacks_and_refuses_a_bad_one(client):
    html = client.get(f"/doc/{WG4}/fr?part=IX").get_data(as_text=True)
    assert "The document has no chap. IX: see its contents." in html
    assert not tags(html, cls="para-marked")
    refused = client.get(f"/doc/{WG4}/fr?part=%3Cb%3E")
    assert refused.status_code == 400
    assert client.get(f"/doc/{WG4}/fr?part=").status_code == 200  # empty: none, as paras


def test_the_heading_the_note_quotes_is_marked_with_its_language(client):
    """GIVEN the English interface and a French report's section cited THEN the heading quoted
    in the note carries lang="fr" (a screen reader had read the French heading in English);
    an English document's heading carries lang="en" in the French interface."""
    html = client.get(f"/doc/{WG4}/fr?part=IV.D&ui=en").get_data(as_text=True)
    note = html[html.index('class="marked-note"') :]
    note = note[: note.index("</p>")]
    assert '“<span lang="fr">D. Non-sanction et non-poursuite' in note
    assert "processus de traite</span>”" in note
    english = client.get("/doc/A/HRC/WG.6/7/ITA/1/en?part=III.B&ui=fr").get_data(as_text=True)
    assert '«\u00a0<span lang="en">B. Civil and political rights' in english


@pytest.mark.parametrize(
    "address, way_on",
    [
        (f"/doc/{WG4}/fr?part=iv.d", f"/doc/{WG4}/fr"),
        (f"/doc/{WG4}/fr?part=IV..D&paras=103", f"/doc/{WG4}/fr?paras=103"),
        (f"/doc/{WG4}/fr/30?part=Z", f"/doc/{WG4}/fr/30"),
        (f"/doc/{WG4}/fr?paras=abc&part=IV.D", f"/doc/{WG4}/fr?part=IV.D"),
    ],
)
def test_a_bad_setting_of_a_document_page_links_to_the_page_without_it(client, address, way_on):
    """GIVEN a document's or paragraph's address with a malformed part (or paras) THEN the 400
    page links to the same page without it; its only link had been to the search page."""
    response = client.get(address)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    links = {t["href"] for t in tags(html, "a")}
    assert way_on in links
    assert "The same page without this setting" in html
    french = client.get(address + "&ui=fr" if "?" in address else address + "?ui=fr")
    assert "La même page sans ce réglage" in french.get_data(as_text=True)


def test_the_paragraph_page_says_when_the_paragraph_is_in_another_chapter(client):
    """GIVEN "chap. IV, para. 30", para. 30 being in chapter II THEN the paragraph's page says
    so in a sentence, with a link to chapter IV; it had said "Not in chap. IV, whose paragraphs
    are 77–115: 30.", the number last and no way to the chapter cited."""
    chapter = f'<a href="/doc/{WG4}/fr?part=IV#part-IV">chap. IV</a>'
    html = client.get(f"/doc/{WG4}/fr/30?part=IV").get_data(as_text=True)
    assert f"This paragraph is not in {chapter}, whose paragraphs are 77–115." in html
    assert ": 30." not in html
    french = client.get(f"/doc/{WG4}/fr/30?part=IV&ui=fr").get_data(as_text=True)
    expected = f"Ce paragraphe n’est pas dans le {chapter}, dont les paragraphes vont de 77 à 115."
    assert expected in french
    section = client.get(f"/doc/{WG4}/fr/30?part=IV.D").get_data(as_text=True)
    assert f'<a href="/doc/{WG4}/fr?part=IV.D#part-IV.D">chap. IV, sect. D</a>' in section
    inside = client.get(f"/doc/{WG4}/fr/105?part=IV").get_data(as_text=True)
    assert "not in chap. IV" not in inside
    lacking = client.get(f"/doc/{WG4}/fr/30?part=IX").get_data(as_text=True)
    assert "The document has no chap. IX: the paragraph is opened." in lacking


@pytest.mark.parametrize(
    "typed, english, french",
    [
        (
            f"{WG4}, chap. IX",
            "has no chap. IX; it has chapters I–IV.",
            "n’a pas de chap. IX\u202f; il a les chapitres I à IV.",
        ),
        (
            f"{WG4}, chap. IV, sect. G",
            "has no chap. IV, sect. G; its chapter IV has sections A–E.",
            "son chapitre IV a les sections A à E.",
        ),
        (
            "A/HRC/WG.6/7/ITA/1 sect. III.B.12",
            "section B of its chapter III has sub-sections 1–10.",
            "la section B de son chapitre III a les sous-sections 1 à 10.",
        ),
        (
            "A/RES/48/161, chap. II",
            "has no numbered chapters or sections.",
            "n’a pas de chapitres ni de sections numérotés.",
        ),
    ],
)
def test_a_section_the_document_lacks_is_named_with_what_it_has(client, typed, english, french):
    said = notice(client, typed)
    assert english in said
    assert f'<a href="/doc/{typed.split(",")[0].split(" ")[0]}">Open the document<span' in said
    assert french in notice(client, typed, "fr")


def test_the_links_under_a_lacking_section_name_the_document(client):
    """GIVEN a section the document lacks THEN "Open the document" and "its contents" name the
    document to a screen reader's list of links (out of context, "its contents" named nothing)."""
    html = notice(client, f"{WG4}, chap. IX")
    hidden = f'<span class="visually-hidden"> ({WG4})</span>'
    assert f"Open the document{hidden}</a>" in html
    assert f"its contents{hidden}</a>" in html


def test_a_section_several_chapters_have_offers_each(client):
    said = notice(client, f"{WG4}, sect. D")
    assert "has a section D in chapters II and IV: which one?" in said
    assert f">{WG4}, chap. II, sect. D</a> or <a" in said
    assert f"{WG4}#toc-heading" in said  # and its contents


def test_the_api_says_the_section_found_and_lacking(client):
    found = client.get(f"/api/cite?ref={quote(SECTION)}").get_json()
    assert found["citation"] == SECTION
    assert found["url"] == f"/doc/{WG4}/fr?part=IV.D#part-IV.D"
    assert [h["paragraph"] for h in found["hits"]] == list(range(103, 110))
    division = found["division"]
    assert (division["chapter"], division["section"], division["label"]) == (
        "IV",
        "D",
        "chap. IV, sect. D",
    )
    assert division["heading"].startswith("D. Non-sanction")
    assert division["paragraph_range"] == [103, 109]
    missing = client.get(f"/api/cite?ref={quote(WG4 + ', chap. IX')}")
    assert missing.status_code == 404
    body = missing.get_json()
    assert body["division"]["lacking"] == "chapter"
    assert body["division"]["available"] == ["I", "II", "III", "IV"]
    searched = client.get(f"/api/search?q={quote(SECTION)}").get_json()
    assert searched["citation"]["division"]["paragraph_range"] == [103, 109]
    assert [h["paragraph"] for h in searched["hits"]] == list(range(103, 110))
    plain = client.get(f"/api/cite?ref={quote(WG4 + ', para. 32')}").get_json()
    assert plain["division"] is None


def test_the_command_line_prints_the_section_and_its_heading(built_index, capsys):
    assert main(["search", SECTION, "--index", str(built_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"cited: {SECTION}: paras. 103–109\nheading: D. Non-sanction")
    assert out.count(f"\n{WG4}, para. ") == 7
    assert main(["search", f"{WG4}, chap. IX", "--index", str(built_index), "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["citation"]["kind"] == "outside"
    assert body["citation"]["message"] == f"{WG4} has no chap. IX; it has chapters I–IV."
