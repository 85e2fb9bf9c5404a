"""Text extractions that keep the printed lines (pdftotext): the same paragraphs as the PDF."""

from __future__ import annotations

import re

import pytest

from indexer.clean.wrapped_text import is_wrapped, unwrapped, without_furniture
from indexer.pipeline import ingest
from tests.conftest import FIXTURES, PDFS, WG4_TEXT, ingested

PDFTOTEXT = FIXTURES / "pdftotext"
NAMES = ["A-HRC-WG.6-7-ITA-1.en", "A-HRC-WG.6-7-ITA-1.fr", "A-RES-48-161.en", "A-RES-48-161.fr"]


def _words(text: str) -> str:
    """Compare texts as pdftotext leaves them: it drops some hyphens at line ends."""
    return re.sub(r"\s+", " ", text.replace("-", "").replace("−", "")).strip()


# The PDF's contents letter "a) Le dialogue avec les communautés religieuses" (a heading its
# text sets without the letter, which the contents give it: clean/contents.py); pdftotext put
# the French contents' "a)" on a line of its own, away from its entry, so the text cannot.
UNLABELLED_BY_PDFTOTEXT = {("A-HRC-WG.6-7-ITA-1.fr", "75"), ("A-HRC-WG.6-7-ITA-1.fr", "76")}


@pytest.mark.parametrize("name", NAMES)
def test_a_pdftotext_extraction_gives_the_paragraphs_of_its_pdf(name):
    """GIVEN the pdftotext output of a real UN PDF (paragraph numbers alone on their lines,
    hard-wrapped lines, form feeds, running headers, contents with leaders, typewriter
    footnotes under a rule) WHEN ingested THEN every paragraph of the PDF, numbered or in the
    preamble, with its section, States and topics; the text the same but for what pdftotext
    itself changed (hyphens, one line out of order)."""
    from_pdf = {p.anchor: p for p in ingested(PDFS / f"{name}.pdf").paragraphs}
    from_text = {p.anchor: p for p in ingest(PDFTOTEXT / f"{name}.txt").paragraphs}
    assert list(from_text) == list(from_pdf)
    for anchor, paragraph in from_pdf.items():
        other = from_text[anchor]
        section = paragraph.section
        if (name, anchor) in UNLABELLED_BY_PDFTOTEXT:
            section = (*section[:-1], section[-1].removeprefix("a) "))
        assert (other.section, other.states, other.topics) == (
            section,
            paragraph.states,
            paragraph.topics,
        ), anchor
    same = [a for a in from_pdf if _words(from_pdf[a].text) == _words(from_text[a].text)]
    assert len(same) >= len(from_pdf) - 1, set(from_pdf) - set(same)  # the line out of order


@pytest.mark.parametrize("name", NAMES)
def test_a_pdftotext_extraction_has_the_title_of_its_pdf(name):
    """Before, the Italian report's title was the cover's editorial note ("The present document
    was not edited…", in French cut at the line's end), and the resolution's its line
    "[without reference to a Main Committee (A/48/L.21/Rev.1)]": the title runs over printed
    lines under "48/161." alone, and the country under the report's title is its subtitle."""
    assert ingest(PDFTOTEXT / f"{name}.txt").title == ingested(PDFS / f"{name}.pdf").title


def test_a_national_report_read_from_text_has_its_country_in_the_title(tmp_path):
    """GIVEN a national report's cover in text, the country alone under the title WHEN read
    THEN the title ends with it, as from the PDF; before, every national report read from text
    had the same title (round-4 probe)."""
    cover = [
        "Nations Unies",
        "A/HRC/WG.6/28/BEN/1",
        "Distr. générale",
        "21 août 2017",
        "Original : français",
        "Conseil des droits de l’homme",
        "Groupe de travail sur l’Examen périodique universel",
        "Rapport national présenté conformément au paragraphe 5 de l’annexe à la résolution "
        "16/21 du Conseil des droits de l’homme*",
        "Bénin",
        "I. Méthodologie et processus de consultation",
        "1. Le présent rapport est soumis en application de la résolution 5/1 du Conseil des "
        "droits de l’homme, pour rendre compte de la mise en œuvre des recommandations.",
    ]
    path = tmp_path / "A-HRC-WG.6-28-BEN-1.fr.txt"
    path.write_text("\n\n".join(cover) + "\n", encoding="utf-8")
    assert ingest(path).title == (
        "Rapport national présenté conformément au paragraphe 5 de l’annexe à la résolution "
        "16/21 du Conseil des droits de l’homme — Bénin"
    )


@pytest.mark.parametrize("name", ["A-RES-48-161.en", "A-RES-48-161.fr"])
def test_the_closing_plenary_meeting_line_stays_out_of_the_last_paragraph(name):
    """Before, the last operative paragraph of the resolution's text ended with "85th plenary
    meeting 20 December 1993" (in French, "85e séance plénière 20 décembre 1993")."""
    last = [p for p in ingest(PDFTOTEXT / f"{name}.txt").paragraphs if p.paragraph][-1]
    assert last.paragraph == 26
    assert last.text.endswith(("the present resolution.", "la présente résolution."))


def test_a_one_line_per_paragraph_file_is_not_read_as_printed_lines():
    pages = [WG4_TEXT.read_text(encoding="utf-8").split("\n")]
    assert not is_wrapped(pages)


def test_running_headers_footers_and_contents_are_dropped():
    header = ["A/HRC/WG.6/7/ITA/1", "Page {n}"]
    pages = [
        [
            "CONTENTS",
            "Paragraphs Page",
            "I. INTRODUCTION ........................ 1 - 2 3",
            "3",
            "",
        ],
        [*(h.format(n=2) for h in header), "I. INTRODUCTION", "1.", "The report opens.", "GE.09-1"],
        [*(h.format(n=3) for h in header), "2.", "It goes on", "and ends here.", "GE.09-1"],
        [*(h.format(n=4) for h in header), "3.", "A third one.", "GE.09-1"],
    ]
    lines = [line for line in without_furniture(pages) if line]
    assert lines == [
        "I. INTRODUCTION",
        "1.",
        "The report opens.",
        "2.",
        "It goes on",
        "and ends here.",
        "3.",
        "A third one.",
    ]


def test_a_job_number_printed_mid_page_is_dropped_wherever_it_stands():
    """pdftotext prints a page's footer between two columns, or among a page's footnotes: the
    job number "V.16-05123" had become a heading of the paragraphs after it, or text of one
    (round-4 probe). A line that only looks like one ("10-12345 victims") stays."""
    pages = [
        ["1.", "The study opens.", "", "V.16-05123", "", "2.", "It goes on.", "GE.09-17088 (F)"],
        ["3.", "A third one:", "10-12345 victims were counted.", "V.12-57071 *1257071*", "4."],
    ]
    lines = [line for line in without_furniture(pages) if line]
    assert lines == [
        "1.",
        "The study opens.",
        "2.",
        "It goes on.",
        "3.",
        "A third one:",
        "10-12345 victims were counted.",
        "4.",
    ]


def test_printed_lines_are_joined_into_paragraphs_headings_and_footnotes():
    """A number alone opens the paragraph its next line fills; a wrapped line goes on; a short
    title is its own block; footnotes under a page's rule become one block each, and the text
    after them another (the paragraph they interrupted goes on there)."""
    full = " ".join(["words"] * 15)  # a full printed line, as most lines of a page are
    pages = [
        [
            "II. FRAMEWORK",
            "3.",
            f"The institutional structures {full}",
            f"{full}",
            "are set up by the Constitution.",
            "Dialogue with religious communities",
            "4.",
            f"The Constitution is rigid, as the Court held {full}",
            f"{full}",
            "in 1956 1/ and",
            "____________",
            "1/",
            "Judgment No. 1 of 1956.",
        ],
        [f"since {full}", "then.", "5.", "It was amended."],
    ]
    blocks = [text for text, _ in unwrapped(without_furniture(pages))]
    assert [block.replace(f"{full} {full}", "…").replace(full, "…") for block in blocks] == [
        "II. FRAMEWORK",
        "3. The institutional structures … are set up by the Constitution.",
        "Dialogue with religious communities",
        "4. The Constitution is rigid, as the Court held … in 1956 1/ and",
        "¹ Judgment No. 1 of 1956.",
        "since … then.",
        "5. It was amended.",
    ]


def test_a_resolution_preamble_in_printed_lines_keeps_its_paragraphs():
    """GIVEN a preamble without numbers, each paragraph ending with a comma WHEN unwrapped
    THEN each starts a block that certainly opens a paragraph: after a short line, or at a
    preamble's opening word after a full one."""
    full = "x" * 70
    lines = [
        "The General Assembly,",
        f"Recalling its resolutions {full}",
        "of 1992,",
        f"Recognizing the importance of the commitments assumed by the Presidents {full}",
        f"in Central America and the agreements adopted at their summit meetings {full},",
        f"Convinced of the hopes that inspire the peoples {full}",
        "of Central America,",
        "1.",
        "Commends the efforts.",
    ]
    blocks = unwrapped(lines)
    assert [text.split()[0] for text, _ in blocks] == [
        "The",
        "Recalling",
        "Recognizing",
        "Convinced",
        "1.",
    ]
    assert [starts for _, starts in blocks] == [False, True, True, True, False]


def test_an_annex_opening_a_page_after_the_last_paragraph_opens_a_block():
    """GIVEN a report's last paragraph, a full printed line ending a sentence, then "Annex" and
    its title at the top of the next page WHEN unwrapped THEN the annex is no part of the
    paragraph; before, the paragraph took in "Annex Attendance at the meeting" and the annex's
    paragraphs became the body's paragraphs 6 and 7."""
    full = " ".join(["words"] * 12)
    lines = [
        "5.",
        f"On 5 July 2023, the Working Group adopted the present report on {full}.",
        "Annex",
        "Attendance at the meeting",
        "1.",
        f"The following States parties to the Protocol were represented at {full}.",
    ]
    assert [text.split()[0] for text, _ in unwrapped(lines)] == ["5.", "Annex", "Attendance", "1."]


def test_an_annex_s_title_over_two_lines_is_a_block_of_its_own_under_annex():
    """GIVEN "Annex II" then a title printed on two lines, then paragraph 1 WHEN unwrapped THEN
    "Annex II" stays alone, so the annex opens; before, the title's first line ran on to it
    ("Annex II Statement by the Chair…"), no annex opened, and the annexes were glued onto the
    body's last paragraph, whose citations they took (round-4 probe)."""
    full = " ".join(["words"] * 12)
    lines = [
        "9.",
        f"On 14 June 2022, the Working Group adopted the present report on {full}.",
        "Annex II",
        "Statement by the Chair on the conclusion of the",
        "meeting",
        "1.",
        f"The Chair thanked the delegations for their constructive participation {full}.",
    ]
    assert [text for text, _ in unwrapped(lines)][1:3] == [
        "Annex II",
        "Statement by the Chair on the conclusion of the meeting",
    ]


def test_a_heading_after_a_sentence_ending_with_a_footnote_number_opens_a_block():
    """GIVEN pdftotext's "… de la société civile.1" (the footnote mark a plain number) then a
    heading WHEN unwrapped THEN the heading is a block of its own; before, it went on the
    paragraph, and the paragraphs after it kept the section before (round-4 probe)."""
    full = " ".join(["mots"] * 12)
    lines = [
        "3.",
        f"Un atelier de validation a réuni les représentants des ministères et {full}",
        f"des organisations de la {full} société civile et de leurs partenaires.1",  # full
        "II. Suivi des recommandations issues de l’Examen",
        "précédent",
        "4.",
        f"Le Bénin a ratifié le Protocole facultatif à la Convention relative {full}.",
    ]
    blocks = [text for text, _ in unwrapped(lines)]
    assert blocks[0].endswith("partenaires.1")  # the mark stays: no footnote to attach
    assert blocks[1] == "II. Suivi des recommandations issues de l’Examen précédent"


def test_a_line_end_hyphen_follows_the_pdf_reader_s_rule():
    """GIVEN printed lines (pdftotext -layout or -raw) cut at "traf-", "non-", "États-" and at
    a soft hyphen or U+2010 WHEN unwrapped THEN a hyphen goes only when the document writes
    the joined word and not the hyphenated one (or writes neither and the joined word is a
    word: "identi-fication"), as from the PDF (joining.join_lines), with no space either way;
    a soft hyphen always goes. Before, every hyphen before a lower-case
    letter went ("nonsanction": topic and search lost) and one before a capital kept a space
    ("États- Unis") (round-5 R9)."""
    full = " ".join(["words"] * 12)
    lines = [
        f"3. Trafficking and non-sanction: {full} traf-",
        f"ficking, {full} of non-",
        f"sanction of victims, {full} des États-",
        f"Unis and {full} confiden\u00ad",
        f"tiality of {full} identi\u2010",
        f"fication and {full} lutte contre-",
        "mesures.",
    ]
    ((block, _),) = unwrapped(lines)
    assert block.replace(f" {full}", "") == (
        "3. Trafficking and non-sanction: trafficking, of non-sanction of victims, des "
        "États-Unis and confidentiality of identification and lutte contre-mesures."
    )
