"""End-of-line hyphenation: the document's own vocabulary decides."""

import pytest

from indexer.clean.joining import clean_line, join_lines, vocabulary


def test_word_broken_across_lines_is_rejoined_when_the_document_uses_it_whole():
    words = vocabulary(["la coordination des acteurs"])
    assert (
        join_lines(["renforcer la co-", "ordination des"], words) == "renforcer la coordination des"
    )


def test_real_compound_keeps_its_hyphen():
    words = vocabulary(["Friuli-Venezia Giulia", "non-discrimination"])
    assert (
        join_lines(["Regions (Friuli-", "Venezia Giulia)"], words)
        == "Regions (Friuli-Venezia Giulia)"
    )
    assert (
        join_lines(["principe de non-", "discrimination"], words)
        == "principe de non-discrimination"
    )


def test_unknown_break_keeps_the_hyphen_rather_than_inventing_a_word():
    assert join_lines(["quarante-", "neuvième session"], set()) == "quarante-neuvième session"


def test_dash_between_words_keeps_its_spaces():
    assert join_lines(["Italy will continue -", "in close coordination"], set()) == (
        "Italy will continue - in close coordination"
    )


def test_soft_hyphens_and_unmapped_glyphs_are_dropped():
    assert clean_line("imple\u00admen(cid:12)tation  du") == "implementation du"


def test_a_footnote_mark_after_a_broken_word_does_not_keep_its_hyphen():
    """GIVEN a word broken at a line end whose second half carries a footnote's superscript
    mark WHEN joined THEN the mark is no letter: "re-commandations³" had kept its hyphen, since
    "recommandations³" was found nowhere in the document."""
    words = vocabulary(["les recommandations", "organisée²"])
    assert "organisée" in words and "organisée²" not in words
    assert join_lines(["ses re-", "commandations³, et"], words) == "ses recommandations³, et"


def test_a_break_the_document_cannot_decide_is_decided_by_the_word_lists():
    """GIVEN a line-end hyphen whose joined word and hyphenated form the document writes
    nowhere else (a word processor hyphenates words it uses once) WHEN joined THEN the lists of
    English and French words decide: "gouver-nementaux" and "sui-vant" had kept their hyphens
    (so the French agenda was not read), while compounds keep theirs."""
    assert join_lines(["d'experts gouver-", "nementaux tenues"], set()) == (
        "d'experts gouvernementaux tenues"
    )
    assert join_lines(["principe de non-", "sanction"], set()) == "principe de non-sanction"
    assert join_lines(["les États-", "Unis"], set()) == "les États-Unis"
    assert join_lines(["a cross-", "border response"], set()) == "a cross-border response"
    assert join_lines(["en particulier lors-", "qu'elles craignaient"], set()) == (
        "en particulier lorsqu'elles craignaient"
    )
    assert join_lines(["la main-", "d'œuvre étrangère"], set()) == "la main-d'œuvre étrangère"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["sur cette question (CTOC/COP/", "WG.4/2011/3)."],
            "sur cette question (CTOC/COP/WG.4/2011/3).",
        ),
        (["la résolution A/", "RES/55/25"], "la résolution A/RES/55/25"),
        (["on 7 August 1987, 1/", "and the"], "on 7 August 1987, 1/ and the"),  # a typewriter mark
        (["and/", "or"], "and/ or"),
    ],
)
def test_a_symbol_cut_after_a_slash_is_one_word_again(lines, joined):
    """GIVEN a symbol a word processor cut after a slash at a line's end WHEN joined THEN its
    parts join with no space: "(CTOC/COP/ WG.4/2011/3)" read and copied as two words."""
    assert join_lines(lines, set()) == joined
