"""Fixtures of the web tests: the app over the corpus index, a live server, a real browser."""

from __future__ import annotations

import threading

import pytest

from search_app import create_app

from .support import CHROMIUM, CHROMIUM_ARGS, VIEWPORTS


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's Chromium through Playwright")


@pytest.fixture
def app(built_index, engine):
    return create_app({"TESTING": True, "INDEX": str(built_index), "ENGINE": engine})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(built_index, engine):
    """Serve the app with waitress on a free loopback port; yield its base URL."""
    yield from _serve(create_app({"INDEX": str(built_index), "ENGINE": engine}))


@pytest.fixture(scope="session")
def paged_server(built_index, engine):
    """The same app with three cited documents to a page of /cited."""
    config = {"INDEX": str(built_index), "ENGINE": engine, "CITED_PAGE_SIZE": 3}
    yield from _serve(create_app(config))


def _serve(app):
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    # Waitress has no stop: an empty socket map ends its loop at the next turn (1 s), whereas
    # closing the socket under its select() fails in the server thread (EBADF), which pytest
    # reports as an error of whichever test is tearing down (it failed a CI run).
    channels = list(server._map.values())  # the listening socket, the trigger, connections
    server._map.clear()
    thread.join(timeout=10)
    for channel in channels:
        channel.close()
    server.task_dispatcher.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, one for the whole session."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
            "Run: apt-get install -y chromium",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def page(browser, live_server, viewport):
    """A fresh page (own cookies) at the viewport's size, in English."""
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        base_url=live_server,
        locale="en-GB",
        permissions=["clipboard-read", "clipboard-write"],
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
