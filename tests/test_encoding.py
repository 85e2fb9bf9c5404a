"""Decoding text files: UTF-16 and UTF-32, stray bytes, double-encoded UTF-8 (round-5 probes)."""

import codecs

import pytest

from indexer.errors import NotTextError
from indexer.extract.encoding import decode

FRENCH = (
    "Les représentants du Nigéria, de la Côte d’Ivoire et des États-Unis d’Amérique ont décrit "
    "les enquêtes financières menées dans leur pays, par. 30 à 32.\n"
)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "UTF-16 text (little-endian, byte"),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "UTF-16 text (big-endian, byte"),
        (FRENCH.encode("utf-16-le"), "UTF-16 text (little-endian, no byte order mark"),
        (FRENCH.encode("utf-16-be"), "UTF-16 text (big-endian, no byte order mark"),
        (codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), "UTF-32 text (little-endian, byte"),
    ],
)
def test_utf16_and_utf32_text_is_read_with_a_warning(data, named):
    """GIVEN French text saved as Windows Notepad's "Unicode" (UTF-16, with or without its byte
    order mark) or as UTF-32 WHEN decoded THEN the text, and a warning naming the encoding;
    before, the zero bytes had the file refused as "a binary file, not text"."""
    text, warnings = decode(data)
    assert text == FRENCH
    assert len(warnings) == 1 and warnings[0].startswith(named), warnings


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # binary
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),  # an image
        FRENCH.encode("utf-16-le") + b"\x00",  # an odd number of bytes: not UTF-16
    ],
)
def test_zero_bytes_that_are_not_utf16_text_are_refused(data):
    with pytest.raises(NotTextError, match="a binary file"):
        decode(data)


def test_stray_windows_1252_bytes_in_utf8_are_read_alone_and_named():
    """GIVEN a UTF-8 file with one word pasted from a Windows-1252 source ("r\\xe9f\\xe9rence")
    WHEN decoded THEN the rest stays UTF-8, the two bytes read as "é", and the warning says how
    many bytes, on which line, in which word; before, the whole file was read as Windows-1252
    ("Ã‰tats", "rÃ©union"), and States, sections and citations were lost."""
    data = FRENCH.encode("utf-8") * 3 + "voir la référence.\n".encode("cp1252")
    text, warnings = decode(data)
    assert text == FRENCH * 3 + "voir la référence.\n"
    assert warnings == (
        "2 bytes not UTF-8 (on line 4) in a file otherwise UTF-8: read as Windows-1252 "
        "('référence.') — check them",
    )


def test_a_windows_1252_file_is_still_read_as_windows_1252():
    text, warnings = decode(FRENCH.encode("cp1252"))
    assert text == FRENCH
    assert warnings == ("not valid UTF-8 (byte 8); read as Windows-1252 — check the accents",)


def test_double_encoded_utf8_is_repaired_with_a_warning():
    """GIVEN UTF-8 read once as Windows-1252 and saved again ("NigÃ©ria", "dâ€™Ivoire") WHEN
    decoded THEN the text as it was, with a warning; before, it was indexed so, with no
    warning: no State, no "à" in "par. 30 à 32" (the range read as paragraph 30 alone)."""
    doubled = FRENCH.encode("utf-8").decode("cp1252").encode("utf-8")
    text, warnings = decode(doubled)
    assert text == FRENCH
    assert warnings == (
        "double-encoded UTF-8 ('Ã©' for 'é': the file was read as Windows-1252 and saved "
        "again): 12 characters repaired — check the accents",
    )


def test_double_encoded_utf8_beside_right_text_is_named_and_left_alone():
    """GIVEN a paragraph pasted double-encoded into a file otherwise right WHEN decoded THEN a
    warning names its line; the text is not touched (the right accents would not read back)."""
    doubled = FRENCH.encode("utf-8").decode("cp1252")
    text, warnings = decode(f"{FRENCH}\n{doubled}".encode())
    assert text == f"{FRENCH}\n{doubled}"
    assert warnings == (
        "double-encoded UTF-8 on line 3 ('Ã©' for 'é': UTF-8 read as Windows-1252 and saved "
        "again), in text otherwise right: left as it is — check the accents",
    )


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "« SÉCURITÉ\u00a0» et PARTICIPATION DE L’ÉTAT\u00a0: À\u00a0LA UNE",  # "É" + NBSP: "ɠ"
        "São Paulo, Ångström, Œuvre, naïveté, 5 € ™",
    ],
)
def test_right_text_is_read_as_it_is_without_a_warning(text):
    assert decode(text.encode("utf-8")) == (text, ())
