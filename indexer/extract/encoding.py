"""Decode the bytes of a text file: UTF-8, and the other encodings text files turn up in.

Text files reach the collection from many hands. Windows Notepad saves "Unicode" as UTF-16;
older tools write Windows-1252. Each is read as well as it can be, and a warning says how.
"""

from __future__ import annotations

import codecs

from ..errors import NotTextError

# Byte order marks, the 4-byte ones first: FF FE 00 00 also opens with UTF-16's FF FE
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE = 4096  # bytes looked at to tell text from binary
WIDE_ZEROS = 0.7  # share of zero bytes at one parity that makes UTF-16 text without its BOM


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return the text of a text file's bytes and the warnings on how it was read.

    Raises:
        NotTextError: the bytes are not text (zero bytes that are not UTF-16's).
    """
    wide = _wide_encoding(data)
    if wide is not None:
        text, warnings = _decode_wide(data, *wide)
    elif b"\x00" in data[:SAMPLE]:
        raise NotTextError("a binary file, not text")
    else:
        text, warnings = _decode_narrow(data)
    return text, warnings


def _wide_encoding(data: bytes) -> tuple[str, bytes] | None:
    """Return the codec and the byte order mark of UTF-16 and UTF-32 text: by that mark, or,
    for UTF-16 without one (b""), by the zero byte every other byte is (the high byte of every
    Latin letter), at one parity only."""
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            return codec, bom
    pairs = min(len(data), SAMPLE) // 2
    if pairs < 8 or len(data) % 2:
        return None
    high, low = data[1 : 2 * pairs : 2].count(0), data[0 : 2 * pairs : 2].count(0)
    for zeros, others, codec in ((high, low, "utf-16-le"), (low, high, "utf-16-be")):
        if zeros >= WIDE_ZEROS * pairs and others <= pairs // 100 and _reads_as(data, codec):
            return codec, b""
    return None


def _reads_as(data: bytes, codec: str) -> bool:
    """Tell whether the start of ``data`` decodes as ``codec`` into printable text."""
    try:
        text = data[:SAMPLE].decode(codec)
    except UnicodeDecodeError:
        return False
    shown = sum(ch.isprintable() or ch in "\t\n\r\f\v" for ch in text)
    return shown >= 0.98 * len(text)


def _decode_wide(data: bytes, codec: str, bom: bytes) -> tuple[str, tuple[str, ...]]:
    name, order = codec[:6].upper(), "little-endian" if codec.endswith("le") else "big-endian"
    if bom:
        how = f"{order}, byte order mark {bom.hex(' ').upper()}"
    else:
        how = f"{order}, no byte order mark: every other byte is zero"
    warning = f"{name} text ({how}), not UTF-8: read as {name} — better saved as UTF-8"
    body = data[len(bom) :]
    try:
        return body.decode(codec), (warning,)
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
        lost = len(text) - len(body.decode(codec, errors="ignore"))
        return text, (f"{warning}; {lost} characters could not be read (shown as �)",)


def _decode_narrow(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        warning = f"not valid UTF-8 (byte {exc.start}); read as Windows-1252 — check the accents"
        return data.decode("cp1252", errors="replace"), (warning,)
