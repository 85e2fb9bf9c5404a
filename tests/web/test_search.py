"""The search page: results, facets, filters, pages, sort, suggestions, empty states."""

from __future__ import annotations

import dataclasses
import re

import pytest

from indexer.index.api import FACETS, SearchRequest
from search_app import citations, create_app

from .support import page, tags


def total(html: str) -> int:
    return int(re.search(r'<h1 id="results-heading">\s*(\d+) paragraph', html)[1])


def test_empty_query_explains_and_offers_examples(client):
    html = page(client, "/")
    assert "Find a paragraph in UN working-group documents" in html
    assert 'href="/?q=traite+des+enfants"' in html
    assert 'href="/doc/CTOC/COP/WG.4/2010/6"' in html  # the documents of the collection
    assert 'class="hits"' not in html


def test_the_search_address_of_other_sites_is_the_search_page(client):
    """GIVEN /search?q=…, which other search sites use (it answered 404) WHEN opened THEN it
    leads to the search page with the same query."""
    response = client.get("/search?q=traite+des+enfants&lang=fr")
    assert response.status_code == 301
    assert response.headers["Location"] == "/?q=traite+des+enfants&lang=fr"
    assert client.get("/search").headers["Location"] == "/"


def test_a_year_range_filters_and_is_shown_as_a_range(client):
    """GIVEN year=2009..2010 (or year:>2009 in the box) WHEN the page opens THEN its filter chip
    reads "2009–2010" ("≥ 2010"), and the paragraphs are those of the years in the range."""
    html = page(client, "/?q=victims&year=2009..2010")
    assert '<span class="chip-name">Year:</span> 2009–2010' in html
    both = total(html)
    assert both == total(page(client, "/?q=victims&year=2009")) + total(
        page(client, "/?q=victims&year=2010")
    )
    assert '<span class="chip-name">Year:</span> ≥ 2010' in page(client, "/?q=victims&year=>2009")


def test_a_search_with_a_meaningless_prefix_offers_to_drop_it(client):
    """GIVEN "traite state:XYZ", which finds nothing WHEN the page opens THEN it names the
    value and links to the same search without the prefix, with its count (the page used to
    offer only generic advice)."""
    html = page(client, "/?q=traite+state%3AXYZ")
    assert total(html) == 0
    alone = total(page(client, "/?q=traite"))
    assert f'href="/?q=traite">Search without “state:XYZ”: {alone} paragraphs</a>' in html
    french = page(client, "/?q=traite+state%3AXYZ&ui=fr")
    assert f"Chercher sans «\u00a0state:XYZ\u00a0»\u00a0: {alone} paragraphes" in french


def test_a_search_with_a_prefix_value_no_paragraph_has_offers_to_drop_it(client):
    """Before, "traite year:1990" showed "0 paragraphs" and advice on spelling."""
    html = page(client, "/?q=traite+year%3A1990")
    assert total(html) == 0
    assert "The filter “year=1990” matches no paragraph of the collection." in html
    alone = total(page(client, "/?q=traite"))
    assert f'href="/?q=traite">Search without “year:1990”: {alone} paragraphs</a>' in html


def test_every_example_of_how_to_search_finds_paragraphs(client):
    """GIVEN the home page's "How to search" list WHEN each example is searched THEN it finds
    paragraphs, or opens the paragraph it cites: no example is a dead end."""
    import html as entities

    home = page(client, "/")
    syntax = home[home.index('<dl class="syntax">') : home.index("</dl>")]
    examples = [
        entities.unescape(c) for c in re.findall(r"<dt><code[^>]*>(.*?)</code></dt>", syntax)
    ]
    assert len(examples) >= 7 and "year:2009..2011" in examples
    for example in examples:
        response = client.get("/", query_string={"q": example})
        assert response.status_code == 302 or total(response.get_data(as_text=True)) > 0, example


@pytest.mark.parametrize("ui", ["en", "fr"])
def test_the_home_pages_searches_are_marked_with_their_language(client, ui):
    """GIVEN the home page, in either interface language
    WHEN its example searches and the searches of "How to search" are read
    THEN each says its language (lang), so that a screen reader reads "traite des enfants" in
    French in the English interface, and "child trafficking" in English in the French one:
    they had the page's language."""
    home = page(client, f"/?ui={ui}")
    examples = re.findall(r'<ul class="examples">(.*?)</ul>', home, re.S)[0]
    links = tags(examples, "a")
    assert len(links) == 5 and all(link.get("lang") in ("fr", "en") for link in links)
    assert '<a href="/?q=traite+des+enfants" lang="fr">' in examples
    assert 'lang="en">child trafficking</a>' in examples
    syntax = home[home.index('<dl class="syntax">') : home.index("</dl>")]
    codes = tags(syntax, "code")
    assert len(codes) >= 7 and all(code.get("lang") in ("fr", "en") for code in codes)
    assert '<code lang="fr">"travail forcé"</code>' in syntax


def test_the_home_pages_operators_are_those_of_the_hint(client, engine):
    """GIVEN the home page in French, whose hint under the box names OU and SAUF
    WHEN "How to search" shows the operators
    THEN they are OU and SAUF (the English page: OR and NOT), each finding what it says."""
    for ui, either, without in (
        ("fr", "victimes OU témoins", "traite SAUF enfants"),
        ("en", "victims OR witnesses", "trafficking NOT children"),
    ):
        home = page(client, f"/?ui={ui}")
        syntax = home[home.index('<dl class="syntax">') : home.index("</dl>")]
        assert f">{either}</code>" in syntax and f">{without}</code>" in syntax
        first, _, second = either.split()
        found = engine.search(SearchRequest(either)).total
        assert found >= max(engine.search(SearchRequest(w)).total for w in (first, second)) > 0
        assert (
            engine.search(SearchRequest(without)).total
            < engine.search(SearchRequest(without.split()[0])).total
        )


def test_whitespace_query_is_the_empty_state(client):
    assert "Find a paragraph" in page(client, "/?q=+++")


def test_hits_show_citation_date_section_snippet_and_links(client, engine):
    html = page(client, "/?q=traite+des+enfants")
    expected = engine.search(SearchRequest("traite des enfants")).total
    assert total(html) == expected
    first = engine.search(SearchRequest("traite des enfants", size=1)).hits[0]
    assert f'href="/doc/{first.symbol}/{first.lang}/{first.anchor}"' in html
    assert f'href="/doc/{first.symbol}/{first.lang}#para-{first.anchor}"' in html
    assert f"{first.symbol}, para. {first.paragraph}" in html
    assert "16 November 2009" in html
    assert "<mark>" in html
    for snippet in tags(html, cls="snippet"):
        assert snippet["lang"] in ("fr", "en")
    for badge in tags(html, "abbr"):
        assert badge["title"] in ("French", "English")


def test_agenda_item_and_section_are_shown_once(client):
    html = page(client, "/?q=examin%C3%A9+le+point+2&symbol=CTOC/COP/WG.4/2010/6")
    assert "Item 2" in html
    assert 'class="section-path"' in html


def test_every_facet_is_listed_with_counts(client):
    html = page(client, "/?q=traite")
    for name in FACETS:
        assert f'id="facet-{name}"' in html
    boxes = tags(html, "input")
    assert any(b.get("name") == "state" and b.get("value") == "ITA" for b in boxes)
    assert re.search(r'<span class="count">\d+</span>', html)


@pytest.mark.parametrize("facet", FACETS)
def test_filter_by_each_facet(client, engine, facet):
    """GIVEN a facet value with count N WHEN it is selected THEN the page shows N paragraphs."""
    result = engine.search(SearchRequest("traite"))
    value = next(f for f in result.facets if f.name == facet).values[0]
    html = page(client, f"/?q=traite&{facet}={value.value}")
    assert total(html) == value.count
    box = next(b for b in tags(html, "input") if b.get("id") == f"f-{facet}-{value.value}")
    assert "checked" in box
    assert '<span class="chip-name">' in html


def test_active_filters_can_be_removed_one_by_one_or_all(client):
    html = page(client, "/?q=traite&state=ITA&lang=fr")
    chips = [t["href"] for t in tags(html, "a", "chip")]
    assert sorted(chips) == ["/?q=traite&lang=fr", "/?q=traite&state=ITA"]
    clear = next(t["href"] for t in tags(html, "a", "clear"))
    assert clear == "/?q=traite"


def test_search_box_keeps_the_active_filters(client):
    html = page(client, "/?q=traite&state=ITA&sort=document")
    form = html[html.index('class="search-form"') : html.index("</form>")]
    assert '<input type="hidden" name="state" value="ITA">' in form
    assert '<input type="hidden" name="sort" value="document">' in form


def test_facet_form_works_without_javascript(client):
    html = page(client, "/?q=traite&state=ITA")
    form = html[html.index('class="facet-form"') :]
    assert '<input type="hidden" name="q" value="traite">' in form
    assert 'class="apply"' in form


def test_pagination(client, engine):
    expected = engine.search(SearchRequest("traite")).total
    first = page(client, "/?q=traite")
    assert "Results 1–20" in first
    assert 'href="/?q=traite&amp;page=2" rel="next"' in first
    second = page(client, "/?q=traite&page=2")
    assert "Results 21–40" in second
    assert 'rel="prev"' in second and 'aria-current="page"' in second
    last = -(-expected // 20)
    assert f'href="/?q=traite&amp;page={last}"' in first
    assert 'rel="next"' not in page(client, f"/?q=traite&page={last}")


def test_a_page_past_the_last_leads_back_to_the_last(client, engine):
    """GIVEN a bookmark to a page the results no longer reach THEN "Previous" leads to the
    last page and there is no "Next". Before, "Next" pointed to "None", a 404."""
    last = -(-engine.search(SearchRequest("traite")).total // 20)
    beyond = page(client, f"/?q=traite&page={last + 1}")
    assert "There are no results on this page." in beyond
    assert f'href="/?q=traite&amp;page={last}" rel="prev"' in beyond
    assert 'rel="next"' not in beyond and 'href="None"' not in beyond


@pytest.mark.parametrize("number", ["999", "501", "9" * 5000])
def test_a_page_past_the_limit_is_a_page_past_the_last(client, number):
    """GIVEN a page number past the 500 pages the search serves (``page=999``)
    WHEN the search page opens
    THEN it is the empty page that a page past the last result is (``page=10``), with the
    query in the box and a link to the first page. Before, it was an Error 400, "page must
    be a whole number from 1 to 500", with an empty search box; 5,000 digits were a 500."""
    html = page(client, f"/?q=victims&page={number}")
    assert "There are no results on this page." in html
    assert 'href="/?q=victims">Go to the first page' in html
    assert next(t for t in tags(html, "input") if t.get("id") == "q")["value"] == "victims"
    assert 'rel="next"' not in html and '<li class="hit">' not in html


def test_a_page_past_the_limit_says_where_the_results_stop(built_index, engine):
    """GIVEN a search with more results than 500 pages hold WHEN a page past the 500th is
    asked THEN the page says that the results stop at page 500, not that there are none."""
    app = create_app({"INDEX": str(built_index), "ENGINE": Plentiful(engine)})
    html = page(app.test_client(), "/?q=victims&page=501")
    assert "Results are listed on 500 pages at most: narrow the search" in html
    assert "There are no results on this page." not in html


class Plentiful:
    """The real engine, answering that every search has 20,000 results (the corpus has fewer
    paragraphs than 500 pages of one)."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def search(self, request):
        return dataclasses.replace(self.engine.search(request), total=20_000)

    def __getattr__(self, name):
        return getattr(self.engine, name)


def test_page_size(client):
    html = page(client, "/?q=traite&size=5")
    assert html.count('<li class="hit">') == 5
    assert "page=2&amp;size=5" in html or "size=5&amp;page=2" in html


def test_page_past_the_end(client):
    html = page(client, "/?q=traite&page=400")
    assert "There are no results on this page." in html


def test_sort_by_document_order(client, engine):
    html = page(client, "/?q=traite")
    assert 'href="/?q=traite&amp;sort=document"' in html
    sorted_html = page(client, "/?q=traite&sort=document")
    assert '<strong aria-current="true">document order</strong>' in sorted_html
    first = engine.search(SearchRequest("traite", sort="document", size=1)).hits[0]
    hit_links = [t["href"] for t in tags(sorted_html, "a") if "/doc/" in t.get("href", "")]
    assert hit_links[0] == f"/doc/{first.symbol}/{first.lang}/{first.anchor}"


@pytest.mark.parametrize("address", ["/?state=ITA", "/?q=state:ITA", "/?lang=fr&ui=fr"])
def test_results_with_nothing_to_rank_say_they_are_in_document_order(client, address):
    """GIVEN filters alone WHEN the results show THEN the page says they are in document order,
    without sort links: "Sort: relevance" was shown as current, and "document order" changed
    nothing (web QA, session 13)."""
    html = page(client, address)
    assert "sort=document" not in html and 'aria-current="true">relevance' not in html
    said = "pas de mots pour classer" if "ui=fr" in address else "no words to rank by relevance"
    assert said in html
    assert "sort=document" in page(client, "/?q=traite&state=ITA")


class Suggesting:
    """The real engine, with a did-you-mean on every result (its own rarely has one)."""

    def __init__(self, engine, suggestion: str) -> None:
        self.engine, self.suggestion = engine, suggestion

    def search(self, request):
        return dataclasses.replace(self.engine.search(request), did_you_mean=self.suggestion)

    def __getattr__(self, name):
        return getattr(self.engine, name)


def test_did_you_mean_links_to_the_corrected_search(built_index, engine):
    app = create_app({"INDEX": str(built_index), "ENGINE": Suggesting(engine, "victimes")})
    html = page(app.test_client(), "/?q=victimmes&state=ITA&page=2")
    assert 'Did you mean <a href="/?q=victimes&amp;state=ITA">victimes</a>?' in html


def test_notices_of_the_search_core_are_shown(client):
    html = page(client, "/?q=%22traite+enfants")
    assert "A quotation mark is not closed: it was left out." in html


def test_a_word_no_paragraph_has_is_named(client):
    """GIVEN "mendicité forcée", whose first word no paragraph has WHEN searched THEN the page
    says the results have only the other words, in either interface language."""
    html = page(client, "/?q=mendicit%C3%A9+forc%C3%A9e")
    assert "No paragraph has “mendicité”, in either language: the results have the other" in html
    french = page(client, "/?q=mendicit%C3%A9+forc%C3%A9e&ui=fr")
    assert "Aucun paragraphe ne contient «\u00a0mendicité\u00a0», en français ni" in french


def test_no_result_gives_suggestions(client):
    html = page(client, "/?q=xylophone+zeppelin&state=ITA")
    assert "No paragraph matches this search" in html
    assert 'href="/?q=xylophone+zeppelin">Search again without the filters' in html


@pytest.mark.parametrize(
    ("query", "english", "french"),
    [
        (
            "surpeuplement",
            "No paragraph has “surpeuplement”, in either language.",
            "Aucun paragraphe ne contient «\u00a0surpeuplement\u00a0», en français",
        ),
        (  # a prefix too short for a star says how long it must be
            "vi*",
            "“vi*”: a * needs at least 3 letters before it; searched for “vi”.",
            "il faut au moins 3 lettres avant *\u202f; recherche de «\u00a0vi\u00a0».",
        ),
        (  # before, "hate*" said that "*" was not query syntax here
            "hate*",
            "No word of the documents begins with “hate”: searched for “hate”.",
            "Aucun mot des documents ne commence par «\u00a0hate\u00a0»",
        ),
    ],
)
def test_a_word_the_search_could_not_use_is_named_in_both_languages(client, query, english, french):
    assert english in page(client, f"/?q={query}")
    assert french in page(client, f"/?q={query}&ui=fr")


def test_a_strict_search_that_finds_nothing_offers_its_words(client):
    """GIVEN an AND that finds nothing WHEN the page shows no result THEN it links to the same
    words without AND, with how many paragraphs they find. (A quoted phrase found nowhere is
    searched as its words by the engine: the next test.)"""
    html = page(client, "/?q=Norv%C3%A8ge+AND+Nicaragua")
    assert 'href="/?q=Norv%C3%A8ge+Nicaragua">Search for the words without quotes or AND: ' in html
    looser = page(client, "/?q=Norv%C3%A8ge+Nicaragua")
    count = re.search(r"(\d+) paragraphs? for", looser).group(1)
    assert re.search(rf"without quotes or AND: {count} paragraphs?</a>", html)
    for plain in ("/?q=xylophone+zeppelin", "/?q=%22xylophone+zeppelin%22"):  # nothing either way
        assert "without quotes or AND" not in page(client, plain)


def test_a_quoted_phrase_found_nowhere_shows_its_words_results_and_says_so(client):
    """GIVEN a quoted phrase that no paragraph has WHEN searched THEN the page lists the
    paragraphs with its words, under a notice saying so in the interface's language (it had
    shown 0 paragraphs and a link)."""
    html = page(client, "/?q=%22traite+des+enfants+victimes%22")
    assert "No paragraph has “traite des enfants victimes” as written, in either language" in html
    assert ">0 paragraphs" not in html and "CTOC/COP/WG.4/2010/6, para. 12" in html
    french = page(client, "/?q=%22traite+des+enfants+victimes%22&ui=fr")
    assert (
        "Aucun paragraphe ne contient «\u00a0traite des enfants victimes\u00a0» tel quel" in french
    )


def test_a_quoted_phrase_found_links_to_its_other_forms(client):
    """GIVEN a quoted phrase that other paragraphs have in another form WHEN searched THEN the
    page counts them and links to the words without quotes, in either interface language."""
    html = page(client, "/?q=%22approche+centr%C3%A9e+sur+les+victimes%22")
    assert "2 more paragraphs have the quoted words in another form" in html
    assert 'href="/?q=approche+centr%C3%A9e+sur+les+victimes">Search without quotes</a>' in html
    french = page(client, "/?q=%22approche+centr%C3%A9e+sur+les+victimes%22&ui=fr")
    assert "2 autres paragraphes contiennent les mots entre guillemets" in french
    assert ">Chercher sans les guillemets</a>" in french
    assert "Search without quotes" not in page(client, "/?q=%22fonds+de+compensation%22")


def test_export_links_carry_the_search(client):
    html = page(client, "/?q=traite&state=ITA&page=2&size=5")
    assert 'href="/export.csv?q=traite&amp;state=ITA"' in html
    assert 'href="/export.json?q=traite&amp;state=ITA"' in html


def test_a_typed_citation_is_intercepted_in_one_place(client, monkeypatch):
    """GIVEN the citation seam resolves a query WHEN it is searched THEN the user is sent there."""
    found = citations.Lookup(found=None, url="/doc/CTOC/COP/WG.4/2010/6/fr/32")
    monkeypatch.setattr(
        citations,
        "resolve",
        lambda q, lang=None, reading=None, wish=None: found if "para. 32" in q else None,
    )
    response = client.get("/?q=CTOC/COP/WG.4/2010/6, para. 32")
    assert response.status_code == 302
    assert response.headers["Location"] == "/doc/CTOC/COP/WG.4/2010/6/fr/32"
    assert client.get("/?q=traite").status_code == 200


def test_an_empty_query_is_never_a_citation(client, monkeypatch):
    def fail(q, lang=None):
        raise AssertionError(q)

    monkeypatch.setattr(citations, "resolve", lambda q, lang=None: None if q else fail(q))
    assert client.get("/").status_code == 200


def test_a_section_path_without_headings_has_no_dangling_separator(client):
    """GIVEN a resolution's paragraphs, under agenda item 40 and no heading WHEN listed THEN the
    item stands alone, with no separator after it."""
    html = page(client, "/?q=Nicaragua+reconstruction")
    assert '<span class="agenda-number">Item 40</span></p>' in html
    assert '</span><span class="sep" aria-hidden="true"> · </span></p>' not in html


def test_filters_alone_that_find_nothing_give_no_advice_on_words(client):
    """Before, a search of filters alone that found nothing (the corpus has no table)
    advised checking the spelling and putting OR between words that were never typed."""
    html = page(client, "/?kind=table")
    assert "No paragraph matches this search" in html
    assert "Check the spelling" not in html and "Put OR between words" not in html
    assert "Search again without the filters" in html
    assert "Check the spelling" in page(client, "/?q=xylophone+zeppelin")


def agenda_facet_text(client, url: str) -> str:
    page = client.get(url).get_data(as_text=True)
    fieldset = re.search(r'<fieldset class="facet" id="facet-agenda">(.*?)</fieldset>', page, re.S)
    assert fieldset, url
    return " ".join(re.sub(r"<[^>]+>", " ", fieldset[1]).split())


@pytest.mark.parametrize("query", ["peace", "paix OR victims"])
def test_an_agenda_item_of_another_session_says_its_session(client, query):
    """Before, "Item 40" of A/RES/48/161 was listed under the Working Group's items (or alone)
    without its session, and read as the Working Group's item 40."""
    text = agenda_facet_text(client, f"/?q={query}")
    assert "Item 40 A/RES/48 " in text
    if "Item 2" in text:
        assert "Item 2 CTOC/COP/WG.4/2010 · Application" in text


def test_an_agenda_filter_value_is_read_in_any_case(client, engine):
    """Before, agenda=ctoc/cop/wg.4/2010:4 found nothing (absent-value), while symbol values are
    read in any case."""
    upper = client.get("/api/search?agenda=CTOC/COP/WG.4/2010:4").get_json()
    lower = client.get("/api/search?agenda=ctoc/cop/wg.4/2010:4").get_json()
    assert upper["total"] == lower["total"] > 0 and lower["notices"] == []
    prefixed = engine.search(SearchRequest(q="agenda:ctoc/cop/wg.4/2010:4"))
    assert prefixed.total == upper["total"]
    chip = client.get("/?q=peace&agenda=a/res/48:40").get_data(as_text=True)
    assert "Item 40 · A/RES/48" in chip


def sent_by_the_facet_form(html: str, ticked: str | None = None) -> list[tuple[str, str]]:
    """Return what the facet form sends, as a browser would, after ticking the box ``ticked``
    (its id): hidden inputs and ticked boxes that are not disabled."""
    form = html[html.index('class="facet-form"') : html.index("</form>", html.index("facet-form"))]
    sent = []
    for attrs in tags(form, "input"):
        on = "checked" in attrs or attrs.get("id") == ticked
        if attrs.get("type") == "hidden" or (on and "disabled" not in attrs):
            sent.append((attrs["name"], html_unescape(attrs["value"])))
    return sent


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


@pytest.mark.parametrize("year", [">=2009", "2009..2010", "2009-2010"])
def test_ticking_a_box_keeps_a_year_range(client, year):
    """Before, ticking any box turned year=>=2009 into year=2010&year=2009: the form sent the
    years the range selected, and a bookmarked "from 2009 on" no longer found later sessions."""
    html = page(client, f"/?q=victims&year={year}")
    sent = sent_by_the_facet_form(html, ticked="f-kind-recommendation")
    canonical = {">=2009": "2009..", "2009..2010": "2009..2010", "2009-2010": "2009..2010"}[year]
    assert [value for name, value in sent if name == "year"] == [canonical]
    assert ("kind", "recommendation") in sent and ("q", "victims") in sent


def test_a_year_range_is_a_box_of_its_own_and_unticking_it_frees_its_years(client):
    """GIVEN year=>=2009 WHEN the page opens THEN "≥ 2009" is a ticked box with the paragraphs it
    selects, and the years in it are ticked but disabled (not sent); WHEN it is unticked THEN
    the search has no year filter, and the years are boxes like the others."""
    html = page(client, "/?q=victims&year=>=2009")
    boxes = {a["id"]: a for a in tags(html, "input") if a.get("type") == "checkbox"}
    assert "checked" in boxes["f-year-2009.."] and "disabled" not in boxes["f-year-2009.."]
    assert "disabled" in boxes["f-year-2010"] and "disabled" in boxes["f-year-2009"]
    assert "in the range" in html
    assert total(html) == total(page(client, "/?q=victims&year=2009&year=2010"))
    untick = [(n, v) for n, v in sent_by_the_facet_form(html) if (n, v) != ("year", "2009..")]
    assert untick == [("q", "victims")]
    free = page(client, "/?q=victims&year=2010")
    assert "disabled" not in {a.get("id"): a for a in tags(free, "input")}["f-year-2009"]
