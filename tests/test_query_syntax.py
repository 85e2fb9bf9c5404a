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
    equivalent terms" over no result. (Now its words are searched without quotes, and that
    is what the notice says.)"""
    result = search(engine, '"traite OR exploitation"')
    assert result.total > 0
    assert codes(result) == ["phrase-unquoted"]
    # found through its equivalents, the notice stays
    assert "phrase-equivalents" in codes(search(engine, '"forced labour" OR « travail forcé »'))


def test_a_web_address_is_left_out_with_a_notice(engine):
    """GIVEN a web address that names no UN document, pasted before a word WHEN searched THEN
    it is left out and named ("web-address"), and the word alone is searched. Before, the
    notices said "“https:” is not a filter", then "corrected" the address into its pieces
    (www, org, en, human, trafficking), which found 344 paragraphs where "traite" finds 144."""
    typed = search(engine, "https://www.unodc.org/unodc/en/human-trafficking/ traite")
    alone = search(engine, "traite")
    assert [h.id for h in typed.hits] == [h.id for h in alone.hits]
    assert typed.total == alone.total
    assert [(n.code, dict(n.values)) for n in typed.notices] == [
        ("web-address", {"address": "https://www.unodc.org/unodc/en/human-trafficking/"})
    ]
    # an address alone: every paragraph, said by that notice alone
    assert codes(search(engine, "www.unodc.org")) == ["web-address"]


def test_a_link_to_a_document_is_searched_as_its_symbol(engine):
    """GIVEN a link to a UN document among other words WHEN searched THEN the link is the
    document's symbol (its paragraphs and those citing it), as typed: it had been "“https:”
    is not a filter" and the address searched as a word."""
    for link in ("https://undocs.org/A/RES/48/161", "https://undocs.org/en/A/RES/48/161"):
        linked = search(engine, f"{link} peace")
        assert not linked.notices, link
        assert linked.total == search(engine, "A/RES/48/161 peace").total


def test_a_star_inside_a_word_stands_for_any_letters(engine):
    """GIVEN a word with a * inside ("tr*te", "organi*ation") WHEN searched THEN it stands for
    the corpus words that begin with its first letters and match the rest, named in the
    wildcard notice. Before, "tr*te" was "corrected" into "tr te" and found nothing."""
    result = search(engine, "tr*te")
    assert result.total > 0 and "corrected" not in codes(result)
    (notice,) = result.notices
    assert notice.code == "wildcard"
    assert "traite" in dict(notice.values)["words"].split(", ")
    spelled = search(engine, "organi*ation")
    assert dict(spelled.notices[0].values)["words"] == "organisation, organization"
    # none matching: said, and the word searched without its *
    nothing = search(engine, "zz*zzq")
    assert [(n.code, dict(n.values)) for n in nothing.notices] == [
        ("no-wildcard-words", {"word": "zz*zzq", "typed": "zzzzq"}),
        ("not-found", {"word": "zzzzq"}),
    ]


def test_prefixes_that_exclude_each_other_are_named(engine):
    """GIVEN two prefixes that each select paragraphs but that no paragraph has both of
    ("lang:fr lang:en": a paragraph has one language) WHEN searched THEN the search says so
    and how to have either: it found nothing without a word, and the page advised checking
    the spelling. Prefixes that some paragraphs have both of are left alone."""
    for query, first, second in (
        ("lang:fr lang:en traite", "lang:fr", "lang:en"),
        ("année:2009 année:2010", "année:2009", "année:2010"),  # as typed
        ("lang:en symbol:CTOC/COP/WG.4/2010/6", "lang:en", "symbol:CTOC/COP/WG.4/2010/6"),
    ):
        result = search(engine, query)
        assert result.total == 0
        assert [(n.code, dict(n.values)) for n in result.notices] == [
            ("exclusive-prefixes", {"first": first, "second": second})
        ], query
    assert search(engine, "lang:fr OR lang:en traite").total > 0
    both = search(engine, "state:ITA state:NOR")
    assert both.total > 0 and not both.notices
    # a value no paragraph has is named as such, not as a clash
    assert codes(search(engine, "year:2050 lang:fr")) == ["absent-value"]


def test_notices_name_a_prefix_as_it_was_typed(engine):
    """GIVEN a prefix typed under another of its names ("pays:", "année:", "langue:") WHEN
    its value is a group, means nothing or selects nothing THEN the notice names it as typed
    ("pays:nordiques"), while its values keep the facet for programs ("name": "state"); the
    notices had named "state:nordiques", a prefix the reader had not written. A filter passed
    as a parameter is named by its facet."""
    for query, code, shown, facet in (
        ("traite pays:nordiques", "group-filter", "“pays:nordiques”", "state"),
        ("traite pays:Atlantis", "unknown-value", "“pays:Atlantis”", "state"),
        ("traite année:1990", "absent-value", "“année=1990”", "year"),
    ):
        (notice,) = search(engine, query).notices
        assert (notice.code, dict(notice.values)["name"]) == (code, facet), query
        assert shown in notice.message, query
    (notice,) = search(engine, "traite", filters={"state": ("Atlantis",)}).notices
    assert "“state:Atlantis”" in notice.message


def test_notices_follow_the_order_of_the_prefixes_each_named_once(engine):
    """GIVEN a value typed twice under two names of its facet, around another prefix WHEN the
    values mean nothing THEN each is named once, where it first stands, as first typed."""
    result = search(engine, "traite pays:Atlantis lang:de state:Atlantis")
    assert [(n.code, dict(n.values)["typed"], dict(n.values)["value"]) for n in result.notices] == [
        ("unknown-value", "pays", "Atlantis"),
        ("unknown-value", "lang", "de"),
    ]
