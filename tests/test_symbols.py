import pytest

from indexer.symbols import canonical, find_symbols, from_filename


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("voir CTOC/COP/WG.4/2009/2.", ["CTOC/COP/WG.4/2009/2"]),
        ("Nations Unies A/HRC/WG.6/7/ITA/1", ["A/HRC/WG.6/7/ITA/1"]),
        ("³ E/2002/68/Add.1.", ["E/2002/68/Add.1"]),
        ("[without reference to a Main Committee (A/48/L.21/Rev.1)]", ["A/48/L.21/Rev.1"]),
        ("1/ A/42/521-S/19085, annex.", ["A/42/521", "S/19085"]),
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
