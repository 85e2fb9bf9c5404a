"""End-of-line hyphenation: the document's own vocabulary decides."""

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
