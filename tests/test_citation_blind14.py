"""Blind case list 14 (tests/fixtures/citations/blind14.md): citations as they occur in texts
people copy from. Each test failed before its fix."""

from __future__ import annotations

import pytest

from indexer.citations import parse_reference
from indexer.pasted_links import link_citation
from indexer.typed_text import citation_words, plain, unbroken


# A PDF's hyphenated line break inside a symbol or a citation's word (cases 24–26)
@pytest.mark.parametrize(
    ("typed", "symbol", "paragraphs"),
    [
        ("CTOC/COP/WG.4/20-\n10/6, para. 32", "CTOC/COP/WG.4/2010/6", (32,)),
        ("A/HRC/WG.6/7/IT-\nA/1, para. 68", "A/HRC/WG.6/7/ITA/1", (68,)),
        ("CTOC/COP/\nWG.4/2010/6, para-\ngraph 32", "CTOC/COP/WG.4/2010/6", (32,)),
        ("CTOC/COP/WG.4/2010/6, para-\r\n  graph 32", "CTOC/COP/WG.4/2010/6", (32,)),
        ("A/RES/48/16\u2010\n1, para. 5", "A/RES/48/161", (5,)),
        ("A/RES/48/161, para\u00ad\ngraphs 5-6", "A/RES/48/161", (5, 6)),
        # a range broken at its hyphen stays a range
        ("CTOC/COP/WG.4/2010/6, paras. 30-\n32", "CTOC/COP/WG.4/2010/6", (30, 31, 32)),
    ],
)
def test_hyphenated_line_break_is_joined(typed, symbol, paragraphs):
    reference = parse_reference(typed)
    assert reference is not None
    assert (reference.symbol, reference.paragraphs, reference.beside) == (symbol, paragraphs, "")


def test_combined_reports_keep_their_hyphen_across_a_break():
    assert unbroken("CRC/C/BEN/CO/3-\n5, par. 72") == "CRC/C/BEN/CO/3-5, par. 72"
    assert parse_reference("CRC/C/BEN/CO/3-\n5, par. 72").symbol == "CRC/C/BEN/CO/3-5"


def test_a_word_hyphenated_across_a_break_is_joined_only_if_the_reader_knows_it():
    assert "paragraph" in citation_words() and "paragraphe" in citation_words()
    assert unbroken("para-\ngraph 32") == "paragraph 32"
    assert unbroken("non-\npunishment") == "non-\npunishment"  # a word's own hyphen
    assert unbroken("30-\n32") == "30-\n32"  # no slash before: not a symbol's


# Malformed slashes (cases 38–40)
@pytest.mark.parametrize(
    ("typed", "symbol"),
    [
        ("A/RES/48/161/, para 5", "A/RES/48/161"),
        ("A/RES/48/161/ para 5", "A/RES/48/161"),  # was the document "A/RES/48/161/PARA"
        ("A//RES/48/161, para. 5", "A/RES/48/161"),
        ("(A/RES/48/161/), para. 5", "A/RES/48/161"),
        ("CTOC/COP/WG.4/2010/, para. 32", "CTOC/COP/WG.4/2010"),  # its number is missing
    ],
)
def test_malformed_slashes(typed, symbol):
    reference = parse_reference(typed)
    assert reference is not None
    assert (reference.symbol, reference.beside) == (symbol, "")
    assert reference.paragraphs in ((5,), (32,))


def test_a_links_double_slash_is_left_alone():
    assert plain("https://example.org/x") == "https://example.org/x"
    assert plain("A/RES/48/161") == "A/RES/48/161"


def test_a_missing_last_number_is_near_the_collections_document():
    reference = parse_reference("CTOC/COP/WG.4/2010/, para. 32", known=["CTOC/COP/WG.4/2010/6"])
    assert "did you mean CTOC/COP/WG.4/2010/6?" in " ".join(reference.problems)


# A link naming the symbol whole in its query under any name (case 17)
@pytest.mark.parametrize(
    ("link", "read"),
    [
        ("https://digitallibrary.un.org/search?ln=en&p=A/RES/48/161", ("A/RES/48/161", "en")),
        (
            "https://digitallibrary.un.org/search?ln=fr&p=A%2FRES%2F48%2F161&f=",
            ("A/RES/48/161", "fr"),
        ),
        ("https://www.google.com/search?q=A/HRC/WG.6/7/ITA/1", ("A/HRC/WG.6/7/ITA/1", None)),
        ("https://digitallibrary.un.org/search?p=trafficking", None),
        ("https://digitallibrary.un.org/search?p=2010/6", None),  # no symbol
    ],
)
def test_a_link_whose_query_is_a_symbol(link, read):
    assert link_citation(link) == read


# A footnote's author and title before "U.N. Doc." / "UN Doc" (cases 8, 9), its year in brackets
KNOWN = ("A/HRC/WG.6/7/ITA/1", "CTOC/COP/WG.4/2010/6", "A/RES/48/161")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Human Rights Council, National report submitted by Italy, UN Doc "
            "A/HRC/WG.6/7/ITA/1 (18 November 2009) [68].",
            ("A/HRC/WG.6/7/ITA/1", (68,), ()),
        ),
        (
            "UNODC, Report on the meeting of the Working Group on Trafficking in Persons, "
            "U.N. Doc. CTOC/COP/WG.4/2010/6, at 5 (2010).",
            ("CTOC/COP/WG.4/2010/6", (), (5,)),
        ),
        (
            "Report of the Working Group, U.N. Doc. CTOC/COP/WG.4/2010/6 (Feb. 17, 2010)",
            ("CTOC/COP/WG.4/2010/6", (), ()),
        ),
        (
            "Rapport du Groupe de travail, Doc. ONU CTOC/COP/WG.4/2010/6, par. 32",
            ("CTOC/COP/WG.4/2010/6", (32,), ()),
        ),
        ("A/HRC/WG.6/7/ITA/1, at 9 (2009)", ("A/HRC/WG.6/7/ITA/1", (), (9,))),
    ],
)
def test_author_and_title_before_un_doc_are_the_documents_name(typed, read):
    reference = parse_reference(typed, KNOWN)
    assert (reference.symbol, reference.paragraphs, reference.pages) == read
    assert (reference.beside, reference.problems) == ("", ())


def test_words_after_the_symbol_keep_the_title_searched():
    reference = parse_reference("trafficking UN Doc CTOC/COP/WG.4/2010/6 victims", KNOWN)
    assert reference.beside == "trafficking victims"


def test_a_citation_like_title_is_read_as_before():
    reference = parse_reference("G.A. Res. 48/161, U.N. Doc. A/RES/48/161, ¶ 5", KNOWN)
    assert (reference.symbol, reference.paragraphs, reference.beside) == ("A/RES/48/161", (5,), "")


def test_a_footnote_number_with_its_dot_is_not_a_word():
    reference = parse_reference("12. See, e.g., CTOC/COP/WG.4/2010/6, ¶¶ 31-33", KNOWN)
    assert (reference.paragraphs, reference.beside) == ((31, 32, 33), "")


def test_a_symbol_closed_by_a_slash_and_unknown_is_said_cut_short():
    reference = parse_reference("CTOC/COP/WG.4/2010/, para. 32", KNOWN)
    assert "'CTOC/COP/WG.4/2010/' ends with a slash: part of the symbol is missing" in (
        reference.problems
    )
    # a document of the collection so written is only read: nothing is missing
    assert parse_reference("A/RES/48/161/, para. 5", KNOWN).problems == ()
