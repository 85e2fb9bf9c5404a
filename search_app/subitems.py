"""Sub-items of a paragraph: where "b)" (French) or "(b)" (English) stands in its text.

A citation such as ``CTOC/COP/WG.4/2010/6, para. 32 (b)`` names a sub-item; the
paragraph's page marks it (``?item=b``), or says the paragraph has none of that
letter. A sub-item starts with its mark at the start of a line (the pipeline
puts listed sub-items on lines of their own) or after a colon or a semicolon
(``… the following: a) …; b) …``), never inside a sentence (``l'alinéa a) de
l'article 3`` cites another text's sub-item); it runs to the next sub-item of
its list, to the next numbered line (``2. …``, an agenda's next item) or to the
end of the text. Sub-items of a sub-item (``(i)``, ``(ii)`` under ``(b)``) stay
inside it.

Several sub-items (``para. 67 (a)-(c)``, ``par. 32 a) et b)``) are written ``?item=a-c``,
``?item=a,b``, and each is marked as one alone is. An indent, a dashed item of the paragraph
(``para. 32, second indent``, ``deuxième tiret``: ``?indent=2``), starts with a dash (``-``,
``–``, ``—``) or a bullet at the start of a line and runs to the next one, to a sub-item's
mark, to the next numbered line or to the end; with a sub-item, indents are counted in it.
"""

from __future__ import annotations

import re

from .params import N_, ParamError

LETTERS = re.compile(r"[a-z]{1,4}")
# sub-items as an address writes them: "b", "a-c", "a,b", "a-b,d" (at most six pieces)
SPEC = re.compile(r"[a-z]{1,4}(?:-[a-z]{1,4})?(?:,[a-z]{1,4}(?:-[a-z]{1,4})?){0,5}")
DASH = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<mark>[-‐‑–—•])[ \t]")
MAX_INDENT = 30
MARK = re.compile(
    r"(?:^|(?<=\n)|(?<=[:;] ))[ \t]*"
    r"(?P<mark>\((?P<enclosed>[a-z]{1,4})\)|(?P<closed>[a-z]{1,4})\))(?=\s)"
)
NUMBERED_LINE = re.compile(r"\n[ \t]*\d{1,3}\.\s")
ROMAN = re.compile(r"[ivxl]+")


def parse_item(value: str | None) -> str | None:
    """Read the ``item`` parameter of a paragraph's page: a sub-item's letters (``b``, ``ii``).

    Raises:
        ParamError: it is not one to four letters.
    """
    if not value:
        return None
    if not SPEC.fullmatch(value.lower()):
        raise ParamError(
            "item",
            N_("%(name)s must be a sub-item's letters such as b"),
            plain=N_("The sub-item asked for must be a letter such as b."),
        )
    return value.lower()


def letters(spec: str) -> list[str]:
    """Return the sub-items an ``item`` value names, in order: "a-c" is a, b, c ("i-iii",
    whose ends are not single letters, its two ends), "a,b" a and b."""
    named: list[str] = []
    for piece in spec.split(","):
        first, _dash, last = piece.partition("-")
        if last and len(first) == len(last) == 1 and first < last:
            run = [chr(code) for code in range(ord(first), ord(last) + 1)]
        else:
            run = [first, last] if last else [first]
        named += [letter for letter in run if letter not in named]
    return named


def parse_indent(value: str | None) -> int | None:
    """Read the ``indent`` parameter of a paragraph's page: an indent's number, 1 to 30.

    Raises:
        ParamError: it is not such a number.
    """
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_INDENT:
        raise ParamError(
            "indent",
            N_("%(name)s must be an indent's number such as 2"),
            plain=N_("The indent asked for must be a number such as 2."),
        )
    return int(value)


def marked(text: str, spec: str | None, indent: int | None = None):
    """Return how a paragraph's page marks the sub-items ``spec`` names and the indent
    ``indent``: the text in pieces, each (text, its mark's id or ""), the sub-items marked and
    those the text lacks, and whether the indent is marked. With an indent, the indent alone is
    marked (counted in the sub-item when there is one); without such a dashed item, the
    sub-items are."""
    named = letters(spec) if spec else []
    spans = {letter: _span(text, letter) for letter in named}
    found = [letter for letter in named if spans[letter] is not None]
    lacking = [letter for letter in named if spans[letter] is None]
    dashed = None
    if indent is not None:
        within = spans[found[0]] if found else (0, len(text)) if not named else None
        dashed = _indent(text, within, indent) if within is not None else None
    if dashed is not None:
        marks = [(*dashed, f"indent-{indent}")]
    else:  # the sub-items, also when the indent is not found in them
        marks = sorted((*spans[letter], f"item-{letter}") for letter in found)  # type: ignore[misc]
    pieces, at = [], 0
    for start, end, ident in marks:
        if start < at:  # a sub-item inside one marked already
            continue
        pieces += [(text[at:start], ""), (text[start:end], ident)]
        at = end
    pieces.append((text[at:], ""))
    return [p for p in pieces if p[0]], found, lacking, dashed is not None


def _span(text: str, item: str) -> tuple[int, int] | None:
    parts = split(text, item)
    return None if parts is None else (len(parts[0]), len(parts[0]) + len(parts[1]))


def _indent(text: str, within: tuple[int, int], indent: int) -> tuple[int, int] | None:
    """Return where the ``indent``-th dashed item of ``text[within]`` stands, or None."""
    start, end = within
    dashes = [m.start("mark") for m in DASH.finditer(text, start, end)]
    if len(dashes) < indent:
        return None
    begin = dashes[indent - 1]
    ends = [at for at in dashes if at > begin]
    ends += [m.start("mark") for m in MARK.finditer(text, begin + 1, end)]
    numbered = NUMBERED_LINE.search(text, begin, end)
    ends += [numbered.start()] if numbered else []
    stop = min([*ends, end])
    return begin, begin + len(text[begin:stop].rstrip())


def split(text: str, item: str) -> tuple[str, str, str] | None:
    """Return ``text`` as what comes before sub-item ``item``, the sub-item (its mark
    included), and what follows; None when the text has no such sub-item."""
    marks = [(m.start("mark"), m["enclosed"] or m["closed"]) for m in MARK.finditer(text)]
    start = next((at for at, letters in marks if letters == item), None)
    if start is None:
        return None
    ends = [at for at, letters in marks if at > start and _ends(item, letters)]
    numbered = NUMBERED_LINE.search(text, start)
    end = min([*ends, numbered.start() if numbered else len(text)])
    body = text[start:end].rstrip()
    return text[:start], body, text[start + len(body) :]


def _ends(item: str, letters: str) -> bool:
    """Tell whether the mark ``letters`` closes sub-item ``item``: a mark of the same list
    does, a sub-item of it (``ii`` under ``b``) does not."""
    nested = ROMAN.fullmatch(letters) and not ROMAN.fullmatch(item)
    follows = letters == chr(ord(item[-1]) + 1) and len(letters) == len(item)
    return follows or not nested
