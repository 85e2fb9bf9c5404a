"""The kinds of documents a query can name (indexer/data/document_kinds.json), and the lift of
their paragraphs."""

from __future__ import annotations

import pytest

from indexer.describe.document_kind import document_kinds, document_kinds_named
from indexer.index.api import SearchRequest


@pytest.mark.parametrize(
    "symbol, title, kinds",
    [
        ("A/RES/48/161", "The situation in Central America: procedures…", ("resolution",)),
        ("S/RES/1325 (2000)", None, ("resolution",)),
        (
            "CTOC/COP/WG.4/2010/6",
            "Rapport sur la réunion du Groupe de travail sur la traite des personnes",
            ("working-group-report",),
        ),
        (
            "A/HRC/WG.6/7/ITA/1",
            "National report submitted in accordance with paragraph 15 (a) of the annex to "
            "Human Rights Council resolution 5/1 — Italy",
            ("national-report",),
        ),
        ("A/HRC/WG.6/7/ITA/1", "Rapport national présenté conformément…", ("national-report",)),
        ("E/CN.15/2010/3", "Crime prevention and criminal justice", ()),
    ],
)
def test_a_document_s_kinds_come_from_its_symbol_or_title(symbol, title, kinds):
    assert document_kinds(symbol, title) == kinds


@pytest.mark.parametrize(
    "query, kinds",
    [
        ("what does the General Assembly resolution say about regional security", ("resolution",)),
        ("ce que dit la Résolution sur les élections", ("resolution",)),
        ("the resolutions on Central America", ("resolution",)),
        ("how does the working group report deal with children", ("working-group-report",)),
        ("le rapport du Groupe de travail sur la formation", ("working-group-report",)),
        ("Italy's national report on Roma", ("national-report",)),
        ("rapport national de l'Italie", ("national-report",)),
        # a name followed by a number names one act, not the kind
        ("resolution 5/2 of the Conference", ()),
        ("la résolution 48/161", ()),
        # words of a name apart name nothing
        ("group work on travel", ()),
        ("report of the nation", ()),
    ],
)
def test_the_kinds_a_query_names(query, kinds):
    assert document_kinds_named(query) == kinds


def ids(engine, q: str) -> list[str]:
    return [hit.id for hit in engine.search(SearchRequest(q=q, size=10)).hits]


def test_a_query_naming_a_kind_of_document_ranks_its_paragraphs_higher(engine):
    """GIVEN a question that names the document it is about by its kind WHEN searched THEN
    that document's paragraphs rank higher, as a symbol's do: "police forces" had put Italy's
    paragraphs on its police above the resolution's on the Central American security model,
    and "children" Italy's English paragraphs above the Working Group's recommendations on
    child victims."""
    resolution = ids(
        engine,
        "what does the general assembly resolution say about regional security and the "
        "police forces in central america?",
    )
    assert all(i.startswith("A/RES/48/161|") for i in resolution[:3])
    report = ids(
        engine,
        "how does the working group report deal with children: child victims, legal "
        "representation for minors, and the special needs of children?",
    )
    assert {"CTOC/COP/WG.4/2010/6|fr|12", "CTOC/COP/WG.4/2010/6|fr|111"} <= set(report[:3])
