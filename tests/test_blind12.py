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
