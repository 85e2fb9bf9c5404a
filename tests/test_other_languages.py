"""A version in a language the index has no analyzer for (Spanish) is found by its words.

The corpus is French and English; a Spanish version (here a small generated text
file) is indexed as written: its words match as typed, accents and case aside,
without stemming; it can be filtered on, and its matches are marked.
"""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from indexer.index.build import build_index
from indexer.index.engine import WhooshEngine

SPANISH = """Naciones Unidas                                            CTOC/COP/WG.4/2010/6

Distr. general
17 de febrero de 2010

Español
Original: inglés

Informe sobre la reunión del Grupo de trabajo sobre la trata de personas

I. Introducción

1. En su decisión 4/4, la Conferencia de las Partes decidió establecer un grupo de trabajo.

2. Los Estados partes deberían asegurarse de que las víctimas de la trata no sean castigadas.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("es-corpus")
    (corpus / "CTOC-COP-WG.4-2010-6.es.txt").write_text(SPANISH, encoding="utf-8")
    root = tmp_path_factory.mktemp("es-index")
    build_index(corpus, root, progress=False)
    return WhooshEngine(root)


def test_a_spanish_version_is_found_by_its_words_as_written(engine):
    result = engine.search(SearchRequest(q="victimas castigadas", filters={"lang": ("es",)}))
    assert [h.id for h in result.hits] == ["CTOC/COP/WG.4/2010/6|es|2"]
    assert "<mark>víctimas</mark>" in result.hits[0].highlight
    lang = next(f for f in result.facets if f.name == "lang")
    assert [(v.value, v.label, v.count) for v in lang.values] == [("es", "Spanish", 1)]


def test_a_spanish_annex_opens_as_an_annex(tmp_path):
    """GIVEN a Spanish version whose "Anexo" follows the last paragraph WHEN ingested THEN the
    annex's paragraphs are the annex's; before, "Anexo" and its title were glued onto the last
    paragraph, and the annex's paragraphs became the body's (round-4 probe)."""
    from indexer.pipeline import ingest

    annex = (
        "\nAnexo\n\nDeclaración de la Presidencia\n\n"
        "1. La Presidencia agradeció a las delegaciones.\n"
    )
    path = tmp_path / "CTOC-COP-WG.4-2010-6.es.txt"
    path.write_text(SPANISH + annex, encoding="utf-8")
    anchors = [p.anchor for p in ingest(path).paragraphs]
    assert anchors == ["1", "2", "annex-1"]
