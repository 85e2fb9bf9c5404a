"""A corrigendum: corrections to another document, not paragraphs of its own.

Under its cover and a "Corrigendum" ("Rectificatif") line, a UN corrigendum lists
corrections, each at a place in the corrected document, followed by what to change:

    Paragraph 12, third line
    For 15 States parties read 16 States parties

    Paragraph 27
    The paragraph should read
    27. The Working Group recommended that …

Each correction is one unnumbered text, its place first: a replacement paragraph's own
number ("27.") is the corrected document's, not the corrigendum's. Read as a report,
the first corrections went into the cover, "27." became the corrigendum's paragraph 27,
and the corrections after it were glued to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markers import CORRIGENDUM
from .models import Draft, Layout, Role
from .segment import Segmented
from .symbols import last_part

# Where a correction applies: "Paragraph 12, third line", "Paragraphe 33, alinéa c)",
# "Annex, list of participants", "Page 3, footnote 2", "Table 2, last row", "Title"
PLACE = re.compile(
    r"""^(?:(?i:paragraphs?|paragraphes?|paras?\.|page|pages|annex|annexe|table|tableau
    |footnote|note|notes|chapter|chapitre|title|titre|agenda\s+item|point
    |recommendations?|recommandations?|section|figure|box|encadré|heading|intitulé
    |sub-?paragraph|alinéa|cover\s+page|page\s+de\s+couverture|contents|table\s+des\s+matières))
    (?:\b|(?=\s))""",
    re.VERBOSE,
)
PLACE_LENGTH = 120  # characters: at most this long, a place line
# What to do at a place: "For … read …", "Au lieu de … lire …", "Delete", "The paragraph
# should read", "Le paragraphe 27 doit se lire comme suit"
INSTRUCTION = (
    r"(?:For|Au\s+lieu\s+de|Delete|Supprimer|Insert|Insérer|Add|Ajouter|Replace|Remplacer"
    r"|Should\s+read|Lire"
    r"|The\s+(?:paragraph|sentence|text|title|heading|footnote)(?:\s+\d{1,3})?\s+should\s+read"
    r"|L[ea]\s+(?:paragraphe|phrase|texte|titre|note)(?:\s+\d{1,3})?"
    r"\s+(?:doit\s+se\s+lire|se\s+lit|devrait\s+se\s+lire))\b"
)
PLACE_WORDS = (
    r"(?:Paragraphs?|Paragraphes?|Annex|Annexe|Page|Pages|Footnote|Note|Table|Tableau|Chapter"
    r"|Chapitre|Title|Titre|Recommendation|Recommandation|Section|Figure|Box|Encadré)\b"
)
# A PDF's layout joins the lines of the corrections into one block: each correction starts
# at a capitalised place followed, on its line, by what to do ("Paragraph 19, last line For
# Republic of Moldova read…")
NEXT_CORRECTION = re.compile(rf"(?<=\S)\s+(?={PLACE_WORDS}[^\n]{{0,80}}?\s{INSTRUCTION})")
PLACE_THEN_INSTRUCTION = re.compile(rf"^{PLACE_WORDS}[^\n]{{0,80}}?\s{INSTRUCTION}")


@dataclass(frozen=True)
class _Line:
    text: str
    page: int | None
    position: int  # the index of its block (0 for a cover line)


def corrections(layout: Layout) -> Segmented | None:
    """Return the corrections of a corrigendum as unnumbered drafts, or None when ``layout``
    is no corrigendum (no "Corrigendum" line followed by places of corrections)."""
    lines = [_Line(row.text.strip(), row.page, 0) for row in layout.cover]
    lines += [
        _Line(piece, block.page, position)
        for position, block in enumerate(layout.blocks)
        if block.role in (Role.BODY, Role.HEADING)
        for piece in NEXT_CORRECTION.split(block.text.strip())
    ]
    lines = [line for line in lines if line.text]
    start = next((i for i, line in enumerate(lines) if CORRIGENDUM.match(line.text)), None)
    if start is None:
        return None
    groups: list[list[_Line]] = []
    for line in lines[start + 1 :]:
        if _place(line.text):
            groups.append([line])
        elif groups:
            groups[-1].append(line)
    if not groups:
        return None
    drafts = tuple(
        Draft(
            number=None,
            parts=tuple(line.text for line in group),
            section=(),
            page=group[0].page,
            last_page=group[-1].page if group[-1].page != group[0].page else None,
            preamble=ordinal,
            position=group[0].position,
        )
        for ordinal, group in enumerate(groups, 1)
    )
    warning = f"a corrigendum: {len(drafts)} corrections, each an unnumbered text"
    return Segmented(drafts, (), (warning,))


def _place(text: str) -> bool:
    """Return True for the line that says where a correction applies."""
    if PLACE_THEN_INSTRUCTION.match(text):  # "Paragraph 19, last line For …" (PDF)
        return True
    return len(text) <= PLACE_LENGTH and PLACE.match(text) is not None and "\n" not in text


def corrected_symbol(symbol: str) -> str | None:
    """Return the symbol of the document a corrigendum corrects (``…/2011/8/Corr.1`` →
    ``…/2011/8``), or None for another document."""
    part = last_part(symbol)
    return part[0] if part and part[1] == "Corr" else None
