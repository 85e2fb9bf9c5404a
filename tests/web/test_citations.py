"""Citations in the app: how they are written, where a citation typed in the search box leads."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from indexer.citations import unquoted_citation
from search_app import citation_text, citations
from search_app.params import ParamError

from .support import citation_notice as notice
from .support import page_text as page
from .support import search, tags


@pytest.mark.parametrize(
    "numbers, english, french",
    [
        ((32,), "para. 32", "par. 32"),
        ((30, 31, 32), "paras. 30–32", "par. 30 à 32"),
        ((30, 31), "paras. 30 and 31", "par. 30 et 31"),
        ((32, 35), "paras. 32 and 35", "par. 32 et 35"),
        ((1, 3, 5), "paras. 1, 3 and 5", "par. 1, 3 et 5"),
        ((30, 31, 32, 35, 36), "paras. 30–32, 35 and 36", "par. 30 à 32, 35 et 36"),
    ],
)
def test_paragraphs_are_written_un_style_in_each_language(app, numbers, english, french):
    with app.test_request_context("/?ui=en"):
        assert citation_text.paragraphs_label(numbers) == english
        assert citation_text.reference("A/RES/48/161", numbers) == f"A/RES/48/161, {english}"
        assert citation_text.reference("A/RES/48/161", ()) == "A/RES/48/161"
    with app.test_request_context("/?ui=fr"):
        assert citation_text.paragraphs_label(numbers) == french


@pytest.mark.parametrize(
    "value, numbers, preambular",
    [
        ("", (), ()),
        ("32", (32,), ()),
        ("30-32", (30, 31, 32), ()),
        ("12,15", (12, 15), ()),
        ("30-32,35", (30, 31, 32, 35), ()),
        ("pp3-5", (), (3, 4, 5)),
        ("3,pp1-2", (3,), (1, 2)),
    ],
)
def test_paras_parameter_round_trip(value, numbers, preambular):
    anchors = {str(n) for n in numbers} | {f"pp{n}" for n in preambular}
    assert citation_text.parse_paras(value) == frozenset(anchors)
    if numbers or preambular:
        assert citation_text.paras_value(numbers, preambular) == value


@pytest.mark.parametrize(
    "value",
    ["abc", "30-", "-3", "1;2", "<script>", "1,,2", "12345", "1-500", "1" + ",1" * 300, "pp", "p3"],
)
def test_bad_paras_parameter_is_refused(value):
    with pytest.raises(ParamError) as raised:
        citation_text.parse_paras(value)
    assert raised.value.parameter == "paras"


def test_undocs_url_and_section_id():
    assert citation_text.undocs_url("CTOC/COP/WG.4/2009/2", "fr") == (
        "https://undocs.org/fr/CTOC/COP/WG.4/2009/2"
    )
    assert (
        citation_text.undocs_url("E/2002/68/Add.1", "en") == "https://undocs.org/en/E/2002/68/Add.1"
    )
    assert citations.section_id("CTOC/COP/WG.4/2009/2") == "doc-CTOC-COP-WG-4-2009-2"


@pytest.mark.parametrize(
    "note, french",
    [
        ("'W.4' looks like a typo for 'WG.4'", "«\u00a0W.4\u00a0» semble être une faute de frappe"),
        ("recommendation numbers are read as paragraph numbers", "numéros de recommandation"),
        ("'3-1' is not a range of paragraphs", "«\u00a03-1\u00a0» n’est pas une suite"),
        ("'34-32' read as '32-34'", "«\u00a034-32\u00a0» est lu «\u00a032-34\u00a0»."),
        (
            "not in the document (paragraphs 1–115): 116–120",
            "Hors du document, dont les paragraphes vont de 1 à 115\u00a0: 116–120.",
        ),
        (  # one paragraph or several alike: "Absents du document" was plural for one
            "not in the document (paragraphs 1–115): 300",
            "Hors du document, dont les paragraphes vont de 1 à 115\u00a0: 300.",
        ),
        ("something new", "something new"),
    ],
)
def test_notes_of_the_citation_reader_are_translated(app, note, french):
    with app.test_request_context("/?ui=fr"):
        assert french in citations.note(note)


# -- The search box ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, location",
    [
        ("ctoc/cop/wg.4/2010/6 par. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC-COP-WG.4-2010-6 paragraphe 109", "/doc/CTOC/COP/WG.4/2010/6/fr/109"),
        ("paragraphe 17 du document CTOC/COP/WG.4/2010/6", "/doc/CTOC/COP/WG.4/2010/6/fr/17"),
        ("A/HRC/WG.6/7/ITA/1 ¶ 68", "/doc/A/HRC/WG.6/7/ITA/1/en/68"),
        ("A/RES/48/161 § 3", "/doc/A/RES/48/161/en/3"),
        (
            "CTOC / COP / WG4 / 2010 / 6 , paras 30-32",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30",
        ),
        ("A/HRC/WG.6/7/ITA/1 par. 72 à 74", "/doc/A/HRC/WG.6/7/ITA/1/fr?paras=72-74#para-72"),
        ("A/HRC/WG.6/7/ITA/1", "/doc/A/HRC/WG.6/7/ITA/1/en"),
        ("a/res/48/161", "/doc/A/RES/48/161/en"),
        ("CTOC/COP/WG.4/2010/6", "/doc/CTOC/COP/WG.4/2010/6/fr"),  # its only version
        ("A/RES/48/161 § 3 (fr)", "/doc/A/RES/48/161/fr/3"),  # a language word chooses
        ("A/RES/48/161 § 3 français", "/doc/A/RES/48/161/fr/3"),
        # the tail of one symbol of the collection, typed alone, is that symbol
        ("WG.4/2010/6 para 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("wg.6/7/ita/1, para. 70", "/doc/A/HRC/WG.6/7/ITA/1/en/70"),
        ("RES/48/161", "/doc/A/RES/48/161/en"),
        # copied from a PDF or a word processor: typographic dashes, slashes, marks (QA D7)
        ("CTOC/COP/WG.4/2010\u20136, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC\u2011COP\u2011WG.4\u20112010\u20116, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC\uff0fCOP\uff0fWG.4\uff0f2010\uff0f6 para 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/\u00ad6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6\u00b9, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG 4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG-4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        (
            "CTOC/COP/WG.4/2010/6, paras. 30\u201332",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30",
        ),
    ],
)
def test_a_typed_citation_goes_straight_to_what_it_names(client, typed, location):
    response = search(client, typed, "&ui=en")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert response.headers["Location"] == location


@pytest.mark.parametrize(
    "typed",
    [
        "traite des personnes",
        "par 109 voix",  # "adopté par 109 voix": a paragraph number alone is not a citation
        "para. 12",
        "109",
        "article 5 de la convention",
        "symbol:A/RES/48/161",  # search syntax is left to the search
        '"A/RES/48/161"',
        "A/RES/48/161 peace",  # a symbol and other words: the words are searched
        "A/RES/48/161 OR A/HRC/WG.6/7/ITA/1",
        "<script>A/RES/48/161</script>",
        "CTOC/COP/WG.4/2009/2, para. 17",  # not in the collection: searched, with a notice
        "2010/6 para 32",  # two parts end too many symbols to name one
        "WG.4/2009/2 para 7",  # the tail of no symbol of the collection
        # read after a symbol only (blind probe 10): elsewhere, words to search
        "point 2 de l'ordre du jour",
        "[32] victims",
        "annex 2 victims",
        "at 3 victims",
        "French version",
    ],
)
def test_ordinary_searches_are_not_intercepted(client, typed):
    response = search(client, typed)
    assert response.status_code == 200
    assert 'id="results-heading"' in response.get_data(as_text=True)


def test_the_language_version_follows_the_filter_then_the_interface(client):
    typed = "A/HRC/WG.6/7/ITA/1, para. 68"
    assert search(client, typed, "&ui=fr").headers["Location"].endswith("/fr/68")
    assert search(client, typed, "&ui=en").headers["Location"].endswith("/en/68")
    assert search(client, typed, "&ui=fr&lang=en").headers["Location"].endswith("/en/68")
    # The 2010 report exists in French only: French whatever the interface.
    assert search(client, "CTOC/COP/WG.4/2010/6 par. 3", "&ui=en").headers["Location"] == (
        "/doc/CTOC/COP/WG.4/2010/6/fr/3"
    )


def test_the_redirected_range_highlights_its_paragraphs(client):
    location = search(client, "CTOC/COP/WG.4/2010/6, paras 30-32").headers["Location"]
    html = client.get(location).get_data(as_text=True)
    marked = [t["id"] for t in tags(html, cls="para-marked")]
    assert marked == ["para-30", "para-31", "para-32"]
    assert "The paragraphs of the citation are highlighted: paras. 30–32." in html


@pytest.mark.parametrize(
    ("typed", "location", "marked", "said"),
    [
        (
            "A/RES/48/161 pp. 3-5",
            "/doc/A/RES/48/161/en?paras=pp3-5#para-pp3",
            ["para-pp3", "para-pp4", "para-pp5"],
            "preambular paras. 3–5",
        ),
        (
            "A/RES/48/161, pp3 and para. 3",
            "/doc/A/RES/48/161/en?paras=3,pp3#para-3",
            ["para-pp3", "para-3"],
            "para. 3, preambular para. 3",
        ),
    ],
)
def test_a_redirected_range_of_preambular_paragraphs_highlights_them(
    client, typed, location, marked, said
):
    """Before, only the first preambular paragraph of a range was shown, unmarked: the
    ``paras`` parameter took numbered paragraphs only."""
    response = search(client, typed, "&lang=en")
    assert response.headers["Location"] == location
    html = client.get(location).get_data(as_text=True)
    assert [t["id"] for t in tags(html, cls="para-marked")] == marked
    assert f"The paragraphs of the citation are highlighted: {said}." in html


def test_an_absent_document_is_named_with_suggestions_citing_paragraphs_and_undocs(client):
    html, said = notice(client, "CTOC/COP/WG.4/2009/2, para. 17")
    assert "No document CTOC/COP/WG.4/2009/2 in the collection." in said
    assert 'Did you mean <a href="/doc/CTOC/COP/WG.4/2010/6">CTOC/COP/WG.4/2010/6</a>?' in said
    assert '<a href="/cited#doc-CTOC-COP-WG-4-2009-2">8 paragraphs of the collection cite it.' in (
        said
    )
    assert 'href="https://undocs.org/en/CTOC/COP/WG.4/2009/2"' in said
    assert 'class="hits"' in html  # and the results of the words


def test_a_cited_absent_document_lists_the_paragraphs_citing_it_not_its_words(client):
    """GIVEN "S/RES/1325, para. 3", a resolution the collection cites but lacks WHEN searched
    THEN the results are the paragraphs citing it; before, the first was a list of experts
    with "M. Berlan Pars" ("para"), then 53 more on "3" (QA pass 4)."""
    html, said = notice(client, "S/RES/1325, para. 3")
    assert "No document S/RES/1325 in the collection." in said
    links = [tag["href"] for tag in tags(html, name="a") if tag.get("href", "").startswith("/doc/")]
    hits = [link for link in links if "#" not in link]  # the results' permalinks
    assert hits and "Pars" not in html
    assert set(hits) == {"/doc/A/HRC/WG.6/7/ITA/1/en/137", "/doc/A/HRC/WG.6/7/ITA/1/fr/137"}


def test_an_absent_document_no_paragraph_cites_lists_no_results_of_its_words(client):
    """GIVEN the citation of a document the collection lacks and does not cite WHEN searched
    THEN the notice alone, with its ways out; before, 44 results on "4" and on "Pars" (a
    delegate's name) followed it, and a box advised checking the spelling."""
    html, said = notice(client, "E/CN.15/2010/3, para. 4")
    assert "No document E/CN.15/2010/3 in the collection." in said
    assert 'href="https://undocs.org/en/E/CN.15/2010/3"' in said
    assert 'class="hits"' not in html and "Check the spelling" not in html


@pytest.mark.parametrize(
    "typed",
    [
        "CTOC/COP/WG.4/2010/6/Add.1",
        "CTOC/COP/WG.4/2010/6/Corr.1, para. 3",
        "UNODC/CTOC/COP/WG.4/2010/6",
    ],
)
def test_an_addendum_or_a_prefixed_symbol_suggests_the_document_the_collection_has(client, typed):
    """Before, "No document … in the collection" and no link to CTOC/COP/WG.4/2010/6: its
    spelling is too far from theirs for the near-miss suggestions."""
    _html, said = notice(client, typed)
    assert 'Did you mean <a href="/doc/CTOC/COP/WG.4/2010/6">CTOC/COP/WG.4/2010/6</a>?' in said


def test_a_near_miss_suggests_the_corrected_symbol_without_undocs(client):
    _html, said = notice(client, "CTOC/COP/W.4/2010/6, para. 3")
    assert "No document CTOC/COP/W.4/2010/6 in the collection." in said
    # the corrected citation, which opens the paragraph (it linked to the document alone)
    link = '<a href="/?q=CTOC/COP/WG.4/2010/6,+para.+3">CTOC/COP/WG.4/2010/6, para. 3</a>'
    assert f"Did you mean {link}?" in said
    assert "It also cites" not in said  # the same citation, not a second one
    assert client.get("/?q=CTOC/COP/WG.4/2010/6,%20para.%203").headers["Location"] == (
        "/doc/CTOC/COP/WG.4/2010/6/fr/3"
    )
    _html, alone = notice(client, "CTOC/COP/W.4/2010/6")
    assert '<a href="/doc/CTOC/COP/WG.4/2010/6">CTOC/COP/WG.4/2010/6</a>' in alone
    assert "“W.4” looks like a typo for “WG.4”." in said
    assert "undocs.org" not in said


def test_a_citation_not_followed_is_searched_without_spelling_corrections(client):
    """GIVEN a citation of a paragraph a document lacks WHEN its words are searched THEN "para"
    or "40th" are not 'corrected' into corpus words."""
    html, _said = notice(client, "A/RES/48/161, 40th preambular paragraph")
    assert "is not in the documents" not in html
    assert "has preambular paragraphs 1–22; there is no preambular paragraph 40." in html


def test_a_paragraph_outside_the_document_names_the_range(client):
    _html, said = notice(client, "CTOC/COP/WG.4/2010/6, para. 200")
    assert (
        '<a href="/doc/CTOC/COP/WG.4/2010/6">CTOC/COP/WG.4/2010/6</a> has paragraphs 1–115; '
        "there is no paragraph 200."
    ) in said


def test_the_notices_are_translated(client):
    _html, said = notice(client, "CTOC/COP/WG.4/2010/6, para. 200", ui="fr")
    assert "a les paragraphes 1 à 115\u202f; il n’y a pas de paragraphe 200." in said
    _html, said = notice(client, "CTOC/COP/WG.4/2009/2, para. 17", ui="fr")
    assert "Aucun document CTOC/COP/WG.4/2009/2 dans la collection." in said
    assert "Vouliez-vous dire" in said and "8 paragraphes de la collection le citent." in said
    assert 'href="https://undocs.org/fr/CTOC/COP/WG.4/2009/2"' in said


def test_a_citation_among_other_words_is_offered_above_their_results(client):
    _html, said = notice(client, "A/RES/48/161 peace")
    assert 'The search contains a citation: <a href="/doc/A/RES/48/161/en">A/RES/48/161</a>.' in (
        said
    )


def test_a_hostile_citation_is_escaped_in_the_notice(client):
    _html, said = notice(client, "CTOC/COP/WG.4/2009/2 <script>alert(1)</script>")
    assert "<script>" not in said


def test_the_seam_answers_none_for_words_and_a_lookup_for_citations(app):
    with app.test_request_context("/"):
        assert citations.resolve("") is None
        assert citations.resolve("traite des enfants") is None
        found = citations.resolve("A/RES/48/161 § 3", "fr")
        assert found is not None and found.go and found.url == "/doc/A/RES/48/161/fr/3"
        missing = citations.resolve("CTOC/COP/WG.4/2009/2")
        assert missing is not None and not missing.go and missing.found.status == 404
        mixed = citations.resolve("A/RES/48/161 peace", "en")
        assert mixed is not None and not mixed.go and mixed.words == "peace"


@pytest.mark.parametrize(
    ("ui", "cited"),
    [("en", "CTOC/COP/WG.4/2010/6, para. 32 (b)"), ("fr", "CTOC/COP/WG.4/2010/6, par. 32 b)")],
)
def test_a_citation_of_a_sub_item_says_it(client, ui, cited):
    """Before, "para. 32 (b)" was answered as "para. 32": the sub-item read, then dropped."""
    answer = client.get(f"/api/cite?ref=CTOC/COP/WG.4/2010/6, para. 32 (b)&ui={ui}").get_json()
    assert (answer["citation"], answer["subitem"]) == (cited, "b")


def test_a_range_running_past_the_document_opens_what_it_has_and_says_what_it_lacks(client):
    """GIVEN "paras. 110-120" of a report whose last paragraph is 115 THEN paragraphs 110 to
    115 are opened and marked, and the page says 116 to 120 are not in the document. Before,
    nothing was opened: the words were searched under "there is no paragraph 116-120"."""
    location = search(client, "CTOC/COP/WG.4/2010/6, paras. 110-120").headers["Location"]
    assert location == "/doc/CTOC/COP/WG.4/2010/6/fr?paras=110-115&absent=116-120#para-110"
    html = client.get(f"{location.split('#')[0]}&ui=en").get_data(as_text=True)
    assert [t["id"] for t in tags(html, cls="para-marked")] == [
        f"para-{n}" for n in range(110, 116)
    ]
    assert "Not in the document: paras. 116–120." in html


@pytest.mark.parametrize(
    ("typed", "target"),
    [
        ("para 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("par. 30-32", "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30"),
    ],
)
def test_a_paragraph_number_typed_in_a_documents_own_box_opens_it(client, typed, target):
    """The document page's box searches that document (its symbol filter): there, a
    paragraph number is the document's. Before, "para 32" was searched as words."""
    response = search(client, typed, "&symbol=CTOC/COP/WG.4/2010/6")
    assert response.status_code == 302
    assert response.headers["Location"] == target
    assert search(client, typed).status_code == 200  # with no document, words to search


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        ("CTOC/COP/WG.4/2010/6 para 32 (en)", "/doc/CTOC/COP/WG.4/2010/6/fr/32?wish=en"),
        (
            "CTOC/COP/WG.4/2010/6 paras 30-32&lang=en",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32&wish=en#para-30",
        ),
    ],
)
def test_a_citation_of_a_version_the_collection_lacks_says_so(client, typed, location):
    """GIVEN a citation asking for the English version of a report the collection has in
    French only (by "(en)" or the language filter) WHEN followed THEN the French version opens
    and says why; before, it opened without a word, and the API alone noted "ignored: 'en'"."""
    found = client.get(f"/?q={typed}")
    assert found.status_code == 302 and found.headers["Location"] == location
    address = location.partition("#")[0]
    assert (
        "The collection has no English version of CTOC/COP/WG.4/2010/6: here it is in French."
        in client.get(address).get_data(as_text=True)
    )
    french = client.get(f"{address}&ui=fr").get_data(as_text=True)
    assert (
        "La collection n’a pas de version en anglais de CTOC/COP/WG.4/2010/6\u00a0: la voici"
        in (french)
    )
    there = client.get("/?q=A/RES/48/161 para 3&lang=en")  # the version is there: nothing said
    assert there.headers["Location"] == "/doc/A/RES/48/161/en/3"


@pytest.mark.parametrize(
    "typed", ["CTOC/COP/WG.4/2010/6, para. 999", "A/HRC/WG.6/7/ITA/1, pages 60-70"]
)
def test_a_citation_of_what_a_document_lacks_lists_no_results_of_its_words(client, typed):
    """Before, "para. 999" listed 121 paragraphs on "999" under the notice, with "No paragraph
    has “999”", and "pages 60-70" 276 paragraphs."""
    html, said = notice(client, typed)
    assert "has paragraphs" in said
    assert 'class="hits"' not in html and "No paragraph has" not in html


@pytest.mark.parametrize(
    "typed",
    [
        "“CTOC/COP/WG.4/2010/6, para. 32”",
        "«CTOC/COP/WG.4/2010/6, par. 32»",
        "« CTOC/COP/WG.4/2010/6, par. 32 »",
        '"CTOC/COP/WG.4/2010/6", para. 32',
        '"CTOC/COP/WG.4/2010/6, para. 32".',
    ],
)
def test_a_quoted_citation_is_read_as_the_api_reads_it(client, typed):
    """GIVEN a citation copied with its quotation marks (around it, or around its symbol) WHEN
    typed in the box THEN it opens paragraph 32, as /api/cite and the CLI read it; before, it
    was an exact phrase: "0 paragraphs", or 15 unrelated ones without a notice (QA D3)."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == "/doc/CTOC/COP/WG.4/2010/6/fr/32"


@pytest.mark.parametrize(
    "typed, kept",
    [
        ('"A/RES/48/161"', '"A/RES/48/161"'),  # a quoted symbol alone: the phrase is searched
        ('"traite des personnes"', "traite des personnes"),  # no citation in it
        ('"forced labour" A/RES/48/161', '"forced labour" A/RES/48/161'),
    ],
)
def test_quotes_that_are_search_syntax_stay(typed, kept):
    assert unquoted_citation(typed) == kept


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        ("UN Doc. CTOC/COP/WG.4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        (
            "U.N. Doc. CTOC/COP/WG.4/2010/6 (Feb. 17, 2010), para. 32",
            "/doc/CTOC/COP/WG.4/2010/6/fr/32",
        ),
        ("Doc. CTOC/COP/WG.4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("see CTOC/COP/WG.4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("cf. CTOC/COP/WG.4/2010/6, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6 at para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6 (F), para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6-F, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6 (E), para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32?wish=en"),
        ("A/RES/48/161 (F), para. 5", "/doc/A/RES/48/161/fr/5"),
        ("CTOC/COP/WG.4/2010/6 of 17 February 2010, para. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("A/RES/48/161 of 20 December 1993, para. 5", "/doc/A/RES/48/161/en/5"),
        ("CTOC/COP/WG.4/2010/6 du 17 février 2010, par. 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        # a pasted footnote: its number, "E.g.", "et seq.", a line break in the symbol (blind 8)
        ("1 CTOC/COP/WG.4/2010/6, para. 32.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("32 See CTOC/COP/WG.4/2010/6, para. 32.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("E.g. A/RES/48/161, para. 3.", "/doc/A/RES/48/161/en/3"),
        ("CTOC/COP/WG.4/2010/6, para. 32 et seq.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6, par. 32 et suiv.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6, para. 32 ff.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("See document CTOC/COP/\nWG.4/2010/6, para. 32.", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("See A/RES/48/\n161, para. 3.", "/doc/A/RES/48/161/en/3"),
        # the version wanted, in words; other organizations' footnote styles (blind probe 10)
        ("A/HRC/WG.6/7/ITA/1, para. 68 (French version)", "/doc/A/HRC/WG.6/7/ITA/1/fr/68"),
        ("A/HRC/WG.6/7/ITA/1, par. 68, version française", "/doc/A/HRC/WG.6/7/ITA/1/fr/68"),
        ("A/RES/48/161, version anglaise, par. 7", "/doc/A/RES/48/161/en/7"),
        ("A/RES/48/161, para. 7, in French", "/doc/A/RES/48/161/fr/7"),
        (
            "CTOC/COP/WG.4/2010/6, para. 32 (English version)",
            "/doc/CTOC/COP/WG.4/2010/6/fr/32?wish=en",
        ),
        ("https://docs.un.org/fr/A/HRC/WG.6/7/ITA/1", "/doc/A/HRC/WG.6/7/ITA/1/fr"),
        ("docs.un.org/en/A/RES/48/161", "/doc/A/RES/48/161/en"),
        ("A-HRC-WG.6-7-ITA-1.fr.pdf", "/doc/A/HRC/WG.6/7/ITA/1/fr"),
        ("UN Doc CTOC/COP/WG.4/2010/6, [32]", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("UN Doc. CTOC/COP/WG.4/2010/6, point 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6, pt 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("CTOC/COP/WG.4/2010/6, n° 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("Doc. ONU CTOC/COP/WG.4/2010/6, § 32", "/doc/CTOC/COP/WG.4/2010/6/fr/32"),
        ("UNGA Res 48/161 (1993) op 7", "/doc/A/RES/48/161/en/7"),
        ("U.N. Doc. A/RES/48/161, at 3", "/doc/A/RES/48/161/en?paras=pp11-17#para-pp11"),
        (
            "A/HRC/WG.6/7/ITA/1, chap. III, sect. B, subsect. 2",
            "/doc/A/HRC/WG.6/7/ITA/1/en?part=III.B.2#part-III.B.2",
        ),
        ("CTOC/COP/WG.4/2010/6, chapitre premier", "/doc/CTOC/COP/WG.4/2010/6/fr?part=I#part-I"),
    ],
)
def test_words_around_a_citation_as_people_hold_it_do_not_stop_the_landing(client, typed, location):
    """GIVEN a citation with "UN Doc.", "see", "at", a UN language suffix or its document's date
    WHEN typed THEN it opens the paragraph ("(E)" of a French-only report says there is no
    English version); before, each gave a results page starting with paras. 86 and 95 under
    "The search contains a citation" (QA D2). Unknown words still do: "A/RES/48/161 peace"."""
    response = search(client, typed, "&ui=en")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert response.headers["Location"] == location


def test_missing_paragraphs_are_said_in_the_plural_when_there_are_several(client):
    """GIVEN a citation of paragraphs past the end of the document WHEN looked up THEN the
    message is plural, with a range: "there is no paragraph 120, 121, …, 130" said the API,
    "il n’y a pas de paragraphe 120 à 130" the French page (citation QA D14)."""
    ref = "CTOC/COP/WG.4/2010/6, paras. 120-130"
    said = client.get(f"/api/cite?ref={ref}").get_json()["message"]
    assert said.endswith("there are no paragraphs 120–130.")
    assert "il n’y a pas de paragraphes 120 à 130" in page(client, f"/?q={ref}&ui=fr")
    assert "there are no paragraphs 120–130" in page(client, f"/?q={ref}&ui=en")
    one = client.get("/api/cite?ref=CTOC/COP/WG.4/2010/6, para. 200").get_json()["message"]
    assert one.endswith("there is no paragraph 200.")


def test_a_pasted_footnote_offers_each_citation_it_names(client):
    """GIVEN a footnote pasted whole, citing two documents WHEN searched THEN the notice reads
    the first and links the second, which could not be reached (citation QA D12)."""
    typed = "See CTOC/COP/WG.4/2010/6, paras. 11-18; and A/HRC/WG.6/7/ITA/1, para. 70."
    html = client.get(f"/?q={quote(typed)}&ui=en").get_data(as_text=True)
    assert 'It also cites <a href="/?q=A/HRC/WG.6/7/ITA/1,+para.+70">' in html
    french = client.get(f"/?q={quote(typed)}&ui=fr").get_data(as_text=True)
    assert "Elle cite aussi <a" in french
    one = client.get(f"/?q={quote('CTOC/COP/WG.4/2010/6, para. 32 traite')}").get_data(as_text=True)
    assert "It also cites" not in one


def test_undocs_is_not_offered_for_a_piece_of_a_known_document(client):
    """GIVEN a symbol that a known document's symbol holds ("CTOC/COP/WG.4/2010", a session) or
    ends with a known one ("UNODC/CTOC/…") WHEN looked up THEN the known document is offered
    and no link to undocs.org, which has no such document either (citation QA D11). A real
    document the collection lacks keeps its link. A symbol the known one completes is offered
    with the citation's paragraph, a link that opens it (blind case list 14; it was the
    document alone)."""
    offered = {
        "CTOC/COP/WG.4/2010, para. 32": '<a href="/?q=CTOC/COP/WG.4/2010/6,+para.+32">',
        "UNODC/CTOC/COP/WG.4/2010/6, para. 32": '<a href="/doc/CTOC/COP/WG.4/2010/6">',
    }
    for typed, link in offered.items():
        html = client.get(f"/?q={quote(typed)}&ui=en").get_data(as_text=True)
        assert link in html and "undocs.org" not in html
    lacking = client.get(f"/?q={quote('CTOC/COP/WG.4/2009/2, para. 17')}&ui=en")
    assert "undocs.org/" in lacking.get_data(as_text=True)


def test_an_annex_a_document_lacks_offers_its_own_paragraph(client):
    """GIVEN a citation of an annex's paragraph in a document that has no annex at all, whose
    own text has that paragraph ("A/RES/48/161, annex, para. 25": the resolution sets out no
    annex; its paragraph 25 exists)
    WHEN it is searched
    THEN the notice says there is no annex and offers the document's own paragraph, which
    opens it; a paragraph the document lacks too is offered nothing. Before, the notice named
    the document alone: a dead end."""
    for ui, label in (("en", "A/RES/48/161, para. 25"), ("fr", "A/RES/48/161, par. 25")):
        html = page(client, f"/?q={quote('A/RES/48/161, annex, para. 25')}&ui={ui}")
        offered = re.findall(rf'<a href="([^"]+)">{re.escape(label)}</a>', html)
        assert offered, html[html.index("citation-notice") :][:600]
        opened = client.get(offered[0].replace("&amp;", "&"))
        assert opened.status_code == 302
        assert opened.headers["Location"].startswith("/doc/A/RES/48/161/")
        assert opened.headers["Location"].endswith("/25")
    html = page(client, f"/?q={quote('A/RES/48/161, annex, para. 99')}&ui=en")
    assert "has no annex." in html and "Did you mean" not in html


def test_an_article_a_document_lacks_is_named(client):
    """GIVEN a citation of an article alone that the document lacks ("A/RES/48/161, article 6")
    WHEN it is searched THEN the notice names it; it had been empty (0 paragraphs, no why)."""
    _html, said = notice(client, "A/RES/48/161, article 6")
    assert "has no article 6." in said
    _html, said = notice(client, "A/RES/48/161, article 6", ui="fr")
    assert "article 6" in said and "A/RES/48/161" in said


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        ("resolution 48/161", "/doc/A/RES/48/161/en"),
        ("résolution 48/161, par. 3", "/doc/A/RES/48/161/fr/3"),
        ("deuxième alinéa du préambule de la résolution 48/161", "/doc/A/RES/48/161/fr/pp2"),
    ],
)
def test_a_resolution_typed_by_its_number_alone_opens(client, typed, location):
    """GIVEN a resolution typed without its organ, as French and English reports cite an
    organ's resolutions once it is named ("résolution 48/161, par. 3") WHEN searched THEN the
    collection's one resolution so numbered opens there. Before, "48/161" was searched as words:
    "“48/161” is not in the documents", and 58 paragraphs on "par" and "3" (blind case list 8)."""
    found = search(client, typed, "&ui=en")
    assert found.status_code == 302 and found.headers["Location"] == location


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("Ibid., para. 33", "Ibid."),
        ("ibid., paras. 33–34.", "ibid."),
        ("Ibid., par. 33.", "Ibid."),
        ("op. cit., para. 33", "op. cit."),
        ("Ibid.", "Ibid."),
    ],
)
def test_a_footnotes_ibid_without_a_symbol_is_said_to_need_one(client, typed, word):
    """GIVEN a footnote's "Ibid., para. 33" or "op. cit." pasted alone, which names the document
    cited before it WHEN searched THEN the notice says so and how to go on (its symbol), in
    both interface languages, with no results; the API answers 400 saying the same. Before,
    the page searched "ibid", "para" and "33" as words: 13 unrelated paragraphs, not a word
    on the citation (blind case list 8)."""
    html = page(client, f"/?q={quote(typed)}&ui=en")
    assert f"“{word}” names the document cited before it" in html
    assert 'class="hits"' not in html
    french = page(client, f"/?q={quote(typed)}&ui=fr")
    assert f"«\u00a0{word}\u00a0» désigne le document cité juste avant" in french
    answer = client.get(f"/api/cite?ref={quote(typed)}")
    assert answer.status_code == 400 and f"“{word}” names" in answer.get_json()["message"]
    searched = client.get(f"/api/search?q={quote(typed)}").get_json()
    assert searched["citation"]["kind"] == "back" and searched["total"] == 0
    # beside a symbol, or in a document's own box, the citation is read as before
    with_symbol = search(client, "CTOC/COP/WG.4/2010/6, para. 32; ibid., para. 33")
    assert "names the document cited before it" not in with_symbol.get_data(as_text=True)


def test_a_cited_resolution_typed_by_its_number_lists_the_paragraphs_citing_it(client):
    """GIVEN "resolution 55/25", which the collection cites (A/RES/55/25) but lacks
    WHEN searched THEN the notice names A/RES/55/25 and the results are its citing
    paragraphs, as for the symbol typed; before, "55" and "25" were searched as words."""
    html, said = notice(client, "resolution 55/25")
    assert "No document A/RES/55/25 in the collection." in said
    typed, _ = notice(client, "A/RES/55/25")
    assert total_of(html) == total_of(typed) > 0


def total_of(html: str) -> int:
    return int(re.search(r'<h1 id="results-heading">(\d+) paragraph', html)[1])


def test_a_french_citation_opens_the_french_version_unless_a_language_is_named(client):
    """GIVEN "A/HRC/WG.6/7/ITA/1, par. 32" (French abbreviation) in the English interface
    THEN the French version opens, where the English one had: the words say the reader reads
    French. A language named wins: "(en)", the language filter, the API's lang; English
    words keep the interface's language."""
    typed = "A/HRC/WG.6/7/ITA/1, par. 32"
    assert search(client, typed, "&ui=en").headers["Location"] == "/doc/A/HRC/WG.6/7/ITA/1/fr/32"
    assert search(client, f"{typed} (en)", "&ui=en").headers["Location"].endswith("/en/32")
    assert search(client, typed, "&ui=en&lang=en").headers["Location"].endswith("/en/32")
    english = "A/HRC/WG.6/7/ITA/1, para. 32"
    assert search(client, english, "&ui=en").headers["Location"].endswith("/en/32")
    assert search(client, english, "&ui=fr").headers["Location"].endswith("/fr/32")
    api = client.get(f"/api/cite?ref={quote(typed)}&ui=en").get_json()
    assert api["url"] == "/doc/A/HRC/WG.6/7/ITA/1/fr/32" and api["hits"][0]["lang"] == "fr"
    named = client.get(f"/api/cite?ref={quote(typed)}&lang=en").get_json()
    assert named["url"] == "/doc/A/HRC/WG.6/7/ITA/1/en/32"


def test_an_annex_the_document_lacks_typed_alone_is_said_missing(client):
    """GIVEN "A/RES/48/161, annex" (a resolution that sets out no annex) WHEN typed THEN the
    notice says it has no annex, in either language; before (blind probe 10), "annex" was an
    ignored word and the whole resolution was offered as found."""
    english = client.get(f"/?q={quote('A/RES/48/161, annex')}&ui=en").get_data(as_text=True)
    assert "</a> has no annex.</p>" in english
    french = client.get(f"/?q={quote('A/RES/48/161, annexe II')}&ui=fr").get_data(as_text=True)
    assert "«\u00a0annexe II\u00a0» ne figure pas dans" in french
    body = client.get(f"/api/cite?ref={quote('A/RES/48/161, annex')}")
    assert body.status_code == 404 and body.get_json()["message"] == "A/RES/48/161 has no annex."


@pytest.mark.parametrize(
    "typed, location",
    [
        (
            "Report of the Working Group on Trafficking in Persons (CTOC/COP/WG.4/2010/6), "
            "para. 57(b)",
            "/doc/CTOC/COP/WG.4/2010/6/fr/57?item=b#item-b",
        ),
        (
            "Rapport du Groupe de travail (CTOC/COP/WG.4/2010/6, par. 31 à 33).",
            "/doc/CTOC/COP/WG.4/2010/6/fr?paras=31-33#para-31",
        ),
    ],
)
def test_a_footnote_naming_the_document_by_its_title_opens_the_citation(client, typed, location):
    """GIVEN a footnote pasted whole, the document's title then its symbol in brackets (blind
    case list 13, case 36) WHEN searched THEN it opens what it cites. Before, the title's words
    were searched beside the document, under the citation's notice."""
    response = search(client, typed)
    assert response.status_code == 302
    assert response.headers["Location"] == location
