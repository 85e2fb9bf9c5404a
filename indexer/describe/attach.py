"""Give each footnote to the paragraph that references it.

A reference mark found in a paragraph claims the footnote with that mark.
Footnotes whose mark was lost in extraction are placed by what is left: a
plain-digit mark still in the text (``parlementaires" 15;``, ``rights.12``),
then the paragraph that references the neighbouring mark, then the paragraph
being read where the footnote block sits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .. import anchors
from ..footnotes import strip_glued_refs, strip_loose_ref
from ..models import Draft, Footnote
from ..segment import PlacedFootnote


@dataclasses.dataclass
class Attached:
    drafts: list[Draft]
    notes: list[list[Footnote]]  # per draft
    unplaced: list[Footnote]  # document-level footnotes (cover notes)
    warnings: list[str]


def attach(
    drafts: Sequence[Draft],
    placed: Sequence[PlacedFootnote],
    cover_refs: frozenset[str] = frozenset(),
) -> Attached:
    """Attach footnotes to drafts; return updated drafts, their footnotes and warnings.

    ``cover_refs``: the marks the cover references (``Item 2 of the provisional agenda*``);
    a footnote of page 1 with such a mark is the cover's, however many paragraphs page 1
    holds above it.
    """
    result = Attached(list(drafts), [[] for _ in drafts], [], [])
    owner: dict[int, int] = {}  # footnote index → draft index
    for d_index, draft in enumerate(drafts):
        for mark in draft.footnote_refs:
            f_index = _claim(placed, owner, mark, draft.position)
            if f_index is not None:
                owner[f_index] = d_index
    for f_index in range(len(placed)):
        if f_index not in owner:
            _place_orphan(result, placed, owner, f_index, cover_refs)
    for f_index, d_index in sorted(owner.items()):
        result.notes[d_index].append(placed[f_index].footnote)
    for notes in result.notes:
        notes.sort(key=_mark_order)
    return result


def _mark_order(note: Footnote) -> tuple[int, str]:
    return (int(note.mark), "") if note.mark.isdigit() else (10**6, note.mark)


def _claim(placed, owner, mark: str, position: int) -> int | None:
    free = [i for i, n in enumerate(placed) if n.footnote.mark == mark and i not in owner]
    after = [i for i in free if placed[i].position >= position]
    return (after or free or [None])[0]


def _place_orphan(
    result: Attached, placed, owner: dict[int, int], f_index: int, cover_refs: frozenset[str]
) -> None:
    note = placed[f_index]
    if not result.drafts:
        result.unplaced.append(note.footnote)
        return
    anchor = _anchor(result.drafts, note.position)
    mark = note.footnote.mark
    if not mark.isdigit() and note.page in (None, 1):
        before = anchor == 0 and note.position < result.drafts[0].position
        if before or mark in cover_refs:  # the cover's note, under page 1's paragraphs
            result.unplaced.append(note.footnote)
            return
    for d_index in _near(anchor, len(result.drafts)):
        if _strip_mark(result, d_index, note.footnote.mark):
            owner[f_index] = d_index
            return
    neighbour = _neighbour_owner(placed, owner, note.footnote.mark, anchor)
    d_index = anchor if neighbour is None else neighbour
    owner[f_index] = d_index
    draft = result.drafts[d_index]
    label = draft.number or (
        anchors.table(draft.table)
        if draft.table
        else anchors.figure(draft.figure)
        if draft.figure
        else anchors.box(draft.box)
        if draft.box
        else anchors.preamble(draft.preamble)
    )
    result.warnings.append(
        f"footnote {note.footnote.mark} has no reference mark in the text; "
        f"attached to paragraph {label}"
    )


def _anchor(drafts: Sequence[Draft], position: int) -> int:
    """Return the index of the paragraph being read when the footnote block appeared."""
    index = 0
    for d_index, draft in enumerate(drafts):
        if draft.position < position:
            index = d_index
    return index


def _near(anchor: int, count: int) -> list[int]:
    return [i for i in (anchor, anchor - 1, anchor + 1) if 0 <= i < count]


def _strip_mark(result: Attached, d_index: int, mark: str) -> bool:
    """Remove a plain-digit ``mark`` left in the paragraph's text; True when found."""
    draft = result.drafts[d_index]
    for p_index, part in enumerate(draft.parts):
        new, found = strip_loose_ref(part, mark)
        if not found:
            new, marks = strip_glued_refs(part, {mark})
            found = bool(marks)
        if found:
            parts = (*draft.parts[:p_index], new, *draft.parts[p_index + 1 :])
            result.drafts[d_index] = dataclasses.replace(draft, parts=parts)
            return True
    return False


def _neighbour_owner(placed, owner: dict[int, int], mark: str, anchor: int) -> int | None:
    """Return the paragraph that owns footnote mark±1, when it is near the anchor."""
    if not mark.isdigit():
        return None
    for neighbour in (str(int(mark) + 1), str(int(mark) - 1)):
        for f_index, d_index in owner.items():
            if placed[f_index].footnote.mark == neighbour and abs(d_index - anchor) <= 2:
                return d_index
    return None
