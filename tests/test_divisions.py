"""Citations of a document's chapters and sections: "chap. IV, sect. D" (indexer.divisions)."""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from indexer.divisions import Division, numbers_of, parse_value, spelled
from indexer.resolve import resolve

WG4 = "CTOC/COP/WG.4/2010/6"
ITA = "A/HRC/WG.6/7/ITA/1"


@pytest.mark.parametrize(
    "typed, division",
    [
        (f"{WG4}, chap. IV, sect. D", ("IV", "D", None)),
        (f"{ITA}, chap. III, sect. B", ("III", "B", None)),
        (f"{ITA}, chapter II", ("II", None, None)),
        (f"{WG4} section IV.D", ("IV", "D", None)),
        (f"{WG4} sect. III.B", ("III", "B", None)),
        (f"{ITA} sect. III.B.2", ("III", "B", "2")),
        (f"{ITA}, sect. B.2", (None, "B", "2")),
        (f"{WG4}, chapitre IV, section D", ("IV", "D", None)),
        (f"{WG4}, chap. IV.D", ("IV", "D", None)),
        (f"{WG4}, ch. ii", ("II", None, None)),
        (f"{WG4} section IV", ("IV", None, None)),
    ],
)
def test_a_chapter_or_section_typed_is_read(typed, division):
    """GIVEN a chapter or section typed after a symbol WHEN read THEN its numbers, and no word
    is left over (before: "ignored: 'chap IV sect'", and the whole document opened)."""
    reference = parse_reference(typed)
    assert reference.division == division
    assert not reference.problems


def test_a_paragraph_with_a_chapter_keeps_both():
    reference = parse_reference(f"{WG4}, chap. IV, para. 105")
    assert (reference.division, reference.paragraphs) == (("IV", None, None), (105,))


def test_headings_are_numbered_by_their_leading_labels_and_places():
    """The numbers are the headings' labels, by their place: a section lettered "I" under a
    chapter (Italy's report has one) is a section, not chapter I; "a)" under a sub-section or a
    section is the fourth level (Italy's "b) Asylum policy" under "1. Policy …"), elsewhere it
    adds nothing, nor do unnumbered headings."""
    path = (
        "II. NORMATIVE AND INSTITUTIONAL FRAMEWORK",
        "I. Institutional framework: bodies competent for human rights’ protection",
        "2. Other bodies",
    )
    assert numbers_of(path) == Division("II", "I", "2")
    assert numbers_of(("IV. Résumé des délibérations", "D. Non-sanction")) == Division("IV", "D")
    assert numbers_of(("III. X", "B. Y", "1. Z", "a) Evolution")) == Division("III", "B", "1", "a")
    assert numbers_of(("IV. X", "D. Y", "(c) Z")) == Division("IV", "D", None, "c")
    assert numbers_of(("a) Evolution",)) == Division()
    assert numbers_of(("III. X", "a) Evolution")) == Division("III")
    assert numbers_of(("Dialogue with religious communities",)) == Division()
    assert numbers_of(()) == Division()


def test_labels_and_addresses():
    assert Division("IV", "D").label == "chap. IV, sect. D"
    assert Division("III", "B", "2").label == "chap. III, sect. B.2"
    assert Division("IV").value == "IV" and Division("III", "B", "2").value == "III.B.2"
    assert parse_value("IV.D") == Division("IV", "D")
    assert parse_value("III.B.2") == Division("III", "B", "2")
    assert parse_value("D") is None and parse_value("<b>") is None and parse_value("") is None
    assert spelled(["I", "II", "III", "IV"]) == "I–IV"
    assert spelled(["A", "B", "D"]) == "A, B and D"


def test_a_section_opens_its_paragraphs_in_order(engine):
    """GIVEN "CTOC/COP/WG.4/2010/6, chap. IV, sect. D" WHEN resolved THEN its paragraphs
    103–109 in document order, named UN-style with its heading and range."""
    found = resolve(engine, f"{WG4}, chap. IV, sect. D")
    assert found.status == 200
    assert [h.paragraph for h in found.hits] == list(range(103, 110))
    assert found.message == f"{WG4}, chap. IV, sect. D: paras. 103–109"
    assert found.heading.startswith("D. Non-sanction")
    assert found.paragraph_range == (103, 109)
    assert (found.chapter, found.section, found.subsection) == ("IV", "D", None)
    assert not found.notes


@pytest.mark.parametrize(
    "typed, first, last, heading",
    [
        (f"{ITA}, chap. III, sect. B", 49, 111, "B. "),
        (f"{ITA} sect. III.B.2", 68, 71, "2. "),
        (f"{ITA}, chapter II", 3, 45, "II. "),
        (f"{ITA}, sect. I.2", 23, 31, "2. "),  # section I of chapter II: its one chapter
        (f"{WG4} section IV", 77, 115, "IV. "),
    ],
)
def test_chapters_sections_and_sub_sections_resolve(engine, typed, first, last, heading):
    found = resolve(engine, typed, "en")
    assert found.status == 200 and found.paragraph_range == (first, last)
    numbers = [h.paragraph for h in found.hits]
    assert numbers == sorted(numbers) and (numbers[0], numbers[-1]) == (first, last)
    assert found.heading.startswith(heading)


@pytest.mark.parametrize(
    "typed, lacking, available, message",
    [
        (f"{WG4}, chap. IX", "chapter", ("I", "II", "III", "IV"), "it has chapters I–IV."),
        (
            f"{WG4}, chap. IV, sect. G",
            "section",
            ("IV.A", "IV.B", "IV.C", "IV.D", "IV.E"),
            "chapter IV has sections A–E.",
        ),
        (f"{WG4}, chap. I, sect. A", "section", (), "chapter I has no sections."),
        (f"{WG4}, sect. D", "ambiguous", ("II", "IV"), "a section D in chapters II and IV"),
        (f"{ITA} sect. III.B.12", "subsection", None, "has sub-sections 1–10."),
        ("A/RES/48/161, chap. II", "none", (), "has no numbered chapters or sections."),
    ],
)
def test_a_division_the_document_lacks_says_what_it_has(engine, typed, lacking, available, message):
    found = resolve(engine, typed)
    assert found.status == 404 and found.lacking_part == lacking
    assert available is None or found.available_parts == available
    assert message in found.message and not found.hits


def test_a_paragraph_number_wins_with_a_note_when_elsewhere(engine):
    """GIVEN "chap. IV, para. 105" THEN paragraph 105 (numbered through the document), no
    note; "chap. IV, para. 30" opens paragraph 30 with a note that it is in another chapter."""
    inside = resolve(engine, f"{WG4}, chap. IV, para. 105")
    assert [h.paragraph for h in inside.hits] == [105] and not inside.notes
    outside = resolve(engine, f"{WG4}, chap. IV, para. 30")
    assert [h.paragraph for h in outside.hits] == [30]
    assert outside.notes == ("not in chap. IV (paragraphs 77–115): 30",)
    lacking = resolve(engine, f"{WG4}, chap. IX, para. 30")
    assert lacking.found and lacking.notes == ("no chap. IX in the document",)
