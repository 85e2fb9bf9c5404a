"""A paper without paragraph numbers (a conference room paper), from a text extraction.

The shipped corpus has none. Before, its body began at its first bullet: the
paragraphs above went into the cover, the first became the title; its titles
("Background", "Argentina") were glued to the paragraphs under them; each bullet
was a paragraph; and its paragraphs were cited as "preambular", which only a
resolution's are.
"""

from __future__ import annotations

import pytest

from indexer.pipeline import ingest
from tests.indexed import indexed, web_client
from tests.web.support import page_text as page

SYMBOL = "CTOC/COP/WG.4/2022/CRP.1"
CRP = """United Nations

CTOC/COP/WG.4/2022/CRP.1

28 June 2022

English only

Working Group on Trafficking in Persons

Vienna, 4–6 July 2022

Item 3 of the provisional agenda

Compilation of replies received from States parties on the identification of victims

Note by the Secretariat

Background

In preparation for its meeting, the Secretariat invited States parties to provide information \
on their practices in the identification and referral of victims of trafficking in persons.

The present paper reproduces the replies as received, under the following headings:

• National referral mechanisms;

• Indicators and screening tools.

Summary of replies

Argentina

Argentina reported that its national referral mechanism coordinated the work of the \
Ministry of Justice, the Ministry of Security and the provincial authorities.

Austria

Austria indicated that a national referral mechanism had been in place since 2019 and that \
non-governmental organizations were involved in the identification process.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crp-corpus")
    (folder / "CTOC-COP-WG.4-2022-CRP.1.en.txt").write_text(CRP, encoding="utf-8")
    return folder


def test_a_paper_without_numbers_keeps_its_paragraphs_titles_and_lists(corpus):
    document = ingest(corpus / "CTOC-COP-WG.4-2022-CRP.1.en.txt")
    assert document.title == (
        "Compilation of replies received from States parties on the identification of victims"
    )
    found = [(p.section, p.text[:40]) for p in document.paragraphs]
    assert found == [
        (("Background",), "In preparation for its meeting, the Secr"),
        (("Background",), "The present paper reproduces the replies"),
        (("Argentina",), "Argentina reported that its national ref"),
        (("Austria",), "Austria indicated that a national referr"),
    ]
    listed = document.paragraphs[1].text
    assert listed.endswith(
        "headings:\n• National referral mechanisms;\n• Indicators and screening tools."
    )
    assert {p.agenda_item.number for p in document.paragraphs} == {3}


@pytest.mark.parametrize(
    ("ui", "cited"), [("en", "unnumbered para. 3"), ("fr", "paragraphe non numéroté 3")]
)
def test_an_unnumbered_paragraph_of_a_paper_is_not_cited_as_preambular(
    corpus, tmp_path_factory, ui, cited
):
    client = web_client(indexed(corpus, tmp_path_factory.mktemp("crp-index")))
    own = page(client, f"/doc/{SYMBOL}/en/pp3?ui={ui}")
    title = own.split("<h1>")[1].split("</h1>")[0]
    assert f"{SYMBOL}, {cited}" in title
    assert "preamb" not in title and "préambule" not in title
