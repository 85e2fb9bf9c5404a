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
# A paragraph glued to the symbol: "…/2010/6/para.32", "…/2010/6/par32", "…/2010/6:32". The
# symbol grammar took "PARA.32" for a part, as "Add.1" is ("No document …/6/PARA.32").
_GLUED_PARAGRAPH = re.compile(
    r"(?<=\d)/(?i:paras?|pars?|paragraphs?|paragraphes?)\.?\s?(?=\d{1,4}(?![\d/]))"
)
_COLON_PARAGRAPH = re.compile(r"(/\d{1,5}):(?=\d{1,4}(?![\d/:]))")  # the symbol's last number


def plain(text: str) -> str:
    """Return ``text`` with the typography of a pasted citation made plain (see module)."""
    folded = _FULL_WIDTH.sub(lambda m: chr(ord(m[0]) - 0xFEE0), text).translate(_FOLDED)
    folded = _SPACED_SERIES.sub(lambda m: f"{m[1]}.", folded)
    folded = _GLUED_PARAGRAPH.sub(", para. ", folded)
    folded = _COLON_PARAGRAPH.sub(r"\1, para. ", folded)
    return _YEAR_THEN_DASH.sub("/", folded)
