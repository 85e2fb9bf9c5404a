"""Topics of a paragraph from the bilingual controlled vocabulary ``indexer/data/topics.json``.

Both the paragraph and every trigger go through the search index's own
analyzer (:func:`indexer.index.analysis.tokens`), so "L'exploitation des
enfants" and "exploitation des enfants" give the same terms, and a trigger
matches when its terms occur side by side in the paragraph's terms. The scan
takes the longest phrase at each position, so a longer trigger, or a neutral
phrase such as the Protocol's full title, hides the shorter triggers inside it.
A topic is given on one trigger, or on ``min_cues`` occurrences of its weak
cues; both rules are data. Only the paragraph's own language is matched (see
docs/topics.md for why).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from ..index.analysis import LANGUAGES, analysed, tokens
from ..resources import load

Terms = tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """One entry of the vocabulary: id, labels, and how much weak evidence it needs."""

    id: str
    labels: tuple[tuple[str, str], ...]  # (lang, label)
    min_cues: int


@dataclass(frozen=True)
class Credit:
    """What a matched phrase is evidence of: a topic, as a trigger or as a weak cue."""

    topic: str
    weak: bool


@dataclass(frozen=True)
class Phrase:
    """An analysed phrase and the credits it gives (none for a neutral phrase)."""

    terms: Terms
    credits: tuple[Credit, ...]


@cache
def vocabulary() -> tuple[Topic, ...]:
    """Return the topics of the vocabulary, in vocabulary order."""
    return tuple(
        Topic(
            id=entry["id"],
            labels=tuple((lang, entry["label"][lang]) for lang in LANGUAGES),
            min_cues=entry["min_cues"],
        )
        for entry in load("topics.json")["topics"]
    )


def topic_ids() -> tuple[str, ...]:
    """Return the ids of all topics, in vocabulary order."""
    return tuple(topic.id for topic in vocabulary())


def topic_label(topic_id: str, lang: str) -> str:
    """Return the label of ``topic_id`` in ``lang`` ("fr" or "en").

    An id the vocabulary does not know (say, from an index built with an older
    vocabulary) is its own label, as with States.

    Raises:
        ValueError: the language is neither "fr" nor "en".
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    labels = _labels().get(topic_id)
    return labels[lang] if labels else topic_id


@cache
def _labels() -> Mapping[str, Mapping[str, str]]:
    """Return the labels of every topic by id, then by language."""
    return {topic.id: dict(topic.labels) for topic in vocabulary()}


def _entries(lang: str) -> Iterator[tuple[str, Credit | None]]:
    data = load("topics.json")
    for text in data["neutral"][lang]:
        yield text, None
    for entry in data["topics"]:
        for kind, weak in (("triggers", False), ("cues", True)):
            for text in entry[kind][lang]:
                yield text, Credit(entry["id"], weak)


# Quantifiers say how many, not what of: "protecting all victims" protects victims, "chaque
# victime" is a victim, "l'ensemble des victimes" all the victims (as an adverb, "ensemble" is
# "together", no topic's word either). "all", "any", "both" and "each" are stop words of
# Snowball's English list, though not of the search analyzer's (indexer/data/stopwords.json,
# left as it is): topic matching skips them, in paragraphs and in phrases.
_QUANTIFIERS = {"en": "all any both each every", "fr": "tout tous toute toutes chaque ensemble"}


@cache
def _quantifiers(lang: str) -> frozenset[str]:
    """Return the terms of ``lang``'s quantifiers, as the analyzer gives them."""
    return frozenset(tokens(_QUANTIFIERS.get(lang, ""), lang))


def _terms(text: str, lang: str) -> Terms:
    """Return the terms of a vocabulary phrase: its analysed words, without quantifiers."""
    return tuple(term for term in tokens(text, lang) if term not in _quantifiers(lang))


@cache
def phrases(lang: str) -> Mapping[str, tuple[Phrase, ...]]:
    """Return the analysed phrases of ``lang`` by first term, longest first.

    Phrases that analyse to the same terms are merged: their credits add up.
    """
    credits: dict[Terms, list[Credit]] = {}
    for text, credit in _entries(lang):
        terms = _terms(text, lang)
        if not terms:
            raise ValueError(f"topics.json: {text!r} ({lang}) has no terms once analysed")
        bucket = credits.setdefault(terms, [])
        if credit is not None and credit not in bucket:
            bucket.append(credit)
    by_first: dict[str, list[Phrase]] = {}
    for terms, bucket in credits.items():
        by_first.setdefault(terms[0], []).append(Phrase(terms, tuple(bucket)))
    return {
        first: tuple(sorted(group, key=lambda phrase: -len(phrase.terms)))
        for first, group in by_first.items()
    }


def matches(terms: list[str], lang: str) -> Iterator[Phrase]:
    """Yield the phrases of ``lang`` found in ``terms``, longest first at each position."""
    return (phrase for _, phrase in _scan(terms, lang))


def _scan(terms: list[str], lang: str) -> Iterator[tuple[int, Phrase]]:
    """Yield each phrase found in ``terms`` with its position, longest first at each."""
    index = phrases(lang)
    position = 0
    while position < len(terms):
        found = None
        for phrase in index.get(terms[position], ()):  # most terms start no phrase
            if tuple(terms[position : position + len(phrase.terms)]) == phrase.terms:
                found = phrase
                break
        if found is None:
            position += 1
            continue
        yield position, found
        position += len(found.terms)


def evidence(text: str, lang: str) -> Counter[Credit]:
    """Return how many times each topic is evidenced in ``text``, as trigger or as cue.

    A trigger inside an example (see :func:`_examples`) or inside a construction that only
    says who runs an action or whom it is done with (see :func:`_in_passing`) counts as a cue
    of its topic.
    """
    terms, items, separators, starts = _list_items(text, lang)
    found = list(_scan(terms, lang))
    weakened = _examples(text, lang) + _in_passing(text, lang)
    counts: Counter[Credit] = Counter()
    for position, phrase in found:
        weak = any(start <= starts[position] < end for start, end in weakened)
        counts.update(Credit(c.topic, weak=True) if weak else c for c in phrase.credits)
    counts.update(_shared_tails(terms, items, separators, found, lang))
    return counts


# Words that introduce examples, and where an example ends: the end of its sentence or clause.
# What follows "such as" illustrates something else, so a trigger there is a cue, no more:
# "measures, such as programmes of action, monitoring mechanisms and social awareness
# campaigns" is about measures. Not "including"/"notamment"/"y compris": they also introduce
# the parts a paragraph is about, and "notamment" often means "in particular".
_EXAMPLE_MARKERS = {
    "en": re.compile(r"\b(?:such as|for example|for instance|e\.g\.)", re.IGNORECASE),
    "fr": re.compile(r"\b(?:par exemple|tel(?:le)?s? qu(?:e\b|['’]))", re.IGNORECASE),
}
_EXAMPLE_END = re.compile(r"[.;:](?:\s|$)")


def _examples(text: str, lang: str) -> list[tuple[int, int]]:
    """Return the character spans of ``text`` that are examples: from a marker ("such as",
    "for example", "e.g.", "par exemple", "tels que") to the end of its sentence or clause."""
    marker = _EXAMPLE_MARKERS.get(lang)
    if marker is None:
        return []
    spans = []
    for found in marker.finditer(text):
        end = _EXAMPLE_END.search(text, found.end())
        spans.append((found.end(), end.start() if end else len(text)))
    return spans


# Constructions that name who runs an action, or whom an actor works alongside: the paragraph
# is about the action, not about coordinating it. "initiatives on Holocaust remembrance, which
# are coordinated by a national committee" are about remembrance (as "organized by" would be);
# "Italy promotes human rights education, in coordination with the other countries" is about
# education. A coordination trigger there counts as a cue: with another cue ("coordinated by
# the Inter-ministerial Committee") or a coordination stated elsewhere in the paragraph, the
# topic stays. Surface text, since "by", "with", "in" are stop words: the analysed phrase would
# be "coordination" alone. One optional word: "in close coordination with", "en étroite
# coordination avec", "en coordination étroite avec".
_IN_PASSING = {
    "en": re.compile(
        r"\bcoordinated\s+(?:\w+ly\s+)?by\b|\bin\s+(?:\w+\s+)?coordination\s+with\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\bcoordonn[ée]e?s?\s+par\b|\ben\s+(?:\w+\s+)?coordination\s+(?:\w+\s+)?avec\b",
        re.IGNORECASE,
    ),
}


def _in_passing(text: str, lang: str) -> list[tuple[int, int]]:
    """Return the character spans of ``text`` that name who coordinates an action or whom it is
    coordinated with ("coordinated by", "in coordination with", "coordonnées par", "en
    coordination avec"): their triggers are cues."""
    pattern = _IN_PASSING.get(lang)
    return [found.span() for found in pattern.finditer(text)] if pattern else []


# A list of words joined by "and"/"et" (commas between earlier items) shares what follows
# its last word: "identifier et interroger les victimes" identifies victims.
_LIST_SEPARATOR = re.compile(r",|\b(?:and|or|et|ou)\b", re.IGNORECASE)


def _list_items(text: str, lang: str) -> tuple[list[str], list[list[int]], list[str], list[int]]:
    """Return the terms of ``text`` (as ``tokens`` gives them, without quantifiers), the
    positions of the terms of each stretch between two list separators, the separators, and
    where each term starts in ``text``, from one analysis."""
    separators = list(_LIST_SEPARATOR.finditer(text))
    spans = [separator.span() for separator in separators]
    items: list[list[int]] = [[] for _ in range(len(spans) + 1)]
    terms: list[str] = []
    starts: list[int] = []
    item = 0
    skipped = _quantifiers(lang)
    for term, start, end in analysed(text, lang):
        if term in skipped:
            continue
        while item < len(spans) and spans[item][1] <= start:
            item += 1
        if item == len(spans) or end <= spans[item][0]:
            items[item].append(len(terms))  # not the separator word itself
        terms.append(term)
        starts.append(start)
    return terms, items, [separator[0].lower() for separator in separators], starts


def _shared_tails(
    terms: list[str],
    items: list[list[int]],
    separators: list[str],
    found: list[tuple[int, Phrase]],
    lang: str,
) -> Iterator[Credit]:
    """Yield the triggers a list's earlier words form with the words after its last item.

    "identifier et interroger les victimes" is read as "identifier les victimes" too, and
    "l'identification, la protection et l'assistance aux victimes" as "l'identification
    des victimes": a word, then one-word items after commas, then "and" (et, or, ou) and an
    item of several words; the word takes that item's words after its first. Only
    triggers that span the join count, and a comma before the last item is no list's
    ("des sanctions, ainsi qu'une aide aux victimes"). ``found`` is the scan of ``terms``:
    a list inside one of its neutral phrases shares nothing.
    """
    hidden = {
        position + offset
        for position, phrase in found
        if not phrase.credits
        for offset in range(len(phrase.terms))
    }
    index = phrases(lang)
    for number, item in enumerate(items[:-1]):
        if not item:
            continue
        later = number + 1
        while later < len(items) and len(items[later]) == 1:
            later += 1
        if later == len(items) or len(items[later]) < 2 or separators[later - 1] == ",":
            continue
        if {item[-1], items[later][0]} & hidden:
            continue  # inside a neutral phrase: "Protocol to Prevent, Suppress and Punish…"
        joined = [terms[item[-1]], *(terms[i] for i in items[later][1:])]
        for phrase in index.get(joined[0], ()):
            if len(phrase.terms) > 1 and tuple(joined[: len(phrase.terms)]) == phrase.terms:
                yield from (credit for credit in phrase.credits if not credit.weak)
                break


def find_topics(text: str, lang: str) -> tuple[str, ...]:
    """Return the ids of the topics ``text`` is about, in vocabulary order.

    A paragraph in a language without an analyzer (e.g. "und") has no topics.
    """
    return _topics(text, lang, query=False)


QUERY_CUES = 2  # in a query, one cue names a topic whose paragraphs need at most this many


def query_topics(text: str, lang: str) -> tuple[str, ...]:
    """Return the ids of the topics a search query names, in vocabulary order.

    A query is a few words, each meant: one cue names its topic ("police training",
    "private sector partnerships", "the definition"), where a paragraph needs several
    ("children" once is a passing mention). Not the cues of a topic whose paragraphs need
    more than QUERY_CUES of them: those are the field's common words ("victims",
    "assistance", "protection"), which most queries have whatever they are about.
    """
    return _topics(text, lang, query=True)


def _topics(text: str, lang: str, query: bool) -> tuple[str, ...]:
    if lang not in LANGUAGES:
        return ()
    counts = evidence(text, lang)
    # Most paragraphs evidence a few topics: the others are given only if they need no cue
    evidenced = {credit.topic for credit in counts}
    return tuple(
        topic.id
        for topic in vocabulary()
        if (topic.id in evidenced or topic.min_cues < 1) and _given(topic, counts, query)
    )


def _given(topic: Topic, counts: Counter[Credit], query: bool = False) -> bool:
    triggers, cues = counts[Credit(topic.id, weak=False)], counts[Credit(topic.id, weak=True)]
    needed = 1 if query and topic.min_cues <= QUERY_CUES else topic.min_cues
    return triggers > 0 or cues >= needed
