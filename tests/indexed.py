"""An index of a generated corpus, and the web app over it: for the tests of documents the
shipped corpus lacks (annexes, articles, tables, boxes…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine
from search_app import create_app


def indexed(corpus: Path, root: Path) -> WhooshEngine:
    """Build the index of ``corpus`` in ``root`` and return the engine searching it."""
    build_index(corpus, root, progress=False)
    return WhooshEngine(root)


def paper_versions(
    tmp_path_factory, name: str, symbol: str, blocks: Callable[[str], list[dict]]
) -> WhooshEngine:
    """Render a background paper ``symbol`` in English and French (``blocks(lang)`` gives each
    version's body) in the UN layout, and return the engine searching their index."""
    from tests.pdfgen import ENGLISH_COVER, render_un_pdf
    from tests.pdfgen.wg4_spec import COVER

    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    for lang, cover, job in (("en", ENGLISH_COVER, "(E)"), ("fr", COVER, "(F)")):
        spec = {
            "symbol": symbol,
            "job_number": f"V.12-50002 {job}",
            "cover": dict(cover, title="Trends in identification"),
            "toc": False,
            "blocks": blocks(lang),
        }
        render_un_pdf(spec, corpus / f"paper.{lang}.pdf")
    return indexed(corpus, tmp_path_factory.mktemp(f"{name}-index"))


def web_client(engine: WhooshEngine):
    """Return a Flask test client of the app over ``engine``."""
    return create_app({"TESTING": True, "INDEX": "unused", "ENGINE": engine}).test_client()
