"""Query plans and their evaluation over all documents at once (BM25 on numpy arrays).

A plan is a small tree of frozen dataclasses (what to look up, how to combine
it); :func:`evaluate` turns it into a score per document and a mask of the
documents that match, reading each term's postings as arrays
(:mod:`indexer.index.postings`). Combining is array arithmetic, so a broad
query over 50,000 paragraphs costs milliseconds instead of the second that
walking Whoosh's matchers document by document takes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .doctable import DocTable
from .postings import Postings
from .sequences import WordSequences

K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Term:
    """A term of a text field, scored with BM25."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Chain:
    """A multi-word term looked up as its neighbouring pairs (terms of a pairs field).

    It matches where every pair is, and scores as one term would: the idf of
    the documents having the whole chain, the mean of the pairs' frequencies.
    A three-word term therefore weighs no more than a two-word one.
    """

    terms: tuple[Term, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Written:
    """Words as written (case and accents folded), one after the other: a quoted phrase.

    Found in the paragraphs' word sequences (:mod:`indexer.index.sequences`),
    so it matches exactly where the phrase is, and scores as one term of the
    ``exact`` field would: BM25 of the times the phrase occurs.
    """

    words: tuple[str, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Unanalysed:
    """Words as written, looked up only in the paragraphs of a language without an analyzer
    (a Spanish version): in French and English paragraphs their stems do that, and the
    folded form would merge words the analyzers keep apart (``traité`` and ``traite``)."""

    part: Term | Written


@dataclass(frozen=True)
class Pooled:
    """Ways of writing one concept: a word's stems in both languages, a term and its translations.

    They share one idf, from the documents that have any of them, so a concept
    weighs the same whichever language a paragraph writes it in (the English
    "trafficking" is rare in a corpus whose French report says "traite" in
    every paragraph; apart, the English word would outweigh everything). A
    document scores its best way.
    """

    parts: tuple[Term | Chain | Written | Unanalysed, ...]


ANY = "*"  # the value of a Tagged plan that any value of its facet matches


@dataclass(frozen=True)
class Tagged:
    """Documents whose facet has a value (no score)."""

    facet: str
    value: str | None  # None: a value that means nothing; matches no document; ANY: any value


@dataclass(frozen=True)
class Shared:
    """Documents whose facet has a value, weighing 1 when they have at most ``full`` values of
    that facet and less the more they have: a State named among twenty is less a
    paragraph's subject than a State named alone. Documents whose ``subject`` facet has the
    value weigh 1 too, named or not (the paragraphs of Italy's own report)."""

    facet: str
    value: str
    full: int
    subject: str | None = None


@dataclass(frozen=True)
class AllOf:
    """Every part matches; scores add."""

    parts: tuple[Plan, ...]


@dataclass(frozen=True)
class AnyOf:
    """Any part matches; scores add (more parts matched, higher score). With ``coord``, the
    sum is scaled by the share of the parts a document matches to that power, as Lucene's
    classic coordination factor: the words of a query side by side, where a paragraph
    having one word many times, or through its translation in a short paragraph, had
    outscored one having all the query's words ("investigation of illegal armed groups":
    seven paragraphs on "enquêtes" before the resolution's own words)."""

    parts: tuple[Plan, ...]
    coord: float = 0.0


@dataclass(frozen=True)
class BestOf:
    """Any part matches; the best part's score counts, plus ``tiebreak`` × the others'."""

    parts: tuple[Plan, ...]
    tiebreak: float = 0.1


@dataclass(frozen=True)
class Without:
    """The documents of ``keep`` (all documents when None) that match none of ``drop``."""

    keep: Plan | None
    drop: tuple[Plan, ...]


@dataclass(frozen=True)
class Lift:
    """The documents of ``base``, scoring ``score`` more for each of ``lifts`` they match (times
    the lift's own score when it is a Shared, or the best of several)."""

    base: Plan
    lifts: tuple[Plan, ...]
    score: float


Plan = (
    Term
    | Chain
    | Written
    | Unanalysed
    | Pooled
    | Tagged
    | Shared
    | AllOf
    | AnyOf
    | BestOf
    | Without
    | Lift
)


@dataclass
class Context:
    table: DocTable
    postings: Postings
    words: WordSequences

    @property
    def size(self) -> int:
        return self.table.size


def evaluate(plan: Plan, context: Context) -> tuple[np.ndarray, np.ndarray]:
    """Return (score per document, mask of matching documents)."""
    if isinstance(plan, Term | Chain | Written | Unanalysed):
        weights, mask = _weights(plan, context)
        return (_idf(context, int(mask.sum())) * weights).astype(np.float32), mask
    if isinstance(plan, Pooled):
        return _pooled(plan, context)
    if isinstance(plan, Tagged):
        return np.zeros(context.size, dtype=np.float32), _tagged(plan, context)
    if isinstance(plan, Shared):
        mask = _tagged(Tagged(plan.facet, plan.value), context)
        named = context.table.values_per_document(plan.facet)
        share = np.minimum(1.0, plan.full / np.maximum(named, 1)).astype(np.float32)
        if plan.subject is not None:
            whole = _tagged(Tagged(plan.subject, plan.value), context)
            mask, share = mask | whole, np.where(whole, 1.0, share).astype(np.float32)
        return np.where(mask, share, 0).astype(np.float32), mask
    if isinstance(plan, Without):
        return _without(plan, context)
    if isinstance(plan, Lift):
        return _lift(plan, context)
    results = [evaluate(part, context) for part in plan.parts]
    scores = np.stack([s for s, _ in results])
    masks = np.stack([m for _, m in results])
    if isinstance(plan, AllOf):
        mask = masks.all(axis=0)
        return np.where(mask, scores.sum(axis=0), 0).astype(np.float32), mask
    if isinstance(plan, AnyOf):
        total = scores.sum(axis=0)
        if plan.coord:
            total *= (masks.sum(axis=0, dtype=np.float32) / len(plan.parts)) ** plan.coord
        return total, masks.any(axis=0)
    best = scores.max(axis=0)
    return best + plan.tiebreak * (scores.sum(axis=0) - best), masks.any(axis=0)


def _weights(plan: Term | Chain | Written | Unanalysed, context: Context):
    """Return a term's, chain's or phrase's BM25 weight per document before idf, and where
    it is."""
    if isinstance(plan, Unanalysed):
        weights, mask = _weights(plan.part, context)
        mask = mask & context.table.unanalysed
        return np.where(mask, weights, 0).astype(np.float32), mask
    if isinstance(plan, Chain):
        parts = [_weights(term, context) for term in plan.terms]
        mask = np.logical_and.reduce([m for _, m in parts])
        mean = np.mean([w for w, _ in parts], axis=0)
        return np.where(mask, plan.boost * mean, 0).astype(np.float32), mask
    if isinstance(plan, Written):
        field = "exact"
        ids, frequencies = context.words.occurrences(plan.words)
    else:
        field = plan.field
        ids, frequencies = context.postings.get(plan.field, plan.text)
    weights = np.zeros(context.size, dtype=np.float32)
    mask = np.zeros(context.size, dtype=bool)
    if len(ids):
        weights[ids] = plan.boost * _saturation(context, field, ids, frequencies)
        mask[ids] = True
    return weights, mask


def _pooled(plan: Pooled, context: Context) -> tuple[np.ndarray, np.ndarray]:
    parts = [_weights(part, context) for part in plan.parts]
    mask = np.logical_or.reduce([m for _, m in parts])
    best = np.max([w for w, _ in parts], axis=0)
    return (_idf(context, int(mask.sum())) * best).astype(np.float32), mask


def _idf(context: Context, df: int) -> float:
    return math.log(1 + (context.size - df + 0.5) / (df + 0.5))


def _saturation(context: Context, field: str, ids: np.ndarray, frequencies: np.ndarray):
    """BM25's term-frequency part, with length normalisation."""
    lengths = context.table.lengths.get(field)
    average = context.table.average_lengths.get(field)
    if lengths is None or average is None:
        normalised = np.ones(len(ids), dtype=np.float32)
    else:
        normalised = 1 - B + B * lengths[ids] / average
    return (frequencies * (K1 + 1) / (frequencies + K1 * normalised)).astype(np.float32)


def _tagged(plan: Tagged, context: Context) -> np.ndarray:
    column = context.table.facets[plan.facet]
    if plan.value == ANY:
        mask = np.zeros(context.size, dtype=bool)
        mask[column.documents] = True
        return mask
    if plan.value:
        return column.mask({plan.value}, context.size)
    return np.zeros(context.size, dtype=bool)


def _without(plan: Without, context: Context) -> tuple[np.ndarray, np.ndarray]:
    if plan.keep is None:
        scores, mask = np.zeros(context.size, dtype=np.float32), np.ones(context.size, dtype=bool)
    else:
        scores, mask = evaluate(plan.keep, context)
    for drop in plan.drop:
        mask = mask & ~evaluate(drop, context)[1]
    return np.where(mask, scores, 0).astype(np.float32), mask


def _shared(lift: Plan) -> bool:
    """Tell whether a lift weighs by its score (a Shared, or the best of several) rather than
    in full wherever it matches (a Tagged)."""
    if isinstance(lift, BestOf):
        return all(isinstance(part, Shared) for part in lift.parts)
    return isinstance(lift, Shared)


def _lift(plan: Lift, context: Context) -> tuple[np.ndarray, np.ndarray]:
    scores, mask = evaluate(plan.base, context)
    for lift in plan.lifts:
        weights, matched = evaluate(lift, context)
        share = weights if _shared(lift) else 1.0
        scores = scores + plan.score * np.where(matched & mask, share, 0)
    return scores.astype(np.float32), mask
