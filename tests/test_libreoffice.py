"""PDFs made by LibreOffice Writer, which lays out and exports as Word does (sixth probe
round; fixtures and their sources in tests/fixtures/libreoffice)."""

from __future__ import annotations

import re

import pytest

from indexer.pipeline import ingest
from tests.conftest import FIXTURES
from tests.expected_records import assert_reads_as_written

WRITER = FIXTURES / "libreoffice"


def paragraphs(name: str) -> dict[int, object]:
    return {p.paragraph: p for p in ingest(WRITER / name).paragraphs}


def test_a_hyphen_set_apart_at_a_justified_line_end_stays_with_its_word():
    """GIVEN Writer's justified, hyphenated French, whose line-end hyphens stand up to an
    eighth of the font size after the word WHEN read THEN no word is cut by a space: "per -
    sonnes", "de - vraient" and "(Ar - gentine)", which had lost its State."""
    read = paragraphs("CTOC-COP-WG.4-2011-8.fr.pdf")
    assert "traite des personnes serait un élément" in read[2].text
    assert "présenterait ses recommandations, et" in read[2].text  # "re-|commandations³"
    assert "les États parties devraient renforcer" in read[6].text
    assert read[19].text.endswith("Mme Ana María Russo (Argentine).")
    assert read[19].states == ("ARG",)
    assert not [p.paragraph for p in read.values() if re.search(r"[^\W\d] - [^\W\d]", p.text)]


def test_words_hyphenated_by_the_word_processor_are_whole_though_written_once():
    """GIVEN Writer's automatic hyphenation, which breaks words a document writes once
    ("gouver-|nementaux", "sui-|vant", "considera-|tion") WHEN read THEN they are whole, and the
    agenda adopted "par consensus l'ordre du jour provisoire suivant :" is read."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-8.fr.pdf")
    read = {p.paragraph: p for p in document.paragraphs}
    assert "d'experts gouvernementaux tenues" in read[1].text
    assert "restaient incomplètes et" in read[17].text
    assert [item.number for item in document.agenda] == [1, 2, 3, 4, 5]
    paper = paragraphs("CTOC-COP-WG.4-2011-3.fr.pdf")
    assert "en particulier lorsqu'elles craignaient" in paper[5].text  # "lors-|qu'elles"
    english = paragraphs("CTOC-COP-WG.4-2011-4.en.pdf")
    assert "in its consideration of agenda item 3" in english[1].text
    assert "the conduct concerned was criminalized differently" in english[4].text


def test_the_agenda_item_s_note_is_the_cover_s_though_page_1_holds_paragraphs():
    """GIVEN a paper whose page 1 holds the cover ("Item 2 of the provisional agenda*") and
    its first five paragraphs above the note "* CTOC/COP/WG.4/2011/1." WHEN read THEN the note
    is the cover's: it had gone to paragraph 5, which then cited the agenda, with a warning
    that the note had no reference mark."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-3.en.pdf")
    assert [(note.mark, note.text) for note in document.footnotes] == [
        ("*", "CTOC/COP/WG.4/2011/1.")
    ]
    read = {p.paragraph: p for p in document.paragraphs}
    assert read[5].footnotes == ()
    assert not any(cite.symbol == "CTOC/COP/WG.4/2011/1" for cite in read[5].cites)
    assert not [w for w in document.warnings if "no reference mark" in w]


def test_a_table_whose_larger_header_wraps_over_lines_is_one_table():
    """GIVEN a table whose header, in bold 10 pt over a 9 pt body, wraps over four lines, the
    last holding one cell ("sector" of "Cooperation with the private sector") WHEN read THEN it
    is one table: it had been cut in two there, the header alone as table 3, the body as a
    "table 4" the document does not have, and "sector" taken for a heading over it."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-3.en.pdf")
    tables = [p for p in document.paragraphs if p.kind == "table"]
    assert [p.anchor for p in tables] == ["table1", "table2", "table3"]
    assert "Brazil\tNational campaign" in tables[2].text
    assert tables[2].text.endswith("Source: Replies of States to the questionnaire.")
    assert not [p.anchor for p in document.paragraphs if "sector" in p.section]


def test_bullets_of_word_s_symbol_font_are_bullets():
    """GIVEN a list whose bullets are Word's, the Symbol font's glyph that PDFs map to the
    private-use U+F0B7, set without space between the items WHEN read THEN they are bullets:
    the items had run into the paragraph ("… their use. \\uf0b7 The Mutual Legal …; \\uf0b7 The
    directory …"), the bullet shown as a private-use glyph."""
    read = paragraphs("symbol-bullets.en.pdf")
    assert read[6].text.splitlines()[1:] == [
        "• The Mutual Legal Assistance Request Writer Tool developed by UNODC;",
        "• The directory of competent national authorities maintained by the Secretariat;",
        "• Direct contacts between liaison magistrates and prosecutors.",
    ]


def test_the_language_line_of_a_masthead_laid_out_as_a_table_is_read():
    """GIVEN a French paper whose masthead is a table in the first page's header, "Français"
    in its right column on the baseline of a line of the body's name WHEN read THEN the
    language comes from the cover: the row "transnationale organisée  Français" had hidden it,
    and the language was left to detection."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-3.fr.pdf")
    assert (document.lang, document.lang_source) == ("fr", "cover")


def test_a_cell_wrapped_over_three_lines_stays_in_its_table():
    """GIVEN a table row whose first cell wraps over three lines ("Royaume-Uni de" /
    "Grande-Bretagne et" / "d'Irlande du Nord") WHEN read THEN the table goes on after it: it
    had been cut there, and the two lines left in the table's gap went on paragraph 4, the
    paragraph before the table, which then named the United Kingdom."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-3.fr.pdf")
    read = {p.paragraph: p for p in document.paragraphs}
    assert read[4].text.endswith("pour la période 2007-2010.")
    assert read[4].states == ()
    last = [p for p in document.paragraphs if p.kind == "table"][-1]
    assert "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord\t34\t47\t53\t61\nSuède" in last.text


def test_a_table_over_a_page_break_is_one_table_without_its_repeated_header():
    """GIVEN a table of 32 rows running from page 1 to page 2, its header row repeated at the
    top of page 2 (as Word and Writer repeat heading rows) WHEN read THEN it is one table
    with one header row: the part on page 2 had been a "table 2" the paper does not have."""
    document = ingest(WRITER / "CTOC-COP-WG.4-2011-3.fr.pdf")
    (table,) = [p for p in document.paragraphs if p.kind == "table"]
    lines = table.text.split("\n")
    assert lines[:3] == [
        "Tableau 1. Personnes condamnées pour traite des personnes, 2007-2010",
        "Pays\t2007\t2008\t2009\t2010",
        "Afrique du Sud\t4\t9\t12\t15",
    ]
    assert lines.count("Pays\t2007\t2008\t2009\t2010") == 1
    assert "Colombie\t23\t19\t27\t30\nEspagne\t46\t52\t44\t61" in table.text
    assert lines[-1].startswith("Source : Rapport mondial")


def test_a_symbol_cut_after_a_slash_at_a_line_end_is_whole():
    read = paragraphs("CTOC-COP-WG.4-2011-8.fr.pdf")
    assert read[11].text.endswith("sur cette question (CTOC/COP/WG.4/2011/3).")


@pytest.mark.parametrize(
    "name",
    [
        "CTOC-COP-WG.4-2011-8.en",
        "CTOC-COP-WG.4-2011-8.fr",
        "CTOC-COP-WG.4-2011-3.en",
        "CTOC-COP-WG.4-2011-3.fr",
        "CTOC-COP-WG.4-2011-4.en",
        "two-columns.en",
        "two-columns-pages.en",
    ],
)
def test_every_numbered_paragraph_reads_as_written(name):
    """GIVEN a Writer PDF and the records its source gives WHEN read THEN symbol, language,
    date, every numbered paragraph (text, section, footnotes, States, citations) and every
    table (its rows, a cell wrapped over lines one cell) are as written."""
    assert_reads_as_written(WRITER, name)


def test_a_heading_s_footnote_mark_is_no_part_of_the_section():
    """GIVEN a heading with a footnote ("II. Recommendations⁵") WHEN read THEN the section is
    "II. Recommendations" and the note goes to the first paragraph under the heading: the mark
    had stayed in the section path of every paragraph of the chapter, and the note gone to a
    paragraph further on."""
    document = ingest(WRITER / "heading-footnote.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert read[4].section == ("II. Recommendations",)
    assert read[7].section[0] == "II. Recommendations"
    assert [note.mark for note in read[4].footnotes] == ["5"]
    assert [note.mark for note in read[5].footnotes] == ["6", "7"]
    assert not document.warnings


def test_a_section_in_two_columns_is_read_column_by_column():
    """GIVEN a chapter set in two columns (paragraphs 3-5 and the start of 6 on the left, the
    rest of 6 with its items, a heading and paragraphs 7-8 on the right) between paragraphs set
    across the page WHEN read THEN the left column is read top to bottom, then the right one:
    each baseline had been read across both columns, paragraphs 3-8 came out interleaved
    ("… their legisla- joint investigation teams. …") and 6-8 were lost as paragraphs."""
    document = ingest(WRITER / "two-columns.en.pdf")
    read = {p.paragraph: p for p in document.numbered}
    assert sorted(read) == list(range(1, 11))
    assert read[3].text.endswith("forced labour and the removal of organs.")
    assert read[6].text.startswith(  # from the foot of the left column to the top of the right
        "Cooperation between countries of origin and destination had improved through "
        "bilateral agreements and joint investigation teams. The obstacles"
    )
    assert read[6].text.splitlines()[1:] == [
        "(a) The lack of resources;",
        "(b) Delays in the execution of requests for mutual legal assistance;",
        "(c) Differences between the definitions of the offence.",
    ]
    assert read[7].section == ("II. Summary of replies", "B. Data and civil society")
    assert read[9].section == ("III. Conclusions",)
    assert not document.warnings


def test_a_section_in_two_columns_runs_over_pages():
    """GIVEN the chapter in two columns running over three pages WHEN read THEN a paragraph
    goes on from the foot of a page's right column to the top of the next page's left one."""
    read = {p.paragraph: p for p in ingest(WRITER / "two-columns-pages.en.pdf").numbered}
    over = [(n, p.page, p.last_page) for n, p in read.items() if p.last_page]
    assert over == [(13, 1, 2), (36, 2, 3)]
    assert read[13].text.endswith("further work was needed on the data of the ember survey.")


PARTICIPANTS = (  # the annex of two-columns.en, nine in each column
    "Argentina",
    "Austria",
    "Brazil",
    "Canada",
    "Colombia",
    "Egypt",
    "France",
    "Germany",
    "Indonesia",
    "Italy",
    "Mexico",
    "Nigeria",
    "Philippines",
    "Romania",
    "South Africa",
    "Spain",
    "Thailand",
    "United States of America",
)


def test_a_list_in_two_columns_is_read_column_by_column():
    """GIVEN an annex listing participants, and another listing States, in two columns WHEN
    read THEN the left column comes first, then the right one: the lines had been read across
    ("Algeria Indonesia Argentina Israel …"), an entry's second line after the other
    column's entry."""
    document = ingest(WRITER / "two-columns.en.pdf")
    (annex,) = [p for p in document.paragraphs if p.anchor.startswith("annex")]
    entries = [f"{name}:" for name in PARTICIPANTS]
    assert sorted(entries, key=annex.text.find) == entries  # in alphabetical order, as typed
    assert (
        "Nigeria: Chinedu Okafor, National Agency for the Prohibition of Trafficking" in annex.text
    )
    assert annex.text.endswith("United States of America: Robert Miller, Department of State")
    (states,) = [
        p
        for p in ingest(WRITER / "CTOC-COP-WG.4-2011-4.en.pdf").paragraphs
        if p.anchor.startswith("annex")
    ]
    assert states.text.startswith("Algeria Argentina Australia Austria Belarus")
    assert "Guatemala Indonesia Israel" in states.text


def test_a_table_s_cells_are_read_as_written():
    """GIVEN Writer tables whose cells wrap over lines ("Latin America and the" / "Caribbean",
    "Awareness-" / "raising", a header over four lines, "Cooperatio" / "n with the" of a word
    wider than its cell) and whose cells' texts nearly touch ("Campaigns in schools" a few
    points before "Yes (2009)") WHEN read THEN each cell is one, in its column: a wrapped
    cell's lines had been rows of their own, and touching cells one cell in the wrong
    column ("Campaigns in schools Yes (2009)", "États-Unis d'Amérique 103")."""
    tables = [
        p.text
        for p in ingest(WRITER / "CTOC-COP-WG.4-2011-3.en.pdf").paragraphs
        if p.kind == "table"
    ]
    assert "Latin America and the Caribbean\t7\t6\t1\n" in tables[0]
    assert "Region\tStates replying\tAwareness-raising\tCriminalization of use\n" in tables[0]
    header, *rows = tables[2].split("\n")[1:-1]
    assert header.split("\t")[4] == "Cooperation with the private sector"
    assert rows[1].split("\t") == [
        "Norway",
        "Campaigns in schools",
        "Yes (2009)",
        "No",
        "Hotel industry",
        "Evaluation under way",
    ]
    assert len(rows) == 5 and all(row.count("\t") == 5 for row in rows)
    (french,) = [
        p.text
        for p in ingest(WRITER / "CTOC-COP-WG.4-2011-3.fr.pdf").paragraphs
        if p.kind == "table"
    ]
    assert "\nÉtats-Unis d'Amérique\t103\t77\t47\t42\n" in french
    assert "\nRépublique de Moldova\t67\t72\t58\t61\n" in french


def test_a_symbol_wrapped_in_the_masthead_is_no_title():
    """GIVEN the paper as CTOC/COP/WG.4/2011/CRP.3/Add.1, a symbol too long for the masthead's
    cell, which wraps it after a slash ("CTOC/COP/WG.4/2011/" / "CRP.3/Add.1", in 20 pt bold)
    WHEN read THEN the title is the paper's: it had been "CRP.3/Add.1 — Addendum"."""
    document = ingest(WRITER / "long-symbol.en.pdf")
    assert document.symbol == "CTOC/COP/WG.4/2011/CRP.3/Add.1"
    assert document.title == (
        "Addressing the demand that fosters trafficking in persons: background paper prepared "
        "by the Secretariat — Addendum"
    )


def test_a_word_broken_after_a_function_word_prefix_is_whole():
    """GIVEN Writer's English hyphenation breaking "incomplete" as "in-" / "complete", a word
    the paper writes once WHEN read THEN it is "incomplete": "in complete" as a phrase is as
    common as "complete", and the hyphen had been kept ("in-complete")."""
    read = paragraphs("prefix-hyphen.en.pdf")
    assert "assistance were frequently incomplete or were sent" in read[4].text
