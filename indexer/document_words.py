"""Words that describe the document a typed citation names, not words to search beside it.

A citation written in a report's style names the document in words around its symbol (blind
case list 15): "au paragraphe 32 de son rapport (CTOC/COP/WG.4/2010/6)", "aux paragraphes 31
à 33 du rapport publié sous la cote CTOC/COP/WG.4/2010/6", "in paragraph 68 of its national
report (A/HRC/WG.6/7/ITA/1)", "Assemblée générale, quarante-huitième session, …, résolution
A/RES/48/161, par. 5". Before, "au son", "aux publié sous", "its national" and "Assemblée
générale quarante huitième session" were searched beside the document, under the citation's
notice, where the citation alone opens its paragraphs. The words are data
(``document_description`` in ``indexer/data/citations.json``): a link word before a paragraph
word ("au", "aux", "in"); a possessive, at most three words and a document's noun ("its
national report", "son rapport"); a phrase saying under which symbol it was issued ("publié
sous la cote", "issued as"); an organ's name between commas at the start ("General Assembly,
…"); a session or a meeting by its ordinal or its year ("forty-eighth session", "48th
session", "réunion de 2010").

:func:`undescribed` blanks them, keeping every other character where it stands, so that the
citation reader's tokens keep their positions (``citations._leftover``).
"""

from __future__ import annotations

import re
from functools import cache

from . import resources
from .citation_patterns import words

# What may follow a link word: the start of a citation's part ("au paragraphe", "aux par.",
# "in para.", "à l'alinéa", "dans la note")
_PART_START = (
    r"(?:l['’]\s?|la\s{1,3}|les\s{1,3}|the\s{1,3})?"
    r"(?i:par|§|¶|alin|pr[eé]amb|op\.?\s|notes?\b|foot|fn\b|p\.|pages?\b|chap|sect|annex"
    r"|point|items?\b|recomm|tabl|figure|graph|encadr|box)"
)
_ORDINAL_SUFFIX = r"\d{1,3}(?i:st|nd|rd|th|e|ème|eme|re|er)"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = resources.load("citations.json")["citations"]["document_description"]
    ordinals = resources.load("citations.json")["citations"]["ordinals"]
    tens = resources.load("citations.json")["citations"]["ordinal_tens"]
    tens_words = [word for table in tens.values() for word in table]
    ordinal = rf"(?:(?:{words(tens_words)})[- ](?:et[- ])?)?(?:{words(ordinals)})|{_ORDINAL_SUFFIX}"
    sessions = words(data["sessions"])
    year = r"(?:19|20)\d\d"
    return (
        re.compile(
            rf"(?<!\w)(?:(?i:{words(data['link_words'])})\s{{1,3}}){{1,3}}(?={_PART_START})"
        ),
        re.compile(
            rf"(?<!\w)(?i:{words(data['possessives'])})\s{{1,3}}"
            rf"(?:[^\W\d_]{{1,30}}\s{{1,3}}){{0,3}}?(?i:{words(data['document_nouns'])})(?!\w)"
        ),
        re.compile(rf"(?<!\w)(?i:{words(data['issued'])})(?!\w)"),
        re.compile(rf"(?:\A|(?<=,))\s{{0,3}}(?i:{words(data['organs'])})(?=\s{{0,3}},)"),
        re.compile(
            rf"(?<!\w)(?i:(?:{ordinal})\s{{1,3}}(?:{sessions})"
            rf"|(?:{sessions})\s{{1,3}}(?:(?:de|of|du|of the)\s{{1,3}})?{year}"
            rf"|{year}\s{{1,3}}(?:{sessions}))(?!\w)"
        ),
    )


def undescribed(text: str) -> str:
    """Return ``text`` with the words describing the document a citation names blanked, every
    other character where it stood (see the module)."""
    for pattern in _patterns():
        text = pattern.sub(lambda m: " " * len(m[0]), text)
    return text
