"""Web security: traversal, open redirects, headers on every kind of answer, no debug, no
secret, methods, oversized requests. Table-driven; the generated cases are in test_web_fuzz."""

from __future__ import annotations

import http.client
import re
import threading
from pathlib import Path
from urllib.parse import quote

import pytest

from search_app import create_app
from search_app.__main__ import parser as serve_parser

from .checks import TRACEBACK_MARKERS, check_headers, check_location, fetch

ROOT = Path(__file__).resolve().parents[2]

# What must never come back: /etc/passwd, the app's source, the project file.
LEAKS = ("root:x:0:0", "def create_app", "[build-system]", "import ")

TRAVERSALS = [
    "/doc/..%2F..%2Fetc/passwd",
    "/doc/%2e%2e/%2e%2e/etc/passwd",
    "/doc/%252e%252e/%252e%252e/etc/passwd",
    "/doc/..%252F..%252Fetc%252Fpasswd",
    "/doc/..\\..\\etc\\passwd",
    "/doc/..%5C..%5Cetc%5Cpasswd",
    "/doc/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd",
    "/doc/%E0%80%AE%E0%80%AE/etc/passwd",
    "/doc/..%00/etc/passwd",
    "/doc/%00",
    "/doc/../../etc/passwd/fr",
    "/doc/..%2F..%2Fsearch_app%2F__init__.py/fr/1",
    "/doc/..%2F..%2Fpyproject.toml/compare",
    "/doc/%2F%2Fetc%2Fpasswd/en",
    "/static/../search_app/__init__.py",
    "/static/..%2Fsearch_app%2F__init__.py",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/..%252F..%252Fpyproject.toml",
    "/static/..\\..\\pyproject.toml",
    "/static/%5C..%5C..%5Cpyproject.toml",
    "/static/style.css%00.html",
    "/static/%00",
    "/static//etc/passwd",
    "/static/%2Fetc%2Fpasswd",
    "/static/C:%5Cwindows%5Cwin.ini",
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/documents/%2e%2e/%2e%2e/pyproject.toml",
    "/api/documents/%00",
    "/api/paragraphs/..%2F..%2Fetc/fr/1",
    "/api/paragraphs/%C0%AE%C0%AE/en/pp1",
    "/api/cite?ref=..%2F..%2Fetc%2Fpasswd",
    "/api/search?symbol=..%2F..%2Fetc%2Fpasswd",
    "/export.csv?symbol=..%2F..%2Fetc%2Fpasswd",
    "/?symbol=%2e%2e%2F%2e%2e%2Fpyproject.toml",
    "/ui/..%2F..%2Fetc%2Fpasswd",
]


@pytest.mark.parametrize("url", TRAVERSALS)
def test_no_route_serves_a_file_outside_its_own(client, url):
    """GIVEN a traversal in a path or a filter WHEN asked THEN 4xx (or no result), no file."""
    response, body = fetch(client, url)
    filtered = "?" in url and not url.startswith("/api/cite")  # a filter: a search with no hit
    assert response.status_code in ((200,) if filtered else (301, 302, 308, 400, 404)), url
    assert not any(leak in body for leak in LEAKS), url


# -- Redirects -----------------------------------------------------------------------------

EVIL_NEXT = [
    "//evil.com",
    "https://evil.com",
    "http:evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "%2F%2Fevil.com",
    "%2F%5Cevil.com",
    "/%2F/evil.com",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "%09//evil.com",
    "/%09/evil.com",
    "%0D%0ALocation:%20https://evil.com",
    "/%0d%0aSet-Cookie:%20x=1",
    "///evil.com",
    "////evil.com",
    "%E3%80%82evil.com",
    "evil.com",
    "@evil.com",
    "%00//evil.com",
]


@pytest.mark.parametrize("target", EVIL_NEXT)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_language_switch_never_leaves_the_site(client, lang, target):
    response, _ = fetch(client, f"/ui/{lang}?next={target}")
    assert response.status_code == 303
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize(
    "next_path",
    ["/", "/?q=traite+des+enfants&lang=fr", "/doc/A/RES/48/161/en/pp3", "/cited"],
)
def test_the_language_switch_goes_back_to_a_page_of_the_site(client, next_path):
    response, _ = fetch(client, f"/ui/fr?next={quote(next_path)}")
    assert response.headers["Location"] == next_path


# Every redirect the app issues: canonical symbols, the language of a document, a citation
# typed in the search box; and doubled slashes, which Werkzeug used to redirect (bug 3).
REDIRECTS = [
    "/doc/A/RES/48/161",
    "/doc/a/res/48/161",
    "/doc/a/res/48/161/en",
    "/doc/a/res/48/161/en/pp3",
    "/doc/a/res/48/161/compare",
    "/doc/ctoc/cop/wg.4/2010/6/fr/32",
    "/doc//evil.com/fr",
    "/doc///evil.com",
    "/doc/%2F%2Fevil.com/fr/1",
    "/?q=CTOC/COP/WG.4/2010/6,+para.+32",
    "/?q=ctoc/cop/wg4/2010/6+par.+30-32",
    "/?q=A/RES/48/161+op.+3",
    "/?q=CTOC/COP/WG.4/2010/6",
    "/?q=CTOC/COP/WG.4/2010/6,+para.+32&lang=en",
    "/?q=//evil.com/CTOC/COP/WG.4/2010/6+para.+32",
    "/?q=https://evil.com+CTOC/COP/WG.4/2010/6",
]


@pytest.mark.parametrize("url", REDIRECTS)
def test_every_redirect_stays_on_the_site(client, url):
    response, _ = fetch(client, url)  # checks the Location: a path, or this host
    assert response.status_code in (200, 301, 302, 308, 404), url
    check_location(response)


@pytest.mark.parametrize(
    "url", ["/api/documents//A/RES/48/161", "/api//search?q=x", "/doc//A/RES/48/161/en"]
)
def test_a_doubled_slash_is_not_redirected_by_the_host_header(client, url):
    """GIVEN // in a path and a forged Host WHEN asked THEN no redirect there; JSON on /api."""
    response, _ = fetch(client, url, headers={"Host": "evil.example"})
    assert "evil.example" not in response.headers.get("Location", "")
    assert response.status_code not in (301, 302, 307, 308)


# -- Headers on every kind of answer ---------------------------------------------------------

EVERY_KIND = [
    ("/", 200),
    ("/?q=traite+des+enfants", 200),
    ("/doc/CTOC/COP/WG.4/2010/6/fr", 200),
    ("/doc/CTOC/COP/WG.4/2010/6/fr/32", 200),
    ("/doc/A/RES/48/161/compare", 200),
    ("/cited", 200),
    ("/api/search?q=victims", 200),
    ("/api/documents", 200),
    ("/api/documents/A/RES/48/161", 200),
    ("/api/paragraphs/A/RES/48/161/en/pp3", 200),
    ("/api/cite?ref=CTOC/COP/WG.4/2010/6,+para.+32", 200),
    ("/export.csv?q=victims", 200),
    ("/export.json?q=victims", 200),
    ("/healthz", 200),
    ("/static/style.css", 200),
    ("/static/app.js", 200),
    ("/ui/fr?next=/", 303),
    ("/doc/A/RES/48/161", 302),
    ("/?page=x", 400),
    ("/api/search?page=x", 400),
    ("/api/cite", 400),
    ("/nothing", 404),
    ("/api/nothing", 404),
    ("/static/nothing.js", 404),
    ("/doc/NO/SUCH/1", 404),
]


@pytest.mark.parametrize(("url", "status"), EVERY_KIND)
def test_every_kind_of_answer_has_the_security_headers(client, url, status):
    response, _ = fetch(client, url)
    assert response.status_code == status
    check_headers(response)


PAGES = [
    url
    for url, status in EVERY_KIND
    if status == 200 and not url.startswith(("/api/", "/export", "/static/", "/healthz"))
]


@pytest.mark.parametrize("url", PAGES)
def test_pages_have_no_inline_script_or_style(client, url):
    response, body = fetch(client, url)
    assert response.mimetype == "text/html"
    assert all("src=" in tag for tag in re.findall(r"<script\b[^>]*>", body)), url
    assert "<style" not in body and not re.search(r"\sstyle=", body), url
    assert not re.search(r"\son[a-z]+\s*=", body), url


@pytest.mark.parametrize("url", ["/boom", "/api/boom"])
def test_an_unexpected_error_answers_500_without_detail(failing_app, url, caplog):
    with failing_app.test_client().get(url) as response:
        body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "secret detail" not in body and "RuntimeError" not in body
    assert not any(marker in body for marker in TRACEBACK_MARKERS)
    check_headers(response)
    assert response.mimetype == ("application/json" if url.startswith("/api/") else "text/html")
    assert "RuntimeError" in caplog.text  # recorded on the server


# -- No debug, no secret ---------------------------------------------------------------------


def test_the_shipped_app_runs_without_debug_and_without_secret(monkeypatch):
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    app = create_app()
    assert app.debug is False and app.testing is False
    assert not app.config.get("SECRET_KEY")
    assert app.config["PROPAGATE_EXCEPTIONS"] is None
    assert serve_parser().parse_args([]).debug is False


@pytest.mark.parametrize("url", ["/console", "/?__debugger__=yes&cmd=resource&f=style.css"])
def test_the_werkzeug_debugger_is_not_reachable(client, url):
    response, body = fetch(client, url)
    assert not any(mark in body for mark in ("Werkzeug", "EVALEX", "debugger.js", "SECRET ="))
    assert response.status_code in (200, 404)


SECRET_PATTERNS = re.compile(
    "|".join(
        (
            r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
            r"\bAKIA[0-9A-Z]{16}\b",
            r"\bgh[pousr]_[A-Za-z0-9]{36}\b",
            r"\bxox[abprs]-[A-Za-z0-9-]{10,}",
            r"\bsk-[A-Za-z0-9]{32,}",
            r"(?i:\b(?:secret_key|password|passwd|api_key|apikey|auth_token|access_token))"
            r"\s*[=:]\s*['\"][^'\"\s]{6,}['\"]",
        )
    )
)
SKIPPED_FOLDERS = {".git", ".venv", "var", "__pycache__", ".ruff_cache", ".hypothesis"}
TEXT_SUFFIXES = {".py", ".toml", ".cfg", ".ini", ".json", ".md", ".txt", ".yml", ".yaml"}
TEXT_SUFFIXES |= {".sh", ".html", ".js", ".css", ".po", ".env", ""}


def shipped_text_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIPPED_FOLDERS or any(p.endswith(".egg-info") for p in parts):
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path != Path(__file__):
            files.append(path)
    return files


def test_no_secret_or_credential_is_shipped():
    """GIVEN every text file of the repository WHEN scanned THEN no key, token or password."""
    files = shipped_text_files()
    assert len(files) > 50
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{path.relative_to(ROOT)}: {m.group(0)[:40]}" for m in SECRET_PATTERNS.finditer(text)
        ]
    assert not found
    assert not [p for p in files if p.name in (".env", ".netrc", "id_rsa", ".pypirc")]


# -- Methods and sizes -----------------------------------------------------------------------

ROUTES = [
    "/",
    "/api/search",
    "/api/documents",
    "/api/documents/A/RES/48/161",
    "/api/cite",
    "/export.csv",
    "/doc/A/RES/48/161/en",
    "/doc/A/RES/48/161/en/pp3",
    "/cited",
    "/static/app.js",
    "/healthz",
    "/ui/fr",
]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"])
@pytest.mark.parametrize("url", ROUTES)
def test_methods_other_than_get_are_answered_405(client, method, url):
    response, _ = fetch(client, url, method=method, data=b"x=1")
    assert response.status_code == 405, (method, url)
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("url", ROUTES)
def test_head_is_answered_like_get_without_a_body(client, url):
    (head, head_body), (get, _) = fetch(client, url, "HEAD"), fetch(client, url)
    assert head.status_code == get.status_code
    assert head_body == ""


HUGE = [
    "/api/search?q=" + "x" * 100_000,
    "/api/cite?ref=" + "x" * 100_000,
    "/?state=" + "x" * 100_000,
    "/?" + "&".join(f"lang=fr{n}" for n in range(5_000)),
    "/api/search?" + "&".join(f"p{n}=1" for n in range(5_000)),
    "/doc/" + "A/" * 50_000 + "1",
    "/api/documents/" + "x" * 100_000,
]


@pytest.mark.parametrize("url", HUGE, ids=lambda url: url[:20])
def test_huge_requests_are_refused_not_failed(client, url):
    response, _ = fetch(client, url)
    assert response.status_code in (400, 404, 414), response.status_code


@pytest.mark.parametrize("url", ["/?q=" + "x" * 100_000, "/export.csv?q=" + "x" * 100_000])
def test_a_huge_query_is_cut_on_pages_not_failed(client, url):
    """Pages search the first 1,000 characters of a query (and say so) where the API refuses
    it: the answer never holds more of it."""
    response, body = fetch(client, url)
    assert response.status_code == 200
    assert "x" * 1001 not in body  # neither in the box nor in the links (language switch)
    assert "x" * 1000 in body or url.startswith("/export")


@pytest.fixture(scope="module")
def served(built_index, engine):
    """The app served by waitress on a free loopback port (as ``tests/web`` does)."""
    from waitress.server import create_server

    server = create_server(
        create_app({"INDEX": str(built_index), "ENGINE": engine}), host="127.0.0.1", port=0
    )
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    yield server.effective_port
    # Waitress has no stop: an empty socket map ends its loop at the next turn (1 s), whereas
    # closing the socket under its select() fails in the server thread.
    channels = list(server._map.values())  # the listening socket, the trigger, connections
    server._map.clear()
    thread.join(timeout=10)
    for channel in channels:
        channel.close()
    server.task_dispatcher.shutdown()


@pytest.mark.parametrize("size", [100_000, 300_000, 2_000_000])
def test_a_huge_request_line_is_refused_by_the_server(served, size):
    """GIVEN a request line of up to 2 MB WHEN sent to waitress THEN 4xx (431 over 256 kB)."""
    connection = http.client.HTTPConnection("127.0.0.1", served, timeout=30)
    connection.request("GET", "/api/search?q=" + "x" * size)
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status in (400, 414, 431)
