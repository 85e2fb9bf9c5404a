import json
import random
from dataclasses import FrozenInstanceError, asdict

import pytest

from indexer.citation_patterns import organ_of
from indexer.citations import Citation, Reference, find_citations, parse_reference
from indexer.symbols import parse_symbol, scan_symbols
from tests.conftest import FIXTURES

TABLE = json.loads((FIXTURES / "citations" / "table.json").read_text(encoding="utf-8"))
CITATION_DEFAULTS = {
    "subitem": None,
    "corrected_from": None,
    "footnote": None,
    "resolved": True,
    "preambular": [],
}
REFERENCE_DEFAULTS = {
    "subitem": None,
    "suggestion": None,
    "problems": [],
    "preambular": [],
    "annex": None,
    "annexed": [],
    "act": None,
    "in_act": [],
    "tables": [],
    "boxes": [],
    "figures": [],
    "pages": [],
    "footnotes": [],
    "division": None,
    "division_item": None,
    "division_point": None,
    "indent": None,
    "agenda_item": None,
    "agenda_items": [],
}


def _case_id(case: dict) -> str:
    return f"{case['category']}-{case['lang']}:{case.get('input', case.get('text'))[:50]!r}"


def _citation_record(citation: Citation) -> dict:
    record = asdict(citation)
    del record["start"], record["end"]
    record["paragraphs"] = list(citation.paragraphs)
    record["preambular"] = list(citation.preambular)
    return record


@pytest.mark.parametrize("case", TABLE["references"], ids=_case_id)
def test_reference_table(case):
    known = TABLE["known"] if case.get("known") else ()
    reference = parse_reference(case["input"], known)
    if case["expected"] is None:
        assert reference is None
        return
    expected = {**REFERENCE_DEFAULTS, **case["expected"]}
    got = asdict(reference)
    got["paragraphs"], got["problems"] = list(reference.paragraphs), list(reference.problems)
    got["preambular"], got["annexed"] = list(reference.preambular), list(reference.annexed)
    got["in_act"], got["tables"] = list(reference.in_act), list(reference.tables)
    got["boxes"], got["figures"] = list(reference.boxes), list(reference.figures)
    got["pages"], got["footnotes"] = list(reference.pages), list(reference.footnotes)
    got["division"] = list(reference.division) if reference.division else None
    got["agenda_items"] = list(reference.agenda_items)
    del got[
        "beside"
    ]  # the words of the "ignored" note, whole, and other symbols: test_citation_parts.py
    assert got == expected


@pytest.mark.parametrize("case", TABLE["texts"], ids=_case_id)
def test_citation_table(case):
    footnotes = case.get("footnotes", [])
    citations = find_citations(case["text"], footnotes)
    expected = [{**CITATION_DEFAULTS, **item} for item in case["expected"]]
    assert [_citation_record(c) for c in citations] == expected
    for citation in citations:
        source = case["text"] if citation.footnote is None else footnotes[citation.footnote]
        assert source[citation.start : citation.end] == citation.text


def test_table_size_and_spread():
    """GIVEN the citation table THEN it has at least 80 strings in both languages and all kinds."""
    cases = TABLE["references"] + TABLE["texts"]
    assert len(cases) >= 80
    assert {"en", "fr"} <= {case["lang"] for case in cases}
    categories = {case["category"] for case in cases}
    assert {"valid", "variant", "near-miss", "garbage", "not-a-citation", "follow-up"} <= categories


def test_every_reference_of_the_wg4_report(wg4):
    """GIVEN the 2010 WG.4 report WHEN each paragraph and its footnotes are read
    THEN exactly the references listed in the table are found, and nothing else."""
    expected = TABLE["wg4_report"]["citations"]
    found = {}
    for paragraph in wg4.paragraphs:
        footnotes = [footnote.text for footnote in paragraph.footnotes]
        citations = find_citations(paragraph.text, footnotes)
        if citations:
            found[str(paragraph.paragraph)] = [_citation_record(c) for c in citations]
    assert found == {
        number: [{**CITATION_DEFAULTS, **item} for item in items]
        for number, items in expected.items()
    }


def test_wg4_footnote_marks_match_the_symbols_attached(wg4):
    """GIVEN paragraphs 22, 24 and 41 THEN their follow-ups take the symbol of footnotes 5, 6, 7."""
    by_number = {paragraph.paragraph: paragraph for paragraph in wg4.paragraphs}
    for number, mark in ((22, "5"), (24, "6"), (41, "7")):
        (footnote,) = by_number[number].footnotes
        assert footnote.mark == mark
        (citation,) = find_citations(by_number[number].text, [footnote.text])
        assert (citation.kind, citation.symbol) == ("follow-up", footnote.text.rstrip("."))


def test_values_are_frozen():
    reference = parse_reference("para. 32")
    (citation,) = find_citations("para. 32")
    with pytest.raises(FrozenInstanceError):
        reference.symbol = "A/1"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        citation.symbol = "A/1"  # type: ignore[misc]
    assert isinstance(reference, Reference)


def _pathological() -> list[str]:
    rng = random.Random(20100127)
    alphabet = "CTOPWGAESR./-_ ()[]{},;¶§0123456789paral)éà\n\t\x00\x1b"
    return [
        "(" * 10_000,
        ")]}" * 3_400,
        "CTOC/" * 2_000,
        "A / " * 2_500,
        "a/" * 5_000,
        "WG" + "." * 10_000,
        "1-" * 5_000,
        "9" * 10_000,
        "para. 1, " * 1_100,
        "paragraphs " + ", ".join(["1"] * 3_000),
        "paragraph " * 1_000,
        "paragraph 1 of the report " * 400,
        "pour donner suite à la recommandation 1 " * 250,
        "CTOC/COP/W.4/2009/2, par. 3 " * 360,
        "CTOC-COP-WG.4-2010-6 " * 500,
        "al. a) " * 1_400,
        "\x00\x01\x1f\x7f" * 2_500,
        " " * 10_000,
        "\n" * 10_000,
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(10_000)),
        "".join(rng.choice(alphabet) for _ in range(10_000)),
    ]


@pytest.mark.parametrize("text", _pathological(), ids=lambda text: repr(text[:12]))
def test_pathological_inputs_never_raise(text):
    """GIVEN 10 kB of brackets, control characters or repeated fragments
    WHEN parsed as a reference, a paragraph with footnotes and a symbol THEN nothing raises."""
    known = ["CTOC/COP/WG.4/2009/2", "CTOC/COP/WG.4/2010/6"]
    for _ in range(3):
        reference = parse_reference(text, known)
        assert reference is None or isinstance(reference, Reference)
        citations = find_citations(text, [text[:2_000], text[-2_000:]], known)
        assert all(isinstance(citation, Citation) for citation in citations)
        assert parse_symbol(text, known) is None
        scan_symbols(text, known)


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        (
            "Recalling its resolutions 47/118 of 18 December 1992 and 48/8 of 22 October 1993,",
            ["A/RES/47/118", "A/RES/48/8"],
        ),
        (
            "Rappelant ses résolutions 47/118 du 18 décembre 1992 et 48/8,",
            ["A/RES/47/118", "A/RES/48/8"],
        ),
        ("its own resolutions, particularly resolution 47/118, in which", ["A/RES/47/118"]),
        ("Commission on Human Rights resolution 2004/45", []),  # another body's
        ("Security Council resolution 1325 (2000)", ["S/RES/1325"]),  # named: the Council's
    ],
)
def test_an_organs_resolution_cites_its_own_resolutions_by_number(text, symbols):
    """GIVEN a paragraph of a General Assembly resolution WHEN it recalls "its resolutions
    47/118 and 48/8" THEN those are the Assembly's (A/RES/…); in any other document the bare
    numbers are not followed, since a Conference's resolution 5/2 has no such symbol."""
    assert [c.symbol for c in find_citations(text, organ=organ_of("A/RES/48/161"))] == symbols
    named = ["S/RES/1325"] if "Security Council" in text else []
    assert [c.symbol for c in find_citations(text)] == named


def test_the_organ_of_a_resolution_is_read_from_its_symbol():
    assert organ_of("A/RES/48/161") == "A/RES/"
    assert organ_of("A/HRC/RES/5/1") == "A/HRC/RES/"
    assert organ_of("S/RES/1325 (2000)") == "S/RES/"
    assert organ_of("CTOC/COP/WG.4/2010/6") is None and organ_of(None) is None


@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs"),
    [
        ("GA res 48/161 op. 5", "A/RES/48/161", (5,)),
        ("G.A. Res. 48/161, ¶ 5", "A/RES/48/161", (5,)),
        ("GA Res. 48/161, para. 5", "A/RES/48/161", (5,)),
        ("SC res 1325 (2000), para. 3", "S/RES/1325", (3,)),
        ("HRC resolution 5/1", "A/HRC/RES/5/1", ()),
    ],
)
def test_a_resolution_cited_by_its_organs_initials_is_read(typed, symbol, paragraphs):
    """GIVEN a resolution cited the way lawyers and academics do ("G.A. Res. 48/161, ¶ 5") WHEN
    read THEN it is the organ's resolution; the search box searched "48/161" as words. A bare
    "resolution 5/2" stays unread: in WG.4 reports that is a Conference resolution."""
    reference = parse_reference(typed)
    assert (reference.symbol, reference.paragraphs) == (symbol, paragraphs)
    assert parse_reference("resolution 5/2") is None


@pytest.mark.parametrize(
    ("typed", "paragraphs"),
    [
        ("CTOC/COP/WG.4/2010/6/para.32", (32,)),
        ("CTOC/COP/WG.4/2010/6/par32", (32,)),
        ("CTOC/COP/WG.4/2010/6/PARAS.30-32", (30, 31, 32)),
        ("CTOC/COP/WG.4/2010/6:32", (32,)),
        ("CTOC/COP/WG.4/2010/6, 10:30 a.m.", ()),  # a time is no paragraph
    ],
)
def test_a_paragraph_glued_to_the_symbol_is_read_apart(typed, paragraphs):
    """GIVEN "…/2010/6/para.32" or "…/2010/6:32" WHEN read THEN the document's paragraph 32: the
    symbol grammar took "PARA.32" for a part of the symbol, as "Add.1" is, and answered "No
    document CTOC/COP/WG.4/2010/6/PARA.32" (citation QA D8)."""
    reference = parse_reference(typed)
    assert (reference.symbol, reference.paragraphs) == ("CTOC/COP/WG.4/2010/6", paragraphs)


@pytest.mark.parametrize(
    ("typed", "paragraphs", "preambular"),
    [
        ("resolution 48/161", (), ()),
        ("résolution 48/161, par. 3", (3,), ()),
        ("resolution 48/161 (1993), para. 3", (3,), ()),
        ("paragraphe 3 du dispositif de la résolution 48/161", (3,), ()),
        ("deuxième alinéa du préambule de la résolution 48/161", (), (2,)),
    ],
)
def test_a_resolution_typed_by_its_number_alone_is_the_collections_one(
    typed, paragraphs, preambular
):
    """GIVEN a resolution typed by its number without its organ ("résolution 48/161, par. 3")
    WHEN read against a collection holding one resolution so numbered (A/RES/48/161)
    THEN it is that resolution; it was searched as words ("48/161 is not in the documents").
    Without such a resolution ("resolution 5/2" of a Conference, set out in its report), or
    beside a symbol (the act set out in that document), it is read as before."""
    known = ("A/RES/48/161", "CTOC/COP/WG.4/2010/6")
    reference = parse_reference(typed, known)
    assert (reference.symbol, reference.paragraphs) == ("A/RES/48/161", paragraphs)
    assert reference.preambular == preambular and not reference.problems
    assert parse_reference("resolution 5/2", known) is None
    assert parse_reference("resolution 48/161", ("A/RES/48/161", "A/HRC/RES/48/161")) is None
    beside = parse_reference("CTOC/COP/WG.4/2010/6, resolution 48/161, para. 3", known)
    assert (beside.symbol, beside.act) == ("CTOC/COP/WG.4/2010/6", "res48.161")


def test_a_resolution_typed_by_its_number_alone_may_be_one_the_collection_cites():
    """GIVEN "resolution 55/25", a resolution the collection lacks but its paragraphs cite
    (A/RES/55/25, the Protocol's) WHEN read THEN it is that symbol, so the search lists the
    paragraphs citing it; it was searched as the words "55" and "25" ("article 25" first).
    The collection's own resolution comes first, and two cited so numbered are none."""
    known = ("A/RES/48/161", "CTOC/COP/WG.4/2010/6")
    cited = ("A/RES/55/25", "A/RES/48/161", "E/2002/68/Add.1")
    assert parse_reference("resolution 55/25", known, cited).symbol == "A/RES/55/25"
    assert parse_reference("résolution 55/25, par. 2", known, cited).paragraphs == (2,)
    assert parse_reference("resolution 48/161", known, ("A/HRC/RES/48/161",)).symbol == (
        "A/RES/48/161"
    )
    assert parse_reference("resolution 55/25", known, (*cited, "A/HRC/RES/55/25")) is None
    assert parse_reference("resolution 55/25", known) is None


def test_the_search_of_a_cited_resolution_typed_by_its_number_lists_its_citing_paragraphs(
    engine,
):
    from indexer.resolve import resolve

    found = resolve(engine, "resolution 55/25")
    assert found.status == 404 and found.symbol == "A/RES/55/25"
    citing = {(c.symbol, c.anchor) for c in engine.cited_by("A/RES/55/25")}
    assert citing


@pytest.mark.parametrize(
    "typed",
    [
        "1 CTOC/COP/WG.4/2010/6, para. 32.",
        "E.g. CTOC/COP/WG.4/2010/6, para. 32",
        "CTOC/COP/WG.4/2010/6, par. 32 et suiv.",
        "CTOC/COP/\nWG.4/2010/6, para. 32",
        "CTOC/COP/WG.4/2010\n/6, para. 32",
    ],
)
def test_a_pasted_footnotes_number_lead_in_and_line_break_are_not_words(typed):
    """GIVEN a footnote pasted with its own number, "E.g." or "et suiv.", or wrapped at a slash
    of its symbol WHEN read THEN the citation alone, nothing ignored: the page had searched
    "1", "E g", "suiv" or "CTOC COP" besides it, instead of opening paragraph 32 (blind 8)."""
    reference = parse_reference(typed, ("CTOC/COP/WG.4/2010/6",))
    assert (reference.symbol, reference.paragraphs) == ("CTOC/COP/WG.4/2010/6", (32,))
    assert reference.problems == ()
    assert parse_reference("2 victims CTOC/COP/WG.4/2010/6").problems == ("ignored: 'victims'",)


def test_prefilters_admit_every_word_of_their_patterns():
    """tokenize searches with PREAMBLE, SUBITEM and FOLLOW_UP only a text their cheap
    search (_MAY_…) finds: every word of the data each is built from must hold what it
    looks for."""
    from indexer.citation_patterns import (
        _DATA,
        _MAY_CITE_PREAMBLE,
        _MAY_CITE_SUBITEM,
        _MAY_FOLLOW_UP,
    )

    for prefilter, phrases in [
        (_MAY_CITE_PREAMBLE, [*_DATA["preamble_words"], *_DATA["preamble_after"]]),
        (_MAY_CITE_SUBITEM, _DATA["subitem_words"]),
        (_MAY_FOLLOW_UP, _DATA["follow_up"]),
    ]:
        for phrase in phrases:
            assert prefilter.search(phrase), phrase
            assert prefilter.search(phrase.upper()), phrase
    for written in ("third preambular paragraph", "3e alinéa du préambule"):
        assert _MAY_CITE_PREAMBLE.search(written)
