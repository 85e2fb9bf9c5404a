"""A bounded crawl of the site through the test client, in both interface languages: every link
and form a page prints leads to a page, and a count a page prints is the count it leads to."""

from __future__ import annotations

import csv
import io
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import pytest

# Searches of every kind: words in both languages, filters, a year range, a citation the page
# follows, citations it does not, stray quotes, operators and markup, an empty query.
SEEDS = (
    "/",
    "/?q=traite+des+personnes",
    "/?q=child+trafficking&lang=en",
    "/?q=victims&year=%3E%3D2009",
    "/?q=&topic=children",
    "/?q=CTOC/COP/WG.4/2010/6%2C+para.+32",
    "/?q=S/RES/1325%2C+para.+3",
    "/?q=CTOC/COP/WG.4/2009/2%2C+para.+17",
    "/?q=%22traite+AND+(enfants+OR+%3Cb%3Evictimes%3C/b%3E",
    "/?q=state%3A+OR+OR+)(",
    "/?q=traite&sort=document&size=10&page=3",
    "/cited",
)
LIMIT = 250  # pages per interface language: some 10 s each
REDIRECTS = (301, 302, 303, 307, 308)
CAPS = {"ui": 8, "api": 8, "export.csv": 30, "export.json": 30}  # a few of each
LAYOUT = {"page", "sort", "size", "all"}  # parameters that change how results show, not which


@dataclass
class Box:
    """A facet's checkbox and the count its label prints."""

    name: str
    value: str
    checked: bool
    disabled: bool
    count: int | None = None


@dataclass
class Form:
    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    boxes: dict[str, Box] = field(default_factory=dict)  # by id


class Page(HTMLParser):
    """What the crawl reads of a page: its language, title, headings, links and forms."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.lang: str | None = None
        self.titles: list[str] = []
        self.h1: list[str] = []
        self.links: list[str] = []
        self.forms: list[Form] = []
        self._open: list[str] = []  # "title", "h1", "count" being read
        self._label: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag in ("title", "h1"):
            (self.titles if tag == "title" else self.h1).append("")
            self._open.append(tag)
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and a.get("method", "get").lower() == "get":
            self.forms.append(Form(a.get("action", "")))
        elif tag == "input" and self.forms and a.get("name"):
            self._input(self.forms[-1], a)
        elif tag == "label":
            self._label = a.get("for")
        elif tag == "span" and a.get("class") == "count" and self._label:
            self._open.append("count")

    def _input(self, form: Form, a: dict[str, str]) -> None:
        if a.get("type") == "checkbox":
            box = Box(a["name"], a.get("value", "on"), "checked" in a, "disabled" in a)
            form.boxes[a.get("id", "")] = box
            if box.checked and not box.disabled:
                form.fields.append((box.name, box.value))
        elif "disabled" not in a:
            form.fields.append((a["name"], a.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "label":
            self._label = None
        if self._open and self._open[-1] == {"span": "count"}.get(tag, tag):
            self._open.pop()

    def handle_data(self, data):
        if not self._open:
            return
        what = self._open[-1]
        if what == "title":
            self.titles[-1] += data
        elif what == "h1":
            self.h1[-1] += data
        elif what == "count":
            box = self.forms[-1].boxes.get(self._label or "")
            if box is not None:
                box.count = int("".join(ch for ch in data if ch.isdigit()))

    @property
    def total(self) -> int | None:
        """The number of results the page's heading says, if it starts with one."""
        digits = "".join(ch for ch in (self.h1 or [""])[0].lstrip()[:12] if ch.isdigit())
        return int(digits) if digits else None


class Crawl:
    """Breadth-first, taking pages of each kind in turn, so that a search's many facet ticks
    leave room for documents, paragraphs and exports."""

    def __init__(self, client, ui: str) -> None:
        self.client, self.ui = client, ui
        self.queues: dict[str, deque] = {}
        self.seen: set[str] = set()
        self.taken: Counter[str] = Counter()  # URLs queued, by kind
        self.visited: dict[str, int | None] = {}  # URL -> the total it says (pages, exports)
        self.expected: list[tuple[str, int, str]] = []  # (URL, total, why)

    def add(self, url: str, source: str | None, kind: str | None = None) -> None:
        parts = urlsplit(urljoin("http://localhost" + (source or "/"), url))
        if parts.netloc != "localhost" or parts.path.startswith("/static/"):
            return
        url = urlunsplit(("", "", parts.path, parts.query, ""))
        kind = kind or parts.path.split("/")[1] or ("search" if parts.query else "home")
        if url not in self.seen and self.taken[kind] < CAPS.get(kind, LIMIT):
            self.seen.add(url)
            self.taken[kind] += 1
            self.queues.setdefault(kind, deque()).append((url, source))

    def run(self) -> None:
        for url in SEEDS:
            self.add(url, None, "seed")
        while len(self.visited) < LIMIT and any(self.queues.values()):
            for queue in [q for q in self.queues.values() if q]:
                self.visit(*queue.popleft())

    def get(self, url: str):
        return self.client.get(url, headers={"Cookie": f"ui={self.ui}"})

    def visit(self, url: str, source: str | None) -> None:
        response, hops = self.get(url), [url]
        while response.status_code in REDIRECTS:
            hops.append(urljoin("http://localhost" + hops[-1], response.headers["Location"]))
            assert len(hops) < 6 and hops[-1] not in hops[:-1], f"redirect loop: {hops}"
            response = self.get(hops[-1])
        status = response.status_code
        assert status < 500, f"{url} (linked from {source}): {status}"
        assert source is None or status < 400, f"{url} (linked from {source}): {status}"
        self.visited[url] = None
        if response.mimetype == "text/html":
            self.read_page(url, response.get_data(as_text=True))
        elif response.mimetype == "text/csv":
            text = response.get_data(as_text=True).lstrip("\ufeff")
            self.visited[url] = len(list(csv.reader(io.StringIO(text)))) - 1
        elif url.startswith("/export.json"):
            self.visited[url] = len(response.get_json()["hits"])

    def read_page(self, url: str, html: str) -> None:
        page = Page(html)
        assert page.lang == self.ui, f"{url}: lang={page.lang!r} in the {self.ui} interface"
        assert len(page.titles) == 1 and page.titles[0].strip(), f"{url}: title {page.titles}"
        assert len(page.h1) == 1, f"{url}: {len(page.h1)} h1"
        assert any(urlsplit(href).path == "/" for href in page.links), f"{url}: a dead end"
        total = page.total if urlsplit(url).path == "/" and urlsplit(url).query else None
        self.visited[url] = total
        for href in page.links:
            if not href.startswith("#"):
                self.add(href, url)
            if total is not None and _same_results(href, url):
                self.expected.append((href, total, f"{href} from {url}"))
        for form in page.forms:
            self.add(f"{form.action or url}?{urlencode(form.fields)}", url)
            self.read_facets(url, form)

    def read_facets(self, url: str, form: Form) -> None:
        """Tick each box of a facet with nothing ticked: the page it gives has the count its
        label printed."""
        ticked = {box.name for box in form.boxes.values() if box.checked}
        for box in form.boxes.values():
            if box.name in ticked or box.disabled:
                continue
            assert box.count is not None, f"{url}: {box.name}={box.value} has no count"
            target = f"{form.action}?{urlencode([*form.fields, (box.name, box.value)])}"
            self.add(target, url, "facet")
            self.expected.append((target, box.count, f"{box.name}={box.value} on {url}"))


def _same_results(href: str, url: str) -> bool:
    """Whether a link of a results page leads to the same results: its exports, its other
    pages, sort orders and sizes, a facet listed whole."""
    target, here = urlsplit(href), urlsplit(url)
    if target.path not in ("/", "/export.csv", "/export.json") or target.netloc:
        return False
    return _results_of(target.query) == _results_of(here.query)


def _results_of(query: str) -> list[tuple[str, str]]:
    """Return the parameters of a query string that choose the results."""
    return sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in LAYOUT)


@pytest.mark.parametrize("ui", ["en", "fr"])
def test_every_link_leads_somewhere_and_counts_hold(app, ui):
    """GIVEN the pages reached from a dozen searches WHEN every link and form they print is
    followed THEN no answer is an error (5xx, or 4xx from the site's own link), no redirect
    loops, every page has its language, a title, one h1 and a way home, and a facet value,
    export or page link leads to as many results as the page printed."""
    crawl = Crawl(app.test_client(use_cookies=False), ui)
    crawl.run()
    paths = {urlsplit(url).path.split("/")[1] for url in crawl.visited}
    assert {"", "doc", "export.csv", "export.json", "cited", "api"} <= paths
    checked = 0
    for url, total, why in crawl.expected:
        key = urlunsplit(("", "", urlsplit(url).path, urlsplit(url).query, ""))
        if crawl.visited.get(key) is not None:
            assert crawl.visited[key] == total, f"{why}: printed {total}, got {crawl.visited[key]}"
            checked += 1
    assert len(crawl.visited) >= LIMIT and checked > 100
