"""Description: cover metadata, agenda, agenda items, kinds, footnote attachment."""

import pytest

from indexer.describe.agenda import find_agenda, item_for
from indexer.describe.casing import recased
from indexer.describe.cover import read_cover
from indexer.describe.dates import find_date, find_range
from indexer.describe.kind import kind_of, kinds_named
from indexer.models import Draft, Row


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Distr. générale 17 février 2010 Français", "2010-02-17"),
        ("21 January 1994", "1994-01-21"),
        ("le 1er janvier 1948", "1948-01-01"),
        ("1ᵉʳ octobre 2019", "2019-10-01"),  # modifier letters, as a font or an export writes
        ("the 1ˢᵗ of October 2019, 2ⁿᵈ October 2019", "2019-10-02"),
        ("31 février 2010", None),
        ("no date", None),
    ],
)
def test_dates(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Genève, 8-19 février 2010", ("2010-02-08", "2010-02-19")),
        ("tenue à Vienne du 27 au 29 janvier 2010", ("2010-01-27", "2010-01-29")),
        ("held in Vienna from 27 to 29 January 2010", ("2010-01-27", "2010-01-29")),
        ("from 30 January to 2 February 2010", ("2010-01-30", "2010-02-02")),
        ("tenue à Vienne du 1ᵉʳ au 4 octobre 2019", ("2019-10-01", "2019-10-04")),
    ],
)
def test_date_ranges(text, dates):
    assert find_range(text) == dates


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Item 2 of the provisional agenda*", 2),
        ("Point 3 de l'ordre du jour provisoire*", 3),
        ("Agenda item 40", 40),  # a General Assembly resolution
        ("Agenda item 104", 104),  # plenary items run past 99
        ("Items 2 and 3 of the provisional agenda", None),  # several items: none for all
        ("Working Group on Trafficking in Persons", None),
    ],
)
def test_the_agenda_item_a_cover_names(line, item):
    cover = read_cover([Row("Distr.: General 9 August 2012"), Row(line)])
    assert cover.agenda_item == item


def test_cover_of_a_text_extraction():
    cover = read_cover(
        [
            Row("Distr. générale 17 février 2010 Français Original: anglais"),
            Row(
                "Rapport sur la réunion du Groupe de travail sur la traite des personnes tenue à "
                "Vienne du 27 au 29 janvier 2010"
            ),
        ]
    )
    assert (cover.symbol, cover.language, cover.original_language, cover.date) == (
        None,
        "fr",
        "en",
        "2010-02-17",
    )
    assert cover.title.startswith("Rapport sur la réunion")
    assert (cover.meeting.place, cover.meeting.start, cover.meeting.end) == (
        "Vienne",
        "2010-01-27",
        "2010-01-29",
    )


def test_a_symbol_too_long_for_the_masthead_s_cell_is_the_symbol_not_the_title():
    """GIVEN a masthead whose symbol, in its large bold type, wraps in its cell after a slash
    ("CTOC/COP/WG.4/2011/" / "CRP.3/Add.1") WHEN the cover is read (no running header) THEN
    the symbol is whole and the title is the title: the symbol's end, the cover's largest
    bold line, had been taken for it."""

    def line(text, top, size, bold=True):
        return Row(text, page=1, x0=80.0, top=top, bottom=top + size, size=size, bold=bold)

    cover = read_cover(
        [
            line("United Nations CTOC/COP/WG.4/2011/", 37, 20),
            line("CRP.3/Add.1", 60, 20),
            line("Distr.: General", 86, 10, bold=False),
            line("4 August 2011", 98, 10, bold=False),
            line("Addressing the demand that fosters trafficking in", 190, 17),
            line("persons: background paper", 210, 17),
        ]
    )
    assert cover.symbol == "CTOC/COP/WG.4/2011/CRP.3/Add.1"
    assert (
        cover.title == "Addressing the demand that fosters trafficking in persons: background paper"
    )


def draft(text, section=()):
    return Draft(number=1, parts=tuple(text.split("\n")), section=tuple(section), page=None)


AGENDA_PARAGRAPH = draft(
    "Le 27 janvier, le Groupe de travail a adopté l'ordre du jour suivant:\n"
    "1. Questions d'organisation:\na) Ouverture de la réunion;\n"
    "b) Adoption de l'ordre du jour et organisation des travaux.\n"
    "2. Application du Protocole relatif à la traite des personnes.\n"
    "Analyse des concepts de base du Protocole.\n"
    "4. Bonnes pratiques et outils pour décourager la demande.\n5. Adoption du rapport."
)


def test_adopted_agenda_with_a_lost_item_number():
    items, subs = find_agenda([draft("Autre chose."), AGENDA_PARAGRAPH])
    assert [(i.number, i.title) for i in items] == [
        (1, "Questions d'organisation"),
        (2, "Application du Protocole relatif à la traite des personnes"),
        (3, "Analyse des concepts de base du Protocole"),
        (4, "Bonnes pratiques et outils pour décourager la demande"),
        (5, "Adoption du rapport"),
    ]
    assert subs["Ouverture de la réunion"] == 1


@pytest.mark.parametrize(
    "opening",
    [
        "At its 1st meeting, on 2 September 2019, the Working Group adopted by consensus the "
        "following agenda:",
        "À sa 1re séance, le 2 septembre 2019, le Groupe de travail a adopté par consensus "
        "l'ordre du jour suivant\u00a0:",
    ],
)
def test_an_agenda_adopted_by_consensus_is_found(opening):
    """Recent reports say the agenda was adopted "by consensus" ("par consensus"): before,
    the agenda was not found and no paragraph had an agenda item."""
    adopted = draft(f"{opening}\n1. Organizational matters.\n2. Technology.\n3. Other matters.")
    items, _ = find_agenda([draft("Autre chose."), adopted])
    assert [i.number for i in items] == [1, 2, 3]


ENGLISH_AGENDA = draft(
    "On 27 January, the Working Group adopted the following agenda:\n"
    "1. Organizational matters:\n(a) Opening of the meeting;\n"
    "2. Implementation, including at the national and regional levels, of the Protocol to "
    "Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
    "supplementing the United Nations Convention against Transnational Organized Crime.\n"
    "3. Analysis of key concepts of the Trafficking in Persons Protocol.\n"
    "4. Good practices and tools for discouraging the demand for exploitative services.\n"
    "5. Adoption of the report."
)


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        # the long title of item 2 cut short: all its words are item 2's, three are item 3's
        ("A. Implementation of the Trafficking in Persons Protocol", 2),
        ("A. Implementation, including at the national and regional levels, of the Protocol", 2),
        ("B. Analysis of key concepts of the Trafficking in Persons Protocol", 3),
        ("C. Good practices and tools for discouraging the demand", 4),
        ("2. Victims of trafficking", None),  # shares words with many titles, names none
    ],
)
def test_a_heading_may_give_an_items_title_cut_short(heading, number):
    items, subs = find_agenda([ENGLISH_AGENDA])
    paragraph = draft("Text.", ["IV. Summary of deliberations", heading])
    found = item_for(paragraph, items, subs, "deliberation")
    assert (found.number if found else None) == number


@pytest.mark.parametrize(
    ("section", "text", "kind", "number"),
    [
        (
            [
                "IV. Résumé des délibérations",
                "C. Bonnes pratiques et outils pour décourager la demande",
            ],
            "Les experts étaient les suivants.",
            "deliberation",
            4,
        ),
        (
            [
                "II. Recommandations",
                "B. Précisions sur les concepts de base du Protocole",
                "2. Victimes de la traite",
            ],
            "Texte.",
            "recommendation",
            3,
        ),
        (
            ["III. Organisation de la réunion", "A. Ouverture de la réunion"],
            "Texte.",
            "organization",
            1,
        ),
        (["III. Organisation de la réunion", "C. Participation"], "Texte.", "organization", 1),
        (["I. Introduction"], "Dans sa décision 4/4.", "introduction", None),
        (["V. Autres"], "Au titre du point 4 de l'ordre du jour, le Groupe.", "other", 4),
        (["V. Autres"], "Sans mention.", "other", None),
        (
            ["Chapitre I", "Questions appelant une décision de la Conférence"],
            "Texte.",
            "recommendation",
            None,
        ),
        (
            ["Chapter I", "Matters calling for action by the Conference"],
            "Text.",
            "recommendation",
            None,
        ),
    ],
)
def test_agenda_item_and_kind_of_a_paragraph(section, text, kind, number):
    items, subs = find_agenda([AGENDA_PARAGRAPH])
    paragraph = draft(text, section)
    assert kind_of(paragraph.section) == kind
    found = item_for(paragraph, items, subs, kind)
    assert (found.number if found else None) == number


@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        ("recommendations on training", ("recommendation",)),
        ("what did the working group recommend", ("recommendation",)),
        ("Recommandations sur la formation", ("recommendation",)),
        ("recommandé", ("recommendation",)),
        ("débats sur la demande", ("deliberation",)),
        ("discussion of non-punishment", ("deliberation",)),
        ("délibérations et recommandations", ("recommendation", "deliberation")),
        ("traite des enfants", ()),
        ("", ()),
    ],
)
def test_the_kinds_a_query_names(query, kinds):
    assert kinds_named(query) == kinds


BODY = [
    "The Human Rights Council adopted resolution 5/1. National institutions report to it.",
    "Under paragraph 15 (a) of the annex, each State submits a national report. See the annex.",
    "The UNODC and the UPR. Human rights are universal; human rights defenders are protected.",
]


@pytest.mark.parametrize(
    ("title", "written"),
    [
        (  # names from the paragraphs' capitals, other words as the paragraphs write them
            "NATIONAL REPORT SUBMITTED UNDER PARAGRAPH 15 (A) OF THE ANNEX TO HUMAN RIGHTS COUNCIL"
            " RESOLUTION 5/1 — Italy",
            "National report submitted under paragraph 15 (a) of the annex to Human Rights Council"
            " resolution 5/1 — Italy",
        ),
        ("REPORT OF THE UNODC ON THE UPR", "Report of the UNODC on the UPR"),  # acronyms kept
        ("HUMAN RIGHTS DEFENDERS", "Human rights defenders"),  # no name: "human" as usual
        (
            "Rapport sur la réunion du Groupe de travail",
            "Rapport sur la réunion du Groupe de travail",
        ),
        ("UNODC", "UNODC"),  # one word in capitals is no title set in capitals
    ],
)
def test_a_title_set_in_capitals_is_written_in_the_documents_own_case(title, written):
    assert recased(title, BODY) == written


COP_AGENDA = draft(
    "At its 1st meeting, the Conference adopted the following agenda:\n"
    "1. Organizational matters\n"
    "2. Review mechanism\n"
    "3. Review of the implementation of the United Nations Convention against Transnational "
    "Organized Crime\n"
    "4. Review of the implementation of the Trafficking in Persons Protocol\n"
    "5. Other matters",
    ["III. Organization of the session"],
)


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        (
            "I. Resolutions and decisions adopted by the Conference of the Parties to the "
            "United Nations Convention against Transnational Organized Crime",
            None,  # shared the Convention's seven words with item 3, and took it
        ),
        (
            "Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in "
            "Persons, Especially Women and Children",
            4,  # the Protocol's full title is its short one: item 4
        ),
        ("IV. Review of the implementation of the Trafficking in Persons Protocol", 4),
    ],
)
def test_an_instruments_name_counts_as_one_word_of_a_heading(heading, number):
    items, subs = find_agenda([COP_AGENDA])
    found = item_for(draft("Text.", [heading]), items, subs, "other")
    assert (found.number if found else None) == number
