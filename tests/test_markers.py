import pytest

from indexer.markers import (
    MarkerType,
    ends_sentence,
    parse_marker,
    roman_to_int,
    untaken_numbers,
)


@pytest.mark.parametrize(
    ("text", "kind", "label", "rest"),
    [
        ("I. Introduction", MarkerType.ROMAN, "I", "Introduction"),
        ("IV. Résumé des délibérations", MarkerType.ROMAN, "IV", "Résumé des délibérations"),
        ("B. Adoption de l'ordre du jour", MarkerType.UPPER, "B", "Adoption de l'ordre du jour"),
        ("12. Les États parties devraient", MarkerType.DIGIT, "12", "Les États parties devraient"),
        ("115. Les orateurs", MarkerType.DIGIT, "115", "Les orateurs"),
        ("4 . The representatives", MarkerType.DIGIT, "4", "The representatives"),  # R12
        ("a) Ouverture de la réunion;", MarkerType.LOWER, "a", "Ouverture de la réunion;"),
        ("(b) Adoption of the agenda", MarkerType.LOWER, "b", "Adoption of the agenda"),
        ("ii) second item", MarkerType.LOWER, "ii", "second item"),
        ("- Dans sa décision", MarkerType.BULLET, "-", "Dans sa décision"),
    ],
)
def test_markers_are_recognised(text, kind, label, rest):
    marker = parse_marker(text)
    assert marker is not None
    assert (marker.type, marker.label, marker.rest) == (kind, label, rest)


@pytest.mark.parametrize(
    "text",
    ["2009, le Groupe", "4/4 de la Conférence", "E. coli", "A/RES/48/161", "Art. 3", "60.2).", ""],
)
def test_non_markers(text):
    assert parse_marker(text) is None


@pytest.mark.parametrize(
    ("label", "value"), [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("Q", None)]
)
def test_roman_numerals(label, value):
    assert roman_to_int(label) == value


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("les victimes.", True),
        ("suivants:", True),
        ("la", False),
        ("ces méthodes", False),
        ('"Affected for Life".', True),
        ("organisée,", False),
    ],
)
def test_sentence_ends(text, ends):
    assert ends_sentence(text) is ends


def test_a_speaker_title_is_not_a_section_letter():
    assert parse_marker("M. Jan Austad a évoqué les moyens") is None


PROSE = "At its meeting, the Working Group adopted the recommendations set out below."


@pytest.mark.parametrize(
    ("openings", "paragraphs", "form"),
    [
        ([f"{n}) {PROSE}" for n in range(1, 7)], 6, "'1)'"),
        ([f"({n}) {PROSE}" for n in range(1, 7)], 6, "'(1)'"),
        ([f"{n} {PROSE}" for n in range(1, 7)], 7, "'1' with no period"),  # "1<TAB>At its…"
    ],
)
def test_paragraphs_numbered_in_a_form_not_taken_are_named(openings, paragraphs, form):
    """GIVEN a document whose paragraphs all open with "1)", "(1)" or "1" and a tab, counting
    1, 2, 3… WHEN segmented THEN a warning says so; before, they were indexed pp1–pp6, the
    number kept in the text, with no warning (round-5 R12). They are not read as numbers:
    "1)" and "(1)" also open the items of a list inside a paragraph."""
    warning = untaken_numbers(openings, paragraphs)
    assert warning == (
        f"6 of the {paragraphs} paragraphs open with a number written {form}, not '1.': it is "
        "not read as a paragraph number, and they are indexed unnumbered (pp1, pp2…) — check "
        "the numbering"
    )


@pytest.mark.parametrize(
    ("openings", "paragraphs"),
    [
        (["1) first item;", "2) second item;", "3) third item."], 20),  # a list in a paper
        ([f"{n}) {PROSE}" for n in (1, 2)], 2),  # too few to tell
        ([f"{n} {PROSE}" for n in (15, 3, 40, 7)], 4),  # "15 States reported…": no count
    ],
)
def test_a_few_or_uncounted_numbers_are_no_numbering(openings, paragraphs):
    assert untaken_numbers(openings, paragraphs) is None
