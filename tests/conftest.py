"""Shared fixtures: the real corpus files, ingested once per test session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from indexer.models import Document
from indexer.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WG4_TEXT = CORPUS / "wg4" / "CTOC-COP-WG.4-2010-6.fr.txt"
PDFS = CORPUS / "un-pdfs"

_cache: dict[Path, Document] = {}


def build_command(corpus: Path, index: Path, *options: str) -> list[str]:
    """Return the command line of ``indexer build`` run in a child process."""
    return [
        sys.executable,
        "-m",
        "indexer",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index),
        *options,
    ]


def child_env() -> dict[str, str]:
    """Return an environment in which a child process imports this checkout's packages."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def ingested(path: Path) -> Document:
    """Ingest a corpus file once per session."""
    if path not in _cache:
        _cache[path] = ingest(path)
    return _cache[path]


@pytest.fixture(scope="session")
def wg4() -> Document:
    return ingested(WG4_TEXT)


@pytest.fixture(scope="session")
def wg4_gold() -> list[dict]:
    path = FIXTURES / "gold" / "CTOC-COP-WG.4-2010-6.fr.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def generated_wg4_pdf(tmp_path_factory) -> Path:
    """The WG.4 report rendered in the UN layout (cover, TOC, headers, footnotes)."""
    from tests.pdfgen import render_un_pdf
    from tests.pdfgen.wg4_spec import wg4_spec

    path = tmp_path_factory.mktemp("generated") / "CTOC-COP-WG.4-2010-6.fr.pdf"
    return render_un_pdf(wg4_spec(toc=True), path)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    """The shipped corpus, indexed once per session."""
    from indexer.index.build import build_index

    root = tmp_path_factory.mktemp("index")
    build_index(CORPUS, root, progress=False)
    return root


@pytest.fixture(scope="session")
def engine(built_index):
    from indexer.index.engine import WhooshEngine

    return WhooshEngine(built_index)


@pytest.fixture(scope="module")
def failing_app(built_index, engine):
    """The web app with two routes that raise, to see what an unexpected error looks like."""
    from search_app import create_app

    app = create_app({"INDEX": str(built_index), "ENGINE": engine})

    def boom():
        raise RuntimeError("secret detail of the failure")

    app.add_url_rule("/boom", "boom", boom)
    app.add_url_rule("/api/boom", "api_boom", boom)
    return app
