"""A corrigendum is read as its corrections, each an unnumbered text with its place first.

Before, read as a report: the corrections before a replacement paragraph went into the
cover (the text file) or were glued into one text (the PDF); the replacement's "27."
became the corrigendum's own paragraph 27 and took in every correction after it; and
"Paragraph 12" was cited as the corrigendum's paragraph 12, not the corrected report's.
"""

from __future__ import annotations

import pytest

from indexer.corrigenda import corrected_symbol
from indexer.pipeline import ingest

SYMBOL = "CTOC/COP/WG.4/2011/8/Corr.1"
CORRECTIONS = [
    ("Paragraph 12, third line", "For 15 States parties read 16 States parties"),
    ("Paragraph 19, last line", "For Republic of Moldova read Republic of Korea"),
    (
        "Paragraph 27",
        "The paragraph should read",
        "27. The Working Group recommended that States parties consider establishing "
        "national rapporteurs or equivalent mechanisms.",
    ),
    ("Paragraph 33, subparagraph (c)", "For within six months read within one year"),
    ("Annex, list of participants, second line", "Delete Holy See"),
]
COVER = f"""United Nations

{SYMBOL}

Distr.: General

2 December 2011

Original: English

Working Group on Trafficking in Persons

Vienna, 10-12 October 2011

Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 10 \
to 12 October 2011

Corrigendum
"""


@pytest.fixture
def as_text(tmp_path):
    body = "\n\n".join(line for correction in CORRECTIONS for line in correction)
    path = tmp_path / "CTOC-COP-WG.4-2011-8-Corr.1.en.txt"
    path.write_text(f"{COVER}\n{body}\n", encoding="utf-8")
    return ingest(path)


@pytest.fixture
def as_pdf(tmp_path):
    from tests.pdfgen import english_paper_spec, heading, render_un_pdf

    blocks = [heading(1, "Corrigendum")]
    blocks += [{"type": "text", "text": line} for correction in CORRECTIONS for line in correction]
    title = "Report on the meeting of the Working Group on Trafficking in Persons"
    spec = english_paper_spec(SYMBOL, title, blocks, "V.11-57000 (E)")
    return ingest(render_un_pdf(spec, tmp_path / "CTOC-COP-WG.4-2011-8-Corr.1.en.pdf"))


@pytest.mark.parametrize("form", ["as_text", "as_pdf"])
def test_each_correction_is_one_unnumbered_text_with_its_place(form, request):
    document = request.getfixturevalue(form)
    assert [(p.anchor, p.paragraph) for p in document.paragraphs] == [
        (f"pp{n}", None) for n in range(1, 6)
    ]
    texts = [" ".join(p.text.split()) for p in document.paragraphs]
    assert texts == [" ".join(correction) for correction in CORRECTIONS]
    assert "a corrigendum: 5 corrections, each an unnumbered text" in document.warnings


@pytest.mark.parametrize("form", ["as_text", "as_pdf"])
def test_a_correction_cites_the_corrected_document(form, request):
    first = request.getfixturevalue(form).paragraphs[0]
    assert [(c.symbol, c.paragraphs) for c in first.cites] == [("CTOC/COP/WG.4/2011/8", (12,))]


def test_the_cover_of_a_corrigendum_read_from_text_is_read(as_text):
    """Its body has no numbered paragraph nor prose: the whole file was taken for the body."""
    assert (as_text.symbol, as_text.date) == (SYMBOL, "2011-12-02")
    assert as_text.title.endswith("held in Vienna from 10 to 12 October 2011 — Corrigendum")


def test_a_report_is_no_corrigendum():
    assert corrected_symbol("CTOC/COP/WG.4/2011/8") is None
    assert corrected_symbol(SYMBOL) == "CTOC/COP/WG.4/2011/8"
