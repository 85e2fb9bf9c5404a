"""The docs name every route, API parameter, command-line option and setting of the app."""

from __future__ import annotations

import re

import pytest

from search_app import DEFAULTS
from search_app.__main__ import parser
from search_app.api import CITE_PARAMS
from search_app.params import API_PARAMS

from .support import ROOT

WEB = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
API = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")


def documented_rule(rule: str) -> str:
    """Write a Flask rule the way the docs do: ``/doc/<symbol>/<lang>/<anchor>``."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"<\1>", rule)


def test_every_page_route_is_in_web_md(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.rule.startswith("/api"):
            continue
        written = documented_rule(rule.rule).replace("<lang>", "<fr\\|en>")
        assert written in WEB or documented_rule(rule.rule) in WEB, rule.rule


def test_every_api_route_is_in_api_md(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api"):
            assert f"GET {documented_rule(rule.rule)}" in API, rule.rule


@pytest.mark.parametrize("name", sorted({*API_PARAMS, *CITE_PARAMS}))
def test_every_api_parameter_is_in_api_md(name):
    assert f"| `{name}` |" in API


def test_every_option_and_setting_is_in_web_md():
    for action in parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}`" in WEB, option
    for name in DEFAULTS:
        assert f"`{name}`" in WEB, name


def test_the_limits_of_a_facet_are_in_api_md():
    """Before, api.md gave facets as repeatable without a limit, and a 21st value was a 400."""
    from search_app.params import MAX_VALUE_LENGTH, MAX_VALUES

    assert f"at most {MAX_VALUES} values" in API.replace("\n", " ")
    assert f"longer than {MAX_VALUE_LENGTH} characters" in API.replace("\n", " ")


def test_every_notice_code_is_in_api_md():
    """Before, api.md listed 12 of the 16 codes a client is told to translate by (short-prefix,
    no-prefix-words, absent-value and nothing-to-search were missing)."""
    from indexer.index.notices import MESSAGES, PROBLEMS

    for code in MESSAGES:
        assert f"| `{code}` |" in API, code
    for problem in PROBLEMS:
        assert problem == "unparsed" or f"`{problem}`" in API, problem  # the benchmark's own
