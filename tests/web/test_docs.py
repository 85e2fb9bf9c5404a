"""The docs name every route, API parameter, command-line option and setting of the app."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlencode

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


# An example of api.md: "GET <address>   → <status>", then, unless it has no body, its JSON.
EXAMPLE = re.compile(r"^GET (\S.*?)\s+→ (\d{3})\n```\n(?:\n```json\n(.*?)\n```)?", re.M | re.S)


def api_examples() -> list[tuple[str, int, str | None, bool]]:
    """Return each example's address, status, JSON and whether its text says it is cut."""
    found = []
    for match in EXAMPLE.finditer(API):
        before = API[: match.start()].removesuffix("```\n").rstrip().rsplit("\n\n", 1)[-1]
        found.append((match[1], int(match[2]), match[3], "cut to" in before))
    return found


def shown_in(shown, answer, where: str, whole: bool) -> list[str]:
    """Return how an example's JSON differs from the answer: every key and value shown is the
    answer's (a list shows its first items; a score is left free, ranking moves it), and when
    the example is not said to be cut, every object shows all its keys."""
    if isinstance(shown, dict):
        if not isinstance(answer, dict):
            return [f"{where}: not an object"]
        wrong = [f"{where}: {sorted(set(answer) - set(shown))} not shown"] if whole else []
        wrong += [f"{where}.{key}: not answered" for key in shown if key not in answer]
        for key in shown.keys() & answer.keys():
            if key != "score":
                wrong += shown_in(shown[key], answer[key], f"{where}.{key}", whole)
        return [w for w in wrong if not w.endswith(": [] not shown")]
    if isinstance(shown, list):
        if not isinstance(answer, list) or len(answer) < len(shown):
            return [f"{where}: {len(shown)} items shown, {answer!r:.80} answered"]
        return [
            e for i, x in enumerate(shown) for e in shown_in(x, answer[i], f"{where}[{i}]", whole)
        ]
    return [] if shown == answer else [f"{where}: shown {shown!r:.80}, answered {answer!r:.80}"]


@pytest.mark.parametrize(("address", "status", "body", "cut"), api_examples())
def test_every_example_of_api_md_is_the_answer(client, address, status, body, cut):
    """api.md says its examples are real answers from the shipped corpus. Before, its three 404
    answers of /api/cite lacked `resolution_number` and `possible`, which every such answer
    has, and a client written from them did not know of the two fields."""
    path, _, query = address.partition("?")
    response = client.get(path, query_string=urlencode(parse_qsl(query, keep_blank_values=True)))
    assert response.status_code == status
    if body is not None:
        assert shown_in(json.loads(body), response.get_json(), "", whole=not cut) == []


def test_the_examples_of_api_md_are_all_read():
    """A change of how api.md writes its examples must not leave the test above with none."""
    examples = api_examples()
    assert len(examples) >= 19 and sum(body is not None for _, _, body, _ in examples) >= 19
