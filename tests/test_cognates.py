"""Cognates: a query's English word also looked up in its French form by its ending, and a
French word in its English form (``indexer/data/cognates.json``)."""

import pytest

from indexer.index.api import SearchRequest
from indexer.index.cognates import english_forms, french_forms
from tests.indexed import indexed


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("necessary", ["necessaire"]),
        ("actors", ["acteurs"]),
        ("nationality", ["nationalité"]),
        ("political", ["politique"]),
        ("dangerous", ["dangereux"]),
        ("members", ["membres"]),
        ("Judiciary", ["judiciaire"]),
        ("criminal", ["criminel"]),
        ("institutional", ["institutionnel"]),
        ("specific", ["specifique"]),
        ("society", ["société"]),
        ("democracy", ["democratie"]),
        ("projects", ["projets"]),
        ("minister", ["ministre"]),
        ("consular", ["consulaire"]),
        ("examined", ["examiné"]),
        ("facilitate", ["faciliter"]),
        ("eliminated", ["eliminé"]),
        ("private", []),  # "priver" is to deprive
        ("united", []),  # "unité" is a unit
        ("traffic", []),  # "trafique" would be the stem of "trafiquants"
        ("tous", []),  # too short before the ending
        ("nécessaire", []),  # French already
        ("victims", []),  # no ending of the list
    ],
)
def test_the_french_forms_of_an_english_word_by_its_ending(word, forms):
    assert french_forms(word) == forms


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("spécifiques", ["specific"]),
        ("professionnelle", ["professional"]),
        ("membres", ["members"]),
        ("projets", ["projects"]),
        ("sécurité", ["security"]),
        ("société", ["society"]),
        ("nécessaire", ["necessary"]),
        ("acteurs", ["actors"]),
        ("observatoire", ["observatory"]),
        ("République", ["republic"]),
        ("faciliter", ["facilitate"]),
        ("trafic", []),  # no ending of the list
        ("tel", []),  # too short before the ending
    ],
)
def test_the_english_forms_of_a_french_word_by_its_ending(word, forms):
    assert english_forms(word) == forms


REPORT = """Distr.: General
1 March 2099

Original: English

Report on the meeting of the Working Group on Trafficking in Persons

I. Recommendations

1. States parties should adopt specific measures for the protection of members of ethnic minorities.

2. The Secretariat should continue its projects with professional associations
and the observatory on democratic institutions.

3. States parties should take the necessary steps to ensure the security of victims.
"""


@pytest.fixture(scope="module")
def english_only(tmp_path_factory):
    """An index of one English report with no French version: no twin can carry a French
    query to it, only the words' own forms."""
    corpus = tmp_path_factory.mktemp("english-only")
    (corpus / "CTOC-COP-WG.4-2099-9.en.txt").write_text(REPORT, encoding="utf-8")
    return indexed(corpus, tmp_path_factory.mktemp("english-only-index"))


@pytest.mark.parametrize(
    ("query", "paragraph"),
    [
        ("mesures spécifiques", "1"),
        ("membres des minorités ethniques", "1"),
        ("projets", "2"),
        ("associations professionnelles", "2"),
        ("observatoire", "2"),
        ("institutions démocratiques", "2"),
        ("sécurité des victimes", "3"),
    ],
)
def test_a_french_query_finds_an_english_paragraph_through_the_forms_of_its_words(
    english_only, query, paragraph
):
    """GIVEN an English report alone WHEN French words of Latin origin are searched THEN the
    paragraph with their English forms is found first, and no word is "corrected" into
    English (before, "projets" and "observatoire" found nothing; "membres" was corrected)."""
    result = english_only.search(SearchRequest(q=query))
    assert result.hits and result.hits[0].anchor == paragraph
    assert not result.notices
