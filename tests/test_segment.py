"""Segmentation rules on small block sequences (the real documents are in test_pipeline)."""

from indexer.models import Block, Role
from indexer.segment import segment


def body(text, continues=None):
    return Block(Role.BODY, text, continues=continues)


def heading(text):
    return Block(Role.HEADING, text)


def note(mark, text):
    return Block(Role.FOOTNOTE, text, mark=mark)


def numbers(blocks, styled=False):
    return [(d.number, d.text) for d in segment(blocks, set(), styled=styled).drafts]


def test_numbered_sub_list_stays_inside_its_paragraph():
    """GIVEN an agenda numbered 1–3 inside paragraph 67 WHEN segmented THEN one paragraph."""
    blocks = [
        body("66. Le Groupe de travail a tenu sa réunion."),
        body("67. Le Groupe de travail a adopté l'ordre du jour suivant:"),
        body("1. Questions d'organisation:"),
        body("a) Ouverture de la réunion;"),
        body("2. Application du Protocole."),
        body("3. Adoption du rapport."),
        body("68. Les États suivants étaient représentés."),
    ]
    assert numbers(blocks) == [
        (66, "Le Groupe de travail a tenu sa réunion."),
        (
            67,
            "Le Groupe de travail a adopté l'ordre du jour suivant:\n1. Questions d'organisation:"
            "\na) Ouverture de la réunion;\n2. Application du Protocole.\n3. Adoption du rapport.",
        ),
        (68, "Les États suivants étaient représentés."),
    ]


def test_an_agenda_inside_a_low_numbered_paragraph_keeps_the_numbers_it_shares():
    """GIVEN paragraph 6 adopting an agenda of eight items, so that items 6, 7 and 8 carry the
    numbers of paragraphs 6, 7 and 8 WHEN segmented THEN the items stay in paragraph 6 and
    paragraphs 7 and 8 are the ones after the list: none is lost or taken from the agenda."""
    blocks = [
        body("5. The Working Group held its meeting in Vienna."),
        body("6. On 27 January, the Working Group adopted the following agenda:"),
        body("1. Organizational matters:"),
        body("(a) Opening of the meeting;"),
        body("(b) Adoption of the agenda and organization of work."),
        body("2. Implementation of the Protocol."),
        body("3. Analysis of key concepts of the Protocol."),
        body("4. Good practices for discouraging the demand for exploitative services."),
        body("5. Non-punishment and non-prosecution of trafficked persons."),
        body("6. Good practices and tools in case management."),
        body("7. Other matters."),
        body("8. Adoption of the report."),
        heading("C. Attendance"),
        body("7. The following States parties were represented: Albania and Algeria."),
        body("8. The European Union was also represented."),
        body("9. Ukraine was represented by an observer."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [d.number for d in drafts] == [5, 6, 7, 8, 9]
    assert drafts[1].text.endswith(
        "6. Good practices and tools in case management."
        "\n7. Other matters.\n8. Adoption of the report."
    )
    assert drafts[2].text.startswith("The following States parties were represented")
    assert drafts[2].section == ("C. Attendance",)


def test_numbered_headings_out_of_sequence_open_sections():
    blocks = [
        body("7. Premier paragraphe."),
        body("1. Recommandations générales"),
        body("8. Deuxième paragraphe."),
        body("2. Victimes de la traite"),
        body("9. Troisième paragraphe."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [d.number for d in drafts] == [7, 8, 9]
    assert drafts[2].section == ("2. Victimes de la traite",)


def test_lost_numbers_are_inferred_from_the_sequence():
    blocks = [
        heading("I. Introduction"),
        body("Dans sa décision 4/4, la Conférence.", False),
        body("2. Dans sa décision 4/4, encore."),
        body("3. Toujours dans cette décision."),
        body("Le fonctionnaire a fait part.", False),
        body("criminalité organisée et des outils."),
        body("Concernant le principal mandat, un manuel."),
        body("6. Il a été fait mention."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [(d.number, d.inferred) for d in drafts] == [
        (1, True),
        (2, False),
        (3, False),
        (4, True),
        (5, True),
        (6, False),
    ]
    assert drafts[3].text == "Le fonctionnaire a fait part. criminalité organisée et des outils."


def test_page_break_and_footnote_block_do_not_split_a_paragraph():
    blocks = [
        body("55. Les États devraient faire participer les juges. La"),
        note("8", "CTOC/COP/WG.4/2009/2."),
        body("Conférence devrait envisager de demander une assistance."),
        body("56. Les États parties devraient garantir un fonds."),
    ]
    result = segment(blocks, set())
    assert [d.text for d in result.drafts] == [
        "Les États devraient faire participer les juges. La Conférence devrait envisager de "
        "demander une assistance.",
        "Les États parties devraient garantir un fonds.",
    ]
    assert result.footnotes[0].footnote.mark == "8"


def test_lettered_sub_items_stay_in_their_paragraph():
    blocks = [
        body("57. Le Secrétariat devrait compiler et diffuser:"),
        body("a) Les bonnes pratiques;"),
        body("b) Les meilleures pratiques."),
        body("58. Pour appuyer ce processus."),
    ]
    assert [d.number for d in segment(blocks, set()).drafts] == [57, 58]


def test_repeated_number_means_the_first_one_was_a_sub_item():
    blocks = [
        body("2. Le paragraphe deux énumère:"),
        body("3. un premier point;"),
        body("3. Le vrai paragraphe trois."),
    ]
    assert [(d.number, d.text.split("\n")[0]) for d in segment(blocks, set()).drafts] == [
        (2, "Le paragraphe deux énumère:"),
        (3, "Le vrai paragraphe trois."),
    ]


def test_preamble_before_paragraph_one_is_kept_unnumbered():
    blocks = [
        body("Recalling its resolution 47/118,", False),
        body("Aware of the importance,", False),
        body("1. Commends the efforts;"),
    ]
    drafts = segment(blocks, set()).drafts
    assert [(d.number, d.preamble) for d in drafts] == [(None, 1), (None, 2), (1, None)]


def test_in_a_styled_layout_plain_numbered_lines_are_not_headings():
    """GIVEN a PDF (headings are bold) WHEN an agenda line cut by a page break THEN no heading."""
    blocks = [
        body("67. Le Groupe a adopté l'ordre du jour suivant:"),
        body("2. Application, y compris aux niveaux national et régional, du Protocole"),
        body("la Convention des Nations Unies.", True),
        body("68. Participation."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [d.number for d in drafts] == [67, 68]
    assert drafts[0].section == ()


def test_section_path_follows_heading_levels():
    blocks = [
        heading("II. Recommandations"),
        heading("A. Application"),
        heading("1. Recommandations générales"),
        body("8. Texte."),
        heading("B. Précisions"),
        body("9. Texte."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert drafts[0].section == (
        "II. Recommandations",
        "A. Application",
        "1. Recommandations générales",
    )
    assert drafts[1].section == ("II. Recommandations", "B. Précisions")


def test_an_annex_numbers_its_own_paragraphs():
    """GIVEN a body ending at paragraph 4, then "Annex" and its paragraphs 1–2 WHEN segmented
    THEN the annex paragraphs are apart from paragraph 4, under the annex and its title."""
    blocks = [
        heading("II. Issues for discussion"),
        body("3. The Working Group may wish to consider non-punishment."),
        body("4. The Working Group may wish to discuss the identification of victims."),
        heading("Annex"),
        body("Questionnaire on the implementation of the Protocol"),
        body("1. Has your State criminalized trafficking in persons?"),
        body("2. Does your legislation provide for non-punishment?"),
        heading("Annex II"),
        body("1. List of documents."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [(d.number, d.annex) for d in drafts] == [
        (3, None),
        (4, None),
        (1, ""),
        (2, ""),
        (1, "II"),
    ]
    assert drafts[1].text == "The Working Group may wish to discuss the identification of victims."
    assert drafts[2].section == ("Annex", "Questionnaire on the implementation of the Protocol")
    assert drafts[4].section == ("Annex II",)


def test_a_sentence_about_an_annex_is_not_one():
    blocks = [
        body("1. The list of participants is in the annex."),
        body("Annex I contains the agenda."),
        body("2. The report was adopted."),
    ]
    assert [(d.number, d.annex) for d in segment(blocks, set()).drafts] == [(1, None), (2, None)]


def test_a_chapter_line_is_a_top_level_heading():
    """GIVEN "Chapter I" then its title WHEN segmented THEN both are in the section path, the
    title under the chapter, and "Chapter II" closes both."""
    blocks = [
        heading("Chapter I"),
        heading("Matters calling for action by the Conference"),
        body("1. The Working Group adopted the following recommendations."),
        heading("Chapter II"),
        heading("Organization of the meeting"),
        body("2. The meeting was opened by the Chair."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [d.section for d in drafts] == [
        ("Chapter I", "Matters calling for action by the Conference"),
        ("Chapter II", "Organization of the meeting"),
    ]


def test_a_sentence_about_a_chapter_is_not_a_heading():
    blocks = [
        body("1. The report has two chapters."),
        body("Chapter II of the report describes the deliberations of the Working Group."),
        body("2. The report was adopted."),
    ]
    assert [(d.number, d.section) for d in segment(blocks, set()).drafts] == [(1, ()), (2, ())]


def test_short_numbered_lines_before_a_restart_at_one_are_a_list():
    """GIVEN a provisional agenda (short numbered lines) then paragraphs numbered from 1 WHEN
    segmented THEN the agenda is one unnumbered draft and the paragraphs keep their numbers."""
    blocks = [
        heading("I. Provisional agenda"),
        body("1. Opening of the meeting."),
        body("2. Adoption of the agenda."),
        body("3. Adoption of the report."),
        heading("II. Annotations"),
        heading("1. Opening of the meeting"),
        body("1. The meeting will be opened on Monday, 10 October 2011, at 10 a.m."),
        heading("2. Adoption of the agenda"),
        body("2. The provisional agenda was approved by the Conference in its decision 5/2."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [(d.number, d.preamble) for d in drafts] == [(None, 1), (1, None), (2, None)]
    assert drafts[0].parts == (
        "1. Opening of the meeting.",
        "2. Adoption of the agenda.",
        "3. Adoption of the report.",
    )


def test_paragraphs_of_prose_before_a_restart_at_one_keep_their_numbers():
    """GIVEN numbered paragraphs of prose, then a block numbered 1 again WHEN segmented THEN
    the first paragraphs keep their numbers: only a run of short lines reads as a list."""
    long = "The Working Group considered the item and heard statements by many delegations " * 2
    blocks = [
        body(f"1. {long}."),
        body(f"2. {long}."),
        heading("Other matters"),
        body(f"1. {long} again."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [d.number for d in drafts][:2] == [1, 2]


def test_a_bold_heading_with_the_same_number_does_not_unnumber_the_paragraph_before_it():
    """GIVEN paragraph 2 followed by the bold heading "2. Good practices" (annotations whose
    headings are numbered as agenda items) WHEN segmented THEN paragraph 2 keeps its number and
    its text loses the "2." (it was taken for a sub-item and given 2 back with the marker)."""
    blocks = [
        heading("1. Organizational matters"),
        body("1. The meeting will be opened on Monday, 10 October 2011."),
        body("2. In its decision 4/4, the Conference decided that the Working Group would meet."),
        heading("2. Good practices in protecting the rights of victims"),
        body("3. The Working Group may wish to consider the non-punishment of victims."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [(d.number, d.parts[0][:9]) for d in drafts] == [
        (1, "The meeti"),
        (2, "In its de"),
        (3, "The Worki"),
    ]
    assert [d.inferred for d in drafts] == [False, False, False]


# -- a document of annotations in plain text (no bold to tell headings) --------------------

LONG_ITEM = (
    "2. Implementation, including at the national and regional levels, of the Protocol to "
    "Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
    "supplementing the United Nations Convention against Transnational Organized Crime."
)
ANNOTATIONS = [
    body("II. Annotations"),
    body("1. Organizational matters"),
    body("(a) Opening of the meeting"),
    body("1. The meeting will be opened on Wednesday, 19 January 2011, at 10 a.m."),
    body("(b) Adoption of the agenda and organization of work"),
    body("2. In its decision 4/4, the Conference decided that the Working Group would meet."),
    body("2. Implementation of the Trafficking in Persons Protocol"),
    body("3. The Working Group may wish to consider how States parties implement the Protocol."),
    body("3. Adoption of the report"),
    body("4. The Working Group will adopt a report on its meeting."),
]
AGENDA_ITEMS = [
    body("1. Organizational matters:"),
    body("(a) Opening of the meeting;"),
    body("(b) Adoption of the agenda and organization of work."),
    body(LONG_ITEM),
    body("3. Adoption of the report."),
]


def test_an_agenda_under_its_heading_is_a_list_whatever_the_length_of_its_items():
    """GIVEN plain text: "I. Provisional agenda", items 1 to 3 (item 2 the Protocol's long
    title), then the annotations, paragraphs numbered from 1 under lettered titles WHEN
    segmented THEN the agenda is one unnumbered draft and the annotations are paragraphs 1 to
    4, each under its numbered and lettered headings."""
    drafts = segment([body("I. Provisional agenda"), *AGENDA_ITEMS, *ANNOTATIONS], set()).drafts
    agenda, *paragraphs = drafts
    assert (agenda.number, agenda.section) == (None, ("I. Provisional agenda",))
    assert agenda.parts[0] == "1. Organizational matters:" and agenda.parts[3] == LONG_ITEM
    assert [p.number for p in paragraphs] == [1, 2, 3, 4]
    assert paragraphs[1].section == (
        "II. Annotations",
        "1. Organizational matters",
        "(b) Adoption of the agenda and organization of work",
    )
    assert paragraphs[1].text.startswith("In its decision 4/4")  # kept, not taken for an item
    assert paragraphs[2].section[-1] == "2. Implementation of the Trafficking in Persons Protocol"


def test_an_agenda_whose_heading_was_lost_is_known_by_the_headings_that_take_it_up():
    """GIVEN the same document whose "Provisional agenda" heading the cover took (the list
    comes first, with no heading) WHEN segmented THEN the list is still one unnumbered draft:
    the heading "1. Organizational matters" repeats its first item."""
    drafts = segment([*AGENDA_ITEMS, *ANNOTATIONS[1:]], set()).drafts
    assert [d.number for d in drafts] == [None, 1, 2, 3, 4]
    assert drafts[0].parts[-1] == "3. Adoption of the report."


def test_an_agenda_item_s_long_heading_is_a_heading_where_its_number_was_a_paragraph_s():
    """GIVEN annotations whose paragraphs run on across items (paragraphs 3 and 4 under item 2),
    then the heading of item 3, the 32 words of its title in the agenda, unpunctuated WHEN
    segmented THEN it is a heading: before, it became paragraph 3, and paragraphs 3 and 4 lost
    their numbers and were joined (round-4 probe, as in real annotations)."""
    long_title = (
        "3. Implementation of the Trafficking in Persons Protocol in the framework of the "
        "Mechanism for the Review of the Implementation of the United Nations Convention "
        "against Transnational Organized Crime and the Protocols thereto"
    )
    blocks = [
        body("I. Provisional agenda"),
        body("1. Organizational matters."),
        body("2. Forced criminality."),
        body(long_title + "."),
        body("4. Adoption of the report."),
        body("II. Annotations"),
        body("1. Organizational matters"),
        body("1. The meeting of the Working Group will be opened on Tuesday, 1 July 2025."),
        body("2. The proposed organization of work has been prepared by the secretariat."),
        body("2. Forced criminality"),
        body("3. In its resolution 11/5, the Conference requested the Working Group to meet."),
        body("4. The Working Group will have before it a background paper on that topic."),
        body(long_title),
        body("5. In its resolution 9/1, the Conference established the Mechanism."),
        body("4. Adoption of the report"),
        body("6. The Working Group will adopt a report on its meeting."),
    ]
    _agenda, *paragraphs = segment(blocks, set()).drafts
    assert [p.number for p in paragraphs] == [1, 2, 3, 4, 5, 6]
    assert paragraphs[3].text.startswith("The Working Group will have before it")
    assert paragraphs[4].section[-1] == long_title


def test_an_item_s_documentation_list_is_no_part_of_the_paragraph_before_it():
    """GIVEN plain-text annotations: a paragraph, then "Documentation" and the documents under it
    WHEN segmented THEN "Documentation" heads an unnumbered text of its own; before, both were
    glued onto the paragraph, which took the list's citations (round-4 probe)."""
    blocks = [
        body("1. Organizational matters"),
        body("1. The meeting of the Working Group will be opened on Tuesday, 1 July 2025."),
        body("2. The resources available will allow for six meetings with interpretation."),
        body("Documentation"),
        body("Provisional agenda and annotations (CTOC/COP/WG.4/2025/1)"),
        body("2. Adoption of the report"),
        body("3. The Working Group will adopt a report on its meeting."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [d.number for d in drafts] == [1, 2, None, 3]
    assert drafts[1].text.endswith("with interpretation.")
    assert drafts[2].section[-1] == "Documentation" and "CTOC/COP/WG.4/2025/1" in drafts[2].text


def test_a_lettered_line_inside_a_paragraph_stays_an_item():
    """GIVEN a paragraph introducing a list with a colon WHEN its lettered items follow THEN they
    stay in it, even unpunctuated, before the next numbered paragraph."""
    blocks = [
        body("5. States parties should:"),
        body("(a) Adopt legislation"),
        body("6. The Secretariat should compile good practices."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [(d.number, d.parts) for d in drafts] == [
        (5, ("States parties should:", "(a) Adopt legislation")),
        (6, ("The Secretariat should compile good practices.",)),
    ]


def test_an_unmarked_title_right_under_a_section_title_is_a_heading():
    """GIVEN a text file where "Recommendation 5" stands between a section's title and a
    numbered paragraph WHEN segmented THEN it is a heading over the paragraph. Before, it was
    a paragraph of its own: a title was looked for only after a finished sentence."""
    blocks = [
        body("I. Recommendations"),
        body("A. Technology and trafficking"),
        body("5. States parties should engage with the private sector."),
        body("B. Trafficking in persons in the context of migration flows"),
        body("Recommendation 5"),
        body("6. States parties should ensure the early identification of victims."),
    ]
    drafts = segment(blocks, set()).drafts
    assert [d.number for d in drafts] == [5, 6]
    assert drafts[1].section == (
        "I. Recommendations",
        "B. Trafficking in persons in the context of migration flows",
        "Recommendation 5",
    )


def test_unmarked_headings_in_smaller_type_nest_under_larger_ones():
    """GIVEN a paper without numbers whose titles are set in 14 pt ("Summary of replies") and
    12 pt ("Argentina") WHEN segmented THEN the smaller nest under the larger, and a larger
    one closes them. Before, every unmarked title was one level: "Argentina" replaced
    "Summary of replies"."""
    blocks = [
        Block(Role.HEADING, "Summary of replies", size=14.0),
        Block(Role.HEADING, "Argentina", size=12.0),
        body("Argentina reported on its national referral mechanism."),
        Block(Role.HEADING, "Austria", size=12.0),
        body("Austria indicated that a mechanism had been in place since 2019."),
        Block(Role.HEADING, "Observations by the Secretariat", size=14.0),
        body("The replies show that most States have formalized mechanisms."),
    ]
    drafts = segment(blocks, set(), styled=True).drafts
    assert [d.section for d in drafts] == [
        ("Summary of replies", "Argentina"),
        ("Summary of replies", "Austria"),
        ("Observations by the Secretariat",),
    ]


def test_paragraphs_numbered_1_paren_are_left_unnumbered_with_a_warning():
    """GIVEN paragraphs numbered "1)", "2)", "3)" WHEN segmented THEN they stay unnumbered (such
    numbers also open a list's items inside a paragraph) and a warning says so; before, there
    was none (round-5 R12). A paragraph "1." with a list "1)"… "3)" has no warning."""
    blocks = [
        heading("I. Recommendations"),
        body("1) At its meeting, the Working Group adopted the recommendations below."),
        body("2) States parties should strengthen their legislative frameworks."),
        body("3) States parties should ensure the confidentiality of victims."),
    ]
    segmented = segment(blocks, set())
    assert [draft.number for draft in segmented.drafts] == [None, None, None]
    assert segmented.warnings == (
        "3 of the 3 paragraphs open with a number written '1)', not '1.': it is not read as a "
        "paragraph number, and they are indexed unnumbered (pp1, pp2…) — check the numbering",
    )
    listed = [body("1. The Working Group recommended that States:"), *blocks[1:], body("2. End.")]
    assert segment(listed, set()).warnings == ()
