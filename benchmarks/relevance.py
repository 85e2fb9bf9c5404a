"""Relevance: the project's engine against a naive BM25 baseline, on a labelled query set.

    python -m benchmarks.relevance [--index DIR] [--no-build] [--queries FILE]… [--worst N]
                                   [--drop GLOB]…

Builds the project's index from ``corpus/`` (in a temporary folder, or in
``--index DIR``, where the build reuses the cached paragraphs of unchanged
files; ``--no-build`` searches what DIR already holds), builds the baseline
(:mod:`indexer.index.baseline`) from the same paragraph records, runs every
query of the set on both and prints, per group of queries, nDCG@10 and
recall@10, then the per-query table and the engine's worst queries with the
relevant paragraphs it missed.

nDCG@10: gain = the judged grade (3, 2, 1; unjudged = 0), discount log2(rank + 1),
normalised by the DCG of the ideal ranking of all the query's judged
paragraphs. Recall@10: share of the paragraphs judged ≥ 1 (or ≥ 2) that are in
the top 10.

``--drop GLOB`` leaves the corpus files matching GLOB out of the build (``--drop
'un-pdfs/*.fr.pdf'``: Italy's report and the resolution in English only, so that
French queries on them are measured over English paragraphs, as the French
report measures English queries); the judged paragraphs the index then lacks are
left out of the scores, and the queries left with none are not run.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import IndexerError
from indexer.index.api import SearchEngine, SearchRequest
from indexer.index.baseline import BaselineEngine
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
QUERIES = ROOT / "tests" / "fixtures" / "relevance" / "queries.json"
# Written blind by a second annotator in session 12 (docs/relevance.md, "The held-out set")
HELDOUT = ROOT / "tests" / "fixtures" / "relevance" / "heldout.json"
# Written blind by a third annotator in session 13 (docs/relevance.md, "The third set")
HELDOUT3 = ROOT / "tests" / "fixtures" / "relevance" / "heldout3.json"
# And by a fourth, on other personas' needs: longer questions, mixed languages (session 13)
HELDOUT4 = ROOT / "tests" / "fixtures" / "relevance" / "heldout4.json"
# And by a fifth, as practitioners name things: acronyms, instruments, jargon (session 14)
HELDOUT5 = ROOT / "tests" / "fixtures" / "relevance" / "heldout5.json"
# And by a sixth, as the public words things: media words, plain questions, slips (session 14)
HELDOUT6 = ROOT / "tests" / "fixtures" / "relevance" / "heldout6.json"
# And by a seventh, as a delegate types in a search box: short keywords, States (blind7)
HELDOUT7 = ROOT / "tests" / "fixtures" / "relevance" / "heldout7.json"
# And by an eighth, as a researcher traces positions: pasted passages, groups of States (blind8)
HELDOUT8 = ROOT / "tests" / "fixtures" / "relevance" / "heldout8.json"
# And by a ninth, as a human-rights researcher works on the other documents: the Italian UPR
# report and resolution 48/161, and queries spanning documents (blind9)
HELDOUT9 = ROOT / "tests" / "fixtures" / "relevance" / "heldout9.json"
# And by a tenth, as a delegate looks up what was said: recommendations and points of the
# discussion paraphrased from memory, English over the French report (blind10)
HELDOUT10 = ROOT / "tests" / "fixtures" / "relevance" / "heldout10.json"
# And by an eleventh, as non-native delegates and translators type: false friends, calques,
# mixed languages, and a term looked up in the other language's wording (blind11)
HELDOUT11 = ROOT / "tests" / "fixtures" / "relevance" / "heldout11.json"
# And by a twelfth, as people outside the UN system type: media and everyday words, a country
# with a subject, questions in full sentences (blind12)
HELDOUT12 = ROOT / "tests" / "fixtures" / "relevance" / "heldout12.json"
# And by a thirteenth, as legal practitioners phrase it: terms of art of criminal law and
# procedure, article citations, questions, in both languages (blind13)
HELDOUT13 = ROOT / "tests" / "fixtures" / "relevance" / "heldout13.json"
# And by a fourteenth, as librarians and documentalists use the search box's syntax: quoted
# phrases, AND/OR/NOT, parentheses, truncation, facet prefixes typed in the query (blind14)
HELDOUT14 = ROOT / "tests" / "fixtures" / "relevance" / "heldout14.json"
# And by a fifteenth, as staff of other international and regional bodies (OSCE, Council of
# Europe, EU, ILO, IOM…) write: their institutions' vocabulary and acronyms (blind15)
HELDOUT15 = ROOT / "tests" / "fixtures" / "relevance" / "heldout15.json"
# And by a sixteenth, as programme officers following up mandates ask: who was asked to do
# what, the Secretariat's tasks, what the Conference should consider (blind16)
HELDOUT16 = ROOT / "tests" / "fixtures" / "relevance" / "heldout16.json"
# And by a seventeenth, as UN language staff look up wording: terms of art and set phrases,
# often English over the French report, a report's formulae, titles of instruments (blind17)
HELDOUT17 = ROOT / "tests" / "fixtures" / "relevance" / "heldout17.json"
# And by an eighteenth, as people used to chat assistants type: whole conversational requests
# and questions, polite and wordy, sometimes in two parts (blind18)
HELDOUT18 = ROOT / "tests" / "fixtures" / "relevance" / "heldout18.json"
# And by a nineteenth, as academic researchers search: their disciplines' concepts (push and
# pull factors, root causes, vulnerability, securitization) rather than the UN's words (blind19)
HELDOUT19 = ROOT / "tests" / "fixtures" / "relevance" / "heldout19.json"
# What a run without --queries measures: the query set, then the held-out sets
SETS = (
    QUERIES,
    HELDOUT,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
    HELDOUT13,
    HELDOUT14,
    HELDOUT15,
    HELDOUT16,
    HELDOUT17,
    HELDOUT18,
    HELDOUT19,
)
K = 10
DEPTH = 100  # how far down the ranking a missed paragraph is looked for
LANGS = ("fr", "en")
TARGETS = ("wg4", "ita", "res", "mixed")


@dataclass(frozen=True)
class Query:
    id: str
    q: str
    lang: str
    target: str
    judgements: Mapping[str, int]
    note: str = ""


@dataclass(frozen=True)
class Scored:
    """One query's outcome on one engine."""

    query: Query
    ranked: tuple[str, ...]  # paragraph ids, best first, up to DEPTH
    ndcg: float
    recall1: float  # share of the paragraphs judged >= 1 in the top K
    recall2: float  # share of the paragraphs judged >= 2 in the top K


@dataclass(frozen=True)
class Group:
    name: str
    member: Callable[[Query], bool]
    target: float | None = None  # acceptance target on nDCG@10, if any


GROUPS = (
    Group("French queries", lambda q: q.lang == "fr", 0.95),
    Group("English queries", lambda q: q.lang == "en"),
    Group("English queries, French report", lambda q: q.lang == "en" and q.target == "wg4", 0.85),
    Group("all queries", lambda q: True),
)


# -- the query set ------------------------------------------------------------------------


def load_queries(path: Path = QUERIES) -> list[Query]:
    """Read a query set; raise ValueError naming the first malformed query."""
    queries = []
    for number, item in enumerate(json.loads(path.read_text(encoding="utf-8")), start=1):
        try:
            query = Query(
                id=item["id"],
                q=item["q"],
                lang=item["lang"],
                target=item["target"],
                judgements=dict(item["judgements"]),
                note=item.get("note", ""),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: query {number}: missing or malformed {error}") from None
        problem = _problem(query)
        if problem:
            raise ValueError(f"{path}: query {query.id}: {problem}")
        queries.append(query)
    return queries


def _problem(query: Query) -> str | None:
    if query.lang not in LANGS:
        return f"lang {query.lang!r} is not one of {', '.join(LANGS)}"
    if query.target not in TARGETS:
        return f"target {query.target!r} is not one of {', '.join(TARGETS)}"
    if not query.judgements:
        return "no paragraph judged relevant"
    wrong = [i for i, grade in query.judgements.items() if grade not in (1, 2, 3)]
    return f"grades must be 1, 2 or 3: {', '.join(wrong)}" if wrong else None


# -- metrics ------------------------------------------------------------------------------


def dcg(gains: Sequence[float]) -> float:
    """Return the discounted cumulative gain of ``gains`` in rank order (rank 1 first)."""
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg(ranked: Sequence[str], judgements: Mapping[str, int], k: int = K) -> float:
    """Return nDCG@k of a ranking, the ideal being all judged paragraphs best first."""
    ideal = dcg(sorted(judgements.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judgements.get(i, 0) for i in ranked[:k]]) / ideal


def recall(
    ranked: Sequence[str], judgements: Mapping[str, int], k: int = K, grade: int = 1
) -> float:
    """Return the share of the paragraphs judged ``>= grade`` found in the top ``k``."""
    relevant = {i for i, g in judgements.items() if g >= grade}
    if not relevant:
        return 1.0
    return len(relevant & set(ranked[:k])) / len(relevant)


# -- running the set ----------------------------------------------------------------------


def evaluate(engine: SearchEngine, queries: Sequence[Query]) -> list[Scored]:
    """Run every query on ``engine`` and score its top K."""
    scored = []
    for query in queries:
        result = engine.search(SearchRequest(q=query.q, size=DEPTH))
        ranked = tuple(hit.id for hit in result.hits)
        scored.append(
            Scored(
                query=query,
                ranked=ranked,
                ndcg=ndcg(ranked, query.judgements),
                recall1=recall(ranked, query.judgements, grade=1),
                recall2=recall(ranked, query.judgements, grade=2),
            )
        )
    return scored


@dataclass(frozen=True)
class Summary:
    queries: int
    ndcg: float
    recall1: float
    recall2: float


def summarise(scored: Sequence[Scored], group: Group) -> Summary:
    """Return the mean figures of the queries of ``group``."""
    members = [s for s in scored if group.member(s.query)]
    if not members:
        return Summary(0, 0.0, 0.0, 0.0)
    return Summary(
        queries=len(members),
        ndcg=statistics.fmean(s.ndcg for s in members),
        recall1=statistics.fmean(s.recall1 for s in members),
        recall2=statistics.fmean(s.recall2 for s in members),
    )


def engines(
    index: Path, build: bool = True, corpus: Path = CORPUS
) -> tuple[WhooshEngine, BaselineEngine]:
    """Return the project's engine on ``index`` (built from the corpus first) and the baseline."""
    if build:
        build_index(corpus, index, progress=False)
    return WhooshEngine(index), BaselineEngine.from_index(index)


def corpus_without(patterns: Sequence[str], folder: Path) -> Path:
    """Copy the corpus into ``folder`` without the files matching any of ``patterns``."""

    def ignored(directory: str, names: list[str]) -> set[str]:
        base = Path(directory).relative_to(CORPUS)
        return {
            name
            for name in names
            if any(fnmatch.fnmatch((base / name).as_posix(), p) for p in patterns)
        }

    shutil.copytree(CORPUS, folder, ignore=ignored)
    return folder


def indexed_only(queries: Sequence[Query], engine: WhooshEngine) -> list[Query]:
    """Return the queries with their judgements of the paragraphs the index has; those left
    with none are dropped."""
    kept = []
    for query in queries:
        judged = {
            i: grade for i, grade in query.judgements.items() if engine.paragraph(*i.split("|"))
        }
        if judged:
            kept.append(Query(query.id, query.q, query.lang, query.target, judged, query.note))
    return kept


# -- the report ---------------------------------------------------------------------------


def report(
    ours: Sequence[Scored], baseline: Sequence[Scored], text_of: Callable[[str], str], worst: int
) -> str:
    """Return the printed report: groups, per-query table, worst queries of the engine."""
    return "\n".join(
        [
            *_groups(ours, baseline),
            "",
            *_per_query(ours, baseline),
            "",
            *_worst(ours, text_of, worst),
        ]
    )


def _groups(ours: Sequence[Scored], baseline: Sequence[Scored]) -> list[str]:
    lines = [
        f"nDCG@{K} and recall@{K} (grade ≥ 1, grade ≥ 2): engine | baseline",
        "",
        "| group | queries | nDCG engine | nDCG baseline | target | R≥1 engine | R≥1 baseline "
        "| R≥2 engine | R≥2 baseline |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for group in GROUPS:
        a, b = summarise(ours, group), summarise(baseline, group)
        if not a.queries:  # a set without such queries: no row, rather than a 0 marked ✗
            continue
        target = "" if group.target is None else f"≥ {group.target:.2f}"
        if group.target is not None:
            target += " ✓" if a.ndcg >= group.target else " ✗"
        lines.append(
            f"| {group.name} | {a.queries} | {a.ndcg:.3f} | {b.ndcg:.3f} | {target} "
            f"| {a.recall1:.3f} | {b.recall1:.3f} | {a.recall2:.3f} | {b.recall2:.3f} |"
        )
    return lines


def _per_query(ours: Sequence[Scored], baseline: Sequence[Scored]) -> list[str]:
    lines = [
        "| id | lang | target | query | judged | nDCG engine | nDCG baseline | R≥1 engine |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for a, b in zip(ours, baseline, strict=True):
        q = a.query
        lines.append(
            f"| {q.id} | {q.lang} | {q.target} | {q.q.replace('|', '/')} | {len(q.judgements)} "
            f"| {a.ndcg:.3f} | {b.ndcg:.3f} | {a.recall1:.2f} |"
        )
    return lines


def _worst(ours: Sequence[Scored], text_of: Callable[[str], str], count: int) -> list[str]:
    lines = [
        f"The engine's {count} worst queries, with the relevant paragraphs not in its top {K}:"
    ]
    for scored in sorted(ours, key=lambda s: (s.ndcg, s.query.id))[:count]:
        q = scored.query
        lines += ["", f"{q.id} [{q.lang}/{q.target}] {q.q!r}  nDCG@{K} {scored.ndcg:.3f}"]
        lines.append(f"  wants: {q.note}")
        missing = sorted(
            (i for i in q.judgements if i not in scored.ranked[:K]),
            key=lambda i: (-q.judgements[i], i),
        )
        for record_id in missing:
            rank = scored.ranked.index(record_id) + 1 if record_id in scored.ranked else None
            where = f"rank {rank}" if rank else f"not in the first {DEPTH}"
            lines.append(
                f"  - {record_id} (grade {q.judgements[record_id]}, {where}): "
                f"{text_of(record_id)[:90]}…"
            )
        strays = [i for i in scored.ranked[:K] if i not in q.judgements]
        if strays:
            lines.append(f"  unjudged in its top {K}: {', '.join(strays)}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.relevance", description=__doc__.split("\n", 1)[0]
    )
    parser.add_argument("--index", type=Path, help="index folder (default: a temporary one)")
    parser.add_argument(
        "--no-build", action="store_true", help="search the index as it is, without building"
    )
    parser.add_argument(
        "--queries",
        type=Path,
        action="append",
        help=f"query set (JSON); repeatable (default: the query set, then the {len(SETS) - 1} "
        "held-out sets)",
    )
    parser.add_argument("--worst", type=int, default=8, help="worst queries shown (default 8)")
    parser.add_argument(
        "--drop",
        action="append",
        default=[],
        metavar="GLOB",
        help="leave the corpus files matching GLOB (relative to corpus/) out of the build, "
        "and their paragraphs out of the judgements; repeatable",
    )
    args = parser.parse_args(argv)
    if args.no_build and args.index is None:
        parser.error("--no-build needs --index DIR")
    if args.no_build and args.drop:
        parser.error("--drop builds the index: leave out --no-build")
    try:
        sets = [(path, load_queries(path)) for path in args.queries or SETS]
    except (OSError, ValueError) as error:
        parser.error(str(error))
    with tempfile.TemporaryDirectory(prefix="relevance-") as temporary:
        index = args.index or Path(temporary) / "index"
        corpus = corpus_without(args.drop, Path(temporary) / "corpus") if args.drop else CORPUS
        try:
            ours, baseline = engines(index, build=not args.no_build, corpus=corpus)
        except IndexerError as error:
            parser.exit(1, f"{error}\n")
        if args.drop:
            sets = [(path, indexed_only(queries, ours)) for path, queries in sets]

        def text_of(record_id: str) -> str:
            symbol, lang, anchor = record_id.split("|")
            found = ours.paragraph(symbol, lang, anchor)
            return found.text.replace("\n", " ") if found else "(no such paragraph)"

        for number, (path, queries) in enumerate(sets):
            started = time.perf_counter()
            scored_ours, scored_baseline = evaluate(ours, queries), evaluate(baseline, queries)
            seconds = time.perf_counter() - started
            print("\n" if number else "", end="")
            print(
                f"{time.strftime('%Y-%m-%d')}: {len(queries)} queries from {path}, "
                f"index {index}, searched in {seconds:.1f} s"
            )
            print(report(scored_ours, scored_baseline, text_of, args.worst))


if __name__ == "__main__":
    main()
