"""Every paragraph's words as written, in order: where a quoted phrase really is.

Written by the build beside the Whoosh index (``words.npy``, ``starts.npy``,
``vocabulary.json``) and loaded once per index generation. The words of all
paragraphs, folded as the quoted-phrase analyzer folds them, are one array of
word numbers in document-number order, each paragraph followed by a separator
(-1), so a phrase never runs from one paragraph into the next. Finding a phrase
is a scan of that array for its first word and a comparison of the following
positions: exact (the words one after the other, nothing between them) and a
few milliseconds at 50,000 paragraphs, where a look-up of its neighbouring word
pairs would also take paragraphs that have each pair somewhere, but not the
phrase ("de la traite des personnes": 41 paragraphs of the corpus have its four
pairs, 7 have the phrase).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

WORDS = "words.npy"
STARTS = "starts.npy"
VOCABULARY = "vocabulary.json"
SEPARATOR = -1
BREAK = "\x00"  # in a document's terms: a break no phrase runs across (before each footnote)
NOTHING = (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))


@dataclass(frozen=True)
class WordSequences:
    words: np.ndarray  # int32: word numbers of all paragraphs, each followed by SEPARATOR
    starts: np.ndarray  # int64: where each document's words begin in ``words``
    vocabulary: dict[str, int]

    @property
    def size(self) -> int:
        return len(self.starts)

    def occurrences(self, phrase: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Return (document numbers, times the phrase occurs in each) for words as written."""
        numbers = [self.vocabulary.get(word) for word in phrase]
        if not numbers or any(n is None for n in numbers):
            return NOTHING
        last = len(self.words) - len(numbers) + 1
        if last <= 0:
            return NOTHING
        order, bounds = self._positions
        at = order[bounds[numbers[0]] : bounds[numbers[0] + 1]]  # where its first word is
        at = at[at < last]
        for offset, number in enumerate(numbers[1:], start=1):
            at = at[self.words[at + offset] == number]
        documents = np.searchsorted(self.starts, at, side="right") - 1
        found, counts = np.unique(documents, return_counts=True)
        return found.astype(np.int32), counts.astype(np.float32)

    @cached_property
    def _positions(self) -> tuple[np.ndarray, np.ndarray]:
        """Every word's positions, ascending, word number by word number, and where each
        word's begin: a phrase's first word is looked up, not scanned for in every position
        (computed once per index, at the first phrase)."""
        order = np.argsort(self.words, kind="stable")
        kept = order[self.words[order] != SEPARATOR]
        bounds = np.searchsorted(self.words[kept], np.arange(len(self.vocabulary) + 1))
        return kept.astype(np.int32 if len(self.words) < 2**31 else np.int64), bounds


def build_sequences(texts: Iterable[list[str]]) -> WordSequences:
    """Number the words of each document (its terms, in order) in document-number order; a
    ``BREAK`` among a document's terms is a separator, as between documents."""
    vocabulary: dict[str, int] = {}
    words: list[int] = []
    starts: list[int] = []
    for terms in texts:
        starts.append(len(words))
        words.extend(
            SEPARATOR if term == BREAK else vocabulary.setdefault(term, len(vocabulary))
            for term in terms
        )
        words.append(SEPARATOR)
    return WordSequences(
        words=np.asarray(words, dtype=np.int32),
        starts=np.asarray(starts, dtype=np.int64),
        vocabulary=vocabulary,
    )


def write_sequences(folder: Path, sequences: WordSequences) -> None:
    np.save(folder / WORDS, sequences.words, allow_pickle=False)
    np.save(folder / STARTS, sequences.starts, allow_pickle=False)
    text = json.dumps(list(sequences.vocabulary), ensure_ascii=False)
    (folder / VOCABULARY).write_text(text, encoding="utf-8")


def load_sequences(folder: Path) -> WordSequences:
    """Load the word sequences of the index generation in ``folder``."""
    vocabulary = json.loads((folder / VOCABULARY).read_text(encoding="utf-8"))
    return WordSequences(
        words=np.load(folder / WORDS, allow_pickle=False),
        starts=np.load(folder / STARTS, allow_pickle=False),
        vocabulary={word: number for number, word in enumerate(vocabulary)},
    )
