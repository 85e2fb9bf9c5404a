"""Blind case list 12 on the pages: ranges and lists of lettered parts, a fifth level, a section
glued to its chapter, the words a citation's reading left aside."""

from __future__ import annotations

import pytest

from .support import search, tags

ITA = "A/HRC/WG.6/7/ITA/1"
WG4 = "CTOC/COP/WG.4/2010/6"
RES = "A/RES/48/161"
NBSP = "\u00a0"


@pytest.mark.parametrize(
    "typed, location",
    [
        (f"{ITA}, sect. III.B.1 (a)-(b)", f"/doc/{ITA}/en?part=III.B.1.a-b#para-53"),
        (f"{ITA}, section III.B.1(b)–(c)", f"/doc/{ITA}/en?part=III.B.1.b-c#para-56"),
        (
            f"{ITA}, chapitre III, section B.1, alinéas a) à c)",
            f"/doc/{ITA}/fr?part=III.B.1.a-c#para-53",
        ),
        (f"{ITA}, sect. III.B.1 (b) and (d)", f"/doc/{ITA}/en?part=III.B.1.b,d#para-56"),
    ],
)
def test_several_lettered_parts_open_their_paragraphs(client, typed, location):
    """Before: the search page, the first letter offered and the others "not read" (or, for
    "(b) and (d)", (b) opened and (d) dropped without a word)."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_the_document_page_marks_and_names_several_lettered_parts(client):
    html = client.get(f"/doc/{ITA}/en?part=III.B.1.b,d").get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == [f"para-{n}" for n in (*range(56, 62), *range(65, 68))]
    assert "The citation names chap. III, sect. B.1 (b) and (d): its paragraphs" in html
    french = client.get(f"/doc/{ITA}/fr?part=III.B.1.a-c&ui=fr").get_data(as_text=True)
    assert f"La citation désigne le chap. III, sect. B.1 a) à c){NBSP}: ses paragraphes" in french


@pytest.mark.parametrize(
    "typed, words, unsearched",
    [
        (f"{WG4}, chap. IV, sect. D, item 3", "item 3", ("chap.", "sect.")),
        (f"{ITA}, sect. III.B.1 (b), second indent", "second indent", ("sect.",)),
        (f"{RES}, op. 5; {ITA}, para. 68", ITA, ("op.", "para.")),
    ],
)
def test_the_citations_own_words_are_not_searched(client, typed, words, unsearched):
    """GIVEN a citation found with words it does not read THEN its document and those words
    are searched, not the citation's own: before, "No paragraph has “sect.”" (or “chap.”,
    “op.”) stood above the results, which were for the whole query."""
    html = search(client, typed).get_data(as_text=True)
    assert f"the other words of the search, “{words}”" in html
    for word in unsearched:
        assert f"No paragraph has “{word}”" not in html
    french = search(client, typed, "&ui=fr").get_data(as_text=True)
    assert f"les autres mots de la recherche, «{NBSP}{words}{NBSP}»" in french


@pytest.mark.parametrize(
    "typed, location",
    [
        (f"{WG4}, chapitre IVB", f"/doc/{WG4}/fr?part=IV.B#part-IV.B"),
        (f"{ITA}, chap. IIIB", f"/doc/{ITA}/en?part=III.B#part-III.B"),
        (f"{ITA}, chap. III, sect. B, point 1 (c)", f"/doc/{ITA}/en?part=III.B.1.c#part-III.B.1.c"),
        (f"{ITA}, sect. III.B, point 2", f"/doc/{ITA}/en?part=III.B.2#part-III.B.2"),
    ],
)
def test_a_glued_section_or_a_point_opens_it(client, typed, location):
    """Before: the search page, "chapitre IVB" or "point 1 c" named as not read."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_a_fifth_level_opens_its_lettered_part_saying_so(client):
    """Before: the search page offering (b), "ii" named as not read."""
    response = search(client, f"{ITA}, III.B.1(b)(ii)")
    assert response.headers["Location"] == f"/doc/{ITA}/en?part=III.B.1.b.ii#part-III.B.1.b"
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == [f"para-{n}" for n in range(56, 62)]
    assert (
        "The document has no chap. III, sect. B.1 (b)(ii): chap. III, sect. B.1 (b) is not "
        "divided further." in html
    )
    french = client.get(f"/doc/{ITA}/fr?part=III.B.1.b.ii&ui=fr").get_data(as_text=True)
    assert (
        f"Le document n’a pas de chap. III, sect. B.1 b) ii){NBSP}: le chap. III, sect. B.1 b) "
        "n’est pas subdivisé." in french
    )
    paragraph = search(client, f"{ITA}, sect. III.B.1 (b)(ii), para. 58")
    page = client.get(paragraph.headers["Location"]).get_data(as_text=True)
    assert "The document has no chap. III, sect. B.1 (b)(ii): the paragraph is opened." in page


def test_several_sub_items_of_one_paragraph_open_it_with_them(client):
    """Paragraph 67, the adopted agenda, has a) and b) under its item 1: both are marked
    (before, ``/67`` opened with neither)."""
    response = search(client, f"{WG4}, para. 67 (a)-(b)")
    assert response.headers["Location"] == f"/doc/{WG4}/fr/67?item=a-b#item-a"
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert [t["id"] for t in tags(html, "mark")] == ["item-a", "item-b"]
