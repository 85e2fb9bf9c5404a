"""What people paste as a citation, made plain before it is read (``parse_reference`` only).

A citation copied from a PDF or a word processor carries typography that no UN symbol has:
a non-breaking hyphen (U+2011) or an en dash where a slash or a hyphen stood, a soft hyphen
inside the symbol, a full-width solidus, a superscript footnote mark glued after the symbol or
a number ("…/2010/6¹"), a series written "WG 4" or "WG-4". Before, none of these was read:
"CTOC/COP/WG.4/2010–6" was the document "CTOC/COP/WG.4/2010", "CTOC‑COP‑WG.4‑2010‑6" no
symbol at all. Running text (ingestion) is not folded: what reports print is read as printed.
"""

from __future__ import annotations

import re
from functools import cache

from . import resources

# Dashes and minus signs people's software puts for a hyphen: hyphen, non-breaking hyphen,
# figure dash, en dash, em dash, minus sign, small and full-width hyphen-minus
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f"  # fraction slash, division slash, full-width solidus
_INVISIBLE = "\u00ad"  # soft hyphen: a word processor's hyphenation point, never written
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"  # ¹²³⁰⁴…⁹
_FOLDED = str.maketrans(
    {
        **dict.fromkeys(map(ord, _DASHES), "-"),
        **dict.fromkeys(map(ord, _SLASHES), "/"),
        **dict.fromkeys(map(ord, _INVISIBLE + _SUPERSCRIPTS), None),
    }
)
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")  # Ａ/ＲＥＳ/４８: full-width Latin letters, digits
# "/2010-6" after slashes: the document's number, not a treaty body's combined reports
# ("CRC/C/BEN/CO/3-5", numbers of at most two digits), which the symbol grammar reads
_YEAR_THEN_DASH = re.compile(r"(?<=/(?:19|20)\d\d)-(?=\d{1,3}(?!\d))")
# "WG 4", "WG-4", "AC 254" inside a symbol: the series "WG.4"
_SPACED_SERIES = re.compile(r"(?<=[/_-])(?i:(WG|EG|AC|CN|CONF))[ -](?=\d{1,3}(?![\d.]))")
# "WG. 4", "Add. 1" after a slash: a space after the series' or suffix's dot, as a word
# processor's autocorrection or a careful typist leaves it ("CTOC / COP / WG. 4 / 2010 / 6"; blind
# case list 15: no symbol was read, the paragraph's number needing one)
_SPACED_DOT = re.compile(
    r"(?<=/)(?P<blank>[ \t]{0,2})"
    r"(?P<stem>(?i:WG|EG|AC|CN|CONF|Add|Rev|Corr|Amend|Sub|CRP|INF|WP|L|C))"
    r"\.[ \t]{1,2}(?=\d{1,4}(?![\d.]))"
)
# A paragraph glued to the symbol: "…/2010/6/para.32", "…/2010/6/par32", "…/2010/6:32". The
# symbol grammar took "PARA.32" for a part, as "Add.1" is ("No document …/6/PARA.32").
# A slash then blanks before the word ("…/161/ para 5", a footnote's stray slash) is the same.
_GLUED_PARAGRAPH = re.compile(
    r"(?<=\d)/[ \t]{0,2}(?i:paras?|pars?|paragraphs?|paragraphes?)\.?\s?(?=\d{1,4}(?![\d/]))"
)
# Malformed slashes of a symbol copied from a footnote (blind case list 14): a doubled one
# ("A//RES/48/161", never a link's "https://", whose "//" follows a colon) and one closing the
# symbol before a comma, a bracket or the end ("A/RES/48/161/, para 5"); before, the first was
# no symbol and the second searched as words ("“A/RES/48/161/,” is not in the documents").
_DOUBLED_SLASH = re.compile(r"(?<=[A-Za-z0-9.])/{2,3}(?=[A-Za-z0-9])")
_CLOSED = r"/(?=[ \t]{0,3}(?:[,;)\]]|$))"
_CLOSING_SLASH = re.compile(rf"(?<=[A-Za-z0-9]){_CLOSED}")
_COLON_PARAGRAPH = re.compile(r"(/\d{1,5}):(?=\d{1,4}(?![\d/:]))")  # the symbol's last number


def cut_short(text: str, symbol: str) -> bool:
    """Tell whether ``text`` writes ``symbol`` closed by a slash ("CTOC/COP/WG.4/2010/, para.
    32"), a sign that its last part was lost in the copy."""
    folded = text.translate(_FOLDED)
    return re.search(rf"(?i:{re.escape(symbol)}){_CLOSED}", folded) is not None


def plain(text: str) -> str:
    """Return ``text`` with the typography of a pasted citation made plain (see module)."""
    folded = _FULL_WIDTH.sub(lambda m: chr(ord(m[0]) - 0xFEE0), text).translate(_FOLDED)
    folded = _DOUBLED_SLASH.sub("/", _CLOSING_SLASH.sub("", folded))
    folded = _SPACED_SERIES.sub(lambda m: f"{m[1]}.", folded)
    folded = _SPACED_DOT.sub(lambda m: f"{m['blank']}{m['stem']}.", folded)
    folded = _GLUED_PARAGRAPH.sub(", para. ", folded)
    folded = _COLON_PARAGRAPH.sub(r"\1, para. ", folded)
    return _YEAR_THEN_DASH.sub("/", folded)


# A line broken with a hyphen, as a PDF hyphenates what it wraps ("CTOC/COP/WG.4/20-⏎10/6",
# "A/HRC/WG.6/7/IT-⏎A/1", "para-⏎graph 32"): the hyphen and the break, with the blanks around
# them; before, the symbol was cut there ("No document CTOC/COP/WG.4/20") and "para graph"
# searched as words (blind case list 14).
_BROKEN = re.compile(
    r"(?P<left>\S{1,80}?)[-\u2010\u00ad][ \t]{0,9}\r?\n\s{0,40}(?P<right>\S{1,80})"
)
_LAST_PART = re.compile(r"/(?P<last>[^/]{1,80})$")
_SMALL_NUMBER = re.compile(r"\d{1,2}")
_WORD_END = re.compile(r"[^\W\d_]{1,40}$")
_WORD_START = re.compile(r"^[^\W\d_]{1,40}")


def unbroken(text: str) -> str:
    """Return ``text`` with the hyphenated line breaks inside a symbol or a citation's word
    joined: a hyphen then a line break after part of a symbol (a slash before it in the same
    run of characters) joins it, unless both sides are numbers of at most two digits rising,
    a treaty body's combined reports ("CRC/C/BEN/CO/3-⏎5"), whose hyphen stays; between
    letters, only when the word joined is one of the citation reader's words
    (``citation_words``: "para-⏎graph"), so that "non-⏎punishment" keeps its hyphen. Other
    breaks are left to be read as blanks."""

    def joined(match: re.Match) -> str:
        left, right = match["left"], match["right"]
        if "/" in left:
            last = _LAST_PART.search(left)
            tail = last["last"] if last else ""
            head = re.match(r"\d{1,3}(?=\W|$)", right)
            combined = (
                _SMALL_NUMBER.fullmatch(tail)
                and head
                and len(head[0]) <= 2
                and "/" not in right
                and int(head[0]) > int(tail)
            )
            return left + ("-" if combined else "") + right
        else:
            end, start = _WORD_END.search(left), _WORD_START.search(right)
            if end and start and (end[0] + start[0]).lower() in citation_words():
                return left + right
        return match[0]

    return _BROKEN.sub(joined, text)


@cache
def citation_words() -> frozenset[str]:
    """Every word of four letters or more in the citation reader's word lists
    (``indexer/data/citations.json``): "paragraph", "paragraphe", "preambular", "footnote" …"""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(w.lower() for w in re.findall(r"[^\W\d_]{4,}", value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(resources.load("citations.json"))
    return frozenset(found)
