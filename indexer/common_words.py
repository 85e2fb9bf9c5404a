"""Words of English and French in common use: the search never takes them for slips, and
the halves of a word broken at a line's end make one when the document cannot tell.

A word that no paragraph has is either a slip ("victmes", "exploitaiton") or a word
that the documents do not use ("hate", "dette", "surpeuplement"). The corpus alone
cannot tell the two apart. Corrected as a slip, "hate speech" was searched as "haute
speech". The frequency lists of wordfreq (Wikipedia, subtitles, news, books and the
web, in each language) can tell them apart: a word seen at least once per million words
of English or French is a word. Common misspellings ("goverment", "recieve") stay
below that line.

A document hyphenated by its word processor breaks words at line ends ("gouver-" /
"nementaux") that it writes nowhere else, so its own words cannot tell such a break from a
compound cut at its hyphen ("non-" / "sanction"). wordfreq's large lists can (the field's
words, "criminalized", are rarer than the small lists go): the joined word is a word, and not
much rarer than the two halves as a phrase.
"""

from __future__ import annotations

from functools import cache

from wordfreq import zipf_frequency

from .resources import load
from .textnorm import fold

LANGUAGES = ("en", "fr")
COMMON = 3.0  # on the Zipf scale: once per million words, the floor of wordfreq's small lists
WORD = 2.0  # once per hundred million words: a word of the large lists ("criminalized" 2.5)
# A joined word this much rarer (on the Zipf scale) than its halves as a phrase is still one
# word: "incomplètes" 3.0 against "in complètes" 3.8; compounds are far rarer joined
# ("étatsunis" 2.1 against 4.9, "followup" 2.9 against 5.1, "nonsanction" 0 against 4.0)
JOINED_MARGIN = 1.0
# A joined word this common (ten per million words) is one word however common its halves are as
# a phrase: two short common words make a common phrase of anything ("outcome" 4.3 against
# "out come" 5.7: TeX breaks "out-" / "come", and the hyphen had stayed); none of the 340
# hyphenated words of the corpus and fixtures is judged otherwise by it (a compound is far
# rarer joined, "followup" 2.9; those as common, "cooperation", were joined already)
VERY_COMMON = 4.0


@cache
def common_word(word: str) -> bool:
    """Tell whether ``word`` (as typed, accents kept) is in common use in English or French."""
    text = word.lower()
    return any(zipf_frequency(text, lang, wordlist="small") >= COMMON for lang in LANGUAGES)


@cache
def known_word(word: str) -> bool:
    """Tell whether ``word`` is a word of English or French at all (wordfreq's large lists):
    "prometteuses" is one, though rare; "pousuivies" is none."""
    return _zipf(word) >= WORD


@cache
def one_word(first: str, second: str, elided: bool = False) -> bool:
    """Tell whether ``first`` and ``second``, the parts of a word broken at a hyphen, make one
    word of English or French rather than a hyphenated compound.

    True for "gouver" + "nementaux", "repré" + "sentants", "in" + "complètes"; False for
    "non" + "sanction", "États" + "Unis", "follow" + "up", "quarante" + "neuvième". When
    ``second`` is elided ("qu" of "qu'elles"), the joined word alone decides ("lorsqu",
    "puisqu", "aujourd"; not "maind" of "main-d'œuvre"): its parts as a phrase ("lors qu")
    mean nothing. Nor do they when ``first`` is a function word, a stop word of the
    analyzers ("in", "on", "for", "en", "sur"), which comes before any word: "in complete" is
    as common as "complete", and "in-complete" had kept its hyphen; the joined word decides
    when it is in common use ("incomplete", "ineffective", "ongoing"; not "inhouse",
    "indepth", "onsite", "peutêtre"). A joined word very common by itself is one word too
    ("outcome", "breakdown").
    """
    joined = _zipf(f"{first}{second}")
    if elided:
        return joined >= WORD
    if fold(first) in _function_words() and joined >= COMMON:
        return True  # "in" + "complete": "in complete" as a phrase is "in" before any word
    if joined >= VERY_COMMON:
        return True  # "out" + "come": any phrase of two common short words is common
    return joined >= WORD and joined > _zipf(f"{first}-{second}") - JOINED_MARGIN


@cache
def _function_words() -> frozenset[str]:
    """The stop words of the analyzers (articles, prepositions, pronouns…), folded."""
    words = load("stopwords.json")
    return frozenset(word for lang in LANGUAGES for word in words[lang])


def _zipf(text: str) -> float:
    return max(zipf_frequency(text.lower(), lang, wordlist="large") for lang in LANGUAGES)


@cache
def cut_word(first: str, second: str, written: bool = False) -> bool:
    """Tell whether ``first`` and ``second``, the ends of two lines of a table's cell, are one
    word the word processor cut with no hyphen because it was wider than the cell
    ("Cooperatio" / "n"): the first is no word of English or French, and the two joined are
    one, which the document writes (``written``) or which is in common use."""
    return _zipf(first) < WORD and (written or _zipf(f"{first}{second}") >= COMMON)
