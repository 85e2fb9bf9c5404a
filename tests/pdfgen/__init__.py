"""Generate UN-layout PDFs and broken input files for the pipeline's tests."""

from __future__ import annotations

from typing import Any

from .bad_files import (
    write_empty_text,
    write_encrypted_pdf,
    write_non_utf8_text,
    write_not_a_pdf,
    write_partly_scanned_pdf,
    write_scanned_pdf,
    write_truncated_pdf,
    write_zero_byte,
)
from .un_layout import render_un_pdf
from .wg4_spec import COVER

__all__ = [
    "ENGLISH_COVER",
    "annotations_spec",
    "conference_report_spec",
    "english_paper_spec",
    "english_report_spec",
    "heading",
    "paragraph",
    "example_spec",
    "render_un_pdf",
    "write_empty_text",
    "write_encrypted_pdf",
    "write_non_utf8_text",
    "write_not_a_pdf",
    "write_partly_scanned_pdf",
    "write_scanned_pdf",
    "write_truncated_pdf",
    "write_zero_byte",
]

_SENTENCES = [
    "Le Groupe de travail a examiné les mesures prises par les États parties "
    "pour prévenir et combattre la traite des personnes.",
    "Plusieurs orateurs ont souligné l'importance de la coopération "
    "internationale, de l'assistance technique et de l'échange d'informations.",
    "Il a été noté que la collecte de données fiables restait difficile dans "
    "de nombreuses régions et que des ressources supplémentaires étaient "
    "nécessaires.",
    "Les participants ont recommandé que le secrétariat continue d'élaborer des "
    "outils pratiques à l'intention des praticiens de la justice pénale.",
]


def _filler(seed: int, count: int) -> str:
    """Return count French sentences starting at sentence number seed."""
    return " ".join(_SENTENCES[(seed + i) % len(_SENTENCES)] for i in range(count))


def _unique(number: int, count: int) -> str:
    """Return paragraph text whose first and last sentences name its number."""
    opening = f"À sa {number}e séance, le Groupe de travail a poursuivi ses débats."
    closing = f"Le résumé {number} figure à l'annexe {number}."
    return f"{opening} {_filler(number, count)} {closing}"


def example_spec(paragraphs: int = 8, toc: bool = False) -> dict[str, Any]:
    """Return a realistic spec: two headings, numbered paragraphs, notes, items."""
    blocks: list[dict[str, Any]] = [
        {"type": "heading", "level": 1, "text": "I. Introduction"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "Dans sa décision 4/4, la Conférence des Parties à la Convention "
            "des Nations Unies contre la criminalité transnationale "
            "organisée[^1] a décidé de créer un groupe de travail[^2], "
            "conformément à son règlement intérieur. "
            + _filler(0, 3)
            + " Le résumé 1 figure à l'annexe 1.",
            "footnotes": [
                {"mark": "1", "text": "Nations Unies, Recueil des Traités, vol. 2225, n° 39574."},
                {"mark": "2", "text": "Voir CTOC/COP/2008/19, chap. I, sect. A, décision 4/4."},
            ],
        },
    ]
    for number in range(2, paragraphs + 1):
        if number == paragraphs // 2 + 1:
            blocks.append(
                {
                    "type": "heading",
                    "level": 1,
                    "text": "II. Recommandations adoptées par le Groupe de travail",
                }
            )
        blocks.append({"type": "paragraph", "number": number, "text": _unique(number, 4)})
    blocks[-1]["text"] = "En ce qui concerne la coopération, le Groupe a recommandé:"
    blocks[-1]["items"] = [
        "a) La Conférence devrait inviter les États parties à renforcer la "
        "coopération internationale, l'assistance technique et l'échange "
        "d'informations, notamment au moyen de réseaux régionaux de praticiens "
        "de la justice pénale et d'autorités centrales;",
        "b) Conformément à la Convention, les États parties devraient recueillir "
        "des données fiables sur la traite des personnes et les communiquer au "
        "secrétariat, afin que celui-ci puisse élaborer des outils pratiques.",
    ]
    return {
        "symbol": "CTOC/COP/WG.4/2010/6",
        "job_number": "V.10-50943 (F)",
        "cover": COVER,
        "toc": toc,
        "blocks": blocks,
    }


ENGLISH_COVER = {
    "organization": "United Nations",
    "distribution": "Distr.: General",
    "date": "12 November 2012",
    "language": "English",
    "original": "Original: English",
    "body_lines": [
        "Conference of the Parties to the United Nations",
        "Convention against Transnational Organized Crime",
        "Working Group on Trafficking in Persons",
    ],
    "meeting_lines": ["Vienna, 10-12 October 2012"],
    "title": "Report on the meeting of the Working Group on Trafficking in Persons held in "
    "Vienna from 10 to 12 October 2012",
}


def heading(level: int, text: str) -> dict[str, Any]:
    """Return a heading block of the given level (1: chapter, 2: section, 3: sub-section)."""
    return {"type": "heading", "level": level, "text": text}


def paragraph(number: int, text: str) -> dict[str, Any]:
    """Return a numbered paragraph block."""
    return {"type": "paragraph", "number": number, "text": text}


def english_paper_spec(
    symbol: str, title: str, blocks: list[dict[str, Any]], job_number: str = "V.12-50000 (E)"
) -> dict[str, Any]:
    """Return an English document with the usual cover (its title changed) and these blocks."""
    cover = dict(ENGLISH_COVER, title=title)
    return {
        "symbol": symbol,
        "job_number": job_number,
        "cover": cover,
        "toc": False,
        "blocks": blocks,
    }


def english_report_spec() -> dict[str, Any]:
    """Return a short English WG.4-style report: one body page, a footnote after a full stop,
    an adopted agenda, a list of States, statements under an agenda item."""
    non_punishment = "Non-punishment and non-prosecution of victims of trafficking"
    blocks: list[dict[str, Any]] = [
        {"type": "heading", "level": 1, "text": "I. Recommendations adopted by the Working Group"},
        {"type": "heading", "level": 2, "text": f"A. {non_punishment}"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "States parties should ensure that victims of trafficking are not punished "
            "or prosecuted for unlawful acts committed as a direct consequence of their "
            "situation as trafficked persons.[^1]",
            "footnotes": [{"mark": "1", "text": "See CTOC/COP/WG.4/2010/6, para. 50."}],
        },
        {
            "type": "paragraph",
            "number": 2,
            "text": "States parties should provide training to prosecutors and judges on the "
            "identification of victims, in cooperation with civil society organizations.",
        },
        {"type": "heading", "level": 1, "text": "II. Organization of the meeting"},
        {"type": "heading", "level": 2, "text": "A. Opening of the meeting"},
        {
            "type": "paragraph",
            "number": 3,
            "text": "The Working Group on Trafficking in Persons held its meeting in Vienna "
            "from 10 to 12 October 2012.",
        },
        {
            "type": "heading",
            "level": 2,
            "text": "B. Adoption of the agenda and organization of work",
        },
        {
            "type": "paragraph",
            "number": 4,
            "text": "On 10 October, the Working Group adopted the following agenda:",
            "items": [
                "1. Organizational matters:",
                "(a) Opening of the meeting;",
                "(b) Adoption of the agenda and organization of work.",
                f"2. {non_punishment}.",
                "3. Adoption of the report.",
            ],
        },
        {"type": "heading", "level": 2, "text": "C. Attendance"},
        {
            "type": "paragraph",
            "number": 5,
            "text": "The following States parties were represented: Argentina, Belarus, Côte "
            "d'Ivoire, Iran (Islamic Republic of), Norway, United Kingdom of Great Britain and "
            "Northern Ireland and Venezuela (Bolivarian Republic of).",
        },
        {"type": "heading", "level": 1, "text": "III. Summary of deliberations"},
        {"type": "heading", "level": 2, "text": f"A. {non_punishment}"},
        {
            "type": "paragraph",
            "number": 6,
            "text": "Under agenda item 2, the Working Group heard statements by the "
            "representatives of Norway and Thailand. The Norwegian delegation described its "
            "national referral mechanism.",
        },
    ]
    return {
        "symbol": "CTOC/COP/WG.4/2012/4",
        "job_number": "V.12-57071 (E)",
        "cover": ENGLISH_COVER,
        "toc": False,
        "blocks": blocks,
    }


def annotations_spec() -> dict[str, Any]:
    """Return an English "provisional agenda and annotations" document: the agenda as a list
    of numbered lines, then annotations whose paragraphs start again at 1 under headings
    numbered as the agenda items."""
    item2 = "Good practices in protecting the rights of victims of trafficking in persons"
    blocks: list[dict[str, Any]] = [
        {"type": "heading", "level": 1, "text": "I. Provisional agenda"},
        {"type": "paragraph", "text": "1. Organizational matters:"},
        {"type": "paragraph", "text": "(a) Opening of the meeting;"},
        {"type": "paragraph", "text": "(b) Adoption of the agenda and organization of work."},
        {"type": "paragraph", "text": f"2. {item2}."},
        {"type": "paragraph", "text": "3. Other matters."},
        {"type": "paragraph", "text": "4. Adoption of the report."},
        {"type": "heading", "level": 1, "text": "II. Annotations"},
        {"type": "heading", "level": 2, "text": "1. Organizational matters"},
        {"type": "heading", "level": 3, "text": "(a) Opening of the meeting"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "The fourth meeting of the Working Group on Trafficking in Persons will be "
            "opened on Monday, 10 October 2011, at 10 a.m.",
        },
        {
            "type": "heading",
            "level": 3,
            "text": "(b) Adoption of the agenda and organization of work",
        },
        {
            "type": "paragraph",
            "number": 2,
            "text": "In its decision 4/4, the Conference of the Parties decided that the Working "
            "Group should meet during each regular session of the Conference.[^1]",
            "footnotes": [
                {"mark": "1", "text": "See CTOC/COP/2008/19, chap. I, sect. A, decision 4/4."}
            ],
        },
        {
            "type": "paragraph",
            "number": 3,
            "text": "The proposed organization of work has been prepared so as to allow the "
            "Working Group to discuss the items within the time and resources available.",
        },
        {"type": "heading", "level": 2, "text": f"2. {item2}"},
        {
            "type": "paragraph",
            "number": 4,
            "text": "The Working Group may wish to consider the non-punishment of victims for "
            "offences committed as a direct consequence of their being trafficked, and the "
            "assistance given to victims in Norway, Italy and the Philippines.",
        },
        {
            "type": "paragraph",
            "number": 5,
            "text": "To assist the Working Group, the Secretariat has prepared a background paper "
            "on good practices in protecting the rights of victims (CTOC/COP/WG.4/2011/3).",
        },
        {"type": "heading", "level": 2, "text": "3. Other matters"},
        {
            "type": "paragraph",
            "number": 6,
            "text": "No issues to be raised under agenda item 3 had come to the attention of the "
            "Secretariat at the time of preparation of the present document.",
        },
        {"type": "heading", "level": 2, "text": "4. Adoption of the report"},
        {
            "type": "paragraph",
            "number": 7,
            "text": "The Working Group will adopt a report on its meeting, the draft of which "
            "will be prepared by the Secretariat.",
        },
    ]
    cover = dict(
        ENGLISH_COVER,
        date="27 July 2011",
        title="Provisional agenda and annotations",
        meeting_lines=["Vienna, 10-12 October 2011", "Item 1 of the provisional agenda"],
    )
    return {
        "symbol": "CTOC/COP/WG.4/2011/1",
        "job_number": "V.11-84960 (E)",
        "cover": cover,
        "toc": False,
        "blocks": blocks,
    }


def conference_report_spec() -> dict[str, Any]:
    """Return an English report of a Conference session that sets out the resolutions and
    decisions it adopted (each numbering its own paragraphs from 1) between the report's own
    paragraphs, which number on around them."""
    organized = "United Nations Convention against Transnational Organized Crime"
    blocks: list[dict[str, Any]] = [
        {
            "type": "heading",
            "level": 1,
            "text": "I. Resolutions and decisions adopted by the Conference of the Parties",
        },
        {"type": "heading", "level": 2, "text": "A. Resolutions"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "At its fifth session, the Conference of the Parties adopted the following "
            "resolutions:",
        },
        {"type": "heading", "level": 3, "text": "Resolution 5/1"},
        {
            "type": "heading",
            "level": 3,
            "text": "Ensuring effective implementation of the Convention",
        },
        {"type": "paragraph", "text": f"The Conference of the Parties to the {organized},"},
        {"type": "paragraph", "text": "Recalling its decision 4/1 of 17 October 2008,"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "Decides to continue its efforts to establish a mechanism for the review of "
            "the implementation of the Convention;",
        },
        {
            "type": "paragraph",
            "number": 2,
            "text": "Requests the Secretariat to report to it on the matter at its sixth session.",
        },
        {"type": "heading", "level": 2, "text": "Annex"},
        {"type": "heading", "level": 3, "text": "Terms of reference of the review mechanism"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "The mechanism shall be transparent, efficient, non-intrusive and inclusive.",
        },
        {
            "type": "paragraph",
            "number": 2,
            "text": "The mechanism shall take into account the level of development of States.",
        },
        {"type": "heading", "level": 3, "text": "Resolution 5/2"},
        {
            "type": "heading",
            "level": 3,
            "text": "Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in "
            "Persons",
        },
        {"type": "paragraph", "text": "The Conference of the Parties,"},
        {
            "type": "paragraph",
            "text": "Welcoming the work of the Working Group on Trafficking in Persons,",
        },
        {
            "type": "paragraph",
            "number": 1,
            "text": "Decides that the Working Group on Trafficking in Persons shall be a constant "
            "element of the Conference of the Parties;",
        },
        {
            "type": "paragraph",
            "number": 2,
            "text": "Urges States parties to ensure that victims of trafficking are not punished "
            "for offences committed as a direct consequence of their situation;",
        },
        {
            "type": "paragraph",
            "number": 3,
            "text": "Requests the Secretariat to continue its work on indicators of trafficking in "
            "persons.",
        },
        {"type": "heading", "level": 2, "text": "B. Decisions"},
        {
            "type": "paragraph",
            "number": 2,
            "text": "At its fifth session, the Conference of the Parties adopted the following "
            "decision:",
        },
        {"type": "heading", "level": 3, "text": "Decision 5/1"},
        {"type": "heading", "level": 3, "text": "Trafficking in persons"},
        {"type": "paragraph", "text": "The Conference of the Parties,"},
        {
            "type": "paragraph",
            "number": 1,
            "text": "Decides that the Working Group on Trafficking in Persons shall meet during "
            "each regular session of the Conference.",
        },
        {"type": "heading", "level": 1, "text": "II. Organization of the session"},
        {"type": "heading", "level": 2, "text": "A. Opening of the session"},
        {
            "type": "paragraph",
            "number": 3,
            "text": "The Conference of the Parties held its fifth session in Vienna from 18 to 22 "
            "October 2010.",
        },
        {
            "type": "paragraph",
            "number": 4,
            "text": "The session was attended by representatives of Norway, Italy and Thailand, "
            "among others.",
        },
    ]
    cover = dict(
        ENGLISH_COVER,
        date="1 December 2010",
        title=f"Report of the Conference of the Parties to the {organized} on its fifth session",
        body_lines=["Conference of the Parties to the United Nations", organized[7:]],
        meeting_lines=["Fifth session", "Vienna, 18-22 October 2010"],
    )
    return {
        "symbol": "CTOC/COP/2010/17",
        "job_number": "V.10-58017 (E)",
        "cover": cover,
        "toc": False,
        "blocks": blocks,
    }
