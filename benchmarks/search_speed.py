"""Search speed at scale: a synthetic corpus of real sentences, recombined.

    python -m benchmarks.search_speed [--paragraphs 50000] [--queries 200]

Builds a corpus of at least 50,000 paragraphs from the sentences of the shipped
documents (French and English, recombined at random with a fixed seed, with
the States, topics, agenda items and kinds of the paragraphs they come from),
indexes it (reporting the build rate), then times queries two ways on the same
index in the same run: the search core (both languages, glossary, twins,
facet counts and highlighted snippets: what a page needs) and a raw Whoosh
query (plain parser, top 10 ids, nothing else) as the baseline. Prints
medians, p95 and the ratio.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from indexer.index.api import SearchRequest
from indexer.index.build import build_index, write_generation
from indexer.index.engine import WhooshEngine
from indexer.index.rawsearch import raw_searcher
from indexer.index.store import IndexStore

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
QUERIES = [
    "traite des personnes",
    "victimes",
    "enquêtes conjointes",
    "non-sanction des victimes",
    "child trafficking",
    "joint investigations",
    "labour exploitation",
    "formation des juges",
    "coopération internationale",
    "fonds de compensation",
    "technical assistance",
    "société civile",
    "demand for sexual services",
    "Italy",
    "Norvège",
    "migrants",
    '"traite des personnes"',
    '"de la traite des personnes"',
    "victims OR witnesses",
    "droits de l'homme",
    "data collection",
    "Gulf States",  # groups of States, read as their members (6 and 54 of them)
    "États africains",
]
SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-ZÀ-Ý])")


def real_documents(workdir: Path) -> list[dict]:
    """Index the shipped corpus once and return its cached document records."""
    root = workdir / "real"
    build_index(CORPUS, root, progress=False)
    store = IndexStore(root)
    import json

    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(store.records.glob("*.json"))]


def synthetic(documents: list[dict], paragraphs: int, seed: int = 7) -> list[dict]:
    """Return synthetic documents, pairs of French and English versions, of real sentences."""
    rng = random.Random(seed)
    pools: dict[str, list[tuple[str, dict]]] = {"fr": [], "en": []}
    for document in documents:
        for record in document["paragraphs"]:
            for sentence in SENTENCE.split(record["text"].replace("\n", " ")):
                if len(sentence) > 30:
                    pools[record["lang"]].append((sentence, record))
    result, made, number = [], 0, 0
    while made < paragraphs:
        number += 1
        symbol, date = f"SYN/{2000 + number % 25}/{number}", f"{2000 + number % 25}-06-01"
        size = rng.randint(60, 140)
        for lang in ("fr", "en"):
            records = [_paragraph(rng, pools[lang], symbol, lang, date, i) for i in range(size)]
            result.append(
                {
                    "document": {
                        "symbol": symbol,
                        "lang": lang,
                        "title": f"Synthetic {number}",
                        "date": date,
                        "pages": None,
                        "meeting": None,
                        "agenda": [],
                        "warnings": [],
                    },
                    "paragraphs": records,
                }
            )
        made += 2 * size
    return result


def _paragraph(rng, pool, symbol, lang, date, order) -> dict:
    picked = [rng.choice(pool) for _ in range(rng.randint(2, 5))]
    source = picked[0][1]
    anchor = str(order + 1)
    return {
        "id": f"{symbol}|{lang}|{anchor}",
        "pair": f"{symbol}|{anchor}",
        "symbol": symbol,
        "lang": lang,
        "paragraph": order + 1,
        "anchor": anchor,
        "order": order,
        "text": " ".join(s for s, _ in picked),
        "section": source["section"],
        "agenda_item": source["agenda_item"],
        "kind": source["kind"],
        "states": source["states"],
        "topics": source["topics"],
        "page": None,
        "footnotes": [],
        "date": date,
        "title": None,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--paragraphs", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200, help="timed queries per contender")
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="build the synthetic index in this folder and keep it; reuse it if it is there",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        target = workdir / "synthetic"
        if IndexStore(target).current() is None:
            documents = synthetic(real_documents(workdir), args.paragraphs)
            count = sum(len(d["paragraphs"]) for d in documents)
            started = time.perf_counter()
            write_generation(target, documents)
            seconds = time.perf_counter() - started
            print(
                f"built {count} paragraphs in {seconds:.1f} s: {count / seconds:.0f} paragraphs/s"
            )
        started = time.perf_counter()
        engine = WhooshEngine(target)
        raw = raw_searcher(target)
        print(
            f"opened {engine.documents() and len(engine._current().table.ids)} paragraphs "
            f"in {time.perf_counter() - started:.1f} s"
        )
        rng = random.Random(1)
        core_times, raw_times = [], []
        for _ in range(3):  # warm caches
            engine.search(SearchRequest(q="traite"))
            raw("traite")
        for i in range(args.queries):
            q = rng.choice(QUERIES)
            request = SearchRequest(q=q, filters={"lang": ("fr",)} if i % 4 == 0 else {})
            contenders = [(core_times, engine.search, request), (raw_times, raw, q)]
            for times, run, argument in contenders[:: 1 if i % 2 else -1]:
                start = time.perf_counter()
                run(argument)
                times.append((time.perf_counter() - start) * 1000)
        for name, times in (
            ("search core (facets, highlights)", core_times),
            ("raw Whoosh query (top 10 ids)", raw_times),
        ):
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            print(f"  {name:34} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
        print(
            f"  ratio of p95: {percentile(core_times, 0.95) / percentile(raw_times, 0.95):.1f}×  "
            f"(target: search core p95 < 100 ms)"
        )


if __name__ == "__main__":
    main()
