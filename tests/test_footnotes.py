"""Footnote reference marks: every way extractions leave them in the words."""

import pytest

from indexer.footnotes import (
    footnote_opening,
    star_refs,
    strip_glued_refs,
    strip_loose_ref,
    strip_refs,
)


@pytest.mark.parametrize(
    ("text", "clean", "marks"),
    [
        ("exploitation du travail⁶, notamment", "exploitation du travail, notamment", ("6",)),
        ("organisée² et d'autres", "organisée et d'autres", ("2",)),
        ("du Groupe de travail⁸, ⁹.", "du Groupe de travail.", ("8", "9")),
        ("contre la traite¹², est", "contre la traite, est", ("12",)),
        ("on 7 August 1987, 1/ and the", "on 7 August 1987, and the", ("1",)),
        ("on 16 January 1992 3/,", "on 16 January 1992,", ("3",)),
        ("resolution 47/118 of 18 December", "resolution 47/118 of 18 December", ()),
        ("la résolution 5/1 du Conseil", "la résolution 5/1 du Conseil", ()),
        ("E/2002/68/Add.1.", "E/2002/68/Add.1.", ()),
    ],
)
def test_reference_marks_are_removed_from_words(text, clean, marks):
    assert strip_refs(text) == (clean, marks)


def test_glued_digits_are_removed_only_for_known_footnotes():
    text = "respect of human rights.12 The report E/2002/68/Add.1 and 1 500 delegates."
    assert strip_glued_refs(text, {"12", "1"}) == (
        "respect of human rights. The report E/2002/68/Add.1 and 1 500 delegates.",
        ("12",),
    )
    assert strip_glued_refs("human rights.12 The", {"3"}) == ("human rights.12 The", ())


def test_loose_mark_after_a_closing_quote():
    text = "Guide à l'usage des parlementaires\" 15; ce manuel a été lancé"
    assert strip_loose_ref(text, "15") == (
        "Guide à l'usage des parlementaires\"; ce manuel a été lancé",
        True,
    )
    assert strip_loose_ref("plus de 1 500 parlementaires", "15")[1] is False


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("⁴ CTOC/COP/WG.4/2009/2.", ("4", "CTOC/COP/WG.4/2009/2.")),
        ("¹⁰ Publication des Nations Unies", ("10", "Publication des Nations Unies")),
        ("1/ A/42/521-S/19085, annex.", ("1", "A/42/521-S/19085, annex.")),
        ("* Le présent document", ("*", "Le présent document")),
        ("*CTOC/COP/WG.4/2011/1.", ("*", "CTOC/COP/WG.4/2011/1.")),  # LaTeX: no space after
        ("Le présent document", None),
        ("1. Nations Unies, Recueil des Traités", None),  # only among a page's notes
    ],
)
def test_footnote_openings(text, opening):
    assert footnote_opening(text) == opening


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("1. Nations Unies, Recueil des Traités", ("1", "Nations Unies, Recueil des Traités")),
        ("12. CTOC/COP/WG.4/2011/1.", ("12", "CTOC/COP/WG.4/2011/1.")),
        ("⁴ CTOC/COP/WG.4/2009/2.", ("4", "CTOC/COP/WG.4/2009/2.")),
        ("2011. Le rapport", None),
    ],
)
def test_among_notes_a_number_and_a_period_opens_a_note(text, opening):
    """GIVEN the notes at a page's foot numbered as French typography has them ("1. Nations
    Unies…": babel's french) WHEN read among the notes THEN each opens a note: they had been
    one note without a mark, the document's every note in it, attached to one paragraph."""
    assert footnote_opening(text, dotted=True) == opening


def test_a_cover_references_its_notes_by_stars():
    rows = ["Item 2 of the provisional agenda*", "RESOLUTION 5/1 **", "Distr.: General"]
    assert star_refs(rows) == {"*", "**"}
    assert star_refs(["Distr.: General", "4 August 2011"]) == set()
