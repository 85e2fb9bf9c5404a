"""The pages in a real browser (Debian's Chromium through Playwright), at desktop and phone widths.

Each test is one thing a delegate or a researcher does. The ``page`` fixture runs
every test at both widths (1280×800 and 390×844).
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from indexer.index.api import FACETS

pytestmark = pytest.mark.browser


def total(page) -> int:
    return int(re.match(r"\s*(\d+)", page.locator("#results-heading").inner_text())[1])


def test_search_from_the_box_and_follow_a_permalink(page):
    page.goto("/")
    page.fill("#q", "traite des enfants")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert "q=traite+des+enfants" in page.url
    assert total(page) > 0
    assert page.locator(".snippet mark").count() > 0
    first = page.locator(".hit-title a").first
    citation = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert re.search(r"/doc/.+/(fr|en)/\d+$", page.url)
    assert page.locator("h1").inner_text().startswith(citation)


def test_filter_by_each_facet_and_remove_the_filter(page):
    page.goto("/?q=traite")
    unfiltered = total(page)
    for name in FACETS:
        box = page.locator(f"#facet-{name} input[type=checkbox]").first
        count = int(page.locator(f"#facet-{name} .count").first.inner_text())
        with page.expect_navigation():
            box.click()  # the script submits the form
        assert f"{name}=" in page.url
        assert total(page) == count
        assert page.locator(f"#facet-{name} input[type=checkbox]").first.is_checked()
        with page.expect_navigation():
            page.locator("a.chip").first.click()
        assert f"{name}=" not in page.url
        assert total(page) == unfiltered


def test_combined_filters_and_remove_all(page):
    page.goto("/?q=traite&lang=fr&state=ITA")
    assert page.locator("a.chip").count() == 2
    with page.expect_navigation():
        page.get_by_role("link", name="Remove all filters").click()
    assert page.url.endswith("/?q=traite")


def test_ticking_a_box_keeps_a_year_range(page):
    """Before, the URL became ?q=victims&year=2010&year=2009&kind=recommendation."""
    page.goto("/?q=victims&year=%3E%3D2009")
    with page.expect_navigation():
        page.locator("#f-kind-recommendation").check()
    assert "year=2009.." in page.url and "year=2010" not in page.url
    assert "kind=recommendation" in page.url
    expect(page.locator("#f-year-2009\\.\\.")).to_be_checked()


def test_paginate_and_sort(page):
    page.goto("/?q=traite")
    assert page.locator(".page-info").inner_text() == "Results 1–20"
    with page.expect_navigation():
        page.get_by_role("link", name="Next").click()
    assert "page=2" in page.url
    assert page.locator(".page-info").inner_text() == "Results 21–40"
    with page.expect_navigation():
        page.get_by_role("link", name="document order").click()
    assert "sort=document" in page.url and "page=" not in page.url
    assert page.locator(".sort strong").inner_text() == "document order"


def test_switch_interface_language(page):
    page.goto("/?q=traite&state=ITA")
    with page.expect_navigation():
        page.get_by_role("link", name="Français").click()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "q=traite&state=ITA" in page.url  # the same search
    assert page.locator("label[for=q]").inner_text() == "Rechercher dans les paragraphes"
    assert "Italie" in page.locator("#facet-state").inner_text()
    page.goto("/doc/A/RES/48/161/en/pp3")  # the choice is remembered
    assert page.locator("h1").inner_text().startswith("A/RES/48/161, alinéa 3 du préambule")
    with page.expect_navigation():
        page.get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize(
    "address, fragment",
    [
        ("/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30", "#para-30"),
        ("/doc/CTOC/COP/WG.4/2010/6/fr/32?item=b#item-b", "#item-b"),
        ("/doc/CTOC/COP/WG.4/2010/6/fr#fn-9", "#fn-9"),
    ],
)
def test_switching_the_language_keeps_the_place_in_the_page(page, address, fragment):
    """Before, the switch went back to the page without its fragment: a report opened at a
    citation's paragraph 30 came back at its top."""
    page.goto(address)
    with page.expect_navigation():
        page.get_by_role("link", name="Français").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.url.endswith(fragment)
    assert page.locator(fragment).is_visible()
    assert page.evaluate("window.scrollY") > 0


def test_switching_the_language_keeps_a_fragment_reached_after_loading(page):
    """GIVEN a document whose reader followed a link inside it (#para-100) WHEN the language is
    switched THEN the page comes back there."""
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr")
    page.evaluate("window.location.hash = '#para-100'")
    with page.expect_navigation():
        page.get_by_role("link", name="Français").click()
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr#para-100")
    assert page.evaluate("window.scrollY") > 0


def test_open_a_document_its_contents_and_the_comparison(page, viewport):
    page.goto("/")
    with page.expect_navigation():
        page.get_by_role("link", name="A/RES/48/161").click()
    assert page.url.endswith("/doc/A/RES/48/161/en")
    assert page.locator("#para-pp3").is_visible()
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr")
    toc = page.locator(".toc-wide" if viewport == "desktop" else ".toc-narrow")
    if viewport == "phone":
        assert page.locator(".toc-wide").is_hidden()
        toc.locator("summary").click()
    toc.get_by_role("link").nth(1).click()
    expect(page).to_have_url(re.compile(r"#sec-2$"))
    expect(page.locator("#sec-2")).to_be_in_viewport()
    page.goto("/doc/A/RES/48/161/en")
    with page.expect_navigation():
        page.get_by_role("link", name="Compare the versions side by side").click()
    assert page.url.endswith("/doc/A/RES/48/161/compare")
    assert page.locator(".pair .cell[lang=fr]").count() >= 48


def test_search_in_a_document_from_its_page(page):
    """GIVEN a document page WHEN words are searched in its own box THEN the results are that
    document's paragraphs, with its filter shown and removable."""
    page.goto("/doc/A/HRC/WG.6/7/ITA/1/en")
    box = page.get_by_role("searchbox", name="Search in this document")
    box.fill("Roma")
    with page.expect_navigation():
        box.press("Enter")
    assert "symbol=A%2FHRC%2FWG.6%2F7%2FITA%2F1" in page.url
    symbols = page.locator(".hit-title a").all_inner_texts()
    assert symbols and all(text.startswith("A/HRC/WG.6/7/ITA/1") for text in symbols)
    # the document and the version's language, each removable
    expect(page.locator(".chip")).to_contain_text(["A/HRC/WG.6/7/ITA/1", "English"])


def test_permalink_shows_context_and_twin(page):
    page.goto("/doc/A/HRC/WG.6/7/ITA/1/en#para-71")
    with page.expect_navigation():
        page.locator("#para-71 .para-num").click()
    assert page.url.endswith("/doc/A/HRC/WG.6/7/ITA/1/en/71")
    assert page.locator(".twin .para-text[lang=fr]").is_visible()
    assert page.get_by_role("link", name="Previous paragraph: para. 70").is_visible()
    assert page.get_by_role("link", name="Italy").is_visible()


def test_copy_a_citation(page):
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr/32")
    visible = page.locator("#citation").inner_text()
    assert visible.startswith("CTOC/COP/WG.4/2010/6, para. 32 (http://127.0.0.1:")
    button = page.get_by_role("button", name="Copy the citation")
    button.click()
    expect(page.locator("#copy-status")).to_have_text("Citation copied.")  # waits for it
    assert page.evaluate("navigator.clipboard.readText()") == visible


def test_export_all_results(page):
    page.goto("/?q=traite&lang=fr")
    expected = total(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text)))) - 1 == expected
    assert download.value.suggested_filename == "search-results.csv"


def test_keyboard_only(page):
    page.goto("/?q=traite")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # the focus is visible
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    box = page.locator("#facet-lang input[type=checkbox]").first
    box_id = box.get_attribute("id")
    box.focus()
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert "lang=" in page.url
    assert page.evaluate("document.activeElement.id") == box_id  # focus kept after reload


def test_layout_fits_the_screen(page, viewport):
    page.goto("/?q=traite+des+enfants")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]
    results = page.locator(".hits").bounding_box()
    facets = page.locator("#filters").bounding_box()
    if viewport == "phone":
        assert facets["y"] > results["y"] + results["height"] - 1  # below the results
        assert page.locator(".jump a").is_visible()
    else:
        assert facets["x"] > results["x"] + results["width"] - 1  # beside them
    unbroken = "CTOC/COP/WG.4/2010/6/" * 30  # a pasted run of symbols: one long "word"
    for url in (
        "/doc/A/RES/48/161/compare",
        "/doc/CTOC/COP/WG.4/2010/6/fr/32",
        f"/?q={unbroken}",
        f"/?q={'a' * 300}",
    ):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


@pytest.mark.parametrize("width", [320, 390])
def test_a_paragraph_number_of_three_digits_stays_on_one_line(page, width):
    """GIVEN a phone's width THEN every paragraph number ("103.", "PP10") fits its column on one
    line: the column was 2 rem wide there, and the number broke before its full stop ("103" over
    ".") or ran into the text, on every page opened at a section of paragraphs 100 and over."""
    page.set_viewport_size({"width": width, "height": 800})
    for url in ("/doc/CTOC/COP/WG.4/2010/6/fr?part=IV.D", "/doc/A/RES/48/161/en"):
        page.goto(url)
        broken = page.evaluate(
            """Array.from(document.querySelectorAll('.para-num > span[aria-hidden]'))
                .filter(s => s.getClientRects().length > 1
                             || s.offsetWidth > s.parentElement.clientWidth + 1)
                .map(s => s.textContent)"""
        )
        assert broken == [], url


def test_everything_works_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server, java_script_enabled=False, locale="en")
    page = context.new_page()
    page.goto("/?q=traite")
    assert page.locator(".js-hint").is_hidden()
    page.locator("#facet-lang input[type=checkbox]").first.check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply the filters").click()
    assert "lang=" in page.url
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr/32")
    assert page.get_by_role("button", name="Copy the citation").is_hidden()
    assert "CTOC/COP/WG.4/2010/6, para. 32" in page.locator("#citation").inner_text()
    context.close()


def test_pages_load_without_console_errors(page):
    """Every page type loads all it asks for: no 404 in the console (the browser asked for
    /favicon.ico on every page), no script error."""
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    for url in ("/", "/?q=traite", "/doc/CTOC/COP/WG.4/2010/6/fr", "/doc/A/RES/48/161/compare"):
        page.goto(url)
        page.wait_for_load_state("load")
    assert errors == []


@pytest.mark.parametrize("box", ["#q", "#doc-q"])
def test_a_pasted_text_longer_than_the_limit_is_cut_with_a_notice(page, box):
    """GIVEN a text of 1,200 characters pasted into the search box, or a document's box
    WHEN it is searched
    THEN the page says that the search is limited to 1,000 characters and searched the first
    1,000, which the box holds. Before, the box had maxlength="1000": the browser dropped the
    rest silently, and the search looked like the whole text's."""
    pasted = ("traite des personnes " * 60)[:1200]
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr")
    page.locator(box).focus()
    page.keyboard.insert_text(pasted)  # as a paste does
    assert page.locator(box).input_value() == pasted
    with page.expect_navigation():
        page.press(box, "Enter")
    notice = page.locator(".notices")
    expect(notice).to_contain_text("The search is limited to 1,000 characters")
    assert page.locator("#q").input_value() == pasted[:1000]


def test_the_filters_are_a_few_keys_away(page):
    """GIVEN a page of results, at either width
    WHEN a keyboard user presses Tab twice, Enter, then Tab
    THEN the second Tab shows a "Skip to the filters" link, and the last Tab is on the first
    filter checkbox. Before, on a wide screen, it took some 45 Tab presses past the two links
    of each result: the "Filters ↓" link at the top of the results is only on phones."""
    page.goto("/?q=traite")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    link = page.locator(":focus")
    assert link.inner_text() == "Skip to the filters"
    box = link.bounding_box()
    assert box is not None and box["y"] >= 0 and link.is_visible()  # seen when focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator("#filters input[type=checkbox]").first.get_attribute("id")
    assert page.evaluate("document.activeElement.id") == first
    page.goto("/")
    assert page.locator("a.skip-link").count() == 1  # no filters, no link to them


@pytest.mark.parametrize("anchor", ["para-5", "para-en-5", "para-fr-5"])
def test_a_row_of_the_comparison_opened_at_its_anchor_is_not_under_the_heads(page, anchor):
    """GIVEN the side-by-side page opened at a paragraph (#para-5, as the language switch
    keeps it) WHEN it scrolls there THEN the paragraph's first line is below the sticky
    "English | French" heads. Before, the row started under them: its number and first
    lines were hidden."""
    page.goto(f"/doc/A/RES/48/161/compare#{anchor}")
    target = page.locator(f"#{anchor}").bounding_box()
    assert target is not None
    assert page.evaluate("window.scrollY") > 0  # it did scroll to the paragraph
    heads = page.locator(".pair-head")
    if heads.is_visible():  # wide screens; on phones each cell names its language
        bottom = heads.bounding_box()
        assert bottom is not None and target["y"] >= bottom["y"] + bottom["height"] - 1


def test_a_paragraph_link_reached_backwards_is_not_under_the_sticky_heads(page):
    """GIVEN the side-by-side page, whose "English | French" heads stay at the top of a wide
    screen
    WHEN a keyboard user goes back up through the paragraphs' links (Shift+Tab)
    THEN each focused paragraph number is below the heads. Before, the browser scrolled a
    number reached backwards to the top of the window, under the heads: hidden (WCAG 2.4.11),
    and its focus ring ran down the whole paragraph."""
    page.goto("/doc/A/HRC/WG.6/7/ITA/1/compare")
    page.locator("footer a").last.focus()
    heads = page.locator(".pair-head")
    checked = 0
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement, r = el.getBoundingClientRect();
                       const line = parseFloat(getComputedStyle(el).lineHeight);
                       return {num: el.classList.contains('para-num'), top: r.top,
                               height: r.height, line: line}; }"""
        )
        if not focused["num"]:
            continue
        checked += 1
        assert focused["height"] <= 2 * focused["line"]  # the number, not the paragraph's height
        if heads.is_visible():  # wide screens; on phones each cell names its language
            bottom = heads.bounding_box()
            assert bottom is not None and focused["top"] >= bottom["y"] + bottom["height"] - 1
    assert checked >= 20


FOCUS_RING_CUT = r"""() => {
  const el = document.activeElement, cs = getComputedStyle(el);
  const grow = parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset);
  const r = el.getBoundingClientRect();
  for (let box = el.parentElement; box; box = box.parentElement) {
    const bs = getComputedStyle(box);
    if (bs.overflowX === 'visible' && bs.overflowY === 'visible') continue;
    const b = box.getBoundingClientRect();
    const left = b.left + parseFloat(bs.borderLeftWidth);
    const right = b.right - parseFloat(bs.borderRightWidth);
    if (r.left - grow < left - 0.5 || r.right + grow > right + 0.5) return el.textContent.trim();
  }
  return null;
}"""


def test_the_focus_ring_of_a_contents_link_is_whole(page):
    """GIVEN a document's table of contents, a scrolling box beside the text on wide screens
    WHEN a keyboard user tabs through its links
    THEN each link's focus ring is whole. Before, the box cut off the ring's left side, which
    stood outside it (3 px, 2 px from the link)."""
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr")
    reached = 0
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.toc') !== null"):
            reached += 1
            assert page.evaluate(FOCUS_RING_CUT) is None
    assert reached >= 20 or page.locator(".toc-wide").is_hidden()  # phones: folded, not tabbed


def test_a_citations_paragraphs_stay_marked_in_forced_colours(page):
    """GIVEN a document opened at a citation's paragraphs (?paras=30-32#para-30) in a forced-
    colours theme (Windows contrast themes), which drops backgrounds and box shadows
    WHEN it is read
    THEN the marked paragraphs still have a bar (a border) and the one opened at its anchor an
    outline, and the others neither. Before, the marked paragraphs looked like every other."""
    page.emulate_media(forced_colors="active")
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30")
    marks = page.evaluate(
        """() => [...document.querySelectorAll('.para')].slice(0, 40).map(p => {
             const s = getComputedStyle(p);
             return [p.id, parseFloat(s.borderLeftWidth) >= 3 && s.borderLeftStyle === 'solid',
                     s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2]; })"""
    )
    barred = [anchor for anchor, bar, _outline in marks if bar]
    outlined = [anchor for anchor, _bar, outline in marks if outline]
    assert barred == ["para-30", "para-31", "para-32"]
    assert outlined == ["para-30"]


def test_a_match_is_marked_by_more_than_its_colour(page):
    """GIVEN a search's results and a paragraph opened from them
    WHEN the matched words are read
    THEN they are semibold as well as yellow: the yellow alone is 1.3:1 against white, so a
    reader who does not see it could not tell a match (WCAG 1.4.1). A sub-item a citation
    names keeps its own mark (a bar), not bold type."""
    page.goto("/?q=traite+des+enfants")
    weights = page.evaluate(
        "() => [...document.querySelectorAll('.hit mark, .results mark')]"
        ".map(m => parseInt(getComputedStyle(m).fontWeight))"
    )
    assert weights and min(weights) >= 600
    plain = page.evaluate(
        "() => parseInt(getComputedStyle(document.querySelector('.results p')).fontWeight)"
    )
    assert plain < 600
