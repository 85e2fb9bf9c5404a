"""Citations of blind case list 12 (tests/fixtures/citations/blind12.md), read by the search
core: compound ordinals of preambular paragraphs, ranges and lists of lettered parts, a fifth
heading level, a section glued to its chapter, ``point 2`` as a sub-section."""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference

RES = "A/RES/48/161"


@pytest.mark.parametrize(
    "typed, preambular",
    [
        (f"{RES}, twenty-first preambular paragraph", (21,)),  # before: (1,), unsaid
        (f"{RES}, twenty-second preambular paragraph", (22,)),
        (f"{RES}, vingt et unième alinéa du préambule", (21,)),
        (f"{RES}, vingt-deuxième alinéa du préambule", (22,)),
    ],
)
def test_a_compound_ordinal_is_the_whole_number(typed, preambular):
    """GIVEN a preambular paragraph cited by a compound ordinal THEN its number, not the
    unit's (before: "twenty-first" read its "first", preambular paragraph 1, without a word)."""
    reference = parse_reference(typed)
    assert reference.preambular == preambular
    assert not reference.problems


def test_an_unknown_compound_ordinal_is_not_read_as_its_unit():
    """GIVEN an ordinal the list lacks THEN it is named, not read as its last word's unit."""
    reference = parse_reference(f"{RES}, fiftieth-first preambular paragraph")
    assert reference.preambular != (1,)


ITA = "A/HRC/WG.6/7/ITA/1"
WG4 = "CTOC/COP/WG.4/2010/6"


@pytest.mark.parametrize(
    "typed, item",
    [
        (f"{ITA}, sect. III.B.1 (a)-(b)", "a-b"),  # before: (a), "b" not read
        (f"{ITA}, section III.B.1(b)–(c)", "b-c"),
        (f"{ITA}, chapitre III, section B.1, alinéas a) à c)", "a-c"),  # before: B.1, "à c"
        (f"{ITA}, sect. III.B.1 (a) to (c)", "a-c"),
        (f"{ITA}, sect. III.B.1 (c)-(a)", "a-c"),  # backwards: read forwards
        (f"{ITA}, sect. III.B.1 (b) and (d)", "b,d"),  # before: (b), "(d)" dropped unsaid
        (f"{ITA} III.B.1(b), (c)", "b,c"),
    ],
)
def test_a_range_or_list_of_lettered_parts_is_read(typed, item):
    reference = parse_reference(typed)
    assert (reference.division, reference.division_item) == (("III", "B", "1"), item)
    assert not reference.problems


def test_a_lettered_part_before_a_paragraph_is_not_a_list():
    reference = parse_reference(f"{ITA}, sect. III.B.1 (b), para. 58")
    assert (reference.division_item, reference.paragraphs) == ("b", (58,))


@pytest.mark.parametrize(
    "value, items, label",
    [
        ("III.B.1.a-c", ("a", "b", "c"), "chap. III, sect. B.1 (a)–(c)"),
        ("III.B.1.b,d", ("b", "d"), "chap. III, sect. B.1 (b) and (d)"),
        ("III.B.1.b", ("b",), "chap. III, sect. B.1 (b)"),
    ],
)
def test_an_address_names_several_lettered_parts(value, items, label):
    from indexer.divisions import parse_value

    division = parse_value(value)
    assert (division.items, division.label, division.value) == (items, label, value)


def test_a_range_of_lettered_parts_opens_their_paragraphs(engine):
    from indexer.resolve import resolve

    found = resolve(engine, f"{ITA}, sect. III.B.1 (a)-(b)", "en")
    assert [hit.paragraph for hit in found.hits] == list(range(53, 62))
    assert found.message == f"{ITA}, chap. III, sect. B.1 (a)–(b): paras. 53–61"
    assert found.heading is None  # two headings: neither is the range's
    listed = resolve(engine, f"{ITA}, sect. III.B.1 (b) and (d)", "en")
    assert [hit.paragraph for hit in listed.hits] == [*range(56, 62), *range(65, 68)]
    assert listed.message == f"{ITA}, chap. III, sect. B.1 (b) and (d): paras. 56–61, 65–67"


def test_a_range_running_past_the_lettered_parts_opens_the_enclosing_division(engine):
    """GIVEN (c)-(f) of a sub-section lettered (a)-(d) THEN the sub-section, saying so (not
    (c)-(d) as if the range were all there)."""
    from indexer.resolve import resolve

    found = resolve(engine, f"{ITA}, sect. III.B.1 (c)-(f)", "en")
    assert (found.widened, found.paragraph_range) == (True, (53, 67))
    assert found.notes == (
        "no chap. III, sect. B.1 (c)–(f) in the document (it has a–d): read chap. III, sect. B.1",
    )
    lacking = resolve(engine, f"{WG4}, sect. II.D.1 (a)-(b)", "fr")
    assert (lacking.widened, lacking.paragraph_range) == (True, (50, 51))


@pytest.mark.parametrize(
    "typed, beside",
    [
        (f"{WG4}, chap. IV, sect. D, item 3", "item 3"),
        (
            f"The Working Group recommended in {WG4}, paras. 50–51 that victims not be punished",
            "Working Group recommended that victims not be punished",  # whole: not cut at 40
        ),
        (f"{RES}, op. 5; {ITA}, para. 68", ITA),  # the other document, not "op", "para"
        (f"{WG4}, para. 32", ""),
    ],
)
def test_what_a_query_says_besides_its_citation(typed, beside):
    """GIVEN a citation with other words THEN ``beside`` is those words, whole, and the other
    symbols named, never the citation's own words ("chap", "sect", "para", "op")."""
    assert parse_reference(typed).beside == beside


@pytest.mark.parametrize(
    "typed, division, item",
    [
        (f"{WG4}, chap. IVD", ("IV", "D", None), None),  # before: named as not read
        (f"{WG4}, chapitre IVB", ("IV", "B", None), None),
        (f"{ITA}, chap. IIIB", ("III", "B", None), None),
        (f"{ITA}, sect. IIIB.1 (b)", ("III", "B", "1"), "b"),
        (f"{ITA}, chap. III, sect. B, point 1 (c)", ("III", "B", "1"), "c"),  # before: not read
        (f"{ITA}, sect. III.B, point 2", ("III", "B", "2"), None),  # before: "point 2" not read
    ],
)
def test_a_glued_section_or_a_point_is_read(typed, division, item):
    reference = parse_reference(typed)
    assert (reference.division, reference.division_item) == (division, item)
    assert not reference.problems


@pytest.mark.parametrize(
    "typed",
    [
        f"{WG4}, chap. IVDD",  # no such glued section: named, not read as chapter IV
        f"{ITA}, sect. III.B.1, point 2",  # a second sub-section: named, not taken
    ],
)
def test_what_no_glued_section_or_point_can_be_is_named(typed):
    assert any(p.startswith("ignored:") for p in parse_reference(typed).problems)


def test_a_point_after_a_symbol_stays_a_paragraph():
    reference = parse_reference(f"{WG4}, point 32")
    assert (reference.paragraphs, reference.division) == ((32,), None)


@pytest.mark.parametrize(
    "typed, item, point",
    [
        (f"{ITA}, III.B.1(b)(ii)", "b", "ii"),  # before: "ii" not read
        (f"{ITA}, sect. III.B.1 (c)(i)", "c", "i"),
        (f"{ITA}, chapitre III, section B.1, b) ii)", "b", "ii"),
        (f"{ITA}, sect. III.B.1 (b), (c)", "b,c", None),  # a list, not a fifth level
    ],
)
def test_a_fifth_level_is_read(typed, item, point):
    reference = parse_reference(typed)
    assert (reference.division_item, reference.division_point) == (item, point)
    assert not reference.problems


def test_a_fifth_level_heading_is_numbered_and_addressed():
    from indexer.divisions import Division, numbers_of, parse_value

    path = ("III. Rights", "B. Civil", "1. Asylum", "b) Policy", "(ii) Reception")
    assert numbers_of(path) == Division("III", "B", "1", "b", "ii")
    assert numbers_of(path[:4]) == Division("III", "B", "1", "b")
    division = parse_value("III.B.1.b.ii")
    assert (division.label, division.enclosing.value) == (
        "chap. III, sect. B.1 (b)(ii)",
        "III.B.1.b",
    )
    assert parse_value("III.B.1.a-c.ii") is None  # a fifth level is under one lettered part


def test_a_fifth_level_the_document_lacks_opens_its_lettered_part_saying_so(engine):
    from indexer.resolve import resolve

    found = resolve(engine, f"{ITA}, III.B.1(b)(ii)", "en")
    assert (found.widened, found.paragraph_range) == (True, (56, 61))
    assert (found.division_item, found.division_point) == ("b", "ii")
    assert found.notes == (
        "no chap. III, sect. B.1 (b)(ii) in the document (it is not divided further): "
        "read chap. III, sect. B.1 (b)",
    )


@pytest.mark.parametrize(
    ("typed", "spec"),
    [
        (f"{WG4}, para. 67 (a)-(b)", "a-b"),
        (f"{WG4}, para. 67 (a)-(c)", "a-c"),
        (f"{WG4}, par. 32 a) et b)", "a,b"),
        (f"{WG4}, para. 31 (a) to (b)", "a-b"),
        (f"{WG4}, para. 31 (c)–(a)", "a-c"),
    ],
)
def test_several_sub_items_of_one_paragraph_are_all_kept(typed, spec):
    """GIVEN a range or list of one paragraph's sub-items THEN the paragraph with all of them,
    as an address writes them ("a-c", "a,b"), for its page to mark each. Before, none was
    kept and the paragraph opened whole (before that: (a) read, "b" searched, "No paragraph
    has “67”")."""
    reference = parse_reference(typed)
    assert (len(reference.paragraphs), reference.subitem, reference.problems) == (1, spec, ())


@pytest.mark.parametrize(
    ("typed", "indent", "subitem"),
    [
        (f"{WG4}, para. 32, second indent", 2, None),
        (f"{WG4}, para. 32, 2nd indent", 2, None),
        (f"{WG4}, par. 32, deuxième tiret", 2, None),
        (f"{WG4}, par. 32 b), premier tiret", 1, "b"),
        (f"{WG4}, para. 32 (b), indent 3", 3, "b"),
    ],
)
def test_an_indent_of_one_paragraph_is_read(typed, indent, subitem):
    """GIVEN a paragraph's indent, a dashed item ("second indent", "deuxième tiret") THEN it
    is read with the paragraph (before: "ignored: 'second indent'")."""
    reference = parse_reference(typed)
    assert (reference.paragraphs, reference.subitem, reference.indent) == ((32,), subitem, indent)
    assert reference.problems == ()


def test_an_indent_beside_a_division_is_left_unread():
    """An indent of a section is not one dashed item: left unread. (An indent of several
    paragraphs, "paras. 32-33, second indent", is read since: tests/test_citation_cite14.py.)"""
    section = parse_reference(f"{WG4}, chap. IV, sect. D, second indent")
    assert (section.indent, section.problems) == (None, ("ignored: 'second indent'",))


@pytest.mark.parametrize(
    "typed",
    [
        f"{WG4}, item 3",
        f"{WG4}, agenda item 3",
        f"{WG4}, item 3 of the provisional agenda",
        f"{WG4}, point 3 de l'ordre du jour",
        f"{WG4}, point 3 de l’ordre du jour provisoire",
    ],
)
def test_an_agenda_item_of_a_document_is_read(typed):
    """GIVEN a document's agenda item ("item 3", "point 3 de l'ordre du jour") THEN the
    document and the item, nothing else (before: "ignored: 'item 3'"; "point 3" was read as
    paragraph 3 and "de l'ordre du jour" ignored)."""
    reference = parse_reference(typed)
    assert (reference.symbol, reference.agenda_item, reference.paragraphs) == (WG4, 3, ())
    assert reference.problems == ()


def test_point_alone_after_a_symbol_stays_a_paragraph():
    reference = parse_reference(f"{WG4}, point 3")
    assert (reference.paragraphs, reference.agenda_item) == ((3,), None)
