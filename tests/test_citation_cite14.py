"""The forms still read wrongly or partly after blind case list 13 (session cite14).

- an indent of several paragraphs, "paras. 31-32, first indent", "par. 31 et 32, premier
  tiret": "first indent" had been searched as words beside the document;
- an agenda item beside several paragraphs, "item 4, paras. 40-42": "item 4" had been searched
  as words, and "point 4 de l'ordre du jour, par. 40 à 42" had read paragraph 4 too;
- several agenda items one of which is lettered, "items 1 (a) and 2", "points 1 a) et 2": the
  lettered item ended the list, "and 2" was searched as words ("points 1 a) et 2" had even
  opened paragraph 1).
"""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from search_app import readings

WG4 = "CTOC/COP/WG.4/2010/6"


@pytest.mark.parametrize(
    "typed, paragraphs, indent",
    [
        (f"{WG4}, paras. 31-32, first indent", (31, 32), 1),
        (f"{WG4}, par. 31 et 32, premier tiret", (31, 32), 1),
        (f"{WG4}, paras. 31–32, 2nd indent", (31, 32), 2),
        (f"{WG4} paragraphs 31 and 33 first indent", (31, 33), 1),
        (f"{WG4}, paragraphes 31 à 33, deuxième tiret", (31, 32, 33), 2),
        (f"{WG4}, paras 31-32, indent 3", (31, 32), 3),
    ],
)
def test_an_indent_of_several_paragraphs_is_read(typed, paragraphs, indent):
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.indent) == (paragraphs, indent)
    assert reference.problems == ()


@pytest.mark.parametrize(
    "typed, preambular, indent",
    [
        ("A/RES/48/161, pp3, second indent", (3,), 2),
        ("A/RES/48/161, preambular para. 3, first indent", (3,), 1),
        ("A/RES/48/161, pp. 3-4, first indent", (3, 4), 1),
    ],
)
def test_an_indent_of_preambular_paragraphs_is_read(typed, preambular, indent):
    """Before, "second indent" beside a preambular paragraph was searched as words."""
    reference = parse_reference(typed)
    assert (reference.preambular, reference.indent) == (preambular, indent)
    assert reference.problems == ()


def test_an_indent_beside_a_section_is_still_left_unread():
    reference = parse_reference(f"{WG4}, chap. IV, sect. D, second indent")
    assert (reference.indent, reference.problems) == (None, ("ignored: 'second indent'",))


@pytest.mark.parametrize(
    "typed, paragraphs, item",
    [
        (f"{WG4}, item 4, paras. 40-42", (40, 41, 42), 4),
        (f"{WG4}, item 4, paras. 40-41", (40, 41), 4),
        (f"{WG4}, point 4 de l'ordre du jour, par. 40 à 42", (40, 41, 42), 4),
        (f"{WG4}, item 4 paras 40 – 42", (40, 41, 42), 4),
        (f"{WG4}, agenda item 2, paragraphs 40 and 41", (40, 41), 2),
        (f"{WG4}, point 3 de l’ordre du jour, paragraphes 36 à 40", (36, 37, 38, 39, 40), 3),
        (f"{WG4}, paras. 40-42, item 4", (40, 41, 42), 4),
    ],
)
def test_an_agenda_item_beside_several_paragraphs_is_read(typed, paragraphs, item):
    """GIVEN an agenda item beside several paragraphs THEN both are read, nothing left over:
    the paragraphs are cited, the item kept for their page to check. Before, "item 4" was
    searched as words, and the French form read "point 4" as paragraph 4 too."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.agenda_item) == (paragraphs, item)
    assert reference.problems == ()


@pytest.mark.parametrize(
    "typed, paragraphs, items",
    [
        (f"{WG4}, items 4 and 5, paras. 40-42", (40, 41, 42), (4, 5)),
        (f"{WG4}, points 2 et 3 de l'ordre du jour, par. 40", (40,), (2, 3)),
    ],
)
def test_several_agenda_items_beside_paragraphs_are_read(typed, paragraphs, items):
    """Before, "items 4 5" were searched as words beside the document."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.agenda_items) == (paragraphs, items)
    assert reference.problems == ()


@pytest.mark.parametrize(
    "typed, items, letters",
    [
        (f"{WG4}, items 1 (a) and 2", (1, 2), ("1 (a)",)),
        (f"{WG4}, items 1(a) and 2", (1, 2), ("1 (a)",)),
        (f"{WG4}, points 1 a) et 2", (1, 2), ("1 (a)",)),
        (f"{WG4}, points 1 a) et 2 de l'ordre du jour", (1, 2), ("1 (a)",)),
        (f"{WG4}, points 1 a) et 2 de l’ordre du jour provisoire", (1, 2), ("1 (a)",)),
        (f"{WG4}, points 1 et 2 b)", (1, 2), ("2 (b)",)),
        (f"{WG4}, agenda items 1 (a), 2 (b) and 9", (1, 2, 9), ("1 (a)", "2 (b)")),
        (f"{WG4}, items 4 (a)-6", (4, 5, 6), ("4 (a)",)),
        # several sub-items of one item: the item, noted once (before, "b 2" was searched)
        (f"{WG4}, items 1 (a)–(b) and 2", (1, 2), ("1 (a)",)),
        (f"{WG4}, points 1 a) et b) et 2", (1, 2), ("1 (a)",)),
    ],
)
def test_several_agenda_items_one_lettered_are_read(typed, items, letters):
    """GIVEN several agenda items, some with a sub-item THEN every item is read and each
    sub-item said to be read as its item. Before, the lettered item ended the list."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.agenda_item, reference.agenda_items) == (items[0], items)
    notes = tuple(
        f"agenda item {n.split()[0]} {n.split()[1]} read as item {n.split()[0]}" for n in letters
    )
    assert reference.problems == notes


@pytest.mark.parametrize(
    "typed, paragraphs",
    [
        (f"{WG4}, points 30 et 31", (30, 31)),
        (f"{WG4}, points 30-32", (30, 31, 32)),
        (f"{WG4}, point 32", (32,)),
    ],
)
def test_points_without_a_lettered_one_stay_paragraphs(typed, paragraphs):
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.agenda_item) == (paragraphs, None)


@pytest.mark.parametrize(
    "typed, paragraphs",
    [
        (f"{WG4}, item 4, para. 40, second indent", (40,)),
        (f"{WG4}, item 4, paras. 40-41, second indent", (40, 41)),
        (f"{WG4}, point 4 de l'ordre du jour, par. 40 et 41, deuxième tiret", (40, 41)),
    ],
)
def test_an_agenda_item_beside_paragraphs_and_an_indent_are_read(typed, paragraphs):
    """Blind case list 13 left "item 4, para. 40, second indent" unread: the indent was
    searched as words."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.agenda_item, reference.indent) == (paragraphs, 4, 2)
    assert reference.problems == ()


def test_every_lettered_item_goes_to_the_page():
    notes = ("agenda item 1 (a) read as item 1", "agenda item 2 (b) read as item 2")
    assert readings.read_value(notes) == "1a,2b"


def test_the_paragraphs_keep_the_indent_and_the_agenda_item(engine):
    """GIVEN an indent or an agenda item beside several paragraphs WHEN resolved THEN the
    paragraphs, with the indent and the item kept for their page (before, one paragraph only)."""
    from indexer.resolve import resolve

    indented = resolve(engine, f"{WG4}, paras. 31-32, first indent")
    assert [hit.anchor for hit in indented.hits] == ["31", "32"]
    assert indented.indent == 1
    beside = resolve(engine, f"{WG4}, item 2, paras. 40-42")
    assert [hit.anchor for hit in beside.hits] == ["40", "41", "42"]
    assert (beside.agenda_item, beside.paragraph_agenda) == (None, 2)
    several = resolve(engine, f"{WG4}, items 4 and 5, paras. 40-42")
    assert (several.paragraph_agenda, several.paragraph_agendas) == (4, (4, 5))
