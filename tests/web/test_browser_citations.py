"""Citations in a real browser, at desktop and phone widths: typed, cited by, cited documents."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CITING_2009 = ["7", "15", "22", "24", "31", "41", "50", "78"]


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_type_a_citation_and_land_on_the_paragraph(page):
    page.goto("/")
    page.fill("#q", "ctoc/cop/wg.4/2010/6 par. 32")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr/32")
    expect(page.locator("h1")).to_contain_text("CTOC/COP/WG.4/2010/6, para. 32")


def test_type_a_range_and_see_it_highlighted(page):
    page.goto("/")
    page.fill("#q", "CTOC / COP / WG4 / 2010 / 6 , paras 30-32")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr?paras=30-32#para-30")
    expect(page.locator(".para-marked")).to_have_count(3)
    expect(page.locator("#para-30")).to_be_in_viewport()


def test_ordinary_words_are_still_searched(page):
    page.goto("/")
    page.fill("#q", "par 109 voix")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert "q=par+109+voix" in page.url
    expect(page.locator("#results-heading")).to_be_visible()


def test_an_absent_document_is_named_and_its_citing_paragraphs_reached(page):
    page.goto("/")
    page.fill("#q", "CTOC/COP/WG.4/2009/2, para. 17")
    with page.expect_navigation():
        page.press("#q", "Enter")
    notice = page.locator(".citation-notice")
    expect(notice).to_contain_text("No document CTOC/COP/WG.4/2009/2 in the collection.")
    expect(notice.get_by_role("link", name="CTOC/COP/WG.4/2010/6")).to_be_visible()
    with page.expect_navigation():
        notice.get_by_role("link", name="8 paragraphs of the collection cite it.").click()
    assert page.url.endswith("/cited#doc-CTOC-COP-WG-4-2009-2")
    expect(page.locator("#doc-CTOC-COP-WG-4-2009-2")).to_be_in_viewport()


def test_paragraph_109_shows_it_is_cited_by_paragraph_50(page):
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr/109")
    cited_by = page.locator("section", has=page.locator("#cited-by-heading"))
    link = cited_by.get_by_role("link", name="CTOC/COP/WG.4/2010/6, para. 50")
    expect(link).to_be_visible()
    expect(cited_by).to_contain_text("In footnote 9:")
    expect(cited_by.locator("q.excerpt")).to_contain_text("voir par. 109 ci-dessous")
    assert fits(page)
    with page.expect_navigation():
        link.click()
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr/50")
    cites = page.locator("section", has=page.locator("#cites-heading"))
    expect(cites.get_by_role("link", name="CTOC/COP/WG.4/2010/6, para. 109")).to_be_visible()
    undocs = cites.get_by_role("link", name=re.compile("Read it on undocs.org"))
    expect(undocs).to_have_attribute("href", "https://undocs.org/en/CTOC/COP/WG.4/2009/2")


def test_the_cited_documents_page_shows_the_2009_report_and_its_eight_paragraphs(page):
    page.goto("/")
    with page.expect_navigation():
        page.locator("main").get_by_role("link", name="Documents cited by the collection").click()
    assert page.url.endswith("/cited")
    with page.expect_navigation():
        page.locator(".cited-index").get_by_role("link", name="CTOC/COP/WG.4/2009/2").click()
    report = page.locator("#doc-CTOC-COP-WG-4-2009-2")
    expect(report).to_be_in_viewport()
    expect(report.locator(".cited-head")).to_contain_text("not in the collection")
    links = report.locator(".ref-head > a")
    expect(links).to_have_text([f"para. {n}" for n in CITING_2009])
    follow_ups = report.locator(".ref", has=page.locator(".tag-follow-up"))
    expect(follow_ups.locator(".ref-head > a")).to_have_text(["para. 22", "para. 24", "para. 41"])
    assert fits(page)
    with page.expect_navigation():
        links.nth(2).click()
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr/22")


def test_a_citation_notice_leads_to_the_page_of_cited_documents_that_lists_it(
    browser, paged_server
):
    """GIVEN three cited documents to a page WHEN the notice's link is followed THEN the page
    holding the 2009 report opens at it, and the pager walks the list."""
    context = browser.new_context(base_url=paged_server, locale="en-GB")
    page = context.new_page()
    page.goto("/?q=CTOC/COP/WG.4/2009/2")
    with page.expect_navigation():
        page.get_by_role("link", name="8 paragraphs of the collection cite it.").click()
    assert "/cited?page=" in page.url and page.url.endswith("#doc-CTOC-COP-WG-4-2009-2")
    expect(page.locator("#doc-CTOC-COP-WG-4-2009-2")).to_be_in_viewport()
    pager = page.get_by_role("navigation", name="Pages of cited documents")
    current = int(pager.locator("[aria-current=page]").inner_text().split()[-1])
    with page.expect_navigation():
        pager.get_by_role("link", name="Previous").click()
    expect(pager.locator("[aria-current=page]")).to_contain_text(str(current - 1))
    expect(page.locator(".cited-range")).to_contain_text(f"Documents {3 * current - 5}–")
    context.close()


def test_the_document_page_lists_its_citations(page):
    page.goto("/doc/CTOC/COP/WG.4/2010/6/fr")
    page.get_by_role("link", name="Cites 8 documents").click()
    expect(page.locator("#cites-heading")).to_be_in_viewport()
    expect(page.locator("#doc-CTOC-COP-WG-4-2009-2 .ref")).to_have_count(8)
    assert fits(page)


def test_type_a_section_and_see_its_paragraphs_highlighted(page):
    """GIVEN "chap. IV, sect. D" typed THEN the document opens at the section, its seven
    paragraphs marked, and the note names it with its heading."""
    page.goto("/")
    page.fill("#q", "CTOC/COP/WG.4/2010/6, chap. IV, sect. D")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert page.url.endswith("/doc/CTOC/COP/WG.4/2010/6/fr?part=IV.D#part-IV.D")
    expect(page.locator(".para-marked")).to_have_count(7)
    heading = page.locator('[id="part-IV.D"] + .doc-heading')  # opened at its heading
    expect(heading).to_contain_text("D. Non-sanction")
    expect(heading).to_be_in_viewport()
    expect(page.locator(".marked-note").first).to_contain_text("chap. IV, sect. D")
    expect(page.locator(".marked-note").first).to_be_in_viewport()
    assert fits(page)
