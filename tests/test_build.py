"""Building the index: incremental runs, removed files, bad files, and rebuild safety."""

import json
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from indexer.errors import IndexOutdatedError
from indexer.index import build as build_module
from indexer.index.api import SearchRequest
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from indexer.index.schema import SCHEMA_VERSION
from indexer.index.store import IndexStore
from search_app import create_app
from tests.conftest import CORPUS, PDFS, build_command, child_env
from tests.pdfgen import write_encrypted_pdf, write_zero_byte

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def test_a_rerun_reprocesses_only_changed_files_and_drops_removed_ones(corpus, tmp_path):
    root = tmp_path / "index"
    first = build_index(corpus, root, progress=False)
    assert (first.processed, first.reused, first.documents) == (5, 0, 5)
    again = build_index(corpus, root, progress=False)
    assert (again.processed, again.reused) == (0, 5)
    text = corpus / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt"
    text.write_text(
        text.read_text(encoding="utf-8").replace("Norvège", "Norvège "), encoding="utf-8"
    )
    (corpus / "un-pdfs" / "A-RES-48-161.fr.pdf").unlink()
    changed = build_index(corpus, root, progress=False)
    assert (changed.processed, changed.reused, changed.removed, changed.documents) == (1, 3, 1, 4)
    engine = WhooshEngine(root)
    assert engine.search(SearchRequest(filters={"symbol": ("A/RES/48/161",)})).total == 48


def test_bad_files_are_reported_and_the_good_ones_indexed(corpus, tmp_path):
    write_zero_byte(corpus)
    write_encrypted_pdf(corpus, PDFS / "A-RES-48-161.en.pdf")
    report = build_index(corpus, tmp_path / "index", progress=False)
    assert report.documents == 5
    assert {Path(f).name: r for f, r in report.failures} == {
        "zero-byte.pdf": "the file is empty (0 bytes)",
        "encrypted.pdf": "the PDF is encrypted (password-protected)",
    }


def test_a_failed_build_leaves_the_previous_index_serving(corpus, tmp_path, monkeypatch):
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    before = IndexStore(root).current()
    engine = WhooshEngine(root)
    calls = {"n": 0}
    real = build_module.index_fields

    def failing(record):
        calls["n"] += 1
        if calls["n"] > 100:
            raise OSError("disk full")
        return real(record)

    monkeypatch.setattr(build_module, "index_fields", failing)
    (corpus / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt").unlink()
    with pytest.raises(OSError, match="disk full"):
        build_index(corpus, root, progress=False)
    assert IndexStore(root).current() == before
    assert not list(root.glob("*.building"))
    assert engine.search(SearchRequest(q="traite")).total > 0
    assert (
        WhooshEngine(root)
        .search(SearchRequest(filters={"symbol": ("CTOC/COP/WG.4/2010/6",)}))
        .total
        == 115
    )


def test_killed_builds_leave_the_previous_index_complete(corpus, tmp_path):
    """GIVEN a published index WHEN builds are killed with SIGKILL at several moments
    THEN the previous index stays searchable and the next build succeeds."""
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    env = child_env()
    command = build_command(corpus, root, "--workers", "1")
    for delay in (0.3, 0.8, 1.5):
        (corpus / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt").write_text(
            (CORPUS / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt").read_text(encoding="utf-8")
            + f"\n{delay}\n",
            encoding="utf-8",
        )
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        engine = WhooshEngine(root)
        assert engine.search(SearchRequest(q="traite des personnes")).total > 0
        assert engine.document("CTOC/COP/WG.4/2010/6") is not None
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert not list(root.glob("*.building"))


def test_an_index_of_another_schema_version_is_refused(corpus, tmp_path):
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    generation = IndexStore(root).current()
    meta = json.loads((generation / "meta.json").read_text())
    meta["schema_version"] = -1
    (generation / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(IndexOutdatedError, match="rebuild it with 'python -m indexer build'"):
        WhooshEngine(root)


def test_an_index_of_a_newer_schema_version_asks_for_the_newer_code(corpus, tmp_path):
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    meta_file = IndexStore(root).current() / "meta.json"
    meta = json.loads(meta_file.read_text())
    meta["schema_version"] = SCHEMA_VERSION + 1
    meta_file.write_text(json.dumps(meta))
    with pytest.raises(IndexOutdatedError, match="newer than this code's .*restart the search"):
        WhooshEngine(root)


def test_a_served_index_removed_under_the_app_answers_503_not_500(corpus, tmp_path):
    """GIVEN an app serving a generation, a newer build its code cannot read published (so the
    app keeps the old one), then the old one removed (by later builds' pruning, or by hand)
    WHEN searched THEN a clear 503 saying so, never a 500."""
    root = tmp_path / "index"
    shutil.rmtree(corpus / "un-pdfs")
    build_index(corpus, root, progress=False)
    store = IndexStore(root)
    served = store.current()
    app = create_app({"TESTING": True, "INDEX": str(root)})
    client = app.test_client()
    assert client.get("/?q=traite").status_code == 200
    newer = root / "gen-newer"
    shutil.copytree(served, newer)
    meta = json.loads((newer / "meta.json").read_text())
    meta["schema_version"] = SCHEMA_VERSION + 1
    (newer / "meta.json").write_text(json.dumps(meta))
    (root / "CURRENT").write_text("gen-newer\n")
    assert client.get("/?q=traite").status_code == 200  # the old generation still serves
    shutil.rmtree(served)
    for url in ("/?q=traite", "/api/search?q=traite"):
        response = _in_a_new_thread(client, url)  # a thread without a searcher opened
        assert response.status_code == 503, url
        body = response.get_data(as_text=True)
        assert "was removed" in body and "newer than this code" in body
        assert "Traceback" not in body


def _in_a_new_thread(client, url):
    """GET ``url`` from a fresh thread, as a WSGI server's next worker thread would."""
    answers = []
    worker = threading.Thread(target=lambda: answers.append(client.get(url)))
    worker.start()
    worker.join()
    return answers[0]


def test_search_follows_a_new_generation(corpus, tmp_path):
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    engine = WhooshEngine(root)
    assert engine.search(SearchRequest(filters={"symbol": ("A/RES/48/161",)})).total == 96
    shutil.rmtree(corpus / "un-pdfs")
    build_index(corpus, root, progress=False)
    assert engine.search(SearchRequest(filters={"symbol": ("A/RES/48/161",)})).total == 0


def test_an_index_whose_table_does_not_match_the_code_is_refused(corpus, tmp_path):
    """GIVEN an index whose document table has fewer columns WHEN opened THEN a clear refusal."""
    root = tmp_path / "index"
    build_index(corpus, root, progress=False)
    table_file = IndexStore(root).current() / "table.json"
    table = json.loads(table_file.read_text())
    table["rows"] = [row[:-1] for row in table["rows"]]
    table_file.write_text(json.dumps(table))
    with pytest.raises(IndexOutdatedError, match="does not match this code"):
        WhooshEngine(root)
