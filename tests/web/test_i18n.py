"""The interface language: how it is chosen, switched, and that every string is translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

import search_app
from indexer.index.notices import MESSAGES, PROBLEMS, Notice
from search_app import labels
from search_app.i18n import local_path

from .support import tags

PACKAGE = Path(search_app.__file__).parent
PO = PACKAGE / "translations" / "fr" / "LC_MESSAGES" / "messages.po"


def html(client, url: str, **headers) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def html_of(response) -> str:
    return response.get_data(as_text=True)


def test_english_by_default(client):
    page = html(client, "/")
    assert '<html lang="en">' in page and "Search the paragraphs" in page


def test_french_from_accept_language(client):
    page = html(client, "/?q=traite&state=ITA", **{"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"})
    assert '<html lang="fr">' in page
    assert "Rechercher dans les paragraphes" in page
    assert "paragraphes pour «\u00a0traite\u00a0»" in page
    assert "Italie" in page and "Point de l’ordre du jour" in page  # facet title and labels


def test_ui_parameter_wins_for_one_request(client):
    assert '<html lang="fr">' in html(client, "/?ui=fr", **{"Accept-Language": "en"})
    assert '<html lang="en">' in html(client, "/?ui=xx", **{"Accept-Language": "en"})


def test_switch_sets_a_cookie_and_goes_back(client):
    response = client.get("/ui/fr?next=/doc/A/RES/48/161/en/pp3")
    assert response.status_code == 303
    assert response.headers["Location"] == "/doc/A/RES/48/161/en/pp3"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("ui=fr;") and "SameSite=Lax" in cookie and "HttpOnly" in cookie
    page = html(client, "/doc/A/RES/48/161/en/pp3", **{"Accept-Language": "en"})
    assert '<html lang="fr">' in page
    assert "A/RES/48/161, alinéa 3 du préambule" in page
    client.get("/ui/en?next=/")
    assert '<html lang="en">' in html(client, "/", **{"Accept-Language": "fr"})


def test_switch_links_point_to_the_current_page(client):
    page = html(client, "/?q=traite&ui=en")
    switch = next(t for t in tags(page, "a") if t.get("hreflang") == "fr" and t.get("lang"))
    assert switch["href"] == "/ui/fr?next=/?q%3Dtraite"


def test_unknown_interface_language_is_404_in_the_interface_language(client):
    """The 404 of /ui/de says so in the interface language: it was English on French pages."""
    response = client.get("/ui/de", headers={"Accept-Language": "fr"})
    assert response.status_code == 404
    assert "Aucune langue d’interface «\u00a0de\u00a0»\u00a0: choisissez en / fr." in html_of(
        response
    )
    english = html_of(client.get("/ui/de", headers={"Accept-Language": "en"}))
    assert "No interface language “de”: choose en / fr." in english


@pytest.mark.parametrize(
    "target, expected",
    [
        ("/doc/A/RES/48/161", "/doc/A/RES/48/161"),
        ("/?q=x&state=ITA", "/?q=x&state=ITA"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("/\r\nSet-Cookie: x=1", "/"),
        ("", "/"),
    ],
)
def test_switch_only_goes_back_to_this_site(target, expected):
    assert local_path(target) == expected


def test_french_dates_and_citations(client):
    page = html(client, "/doc/CTOC/COP/WG.4/2010/6/fr/32?ui=fr")
    assert "CTOC/COP/WG.4/2010/6, par. 32" in page
    assert "17 février 2010" in page


def test_a_colon_after_a_label_takes_a_non_breaking_space_in_french(client):
    """Three colons were written in the templates, outside the messages: "Paragraphe
    précédent: par. 31" lacked the space French sets before a colon."""
    french = html(client, "/doc/CTOC/COP/WG.4/2010/6/fr/32?ui=fr")
    assert "Paragraphe précédent\u00a0: par. 31" in french
    english = html(client, "/doc/CTOC/COP/WG.4/2010/6/fr/32?ui=en")
    assert "Previous paragraph: para. 31" in english
    assert "Documents cités par la collection</a>\u00a0: chaque" in html(client, "/?ui=fr")


def test_french_error_pages(client):
    response = client.get("/doc/NO/SUCH/1?ui=fr")
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert "Page introuvable" in page and "Aucun document NO/SUCH/1." in page
    bad = client.get("/?page=x&ui=fr").get_data(as_text=True)
    assert "Le numéro de page doit être un nombre entier à partir de 1, comme 2." in bad


@pytest.mark.parametrize(
    "notice, french",
    [
        (Notice.of("query-cut", limit=1000), "limitée à 1\u202f000 caractères\u00a0: la suite"),
        (Notice.of("syntax", problem="unclosed-parenthesis"), "(une parenthèse n’est pas fermée)"),
        (Notice.of("unclosed-quote"), "Un guillemet n’est pas fermé\u00a0: il a été ignoré."),
        (
            Notice.of("syntax", problem="too-deep", depth=32),
            "(plus de 32 niveaux de parenthèses imbriquées)",
        ),
        (
            Notice.of("corrected", old="victimms", new="victims"),
            "«\u00a0victimms\u00a0» n’est pas dans les documents",
        ),
        (
            Notice.of("group", typed="Gulf States", group="gulf", count=6, states="Bahrain, …"),
            "«\u00a0Gulf States\u00a0» est lu comme ses 6 États (Arabie saoudite, Bahreïn, "
            "Émirats arabes unis, Koweït, Oman, Qatar)\u00a0: les paragraphes",
        ),
        (Notice("some-new-code"), "some-new-code"),
    ],
)
def test_notices_of_the_search_core_are_translated(app, notice, french):
    with app.test_request_context("/?ui=fr"):  # a code the app does not know: shown as is
        assert french in labels.notice(notice)


def test_every_notice_and_problem_the_search_core_has_is_translated(app):
    """GIVEN every code of indexer.index.notices WHEN shown in French THEN it is translated."""
    assert set(labels.NOTICES) == set(MESSAGES)
    assert set(labels.PROBLEMS) == set(PROBLEMS)
    with app.test_request_context("/?ui=fr"):
        for problem in PROBLEMS:
            notice = Notice.of("syntax", problem=problem, depth=32)
            assert labels.notice(notice) != notice.message, problem
        for code in MESSAGES:
            notice = Notice.of(
                code,
                limit=9,
                old="a",
                new="b",
                problem="dangling-or",
                name="text",
                word="w",
                text="t",
                words="x, y",
                value="c",
                count=2,
                least=3,
                typed="w",
                phrase="p q",
                group="gulf",
                states="Oman",
                address="https://example.org",
                first="lang:fr",
                second="lang:en",
            )
            assert labels.notice(notice) != notice.message, code


def test_text_in_documents_carries_its_language(client):
    """Paragraphs, snippets, headings and titles say their language, whatever the interface's."""
    for url in (
        "/?q=traite&ui=en",
        "/doc/A/RES/48/161/compare?ui=fr",
        "/doc/CTOC/COP/WG.4/2010/6/fr?ui=en",
        "/doc/A/HRC/WG.6/7/ITA/1/en/71?ui=fr",
    ):
        page = html(client, url)
        for cls in ("para-text", "snippet", "doc-heading", "doc-title"):
            for tag in tags(page, cls=cls):
                assert tag.get("lang") in ("fr", "en") or any(
                    span.get("lang") for span in tags(page, "span")
                ), (url, cls, tag)


def extracted_messages() -> set:
    method_map = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "NP_": (1, 2)}
    found = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE), method_map, keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_interface_string_is_translated_into_french():
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    translated = {
        (m.id if isinstance(m.id, str) else m.id[0]): m
        for m in catalog
        if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else [m.string])
    }
    source = extracted_messages()
    assert len(source) > 100
    missing = sorted(source - set(translated))
    assert not missing, f"untranslated (see docs/web.md, Translations): {missing}"
    obsolete = sorted(set(translated) - source)
    assert not obsolete, f"no longer in the source: {obsolete}"
    problems = [(m.id, errors) for m, errors in catalog.check()]
    assert not problems


def test_french_punctuation_takes_a_non_breaking_space():
    """French typography: a non-breaking space before ":", ";", "?", "!" and inside « »; a
    plain space there lets a line break strand the mark (two messages had one)."""
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    wrong = []
    for message in (m for m in catalog if m.id):  # not the catalog's header
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if re.search(r"(?: [:;?!](?=[\s\"]|$))|« | »", text or ""):
                wrong.append(text)
    assert not wrong, wrong


def test_a_french_semicolon_takes_a_narrow_no_break_space(client):
    """French typography: a narrow no-break space (U+202F) before ";", as the catalog writes it
    everywhere else; three messages had the wider U+00A0 (a page's notice shows both)."""
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    wrong = []
    for message in (m for m in catalog if m.id):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wrong += [text for text in strings if re.search(r"(?<!\u202f);", text or "")]
    assert not wrong, wrong
    said = client.get("/?q=A/HRC/WG.6/7/ITA/1, p. 2&ui=fr").get_data(as_text=True)
    assert re.search(r"aux pages \d+ à \d+\u202f; aucun à la page 2\.", said)


def test_a_prefix_the_user_typed_is_shown_as_typed_in_french(client):
    """GIVEN "foo:bar", whose prefix names no filter, in the French interface
    WHEN the page names the prefix
    THEN it shows "foo:" as typed, inside the French quotation marks. Before, French
    typography was applied inside it: "« foo : »", which the user had not typed."""
    french = html(client, "/?q=foo%3Abar&ui=fr")
    assert "«\u00a0foo:\u00a0» n’est pas un filtre" in french
    assert "foo\u00a0:" not in french


def test_the_french_hint_shows_what_the_query_parser_reads(client):
    """GIVEN the French hint under the search box
    WHEN a French user types what it shows
    THEN the parser reads it: the phrase in French quotation marks (« », as French writes
    them; “ ” and straight quotes too), and the operators in French (OU, SAUF), which it
    reads as OR and NOT. Before, the parser took straight quotes only: « travail forcé » was
    searched as the words, and the hint had to say "guillemets droits"."""
    from indexer.index.querylang import Not, Or, Phrase, parse

    page = html(client, "/?ui=fr")
    hint = re.search(r'<p id="q-hint" class="hint">(.*?)</p>', page, re.S)[1]
    phrase = re.search(r"«[^»]+»", hint)[0]
    assert parse(phrase).tree == Phrase("expression exacte")
    for typed in ("« travail forcé »", "“travail forcé”", '"travail forcé"', "«travail forcé»"):
        assert parse(typed).tree == Phrase("travail forcé"), typed
    assert "OU" in hint.split("\u202f; ") and "SAUF." in hint.split("\u202f; ")
    assert isinstance(parse("travail OU forcé").tree, Or)
    assert any(isinstance(n, Not) for n in parse("traite SAUF enfants").tree.nodes)


def test_a_cited_article_has_its_french_article(client):
    """Before, /cited said "renvoie à annexe I, article 25" (six times) in French."""
    page = html(client, "/cited?ui=fr")
    assert "renvoie à l’annexe I, article 25" in page and "renvoie à annexe" not in page
    assert "refers to annex I, article 25" in html(client, "/cited?ui=en")


def test_a_notice_names_the_filter_in_the_interface_language(client):
    """Before, the French notice said "… n’est pas une valeur du filtre state"."""
    page = html(client, "/?q=state:Atlantis+victims&ui=fr")
    assert "n’est pas une valeur du filtre «\u00a0État\u00a0»" in page
    assert "is no value of the filter “State”" in html(client, "/?q=state:Atlantis+victims")


def test_the_french_home_page_names_the_french_prefixes_and_they_work(client):
    """Before, "Comment chercher" gave only state:, topic:, agenda:, year:, lang:."""
    page = html(client, "/?ui=fr")
    for query in ("état:Italie", "thème:enfants", "point:4", "année:2010", "langue:anglais"):
        assert query.partition(":")[0] + ":" in page, query
        found = client.get(f"/api/search?size=1&q={query}").get_json()
        assert found["total"] > 0 and found["notices"] == [], query


def test_numbers_are_written_as_the_interface_language_writes_them(app):
    """Before, the export limit was written "{:,}" in both languages: 10,000 in French."""
    with app.test_request_context("/?ui=fr"):
        assert labels.number(10_000) == "10\u202f000"
    with app.test_request_context("/?ui=en"):
        assert labels.number(10_000) == "10,000"
    template = (PACKAGE / "templates" / "search.html").read_text(encoding="utf-8")
    assert "limit=number(export_limit)" in template and "{:," not in template
