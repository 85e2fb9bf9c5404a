"""Words of English and French in common use, which the search never takes for slips.

A word that no paragraph has is either a slip ("victmes", "exploitaiton") or a word
that the documents do not use ("hate", "dette", "surpeuplement"). The corpus alone
cannot tell the two apart. Corrected as a slip, "hate speech" was searched as "haute
speech". The frequency lists of wordfreq (Wikipedia, subtitles, news, books and the
web, in each language) can tell them apart: a word seen at least once per million words
of English or French is a word. Common misspellings ("goverment", "recieve") stay
below that line.
"""

from __future__ import annotations

from functools import cache

from wordfreq import zipf_frequency

LANGUAGES = ("en", "fr")
COMMON = 3.0  # on the Zipf scale: once per million words, the floor of wordfreq's small lists


@cache
def common_word(word: str) -> bool:
    """Tell whether ``word`` (as typed, accents kept) is in common use in English or French."""
    text = word.lower()
    return any(zipf_frequency(text, lang, wordlist="small") >= COMMON for lang in LANGUAGES)
