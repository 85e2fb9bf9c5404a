"""Printing a page: what is on paper (Chromium's print media, as Ctrl+P lays it out).

Before, style.css had no print rules: the header printed as pale grey text over an
empty search field and a floating "Search" button, and the language switch, the
document's search box, the folded "Agenda" and "Contents", "Copy the citation" and
the filters printed too, while the highlighted paragraphs of a citation lost their
colour (printers drop backgrounds) and printed like the others.
"""

from __future__ import annotations

import pytest

from .support import SCREENSHOTS

pytestmark = pytest.mark.browser

DOCUMENT = "/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32"
PARAGRAPH = "/doc/CTOC/COP/WG.4/2010/6/fr/32"
RESULTS = "/?q=victims&state=ITA"
CONTROLS = (
    ".skip-link",
    ".ui-switch",
    "#q",
    ".search-form button",
    "#doc-q",
    ".doc-search button",
    "details.agenda",
    ".toc",
    "button.copy",
    ".facets",
    ".toolbar",
    ".pager",
    ".site-footer",
)


@pytest.fixture
def printed(browser, live_server):
    """Open a page as it prints; the PDF goes to var/screenshots/ for people to look at."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    opened = []

    def open_printed(path: str, name: str):
        page = context.new_page()
        page.goto(live_server + path)
        page.emulate_media(media="print")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(SCREENSHOTS / f"print-{name}.pdf"), format="A4")
        opened.append(page)
        return page

    yield open_printed
    context.close()


def shown(page, selector: str) -> list[str]:
    return [selector] if any(e.is_visible() for e in page.locator(selector).all()) else []


@pytest.mark.parametrize(
    "path, name", [(DOCUMENT, "document"), (PARAGRAPH, "paragraph"), (RESULTS, "results")]
)
def test_a_printed_page_has_no_controls_and_its_address_once(printed, live_server, path, name):
    """GIVEN a document with a citation's paragraphs marked, a paragraph, a page of results
    WHEN it is printed
    THEN no control, switch, toggle, filter or footer link is on paper, the text is black on
    white, and the page's address is printed once, under the title."""
    page = printed(path, name)
    assert [s for selector in CONTROLS for s in shown(page, selector)] == []
    address = page.locator(".print-address")
    assert address.is_visible() and address.inner_text() == live_server + path
    assert page.locator("body").inner_text().count(live_server + path) == 1
    title = page.locator("h1").first.bounding_box()
    assert title is not None and address.bounding_box()["y"] > title["y"]
    colours = page.evaluate(
        """() => [getComputedStyle(document.body).color,
                  getComputedStyle(document.querySelector('.site-header')).backgroundColor,
                  getComputedStyle(document.querySelector('.site-header .brand a')).color]"""
    )
    assert colours == ["rgb(0, 0, 0)", "rgba(0, 0, 0, 0)", "rgb(0, 0, 0)"]


def test_the_marked_paragraphs_print_with_a_bar(printed):
    """GIVEN the document page of a citation of paragraphs 30 to 32
    WHEN it is printed (backgrounds are dropped)
    THEN the marked paragraphs, and only they, have a black bar beside them."""
    page = printed(DOCUMENT, "document-marked")
    bars = page.evaluate(
        """() => [...document.querySelectorAll('.para')].filter(p => {
                 const s = getComputedStyle(p);
                 return s.borderLeftStyle === 'solid' && parseFloat(s.borderLeftWidth) >= 3
                        && s.borderLeftColor === 'rgb(0, 0, 0)'; }).map(p => p.id)"""
    )
    assert bars == ["para-30", "para-31", "para-32"]
    assert page.locator(".marked-note").is_visible()
    # the bar is on the page, not in the margin that the printer cuts off
    box = page.locator("#para-31").bounding_box()
    assert box is not None and box["x"] >= 0


def test_the_screen_does_not_show_the_printed_address(page):
    """GIVEN a document page on screen
    WHEN it is shown
    THEN the address meant for paper is not (the browser's address bar says it)."""
    page.goto(DOCUMENT)
    assert not page.locator(".print-address").is_visible()
    assert page.locator(".doc-search").is_visible()
