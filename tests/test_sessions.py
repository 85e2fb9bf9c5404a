"""Agenda items are numbered per meeting: in a corpus of two sessions, item 2 of each is its own
facet value; a bare number still selects that item of every session.

The corpus: the real French report of the January 2010 meeting (item 2: implementation of
the Protocol) and a generated English report of a 2012 meeting (item 2: non-punishment).
"""

from __future__ import annotations

import shutil

import pytest

from indexer.index.api import SearchRequest
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from search_app.results import facet_details
from tests.conftest import WG4_TEXT

EARLIER, LATER = "CTOC/COP/WG.4/2010", "CTOC/COP/WG.4/2012"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from tests.pdfgen import english_report_spec, render_un_pdf

    corpus = tmp_path_factory.mktemp("two-sessions")
    shutil.copy(WG4_TEXT, corpus / WG4_TEXT.name)
    render_un_pdf(english_report_spec(), corpus / "CTOC-COP-WG.4-2012-4.en.pdf")
    root = tmp_path_factory.mktemp("two-sessions-index")
    build_index(corpus, root, progress=False)
    return WhooshEngine(root)


def agenda(result) -> dict[str, int]:
    facet = next(f for f in result.facets if f.name == "agenda")
    return {v.value: v.count for v in facet.values}


def test_item_2_of_each_session_is_its_own_value_latest_session_first(engine):
    counts = agenda(engine.search(SearchRequest()))
    assert counts[f"{LATER}:2"] == 3  # the generated report's paragraphs 1, 2 and 6
    assert counts[f"{EARLIER}:2"] > 3
    assert list(counts)[:3] == [f"{LATER}:1", f"{LATER}:2", f"{EARLIER}:1"]
    assert not [value for value in counts if ":" not in value]


def test_a_session_item_selects_that_session_only_a_bare_number_every_session(engine):
    later = engine.search(SearchRequest(filters={"agenda": (f"{LATER}:2",)}, size=50))
    assert later.total == 3 and {h.symbol for h in later.hits} == {"CTOC/COP/WG.4/2012/4"}
    every = engine.search(SearchRequest(filters={"agenda": ("2",)}))
    counts = agenda(engine.search(SearchRequest()))
    assert every.total == counts[f"{LATER}:2"] + counts[f"{EARLIER}:2"]
    assert {v for v, n in agenda(every).items() if n} >= {f"{LATER}:2", f"{EARLIER}:2"}
    prefixed = engine.search(SearchRequest(q="agenda:2"))
    assert prefixed.total == every.total
    selected = [v.value for f in every.facets if f.name == "agenda" for v in f.values if v.selected]
    assert set(selected) == {f"{LATER}:2", f"{EARLIER}:2"}


def test_each_session_item_is_labelled_with_its_own_title_and_session(engine):
    details = facet_details(engine.documents(), "en")
    later, _ = details[("agenda", f"{LATER}:2")]
    earlier, _ = details[("agenda", f"{EARLIER}:2")]
    assert later == "Non-punishment and non-prosecution of victims of trafficking"
    assert earlier.startswith("Application")
    from search_app import create_app

    app = create_app({"TESTING": True, "INDEX": str(engine.store.root), "ENGINE": engine})
    html = app.test_client().get("/?q=victims").get_data(as_text=True)
    assert f"{LATER} · Non-punishment and non-prosecution of victims of trafficking" in html
    assert f"{EARLIER} · Application" in html


def test_the_chip_of_a_selected_item_names_its_session(engine):
    from search_app import create_app

    app = create_app({"TESTING": True, "INDEX": str(engine.store.root), "ENGINE": engine})
    page = app.test_client().get(f"/?q=victims&agenda={LATER}:2")
    html = page.get_data(as_text=True)
    assert f"Item 2 · {LATER}" in html
