"""Screenshots of every page type at desktop and phone widths, for people to look at.

They are written to var/screenshots/ (not kept in git); the tests only check
that each page rendered. Open them after a change to the templates or the CSS.
"""

from __future__ import annotations

import pytest

from .support import PAGES, SCREENSHOTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot(page, viewport, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    response = page.goto(PAGES[name])
    assert response is not None and response.status == (404 if name == "not-found" else 200)
    path = SCREENSHOTS / f"{name}-{viewport}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5_000


@pytest.mark.parametrize(
    "name",
    ["search-filtered", "paragraph", "document", "paragraph-cited", "cited", "citation-missing"],
)
def test_french_screenshot(browser, live_server, name):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    page = context.new_page()
    page.goto(live_server + PAGES[name])
    assert page.locator("html").get_attribute("lang") == "fr"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-fr-desktop.png"), full_page=True)
    context.close()
