"""A resolution typed by its number alone that the collection neither holds nor cites
(indexer.resolution_numbers): said as clearly as the symbol typed in full."""

from __future__ import annotations

import pytest

from indexer.resolution_numbers import number_alone, possible_symbols
from indexer.resolve import resolve

KNOWN = ("A/RES/48/161", "CTOC/COP/WG.4/2010/6")


def test_the_symbols_it_could_have_follow_each_organs_numbering():
    """Session/number from the Assembly's 31st session: the Assembly's or the Human Rights
    Council's (not past the Council's sixty: "48/162" was said to be possibly the Council's,
    which adopts some forty a session); year/number: the Economic and Social Council's;
    "5/2": none said (in WG.4 reports, a Conference's resolution, set out in its report)."""
    assert possible_symbols("48/16") == ("A/RES/48/16", "A/HRC/RES/48/16")
    assert possible_symbols("48/162") == ("A/RES/48/162",)
    assert possible_symbols("2004/45") == ("E/RES/2004/45",)
    assert possible_symbols("5/2") == () and possible_symbols("11/3") == ()


def test_a_number_the_collection_neither_holds_nor_cites_is_said_with_the_nearest():
    alone = number_alone("résolution 48/162, par. 3", KNOWN)
    assert (alone.number, alone.paragraphs) == ("48/162", (3,))
    assert alone.possible == ("A/RES/48/162",)
    assert alone.suggestions == ("A/RES/48/161",)
    assert alone.message.startswith(
        "No resolution 48/162 in the collection, and none of its paragraphs cites one so "
        "numbered. By its numbering, it would be the General Assembly’s, A/RES/48/162."
    )
    two = number_alone("resolution 48/16", KNOWN)
    assert (
        "The number alone does not name the body that adopted it: the General Assembly’s "
        "would be A/RES/48/16, the Human Rights Council’s would be A/HRC/RES/48/16."
    ) in two.message
    assert alone.message.endswith(" Did you mean A/RES/48/161?")
    economic = number_alone("resolution 2004/45", KNOWN)
    assert economic.possible == ("E/RES/2004/45",) and not economic.suggestions
    assert "it would be the Economic and Social Council’s, E/RES/2004/45." in economic.message


def test_several_so_numbered_are_named_not_chosen():
    held = number_alone("resolution 48/161", ("A/RES/48/161", "A/HRC/RES/48/161"))
    assert held.suggestions == ("A/HRC/RES/48/161", "A/RES/48/161") and not held.possible
    assert held.message.startswith("Several resolutions of the collection are numbered 48/161")
    cited = number_alone("resolution 55/25", KNOWN, ("A/RES/55/25", "A/HRC/RES/55/25"))
    assert cited.suggestions == ("A/HRC/RES/55/25", "A/RES/55/25")
    assert "its paragraphs cite several so numbered" in cited.message


@pytest.mark.parametrize(
    "typed, cited",
    [
        ("resolution 48/161", ()),  # the collection's own: read as its symbol
        ("resolution 55/25", ("A/RES/55/25",)),  # the one it cites
        ("resolution 5/2", ()),  # a Conference's, as before
        ("General Assembly resolution 48/162", ()),  # an organ named: its symbol
        ("CTOC/COP/WG.4/2010/6, resolution 48/162", ()),  # an act set out in that report
        ("traite des personnes", ()),
    ],
)
def test_other_texts_are_left_as_before(typed, cited):
    assert number_alone(typed, KNOWN, cited) is None


def test_resolve_answers_a_404_naming_the_number(engine):
    found = resolve(engine, "résolution 48/162, par. 3")
    assert found.status == 404 and found.symbol is None
    assert (found.resolution_number, found.paragraphs) == ("48/162", (3,))
    assert found.possible == ("A/RES/48/162",)
    assert found.suggestions == ("A/RES/48/161",)
    assert resolve(engine, "resolution 48/161, para. 3").hits[0].anchor == "3"
    assert resolve(engine, "resolution 55/25").symbol == "A/RES/55/25"
    assert resolve(engine, "resolution 5/2").status == 400
