"""The naive baseline engine: plain BM25, English stop words, no folding, no twins."""

import pytest

from indexer.index.api import FACETS, SearchRequest
from indexer.index.baseline import BaselineEngine

RECORDS = [
    {
        "id": f"X/1|{lang}|{anchor}",
        "pair": f"X/1|{anchor}",
        "symbol": "X/1",
        "lang": lang,
        "paragraph": int(anchor),
        "anchor": anchor,
        "order": int(anchor) - 1,
        "text": text,
        "section": [],
        "agenda_item": {"number": 2, "title": "Item"} if anchor == "1" else None,
        "kind": "recommendation",
        "states": ["NOR"] if anchor == "2" else [],
        "topics": [],
        "page": None,
        "footnotes": [],
        "date": "2010-02-17",
        "title": "A report",
    }
    for lang, anchor, text in [
        ("en", "1", "Joint investigations of child trafficking <b>across borders</b>."),
        ("en", "2", "Norway reduced the demand for sexual services."),
        ("fr", "1", "Enquêtes conjointes sur la traite des enfants."),
        ("fr", "2", "La Norvège a réduit la demande de services sexuels."),
    ]
]
JUNK = [
    "",
    "   ",
    '"',
    '"unbalanced',
    "(((",
    "a))",
    "AND",
    "OR OR",
    "NOT",
    "-",
    "*",
    "?",
    "~2",
    "state:",
    ":",
    "field:(a b)",
    "[a TO",
    "vic?ime",
    "traite*",
    "\x00\x01",
    "\u202etxet",
    "<script>alert(1)</script>",
    "é" * 5000,
    "a" * 300,
    '"" OR ""',
    "symbol:X/1",
]


@pytest.fixture(scope="module")
def baseline():
    return BaselineEngine.from_records(RECORDS)


def ids(result):
    return [hit.id for hit in result.hits]


def test_it_answers_a_query_with_the_best_paragraph_first(baseline):
    result = baseline.search(SearchRequest(q="child trafficking"))
    assert ids(result) == ["X/1|en|1"]
    assert [f.name for f in result.facets] == list(FACETS)
    assert "&lt;b&gt;" in result.hits[0].highlight


def test_it_is_naive_no_accent_folding_and_no_other_language(baseline):
    """GIVEN French and English versions WHEN searched THEN only exact word forms match."""
    assert ids(baseline.search(SearchRequest(q="enquêtes"))) == ["X/1|fr|1"]
    assert ids(baseline.search(SearchRequest(q="enquetes"))) == []
    assert ids(baseline.search(SearchRequest(q="Norway"))) == ["X/1|en|2"]


def test_words_are_ored(baseline):
    assert set(ids(baseline.search(SearchRequest(q="Norway trafficking")))) == {
        "X/1|en|1",
        "X/1|en|2",
    }


def test_filters_and_facet_counts(baseline):
    result = baseline.search(SearchRequest(q="", filters={"lang": ("fr",), "state": ("NOR",)}))
    assert ids(result) == ["X/1|fr|2"]
    langs = {v.value: v for v in next(f for f in result.facets if f.name == "lang").values}
    assert langs["fr"].selected and langs["fr"].count == 1 and langs["en"].count == 1


@pytest.mark.parametrize("query", JUNK)
def test_junk_never_raises(baseline, query):
    result = baseline.search(SearchRequest(q=query, filters={"state": (query,)}, page=3, size=0))
    assert result.total >= 0 and 1 <= result.size <= 100


def test_lookups(baseline):
    assert baseline.paragraph("X/1", "fr", "2").text.startswith("La Norvège")
    assert baseline.paragraph("X/1", "fr", "9") is None
    document = baseline.document("X/1")
    assert set(document.versions) == {"en", "fr"}
    assert [h.anchor for h in document.paragraphs["fr"]] == ["1", "2"]
    assert baseline.document("NO/SUCH") is None and baseline.symbols() == ("X/1",)


def test_it_is_built_from_an_index_folder(built_index):
    baseline = BaselineEngine.from_index(built_index)
    assert "CTOC/COP/WG.4/2010/6" in baseline.symbols()
    english = baseline.search(SearchRequest(q="peace", size=100))
    assert english.total > 20 and {hit.lang for hit in english.hits} == {"en"}  # no twins


def test_building_it_writes_nothing_in_the_shared_temporary_folder(monkeypatch, tmp_path):
    """GIVEN a system temporary folder that cannot be written to WHEN a baseline is built
    THEN it is built: Whoosh's RAM index wrote its merge files to <tmp>/MAIN.tmp, one
    folder for every process, so a benchmark and the tests building baselines at once
    deleted each other's files ("FileNotFoundError: …/MAIN.tmp/….ctmp")."""
    import tempfile

    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))
    engine = BaselineEngine.from_records(RECORDS)
    assert engine.search(SearchRequest(q="Norway")).total > 0
