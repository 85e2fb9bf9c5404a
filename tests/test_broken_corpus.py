"""A build over the real corpus plus a folder of broken files.

Every good file is indexed, each bad one is reported by name with its reason,
the exit status says so, and the build stays within time and memory bounds.
"""

import json
import resource
import shutil
import subprocess
import time
from pathlib import Path

import pikepdf
import pytest

from indexer.index.api import SearchRequest
from indexer.index.engine import WhooshEngine
from tests.conftest import CORPUS, PDFS, build_command
from tests.pdfgen import (
    write_empty_text,
    write_encrypted_pdf,
    write_non_utf8_text,
    write_not_a_pdf,
    write_scanned_pdf,
    write_truncated_pdf,
    write_zero_byte,
)

pytestmark = pytest.mark.slow
MAX_SECONDS = 180
MAX_MEGABYTES = 800


def write_many_pages(folder: Path, pages: int = 3000) -> Path:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(595, 842))
    path = folder / "thousands-of-pages.pdf"
    pdf.save(path)
    return path


def write_deep_page_tree(folder: Path, depth: int = 3000) -> Path:
    """A page tree nested ``depth`` levels deep (readers that recurse overflow)."""
    objects = [b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"]
    for level in range(depth):
        number, parent = 2 + level, (b" /Parent %d 0 R" % (1 + level) if level else b"")
        objects.append(
            b"%d 0 obj\n<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>\nendobj\n"
            % (number, number + 1, parent)
        )
    leaf = 2 + depth
    objects.append(
        b"%d 0 obj\n<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
        % (leaf, leaf - 1)
    )
    path = folder / "deeply-nested.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"".join(objects) + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return path


@pytest.fixture(scope="module")
def broken_corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The real corpus, and a folder of broken files: name → expected reason."""
    corpus = tmp_path_factory.mktemp("broken") / "corpus"
    shutil.copytree(CORPUS, corpus)
    bad = corpus / "incoming"
    bad.mkdir()
    source = PDFS / "A-RES-48-161.en.pdf"
    write_zero_byte(bad)
    write_truncated_pdf(bad, source)
    write_encrypted_pdf(bad, source)
    write_not_a_pdf(bad)
    write_scanned_pdf(bad)
    write_empty_text(bad)
    write_non_utf8_text(bad)
    write_many_pages(bad)
    write_deep_page_tree(bad)
    shutil.copy(source, bad / "resolution-again.pdf")
    shutil.copy(source, bad / "renamed-pdf.txt")
    expected = {
        "zero-byte.pdf": "the file is empty (0 bytes)",
        "truncated.pdf": "the PDF is damaged or truncated",
        "encrypted.pdf": "the PDF is encrypted (password-protected)",
        "html-named.pdf": "not a PDF file (no %PDF header)",
        "scanned.pdf": "the PDF has no text layer (scanned image?): OCR it first",
        "blank.txt": "the text file holds only whitespace",
        "thousands-of-pages.pdf": "the PDF has 3000 pages, more than the limit of 2000",
        "deeply-nested.pdf": "the PDF's objects are nested too deeply to be read",
        "resolution-again.pdf": "same document as un-pdfs/A-RES-48-161.en.pdf (A/RES/48/161, en)",
        "renamed-pdf.txt": "a PDF file with a text file's name: rename it to .pdf",
    }
    return corpus, expected


@pytest.fixture(scope="module")
def build(broken_corpus, tmp_path_factory):
    corpus, _ = broken_corpus
    root = tmp_path_factory.mktemp("index")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    result = subprocess.run(
        build_command(corpus, root),
        capture_output=True,
        text=True,
        timeout=600,
    )
    seconds = time.monotonic() - started
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return result, root, seconds, peak


def test_each_bad_file_is_reported_by_name_with_its_reason(build, broken_corpus):
    result, _, _, _ = build
    _, expected = broken_corpus
    reported = {
        line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1]
        for line in result.stderr.splitlines()
        if ": " in line and "/incoming/" in line
    }
    assert set(reported) == set(expected), result.stderr
    for name, reason in expected.items():
        assert reported[name].startswith(reason), (name, reported[name])
    assert "Traceback" not in result.stderr


def test_the_exit_status_says_some_files_failed(build):
    """A duplicate is no failure (its document is indexed from the other file): before, it
    was counted with them, so a corpus with a duplicate alone exited 1 (QA pass 4)."""
    result, *_ = build
    assert result.returncode == 1
    assert "9 failed, 1 duplicate, 2 with warnings)" in result.stdout  # the Latin-1 text…
    assert "resolution-again.pdf: same document as" in result.stderr
    assert "indexed once (not a failure)" in result.stderr


def test_every_good_file_is_indexed(build):
    _, root, _, _ = build
    engine = WhooshEngine(root)
    documents = {(d["symbol"], d["lang"]) for d in engine.documents()}
    assert {
        ("CTOC/COP/WG.4/2010/6", "fr"),
        ("A/HRC/WG.6/7/ITA/1", "en"),
        ("A/HRC/WG.6/7/ITA/1", "fr"),
        ("A/RES/48/161", "en"),
        ("A/RES/48/161", "fr"),
        ("latin1", "fr"),
    } == documents
    assert engine.search(SearchRequest(q="traite des personnes")).total > 0
    latin1 = next(d for d in engine.documents() if d["symbol"] == "latin1")
    assert any("not valid UTF-8" in w for w in latin1["warnings"])


def test_the_build_stays_within_time_and_memory_bounds(build):
    _, root, seconds, peak = build
    meta = json.loads((root / (root / "CURRENT").read_text().strip() / "meta.json").read_text())
    assert (len(meta["failures"]), len(meta["duplicates"])) == (9, 1)
    assert seconds < MAX_SECONDS, f"{seconds:.0f} s"
    assert peak < MAX_MEGABYTES, f"{peak:.0f} MB"
