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
