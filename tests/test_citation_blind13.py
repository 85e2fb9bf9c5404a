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
