"""What the web tests share: where things are, which pages to visit, browser settings."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}

# Pages of every type, for the accessibility scan and the screenshots.
PAGES = {
    "search": "/?q=traite+des+enfants",
    "search-filtered": "/?q=victims&lang=en&topic=children",
    "search-year-range": "/?q=victims&year=%3E%3D2009",
    "home": "/",
    "no-results": "/?q=xylophone+zeppelin",
    "document": "/doc/CTOC/COP/WG.4/2010/6/fr",
    "compare": "/doc/A/RES/48/161/compare",
    "paragraph": "/doc/CTOC/COP/WG.4/2010/6/fr/32",
    "not-found": "/doc/NO/SUCH/1",
    # The citation graph: a cited paragraph, a citing one, the cited documents, a range, a miss.
    "paragraph-cited": "/doc/CTOC/COP/WG.4/2010/6/fr/109",
    "paragraph-cites": "/doc/CTOC/COP/WG.4/2010/6/fr/31",
    "cited": "/cited",
    "document-range": "/doc/A/RES/48/161/en?paras=3-5#para-3",
    "paragraph-subitem": "/doc/CTOC/COP/WG.4/2010/6/fr/32?item=b#item-b",
    "citation-missing": "/?q=CTOC/COP/WG.4/2009/2%2C+para.+17",
    "citation-outside": "/?q=CTOC/COP/WG.4/2010/6%2C+para.+200",
}


def tags(html: str, name: str | None = None, cls: str | None = None) -> list[dict[str, str]]:
    """Return the attributes of the start tags in ``html`` (by tag name and/or class)."""
    from html.parser import HTMLParser

    found: list[dict[str, str]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            values = {k: v or "" for k, v in attrs} | {"<tag>": tag}
            if (name is None or tag == name) and (
                cls is None or cls in values.get("class", "").split()
            ):
                found.append(values)

    Collector().feed(html)
    return found


def page(client, url: str) -> str:
    """Return the HTML of a page the test client gets, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def page_text(client, url: str) -> str:
    """Return a page's HTML with its character references read (``&amp;`` as ``&``)."""
    return html.unescape(page(client, url))


def search(client, query: str, extra: str = ""):
    """Return the test client's answer to ``query`` typed in the search box (``extra``: more
    of the address, "&ui=fr")."""
    return client.get("/?q=" + quote(query) + extra)


def citation_notice(client, typed: str, ui: str = "en") -> tuple[str, str]:
    """Return the search page for a citation ``typed`` in the box, and its citation notice."""
    response = search(client, typed, f"&ui={ui}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    start = html.index('class="notices citation-notice"')
    return html, html[start : html.index("</div>", start)]


def reader_text(page: str) -> str:
    """Return a page's text as a reader sees it: inline markup (links, spans, marks) dropped,
    blocks apart, character references read, blanks one space."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</?(?:a|span|strong|em|b|i|code|mark|q|abbr|bdi|cite|time)\b[^>]*>", "", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))
