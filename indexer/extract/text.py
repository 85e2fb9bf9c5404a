"""Read pre-extracted plain text (``*.txt``) into rows.

Such files come from other extraction tools and carry their habits: light
markup for superscripts (``M^{me}``, ``^{8, 9}``) and italics (``*Rapport*``),
list dashes in front of paragraphs, no page numbers; or, from ``pdftotext``, the
printed lines and a form feed between pages (each is a page here). The markup is normalised
here so that later stages see the same conventions as for PDFs: footnote
reference digits become Unicode superscripts, everything else plain text.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import EmptyFileError, NoTextError, NotTextError
from ..models import Page, RawDocument, Row
from ..textnorm import SYMBOL_BULLETS, plain_letters
from .encoding import decode

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CARET_GROUP = re.compile(r"\^\{([^{}\n]{1,20})\}")
ITALIC_SPAN = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f]+")
CELL_GAP = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*")  # a tab between two cells of a table's row
# Format characters that print nothing (Unicode's default-ignorable ones of category Cf): soft
# hyphens a word processor kept, zero-width spaces, (non-)joiners and the word joiner from web
# pages, direction marks, a byte order mark left mid-file where two files were put together.
# Inside a word they cut it for the search and the vocabularies ("Nige\u200bria" named no State);
# before "2." or "II." they hid the marker. English and French text needs none of them.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
LINE_END_SOFT_HYPHEN = re.compile(r"(?<=\w)\u00ad\s*$")  # a printed line cut inside a word


def read_text(path: Path) -> RawDocument:
    """Read a UTF-8 text file (other encodings are read with a warning: :mod:`.encoding`).

    Raises:
        EmptyFileError: the file has no bytes.
        NotTextError: the file is a PDF or binary.
        NoTextError: the file holds only whitespace.
    """
    data = path.read_bytes()
    if not data:
        raise EmptyFileError()
    if data.startswith(b"%PDF-"):
        raise NotTextError("a PDF file with a text file's name: rename it to .pdf")
    text, warnings = decode(data)
    pages = tuple(
        Page(
            number=number,
            width=0.0,
            height=0.0,
            rows=tuple(Row(text=normalise_line(line)) for line in chunk.splitlines()),
        )
        for number, chunk in enumerate(text.split("\f"), start=1)  # a form feed ends a page
    )
    if not any(row.text for page in pages for row in page.rows):
        raise NoTextError("the text file holds only whitespace")
    return RawDocument(path=path, source="text", pages=pages, warnings=warnings)


def normalise_line(line: str) -> str:
    """Normalise Unicode, spaces and the markup of one line; remove the invisible format
    characters but a soft hyphen ending a printed line, which joins it to the next without a
    space (:mod:`..clean.wrapped_text`); write superscript letters plain."""
    cut = LINE_END_SOFT_HYPHEN.search(line)
    line = INVISIBLE.sub("", line[: cut.start()] if cut else line) + ("\u00ad" if cut else "")
    line = plain_letters(unicodedata.normalize("NFC", line))  # "1ᵉʳ" as from a PDF: "1er"
    line = line.translate(SYMBOL_BULLETS)  # Word's bullets as pdftotext gives them
    line = CARET_GROUP.sub(_caret, line)
    line = ITALIC_SPAN.sub(r"\1", line)
    head, body = re.match(r"([ \u00a0]*)(.*)", line.rstrip()).groups()
    if len(CELL_GAP.findall(body)) >= 2:  # a table's row, its cells apart by tabs; a leading
        cells = [SPACES.sub(" ", cell).strip() for cell in CELL_GAP.split(body)]  # tab: an
        return SPACES.sub(" ", head) + "\t".join(cells).rstrip()  # empty first cell
    return SPACES.sub(" ", line).rstrip()


def _caret(match: re.Match[str]) -> str:
    inner = match.group(1)
    if re.fullmatch(r"[\d,\s]+", inner):
        return inner.replace(" ", "").replace(",", ", ").translate(SUPERSCRIPT_DIGITS)
    return inner
