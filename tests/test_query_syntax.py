"""The query syntax as people type it (round 12 of the blind probes,
tests/fixtures/syntax/blind12.md): what the search core answers to operators alone, phrases
found nowhere, stars inside words, prefixes that exclude each other and pasted web addresses."""

from indexer.index.api import SearchRequest


def search(engine, q, **kw):
    return engine.search(SearchRequest(q=q, **kw))


def codes(result):
    return [n.code for n in result.notices]


def test_a_negation_alone_has_nothing_to_rank(engine):
    """GIVEN a query of NOT alone ("NOT Italy", "SAUF Italie", "-enfants") WHEN searched THEN
    the result says it is not ranked, as filters alone do (it said it was, and the page
    offered "Sort: relevance" over results in document order); with a word, it is."""
    for query in ("NOT Italy", "SAUF Italie", "-enfants"):
        result = search(engine, query)
        assert result.total > 0 and not result.ranked, query
    assert search(engine, "traite NOT Italy").ranked
    assert search(engine, "NOT Italy", sort="document").hits == search(engine, "NOT Italy").hits


def test_no_equivalents_notice_when_the_equivalents_find_nothing(engine):
    """GIVEN a quoted phrase of glossary words that no paragraph has, as written or through
    its equivalents WHEN searched THEN only "not found" is said: it had also said "showing
    equivalent terms" over no result."""
    result = search(engine, '"traite OR exploitation"')
    assert result.total == 0
    assert codes(result) == ["not-found"]
    # found through its equivalents, the notice stays
    assert "phrase-equivalents" in codes(search(engine, '"forced labour" OR « travail forcé »'))
