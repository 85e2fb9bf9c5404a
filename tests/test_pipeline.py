"""Acceptance on the real documents: paragraphs, metadata, alignment, and a PDF rendering."""

import json
import re
import shutil
import unicodedata

import pytest

from indexer.pipeline import ingest
from tests.conftest import FIXTURES, PDFS, WG4_TEXT, ingested

pytestmark = pytest.mark.slow


def as_gold(paragraph) -> dict:
    return {
        "paragraph": paragraph.paragraph,
        "section": list(paragraph.section),
        "agenda_item": paragraph.agenda_item.number if paragraph.agenda_item else None,
        "kind": paragraph.kind,
        "footnotes": [{"mark": f.mark, "text": f.text} for f in paragraph.footnotes],
        "text": paragraph.text,
    }


def test_wg4_report_yields_exactly_its_115_paragraphs(wg4, wg4_gold):
    """Each paragraph: its number, exact text, section, agenda item, kind and footnotes."""
    assert [p.paragraph for p in wg4.paragraphs] == list(range(1, 116))
    for paragraph, gold in zip(wg4.paragraphs, wg4_gold, strict=True):
        assert as_gold(paragraph) == gold, f"paragraph {gold['paragraph']}"


def test_wg4_symbol_and_language_are_found_without_flags(wg4):
    assert (wg4.symbol, wg4.lang, wg4.date) == ("CTOC/COP/WG.4/2010/6", "fr", "2010-02-17")
    assert wg4.lang_source == "cover"
    assert [(a.number, a.title[:30]) for a in wg4.agenda][:3] == [
        (1, "Questions d'organisation"),
        (2, "Application, y compris aux niv"),
        (3, "Analyse des concepts de base d"),
    ]


def test_outside_the_corpus_the_file_name_gives_the_symbol(tmp_path):
    copy = tmp_path / WG4_TEXT.name
    shutil.copy(WG4_TEXT, copy)
    document = ingest(copy)
    assert document.symbol == "CTOC/COP/WG.4/2010/6" and document.symbol_source == "file name"
    assert "symbol not found in the document; taken from the file name" in document.warnings


def test_flags_override_everything():
    document = ingest(WG4_TEXT, symbol="CTOC/COP/WG.4/2010/6/Corr.1", lang="fr")
    assert document.symbol_source == "flag" and document.paragraphs[0].symbol.endswith("Corr.1")


def test_generated_un_layout_pdf_yields_the_same_115_paragraphs(generated_wg4_pdf, wg4_gold):
    document = ingest(generated_wg4_pdf)
    assert (document.symbol, document.lang, document.date) == (
        "CTOC/COP/WG.4/2010/6",
        "fr",
        "2010-02-17",
    )
    assert document.symbol_source == "document" and document.lang_source == "cover"
    assert [as_gold(p) for p in document.paragraphs] == wg4_gold
    assert document.pages > 15


def normalise(text: str) -> str:
    """Compare texts the way the alignment files can be compared: spacing and dashes aside."""
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("’‘“”−–", "''\"\"--"))
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ?\d{1,2}/(?=[ ,.;]|$)", "", text)  # the gold keeps typewriter marks
    text = re.sub(r"(\d) ?([a-zé])", r"\1 \2", text)  # "11mars" in the gold
    return re.sub(r"(?<=\w)- ?(?=\w)", "", text).strip()  # hyphenation is tested elsewhere


def alignment(name: str) -> list[dict]:
    path = FIXTURES / "alignment" / f"{name}.en-fr.alignment.json"
    return json.loads(path.read_text(encoding="utf-8"))["paragraphs"]


@pytest.mark.parametrize("name", ["A-HRC-WG.6-7-ITA-1", "A-RES-48-161"])
@pytest.mark.parametrize(("side", "lang"), [("main_language", "en"), ("other_language", "fr")])
def test_numbered_paragraphs_match_the_hand_made_alignment(name, side, lang):
    document = ingested(PDFS / f"{name}.{lang}.pdf")
    gold = {}
    for entry in alignment(name):
        match = re.match(r"^(\d{1,3})\. (.*)$", normalise(entry[side]), re.S)
        if match:
            gold[int(match[1])] = match[2]
    ours = {p.paragraph: normalise(p.text.replace("\n", " ")) for p in document.numbered}
    assert ours == gold


@pytest.mark.parametrize(("side", "lang"), [("main_language", "en"), ("other_language", "fr")])
def test_resolution_preamble_matches_the_alignment(side, lang):
    document = ingested(PDFS / f"A-RES-48-161.{lang}.pdf")
    gold = [
        normalise(e[side])
        for e in alignment("A-RES-48-161")[4:28]
        if not re.match(r"^\d/", e[side])
    ]
    ours = [normalise(p.text) for p in document.paragraphs if p.paragraph is None]
    assert ours == gold


@pytest.mark.parametrize("name", ["A-HRC-WG.6-7-ITA-1", "A-RES-48-161"])
def test_both_language_versions_have_the_same_paragraph_numbers(name):
    english = ingested(PDFS / f"{name}.en.pdf")
    french = ingested(PDFS / f"{name}.fr.pdf")
    assert [p.anchor for p in english.paragraphs] == [p.anchor for p in french.paragraphs]


@pytest.mark.parametrize(
    ("file", "symbol", "lang", "date", "title"),
    [
        (
            "A-HRC-WG.6-7-ITA-1.en.pdf",  # the cover sets it in capitals; written as the UN does
            "A/HRC/WG.6/7/ITA/1",
            "en",
            "2009-11-16",
            "National report submitted in accordance with paragraph 15 (a) of the annex to Human"
            " Rights Council resolution 5/1 — Italy",
        ),
        ("A-HRC-WG.6-7-ITA-1.fr.pdf", "A/HRC/WG.6/7/ITA/1", "fr", "2009-11-16", "Rapport national"),
        ("A-RES-48-161.en.pdf", "A/RES/48/161", "en", "1994-01-21", "The situation in Central"),
        ("A-RES-48-161.fr.pdf", "A/RES/48/161", "fr", "1994-01-21", "La situation en Amérique"),
    ],
)
def test_pdf_metadata(file, symbol, lang, date, title):
    document = ingested(PDFS / file)
    assert (document.symbol, document.lang, document.date) == (symbol, lang, date)
    assert document.symbol_source == "document"
    assert document.title.startswith(title)


@pytest.mark.parametrize(
    "file",
    [
        "A-HRC-WG.6-7-ITA-1.en.pdf",
        "A-HRC-WG.6-7-ITA-1.fr.pdf",
        "A-RES-48-161.en.pdf",
        "A-RES-48-161.fr.pdf",
    ],
)
def test_no_furniture_or_reference_mark_survives_in_the_text(file):
    document = ingested(PDFS / file)
    for paragraph in document.paragraphs:
        text = paragraph.text
        assert not re.search(r"GE\.09-1708|A/HRC/WG\.6/7/ITA/1 |Page \d+|/\.\.\.", text), text
        assert not re.search(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]| \d/[ ,.;]", text), text


def test_resolution_footnotes_go_to_the_paragraphs_that_cite_them():
    document = ingested(PDFS / "A-RES-48-161.en.pdf")
    noted = {p.anchor: [f.mark for f in p.footnotes] for p in document.paragraphs if p.footnotes}
    assert noted == {"pp2": ["1"], "pp9": ["2"], "pp10": ["3"], "pp17": ["4"], "pp21": ["5"]}


def test_a_generated_pdf_with_an_annex_keeps_the_annex_paragraphs_apart(tmp_path):
    """GIVEN a UN-layout PDF whose annex numbers its paragraphs from 1 again WHEN ingested
    THEN the body keeps its 8 paragraphs and the annex's come apart, anchored annex-1…"""
    from tests.pdfgen import example_spec, render_un_pdf

    spec = example_spec(paragraphs=8)
    spec["blocks"] += [
        {"type": "heading", "level": 1, "text": "Annexe"},
        {"type": "heading", "level": 2, "text": "Liste des documents dont le Groupe était saisi"},
        {"type": "paragraph", "number": 1, "text": "Ordre du jour provisoire annoté."},
        {"type": "paragraph", "number": 2, "text": "Document d'information du Secrétariat."},
    ]
    document = ingest(render_un_pdf(spec, tmp_path / "annex.pdf"))
    body = [p.paragraph for p in document.paragraphs if p.paragraph is not None]
    annex = [p for p in document.paragraphs if p.anchor.startswith("annex")]
    assert body == list(range(1, 9))
    assert [(p.anchor, p.text) for p in annex] == [
        ("annex-1", "Ordre du jour provisoire annoté."),
        ("annex-2", "Document d'information du Secrétariat."),
    ]
    assert annex[0].section[0] == "Annexe"
    assert "Annexe" not in document.paragraphs[7].text


def test_a_short_english_report_is_read_whole(tmp_path):
    """GIVEN an English WG.4-style report with one body page WHEN ingested THEN its running
    header and "2 V.12-57071" footer are furniture (no repetition to learn them from), the
    footnote mark after a full stop does not hide paragraph 1's number, and the English
    description works: agenda, kinds, States, topics, citations."""
    from tests.pdfgen import english_report_spec, render_un_pdf

    document = ingest(render_un_pdf(english_report_spec(), tmp_path / "report.en.pdf"))
    assert (document.symbol, document.lang) == ("CTOC/COP/WG.4/2012/4", "en")
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    first, *_, states, last = document.paragraphs
    assert first.text.startswith("States parties should ensure")
    assert [(n.mark, n.text) for n in first.footnotes] == [
        ("1", "See CTOC/COP/WG.4/2010/6, para. 50.")
    ]
    assert first.kind == "recommendation" and first.topics == ("non-punishment",)
    assert first.cites[0].symbol == "CTOC/COP/WG.4/2010/6" and first.cites[0].paragraphs == (50,)
    assert first.agenda_item.number == 2 and last.agenda_item.number == 2
    assert states.states == ("ARG", "BLR", "CIV", "IRN", "NOR", "GBR", "VEN")
    assert last.kind == "deliberation" and last.states == ("NOR", "THA")
    assert not last.footnotes and not document.warnings


def test_a_provisional_agenda_is_a_list_and_the_annotations_are_the_paragraphs(tmp_path):
    """GIVEN a document of annotations opening with its provisional agenda (lines numbered 1 to
    4) WHEN ingested THEN the agenda is one unnumbered paragraph, the annotations are paragraphs
    1 to 7 (they used to be lost to the agenda's numbers), and each falls under the agenda item
    its heading names."""
    from tests.pdfgen import annotations_spec, render_un_pdf

    document = ingest(render_un_pdf(annotations_spec(), tmp_path / "annotations.en.pdf"))
    agenda, *paragraphs = document.paragraphs
    assert agenda.anchor == "pp1" and agenda.paragraph is None
    assert agenda.text.startswith("1. Organizational matters:")
    assert agenda.text.endswith("4. Adoption of the report.")
    assert [p.anchor for p in paragraphs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert paragraphs[0].text.startswith("The fourth meeting of the Working Group")
    assert paragraphs[1].footnotes[0].text.startswith("See CTOC/COP/2008/19")
    assert [item.number for item in document.agenda] == [1, 2, 3, 4]
    assert [p.agenda_item.number for p in paragraphs] == [1, 1, 1, 2, 2, 3, 4]
    assert paragraphs[3].states == ("NOR", "ITA", "PHL") and not document.warnings


def _table_paper(caption: str, rows: list[list[str]], note: str | None = None) -> dict:
    from tests.pdfgen import english_paper_spec, heading, paragraph

    sentence = (
        "States reported on measures taken to identify victims of trafficking in persons at "
        "borders and in places of work, and on the support given to them."
    )
    blocks = [heading(1, "I. Trends")]
    blocks += [paragraph(n, f"Paragraph {n} opens. {sentence} Ends {n}.") for n in (1, 2, 3)]
    blocks.append({"type": "table", "caption": caption, "rows": rows})
    if note:
        blocks.append({"type": "text", "text": note})
    blocks += [paragraph(n, f"Paragraph {n} opens. {sentence} Ends {n}.") for n in (4, 5)]
    title = "Trends in the identification of victims"
    return english_paper_spec("CTOC/COP/WG.4/2012/2", title, blocks, "V.12-50002 (E)")


@pytest.mark.parametrize(
    ("caption", "note", "anchor"),
    [
        ("Table 1. Victims identified by region, 2007-2009", None, "table1"),
        ("Tableau 3. Victimes identifiées par région", "Source : rapports des États.", "table3"),
        ("Table II. Victims identified by region", None, "table1"),  # a Roman numeral: 1st
        (  # a caption over two lines: the first had ended paragraph 3
            "Table 2. Victims of trafficking in persons identified by the competent national "
            "authorities, by region of detection, 2007-2009",
            None,
            "table2",
        ),
    ],
)
def test_a_table_between_paragraphs_is_its_own_record(tmp_path, caption, note, anchor):
    """GIVEN a background paper with a statistics table (caption, rows of cells, two cells
    left empty, a source line) between paragraphs 3 and 4 WHEN ingested THEN paragraph 3 ends
    where it ends in print, and the table is a record of its own, named by its caption's
    number, its rows one per line, its cells in their columns (empty ones too) apart by tabs."""
    from tests.pdfgen import render_un_pdf

    rows = [
        ["Region", "2007", "2008", "2009"],
        ["Africa", "1 204", "1 355", "1 890"],
        ["Americas", "2 310", "", "2 874"],
        ["Europe", "", "5 300", "5 812"],
        ["Total", "8 634", "9 167", "10 576"],
    ]
    document = ingest(render_un_pdf(_table_paper(caption, rows, note), tmp_path / "t.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "3", anchor, "4", "5"]
    table = document.paragraphs[3]
    assert (table.kind, table.paragraph, table.section) == ("table", None, ("I. Trends",))
    lines = [caption, *("\t".join(row) for row in rows), *([note] if note else [])]
    assert table.text.split("\n") == lines
    for paragraph in document.paragraphs:
        if paragraph.kind != "table":
            assert paragraph.text.endswith(f"Ends {paragraph.paragraph}."), paragraph.text
    assert not document.warnings


def test_a_timetable_with_empty_cells_and_day_rows_is_one_table_losing_no_row(tmp_path):
    """GIVEN an organization of work: day rows of one cell, times left empty under a time slot,
    item numbers right-aligned against the titles WHEN ingested THEN one table holding every
    row. Before, "2 Forced criminality" and "6 Other matters" (right of the page's middle,
    short) were taken for asides and lost without a word, and the rest of the table split
    into an unnumbered paragraph and a "table 2" (round-4 probe)."""
    from tests.pdfgen import render_un_pdf

    rows = [
        ["Date and time", "Item", "Title or description"],
        ["Tuesday, 1 July"],
        ["10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting"],
        ["", "1 (b)", "Adoption of the agenda"],
        ["", "2", "Forced criminality"],
        ["3–6 p.m.", "2", "Forced criminality (continued)"],
        ["Wednesday, 2 July"],
        ["10 a.m.–1 p.m.", "3", "Mixed migration flows"],
        ["", "6", "Other matters"],
        ["3–6 p.m.", "7", "Adoption of the report"],
    ]
    spec = _table_paper("Table 1. Proposed organization of work", rows)
    document = ingest(render_un_pdf(spec, tmp_path / "t.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "3", "table1", "4", "5"]
    table = document.paragraphs[3].text
    assert [row[-1] in table for row in rows] == [True] * len(rows)
    assert table.index("Forced criminality\n") < table.index("Other matters")


def test_a_chart_captioned_as_a_figure_is_a_figure_not_a_table(tmp_path):
    """GIVEN a paper with a chart captioned "Figure 1" (its labels read as rows) before
    "Table 1" WHEN ingested THEN the chart is figure 1 (kind figure, anchor figure1) and the
    table keeps table 1; before, the chart was table 2, cited as a table the paper lacks."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    said = "States reported on measures taken to identify victims at borders and at work."
    chart = [["Year", "2007", "2008", "2009"], ["Victims", "14 909", "16 848", "21 400"]]
    table = [["Region", "2007", "2008"], ["Africa", "1 204", "1 355"], ["Europe", "4 100", "5 300"]]
    blocks = [heading(1, "I. Trends")]
    blocks += [paragraph(n, f"Paragraph {n} opens. {said} {said} Ends {n}.") for n in (1, 2)]
    blocks.append(
        {"type": "table", "caption": "Figure 1. Victims detected, 2007-2009", "rows": chart}
    )
    blocks.append(paragraph(3, f"Paragraph 3 opens. {said} Ends 3."))
    blocks.append({"type": "table", "caption": "Table 1. Victims by region", "rows": table})
    blocks.append(paragraph(4, f"Paragraph 4 opens. {said} Ends 4."))
    spec = english_paper_spec("CTOC/COP/WG.4/2012/2", "Trends", blocks)
    document = ingest(render_un_pdf(spec, tmp_path / "figure.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "figure1", "3", "table1", "4"]
    assert [p.kind for p in document.paragraphs if p.paragraph is None] == ["figure", "table"]
    assert document.paragraphs[2].text.startswith("Figure 1. Victims detected")


def test_a_box_is_its_own_record_and_closes_before_the_next_paragraph(tmp_path):
    """GIVEN a paper with "Box 1. Good practice: …" (a bold title, two unnumbered paragraphs)
    between paragraphs 3 and 4 WHEN ingested THEN the box is one record, anchored box1, its
    title on the first line; its text is not cited as preambular paragraphs, and paragraphs 4
    and 5 are not under the box's title."""
    from tests.pdfgen import english_paper_spec, heading, paragraph, render_un_pdf

    said = "States reported on measures taken to identify victims at borders."
    blocks = [heading(1, "II. Identification")]
    blocks += [paragraph(n, f"Paragraph {n} opens. {said} {said} Ends {n}.") for n in (1, 2, 3)]
    blocks.append(heading(3, "Box 1. Good practice: screening at the border"))
    blocks.append({"type": "text", "text": f"In one State, guards use indicators. {said}"})
    blocks.append({"type": "text", "text": f"The list was made with civil society. {said}"})
    blocks += [paragraph(n, f"Paragraph {n} opens. {said} Ends {n}.") for n in (4, 5)]
    spec = english_paper_spec("CTOC/COP/WG.4/2012/2", "Identification", blocks)
    document = ingest(render_un_pdf(spec, tmp_path / "box.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "3", "box1", "4", "5"]
    box = document.paragraphs[3]
    assert (box.kind, box.paragraph, box.section) == ("box", None, ("II. Identification",))
    assert box.text.split("\n") == [
        "Box 1. Good practice: screening at the border",
        f"In one State, guards use indicators. {said}",
        f"The list was made with civil society. {said}",
    ]
    assert all(p.section == ("II. Identification",) for p in document.paragraphs)
    assert not document.warnings


def test_justified_text_and_contents_pages_are_not_tables():
    for path in sorted(PDFS.glob("*.pdf")):
        assert not [p.anchor for p in ingested(path).paragraphs if p.kind == "table"], path.name


def test_a_paper_for_one_agenda_item_is_about_it_throughout(tmp_path):
    """GIVEN a background paper whose cover says "Item 2 of the provisional agenda" WHEN ingested
    THEN every paragraph falls under item 2 (its title is in the session's agenda, not here),
    and a paper with an agenda of its own keeps its paragraph-by-paragraph items."""
    from tests.pdfgen import ENGLISH_COVER, render_un_pdf

    cover = dict(
        ENGLISH_COVER,
        title="Good practices in the identification of victims: background paper",
        meeting_lines=["Vienna, 10-12 October 2012", "Item 2 of the provisional agenda*"],
    )
    blocks = [
        {"type": "heading", "level": 1, "text": "I. Introduction"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "The present paper was prepared by the Secretariat.",
        },
        {"type": "heading", "level": 1, "text": "II. Conclusions"},
        {"type": "paragraph", "number": 2, "text": "States should identify victims promptly."},
    ]
    spec = {"symbol": "CTOC/COP/WG.4/2012/2", "job_number": "V.12-55086 (E)", "cover": cover}
    path = render_un_pdf({**spec, "toc": False, "blocks": blocks}, tmp_path / "paper.en.pdf")
    document = ingest(path)
    assert [(p.anchor, p.agenda_item.number, p.agenda_item.title) for p in document.paragraphs] == [
        ("1", 2, ""),
        ("2", 2, ""),
    ]
    assert document.agenda == ()


def test_a_line_of_prose_opening_two_pages_is_not_taken_for_a_running_header(tmp_path):
    """GIVEN a short English paper whose pages 5 and 6 open with the same line of prose WHEN
    ingested THEN every paragraph is whole: only short repeated rows are headers."""
    from tests.pdfgen import ENGLISH_COVER, render_un_pdf

    sentence = (
        "Several States reported on national action plans, the designation of national "
        "coordinators and the establishment of specialized units within the police and "
        "prosecution services. "
    )
    blocks: list[dict] = [{"type": "heading", "level": 1, "text": "I. Introduction"}]
    expected = {}
    for n in range(1, 15):
        text = f"Paragraph {n} opens here. {sentence * (9 if n % 4 == 0 else 3)}"
        text += f"Paragraph {n} ends here."
        block = {"type": "paragraph", "number": n, "text": text}
        if n % 5 == 0:
            block["text"] = text.replace("opens here.", f"opens here.[^{n}]")
            block["footnotes"] = [
                {
                    "mark": str(n),
                    "text": "See A/RES/64/293, annex, and https://www.unodc.org/documents/"
                    f"report-{n}.pdf (accessed 1 June 2012).",
                }
            ]
        if n == 7:
            items = [
                "(a) How can States ensure that victims are identified early, in particular:",
                "(i) At borders;",
                "(ii) In places of work;",
                "(b) What support should be given to victims who cooperate with the authorities?",
            ]
            text = block["text"] = "The Working Group may wish to consider the following questions:"
            block["items"] = items
            text = "\n".join([text, *items])
        if n == 10:
            blocks.append({"type": "heading", "level": 1, "text": "II. Issues for consideration"})
        blocks.append(block)
        expected[n] = text
    spec = {
        "symbol": "CTOC/COP/WG.4/2012/2",
        "job_number": "V.12-55555 (E)",
        "cover": ENGLISH_COVER
        | {"title": "Good practices in the use of victim-centred approaches: background paper"},
        "toc": True,
        "blocks": blocks,
    }
    document = ingest(render_un_pdf(spec, tmp_path / "paper.en.pdf"))
    assert {p.paragraph: p.text for p in document.paragraphs} == expected


def test_two_annexes_without_a_number_are_said_to_share_anchors(tmp_path):
    """GIVEN two "Annex" headings without numbers WHEN ingested THEN the warning names the
    anchors they share (the index keeps the first of each), rather than losing one silently."""
    text = (
        "United Nations CTOC/COP/WG.4/2012/9\n\nEnglish\n\n"
        "1. The report has two annexes.\n\nAnnex\n\n1. First annex paragraph.\n\n"
        "Annex\n\n1. Second annex paragraph.\n"
    )
    path = tmp_path / "CTOC-COP-WG.4-2012-9.en.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    assert [p.anchor for p in document.paragraphs] == ["1", "annex-1", "annex-1"]
    assert any("annex-1" in w and "only the first" in w for w in document.warnings)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_general_assemblys_resolution_cites_its_own_earlier_resolutions(lang):
    """GIVEN A/RES/48/161, whose preamble recalls "its own resolutions, particularly resolution
    47/118" and welcomes "the adoption of resolution 48/8" WHEN ingested THEN those paragraphs
    cite A/RES/47/118 and A/RES/48/8, in both language versions."""
    document = ingested(PDFS / f"A-RES-48-161.{lang}.pdf")
    cited = {(p.anchor, c.symbol) for p in document.paragraphs for c in p.cites}
    assert {("pp1", "A/RES/47/118"), ("pp15", "A/RES/48/8")} <= cited


ANNOTATIONS_TEXT = """Distr. générale 12 novembre 2010 Français Original: anglais

Groupe de travail sur la traite des personnes
Vienne, 19-21 janvier 2011

Ordre du jour provisoire et annotations

Ordre du jour provisoire

1. Questions d'organisation:
a) Ouverture de la réunion;
b) Adoption de l'ordre du jour et organisation des travaux.
2. Application, y compris aux niveaux national et régional, du Protocole visant à prévenir, \
réprimer et punir la traite des personnes, en particulier des femmes et des enfants, additionnel \
à la Convention des Nations Unies contre la criminalité transnationale organisée.
3. Assistance et protection des victimes.
4. Adoption du rapport.

Annotations

1. Questions d'organisation

a) Ouverture de la réunion

1. La réunion du Groupe de travail sera ouverte le mercredi 19 janvier 2011 à 10 heures.

b) Adoption de l'ordre du jour et organisation des travaux

2. Dans sa décision 4/4, la Conférence des Parties a décidé que le Groupe de travail se \
réunirait pendant sa cinquième session.

2. Application du Protocole relatif à la traite des personnes

3. Le Groupe de travail voudra peut-être examiner la manière dont les États parties appliquent \
le Protocole.

4. Le Groupe de travail sera saisi d'un document d'information (CTOC/COP/WG.4/2011/2).

3. Assistance et protection des victimes

5. Le Groupe de travail voudra peut-être examiner l'hébergement et l'indemnisation des victimes.

4. Adoption du rapport

6. Le Groupe de travail adoptera un rapport sur sa réunion.
"""


def test_annotations_in_plain_text_keep_their_paragraphs_and_agenda_items(tmp_path):
    """GIVEN the plain-text extraction of a document of annotations (written for the test, in
    the layout of CTOC/COP/WG.4/2011/1): its "Ordre du jour provisoire" heading read as part of
    the title, the agenda's item 2 the Protocol's long title, the annotations under numbered
    and lettered headings WHEN ingested THEN the agenda is one unnumbered paragraph, the
    annotations are paragraphs 1 to 6 (1 to 3 were unnumbered, the agenda's items 1 to 4
    taken for paragraphs) and each falls under the agenda item its heading names."""
    path = tmp_path / "CTOC-COP-WG.4-2011-1.fr.txt"
    path.write_text(ANNOTATIONS_TEXT, encoding="utf-8")
    document = ingest(path)
    agenda, *paragraphs = document.paragraphs
    assert agenda.paragraph is None and agenda.text.startswith("1. Questions d'organisation:")
    assert [p.paragraph for p in paragraphs] == [1, 2, 3, 4, 5, 6]
    assert paragraphs[0].text.startswith("La réunion du Groupe de travail sera ouverte")
    assert [item.number for item in document.agenda] == [1, 2, 3, 4]
    assert [p.agenda_item.number for p in paragraphs] == [1, 1, 2, 2, 3, 4]


def test_an_agenda_longer_than_its_paragraphs_number_keeps_the_paragraphs_after_it(tmp_path):
    """GIVEN the English report whose paragraph 4 adopts an agenda of seven items, so that items
    5 to 7 carry the numbers of paragraphs 5 and 6 and beyond WHEN the PDF is ingested THEN
    paragraphs 5 and 6 keep their numbers and item 7 is no paragraph 7 (they had become
    unnumbered, and "Adoption of the report." paragraph 7)."""
    from tests.pdfgen import english_report_spec, render_un_pdf

    spec = english_report_spec()
    adopting = next(block for block in spec["blocks"] if block.get("number") == 4)
    adopting["items"] = [
        "1. Organizational matters:",
        "(a) Opening of the meeting;",
        "(b) Adoption of the agenda and organization of work.",
        "2. Non-punishment and non-prosecution of victims of trafficking.",
        "3. Analysis of key concepts.",
        "4. Good practices in reducing demand.",
        "5. Case management.",
        "6. Other matters.",
        "7. Adoption of the report.",
    ]
    document = ingest(render_un_pdf(spec, tmp_path / "report.en.pdf"))
    assert [p.anchor for p in document.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    assert document.paragraphs[3].text.endswith("6. Other matters.\n7. Adoption of the report.")
    assert document.paragraphs[4].text.startswith("The following States parties")
    assert [item.number for item in document.agenda] == [1, 2, 3, 4, 5, 6, 7]
    assert document.paragraphs[5].agenda_item.number == 2


def test_a_form_feed_and_running_header_inside_a_paragraph_of_a_text_file(tmp_path):
    """GIVEN a one-line-per-paragraph text whose paragraph 7 is cut by a page break (a form
    feed, the running header "CTOC/COP/WG.4/2010/6", the footer "2 V.10-50943") after paragraph
    6 adopted an agenda of eight items WHEN ingested THEN the furniture is dropped and paragraph
    7 is whole, with its States: the half before the break, ending with a comma, is no title,
    and the agenda's item 7 is no paragraph."""
    agenda = "\n".join(f"{n}. Item {n} of the agenda." for n in range(1, 9))
    text = (
        "Distr.: General 17 February 2010 Original: English\n\n"
        "III. Organization of the meeting\n\n"
        "5. The Working Group held its meeting in Vienna on 27 and 29 January 2010.\n\n"
        f"6. On 27 January, the Working Group adopted the following agenda:\n{agenda}\n\n"
        "C. Attendance\n\n"
        "7. The following States parties were represented: Albania, Algeria,\n\n"
        "2 V.10-50943\n\x0cCTOC/COP/WG.4/2010/6\n\n"
        "Germany, Norway and Thailand.\n\n"
        "8. The European Union was also represented.\n"
    )
    path = tmp_path / "CTOC-COP-WG.4-2010-6.en.txt"
    path.write_text(text, encoding="utf-8")
    paragraphs = ingest(path).paragraphs
    assert [p.paragraph for p in paragraphs] == [5, 6, 7, 8]
    assert paragraphs[2].text == (
        "The following States parties were represented: Albania, Algeria, Germany, Norway and "
        "Thailand."
    )
    assert paragraphs[2].states == ("ALB", "DZA", "DEU", "NOR", "THA")


SUMMARY_PAPER = """Distr.: General 15 November 2010 Original: English

Working Group on Trafficking in Persons
Vienna, 19-21 January 2011
Item 3 of the provisional agenda
Victim assistance and protection

Good practices in victim assistance and protection

Background paper prepared by the Secretariat

Summary

The present paper reviews good practices in the assistance and protection of victims of \
trafficking reported by States, including shelters, residence permits and compensation schemes.

I. Introduction

1. In its decision 5/2, the Conference of the Parties requested a background paper.

2. The paper is based on replies from 45 States.
"""


@pytest.mark.parametrize("wrapped", [False, True], ids=["one line per paragraph", "printed"])
def test_a_papers_summary_is_a_paragraph_not_its_title(tmp_path, wrapped):
    """GIVEN a background paper in plain text whose first page has a summary before
    "I. Introduction" (one line per paragraph, or printed lines) WHEN ingested THEN the
    summary is an unnumbered paragraph under "Summary", as from a PDF, and the title is the
    paper's (the summary, the longest line of the cover, had been taken for the title and
    lost from the paragraphs)."""
    text = SUMMARY_PAPER
    if wrapped:  # the summary and paragraph 1 printed over two lines each
        text = text.replace("victims of trafficking", "victims of\ntrafficking").replace(
            "requested a background", "requested\na background"
        )
    path = tmp_path / "CTOC-COP-WG.4-2011-3.en.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    assert document.title == "Good practices in victim assistance and protection"
    summary, *numbered = document.paragraphs
    assert (summary.paragraph, summary.section) == (None, ("Summary",))
    assert summary.text.startswith("The present paper reviews good practices")
    assert [p.paragraph for p in numbered] == [1, 2]
    assert numbered[0].text.endswith("requested a background paper.")


RESOLUTION_TEXT = """United Nations

A/RES/64/293

General Assembly

Distr.: General
12 August 2010

Sixty-fourth session
Agenda item 104

Resolution adopted by the General Assembly on 30 July 2010

64/293. United Nations Global Plan of Action to Combat Trafficking in Persons

The General Assembly,

Reaffirming the purposes and principles of the Charter of the United Nations,

Reaffirming also its commitment to the United Nations Convention against Transnational \
Organized Crime and the Protocol supplementing it,¹

¹ United Nations, Treaty Series, vol. 2237, No. 39574.

Recalling its resolution 63/194 of 18 December 2008,

Deeply concerned that trafficking in persons remains one of the serious challenges facing \
the international community,

1. Adopts the United Nations Global Plan of Action to Combat Trafficking in Persons;

2. Requests the Secretary-General to submit a report on the implementation of the present \
resolution.

111th plenary meeting

30 July 2010
"""


def test_a_resolution_in_text_keeps_its_preambular_paragraphs_and_its_closing_line_out(tmp_path):
    """GIVEN a General Assembly resolution as a text extraction, one paragraph per line WHEN
    ingested THEN each preambular paragraph is its own (they end with a comma, and a comma
    otherwise means a sentence cut by a page break: the preamble had become one paragraph),
    the closing "111th plenary meeting" and its date are not in paragraph 2 nor in the title,
    and the agenda item of the cover, past 99, is every paragraph's."""
    path = tmp_path / "A-RES-64-293.en.txt"
    path.write_text(RESOLUTION_TEXT, encoding="utf-8")
    document = ingest(path)
    assert document.title == "United Nations Global Plan of Action to Combat Trafficking in Persons"
    anchors = [p.anchor for p in document.paragraphs]
    assert anchors == ["pp1", "pp2", "pp3", "pp4", "1", "2"]
    texts = {p.anchor: p.text for p in document.paragraphs}
    assert texts["pp2"].endswith("the Protocol supplementing it,")
    assert texts["pp3"] == "Recalling its resolution 63/194 of 18 December 2008,"
    assert texts["2"].endswith("of the present resolution.")
    assert {p.agenda_item.number for p in document.paragraphs} == {104}


def test_a_papers_contents_and_tables_in_text_are_read_as_from_a_pdf(tmp_path):
    """GIVEN a background paper as a text extraction, one paragraph per line, whose summary
    comes before its contents and whose table has its cells apart by tabs WHEN ingested THEN
    the contents are dropped (its title and "Page" had become a paragraph under the
    summary) and the table is a record of its own, caption and rows, one per line (its rows
    had been glued to the paragraph above it, the tabs turned into spaces)."""
    contents = (
        "Contents\n\nPage\n\nI. Introduction ........................ 2\n\n"
        "II. Data ................................ 2\n\nI. Introduction\n"
    )
    table = (
        "Table 1. Detected victims, by region\n\nRegion\t2019\t2020\n\nEurope\t9 412\t8 103\n\n"
        "Africa\t5 308\t4 911\n\nSource: UNODC.\n\n"
    )
    text = SUMMARY_PAPER.replace("I. Introduction\n", contents).replace(
        "2. The paper", f"II. Data\n\n{table}2. The paper"
    )
    path = tmp_path / "CTOC-COP-WG.4-2011-3.en.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    assert [p.anchor for p in document.paragraphs] == ["pp1", "1", "table1", "2"]
    assert document.paragraphs[1].text.endswith("requested a background paper.")
    assert document.paragraphs[2].text == (
        "Table 1. Detected victims, by region\nRegion\t2019\t2020\nEurope\t9 412\t8 103\n"
        "Africa\t5 308\t4 911\nSource: UNODC."
    )
    assert document.paragraphs[2].kind == "table"


def test_a_timetable_in_text_keeps_its_empty_first_cells_and_is_no_printed_lines(tmp_path):
    """GIVEN a short text extraction ending with a timetable, one row per line, some rows
    opening with a tab (the time left empty) WHEN ingested THEN one table, each row in its
    columns; before, the tab-led rows were gathered out of order into a paragraph and the
    table split in two, and a file this short was taken for printed lines, the table glued
    onto paragraph 1 (round-4 probe)."""
    rows = [
        "Date and time\tItem\tTitle or description",
        "10 a.m.–1 p.m.\t1 (a)\tOpening of the meeting",
        "\t1 (b)\tAdoption of the agenda",
        "\t2\tForced criminality",
        "3–6 p.m.\t2\tForced criminality (continued)",
        "10 a.m.–1 p.m.\t3\tMixed migration flows",
        "\t6\tOther matters",
        "3–6 p.m.\t7\tAdoption of the report",
    ]
    text = (
        "Distr.: General 15 April 2025 Original: English\n\nCTOC/COP/WG.4/2025/1\n\n"
        "Provisional agenda and annotations\n\n"
        "1. The proposed organization of work (see annex) has been prepared in accordance "
        "with the guidance provided by the Conference.\n\n"
        "Annex\n\nProposed organization of work\n\n" + "\n".join(rows) + "\n"
    )
    path = tmp_path / "CTOC-COP-WG.4-2025-1.en.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest(path)
    assert [p.anchor for p in document.paragraphs] == ["1", "table1"]
    assert document.paragraphs[1].text.split("\n") == rows
