"""The relevance benchmark: its query set, its metrics, and the engine's acceptance targets."""

import math
from collections import Counter

import pytest

from benchmarks.relevance import (
    GROUPS,
    QUERIES,
    SETS,
    corpus_without,
    dcg,
    evaluate,
    indexed_only,
    load_queries,
    main,
    ndcg,
    recall,
    summarise,
)

JUDGED = {"a": 3, "b": 2, "c": 1}


@pytest.fixture(scope="module")
def queries():
    return load_queries(QUERIES)


def test_the_query_set_is_large_bilingual_and_well_formed(queries):
    assert len(queries) >= 40
    assert len({q.id for q in queries}) == len(queries)
    langs = Counter(q.lang for q in queries)
    assert langs["fr"] >= 20 and langs["en"] >= 20
    assert sum(q.lang == "en" and q.target == "wg4" for q in queries) >= 10


@pytest.mark.parametrize(
    ("path", "prefix"),
    [(path, f"h{path.stem.removeprefix('heldout')}-") for path in SETS[1:]],  # heldout10: h10-
    ids=[path.stem for path in SETS[1:]],
)
def test_the_held_out_sets_are_bilingual_and_well_formed(path, prefix):
    heldout = load_queries(path)
    assert len(heldout) >= 30 and all(q.id.startswith(prefix) for q in heldout)
    assert Counter(q.lang for q in heldout) == {"fr": 15, "en": 15}


@pytest.mark.parametrize("path", SETS, ids=[path.stem for path in SETS])
def test_every_judged_paragraph_exists(engine, path):
    missing = {
        record_id
        for query in load_queries(path)
        for record_id in query.judgements
        if engine.paragraph(*record_id.split("|")) is None
    }
    assert not missing


def test_a_corpus_without_some_files_and_the_judgements_it_can_score(engine, tmp_path):
    """GIVEN --drop 'un-pdfs/*.fr.pdf' WHEN the corpus is copied THEN the French PDFs are
    left out and nothing else; a query keeps the judged paragraphs an index has and a query
    left with none is not run."""
    copy = corpus_without(["un-pdfs/*.fr.pdf"], tmp_path / "corpus")
    files = sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file())
    assert "un-pdfs/A-RES-48-161.en.pdf" in files and "manifest.json" in files
    assert not [name for name in files if name.endswith(".fr.pdf")]
    assert "wg4/CTOC-COP-WG.4-2010-6.fr.txt" in files
    query = load_queries(QUERIES)[0]
    judged = dict(query.judgements, **{"A/RES/99/1|en|1": 3})
    mixed = type(query)(query.id, query.q, query.lang, query.target, judged)
    gone = type(query)("x", "y", "en", "res", {"A/RES/99/1|en|1": 3})
    kept = indexed_only([mixed, gone], engine)
    assert [(q.id, q.judgements) for q in kept] == [(query.id, query.judgements)]


def test_a_malformed_query_is_named(tmp_path):
    path = tmp_path / "queries.json"
    path.write_text(
        '[{"id": "q9", "q": "x", "lang": "de", "target": "wg4", "judgements": {"a": 3}}]',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="q9: lang 'de'"):
        load_queries(path)


@pytest.mark.parametrize(
    ("ranked", "expected"),
    [
        (["a", "b", "c"], 1.0),
        ([], 0.0),
        (["x", "y"], 0.0),
        (["c", "b", "a"], (1 + 2 / math.log2(3) + 3 / 2) / (3 + 2 / math.log2(3) + 1 / 2)),
        (["x", "a"], (3 / math.log2(3)) / (3 + 2 / math.log2(3) + 1 / 2)),
    ],
)
def test_ndcg(ranked, expected):
    assert ndcg(ranked, JUDGED) == pytest.approx(expected)


def test_ndcg_cuts_at_k():
    judged = {str(i): 1 for i in range(12)}
    assert ndcg([str(i) for i in range(12)], judged) == 1.0
    assert ndcg(["x"] * 10 + ["0"], judged) == 0.0
    assert dcg([3, 2]) == pytest.approx(3 + 2 / math.log2(3))


@pytest.mark.parametrize(
    ("ranked", "grade", "expected"),
    [(["a", "x", "c"], 1, 2 / 3), (["a", "x", "c"], 2, 1 / 2), ([], 1, 0.0), (["b"], 2, 1 / 2)],
)
def test_recall(ranked, grade, expected):
    assert recall(ranked, JUDGED, grade=grade) == pytest.approx(expected)


FRENCH_NOT_MET = pytest.mark.xfail(
    strict=True,
    reason="issue 4 acceptance not met yet: French nDCG@10 0.928 (target 0.95); "
    "see docs/relevance.md",
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "group",
    [
        pytest.param("French queries", marks=FRENCH_NOT_MET),
        "English queries, French report",
    ],
)
def test_the_engine_meets_its_relevance_targets(engine, queries, group):
    """GIVEN the labelled query set WHEN run on the engine THEN the group reaches its target."""
    (target,) = [g for g in GROUPS if g.name == group]
    value = summarise(evaluate(engine, queries), target).ndcg
    assert value >= target.target, f"{group}: nDCG@10 {value:.3f} < {target.target}"


@pytest.mark.slow
def test_the_engine_stays_well_above_the_baseline(engine, queries):
    """A floor under the current figures, so that a change that loses relevance fails."""
    scored = evaluate(engine, queries)
    figures = {g.name: summarise(scored, g).ndcg for g in GROUPS if g.target}
    assert figures["French queries"] >= 0.91
    assert figures["English queries, French report"] >= 0.83


def test_a_run_measures_every_set_and_its_help_says_how_many(capsys):
    """GIVEN the held-out sets of tests/fixtures/relevance WHEN the benchmark runs without
    --queries THEN it measures each of them; its --help had said "the three held-out sets"
    while it measured nine."""
    heldout = sorted(QUERIES.parent.glob("heldout*.json"))
    assert set(SETS) == {QUERIES, *heldout} and SETS[0] == QUERIES
    with pytest.raises(SystemExit):
        main(["--help"])
    assert f"then the {len(heldout)} held-out sets" in " ".join(capsys.readouterr().out.split())
