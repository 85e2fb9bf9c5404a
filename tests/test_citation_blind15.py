"""Blind case list 15 (tests/fixtures/citations/blind15.md): citations as people in the field
write them and as their tools export them. Each test failed before its fix."""

from __future__ import annotations

import pytest

from indexer.citations import back_reference, parse_reference, typed_citation
from indexer.pasted_links import typed_job_number
from indexer.pasted_records import unwrapped
from indexer.resolve import unsymbolled
from indexer.titled_documents import titled_symbol
from tests.test_cli import search_cli

WG4 = "CTOC/COP/WG.4/2010/6"
ITA = "A/HRC/WG.6/7/ITA/1"
RES = "A/RES/48/161"


# A citation manager's record, spreadsheet cells, a mail's quoting (cases 18–31)
@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs", "pages"),
    [
        (  # RIS
            "TY  - RPRT\nTI  - Rapport sur la réunion du Groupe de travail\nPY  - 2010\n"
            f"M1  - {WG4}\nER  -",
            WG4,
            (),
            (),
        ),
        (  # BibTeX
            "@techreport{unodc2010, title={Rapport sur la réunion du Groupe de travail}, "
            f"institution={{UNODC}}, number={{{WG4}}}, year={{2010}}}}",
            WG4,
            (),
            (),
        ),
        (
            f"@misc{{ga48161, title={{The situation}}, number={{{RES}}}, note={{para. 7}}}}",
            RES,
            (7,),
            (),
        ),
        (  # EndNote: the title's "paragraph 15 (a) of … resolution 5/1" is the title's
            "%0 Report\n%T National report submitted in accordance with paragraph 15 (a) of the "
            f"annex to Human Rights Council resolution 5/1\n%N {ITA}\n%D 2009",
            ITA,
            (),
            (),
        ),
        (f"Report Number: {ITA}\nPages: 14", ITA, (), (14,)),  # Zotero
        (f"TY  - RPRT\nM1  - {ITA}\nSP  - 14\nEP  - 15\nER  -", ITA, (), (14, 15)),
        (f"{WG4}\t32", WG4, (32,), ()),  # spreadsheet cells
        (f"{WG4}\tpar.\t32", WG4, (32,), ()),
        (f"{WG4}\t30-32", WG4, (30, 31, 32), ()),
        (f"{WG4};32", WG4, (32,), ()),  # a French-locale CSV line
        (f'"{RES}","5"', RES, (5,), ()),
        (f"> {WG4} para 32", WG4, (32,), ()),  # mail
        (f"TR: RE: {WG4} par. 32", WG4, (32,), ()),
        (f"Fwd: Re: {WG4} par. 32", WG4, (32,), ()),
        (f"{WG4}, para. 32\n--\nMaria Rossi\nUNODC Vienna", WG4, (32,), ()),
    ],
)
def test_a_tool_s_wrapping_is_taken_off(typed, symbol, paragraphs, pages):
    reference = parse_reference(typed)
    assert reference is not None
    assert (reference.symbol, reference.paragraphs, reference.pages) == (symbol, paragraphs, pages)
    assert reference.beside == ""


def test_cells_name_a_language_and_preambular_paragraphs():
    assert unwrapped(f"{ITA}\t68\tfr") == f"{ITA}, para. 68 (fr)"
    assert unwrapped(f'"{RES}","pp3"') == f"{RES}, pp3"
    assert typed_citation(f'"{RES}","pp3"') == f"{RES}, pp3"  # not two phrases to search
    reference = parse_reference(f"{RES}\tpp3")
    assert reference is not None and reference.preambular == (3,)


@pytest.mark.parametrize(
    "typed",
    [
        "traite\tdes personnes",  # cells without a symbol
        "victims;children",
        "Re: traite des personnes",
        '"traite des personnes" enfants',
        "Title: Report\nAuthor: UNODC",  # a record without a symbol
        "year:>=2010",
    ],
)
def test_what_holds_no_symbol_is_left_as_typed(typed):
    assert unwrapped(typed) == typed.removeprefix("Re: ")


def test_a_record_s_title_words_are_not_searched():
    reference = parse_reference(f"Title: National report submitted by Italy\nReport Number: {ITA}")
    assert reference is not None and (reference.symbol, reference.beside) == (ITA, "")


# A report's style: the words describing the document named (cases 2, 3, 7, 11)
@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs"),
    [
        (f"au paragraphe 32 de son rapport ({WG4})", WG4, (32,)),
        (f"aux paragraphes 31 à 33 du rapport publié sous la cote {WG4}", WG4, (31, 32, 33)),
        (f"in paragraph 68 of its national report ({ITA})", ITA, (68,)),
        (f"paragraph 68 of the report issued as {ITA}", ITA, (68,)),
        (f"dans la note 9 de leur rapport ({WG4})", WG4, ()),
        (
            "Assemblée générale, quarante-huitième session, point 40 de l'ordre du jour, "
            f"résolution {RES}, par. 5",
            RES,
            (5,),
        ),
        (f"General Assembly, forty-eighth session, {RES}, para. 5", RES, (5,)),
        (f"{RES} (48th session), para. 5", RES, (5,)),
        (f"réunion de 2010 ({WG4}), par. 32", WG4, (32,)),
    ],
)
def test_words_describing_the_document_are_not_searched(typed, symbol, paragraphs):
    reference = parse_reference(typed)
    assert reference is not None
    assert (reference.symbol, reference.paragraphs, reference.beside) == (symbol, paragraphs, "")


@pytest.mark.parametrize(
    ("typed", "beside"),
    [
        (f"{RES} peace session", "peace session"),  # no ordinal, no year: words
        (f"{WG4} national report victims", "national victims"),  # no possessive
        (f"{ITA} General Assembly", "General Assembly"),  # not between commas at the start
    ],
)
def test_other_words_beside_a_citation_are_still_searched(typed, beside):
    reference = parse_reference(typed)
    assert reference is not None and reference.beside == beside


# A space after a series' or a suffix's dot (case 34)
@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs"),
    [
        ("CTOC / COP / WG. 4 / 2010 / 6, paragraphe 32", WG4, (32,)),
        ("CTOC/COP/WG. 4/2010/6, para. 32", WG4, (32,)),
        ("E/2002/68/Add. 1, para. 3", "E/2002/68/Add.1", (3,)),
    ],
)
def test_a_space_after_a_series_dot_is_no_break(typed, symbol, paragraphs):
    reference = parse_reference(typed)
    assert reference is not None
    assert (reference.symbol, reference.paragraphs, reference.beside) == (symbol, paragraphs, "")


# The Bluebook's "Id." (case 6)
@pytest.mark.parametrize(
    ("typed", "word"),
    [("Id. at ¶ 33", "Id."), ("id. para. 33", "id."), ("identity 5", None), ("ID card", None)],
)
def test_bluebook_id_names_the_document_cited_before(typed, word):
    assert back_reference(typed) == word


# A job number typed as the foot of the pages prints it (case 36)
@pytest.mark.parametrize(
    ("typed", "job"),
    [
        ("V.10-51112, par. 32", "V.10-51112"),
        ("GE.09-17189", "GE.09-17189"),
        ("V1051112", "V1051112"),
        ("09-62345, para. 3", "09-62345"),
        ("paras. 10-12345", None),  # a range, however odd
        ("E.09.V.11", None),  # a sales number
    ],
)
def test_a_typed_job_number_is_found(typed, job):
    assert typed_job_number(typed) == job


def test_a_typed_job_number_is_no_citation():
    named = unsymbolled("V.10-51112, par. 32", "V.10-51112, par. 32")
    assert named is not None and named.kind == "typed-job"
    assert "“V.10-51112” is a job number" in named.resolution().message


# A document named by its title instead of its symbol (cases 9, 10)
DOCUMENTS = (
    (
        WG4,
        "Rapport sur la réunion du Groupe de travail sur la traite des personnes tenue à Vienne "
        "les 27 et 29 janvier 2010",
        "2010-02-17",
    ),
    (
        ITA,
        "National report submitted in accordance with paragraph 15 (a) of the annex to Human "
        "Rights Council resolution 5/1 — Italy",
        "2009-11-16",
    ),
    (RES, "The situation in Central America: procedures for …", "1994-01-21"),
)


@pytest.mark.parametrize(
    ("words", "symbol"),
    [
        ("Groupe travail", WG4),
        ("réunion 2010 Groupe travail", WG4),
        ("National submitted by Italy", ITA),
        ("Central America", RES),
        ("victims", None),  # one word names no document
        ("2010 2009", None),  # numbers alone
        ("National report victims", None),  # a word of no title
    ],
)
def test_titled_symbol_names_the_one_document_so_titled(words, symbol):
    assert titled_symbol(words, DOCUMENTS) == symbol


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "National report submitted by Italy, para. 68",
            "cited: No document symbol in the citation, but its words are those of the title of "
            "A/HRC/WG.6/7/ITA/1: did you mean A/HRC/WG.6/7/ITA/1, para. 68?",
        ),
        ("V.10-51112, par. 32", "cited: “V.10-51112” is a job number"),
    ],
)
def test_the_command_line_says_a_title_or_a_job_number(built_index, capsys, typed, said):
    status, out, _ = search_cli(capsys, typed, "--index", str(built_index), "--size", "1")
    assert status == 0 and out.startswith(said)


# Beyond the list: the same readings in neighbouring forms
@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs"),
    [
        (
            f"comme indiqué au paragraphe 32 de son rapport publié sous la cote {WG4}",
            WG4,
            (32,),
        ),
        (f"as stated in paragraph 5 of {RES}", RES, (5,)),
        ("paragraph 5 of its resolution 48/161", RES, (5,)),
        ("paragraphe 5 de sa résolution 48/161", RES, (5,)),
        (f"GA, 48th session, {RES}, para. 5", RES, (5,)),
    ],
)
def test_neighbouring_report_forms_are_read(typed, symbol, paragraphs):
    reference = parse_reference(typed, known=(WG4, ITA, RES))
    assert reference is not None
    assert (reference.symbol, reference.paragraphs, reference.beside) == (symbol, paragraphs, "")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (f"Symbol\tParagraph\n{WG4}\t32", f"{WG4}, para. 32"),
        (f"cote;paragraphe\n{WG4};32", f"{WG4}, para. 32"),
        (f"Symbol\tParagraph\tLanguage\n{ITA}\t68\tfr", f"{ITA}, para. 68 (fr)"),
        (f"victims\n{WG4}\t32", f"victims\n{WG4}\t32"),  # no header: another cell count
    ],
)
def test_a_header_row_copied_with_the_cells_is_left_out(typed, read):
    assert unwrapped(typed) == read
