"""What must hold for any input: the property checks shared by the tests and the fuzz campaign.

Each ``check_…`` function takes one generated input, runs the code under test
and asserts the properties (no exception, well-formed result, escaped HTML,
safe redirects, security headers); it raises AssertionError otherwise.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from indexer.citations import find_citations, parse_reference
from indexer.index.analysis import tokens
from indexer.index.api import (
    FACETS,
    MAX_FILTER_VALUES,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_VALUE_LENGTH,
    SearchRequest,
    SearchResult,
)
from indexer.index.facetvalues import normalise, selects
from indexer.index.highlight import snippet
from indexer.index.querylang import Parsed, parse
from indexer.resolve import resolve
from indexer.symbols import parse_symbol, scan_symbols

# CPU seconds of one search. Measured on the project's 2-core machine: the costliest
# generated queries (a thousand characters of unknown words, each spelling-corrected)
# take 0.55 s. Bounds are on the calling thread's CPU time, not on the clock: the machine
# is shared, and other test runs made the same query take 2.04 s of wall-clock time.
SEARCH_SECONDS = 2.0
# The highlight is escaped text with <mark> added: these tokens are all the markup it has.
_HIGHLIGHT_MARKUP = re.compile(r"</?mark>|&(?:amp|lt|gt|quot|#x27);")
TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "/', "Werkzeug Debugger")


def check_parse(q: str) -> Parsed:
    parsed = parse(q)
    assert isinstance(parsed, Parsed)
    assert all(notice.message for notice in parsed.notices)
    return parsed


def cpu_seconds(work: Callable[[], object]) -> tuple[object, float]:
    """Run ``work``; return its result and the CPU time this thread spent on it."""
    start = time.thread_time()
    result = work()
    return result, time.thread_time() - start


def timed_search(engine, request: SearchRequest) -> SearchResult:
    """Run a search and check it took less than ``SEARCH_SECONDS`` of CPU time."""
    result, spent = cpu_seconds(lambda: engine.search(request))
    assert spent < SEARCH_SECONDS, f"{spent:.2f} s of CPU for {request.q[:80]!r}"
    return result


def check_result(result: SearchResult, request: SearchRequest) -> None:
    """Check a search result is well-formed for the request it answers."""
    assert result.total >= len(result.hits) >= 0
    assert 1 <= result.page <= MAX_PAGE and 1 <= result.size <= MAX_PAGE_SIZE
    assert len(result.hits) <= result.size
    assert len({hit.id for hit in result.hits}) == len(result.hits)
    assert tuple(facet.name for facet in result.facets) == FACETS
    for facet in result.facets:
        assert all(value.count >= 0 for value in facet.values), facet
    for name, wanted in _selected(request.filters).items():
        facet = next(f for f in result.facets if f.name == name)
        shown = {value.value for value in facet.values if value.selected}
        # a bare agenda number is shown as the items of that number it selects, one per session
        unshown = {w for w in wanted if not any(selects(name, w, value) for value in shown)}
        assert not unshown, (name, wanted, shown)
    for hit in result.hits:
        check_highlight(hit.highlight, hit.text)


def _selected(filters: Mapping[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """Return the canonical values a request selects, per known facet."""
    chosen: dict[str, set[str]] = {}
    for name, values in filters.items():
        if name in FACETS:
            kept = tuple(values)[:MAX_FILTER_VALUES]
            found = {normalise(name, str(v)[:MAX_VALUE_LENGTH]) for v in kept} - {None}
            if found:
                chosen[name] = found
    return chosen


def check_highlight(highlight: str, text: str) -> None:
    """Check a highlight is ``text`` (or an extract) escaped, with only balanced <mark> added."""
    rest = _HIGHLIGHT_MARKUP.sub("", highlight)
    assert not any(c in rest for c in "<>&\"'"), f"unescaped markup in {highlight[:200]!r}"
    marks = re.findall(r"</?mark>", highlight)
    assert marks == ["<mark>", "</mark>"] * (len(marks) // 2), f"unbalanced: {highlight!r}"
    plain = html.unescape(re.sub(r"</?mark>", "", highlight))
    plain = plain.removeprefix("… ").removesuffix(" …")
    assert plain in text, f"{plain[:80]!r} is not the paragraph's text"


def check_snippet(case: tuple[str, list[str], str]) -> None:
    """Highlight ``words`` (a query's) in ``text`` and check the snippet's markup."""
    text, words, lang = case
    terms = {
        lang: {stem for word in words for stem in tokens(word, lang)},
        "exact": {" ".join(tokens(word)) for word in words if tokens(word)},
    }
    marked, _ = snippet(text, lang, terms)
    check_highlight(marked, text)


def check_search(engine, request: SearchRequest) -> SearchResult:
    result = timed_search(engine, request)
    check_result(result, request)
    return result


def check_symbols(text: str, known: tuple[str, ...]) -> None:
    match = parse_symbol(text, known)
    if match is not None:
        assert match.canonical or match.suggestion
        assert 0 <= match.start <= match.end <= len(text)
    for found in scan_symbols(text, known):
        assert text[found.start : found.end] == found.text
        assert (found.canonical is None) != (found.suggestion is None)


def check_citations(text: str, known: tuple[str, ...]) -> None:
    footnotes = [text[: len(text) // 2], text[len(text) // 2 :]]
    for citation in find_citations(text, footnotes, known):
        source = text if citation.footnote is None else footnotes[citation.footnote]
        assert 0 <= citation.start <= citation.end <= len(source)
        assert citation.kind in ("paragraph", "document", "follow-up")
        assert all(n >= 0 for n in citation.paragraphs)
    reference = parse_reference(text, known)
    if reference is not None:
        assert all(isinstance(problem, str) for problem in reference.problems)


def check_resolve(engine, text: str) -> None:
    found = resolve(engine, text)
    assert found.status in (200, 400, 404), found
    assert isinstance(found.message, str) and found.message
    if found.found:
        assert found.symbol in engine.symbols()


# -- Time ---------------------------------------------------------------------------------


def fill(shape: str, size: int) -> str:
    """Return ``shape`` repeated to exactly ``size`` characters."""
    return (shape * (size // len(shape) + 1))[:size]


def best_time(read: Callable[[str], object], text: str, runs: int) -> float:
    """Return the least CPU time of ``runs`` readings of ``text``."""
    return min(cpu_seconds(lambda: read(text))[1] for _ in range(runs))


def growth(read: Callable[[str], object], shape: str, small: int, large: int, limit: float):
    """Return the times on ``small`` and ``large`` characters of ``shape``, and their ratio.

    The small text's time is the best of three (at least 1 ms: below, it is noise); the
    large one is measured again when the ratio reaches ``limit`` (a pause of the machine).
    """
    little = max(best_time(read, fill(shape, small), 3), 1e-3)
    text = fill(shape, large)
    big = best_time(read, text, 1)
    if big / little >= limit:
        big = min(big, best_time(read, text, 1))
    return little, big, big / little


# -- HTTP -----------------------------------------------------------------------------------


def check_headers(response) -> None:
    """Check the security headers every response of the app must carry."""
    headers = response.headers
    policy = headers.get("Content-Security-Policy", "")
    assert policy, f"no Content-Security-Policy on {response.status}"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, policy
    assert "default-src" in policy and "script-src" in policy, policy
    assert headers.get("X-Content-Type-Options") == "nosniff"
    assert headers.get("X-Frame-Options") == "DENY" or "frame-ancestors 'none'" in policy
    assert headers.get("Referrer-Policy")
    assert "X-Powered-By" not in headers


def check_location(response) -> None:
    """Check a redirect stays on this site: a path, not a scheme, a host or a backslash trick."""
    location = response.headers.get("Location")
    if location is None:
        return
    assert not any(ord(c) < 32 or c == "\x7f" for c in location), repr(location)
    parts = urlsplit(location)
    if parts.scheme or parts.netloc:  # Werkzeug's own redirects are absolute, to this host
        assert parts.scheme == "http" and parts.netloc == "localhost", location
    assert location.startswith(("/", "http://localhost/")), location
    path = parts.path
    assert not path.startswith("//") and "\\" not in path, location


def fetch(client, url: str, method: str = "GET", **options) -> tuple[object, str]:
    """Request ``url``, read the whole body (streams included), close; check it; return both."""
    with client.open(url, method=method, **options) as response:
        body = check_response(response, url)
    return response, body


def check_response(response, url: str) -> str:
    """Check any answer of the app: no server error, no traceback, headers, safe redirects."""
    body = response.get_data(as_text=True)
    assert response.status_code < 500, f"{response.status_code} for {url}"
    assert not any(marker in body for marker in TRACEBACK_MARKERS), url
    check_headers(response)
    check_location(response)
    for name, value in response.headers.items():
        assert "\n" not in value and "\r" not in value, (name, value)
    assert "Set-Cookie: x" not in str(response.headers)
    if urlsplit(url).path.startswith("/api/") and not response.headers.get("Location"):
        assert response.mimetype == "application/json", url
    return body
