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
"""

from __future__ import annotations

import re

from .params import N_, ParamError

LETTERS = re.compile(r"[a-z]{1,4}")
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
    if not LETTERS.fullmatch(value.lower()):
        raise ParamError(
            "item",
            N_("%(name)s must be a sub-item's letters such as b"),
            plain=N_("The sub-item asked for must be a letter such as b."),
        )
    return value.lower()


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
