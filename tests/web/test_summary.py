"""A paper's summary, end to end: an unnumbered paragraph cited as the summary.

The shipped corpus has no summary, so a background paper is generated in the UN layout
(tests/pdfgen) with a "Summary" before chapter I.
"""

from __future__ import annotations

import pytest

from tests.indexed import indexed, web_client
from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf
from tests.web.support import page_text as page

SYMBOL = "CTOC/COP/WG.4/2011/3"
SUMMARY = "The present paper reviews good practices in assisting victims of trafficking."


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    blocks = [
        heading(2, "Summary"),
        {"type": "text", "text": SUMMARY},
        heading(1, "I. Introduction"),
        paragraph(1, "The Conference requested the Secretariat to prepare the present paper."),
    ]
    corpus = tmp_path_factory.mktemp("summary-corpus")
    spec = english_paper_spec(SYMBOL, "Good practices in victim assistance", blocks)
    render_un_pdf(spec, corpus / "p.en.pdf")
    return web_client(indexed(corpus, tmp_path_factory.mktemp("summary-index")))


@pytest.mark.parametrize(("ui", "cited"), [("en", "summary"), ("fr", "résumé")])
def test_a_summary_is_cited_as_the_summary_not_a_preambular_paragraph(client, ui, cited):
    own = page(client, f"/doc/{SYMBOL}/en/pp1?ui={ui}")
    assert f"<h1>{SYMBOL}, {cited} " in own
    assert "preamb" not in own.split("<h1>")[1].split("</h1>")[0]
    assert SUMMARY in own
