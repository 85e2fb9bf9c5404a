"""Topic tagging against the hand labels, and English/French agreement.

    python -m benchmarks.topics_eval [--labels FILE] [--second FILE] [--errors {dev,held-out,all}]
    python -m benchmarks.topics_eval --labels tests/fixtures/topics/labels-res.json

Precision and recall are micro-averaged over paragraph × topic decisions, per
language, on the dev half (odd paragraph numbers: the only half looked at when
tuning the vocabulary), the held-out half (even numbers) and all labelled
paragraphs. Then, per language, how often each topic is labelled, predicted
and right; then the agreement of the topics given to the English and French
versions of each document that the corpus holds in both languages; and how far
a second annotator, who labelled the same paragraphs blind (from the texts and
the scope notes only), agrees with the labels and with the tagger.

A label names a numbered paragraph by its number, and a paragraph without a
number by its anchor: "pp3" is a resolution's third preambular paragraph (dev
or held-out by the parity of 3). ``labels-res.json`` (A/RES/48/161, labelled
blind) is a separate sample, scored on its own with ``--labels``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.corpus import load_manifest
from indexer.enrich.topics import find_topics, topic_ids
from indexer.models import Document
from indexer.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "topics" / "labels.json"
SECOND = ROOT / "tests" / "fixtures" / "topics" / "labels-second.json"
RES = ROOT / "tests" / "fixtures" / "topics" / "labels-res.json"
MANIFEST = ROOT / "corpus" / "manifest.json"
SPLITS = ("dev", "held-out", "all")

Key = tuple[str, str, int | str]  # symbol, lang, paragraph number (or anchor: "pp3")


@dataclass(frozen=True)
class Label:
    """The topics a paragraph was given by hand (``paragraph``: its number, or its anchor)."""

    symbol: str
    lang: str
    paragraph: int | str
    topics: frozenset[str]

    @property
    def key(self) -> Key:
        return (self.symbol, self.lang, self.paragraph)

    @property
    def split(self) -> str:
        number = int("".join(c for c in str(self.paragraph) if c.isdigit()))
        return "dev" if number % 2 else "held-out"


@dataclass(frozen=True)
class Scores:
    """Counts of paragraph × topic decisions, and the figures made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_labels(path: Path = LABELS) -> list[Label]:
    """Return the hand labels of ``path``."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        Label(row["symbol"], row["lang"], row["paragraph"], frozenset(row["topics"]))
        for row in rows
    ]


def corpus_files(
    pairs: Iterable[tuple[str, str]], manifest: Path = MANIFEST
) -> dict[tuple[str, str], Path]:
    """Return the corpus file of each (symbol, lang), as the manifest lists them.

    Raises:
        KeyError: a pair is not in the manifest.
    """
    by_pair = {(e.symbol, e.lang): path for path, e in load_manifest(manifest).items()}
    return {pair: by_pair[pair] for pair in set(pairs)}


def paragraph_texts(documents: Iterable[Document]) -> dict[Key, str]:
    """Return the text of every paragraph of ``documents``, by number (or anchor if unnumbered)."""
    return {
        (p.symbol, p.lang, p.paragraph if p.paragraph is not None else p.anchor): p.text
        for document in documents
        for p in document.paragraphs
        if p.paragraph is not None or p.anchor
    }


def predictions(labels: Iterable[Label], texts: Mapping[Key, str]) -> dict[Key, frozenset[str]]:
    """Return the topics found in each labelled paragraph."""
    return {label.key: frozenset(find_topics(texts[label.key], label.lang)) for label in labels}


def score(label: Label, predicted: frozenset[str], topics: Iterable[str] | None = None) -> Scores:
    """Return the decisions on ``label``'s paragraph, over ``topics`` (default: all)."""
    wanted = frozenset(topic_ids() if topics is None else topics)
    gold, found = label.topics & wanted, predicted & wanted
    return Scores(len(gold & found), len(found - gold), len(gold - found))


def scores(
    labels: Iterable[Label], predicted: Mapping[Key, frozenset[str]], lang: str, split: str = "all"
) -> Scores:
    """Return the micro-averaged decisions of ``lang`` on ``split`` ("dev", "held-out", "all")."""
    total = Scores()
    for label in labels:
        if label.lang == lang and split in ("all", label.split):
            total += score(label, predicted[label.key])
    return total


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    """Return the Jaccard index of two topic sets (1.0 when both are empty)."""
    union = first | second
    return len(first & second) / len(union) if union else 1.0


def agreement(english: Document, french: Document) -> dict[int, float]:
    """Return, per paragraph number in both versions, the Jaccard of their topic sets."""
    fr = {p.paragraph: frozenset(p.topics) for p in french.paragraphs if p.paragraph is not None}
    return {
        p.paragraph: jaccard(frozenset(p.topics), fr[p.paragraph])
        for p in english.paragraphs
        if p.paragraph in fr
    }


def _languages(labels: Sequence[Label]) -> list[str]:
    return sorted({label.lang for label in labels})


def report_scores(labels: Sequence[Label], predicted: Mapping[Key, frozenset[str]]) -> None:
    print("precision / recall / F1, micro-averaged over paragraph × topic decisions")
    for lang in _languages(labels):
        for split in SPLITS:
            count = sum(1 for x in labels if x.lang == lang and split in ("all", x.split))
            s = scores(labels, predicted, lang, split)
            print(
                f"  {lang} {split:<8} {count:4d} paragraphs  P {s.precision:.3f}  "
                f"R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )


def report_documents(labels: Sequence[Label], predicted: Mapping[Key, frozenset[str]]) -> None:
    print("\nper document, all labelled paragraphs")
    for symbol, lang in sorted({(x.symbol, x.lang) for x in labels}):
        s = Scores()
        for label in labels:
            if (label.symbol, label.lang) == (symbol, lang):
                s += score(label, predicted[label.key])
        print(f"  {symbol} {lang}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")


def report_parallel(labels: Sequence[Label], predicted: Mapping[Key, frozenset[str]]) -> None:
    langs = {}
    for label in labels:
        langs.setdefault((label.symbol, label.paragraph), set()).add(label.lang)
    both = {key for key, found in langs.items() if len(found) > 1}
    if not both:
        return
    print(f"\nthe {len(both)} paragraphs labelled in both languages")
    for lang in _languages(labels):
        s = Scores()
        for label in labels:
            if label.lang == lang and (label.symbol, label.paragraph) in both:
                s += score(label, predicted[label.key])
        print(f"  {lang}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")


def report_topics(labels: Sequence[Label], predicted: Mapping[Key, frozenset[str]]) -> None:
    print("\nper topic, all labelled paragraphs: labelled / predicted / right")
    langs = _languages(labels)
    print(f"  {'topic':<26}" + "".join(f"{lang:>16}" for lang in langs))
    for topic in topic_ids():
        cells = []
        for lang in langs:
            s = Scores()
            for label in labels:
                if label.lang == lang:
                    s += score(label, predicted[label.key], (topic,))
            cells.append(f"{s.tp + s.fn:5d} {s.tp + s.fp:4d} {s.tp:4d}")
        print(f"  {topic:<26}" + "".join(f"{cell:>16}" for cell in cells))


def report_errors(
    labels: Sequence[Label], predicted: Mapping[Key, frozenset[str]], split: str
) -> None:
    print(f"\nerrors on {split}: paragraph, missed (-) and extra (+) topics")
    for label in labels:
        found = predicted[label.key]
        if split in ("all", label.split) and found != label.topics:
            missed = " ".join(f"-{t}" for t in sorted(label.topics - found))
            extra = " ".join(f"+{t}" for t in sorted(found - label.topics))
            print(f"  {label.symbol} {label.lang} {label.paragraph!s:>3}  {missed} {extra}")


def report_agreement(documents: Mapping[tuple[str, str], Document]) -> None:
    symbols = sorted(
        {s for s, lang in documents if (s, "en") in documents and (s, "fr") in documents}
    )
    for symbol in symbols:
        values = agreement(documents[(symbol, "en")], documents[(symbol, "fr")])
        same = sum(1 for v in values.values() if v == 1.0)
        mean = sum(values.values()) / len(values)
        print(
            f"\nEN/FR agreement on {symbol}: {len(values)} paragraphs, mean Jaccard {mean:.3f}, "
            f"identical topic sets {same}/{len(values)} ({same / len(values):.1%})"
        )
        differing = [f"{n}:{v:.2f}" for n, v in sorted(values.items()) if v < 1.0]
        print("  differing paragraphs (number:Jaccard): " + (" ".join(differing) or "none"))


def report_annotators(
    labels: Sequence[Label], second: Sequence[Label], predicted: Mapping[Key, frozenset[str]]
) -> None:
    """Print the second annotator's agreement with the labels, and the tagger against both."""
    theirs = {label.key: label.topics for label in second}
    if not any(label.key in theirs for label in labels):
        return
    print("\nsecond annotator (blind): agreement with the labels, and the tagger against each")
    for lang in _languages(labels):
        agreed, against_first, against_second = Scores(), Scores(), Scores()
        for label in labels:
            if label.lang != lang or label.key not in theirs:
                continue
            agreed += score(label, theirs[label.key])
            against_first += score(label, predicted[label.key])
            other = Label(label.symbol, label.lang, label.paragraph, theirs[label.key])
            against_second += score(other, predicted[label.key])
        print(
            f"  {lang}  second vs labels P {agreed.precision:.3f} R {agreed.recall:.3f} "
            f"F1 {agreed.f1:.3f} | tagger vs labels P {against_first.precision:.3f} "
            f"R {against_first.recall:.3f} | tagger vs second P {against_second.precision:.3f} "
            f"R {against_second.recall:.3f}"
        )


def documents_needed(labels: Iterable[Label], manifest: Path = MANIFEST) -> set[tuple[str, str]]:
    """Return the (symbol, lang) pairs to ingest: the labelled ones and their other versions."""
    symbols = {label.symbol for label in labels}
    return {(e.symbol, e.lang) for e in load_manifest(manifest).values() if e.symbol in symbols}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--labels", type=Path, default=LABELS, help="hand labels (JSON)")
    parser.add_argument(
        "--second", type=Path, default=SECOND, help="a second annotator's labels (JSON)"
    )
    parser.add_argument("--errors", choices=SPLITS, help="list the wrong paragraphs of a split")
    args = parser.parse_args(argv)
    labels = load_labels(args.labels)
    documents = {
        pair: ingest(path) for pair, path in corpus_files(documents_needed(labels)).items()
    }
    predicted = predictions(labels, paragraph_texts(documents.values()))
    report_scores(labels, predicted)
    report_documents(labels, predicted)
    report_parallel(labels, predicted)
    report_topics(labels, predicted)
    if args.errors:
        report_errors(labels, predicted, args.errors)
    report_agreement(documents)
    if args.second.exists():
        report_annotators(labels, load_labels(args.second), predicted)


if __name__ == "__main__":
    main()
