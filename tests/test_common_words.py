"""Words in common use (wordfreq's lists): no slips, and words broken at a line's end."""

from __future__ import annotations

import pytest

from indexer.common_words import common_word, one_word


@pytest.mark.parametrize(
    ("word", "common"),
    [("hate", True), ("dette", True), ("victmes", False), ("goverment", False)],
)
def test_a_common_word_is_no_slip(word, common):
    assert common_word(word) is common


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("gouver", "nementaux", True),  # a word processor's break, the word written once
        ("repré", "sentants", True),
        ("sui", "vant", True),
        ("in", "complètes", True),  # both parts are words, the joined one is commoner
        ("considera", "tion", True),
        ("crimi", "nalized", True),  # a word of the field, rarer than the small lists go
        ("non", "sanction", False),  # compounds cut at their hyphen
        ("États", "Unis", False),
        ("follow", "up", False),
        ("cross", "border", False),
        ("anti", "trafficking", False),
        ("quarante", "neuvième", False),
        ("Friuli", "Venezia", False),
        ("lui", "même", False),
        ("in", "complete", True),  # a function word first: the joined word decides
        ("in", "effective", True),
        ("on", "going", True),
        ("in", "house", False),
        ("in", "depth", False),
        ("on", "site", False),
        ("peut", "être", False),
        ("celle", "ci", False),
        ("out", "come", True),  # TeX's break: the joined word is very common by itself
    ],
)
def test_the_parts_of_a_broken_word_make_one_word_and_a_compound_keeps_its_hyphen(
    first, second, joined
):
    assert one_word(first, second) is joined


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [("lors", "qu", True), ("puis", "qu", True), ("aujour", "d", True), ("main", "d", False)],
)
def test_a_word_broken_before_an_elision_is_decided_by_the_joined_word(first, second, joined):
    """GIVEN "lors-" / "qu'elles" WHEN judged THEN "lorsqu" decides alone: "lors qu" as a
    phrase is common, and had kept the hyphen ("lors-qu'elles"); "main-d'œuvre" keeps it."""
    assert one_word(first, second, elided=True) is joined
