"""Query plans evaluated on arrays, and the postings read from Whoosh's blocks."""

import numpy as np
import pytest

from indexer.index.scoring import (
    AllOf,
    AnyOf,
    BestOf,
    Context,
    Lift,
    Tagged,
    Term,
    Without,
    evaluate,
)


@pytest.fixture(scope="module")
def context(engine):
    generation = engine._current()
    return Context(generation.table, generation.postings)


@pytest.fixture(scope="module")
def reader(engine):
    return engine._current().index.reader()


@pytest.mark.parametrize(
    ("field", "term"),
    [
        ("text_fr", "victim"),
        ("text_en", "traffick"),
        ("pairs_fr", "trait person"),
        ("exact", "norvege"),
    ],
)
def test_postings_arrays_equal_whooshs_own_matcher(context, reader, field, term):
    ids, frequencies = context.postings.get(field, term)
    matcher = reader.postings(field, term)
    expected = list(matcher.all_items())
    assert list(ids) == [docnum for docnum, _ in expected]
    assert len(frequencies) == len(ids) and (frequencies >= 1).all()


def test_unknown_terms_have_no_postings(context):
    ids, frequencies = context.postings.get("text_fr", "zzzzzz")
    assert len(ids) == 0 and len(frequencies) == 0


def mask_of(plan, context):
    return set(np.nonzero(evaluate(plan, context)[1])[0])


def test_combinators_follow_set_logic(context):
    a, b = Term("text_fr", "victim"), Term("text_fr", "enfant")
    sa, sb = mask_of(a, context), mask_of(b, context)
    assert mask_of(AllOf((a, b)), context) == sa & sb
    assert mask_of(AnyOf((a, b)), context) == sa | sb
    assert mask_of(BestOf((a, b)), context) == sa | sb
    assert mask_of(Without(a, (b,)), context) == sa - sb
    assert mask_of(Tagged("lang", "en"), context).isdisjoint(mask_of(Tagged("lang", "fr"), context))
    assert mask_of(Tagged("state", None), context) == set()


def test_scores_add_take_the_best_and_lift(context):
    a, b = Term("text_fr", "victim"), Term("text_fr", "enfant")
    (score_a, _), (score_b, _) = evaluate(a, context), evaluate(b, context)
    both = np.nonzero((score_a > 0) & (score_b > 0))[0][0]
    assert evaluate(AnyOf((a, b)), context)[0][both] == pytest.approx(score_a[both] + score_b[both])
    best = evaluate(BestOf((a, b), tiebreak=0.0), context)[0][both]
    assert best == pytest.approx(max(score_a[both], score_b[both]))
    lifted, mask = evaluate(Lift(a, (Tagged("lang", "fr"),), 5.0), context)
    assert lifted[both] == pytest.approx(score_a[both] + 5.0) and mask[both]


def test_rarer_terms_score_higher_than_common_ones(context):
    common, rare = Term("text_fr", "trait"), Term("text_fr", "organ")
    scores_common, scores_rare = evaluate(common, context)[0], evaluate(rare, context)[0]
    assert scores_rare.max() > scores_common[scores_common > 0].min()
