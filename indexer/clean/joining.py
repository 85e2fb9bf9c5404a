"""Join wrapped lines into running text, repairing end-of-line hyphenation.

A hyphen at the end of a line is either a break inside a word (``implemen-``
``tation``) or a real compound cut at its hyphen (``Friuli-`` ``Venezia``,
``non-`` ``discrimination``). The document itself decides first: the hyphen is
kept when the hyphenated form occurs elsewhere in it, dropped when the joined
word does. When it has neither (a word processor's hyphenation breaks words the
document writes once: ``gouver-`` ``nementaux``, ``sui-`` ``vant``), the hyphen is
dropped when the joined word is an English or French word in common use, not
much rarer than the two parts as a phrase (:func:`..common_words.one_word`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..common_words import one_word
from ..symbols import CUT_HEAD, CUT_TAIL

# A letter: a word character that is no digit, nor a footnote's superscript mark, which ends
# many words ("commandations³": the joined word "recommandations³" was found nowhere)
LETTER = r"[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]"
WORD = re.compile(rf"{LETTER}+(?:[-‐]{LETTER}+)*")
TRAILING_PART = re.compile(rf"({LETTER}+)[-‐]$")
LEADING_PART = re.compile(rf"^({LETTER}+)(['’])?")  # an apostrophe after it: elided ("qu'elles")
CID = re.compile(r"\(cid:\d+\)")
SOFT_HYPHEN = "\u00ad"  # drawn only where a line breaks a word; removed everywhere


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Return the lower-cased words (hyphenated compounds included) of ``texts``."""
    words: set[str] = set()
    for text in texts:
        words.update(map(str.lower, WORD.findall(text)))
    return words


def join_lines(lines: Iterable[str], words: set[str]) -> str:
    """Join ``lines`` with single spaces, closing end-of-line hyphenation and symbols cut
    after a slash."""
    text, broken = "", False
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        if not text:
            text = line
        elif broken or (CUT_HEAD.search(text) and CUT_TAIL.match(line)):
            text += line  # a soft hyphen (a break inside a word) or a slash in a symbol
        elif text.endswith(("-", "‐")) and (hyphen := _join_hyphen(text, line, words)) is not None:
            text = text[:-1] + hyphen + line
        else:
            text = f"{text} {line}"
        broken = raw.rstrip().endswith(SOFT_HYPHEN)
    return text


def clean_line(text: str) -> str:
    """Remove soft hyphens and unmapped glyph codes; collapse spaces."""
    text = CID.sub("", text.replace(SOFT_HYPHEN, ""))
    return " ".join(text.split())


def _join_hyphen(text: str, line: str, words: set[str]) -> str | None:
    """Return "" to drop the hyphen, "-" to keep it, None when it is not a word break."""
    head = TRAILING_PART.search(text)
    tail = LEADING_PART.match(line)
    if not head or not tail:
        return "-" if text[-2:-1].isalnum() and line[:1].isalnum() else None
    first, second = head.group(1).lower(), tail.group(1).lower()
    if f"{first}-{second}" in words or not tail.group(1)[0].islower():
        return "-"
    if f"{first}{second}" in words or one_word(first, second, elided=tail.group(2) is not None):
        return ""
    return "-"
