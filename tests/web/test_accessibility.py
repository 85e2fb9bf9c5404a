"""axe-core over every page type at both widths: no serious or critical violation."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .support import PAGES

pytestmark = pytest.mark.browser

AXE = Axe()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violation(page, name):
    page.goto(PAGES[name])
    results = AXE.run(page)
    violations = results.response["violations"]
    serious = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, results.generate_report()
