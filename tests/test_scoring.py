"""Query plans evaluated on arrays, and the postings read from Whoosh's blocks."""

import numpy as np
import pytest

from indexer.index.scoring import (
    AllOf,
    AnyOf,
    BestOf,
    Chain,
    Context,
    Lift,
    Pooled,
    Shared,
    Tagged,
    Term,
    Without,
    evaluate,
)


@pytest.fixture(scope="module")
def context(engine):
    generation = engine._current()
    return Context(generation.table, generation.postings, generation.words)


@pytest.fixture(scope="module")
def reader(engine):
    return engine._current().index.reader()


@pytest.mark.parametrize(
    ("field", "term"),
    [
        ("text_fr", "victim"),
        ("text_en", "traffick"),
        ("pairs_fr", "traite person"),
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


def test_coordination_scales_a_sum_by_the_share_of_parts_matched(context):
    """GIVEN words side by side (an AnyOf with ``coord``) WHEN evaluated THEN a document having
    all of them keeps its sum and one having half of them half its sum's square root share:
    a paragraph with one word many times no longer outscores one with every word."""
    a, b = Term("text_fr", "victim"), Term("text_fr", "enfant")
    (score_a, _), (score_b, _) = evaluate(a, context), evaluate(b, context)
    plain, _ = evaluate(AnyOf((a, b)), context)
    coordinated, mask = evaluate(AnyOf((a, b), coord=0.5), context)
    both = np.nonzero((score_a > 0) & (score_b > 0))[0][0]
    only_a = np.nonzero((score_a > 0) & (score_b == 0))[0][0]
    assert coordinated[both] == pytest.approx(plain[both])
    assert coordinated[only_a] == pytest.approx(plain[only_a] * 0.5**0.5)
    assert set(np.nonzero(mask)[0]) == mask_of(AnyOf((a, b)), context)


def test_a_shared_lift_is_divided_among_a_documents_many_values(context):
    """GIVEN a lift for a State WHEN a paragraph names at most 3 States THEN it gets the whole
    lift; one naming 20 gets 3/20 of it."""
    table, base = context.table, Tagged("lang", "fr")
    named = table.values_per_document("state")
    lifted, _ = evaluate(Lift(base, (Shared("state", "THA", 3),), 10.0), context)
    has = table.facets["state"].mask({"THA"}, table.size)
    assert has.any() and (named[has] > 3).any() and (named[has] <= 3).any()
    for number in np.nonzero(has & table.facets["lang"].mask({"fr"}, table.size))[0]:
        assert lifted[number] == pytest.approx(10.0 * min(1.0, 3 / named[number]))
    assert not lifted[~has].any()


def test_rarer_terms_score_higher_than_common_ones(context):
    common, rare = Term("text_fr", "traite"), Term("text_fr", "organ")
    scores_common, scores_rare = evaluate(common, context)[0], evaluate(rare, context)[0]
    assert scores_rare.max() > scores_common[scores_common > 0].min()


def test_a_chain_matches_where_every_pair_is_and_weighs_as_one_term(context):
    """GIVEN "traite des êtres humains" as pairs WHEN scored THEN as one term, not two."""
    first, second = Term("pairs_fr", "traite etre"), Term("pairs_fr", "etre humain")
    chain = Chain((first, second))
    scores, mask = evaluate(chain, context)
    assert set(np.nonzero(mask)[0]) == mask_of(first, context) & mask_of(second, context)
    summed = evaluate(AllOf((first, second)), context)[0]
    inside = np.nonzero(mask)[0]
    assert len(inside) and (scores[inside] < summed[inside]).all()
    alone = evaluate(Chain((first,)), context)[0]
    assert alone[inside] == pytest.approx(evaluate(first, context)[0][inside], rel=1e-5)


def test_pooled_ways_of_writing_share_one_idf(context):
    """GIVEN "traite" and "trafficking" pooled WHEN scored THEN the rarer word gains nothing.

    Apart, the English word is rare in the test corpus and outweighs the
    French one; pooled, both take the idf of the paragraphs having either.
    """
    french, english = Term("text_fr", "traite"), Term("text_en", "traffick")
    pooled, mask = evaluate(Pooled((french, english)), context)
    assert set(np.nonzero(mask)[0]) == mask_of(french, context) | mask_of(english, context)
    apart_en = evaluate(english, context)[0]
    in_english = np.nonzero(apart_en)[0]
    assert (pooled[in_english] <= apart_en[in_english] + 1e-6).all()
    df = int(mask.sum())
    idf = np.log(1 + (context.size - df + 0.5) / (df + 0.5))
    ratio = pooled[in_english] / apart_en[in_english]
    own_df = len(in_english)
    own_idf = np.log(1 + (context.size - own_df + 0.5) / (own_df + 0.5))
    assert ratio == pytest.approx(np.full(len(ratio), idf / own_idf), rel=1e-4)
