"""The Whoosh implementation of the search core (:class:`~indexer.index.api.SearchEngine`).

Whoosh stores the index (postings, stored records, word positions, the
spelling lexicon); the scorer (:mod:`indexer.index.scoring`) evaluates query
plans over all documents at once with numpy, and the document table
(:mod:`indexer.index.doctable`) gives facet filters and counts, twins (a
paragraph found brings its other-language version, ranked a little lower) and
document order as array operations.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from whoosh.index import EmptyIndexError, open_dir

from ..enrich.state_groups import GroupMention, organizations_naming
from ..enrich.states import query_state_mentions
from ..errors import IndexerError, IndexMissingError, IndexOutdatedError
from . import wildcards
from .api import (
    CitedDocument,
    Citing,
    DocumentView,
    Hit,
    SearchRequest,
    SearchResult,
    sanitised,
)
from .doctable import DocTable, load_table
from .facets import count_facets
from .facetvalues import normalise, normalise_all, state_group
from .graph import Graph
from .highlight import note_snippet, render, snippet
from .notices import Notice
from .postings import Postings
from .querybuild import Compiled, as_written, compile_query
from .querylang import (
    And,
    Field,
    Node,
    Not,
    Or,
    Parsed,
    Phrase,
    Word,
    fields,
    parse,
    plain_words,
    quoted,
    unquoted,
)
from .records import document_info, hit
from .schema import SCHEMA_VERSION
from .scoring import Context, evaluate
from .sequences import WordSequences, load_sequences
from .store import IndexStore
from .suggest import correct, did_you_mean, missing

TWIN_WEIGHT = 0.8  # a paragraph found through its other-language version


@dataclass(frozen=True)
class _Generation:
    path: Path
    index: Any
    meta: dict[str, Any]
    table: DocTable
    postings: Postings
    words: WordSequences
    graph: Graph


class WhooshEngine:
    """Search the published generation of an index folder; follow it when a build replaces it."""

    def __init__(self, root: Path) -> None:
        self.store = IndexStore(root)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._unusable: Exception | None = None  # why the published generation was not opened
        self._generation = self._open()

    # -- opening and following generations ---------------------------------------------

    def _open(self) -> _Generation:
        self.store.check_folder()
        path = self.store.current()
        if path is None:
            raise IndexMissingError(
                f"no index in {self.store.root}: build it with 'python -m indexer build'"
            )
        meta = self.store.meta(path)
        built = meta.get("schema_version")
        if isinstance(built, int) and built > SCHEMA_VERSION:
            raise IndexOutdatedError(
                f"the index in {self.store.root} was built with schema version {built}, "
                f"newer than this code's {SCHEMA_VERSION}: restart the search app with the "
                "code that built it"
            )
        if built != SCHEMA_VERSION:
            raise IndexOutdatedError(
                f"the index in {self.store.root} was built with schema version "
                f"{built}, this code needs {SCHEMA_VERSION}: "
                "rebuild it with 'python -m indexer build'"
            )
        index = open_dir(str(path))
        symbols = {d["symbol"] for d in meta["documents"]}
        try:
            table = load_table(path)
            words = load_sequences(path)
            if words.size != table.size:
                raise ValueError(f"{words.size} word sequences for {table.size} documents")
        except (OSError, ValueError, KeyError, IndexError) as exc:
            raise IndexOutdatedError(
                f"the index in {self.store.root} does not match this code ({exc!r}): "
                "rebuild it with 'python -m indexer build'"
            ) from exc
        return _Generation(
            path, index, meta, table, Postings(index.reader()), words, Graph.load(path, symbols)
        )

    def _current(self) -> _Generation:
        """Return the generation to use, switching when a build published a new one."""
        published = self.store.current()
        if published is not None and published != self._generation.path:
            with self._lock:
                if published != self._generation.path:
                    try:
                        self._generation = self._open()
                        self._unusable = None
                    except (OSError, IndexOutdatedError, IndexMissingError, ValueError) as exc:
                        self._unusable = exc  # keep serving the generation we have
        return self._generation

    def _searcher(self, generation: _Generation):
        cached = getattr(self._local, "searcher", None)
        if cached is None or cached[0] is not generation:
            if cached is not None:
                cached[1].close()
            try:
                opened = generation.index.searcher()
            except (EmptyIndexError, OSError) as exc:  # its files were removed under us
                raise self._gone(generation) from exc
            self._local.searcher = (generation, opened)
        return self._local.searcher[1]

    def _gone(self, generation: _Generation) -> IndexerError:
        """Say why nothing can be searched: the generation served was removed (by two later
        builds, or by hand) and the one published instead cannot be opened."""
        reason = self._unusable or f"no index in {self.store.root}"
        kind = type(reason) if isinstance(reason, IndexerError) else IndexMissingError
        return kind(
            f"the index this server was searching ({generation.path.name}) was removed, "
            f"and none can replace it: {reason}"
        )

    # -- the SearchEngine protocol -------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        request = sanitised(request)
        generation = self._current()
        parsed = parse(without_state_qualifiers(request.q))
        result = self._answer(request, generation, parsed)
        context = Context(generation.table, generation.postings, generation.words)
        if result.total or not (nowhere := _quoted_nowhere(parsed.tree, context)):
            return result
        # A quoted phrase no paragraph has, as written or through an equivalent: its words
        # without quotes, as the notice says, rather than nothing ('"specialized units"' over
        # a French report writing "unités spécialisées")
        loose = self._answer(
            request, generation, Parsed(unquoted(parsed.tree, nowhere), parsed.notices)
        )
        if not loose.total:
            return result
        said = [  # a phrase none of whose words is anywhere stays the one found nowhere
            Notice.of("phrase-unquoted", phrase=p)
            if _words_found(p, context)
            else Notice.of("missing", word=p)
            for p in sorted(nowhere)
        ]
        kept = [n for n in loose.notices if not _names_phrase(n, nowhere)]
        return dataclasses.replace(loose, notices=(*said, *kept))

    def _answer(
        self, request: SearchRequest, generation: _Generation, parsed: Parsed
    ) -> SearchResult:
        table, searcher = generation.table, self._searcher(generation)
        context = Context(table, generation.postings, generation.words)
        tree, truncations = wildcards.expand(searcher, parsed.tree)
        tree, corrections = (
            correct(searcher, tree, lambda word: _finds(Word(word), context))
            if request.correct
            else (tree, [])
        )
        notices = [*parsed.notices, *truncations]
        notices += [Notice.of("corrected", old=old, new=new) for old, new in corrections]
        absent = missing(
            searcher,
            tree,
            lambda word: _finds(Word(word), context),
            lambda phrase: _finds(Phrase(phrase), context, expand=True),
        )
        notices += _meaningless_values(tree, request.filters)
        notices += _group_values(tree, request.filters)
        typed_tree = tree  # before the prefixes become filters
        tree, prefixed, clash = _prefix_filters(tree, table)  # filters, as the facets' are
        if clash:
            notices.append(Notice.of("exclusive-prefixes", first=clash[0], second=clash[1]))
        compiled = compile_query(tree)
        nothing = compiled.query is None and request.q.strip() and not fields(parsed.tree)
        if nothing and not {"empty-prefix", "web-address"} & {n.code for n in parsed.notices}:
            notices.append(Notice.of("nothing-to-search", text=" ".join(request.q.split())[:80]))
        unwritten = frozenset(p for p in compiled.expandable if not _written(p, context))
        unnamed = _unnamed_groups(compiled, context)
        if unwritten or unnamed:  # each on its own: '"forced labour" OR "travail forcé"'
            compiled = compile_query(tree, expand_phrases=unwritten, groups=unnamed)
            # only those whose equivalents find something: '"traite OR exploitation"' said
            # "showing equivalent terms" over no result, beside "No paragraph has …"
            notices += [
                Notice.of("phrase-equivalents", phrase=p)
                for p in sorted(unwritten)
                if _finds(Phrase(p), context, expand=True)
            ]
        notices += [
            Notice.of("phrase-translated", phrase=p)
            for p, plan in compiled.translated.items()
            if _evaluate(Compiled(plan), context)[1].any()
        ]
        notices += _group_notices(compiled)
        scores, matched = _evaluate(compiled, context)
        selected = _selections(table, request.filters)
        notices += _absent_values(table, typed_tree, request.filters)
        universe = (matched | table.twins_of(matched)) & prefixed
        final = universe.copy()
        for mask in selected.values():
            final &= mask
        if compiled.quoted and final.any():  # none found: the app offers words
            more = _other_forms(tree, context, final, selected, unwritten)
            if more:
                notices.append(Notice.of("phrase-forms", count=more))
        ranked = compiled.query is not None and _ranks(tree)
        if not ranked or request.sort == "document":
            page = _by_document_order(table, final, request)
        else:
            page = _by_relevance(table, scores, matched, final, request)
        marked = _marked(compiled.highlight, typed_tree, request.filters)
        hits = tuple(
            _hit(searcher, int(number), float(score), marked, matched) for number, score in page
        )
        total = int(final.sum())
        notices += [Notice.of("missing" if total else "not-found", word=w) for w in absent]
        suggestion = None
        if total < 3 and tree is not None and not corrections and request.correct:
            suggestion = did_you_mean(searcher, tree, request.q)
        return SearchResult(
            total=total,
            page=request.page,
            size=request.size,
            hits=hits,
            facets=count_facets(table, universe, selected, request.filters, request.ui_lang),
            did_you_mean=suggestion,
            notices=tuple(notices),
            ranked=ranked,
        )

    def paragraph(self, symbol: str, lang: str, anchor: str) -> Hit | None:
        generation = self._current()
        found = self._searcher(generation).document(id=f"{symbol}|{lang}|{anchor}")
        if found is None:
            return None
        record = json.loads(found["record"])
        return hit(record, highlight=render(record["text"], []))

    def document(self, symbol: str) -> DocumentView | None:
        generation = self._current()
        metas = [d for d in generation.meta["documents"] if d["symbol"] == symbol]
        if not metas:
            return None
        searcher, table = self._searcher(generation), generation.table
        mask = table.facets["symbol"].mask({symbol}, table.size)
        numbers = np.nonzero(mask)[0]
        numbers = numbers[np.argsort(table.rank[numbers], kind="stable")]
        paragraphs: dict[str, list[Hit]] = {}
        for number in numbers:
            record = json.loads(searcher.stored_fields(int(number))["record"])
            paragraphs.setdefault(record["lang"], []).append(
                hit(record, highlight=render(record["text"], []))
            )
        versions = {m["lang"]: document_info(m, m.get("paragraph_count", 0)) for m in metas}
        return DocumentView(
            symbol=symbol,
            versions=versions,
            paragraphs={lang: tuple(items) for lang, items in sorted(paragraphs.items())},
        )

    def symbols(self) -> tuple[str, ...]:
        return tuple(sorted({d["symbol"] for d in self._current().meta["documents"]}))

    def cited_by(self, symbol: str, anchor: str | None = None) -> tuple[Citing, ...]:
        return self._current().graph.cited_by(symbol, anchor)

    def cited_documents(self) -> tuple[CitedDocument, ...]:
        return self._current().graph.cited_documents()

    def documents(self) -> tuple[Mapping[str, Any], ...]:
        """Return the metadata of every indexed document version."""
        return tuple(self._current().meta["documents"])


def _prefix_filters(tree, table: DocTable) -> tuple[Any, np.ndarray, tuple[str, str] | None]:
    """Take a query's facet prefixes out of it, as a mask of the paragraphs they allow (all
    when it has none), applied as the facets' filters are: after a paragraph's other-language
    version joined the results with it. Before, "traite lang:en" also listed the French
    versions of its English paragraphs, "lang:fr" all 487 paragraphs, and "topic:children"
    41 paragraphs where the topic filter gave 38: the other-language versions of paragraphs
    whose topics differ from theirs. Only the prefixes that restrict the whole query are
    taken (``lang:fr``, ``NOT lang:en``, ``(topic:children OR topic:gender)``, one facet per
    group); others stay in the query. Also returns, when two of those prefixes each select
    paragraphs but none has both ("lang:fr lang:en", "year:2009 year:2010": a paragraph has
    one language and one year), the two as typed, for the search to say why it found nothing:
    it said nothing, and the page advised checking the spelling."""
    allowed = np.ones(table.size, dtype=bool)
    taken: list[tuple[str, np.ndarray]] = []  # each prefix taken, as typed, and its mask
    parts = list(tree.nodes) if isinstance(tree, And) else [tree]
    kept = []
    for part in parts:
        negated = isinstance(part, Not)
        inner = part.node if negated else part
        choices = inner.nodes if isinstance(inner, Or) else (inner,)
        names = {c.name if isinstance(c, Field) else None for c in choices}
        if len(names) != 1 or None in names:
            kept.append(part)
            continue
        name = names.pop()
        values = {v for c in choices for v in normalise_all(name, c.value)}
        mask = table.facets[name].mask(values, table.size)
        mask = ~mask if negated else mask
        allowed &= mask
        typed = " OR ".join(f"{c.typed or c.name}:{c.value}" for c in choices)
        typed = f"({typed})" if len(choices) > 1 else typed
        taken.append((f"NOT {typed}" if negated else typed, mask))
    clash = None
    if not allowed.any() and all(mask.any() for _, mask in taken):
        clash = next(
            (
                (first, second)
                for i, (first, one) in enumerate(taken)
                for second, other in taken[i + 1 :]
                if not (one & other).any()
            ),
            None,
        )
    if len(kept) == len(parts):
        return tree, allowed, clash
    if isinstance(tree, And) and len(kept) > 1:
        return And(tuple(kept), tree.explicit), allowed, clash
    return (kept[0] if kept else None), allowed, clash


def _ranks(node) -> bool:
    """Tell whether a query tree has words to rank by: not a negation alone ("NOT Italy",
    "-enfants", "SAUF Italie"), which selects paragraphs as a filter does. Before, such a query
    said it was ranked, and the page offered "Sort: relevance" over results in document
    order."""
    if isinstance(node, Word | Phrase):
        return True
    if isinstance(node, And | Or):
        return any(_ranks(child) for child in node.nodes)
    return False  # a negation, or a prefix the filters did not take


def _meaningless_values(tree, filters: Mapping[str, tuple[str, ...]]) -> list[Notice]:
    """Name each filter value, typed as a prefix or passed as a filter, that selects nothing
    because it means nothing for its facet ("state:XYZ", "lang:de")."""
    return [
        Notice.of("unknown-value", name=name, value=value, typed=typed)
        for name, value, typed in _filter_values(tree, filters)
        if not normalise_all(name, value)
    ]


def _filter_values(
    tree, filters: Mapping[str, tuple[str, ...]], negated: bool = True
) -> list[tuple[str, str, str]]:
    """Return the (facet, value, name as typed) of a query's prefixes (the negated ones too
    unless ``negated`` is False) and of its filters, each (facet, value) once, in order. The
    name as typed is the prefix's ("pays" for "pays:nordiques", which the notices had named
    "state:nordiques"), or the facet's for a filter."""
    typed = [
        (field.name, field.value, field.typed or field.name) for field in fields(tree, negated)
    ]
    typed += [(name, value, name) for name, values in filters.items() for value in values]
    first: dict[tuple[str, str], tuple[str, str, str]] = {}  # each (facet, value) as first met
    for name, value, shown in typed:
        first.setdefault((name, value), (name, value, shown))
    return list(first.values())


def _marked(highlight, tree, filters: Mapping[str, tuple[str, ...]]):
    """Return the terms to mark in snippets: the query's, and the States the results are
    filtered by (a State prefix or filter), so that a snippet shows where a paragraph names
    them ("Norvège" among the 27 States of para. 79), not only the query's words."""
    typed = _filter_values(tree, filters, negated=False)
    states = {
        code for name, value, _ in typed if name == "state" for code in normalise_all(name, value)
    }
    if not states:
        return highlight
    return {**highlight, "states": set(highlight.get("states", ())) | states}


def _group_values(tree, filters: Mapping[str, tuple[str, ...]]) -> list[Notice]:
    """Name each State filter value, typed as a prefix or passed as a filter, that is a group
    of States ("state:"Gulf States"", "pays:nordiques"), and its members."""
    found = []
    for name, value, typed in _filter_values(tree, filters):
        group = state_group(value) if name == "state" and normalise(name, value) is None else None
        if group is not None:
            found.append(
                Notice.of(
                    "group-filter",
                    name=name,
                    value=value,
                    typed=typed,
                    group=group.id,
                    count=len(group.members),
                    states=group.named_members("en"),
                )
            )
    return found


def _absent_values(table: DocTable, tree, filters: Mapping[str, tuple[str, ...]]) -> list[Notice]:
    """Name each filter value, typed as a prefix or passed as a filter, that means something
    but that no paragraph of the collection has ("symbol=A/RES/99/1", "year:1990"): it found
    nothing, and the reader is told why."""
    # not the negated ones: "-year:1990 victims" finds paragraphs, and needs no notice
    absent = []
    for name, value, typed in _filter_values(tree, filters, negated=False):
        indexed = set(normalise_all(name, value))
        if indexed and not table.facets[name].mask(indexed, table.size).any():
            absent.append(Notice.of("absent-value", name=name, value=value, typed=typed))
    return absent


QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def without_state_qualifiers(query: str) -> str:
    """Return ``query`` with the qualifier of a State's UN name left out: "Venezuela
    (République bolivarienne du)" is "Venezuela", whose paragraphs are found by their State
    whatever they write. The parentheses are part of the name, not a group of words: before,
    "Bolivia (Plurinational State of)" searched "Bolivia" or "State" or "Plurinational"."""
    quoted = [m.span() for m in QUOTED.finditer(query)]  # a phrase stays as written
    for mention in reversed(query_state_mentions(query)):
        inside = any(start <= mention.start < end for start, end in quoted)
        if "(" in mention.name and not inside:
            short = mention.name.split("(", 1)[0].strip()
            query = f"{query[: mention.start]}{short}{query[mention.end :]}"
    return query


def _unnamed_groups(compiled: Compiled, context: Context) -> frozenset[str]:
    """Return the ids of the groups of States the query names that no paragraph names as
    written: those are read as their members ("Gulf States", "pays nordiques"). A group the
    documents name is found by its name ("Amérique centrale": the resolution on Central
    America names it in most paragraphs, and lifting every paragraph naming Nicaragua or
    El Salvador put its paragraphs on refugees below the others). A name of one word is
    a word, found in the other language too ("Africa": the report's "Afrique"). A name
    written only inside an organization's does not name the group ("États arabes" in
    "Ligue des États arabes")."""
    return frozenset(
        mention.group.id
        for mention in compiled.named_groups
        if not any(_finds(_group_name(name), context) for name in _names_of(mention))
    )


def _names_of(mention: GroupMention) -> tuple[str, ...]:
    """Return the names under which the documents may name the group a query names: as
    typed, and in the other language, in several words ("Central America" for "Amérique
    centrale": a resolution in English only names it so, and the query's words find it
    through their translation). Not the typed language's other names ("pays d'Afrique" in
    a list of the regions where UNODC has projects does not make the report one that
    names the "États africains"), nor a name of one word ("Africa")."""
    others = (n for n in mention.group.translations(mention.name) if len(n.split()) > 1)
    return tuple(dict.fromkeys((mention.name, *others)))


def _group_name(name: str) -> Node:
    """Return the query finding the paragraphs that name a group of States as ``name``."""
    if len(name.split()) == 1:
        return Word(name)
    organizations = organizations_naming(name)
    if not organizations:
        return Phrase(name)
    return And((Phrase(name), *(Not(Phrase(o)) for o in organizations)), explicit=True)


def _group_notices(compiled: Compiled) -> list[Notice]:
    """Say which groups of States were read as their members, and which members."""
    return [
        Notice.of(
            "group",
            typed=mention.name,
            group=mention.group.id,
            count=len(mention.group.members),
            states=mention.group.named_members("en"),
        )
        for mention in compiled.named_groups
        if mention.group.id in compiled.groups
    ]


def _quoted_nowhere(tree: Node | None, context: Context) -> frozenset[str]:
    """Return the quoted phrases of a query (not under a NOT) that no paragraph has, as
    written or through an equivalent."""
    return frozenset(p for p in quoted(tree) if not _finds(Phrase(p), context, expand=True))


def _words_found(phrase: str, context: Context) -> bool:
    """Tell whether any paragraph has any word of a quoted phrase (searched without quotes)."""
    return bool(_evaluate(compile_query(plain_words(phrase)), context)[1].any())


def _names_phrase(notice: Notice, phrases: frozenset[str]) -> bool:
    """Tell whether a notice says a word or phrase of ``phrases`` was found nowhere (the
    phrase's own notice says so, and that its words were searched)."""
    return notice.code in ("missing", "not-found") and dict(notice.values).get("word") in phrases


def _written(phrase: str, context: Context) -> bool:
    """Tell whether any paragraph has a quoted phrase as written (its translations aside)."""
    return bool(_evaluate(Compiled(as_written(phrase, 1.0)), context)[1].any())


def _finds(node: Word | Phrase, context: Context, expand: bool = False) -> bool:
    """Tell whether any paragraph matches a word or a quoted phrase alone: the phrase as
    written, or with ``expand`` through its glossary equivalents too."""
    phrases = frozenset({node.text}) if expand else frozenset()
    return bool(_evaluate(compile_query(node, expand_phrases=phrases), context)[1].any())


def _other_forms(
    tree, context: Context, final: np.ndarray, selected, expanded: frozenset[str]
) -> int:
    """Count the paragraphs, within the filters, that the query's quoted phrases would add
    if they also matched their words in other forms ("la victime" for "les victimes")."""
    _, loose = _evaluate(compile_query(tree, expanded, other_forms=True), context)
    more = loose & ~final
    for mask in selected.values():
        more &= mask
    return int(more.sum())


def _evaluate(compiled, context: Context) -> tuple[np.ndarray, np.ndarray]:
    if compiled.query is None:
        return np.zeros(context.size, dtype=np.float32), np.ones(context.size, dtype=bool)
    return evaluate(compiled.query, context)


def _selections(table: DocTable, filters: Mapping[str, tuple[str, ...]]) -> dict[str, np.ndarray]:
    """Return, per filtered facet, the mask of documents having one of its selected values."""
    selected = {}
    for name, values in filters.items():
        indexed = {v for value in values for v in normalise_all(name, value)}
        selected[name] = table.facets[name].mask(indexed, table.size)
    return selected


def _by_document_order(table: DocTable, final: np.ndarray, request: SearchRequest) -> list:
    start = (request.page - 1) * request.size
    numbers = np.nonzero(final)[0]
    ordered = numbers[np.argsort(table.rank[numbers], kind="stable")]
    return [(number, 0.0) for number in ordered[start : start + request.size]]


def _by_relevance(table: DocTable, scores, matched, final, request: SearchRequest) -> list:
    """Rank ``final`` by score: a paragraph's own, or its twin's × TWIN_WEIGHT."""
    effective = np.where(matched, scores, 0).astype(np.float32)
    sources = np.nonzero(matched & (table.twin >= 0))[0]
    np.maximum.at(effective, table.twin[sources], TWIN_WEIGHT * scores[sources])
    end = request.page * request.size
    numbers = np.flatnonzero(final)
    count = len(numbers)
    if count == 0 or end - request.size >= count:
        return []
    top = min(end, count)
    # The top paragraphs by score, ties by document order: a partition alone would take any
    # of the paragraphs tied at the page's edge, and pages would repeat or skip some. Only
    # the paragraphs of ``final`` compete (scores are never negative).
    values = effective[numbers]
    edge = np.partition(values, -top)[-top]
    above = numbers[values > edge]
    tied = numbers[values == edge]
    tied = tied[np.argsort(table.rank[tied], kind="stable")][: top - len(above)]
    candidates = np.concatenate([above, tied])
    ordered = sorted(candidates, key=lambda n: (-effective[n], table.rank[n]))
    return [(n, effective[n]) for n in ordered[end - request.size : end]]


def _hit(searcher, number: int, score: float, terms, matched: np.ndarray) -> Hit:
    record = json.loads(searcher.stored_fields(number)["record"])
    html, found = snippet(record["text"], record["lang"], terms)
    note = None if found else note_snippet(record.get("footnotes", []), record["lang"], terms)
    return hit(record, score=score, highlight=html, twin=not bool(matched[number]), note=note)
