"""Read a term's postings from the Whoosh index as numpy arrays, and keep the frequent ones.

Whoosh's matchers walk postings one document at a time in Python; scoring a
broad query over 50,000 paragraphs that way takes a second. Reading a term's
posting blocks whole (document numbers and term frequencies) into arrays lets
the scorer (:mod:`indexer.index.scoring`) work on all documents at once. This
reads the blocks of Whoosh's W3 codec through its leaf matcher, whose block
methods are internal: whoosh-reloaded is pinned, and the tests compare these
arrays with Whoosh's own matcher.

One reader serves every thread, and Whoosh's posting files are read by seeking
a shared file object, then reading: two threads reading at once garble each
other's blocks (an UnpicklingError, seen as a rare 500 under load). Reads of
the file are therefore one at a time; the arrays, once read, are shared.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

EMPTY = (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))


class Postings:
    """Postings of one index reader, with an LRU cache of the arrays already read."""

    def __init__(self, reader, capacity: int = 20000) -> None:
        self.reader = reader
        self.capacity = capacity
        self._cache: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()  # the cache
        self._reading = threading.Lock()  # the reader's shared file position

    def get(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Return (document numbers, term frequencies) of ``term`` in ``field``."""
        key = (field, term)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        with self._reading:
            found = self._read(field, term)
        with self._lock:
            self._cache[key] = found
            if len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        return found

    def _read(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        if (field, term) not in self.reader:
            return EMPTY
        matcher = self.reader.postings(field, term)
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.append(np.asarray(matcher._ids, dtype=np.int32))
            weights.append(np.asarray(matcher._weights, dtype=np.float32))
            matcher._next_block()
        if not ids:
            return EMPTY
        return np.concatenate(ids), np.concatenate(weights)
