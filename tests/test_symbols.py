import pytest

from indexer.symbols import (
    canonical,
    find_symbols,
    from_filename,
    nearest_symbols,
    parse_symbol,
    scan_symbols,
    word_symbol,
)


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("voir CTOC/COP/WG.4/2009/2.", ["CTOC/COP/WG.4/2009/2"]),
        ("Nations Unies A/HRC/WG.6/7/ITA/1", ["A/HRC/WG.6/7/ITA/1"]),
        ("³ E/2002/68/Add.1.", ["E/2002/68/Add.1"]),
        ("[without reference to a Main Committee (A/48/L.21/Rev.1)]", ["A/48/L.21/Rev.1"]),
        ("1/ A/42/521-S/19085, annex.", ["A/42/521", "S/19085"]),
        # a treaty body's concluding observations on combined reports: one symbol each
        ("(CRC/C/BEN/CO/3-5, par. 72)", ["CRC/C/BEN/CO/3-5"]),
        ("CEDAW/C/BEN/CO/1-3 et E/C.12/BEN/CO/2-3.", ["CEDAW/C/BEN/CO/1-3", "E/C.12/BEN/CO/2-3"]),
        ("la résolution 5/1 du Conseil", []),
        ("Manama les 2 et 3 mars 2009", []),
    ],
)
def test_symbols_in_text(text, symbols):
    assert find_symbols(text) == symbols


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("ctoc/cop/wg.4/2010/6", "CTOC/COP/WG.4/2010/6"),
        ("E/2002/68/ADD.1", "E/2002/68/Add.1"),
        ("A / RES / 48 / 161", "A/RES/48/161"),
        ("A/48/L.21/rev.1", "A/48/L.21/Rev.1"),
    ],
)
def test_canonical_form(raw, clean):
    assert canonical(raw) == clean


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CTOC-COP-WG.4-2010-6.fr.txt", ("CTOC/COP/WG.4/2010/6", "fr")),
        ("A-HRC-WG.6-7-ITA-1.en.pdf", ("A/HRC/WG.6/7/ITA/1", "en")),
        ("A_RES_48_161.fr.pdf", ("A/RES/48/161", "fr")),
        ("report.pdf", (None, None)),
    ],
)
def test_symbol_and_language_from_file_names(name, expected):
    assert from_filename(name) == expected


@pytest.mark.parametrize(
    ("text", "canonical_form", "suggestion"),
    [
        ("CTOC/COP/WG.4/2010/6", "CTOC/COP/WG.4/2010/6", None),
        ("ctoc/cop/wg.4/2010/6", "CTOC/COP/WG.4/2010/6", None),
        ("CTOC / COP / WG.4 / 2010 / 6", "CTOC/COP/WG.4/2010/6", None),
        ("CTOC/COP/WG4/2010/6", "CTOC/COP/WG.4/2010/6", None),
        ("CTOC/COP/WG..4/2010/6", "CTOC/COP/WG.4/2010/6", None),
        ("CTOC-COP-WG.4-2010-6", "CTOC/COP/WG.4/2010/6", None),
        ("CTOC_COP_WG.4_2010_6", "CTOC/COP/WG.4/2010/6", None),
        ("  A/RES/48/161 ", "A/RES/48/161", None),
        ("A/HRC/WG.6/7/ITA/1", "A/HRC/WG.6/7/ITA/1", None),
        ("e/2002/68/add.1", "E/2002/68/Add.1", None),
        ("A/48/L.21/Rev.1", "A/48/L.21/Rev.1", None),
        ("E/CN.4/Sub.2/2004/5", "E/CN.4/Sub.2/2004/5", None),
        ("CTOC/COP/2010/CRP.3", "CTOC/COP/2010/CRP.3", None),
        ("CTOC/COP/2010/INF/2", "CTOC/COP/2010/INF/2", None),
        ("E/AC.51/2010/3", "E/AC.51/2010/3", None),
        # near misses: one edit away from a known series shape
        ("CTOC/COP/W.4/2009/2", None, "CTOC/COP/WG.4/2009/2"),
        ("CTOC/COP/GW.4/2009/2", None, "CTOC/COP/WG.4/2009/2"),
        ("CTOC/COP/G.4/2009/2", None, "CTOC/COP/WG.4/2009/2"),
        ("CTCO/COP/WG.4/2009/2", None, "CTOC/COP/WG.4/2009/2"),
        ("CTOC/CP/WG.4/2009/2", None, "CTOC/COP/WG.4/2009/2"),
        ("A/HRC/W.6/7/ITA/1", None, "A/HRC/WG.6/7/ITA/1"),
        ("A/HC/5/1", None, "A/HRC/5/1"),
        # two shapes are one edit away (CN.n, C.n): no guess
        ("E/CM.4/2005/3", "E/CM.4/2005/3", None),
        # a body one edit away, not confirmed by what follows: left as written
        ("UNDP/2010/3", "UNDP/2010/3", None),
    ],
)
def test_parse_symbol(text, canonical_form, suggestion):
    match = parse_symbol(text)
    assert (match.canonical, match.suggestion) == (canonical_form, suggestion)
    assert text[match.start : match.end] == match.text == text.strip()


@pytest.mark.parametrize(
    "text",
    ["hello", "", "CTOC/COP", "résolution 5/1", "4/4", "F.09.V.11", "CTOC/COP/WG.4/2010/6 x"],
)
def test_parse_symbol_rejects_what_is_not_one_symbol(text):
    assert parse_symbol(text) is None


def test_known_symbols_teach_near_misses():
    """GIVEN a series the data does not list WHEN a symbol is one edit off it THEN suggest it."""
    known = ["UNEP/GC.25/INF/2"]
    assert parse_symbol("UNEP/CG.25/INF/2").suggestion is None
    assert parse_symbol("UNEP/CG.25/INF/2", known).suggestion == known[0]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("voir CTOC/COP/W.4/2009/2.", [("CTOC/COP/W.4/2009/2", None, "CTOC/COP/WG.4/2009/2")]),
        (
            "1/ A/42/521-S/19085, annex.",
            [("A/42/521", "A/42/521", None), ("S/19085", "S/19085", None)],
        ),
        (
            "file CTOC-COP-WG.4-2010-6.fr.txt",
            [("CTOC-COP-WG.4-2010-6", "CTOC/COP/WG.4/2010/6", None)],
        ),
        ("et/ou, COVID-19, UN.GIFT, LEFOE-IBF, F.09.V.11, décision 4/4, 2007/08", []),
        ("e/2002/68 but not a/1", [("e/2002/68", "E/2002/68", None)]),
    ],
)
def test_scan_symbols(text, found):
    assert [(m.text, m.canonical, m.suggestion) for m in scan_symbols(text)] == found


@pytest.mark.parametrize(
    ("symbol", "nearest"),
    [
        ("CTOC/COP/WG.4/2010/7", ["CTOC/COP/WG.4/2010/5", "CTOC/COP/WG.4/2010/6"]),
        ("ctoc-cop-wg4-2009-2", ["CTOC/COP/WG.4/2009/2", "CTOC/COP/WG.4/2010/5"]),
        ("CTOC/COP/W.4/2009/2", ["CTOC/COP/WG.4/2009/2"]),
        ("A/RES/48/16", ["A/RES/48/161"]),
        ("E/2002/68", []),
    ],
)
def test_nearest_symbols(symbol, nearest):
    known = ["CTOC/COP/WG.4/2010/6", "CTOC/COP/WG.4/2010/5", "CTOC/COP/WG.4/2009/2", "A/RES/48/161"]
    assert nearest_symbols(symbol, known, limit=2) == nearest


@pytest.mark.parametrize(
    ("word", "symbol"),
    [
        ("A/RES/55/25", "A/RES/55/25"),
        ("a/res/55/25,", "A/RES/55/25"),  # typed in lower case, a comma after it
        ("(E/CN.4/2000/68)", "E/CN.4/2000/68"),
        ("CTOC/COP/WG.4/2010/6", "CTOC/COP/WG.4/2010/6"),
        ("and/or", None),
        ("COVID-19", None),
        ("2010/6", None),
        ("A/RES/55/25x", None),
    ],
)
def test_a_query_word_that_is_one_symbol(word, symbol):
    assert word_symbol(word) == symbol


def test_related_symbols_name_the_document_and_its_parts_across_a_wide_spelling():
    """An addendum or corrigendum of a document the collection has points to it, and the
    reverse; before, "…/2011/9" suggested the lookalike "…/2012/2" over its own Corr.2."""
    from indexer.symbols import related_symbols

    known = ["CTOC/COP/WG.4/2011/9/Corr.2", "CTOC/COP/WG.4/2012/2", "CTOC/COP/WG.4/2010/6"]
    assert related_symbols("CTOC/COP/WG.4/2011/9", known) == ["CTOC/COP/WG.4/2011/9/Corr.2"]
    assert related_symbols("CTOC/COP/WG.4/2010/6/Add.1", known) == ["CTOC/COP/WG.4/2010/6"]
    assert related_symbols("UNODC/CTOC/COP/WG.4/2010/6", known) == ["CTOC/COP/WG.4/2010/6"]
    assert related_symbols("CTOC/COP/WG.4/2013/2", known) == []
