"""Which words of a document no query in the other language reaches.

    python -m benchmarks.lexicon_coverage [FILE] [--words N] [--min-paragraphs N]

Every English word among wordfreq's N commonest (default 30,000) is compiled as a
query, as the search does (lexicon, glossary, cognate endings, the word's own
spelling through the French analyzer); the French stems those queries look up are
the ones an English query can reach. The command prints the stems of FILE's
paragraphs (default: the French WG.4 report) that none of them reaches, with how
many paragraphs have each and the words written. Most are function words, names of
people and States (States are found by their own names list); the rest are
candidates for ``indexer/data/lexicon.json`` (docs/vocabularies.md). For an
English document, the words tried are French.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from wordfreq import top_n_list

from indexer.corpus import find_manifest, load_manifest
from indexer.index.analysis import tokens
from indexer.index.querybuild import compile_query
from indexer.index.querylang import parse
from indexer.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "corpus" / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt"
WORD = re.compile(r"\w+")


def reached(lang: str, words: Iterable[str]) -> set[str]:
    """The stems of ``lang`` that queries of ``words`` (in the other language) look up."""
    stems: set[str] = set()
    for word in words:
        highlight = compile_query(parse(word).tree).highlight
        for field in (lang, f"phrase_{lang}"):
            for phrase in highlight.get(field, ()):
                stems.update(phrase.split())
    return stems


def unreached(texts: Iterable[str], lang: str, stems: set[str]) -> list[tuple[str, int, list[str]]]:
    """The stems of ``texts`` outside ``stems``: (stem, paragraphs with it, words written)."""
    paragraphs: Counter[str] = Counter()
    written: dict[str, Counter[str]] = {}
    for text in texts:
        for word in WORD.findall(text):
            for stem in tokens(word, lang):
                written.setdefault(stem, Counter())[word.lower()] += 1
        paragraphs.update(set(tokens(text, lang)))
    return [
        (stem, count, [w for w, _ in written.get(stem, Counter()).most_common(3)])
        for stem, count in paragraphs.most_common()
        if stem not in stems and not stem.isdigit()
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=REPORT, help="a corpus file")
    parser.add_argument("--words", type=int, default=30_000, help="commonest words tried")
    parser.add_argument(
        "--min-paragraphs", type=int, default=1, help="print stems found in this many or more"
    )
    args = parser.parse_args(argv)
    manifest = find_manifest(args.file)
    entry = load_manifest(manifest).get(args.file.resolve()) if manifest else None
    document = ingest(args.file, entry and entry.symbol, entry and entry.lang)
    lang = document.lang
    other = "en" if lang == "fr" else "fr"
    words = [w for w in top_n_list(other, args.words) if w.isalpha() and len(w) >= 3]
    missing = unreached((p.text for p in document.paragraphs), lang, reached(lang, words))
    print(
        f"{document.symbol} ({lang}): {len(missing)} stems that none of the "
        f"{len(words):,} commonest {other} words reaches"
    )
    for stem, count, forms in missing:
        if count >= args.min_paragraphs:
            print(f"{count:4d}  {stem:20s} {', '.join(forms)}")


if __name__ == "__main__":
    main()
