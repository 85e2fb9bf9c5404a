"""Searches running while the index is rebuilt see the old or the new index, never an error."""

import shutil
import subprocess
import threading
import time

import pytest

from indexer.index.api import SearchRequest
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from tests.conftest import CORPUS, build_command, child_env

pytestmark = pytest.mark.slow


def test_searches_during_rebuilds_see_a_whole_index(tmp_path):
    """GIVEN an index serving searches WHEN it is rebuilt three times, with a document removed
    and put back THEN every search succeeds and sees all of one generation or of the other."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    engine = WhooshEngine(root)
    full = engine.search(SearchRequest(q="", size=1)).total
    without = full - 96  # the resolution, in English and French
    seen, errors, slowest = set(), [], [0.0]
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            started = time.monotonic()
            try:
                result = engine.search(SearchRequest(q="", size=1))
                words = engine.search(SearchRequest(q="paix Amérique centrale", size=5))
                seen.add(result.total)
                assert all(h.symbol for h in words.hits)
            except Exception as exc:  # any error is the failure this test looks for
                errors.append(repr(exc))
            slowest[0] = max(slowest[0], time.monotonic() - started)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    env = child_env()
    command = build_command(corpus, root, "--workers", "1")
    moved = tmp_path / "resolution"
    try:
        moved.mkdir()
        shutil.move(corpus / "un-pdfs" / "A-RES-48-161.en.pdf", moved / "en.pdf")
        shutil.move(corpus / "un-pdfs" / "A-RES-48-161.fr.pdf", moved / "fr.pdf")
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        time.sleep(0.5)
        shutil.move(moved / "en.pdf", corpus / "un-pdfs" / "A-RES-48-161.en.pdf")
        shutil.move(moved / "fr.pdf", corpus / "un-pdfs" / "A-RES-48-161.fr.pdf")
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        time.sleep(0.5)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert not errors, errors[:3]
    assert seen == {full, without}
    assert slowest[0] < 5.0, f"a search waited {slowest[0]:.1f} s for the writer"


def test_threads_reading_postings_at_once_each_get_their_own(engine):
    """GIVEN one postings reader shared by eight threads, switching as often as Python allows,
    WHEN each reads hundreds of terms THEN each gets the arrays read alone (Whoosh's posting
    files are read by seek-then-read on a shared file: unguarded, blocks got garbled)."""
    import sys
    import threading

    from indexer.index.postings import Postings

    generation = engine._current()
    reader = generation.index.reader()
    terms = [t.decode() for t in list(reader.lexicon("text_fr"))[:600]]
    alone = {t: Postings(reader).get("text_fr", t)[0].tolist() for t in terms}
    shared = Postings(generation.index.reader(), capacity=0)  # nothing cached: every get reads
    problems: list[str] = []

    def read(start: int) -> None:
        try:
            for term in terms[start:] + terms[:start]:
                if shared.get("text_fr", term)[0].tolist() != alone[term]:
                    problems.append(f"wrong postings for {term}")
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            problems.append(repr(exc))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=read, args=(k * 75,)) for k in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert problems == []
