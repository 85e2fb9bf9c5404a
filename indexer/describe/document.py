"""Describe a document and its paragraphs: symbol, language, date, title, agenda, kinds.

Each fact is taken from the most trustworthy place that has it: the command
line's flags, then the document itself (cover, running header), then the
corpus manifest, then the file name; language detection runs only when neither
the cover nor the manifest says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import anchors
from ..citation_patterns import organ_of
from ..citations import find_citations
from ..corrigenda import corrected_symbol
from ..enrich.states import find_states
from ..enrich.topics import find_topics
from ..footnotes import star_refs
from ..instruments import article_citations
from ..language import detect
from ..models import AgendaItem, Cite, Cover, Document, Draft, Footnote, Layout, Paragraph
from ..segment import Segmented
from ..symbols import from_filename, last_part
from .agenda import find_agenda, item_for
from .attach import attach
from .casing import recased
from .cover import read_cover
from .kind import kind_of


@dataclass(frozen=True)
class Hints:
    """What the caller knows about a file: flags first, then the manifest's entry."""

    symbol: str | None = None
    lang: str | None = None
    manifest_symbol: str | None = None
    manifest_lang: str | None = None
    manifest_date: str | None = None
    manifest_title: str | None = None


def describe(path: Path, layout: Layout, segmented: Segmented, hints: Hints) -> Document:
    """Return the described document."""
    cover = read_cover(layout.cover, layout.headers)
    warnings = list(segmented.warnings)
    symbol, symbol_source = _symbol(path, cover, hints, warnings)
    body = " ".join(d.text for d in segmented.drafts[:40])
    lang, lang_source = _language(path, cover, hints, body, warnings)
    cover_refs = star_refs(row.text for row in layout.cover)
    attached = attach(segmented.drafts, segmented.footnotes, cover_refs)
    warnings.extend(attached.warnings)
    agenda, subs = find_agenda(attached.drafts)
    # A paper for one agenda item ("Item 2 of the provisional agenda" on its cover) is about
    # that item throughout; its title is in the session's agenda, not in the paper.
    whole = AgendaItem(cover.agenda_item, "") if cover.agenda_item and not agenda else None
    paragraphs = tuple(
        _paragraph(draft, notes, symbol, lang, agenda, subs, whole)
        for draft, notes in zip(attached.drafts, attached.notes, strict=True)
    )
    repeated = [a for a, n in Counter(p.anchor for p in paragraphs).items() if n > 1]
    if repeated:  # two annexes without a number: the index keeps the first of each anchor
        warnings.append(
            f"paragraphs sharing an anchor, only the first of each is indexed: "
            f"{', '.join(repeated[:5])}"
        )
    return Document(
        path=path,
        symbol=symbol,
        lang=lang,
        paragraphs=paragraphs,
        date=cover.date or hints.manifest_date,
        title=with_part(_title(cover, hints, segmented), symbol, lang),
        meeting=cover.meeting,
        agenda=agenda,
        pages=layout.pages,
        footnotes=tuple(attached.unplaced),
        warnings=tuple(warnings),
        symbol_source=symbol_source,
        lang_source=lang_source,
    )


def _exhibit(draft: Draft) -> str | None:
    """Return the kind of a draft that is no paragraph ("table", "figure", "box"), or None."""
    for kind in ("table", "figure", "box"):
        if getattr(draft, kind) is not None:
            return kind
    return None


def _title(cover: Cover, hints: Hints, segmented: Segmented) -> str | None:
    """Return the cover's title, in the paragraphs' own case when the cover sets it in capitals
    (else the manifest's title)."""
    if cover.title is None:
        return hints.manifest_title
    return recased(cover.title, (draft.text for draft in segmented.drafts))


# The part of a document its symbol's last component names, in the document's language
PARTS = {
    "Add": {"en": "Addendum", "fr": "Additif"},
    "Corr": {"en": "Corrigendum", "fr": "Rectificatif"},
    "Rev": {"en": "Revision", "fr": "Révision"},
    "Amend": {"en": "Amendment", "fr": "Amendement"},
}


def with_part(title: str | None, symbol: str, lang: str) -> str | None:
    """Return the title of an addendum, corrigendum or revision with that part named: its
    cover repeats the main document's title, and results from the two looked alike
    ("…at its meetings held in 2009, 2010, 2011 and 2012 — Addendum")."""
    part = last_part(symbol)
    if title is None or part is None:
        return title
    _, kind, number = part
    name = PARTS[kind].get(lang, PARTS[kind]["en"])
    if name.casefold() in title.casefold():
        return title
    return f"{title} — {name}" if number == 1 else f"{title} — {name} {number}"


def _symbol(path: Path, cover: Cover, hints: Hints, warnings: list[str]) -> tuple[str, str]:
    named, _ = from_filename(path.name)
    for value, source in (
        (hints.symbol, "flag"),
        (cover.symbol, "document"),
        (hints.manifest_symbol, "manifest"),
        (named, "file name"),
    ):
        if value:
            if source == "file name":
                warnings.append("symbol not found in the document; taken from the file name")
            return value, source
    warnings.append("no document symbol found: pass --symbol or add the file to the manifest")
    return path.stem, "none"


def _language(
    path: Path, cover: Cover, hints: Hints, body: str, warnings: list[str]
) -> tuple[str, str]:
    _, named = from_filename(path.name)
    detected = None if (hints.lang or cover.language or hints.manifest_lang) else detect(body)
    for value, source in (
        (hints.lang, "flag"),
        (cover.language, "cover"),
        (hints.manifest_lang, "manifest"),
        (detected, "detected"),
        (named, "file name"),
    ):
        if value:
            return value, source
    warnings.append("language unknown: pass --lang")
    return "und", "none"


def _paragraph(
    draft: Draft, notes: list[Footnote], symbol: str, lang: str, agenda, subs, whole=None
) -> Paragraph:
    if draft.table is not None:
        anchor = anchors.table(draft.table)
    elif draft.figure is not None:
        anchor = anchors.figure(draft.figure)
    elif draft.box is not None:
        anchor = anchors.box(draft.box)
    elif draft.act is not None:
        anchor = anchors.in_act(draft.act, draft.number, draft.preamble)
    elif draft.annex is not None:
        anchor = anchors.annexed(draft.annex, draft.number, draft.preamble)
    elif draft.number is not None:
        anchor = anchors.numbered(draft.number)
    else:
        anchor = anchors.preamble(draft.preamble)
    kind = _exhibit(draft) or kind_of(draft.section)
    if kind == "other" and "/RES/" in symbol:  # A/RES/48/161: a resolution throughout
        kind = "adopted"
    return Paragraph(
        symbol=symbol,
        lang=lang,
        paragraph=draft.number if draft.annex is None and draft.act is None else None,
        text=draft.text,
        section=draft.section,
        agenda_item=item_for(draft, agenda, subs, kind) or whole,
        kind=kind,
        page=draft.page,
        last_page=draft.last_page,
        footnotes=tuple(notes),
        anchor=anchor,
        inferred_number=draft.inferred,
        states=find_states(draft.text),
        topics=find_topics(draft.text, lang),
        cites=_cites(draft.text, notes, symbol),
    )


def _cites(text: str, notes: list[Footnote], own: str) -> tuple[Cite, ...]:
    """Return the paragraph's references (and its footnotes'), self-references resolved."""
    cites = []
    for found in find_citations(text, [note.text for note in notes], organ=organ_of(own)):
        if not found.resolved:
            continue  # "paragraph 17 of the report" with no symbol anywhere: cannot be followed
        cite = Cite(
            symbol=found.symbol or corrected_symbol(own) or own,  # a corrigendum's "Paragraph
            # 12" is the corrected document's
            paragraphs=found.paragraphs,
            kind=found.kind,
            text=found.text,
            corrected_from=found.corrected_from,
            preambular=found.preambular,
        )
        if cite not in cites:
            cites.append(cite)
    for text_of in [text, *(note.text for note in notes)]:  # "article 3 du Protocole"
        for found in article_citations(text_of, own):
            cite = Cite(
                found.symbol, found.paragraphs, "paragraph", found.text, article=found.article
            )
            if cite not in cites:
                cites.append(cite)
    return tuple(cites)
