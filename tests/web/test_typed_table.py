"""web.md's table of what typing a citation in the search box does, checked against the app.

The table ("| typed | what happens | outcome |", under "Typing a citation in the search box")
was prose nothing checked. Each row is read here and typed into the app over the shipped
corpus: the examples in code of its first column must give the outcomes its last column
names (paragraph, document, notice, results, words), every ``/doc/…`` address in code of its
second column must be where one of the row's examples goes, and every sentence it quotes must
be on a page one of the row's examples gives or opens (not a sentence of what an older version
did, "before, …", "it had said …"). web.md says the same above the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest

from .support import ROOT, reader_text

WEB = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
HEADER = "| typed | what happens | outcome |"
OUTCOMES = {"paragraph", "document", "notice", "results", "words"}
# A document the shipped corpus lacks, whose sentences other tests check on a corpus built
# for them (tests/web/test_tables.py, test_boxes.py).
NOT_SHIPPED = ("CTOC/COP/WG.4/2012/2",)

CODE = re.compile(r"`([^`]+)`")
QUOTED = re.compile(r'"([^"]+[.?!])"')
# What an older version did: "(before, …)", "(it had said …)", "Before: … ."
HISTORY = re.compile(r"\((?:before|it had)\b[^()]*(?:\([^()]*\)[^()]*)*\)|\bBefore: .*?\.(?: |$)")
FILTER = re.compile(r"^([a-z]+)=(\S+)$")
PAGE = re.compile(r"^/doc/(?P<symbol>.+?)/(?:en|fr)(?:/(?P<anchor>[^/]+))?$")


@dataclass
class Row:
    line: int
    typed: list[str]  # the first column's examples, each typed as it is
    filters: str  # the first column's filters, "&symbol=…"
    others: list[str] = field(default_factory=list)  # the second column's examples
    pages: list[str] = field(default_factory=list)  # the second column's "GET /doc/…"
    targets: list[str] = field(default_factory=list)  # the second column's /doc/… addresses
    sentences: list[str] = field(default_factory=list)  # the sentences it quotes
    outcomes: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        return f"line{self.line}-{self.typed[0][:30] if self.typed else 'none'}"


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]


def rows() -> list[Row]:
    """Read the table: one Row per line under its header."""
    start = WEB.index(HEADER)
    first = WEB.count("\n", 0, start) + 1
    found = []
    for number, line in enumerate(WEB[start:].split("\n\n", 1)[0].splitlines()[2:], first + 2):
        typed, happens, outcome = cells(line)
        examples = [c for c in CODE.findall(typed) if "…" not in c]
        row = Row(
            line=number,
            typed=[e.replace("⏎", "\n") for e in examples if not FILTER.match(e)],
            filters="".join(f"&{m[1]}={quote(m[2])}" for e in examples if (m := FILTER.match(e))),
            outcomes={word.strip() for word in outcome.split(",")},
        )
        current = HISTORY.sub("", happens)
        for code in CODE.findall(current):
            if "…" in code:
                continue
            if code.startswith("GET /doc/"):
                row.pages.append(code.removeprefix("GET "))
            elif code.startswith("/doc/"):
                row.targets.append(code)
            elif not code.startswith(("/", "?", "<")):
                row.others.append(code)
        row.sentences = [
            s
            for s in QUOTED.findall(CODE.sub("", current))
            if "…" not in s and not any(symbol in s for symbol in NOT_SHIPPED)
        ]
        found.append(row)
    return found


ROWS = rows()


def outcome_of(client, typed: str, filters: str = "") -> tuple[str, str | None, str]:
    """Type ``typed`` in the English search box: return the outcome's word, where it went
    (a 302) and the text of the page shown (the one it went to, after a 302)."""
    response = client.get("/?q=" + quote(typed) + "&ui=en" + filters)
    if response.status_code == 302:
        location = response.headers["Location"]
        path = location.split("?")[0].split("#")[0]
        match = PAGE.match(path)
        assert match, f"{typed!r} went to {location}, not a document's page"
        landed = client.get(location)
        assert landed.status_code == 200, f"{typed!r} went to {location}: {landed.status_code}"
        word = "paragraph" if match["anchor"] else "document"
        return word, location, reader_text(landed.get_data(as_text=True))
    assert response.status_code == 200, f"{typed!r}: {response.status_code}"
    page = response.get_data(as_text=True)
    if 'class="notices citation-notice"' not in page:
        word = "words"
    else:
        word = "results" if '<li class="hit"' in page else "notice"
    return word, None, reader_text(page)


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_the_row_is_what_the_app_does(client, row):
    given: dict[str, str] = {}
    locations: list[str] = []
    texts: list[str] = []
    for typed in row.typed:
        word, location, text = outcome_of(client, typed, row.filters)
        given[typed] = word
        locations += [location] if location else []
        texts.append(text)
    wrong = [f"{t!r} gives {w}" for t, w in given.items() if w not in row.outcomes]
    assert not wrong, f"line {row.line} says {sorted(row.outcomes)}: " + "; ".join(wrong)
    assert set(given.values()) == row.outcomes, f"line {row.line}: {given}"
    for typed in row.others:
        _, location, text = outcome_of(client, typed, row.filters)
        locations += [location] if location else []
        texts.append(text)
    for address in row.pages:
        response = client.get(address + ("&" if "?" in address else "?") + "ui=en")
        assert response.status_code == 200, address
        texts.append(reader_text(response.get_data(as_text=True)))
    for target in row.targets:
        assert target in locations, f"line {row.line}: no example goes to {target}: {locations}"
    for sentence in row.sentences:
        assert any(sentence in text for text in texts), f"line {row.line}: {sentence!r} not shown"


def test_the_table_is_read():
    """A change of how web.md writes the table must not leave the test above with nothing."""
    assert len(ROWS) >= 30
    assert all(row.typed for row in ROWS), [row.line for row in ROWS if not row.typed]
    assert all(row.outcomes <= OUTCOMES for row in ROWS), [
        (row.line, row.outcomes) for row in ROWS if not row.outcomes <= OUTCOMES
    ]
    assert sum(len(row.typed) for row in ROWS) >= 60
    assert sum(len(row.targets) for row in ROWS) >= 5
    assert sum(len(row.sentences) for row in ROWS) >= 20
    assert {o for row in ROWS for o in row.outcomes} == OUTCOMES
