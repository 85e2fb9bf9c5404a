"""Decoding text files: UTF-16 and UTF-32 (round-5 probes)."""

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
