"""A fourth heading level and malformed division parts in typed citations (blind case list 11).

Italy's report (A/HRC/WG.6/7/ITA/1) letters sub-sub-sections under numbered sub-sections:
"1. Policy on asylum …" then "a) Evolution …", "b) Asylum policy …". A citation may name one
(``sect. III.B.1 (b)``); a document without it opens the enclosing division, saying so. Malformed
parts are read as meant (``chap. IV..D``) or named, never dropped without a word.
"""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from indexer.divisions import Division, parse_value
from indexer.resolve import resolve

WG4 = "CTOC/COP/WG.4/2010/6"
ITA = "A/HRC/WG.6/7/ITA/1"


@pytest.mark.parametrize(
    "typed",
    [
        f"{ITA}, section III.B.1(b)",
        f"{ITA}, sect. III.B.1 (b)",
        f"{ITA}, sect. III.B.1 b)",
        f"{ITA}, III.B.1.b",
        f"{ITA} III.B.1(b)",
        f"{ITA}, sect. III.B.1.b",
        f"{ITA}, chap. III, sect. B.1(b)",
        f"{ITA}, chap. III, sect. B, subsect. 1 (b)",
        f"{ITA}, chapitre III, section B.1, b)",
        f"{ITA}, chapitre III, section B, sous-section 1, alinéa b)",
        f"{ITA}, Section III(B)(1)(b)",
        f"{ITA}, part III, sect. B.1(b)",
    ],
)
def test_a_sub_sub_section_typed_is_read(typed):
    """GIVEN the fourth level typed in the ways people write it THEN the division and its
    letter, nothing left over (before: "ignored: 'b'", and sub-section III.B.1 offered)."""
    reference = parse_reference(typed)
    assert (reference.division, reference.division_item) == (("III", "B", "1"), "b")
    assert not reference.problems


@pytest.mark.parametrize(
    "typed, division",
    [
        (f"{WG4}, chap. IV..D", ("IV", "D", None)),  # before: chap. IV, "D" dropped unsaid
        (f"{WG4}, sect. IV..D", ("IV", "D", None)),
        (f"{WG4}, ch. IV(D)", ("IV", "D", None)),  # before: chap. IV, "D" dropped unsaid
        (f"{WG4}, section IV-D", ("IV", "D", None)),  # before: chap. IV, "D" dropped unsaid
        (f"{WG4}, sect. IV/D", ("IV", "D", None)),  # before: nothing read
        (f"{WG4}, chap. 4, sect. D", ("IV", "D", None)),  # before: "chap 4" dropped
        (f"{WG4}, chap. IV, sect. DD", ("IV", "DD", None)),  # before: "sect DD" ignored
        (f"{WG4}, sect. IV.DD", ("IV", "DD", None)),
        (f"{WG4}, chap. IV, sect. D, sous-sect. 2", ("IV", "D", "2")),  # before: ignored
    ],
)
def test_malformed_parts_are_read_as_written_or_meant(typed, division):
    reference = parse_reference(typed)
    assert reference.division == division
    assert not reference.problems


def test_look_alikes_stay_as_they_were():
    """A Roman numeral after "section" is a chapter; a section's single letter stays a letter;
    a lone "section de …" is no division; a letter after a chapter alone is not read."""
    assert parse_reference(f"{WG4} section IV").division == ("IV", None, None)
    assert parse_reference(f"{WG4} sect. V").division == (None, "V", None)
    assert parse_reference("section de la traite") is None
    chapter_letter = parse_reference(f"{WG4}, chap. IV (a)")
    assert chapter_letter.division == ("IV", None, None)
    assert chapter_letter.division_item is None
    assert chapter_letter.problems == ("ignored: 'a'",)
    assert parse_reference("2010 IV.D") is None  # a bare division only just after a symbol
    # a capital in brackets after a division is the language version wanted, as after a
    # paragraph: "(E)" is English, not a lettered part "e"
    language = parse_reference(f"{WG4}, chap. IV, sect. D (E)")
    assert (language.division, language.division_item) == (("IV", "D", None), None)


def test_addresses_and_labels_of_the_fourth_level():
    assert Division("III", "B", "1", "b").label == "chap. III, sect. B.1 (b)"
    assert Division("III", "B", "1", "b").value == "III.B.1.b"
    assert parse_value("III.B.1.b") == Division("III", "B", "1", "b")
    assert parse_value("IV.D.a") == Division("IV", "D", None, "a")
    assert parse_value("III.B.1.B") is None
    assert Division("III", "B", "1", "b").enclosing == Division("III", "B", "1")


def test_a_sub_sub_section_opens_its_paragraphs(engine):
    found = resolve(engine, f"{ITA}, section III.B.1(b)", "en")
    assert found.status == 200
    assert [h.paragraph for h in found.hits] == list(range(56, 62))
    assert found.heading == "b) Asylum policy; refugee integration within the Italian society"
    assert found.message == f"{ITA}, chap. III, sect. B.1 (b): paras. 56–61"
    assert (found.subsection, found.division_item, found.widened) == ("1", "b", False)
    assert found.notes == ()


@pytest.mark.parametrize(
    "typed, opened, note",
    [
        (
            f"{ITA}, sect. III.B.1(e)",
            (53, 67),
            "no chap. III, sect. B.1 (e) in the document (it has a–d): read chap. III, sect. B.1",
        ),
        (
            f"{ITA}, sect. III.B.2(a)",
            (68, 71),
            "no chap. III, sect. B.2 (a) in the document (it has no lettered parts): "
            "read chap. III, sect. B.2",
        ),
        (
            f"{WG4}, sect. II.A.2(a)",
            (9, 12),
            "no chap. II, sect. A.2 (a) in the document (it has no lettered parts): "
            "read chap. II, sect. A.2",
        ),
    ],
)
def test_a_missing_fourth_level_opens_the_enclosing_division_saying_so(engine, typed, opened, note):
    """GIVEN a lettered part the document lacks THEN the nearest enclosing division, with a
    note (before: the letter was "ignored" and the sub-section offered among search results)."""
    found = resolve(engine, typed, "fr")
    assert found.status == 200
    assert found.paragraph_range == opened
    assert found.widened
    assert found.notes == (note,)


def test_a_paragraph_with_a_missing_fourth_level_says_so(engine):
    found = resolve(engine, f"{ITA}, sect. III.B.2(a), para. 69", "en")
    assert [h.paragraph for h in found.hits] == [69]
    assert found.notes == ("no chap. III, sect. B.2 (a) in the document",)


def test_a_section_the_chapter_lacks_is_a_404_naming_it(engine):
    """``sect. DD`` had been dropped: the whole of chapter IV offered, "DD" searched."""
    found = resolve(engine, f"{WG4}, chap. IV, sect. DD")
    assert found.status == 404
    assert found.message == (f"{WG4} has no chap. IV, sect. DD; chapter IV has sections A–E.")


def test_a_sub_section_names_its_one_chapter(engine):
    """``sect. B.1 (b)``: section B is in chapters II to V, sub-section B.1 only in III."""
    found = resolve(engine, f"{ITA}, sect. B.1 (b)", "en")
    assert found.status == 200
    assert found.paragraph_range == (56, 61)


def test_a_part_lettered_only_in_the_table_of_contents_is_read_by_its_letter(engine):
    """GIVEN Italy's report, whose contents list "a) Dialogue with religious communities ……
    75 - 76" and whose text sets the heading without its "a)" WHEN sect. III.B.3 (a) is cited
    THEN its two paragraphs open, in both languages: the part had no letter, and the citation
    opened all of III.B.3 saying it "has no lettered parts"."""
    for lang, heading in [
        ("en", "a) Dialogue with religious communities"),
        ("fr", "a) Le dialogue avec les communautés religieuses"),
    ]:
        found = resolve(engine, f"{ITA}, sect. III.B.3 (a)", lang)
        assert found.status == 200 and not found.widened
        assert [h.paragraph for h in found.hits] == [75, 76]
        assert found.heading == heading


def test_a_heading_takes_the_label_of_the_one_contents_entry_written_as_it():
    from indexer.clean.contents import contents_labels, labelled_headings
    from indexer.models import Block, Role

    labels = contents_labels(
        [
            "a) Dialogue with religious communities ............. 75 - 76 15",
            "3. Integration policies....................... 72 - 74 15",
            "b) Other . . . . . . 12",
            "c) Other …… 14",  # the same text under another letter: no label
            "Paragraphs Page",
        ]
    )
    assert labels["dialogue with religious communities"] == "a)"
    assert labels["other"] is None
    blocks = [
        Block(Role.HEADING, "Dialogue with  religious communities"),
        Block(Role.BODY, "Dialogue with religious communities is encouraged."),  # a paragraph
        Block(Role.HEADING, "3. Integration policies"),  # numbered already
        Block(Role.HEADING, "Other"),
    ]
    assert [b.text for b in labelled_headings(blocks, labels)] == [
        "a) Dialogue with  religious communities",
        "Dialogue with religious communities is encouraged.",
        "3. Integration policies",
        "Other",
    ]
