"""A document with a box, end to end: its title and text are one record, shown framed.

The shipped corpus has no box (a framed case study, "Box 1. Good practice: …"),
so a background paper is generated in the UN layout (tests/pdfgen).
"""

from __future__ import annotations

import pytest

from indexer.index.api import SearchRequest
from tests.indexed import indexed, web_client
from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf
from tests.web.support import page_text as page

SYMBOL = "CTOC/COP/WG.4/2012/2"
TITLE = "Box 2. Good practice: screening at the border"
SAID = "States reported on measures taken to identify victims at borders."


@pytest.fixture(scope="module")
def boxed(tmp_path_factory):
    blocks = [heading(1, "II. Identification")]
    blocks += [paragraph(n, f"{SAID} {SAID} ({n})") for n in (1, 2)]
    blocks.append(heading(3, TITLE))
    blocks.append({"type": "text", "text": f"In one State, guards use a checklist. {SAID}"})
    blocks += [paragraph(n, f"{SAID} ({n})") for n in (3, 4)]
    corpus = tmp_path_factory.mktemp("box-corpus")
    render_un_pdf(english_paper_spec(SYMBOL, "Identification", blocks), corpus / "p.en.pdf")
    return indexed(corpus, tmp_path_factory.mktemp("box-index"))


@pytest.fixture(scope="module")
def client(boxed):
    return web_client(boxed)


def test_a_box_is_found_by_its_words_and_filtered_by_its_kind(boxed):
    result = boxed.search(SearchRequest(q="checklist", size=10))
    assert [(h.anchor, h.kind, h.paragraph) for h in result.hits] == [("box2", "box", None)]
    only = boxed.search(SearchRequest(q="victims", filters={"kind": ("box",)}))
    assert [h.anchor for h in only.hits] == ["box2"]


@pytest.mark.parametrize(
    ("ui", "cited", "lacking"),
    [
        ("en", "box 2", "{symbol}</a> has no box 7."),
        (
            "fr",
            "encadré 2",
            '«\u00a0encadré 7\u00a0» ne figure pas dans <a href="/doc/{symbol}">{symbol}</a>.',
        ),
    ],
)
def test_a_box_is_shown_framed_and_cited_by_its_number(client, ui, cited, lacking):
    document = page(client, f"/doc/{SYMBOL}/en?ui={ui}")
    assert f'<p class="box-title">{TITLE}</p>' in document
    assert document.index("(2)") < document.index(TITLE) < document.index("(3)")
    own = page(client, f"/doc/{SYMBOL}/en/box2?ui={ui}")
    assert f"<h1>{SYMBOL}, {cited} " in own
    found = client.get(f"/?q={SYMBOL}, {cited}&ui={ui}")
    assert found.status_code == 302 and found.headers["Location"].endswith(f"/doc/{SYMBOL}/en/box2")
    missing = page(client, f"/?q={SYMBOL}, {cited.replace('2', '7')}&ui={ui}")
    assert lacking.format(symbol=SYMBOL) in missing
