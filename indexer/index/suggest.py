"""Spelling: correct words the index does not know, and suggest corrections.

A word found nowhere in the corpus (in neither language's stems nor as
written) is replaced by the corpus or glossary word one slip away (a letter wrong,
missing, extra, or two swapped: "victmes", "exploitaiton", "smugling") or, when none is
within two edits, cut into two words the corpus or the glossary knows
("nonpunishment" is "non-punishment"), and the search says so. A French verb in
the third person plural that no paragraph has is searched as its singular, without a
notice ("recrutent" is "recrute": the stemmer leaves "-ent" whole). A corpus word
two edits away is only offered as a did-you-mean: "fraud" is a word of its own,
not a slip for "faut". When only few paragraphs match, a did-you-mean is also
offered for words that are rare but exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ..common_words import common_word, known_word
from ..enrich.state_groups import query_groups
from ..enrich.states import query_state_mentions
from ..symbols import word_symbol
from ..textnorm import fold
from .analysis import LANGUAGES, tokens
from .cognates import other_forms
from .glossary import glossary_entries, glossary_spans
from .querylang import And, Node, Not, Or, Phrase, Word, plain_text

MIN_LENGTH = 4  # shorter words are too ambiguous to correct
MAX_LENGTH = 30  # longer "words" are not misspellings; correcting them costs time for nothing
WORD_PARTS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # the words of a compound, as written
MIN_PART = 3  # the shortest half of a word typed as one ("non" in "nonpunishment")
MAX_SURE_EDITS = 1  # a nearer word is searched instead; two edits away, it is only suggested
LONG_WORD = 8  # from this length, a word two edits away is suggested too
KNOWN_MIN_LENGTH = 5  # a shorter word the corpus has is a word: "vert" is not a slip for "vertu"
PLURAL_VERB = re.compile(r"^(?P<singular>\w{3,}e)nt$")  # "recrutent", "protègent"


def unknown(searcher, text: str) -> bool:
    """Return True when no paragraph has ``text`` in any language."""
    words = tokens(text)
    if len(words) != 1 or not MIN_LENGTH <= len(words[0]) <= MAX_LENGTH or words[0].isdigit():
        return False
    if searcher.doc_frequency("exact", words[0]):
        return False
    stems = {lang: tokens(text, lang) for lang in LANGUAGES}
    if not all(stems.values()):
        return False  # a stop word of one language ("what", "which"): a word, not a typo
    if glossary_spans([text]):
        return False  # a term of the glossary or lexicon: searched through its equivalents
    for lang, form in other_forms(text):  # "membres" is the English "members"
        stems[lang] = stems[lang] + tokens(form, lang)
    return not any(
        searcher.doc_frequency(f"text_{lang}", stem) for lang in LANGUAGES for stem in stems[lang]
    )


def nearest(searcher, text: str) -> str | None:
    """Return the word nearest to ``text`` (at most two edits) among the corpus's words and the
    glossary's, or None: the fewest edits first, then the commonest in the corpus.

    "victms" is "victims" (one edit), not the commoner "victimes" (two), which Whoosh's
    suggestions put first; "smugling" is the glossary's "smuggling", though no paragraph
    writes it (the French report says "trafic illicite de migrants"). A stop word of
    either language is never the answer: "debt" is not "de".
    """
    words = tokens(text)
    if len(words) != 1:
        return None
    typed = words[0]
    found = searcher.suggest("exact", typed, limit=10, maxdist=2, prefix=1)
    found = [*found, *_glossary_words_near(typed)]
    candidates = {w for w in found if w != typed and _content_word(w)}
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda w: (typo_distance(typed, w), -searcher.doc_frequency("exact", w), w),
    )


@cache
def _glossary_words() -> frozenset[str]:
    """Return the words of the glossary's and lexicon's terms, as the exact chain writes them."""
    return frozenset(
        word
        for entry in glossary_entries()
        for _, term in entry
        for word in tokens(term)
        if len(word) >= MIN_LENGTH and word.isalpha()
    )


def _glossary_words_near(typed: str) -> list[str]:
    """Return the glossary's words at most two edits from ``typed``, with its first letter."""
    return [
        word
        for word in _glossary_words()
        if word[0] == typed[0]
        and abs(len(word) - len(typed)) <= 2
        and typo_distance(typed, word) <= 2
    ]


def typo_distance(a: str, b: str) -> int:
    """Return the edits between ``a`` and ``b``, two neighbouring letters swapped counting one
    ("exploitaiton" is one slip from "exploitation")."""
    rows = [list(range(len(b) + 1))]
    for i, char in enumerate(a, 1):
        row = [i]
        for j, other in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (char != other))
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _likely_slip(typed: str, word: str) -> bool:
    """Tell whether ``word`` may be what was meant by ``typed``: one slip away, or two in a
    long word ("Norwey" is not "normes")."""
    return _one_slip(typed, word) or len(typed) >= LONG_WORD


MIN_STEM = 5  # the shortest stem read for a slip: "kid" is not "kit"


def nearest_form(searcher, text: str) -> str | None:
    """Return ``text`` with a slip in its stem mended, or None: "pousuivies" is
    "poursuivies", a form no paragraph has, whose stem "poursuiv" the paragraphs have
    ("poursuivre"); :func:`nearest` finds no corpus word one slip away, and the word was
    searched as missing. Only a word of no language made a word of one by mending one slip
    of its stem into a stem of the paragraphs: "prometteuses", a word the paragraphs do not
    use, is no slip for their "promotion"."""
    typed = fold(text)
    if known_word(text) or not typed.isalpha():
        return None
    found: list[tuple[int, str]] = []
    for lang in LANGUAGES:
        stems = tokens(text, lang)
        if len(stems) != 1 or len(stems[0]) < MIN_STEM or not typed.startswith(stems[0]):
            continue
        ending = typed[len(stems[0]) :]
        for stem in searcher.suggest(f"text_{lang}", stems[0], limit=5, maxdist=1, prefix=2):
            mended = stem + ending
            if stem != stems[0] and _one_slip(stems[0], stem) and known_word(mended):
                found.append((searcher.doc_frequency(f"text_{lang}", stem), mended))
    return max(found)[1] if found else None


def _one_slip(typed: str, word: str) -> bool:
    return typo_distance(typed, word) <= MAX_SURE_EDITS


def _content_word(word: str) -> bool:
    """Tell whether ``word`` means something in both languages (is no stop word of either)."""
    return all(tokens(word, lang) for lang in LANGUAGES)


def split(searcher, text: str) -> str | None:
    """Return ``text`` cut in two known words, joined by a hyphen, or None.

    "nonpunishment" gives "non-punishment" (a glossary term), "childtrafficking"
    "child-trafficking" (two words of the corpus; the search finds a hyphenated
    compound written apart too). A cut that makes a glossary term wins; among
    the others, the one whose rarer half is commonest.
    """
    words = tokens(text)
    if len(words) != 1 or not words[0].isalpha():
        return None
    word, best, best_frequency = words[0], None, 0
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        joined = f"{word[:cut]}-{word[cut:]}"
        if _makes_a_term(joined, word[:cut], word[cut:]):
            return joined
        if not (_content_word(word[:cut]) and _content_word(word[cut:])):
            continue  # "sur-population" for "surpopulation" says nothing of it
        frequency = min(_frequency(searcher, word[:cut]), _frequency(searcher, word[cut:]))
        if frequency > best_frequency:
            best, best_frequency = joined, frequency
    return best


def _makes_a_term(joined: str, head: str, tail: str) -> bool:
    """Tell whether the cut makes a glossary term that neither half is alone:
    "non-punishment", not "sur-peuplement" (the French stop word "sur" dropped, "peuplement"
    stems as "peuple" does, and the term was "people")."""
    spans = glossary_spans([joined])
    return bool(spans) and all(
        spans[0].equivalents not in {span.equivalents for span in glossary_spans([half])}
        for half in (head, tail)
    )


def _frequency(searcher, word: str) -> int:
    """Return how many paragraphs have ``word``, as written or through a language's stems."""
    return max(
        searcher.doc_frequency("exact", word),
        *(
            searcher.doc_frequency(f"text_{lang}", stem)
            for lang in LANGUAGES
            for stem in tokens(word, lang)
        ),
    )


def correct(
    searcher, tree: Node | None, finds: Callable[[str], bool] = lambda word: True
) -> tuple[Node | None, list[tuple[str, str]]]:
    """Replace unknown words by their nearest corpus word; return the tree and the changes.

    A compound that ``finds`` says matches nothing, whole or apart, is searched
    as its separate words ("anti-trafficking": no paragraph has "anti" with
    "trafficking", so "anti trafficking"). The words of a State's name are left
    alone ("Holy See" names the Holy See even when no paragraph does), and so are the words
    of a glossary term ("referral" in "national referral mechanism", found through its
    French equivalent even when no paragraph has the English words).
    """
    changes: list[tuple[str, str]] = []
    named = _named_words(tree)

    def visit(node: Node) -> Node:
        if isinstance(node, Word) and node.text not in named:
            return _better(searcher, node, finds, changes)
        if isinstance(node, And | Or):
            children = [visit(child) for child in node.nodes]
            if isinstance(node, And) and not node.explicit:  # words apart join the run
                children = [
                    part
                    for child in children
                    for part in (child.nodes if _separated(child) else (child,))
                ]
            return replace(node, nodes=tuple(children))
        return node  # phrases are searched as written; negated words are left alone

    return (visit(tree) if tree is not None else None), changes


def missing(
    searcher,
    tree: Node | None,
    finds: Callable[[str], bool],
    finds_phrase: Callable[[str], bool],
) -> list[str]:
    """Return the words and quoted phrases of a query of words side by side that no paragraph
    has, in either language or through an equivalent ("mendicité" in "mendicité forcée"): the
    results have only the other words, and the search says so.

    Only an implicit conjunction of several words has results without one of them; a single
    word or phrase and those of an explicit AND are returned too (when nothing is found, the
    search names them). The words of a State's name and of a glossary term of several words
    are left out, since the name or the term is found as a whole. A phrase found nowhere is
    named by its words no paragraph has ("zorglub" of "victim zorglub"), or whole when each
    of its words is somewhere.
    """
    if isinstance(tree, Word | Phrase):
        nodes: tuple[Node, ...] = (tree,)
    elif isinstance(tree, And) and len(tree.nodes) >= 2:
        nodes = tree.nodes
    else:
        return []
    named = _named_words(tree)

    def absent(word: str) -> bool:
        return (
            _content_word(word)  # a stop word is not required
            and not any(searcher.doc_frequency("exact", t) for t in tokens(word))
            and not finds(word)
        )

    found: list[str] = []
    for node in dict.fromkeys(nodes):
        if isinstance(node, Word) and node.text not in named and absent(node.text):
            found.append(node.text)
        elif isinstance(node, Phrase) and tokens(node.text) and not finds_phrase(node.text):
            found += [word for word in node.text.split() if absent(word)] or [node.text]
    return list(dict.fromkeys(found))


# two to five capitals and digits, two capitals at least, and a plural's "s": "NRM", "SOPs",
# "UNODC"; a longer word in capitals is a word typed with caps lock ("VICTMES": victimes)
ACRONYM = re.compile(r"(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,5}s?")


def _better(searcher, word: Word, finds, changes: list[tuple[str, str]]) -> Node:
    """Return the word, corrected or cut into its words, and note the change. A document
    symbol is left as typed: "E/CN.4/2000/68" is not the words "E CN 4 2000 68"; so is an
    acronym, which names what no paragraph has rather than misspelling a word ("SOPs",
    standard operating procedures, had become "sous"): the search says it is nowhere."""
    text = word.text
    if word_symbol(text) is not None or ACRONYM.fullmatch(text):
        return word

    def lost(compound: str) -> bool:  # a compound no paragraph has, whole or through a term
        return len(tokens(compound)) > 1 and not glossary_spans([compound]) and not finds(compound)

    found_nowhere = unknown(searcher, text)
    if found_nowhere and (singular := _singular_verb(searcher, text)):
        return Word(singular)  # "recrutent": a form of the word, not a slip
    if found_nowhere and not common_word(text):  # "hate" is no slip for "haute"
        near = nearest(searcher, text)
        if near is not None and _one_slip(tokens(text)[0], near):
            text = near  # "victmes", "exploitaiton": one slip; "fraud" is not "faut"
        elif (form := nearest_form(searcher, text)) is not None:
            text = form  # "pousuivies": no "poursuivies", but "poursuivre"
        elif near is None:
            text = split(searcher, text) or text
        apart = lost(text)
    elif lost(text):
        corrected = _parts_corrected(searcher, text)  # "non-punishmnet"
        apart = corrected is None or lost(corrected)
        text = corrected or text
    else:
        apart = False
    if apart:
        parts = tuple(Word(part) for part in WORD_PARTS.findall(text))
        if len(parts) > 1:
            changes.append((word.text, " ".join(part.text for part in parts)))
            return And(parts)
    if text != word.text:
        changes.append((word.text, text))
    return Word(text)


def _singular_verb(searcher, text: str) -> str | None:
    """Return the singular of a French verb in the third person plural ("recrutent",
    "exploitent", "protègent") when French paragraphs have the singular's stem, else None.

    Snowball's French stemmer leaves "-ent" whole (it cannot tell "recrutent" from
    "agent"), so "agences qui recrutent" matched no "recrutement" and named the verb as
    found nowhere. Only a word no paragraph has is read so: "agent" stays "agent".
    """
    match = PLURAL_VERB.match(text.lower())
    if match is None:
        return None
    stems = tokens(match["singular"], "fr")
    known = stems and all(searcher.doc_frequency("text_fr", stem) for stem in stems)
    return match["singular"] if known else None


def _parts_corrected(searcher, text: str) -> str | None:
    """Return a compound with each unknown word one slip away corrected ("non-punishmnet" is
    "non-punishment"), its separators kept; None if no word changed."""

    def fixed(match: re.Match) -> str:
        part = match[0]
        if len(part) < MIN_LENGTH or not unknown(searcher, part) or common_word(part):
            return part
        near = nearest(searcher, part)
        return near if near is not None and _one_slip(tokens(part)[0], near) else part

    corrected = WORD_PARTS.sub(fixed, text)
    return corrected if corrected != text else None


def _separated(node: Node) -> bool:
    """Tell whether ``node`` is a compound cut into its words (a run of plain words)."""
    return (
        isinstance(node, And) and not node.explicit and all(isinstance(n, Word) for n in node.nodes)
    )


def _named_words(tree: Node | None) -> set[str]:
    """Return the words of the query that belong to a State's name or to a glossary term of
    several words: found as a whole, never typos nor missing on their own."""
    return _state_words(tree) | _term_words(tree)


def _state_words(tree: Node | None) -> set[str]:
    """Return the words of the query that belong to the name of a State or of a group of
    States ("Gulf States": "Gulf" is no typo, and the paragraphs naming Qatar answer it)."""
    if tree is None:
        return set()
    text = " ".join(plain_text(tree))
    mentions = (*query_state_mentions(text), *query_groups(text))
    return {word for mention in mentions for word in mention.name.split()}


def _term_words(tree: Node | None) -> set[str]:
    """Return the words of the query that belong to a glossary term of several words."""
    if tree is None:
        return set()
    words = [word for text in plain_text(tree) for word in text.split()]
    return {
        word
        for span in glossary_spans(words)
        if span.end - span.start > 1
        for word in words[span.start : span.end]
    }


def did_you_mean(searcher, tree: Node | None, original: str) -> str | None:
    """Return the query with rare words replaced by commoner near ones, or None. The words of
    a State's name or of a glossary term are not typos ("Holy See" is not "hoc See")."""
    corrected, changed = original, False
    named = _named_words(tree)
    for text in plain_text(tree):
        if " " in text or isinstance(tree, Not) or text in named:
            continue
        words = tokens(text)
        if len(words) != 1 or not MIN_LENGTH <= len(words[0]) <= MAX_LENGTH:
            continue
        if glossary_spans([text]):
            continue  # searched through its equivalents: not a typo of a corpus word
        if common_word(text):
            continue  # a word of its own, in the documents or not: "fraud" is not "faut"
        if len(words[0]) < KNOWN_MIN_LENGTH and searcher.doc_frequency("exact", words[0]):
            continue  # a short word one letter from many others: which was meant is a guess
        better = nearest(searcher, text)
        if better is None or not _likely_slip(words[0], better):
            continue
        if searcher.doc_frequency("exact", better) > searcher.doc_frequency("exact", words[0]):
            corrected, changed = corrected.replace(text, better, 1), True
    return corrected if changed else None
