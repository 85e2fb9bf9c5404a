"""Decode the bytes of a text file: UTF-8, and the other encodings text files turn up in.

Text files reach the collection from many hands. Windows Notepad saves "Unicode" as UTF-16;
older tools write Windows-1252; text pasted from a Windows-1252 source leaves a few stray bytes
in a UTF-8 file; a UTF-8 file read once as Windows-1252 and saved again doubles its accents
("rÃ©union", "dâ€™Ivoire"). Each is read as well as it can be, and a warning says what was
read how, and where, so that a curator can check it.
"""

from __future__ import annotations

import codecs
import re

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
STRAY = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8 (decoded "surrogateescape")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
NAMED_LINES = 5  # line numbers a warning names before "and N more"

# Windows-1252 as Windows reads it: its five undefined bytes become the C1 controls
SLOPPY_CP1252 = {
    (bytes([byte]).decode("cp1252") if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(byte)): (
        byte
    )
    for byte in range(256)
}
_CONTINUATION = "".join(ch for ch, byte in SLOPPY_CP1252.items() if 0x80 <= byte <= 0xBF)
_LEAD2 = "".join(ch for ch, byte in SLOPPY_CP1252.items() if 0xC2 <= byte <= 0xDF)
_LEAD3 = "".join(ch for ch, byte in SLOPPY_CP1252.items() if 0xE0 <= byte <= 0xEF)
# A UTF-8 sequence read as Windows-1252: "Ã©" for "é", "â€™" for "’"
MOJIBAKE = re.compile(
    f"[{re.escape(_LEAD2)}][{re.escape(_CONTINUATION)}]"
    f"|[{re.escape(_LEAD3)}][{re.escape(_CONTINUATION)}]{{2}}"
)


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
    return _undoubled(text, warnings)


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
    """Read UTF-8; a file that is not valid UTF-8 is read as Windows-1252, unless it is
    mostly UTF-8 (more valid UTF-8 letters than bad bytes): then only its bad bytes are."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    stray = list(STRAY.finditer(text))
    bad = sum(len(match.group()) for match in stray)
    if sum(ord(ch) > 127 for ch in text) - bad < bad:  # Windows-1252 throughout
        warning = f"not valid UTF-8 (byte {first}); read as Windows-1252 — check the accents"
        return data.decode("cp1252", errors="replace"), (warning,)
    repaired = STRAY.sub(lambda match: _as_cp1252(match.group()), text)  # a character a byte
    offsets = [match.start() for match in stray]
    words = dict.fromkeys(_word_at(repaired, offset) for offset in offsets[:NAMED_LINES])
    warning = (
        f"{bad} byte{'s' * (bad > 1)} not UTF-8 ({_on_lines(text, offsets)}) in a file "
        f"otherwise UTF-8: read as Windows-1252 ({', '.join(map(repr, words))}) — check them"
    )
    return repaired, (warning,)


def _word_at(text: str, offset: int) -> str:
    """Return the word of ``text`` around ``offset`` (40 characters at most), to show it."""
    start, end = offset, offset
    while start > max(0, offset - 20) and not text[start - 1].isspace():
        start -= 1
    while end < min(len(text), offset + 20) and not text[end].isspace():
        end += 1
    return text[start:end]


def _as_cp1252(escaped: str) -> str:
    """Return the Windows-1252 reading of bytes escaped by the "surrogateescape" handler."""
    return bytes(ord(ch) - 0xDC00 for ch in escaped).decode("cp1252", errors="replace")


def _undoubled(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Repair UTF-8 that was read once as Windows-1252 and saved again ("rÃ©union") when the
    whole text reads back (its every character a Windows-1252 byte, and those bytes UTF-8);
    when only some of it does, a warning names the lines and the text is left alone."""
    doubled = [match for match in MOJIBAKE.finditer(text) if _mojibake(match.group())]
    if not doubled:
        return text, warnings
    seen = f"'{doubled[0].group()}' for '{_undone(doubled[0].group())}'"
    try:
        repaired = bytes(SLOPPY_CP1252[ch] for ch in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):  # some of the text is right: leave it all
        where = _on_lines(text, [match.start() for match in doubled])
        return text, (
            *warnings,
            f"double-encoded UTF-8 {where} ({seen}: UTF-8 read as Windows-1252 and saved "
            "again), in text otherwise right: left as it is — check the accents",
        )
    count = sum(ord(ch) > 127 for ch in repaired)
    return repaired, (
        *warnings,
        f"double-encoded UTF-8 ({seen}: the file was read as Windows-1252 and saved again): "
        f"{count} characters repaired — check the accents",
    )


def _undone(sequence: str) -> str | None:
    """Return the character a UTF-8 sequence read as Windows-1252 stood for, or None."""
    try:
        return bytes(SLOPPY_CP1252[ch] for ch in sequence).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _mojibake(sequence: str) -> bool:
    """Tell whether a sequence is a doubled character of English or French text: a Latin
    letter or a typographic sign ("é", "’", "€", the narrow no-break space). A French title
    in capitals may well set "É" before a no-break space ("SÉCURITÉ :"): that reads as "ɠ",
    and is left alone."""
    undone = _undone(sequence)
    if undone is None:
        return False
    code = ord(undone)
    return 0xA0 <= code <= 0x17F or 0x2010 <= code <= 0x203A or undone in "€™"


def _on_lines(text: str, offsets: list[int]) -> str:
    """Return "on line 41" or "on lines 3, 7 and 12 more" for offsets in ``text``."""
    lines: list[int] = []
    line, previous = 1, 0
    for offset in offsets:
        line += len(LINE_BREAK.findall(text, previous, offset))
        previous = offset
        if not lines or lines[-1] != line:
            lines.append(line)
    named = ", ".join(str(number) for number in lines[:NAMED_LINES])
    more = f" and {len(lines) - NAMED_LINES} more" if len(lines) > NAMED_LINES else ""
    return f"on line{'s' * (len(lines) > 1)} {named}{more}"
