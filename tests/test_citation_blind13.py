"""Citations of blind case list 13 (tests/fixtures/citations/blind13.md), read by the search
core: several sub-items named by a sub-item word."""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference

ITA = "A/HRC/WG.6/7/ITA/1"
WG4 = "CTOC/COP/WG.4/2010/6"


@pytest.mark.parametrize(
    "typed, spec",
    [
        (f"{ITA}, para. 23, subparagraphs (a) and (c)", "a,c"),  # before: a, "c" not read
        (f"{ITA}, para. 23, subparas. (a) and (c)", "a,c"),  # before: "subparas a c" not read
        (f"{ITA}, para. 23, subpara. (b)", "b"),  # before: "subpara b" not read
        (f"{ITA}, par. 23, al. a) et c)", "a,c"),  # before: a, "c" not read
        (f"{ITA}, par. 23, alinéas a) à c)", "a-c"),  # before: a, "à c" not read
        (f"subparagraphs (b) and (c) of paragraph 23 of {ITA}", "b,c"),
        (f"{WG4}, par. 32, al. b)", "b"),  # one, as before
    ],
)
def test_a_sub_item_word_names_several_sub_items(typed, spec):
    """GIVEN a paragraph's sub-items named after a sub-item word ("subparagraphs (a) and (c)")
    THEN all are kept, as after the paragraph's number (before: the first, the others named as
    not read, and the search page listed results of "c")."""
    reference = parse_reference(typed, known=(ITA, WG4))
    assert reference.paragraphs in ((23,), (32,))
    assert reference.subitem == spec
    assert not reference.problems


@pytest.mark.parametrize(
    "typed",
    [
        f"{WG4}, item 4, para. 40",  # before: "ignored: 'item 4'", searched as words
        f"{WG4}, para. 40, agenda item 4",
        f"{WG4}, point 4 de l'ordre du jour, par. 40",
    ],
)
def test_an_agenda_item_beside_one_paragraph_is_read(typed):
    """GIVEN an agenda item beside one paragraph (blind case list 13, case 8) THEN both are
    read, nothing left over: the paragraph is cited, its item kept for its page to check."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.paragraphs, reference.agenda_item) == ((40,), 4)
    assert reference.problems == ()


# An agenda item beside several paragraphs ("item 4, paras. 40-41"), left unread after this
# list, is read since: tests/test_citation_cite14.py.


def test_the_paragraph_wins_over_the_agenda_item(engine):
    """GIVEN "item 2, para. 40" (para. 40 is on item 4) WHEN resolved THEN paragraph 40, with
    the item named kept (the page says it is another), not the paragraphs on item 2."""
    from indexer.resolve import resolve

    found = resolve(engine, f"{WG4}, item 2, para. 40")
    assert found.status == 200
    assert [hit.anchor for hit in found.hits] == ["40"]
    assert (found.agenda_item, found.paragraph_agenda) == (None, 2)


@pytest.mark.parametrize(
    "typed, paragraphs, subitem",
    [
        # blind case list 13, case 36: the title's words were searched beside the document
        (
            f"Report of the Working Group on Trafficking in Persons ({WG4}), para. 57(b)",
            (57,),
            "b",
        ),
        (
            "12 Report of the Working Group on Trafficking in Persons on its meeting held in "
            f"Vienna from 27 to 29 January 2010 ({WG4}), paras. 31-33.",
            (31, 32, 33),
            None,
        ),
        (
            f"Rapport du Groupe de travail sur la traite des personnes ({WG4}, par. 57 b))",
            (57,),
            "b",
        ),
        (f"See the report of the Working Group ({WG4}, paras. 31 and 32).", (31, 32), None),
    ],
)
def test_a_title_before_a_bracketed_symbol_is_the_documents(typed, paragraphs, subitem):
    """GIVEN a footnote naming a document by its title, its symbol in brackets, then a part
    THEN the citation is read alone: the title is the document's, not words to search."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.symbol, reference.paragraphs, reference.subitem) == (
        WG4,
        paragraphs,
        subitem,
    )
    assert reference.problems == () and reference.beside == ""


@pytest.mark.parametrize(
    "typed, beside",
    [
        (f"non-punishment ({WG4})", "non punishment"),  # no part cited: words to search
        (f"victims ({WG4}), para. 5 victims", "victims victims"),  # words after the citation
        (f"para. 5 ({WG4})", ""),  # the words before are the citation's own
    ],
)
def test_words_before_a_bracketed_symbol_that_are_no_title_stay(typed, beside):
    reference = parse_reference(typed, known=(WG4,))
    assert reference.symbol == WG4
    assert reference.beside == beside


@pytest.mark.parametrize(
    "typed, items",
    [
        (f"{WG4}, agenda items 4 and 5", (4, 5)),  # before: "ignored: 'agenda items 4 5'"
        (f"{WG4}, items 4-6", (4, 5, 6)),
        (f"{WG4}, points 4 et 5 de l'ordre du jour", (4, 5)),
        (f"{WG4}, item 4 and 5", (4, 5)),
    ],
)
def test_several_agenda_items_of_a_document_are_read(typed, items):
    """GIVEN several agenda items of a document (blind case list 13, case 7) THEN all."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.agenda_item, reference.agenda_items, reference.paragraphs) == (
        items[0],
        items,
        (),
    )
    assert reference.problems == ()


def test_points_alone_after_a_symbol_stay_paragraphs():
    reference = parse_reference(f"{WG4}, points 30-32", known=(WG4,))
    assert (reference.paragraphs, reference.agenda_item) == ((30, 31, 32), None)


def test_several_agenda_items_resolve_to_their_paragraphs(engine):
    from indexer.resolve import resolve

    found = resolve(engine, f"{WG4}, agenda items 4 and 5")
    assert found.status == 200 and found.agenda_items == (4, 5)
    assert [h.paragraph for h in found.hits] == [*range(38, 59), *range(95, 110)]
    assert found.message == f"{WG4}, agenda items 4–5"


@pytest.mark.parametrize(
    "typed, item, letter",
    [
        (f"{WG4}, agenda item 1 (a)", 1, "a"),  # before: item 1 and "a" searched as a word
        (f"{WG4}, item 1(b)", 1, "b"),
        (f"{WG4}, point 1 a) de l'ordre du jour", 1, "a"),
    ],
)
def test_an_agenda_items_sub_item_is_read_as_the_item_saying_so(typed, item, letter):
    """GIVEN an agenda item's sub-item (blind case list 13, case 9) THEN the item, with a note
    (paragraphs are tagged by item), nothing left to search."""
    reference = parse_reference(typed, known=(WG4,))
    assert (reference.agenda_item, reference.paragraphs, reference.subitem) == (item, (), None)
    assert reference.problems == (f"agenda item {item} ({letter}) read as item {item}",)
