import pytest

from indexer.markers import MarkerType, ends_sentence, parse_marker, roman_to_int


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
