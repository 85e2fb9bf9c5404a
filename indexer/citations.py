"""Citations of UN documents, in report paragraphs and in what a user types.

The chain, eyecite-style: text → tokens (:mod:`indexer.citation_tokens`) →
citations (a token of paragraph numbers joined to the symbol written before or
after it, or to a cue such as "ci-dessous" or "du rapport") → resolved symbols
(a reference to "the report" takes the symbol given in the paragraph's footnote).
``docs/citations.md`` describes the forms accepted and how to add one.

This module is where the readers are imported from: :func:`find_citations` (report
paragraphs, :mod:`indexer.text_citations`) and :func:`parse_reference` (what a user
types, :mod:`indexer.typed_references`). It holds what the search box asks of a query
besides: whether it is read as a citation at all (:func:`typed_citation`,
:func:`unquoted_citation`), the words it says beside the citation (:func:`words_beside`,
:func:`ignored_words`) and a footnote's "Ibid." (:func:`back_reference`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pasted_links import unlinked
from .pasted_records import unwrapped
from .symbols import word_symbol
from .text_citations import Citation, find_citations
from .typed_references import Reference, parse_reference

__all__ = [
    "IGNORED",
    "Citation",
    "Reference",
    "back_reference",
    "find_citations",
    "ignored_words",
    "parse_reference",
    "typed_citation",
    "unquoted_citation",
    "words_beside",
]

IGNORED = re.compile(r"ignored: '(?P<words>.*)'")  # the note naming the words a reading left aside


# A footnote's reference to the document cited before it: "Ibid., para. 33", "op. cit., par. 4",
# the Bluebook's "Id. at ¶ 33" (its dot required: "id" alone is a word)
_BACK_REFERENCE = re.compile(
    r"(?<![\w.])(?P<word>(?i:ibid(?:em)?|idem|id(?=\.)|(?:op|loc)\.?\s{0,2}cit|supra))(?!\w)\.?"
)


def back_reference(text: str) -> str | None:
    """Return the word of ``text`` that names the document cited before it in a footnote
    ("Ibid.", "op. cit."), as typed, or None when it has none. With no symbol beside it, the
    search cannot tell which document that is: said so, where "Ibid., para. 33" had been
    searched as words (97 paragraphs on "para" and "33")."""
    match = _BACK_REFERENCE.search(text)
    return match[0] if match else None


def ignored_words(notes: Sequence[str]) -> str:
    """Return the words of a query that the citation reader left aside, as its note names
    them ("ignored: 'peace'"), or "" when it left none."""
    return next((m["words"].strip() for note in notes if (m := IGNORED.fullmatch(note))), "")


# Search syntax a citation never has: a field ("symbol:A/RES/48/161"), a quoted phrase.
_SEARCH_SYNTAX = re.compile(r"(?<![\w.])[^\W\d_]{2,}:(?=\S)|[\"“”«»]")
_QUOTE = re.compile(r"[\"“”«»„]")
_QUOTED_WHOLE = re.compile(r"\s*[\"“«„]\s*(?P<inner>[^\"“”«»„]+?)\s*[\"”»“]\s*[.,;]?\s*")
_QUOTED_WORD = re.compile(r"[\"“«„]\s?(?P<word>[^\s\"“”«»„]{1,80})\s?[\"”»“]")


def typed_citation(query: str) -> str | None:
    """Return what to read as a citation in a query typed in a search box, or None when the
    query must be searched as words: empty, or with search syntax (a field, ``symbol:…``; a
    quoted phrase). The quotation marks a copied citation brings are left out
    (:func:`unquoted_citation`). The web app's search page, its API and ``python -m indexer
    search`` read a query so (the command line had read ``symbol:A/RES/48/161`` as the
    document's citation, and searched nothing)."""
    query = unquoted_citation(unwrapped(query))  # '"A/RES/48/161","pp3"': cells, no phrase
    if not query.strip() or _SEARCH_SYNTAX.search(unlinked(query)):  # "https:" is no field
        return None
    return query


def unquoted_citation(query: str) -> str:
    """Return ``query`` without the quotation marks a copied citation brings: a pair around the
    whole of it (“CTOC/COP/WG.4/2010/6, para. 32”, «…, par. 32»), or around its symbol alone
    ("CTOC/COP/WG.4/2010/6", para. 32), as /api/cite reads them. Before, the box searched it as
    an exact phrase: 0 results. A quoted symbol and nothing else ("A/RES/48/161") stays a
    phrase to search, the paragraphs writing it: the query as it was."""
    whole = _QUOTED_WHOLE.fullmatch(query)
    inner = whole["inner"] if whole else query
    inner = _QUOTED_WORD.sub(lambda m: m["word"] if word_symbol(m["word"]) else m[0], inner)
    if inner == query or _QUOTE.search(inner) or word_symbol(inner.strip(" .,;")):
        return query
    return inner


def words_beside(notes: Sequence[str], query: str, beside: str | None = None) -> str:
    """Return the words of a typed query besides the citation read in it: ``beside`` (a
    reference's, whole: the words no token read and the other symbols named), else as the
    reader's notes name them, else the whole query when it names several symbols. Only these
    are searched beside a citation's document, never the citation's own words: "sect. III.B.1
    (b), second indent" had searched "sect", "III", "B", "1" (No paragraph has “sect.”) and
    "op. 5; A/HRC/…, para. 68" had searched "op", "5", "para", "68"."""
    if beside is not None:
        return beside
    words = ignored_words(notes)
    if any(note.startswith("several symbols") for note in notes):
        words = words or query
    return words
