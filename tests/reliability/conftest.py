"""Fixtures of the reliability tests: the web app over the corpus index, once per session.

Session-scoped (unlike ``tests/web``'s per-test app) because Hypothesis runs each
property many times inside one test and refuses function-scoped fixtures.
"""

from __future__ import annotations

import pytest

from search_app import create_app


@pytest.fixture(scope="session")
def app(built_index, engine):
    return create_app({"TESTING": True, "INDEX": str(built_index), "ENGINE": engine})


@pytest.fixture(scope="session")
def client(app):
    return app.test_client()
