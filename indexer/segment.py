"""Split blocks into the document's own numbered paragraphs, each with its section path.

A numbered block starts paragraph n only when n fits the numbering sequence;
numbered sub-lists (an adopted agenda), lettered sub-items and page-break
continuations stay inside their paragraph. Headings (``I.``, ``A.``, ``1.``,
``a)``) give the section path. Paragraphs whose number was lost in extraction
receive the number the sequence implies. An annex (a line ``Annex``, ``Annex
II``, ``Annexe``) starts its own numbering: its paragraphs are kept apart from
the body's, never merged into the body's last paragraph. A list of short
numbered items before a restart at 1 in prose (the provisional agenda that
opens a document of annotations) is a list, not the first paragraphs; so are
the items under a "Provisional agenda" heading, and an agenda whose items the
later headings take up, however long its items. An agenda adopted inside a
paragraph keeps its items even where their numbers are the next paragraphs'.
A resolution or decision set out in a report (``Resolution 4/1``, ``Décision
4/4``, as a Conference's report gives the texts it adopted) numbers its own
paragraphs from 1: they are kept apart as that act's, and the report's own
numbering takes up again after it. So does each article of an instrument
(``Article 3``, ``Article premier``: a convention, a protocol, rules).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from . import anchors, exhibits
from .clean.furniture import OPENER
from .clean.joining import join_lines
from .footnotes import strip_refs
from .lists import agenda_heading, agenda_item, unlist
from .markers import (
    DOCUMENTATION,
    LEVELS,
    PREAMBLE_OPENING,
    SUPERSCRIPTS,
    UNMARKED_LEVEL,
    MarkerType,
    ends_open,
    ends_sentence,
    parse_marker,
    title_line,
    untaken_numbers,
)
from .models import Block, Draft, Footnote, Role
from .scopes import (
    ACT,
    ACT_ANNEX_LEVEL,
    ACT_LEVEL,
    ANNEX,
    ANNEX_LEVEL,
    ANNEX_TITLE_LEVEL,
    ARTICLE,
    CHAPTER,
    numbers_anew,
    scope_name,
)
from .textnorm import fold

MAX_LOST = 10  # how many consecutive paragraph numbers extraction may lose
AMBIGUOUS_ROMAN = {"I": "H", "V": "U", "X": "W", "L": "K"}  # letter → the letter before it
PROSE_PARAGRAPH = 100  # characters: at least this long, a paragraph of prose
ACT_TITLE = 400  # characters: at most this long, the title under "Resolution 10/3"
WE = re.compile(r"^(?:We|Nous),\s")  # an annexed declaration's opening: "We, the Member States…,"


@dataclass
class Unit:
    """One block, classified."""

    kind: str  # heading | numbered | start | cont | sub | table | box
    text: str
    block: Block
    number: int | None = None
    level: float = 0
    strong: bool = False  # layout evidence that a new paragraph starts here
    position: int = 0  # index of the block in the document's block sequence
    annex: str | None = None  # the annex the block is in (None: the body)
    act: str | None = None  # the resolution or decision it is in ("res4.1", "dec4.4")


@dataclass(frozen=True)
class PlacedFootnote:
    """A footnote with the page it sits on and its position among the blocks."""

    footnote: Footnote
    page: int | None
    position: int


@dataclass(frozen=True)
class Segmented:
    drafts: tuple[Draft, ...]
    footnotes: tuple[PlacedFootnote, ...]
    warnings: tuple[str, ...] = field(default_factory=tuple)


def segment(blocks: Sequence[Block], words: set[str], styled: bool = False) -> Segmented:
    """Return the paragraphs (drafts) and footnotes found in ``blocks``.

    Args:
        styled: the blocks come from a layout that marks headings by their font
            (PDF); numbered lines then count as headings only when so marked.
    """
    footnotes = _footnotes(blocks)
    units = _classify(blocks, styled)
    warnings = _number_candidates(units)
    drafts = _assemble(_with_tables(units, blocks), words)
    texts = [draft for draft in drafts if (draft.table, draft.figure, draft.box) == (None,) * 3]
    openings = [draft.parts[0] for draft in texts if draft.number is None]
    untaken = untaken_numbers(openings, len(texts))  # "1)": most paragraphs left unnumbered
    return Segmented(tuple(drafts), footnotes, (*warnings, *([untaken] if untaken else [])))


def _with_tables(units: list[Unit], blocks: Sequence[Block]) -> list[Unit]:
    """Place the tables among the units, in the scope (annex, act) of the unit before each.

    A table is its own unnumbered text, never part of a paragraph: a paragraph the table
    interrupts goes on after it."""
    tables = [(i, b) for i, b in enumerate(blocks) if b.role is Role.TABLE and b.text.strip()]
    if not tables:
        return units
    placed: list[Unit] = []
    pending = iter(tables)
    table = next(pending, None)
    for unit in [*units, None]:
        while table is not None and (unit is None or table[0] < unit.position):
            before = placed[-1] if placed else None
            placed.append(Unit("table", table[1].text.strip(), table[1], position=table[0]))
            if before is not None:
                placed[-1].annex, placed[-1].act = before.annex, before.act
            table = next(pending, None)
        if unit is not None:
            placed.append(unit)
    return placed


def _footnotes(blocks: Sequence[Block]) -> tuple[PlacedFootnote, ...]:
    notes: list[list] = []
    for position, block in enumerate(blocks):
        if block.role is not Role.FOOTNOTE:
            continue
        if block.mark is None and notes:
            notes[-1][1] = f"{notes[-1][1]} {block.text}"
        else:
            notes.append([block.mark or "?", block.text, block.page, position])
    return tuple(
        PlacedFootnote(Footnote(mark, text.strip()), page, position)
        for mark, text, page, position in notes
    )


def _classify(all_blocks: Sequence[Block], styled: bool) -> list[Unit]:
    indexed = [(i, b) for i, b in enumerate(all_blocks) if b.role in (Role.BODY, Role.HEADING)]
    blocks = [block for _, block in indexed]
    unmarked_levels = _unmarked_levels(blocks)
    units: list[Unit] = []
    expected = 1
    last_letter = ""
    annex: str | None = None
    act: str | None = None
    outside: tuple[int, str, int] = (1, "", 0)  # expected, last_letter, scope around an act
    scope = 0  # the first unit of the body or of the current annex
    listed: int | None = None  # the number of the last numbered line that was no paragraph
    agenda: int | None = None  # under a "Provisional agenda" heading: the last item's number
    titles: set[str] = set()  # the items of that agenda, which later headings take up
    for index, (position, block) in enumerate(indexed):
        text = block.text.strip()
        if not text or OPENER.match(text):
            continue
        if (opened := ANNEX.match(text)) and act is not None and not anchors.is_article(act):
            # an annex of the resolution or decision ("Terms of reference"): the act's own
            act = anchors.act_annexed(act, opened["label"] or "")
            expected, last_letter, scope = 1, "", len(units)
            units.append(Unit("heading", text, block, level=ACT_ANNEX_LEVEL, position=position))
            units[-1].annex, units[-1].act = annex, act
            continue
        if opened:
            annex, expected, last_letter, scope, act = (
                opened["label"] or "",
                1,
                "",
                len(units),
                None,
            )
            units.append(Unit("heading", text, block, level=ANNEX_LEVEL, position=position))
            units[-1].annex = annex
            continue
        adopted = ACT.match(text) or ARTICLE.match(text)
        adopted = adopted if adopted and numbers_anew(blocks, index) else None
        if adopted and (block.role is Role.HEADING or not styled):
            if act is None:
                outside = (expected, last_letter, scope)
            act = scope_name(adopted, annex)
            expected, last_letter, scope = 1, "", len(units)
            units.append(Unit("heading", text, block, level=ACT_LEVEL, position=position))
            units[-1].annex, units[-1].act = annex, act
            continue
        if _box_title(block, text):  # a framed case study or example: its own record
            units.append(Unit("box", text, block, position=position))
            units[-1].annex, units[-1].act = annex, act
            continue
        marker = parse_marker(text)
        if _annex_title(units, text, marker):
            units.append(Unit("heading", text, block, level=ANNEX_TITLE_LEVEL, position=position))
            units[-1].annex = annex
            continue
        if agenda is not None and agenda_item(text, marker, agenda):
            first = agenda == 0
            agenda = marker.number if marker.type is MarkerType.DIGIT else agenda
            titles.add(_item_title(text))
            units.append(Unit("start" if first else "sub", text, block, strong=first))
            units[-1].position, units[-1].annex, units[-1].act = position, annex, act
            continue
        if marker and marker.type is MarkerType.DIGIT and _item_title(text) in titles:
            # an agenda item's heading, however long ("3. Implementation of the … thereto")
            units.append(Unit("heading", text, block, level=LEVELS[MarkerType.DIGIT]))
            units[-1].position, units[-1].annex, units[-1].act = position, annex, act
            continue
        if marker and marker.type is MarkerType.DIGIT:
            number = marker.number or 0
            if number == 1 < expected and not _heading_like(text) and unlist(units, scope, act):
                expected = 1  # what was numbered so far is a list; the paragraphs start here
            in_list = listed == number - 1  # "7. Other matters." after items 1 to 6
            fits = _fits(number, expected, blocks, index, act is not None, in_list, titles)
            if fits and not _styled_heading(block):
                units.append(Unit("numbered", marker.rest, block, number=number, position=position))
                units[-1].annex, units[-1].act = annex, act
                expected, listed = number + 1, None
                continue
            listed = number  # an item of a numbered list inside a paragraph, or a heading
        unit = _heading(
            block, text, marker, last_letter, blocks, index, styled, unmarked_levels
        ) or _body(block, text, marker, units)
        if act is not None and unit.kind == "heading" and unit.level < ACT_LEVEL:
            act, (expected, last_letter, scope) = None, outside  # "B. Decisions", "II. …"
        unit.position, unit.annex, unit.act = position, annex, act
        if unit.kind == "heading" and marker and unit.level == LEVELS[MarkerType.UPPER]:
            last_letter = marker.label
        if unit.kind == "heading":
            agenda = 0 if agenda_heading(text) else None
        units.append(unit)
    return units


def _annex_title(units: list[Unit], text: str, marker) -> bool:
    """Return True for the title line right under "Annex" ("Questionnaire on …")."""
    just_opened = bool(units) and units[-1].kind == "heading" and units[-1].level == ANNEX_LEVEL
    return just_opened and marker is None and _heading_like(text)


def _fits(
    number: int,
    expected: int,
    blocks: list[Block],
    index: int,
    in_act: bool = False,
    in_list: bool = False,
    titles: Collection[str] = (),
) -> bool:
    """Return True when a block numbered ``number`` can be the next paragraph.

    Before any paragraph (``expected`` is 1) any number fits, so that an
    excerpt or a document continuing another's numbering is read as such.
    Looking ahead for the same number stops where another numbering starts: an
    annex, an act or an article, or (inside an act) the report's next chapter or
    section. It also stops at a higher number, unless the block goes on a list
    (``in_list``: the line before was item ``number - 1`` of a list inside a
    paragraph): paragraph 6 adopting an agenda of eight items has items 7 and 8,
    and a paragraph 7 after them; the paragraph is the one that comes again.
    """
    if number < expected or (expected > 1 and number > expected + MAX_LOST):
        return False
    if in_list and number > expected:
        return False  # the list goes on: "7. Adoption of the report." is no paragraph 7 after 4
    if expected == 1 and _heading_like(blocks[index].text) and not _continued(blocks, index):
        return False
    counted = 0  # the last item of a list counting from 1 ahead (an agenda the paragraph adopts)
    for later in blocks[index + 1 :]:
        if any(opens.match(later.text.strip()) for opens in (ANNEX, ACT, ARTICLE)):
            break  # an annex, a resolution, a decision or an article numbers its own paragraphs
        if in_act and _section_heading(later):
            break  # the act ends: the report's own numbering takes up again
        marker = parse_marker(later.text.strip())
        if later.role is Role.FOOTNOTE or not marker or marker.type is not MarkerType.DIGIT:
            continue
        if _styled_heading(later) or (not in_list and _heading_like(later.text)):
            continue  # a numbered title ("2. Good practices…": bold, unpunctuated): no paragraph
        if _item_title(later.text) in titles:
            continue  # an agenda item's heading, however long
        if number > 1 and marker.number in (1, counted + 1):
            counted = marker.number or 0
            if marker.number == number:
                continue  # an item of that list: not this paragraph's number again
        else:
            counted = 0
        if marker.number == number and not (in_list and _heading_like(later.text)):
            return False  # the same number comes again: this one is a sub-item or heading
        if marker.number and marker.number > number + (MAX_LOST if in_list else 0):
            return True
    return True


def _item_title(text: str) -> str:
    """Return a numbered line as an agenda's item and the heading taking it up compare:
    folded, without the final period ("3. Implementation … thereto." and its heading)."""
    return fold(" ".join(text.split())).rstrip(" .")


def _continued(blocks: list[Block], index: int) -> bool:
    """Return True when the block's sentence goes on in the next block (a page break)."""
    following = next((b for b in blocks[index + 1 :] if b.role is not Role.FOOTNOTE), None)
    if following is None or following.role is Role.HEADING:
        return False
    return following.continues is True or following.text.lstrip()[:1].islower()


def _section_heading(block: Block) -> bool:
    """Return True for a chapter or section heading ("II. Organization", "B. Decisions")."""
    text = block.text.strip()
    marker = parse_marker(text)
    if CHAPTER.match(text):
        return True
    heading = block.role is Role.HEADING or _heading_like(text)
    return bool(marker and marker.type in (MarkerType.ROMAN, MarkerType.UPPER) and heading)


def _styled_heading(block: Block) -> bool:
    """Return True for a bold/large numbered line that reads as a heading, not a paragraph."""
    return block.role is Role.HEADING and _heading_like(block.text)


def _box_title(block: Block, text: str) -> bool:
    """Tell whether a block is a box's title: "Box 2. Good practice …", "Encadré 2"."""
    title = exhibits.box_title(text)
    return title is not None and (block.role is Role.HEADING or _heading_like(title))


def _heading_like(text: str) -> bool:
    """Return True for a short line with no finished sentence in it (a title)."""
    marker = parse_marker(text)
    body = marker.rest if marker else text
    if len(body) > 200 or len(body.split()) > 30 or ends_sentence(body):
        return False
    if body.rstrip().endswith(",") or ends_open(body):
        return False  # a sentence cut by a page break ("… Albania, Algeria,"), not a title
    return re.search(r"[.!?] [A-ZÀ-Ý]", body) is None


def _heading(
    block, text, marker, last_letter, blocks, index, layout_styled, unmarked_levels
) -> Unit | None:
    styled = block.role is Role.HEADING
    if CHAPTER.match(text) and (styled or _heading_like(text)):
        return Unit("heading", text, block, level=LEVELS[MarkerType.ROMAN])
    if marker is None:
        if styled:
            level = unmarked_levels.get(block.size, UNMARKED_LEVEL)
            return Unit("heading", text, block, level=level)
        if not layout_styled and _unmarked_heading(text, blocks, index):
            return Unit("heading", text, block, level=UNMARKED_LEVEL)
        if len(text) <= 80 and agenda_heading(text):
            return Unit("heading", text, block, level=UNMARKED_LEVEL)
        return None
    kind = marker.type
    if kind is MarkerType.ROMAN and AMBIGUOUS_ROMAN.get(marker.label) == last_letter:
        kind = MarkerType.UPPER
    if kind in (MarkerType.ROMAN, MarkerType.UPPER) and (styled or len(text) <= 300):
        if styled or not ends_sentence(text):
            return Unit("heading", text, block, level=LEVELS[kind])
    if kind in (MarkerType.DIGIT, MarkerType.LOWER) and (styled or _heading_like(text)):
        if styled or (kind is MarkerType.DIGIT and not layout_styled):
            return Unit("heading", text, block, level=LEVELS[kind])
        if not layout_styled and _lettered_heading(text, blocks, index):
            return Unit("heading", text, block, level=LEVELS[kind])
    if kind is MarkerType.BULLET and styled:
        return Unit("heading", text, block, level=UNMARKED_LEVEL)
    return None


UNMARKED_SIZES = 3  # type sizes of unmarked headings told apart as levels


def _unmarked_levels(blocks: list[Block]) -> dict[float, float]:
    """Return the level of each type size of the document's headings without a marker: the
    largest at the unmarked level, smaller ones under them ("Summary of replies" in 14 pt
    over "Argentina" in 12 pt; they had been one level, "Argentina" replacing it); sizes
    past the third largest share the deepest. A heading of no known size is not in it."""
    sizes = sorted(
        {
            b.size
            for b in blocks
            if b.role is Role.HEADING and b.size and parse_marker(b.text.strip()) is None
        },
        reverse=True,
    )
    return {size: UNMARKED_LEVEL + min(rank, UNMARKED_SIZES - 1) for rank, size in enumerate(sizes)}


def _lettered_heading(text: str, blocks: list[Block], index: int) -> bool:
    """Return True, in plain text, for a lettered title between paragraphs ("(b) Adoption of
    the agenda", over the numbered paragraph annotating that sub-item): unpunctuated, after a
    finished paragraph or a heading, before a numbered block. A list's items follow a line
    ending with a colon and end with a semicolon or a full stop, as UN style writes them."""
    if ends_sentence(text) or index == 0:
        return False
    before = blocks[index - 1].text.rstrip()
    if before.endswith((":", ",", ";")) or not (ends_sentence(before) or _heading_like(before)):
        return False
    following = next((b for b in blocks[index + 1 :] if b.role is not Role.FOOTNOTE), None)
    marker = parse_marker(following.text.strip()) if following else None
    return marker is not None and marker.type is MarkerType.DIGIT


def _unmarked_heading(text: str, blocks: list[Block], index: int) -> bool:
    """Return True for a short title line without a marker, after a finished paragraph or a
    section's title, followed by a numbered block; or, shorter still, over a paragraph of
    prose or another such title over one (a paper without paragraph numbers: "Summary of
    replies", "Argentina", then what Argentina replied)."""
    if ends_sentence(text) or not text[:1].isupper() or text.endswith((",", ":", ";")):
        return False
    before = blocks[index - 1] if index else None
    if before is not None and ACT.match(before.text.strip()) and len(text) <= ACT_TITLE:
        return True  # an act's title, under "Resolution 10/3", may be long ("Implementation of
        # the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially…")
    if len(text) > 80:
        return False
    if ends_open(text):
        return False  # "Takes note of the Peace Plan of the President of": a sentence cut
    finished = before is None or ends_sentence(before.text) or _section_heading(before)
    if DOCUMENTATION.match(text) and finished:
        return True  # over the item's list of documents, which is no part of the paragraph
    following = [b for b in blocks[index + 1 : index + 4] if b.role is not Role.FOOTNOTE]
    marker = parse_marker(following[0].text.strip()) if following else None
    if marker is not None and marker.type is MarkerType.DIGIT:
        return before is not None and finished
    if not title_line(text) or not following:
        return False
    if not (finished or title_line(before.text if before else "")):
        return False
    if _prose(following[0]):
        return True
    return len(following) > 1 and title_line(following[0].text) and _prose(following[1])


def _prose(block: Block) -> bool:
    """Return True for a paragraph of prose: long, capitalised, ending a sentence."""
    text = block.text.strip()
    return (
        block.role is Role.BODY
        and len(text) >= PROSE_PARAGRAPH
        and text[:1].isupper()
        and ends_sentence(text)
    )


def _body(block: Block, text: str, marker, units: list[Unit]) -> Unit:
    """Classify an unnumbered body block as continuation, sub-item or paragraph start."""
    previous = next((u for u in reversed(units)), None)
    first = text.lstrip("\"'“«( ")[:1]
    if previous is None or previous.kind == "heading":
        return Unit("start", text, block, strong=True)
    if first.islower() and marker is None:
        return Unit("cont", text, block)
    if marker is not None:
        return Unit("sub", text, block)
    if block.continues is False:
        return Unit("start", text, block, strong=True)
    if block.continues is None and _next_preambular(previous.text, text):
        return Unit("start", text, block)
    if block.continues is True or not ends_sentence(previous.text):
        return Unit("cont", text, block)
    if previous.text.rstrip().endswith(":"):
        return Unit("sub", text, block)
    return Unit("start", text, block)


def _next_preambular(before: str, text: str) -> bool:
    """Tell whether ``text`` opens the next paragraph of a preamble: a preambular paragraph
    ("Reaffirming…,", "Convaincue…,") or the opening ("The General Assembly,", "We, the
    Member States…,") ends with a comma, and the next opens so too. Without the layout (a
    text file), a comma otherwise means a sentence cut by a page break."""
    before = before.rstrip(" \t*" + SUPERSCRIPTS)  # "…supplementing the Convention,²"
    if not before.endswith(",") or not PREAMBLE_OPENING.match(text):
        return False
    return bool(PREAMBLE_OPENING.match(before) or OPENER.match(before) or WE.match(before))


def _number_candidates(units: list[Unit]) -> list[str]:
    """Give lost numbers to paragraph starts: the body, each annex and each act apart (the
    body's paragraphs before and after an act are one sequence)."""
    warnings: list[str] = []
    scopes: dict[tuple[int, str | None], list[Unit]] = {}
    annexes = 0
    for unit in units:
        if unit.kind == "heading" and unit.level == ANNEX_LEVEL:
            annexes += 1
        scopes.setdefault((annexes, unit.act), []).append(unit)
    for scope in scopes.values():
        warnings += _number_scope(scope)
    return warnings


def _number_scope(units: list[Unit]) -> list[str]:
    """Give lost numbers to paragraph starts; turn the other starts into continuations."""
    warnings: list[str] = []
    numbered = [i for i, u in enumerate(units) if u.kind == "numbered"]
    bounds = [-1, *numbered, len(units)]
    for left, right in zip(bounds, bounds[1:], strict=False):
        low = units[left].number if left >= 0 else 0
        high = units[right].number if right < len(units) else None
        starts = [i for i in range(left + 1, right) if units[i].kind == "start"]
        missing = (high - (low or 0) - 1) if high is not None else 0
        if left < 0 and missing > MAX_LOST:
            missing = 0  # the document starts past 1: what precedes is not lost paragraphs
        chosen = _choose(units, starts, missing)
        for offset, index in enumerate(chosen, start=1):
            units[index].kind, units[index].number = "numbered", (low or 0) + offset
            marker = parse_marker(units[index].text)
            if marker and marker.type is MarkerType.DIGIT and marker.number == units[index].number:
                units[index].text = marker.rest  # its own number, taken for a sub-item's
        for index in starts:
            if index not in chosen and not _opens_section(units, index, left):
                units[index].kind = "sub"  # a new line of the paragraph before it
        if high is not None and len(chosen) < missing:
            lost = list(range((low or 0) + len(chosen) + 1, high))
            warnings.append(f"paragraph numbers missing: {_ranges(lost)}")
    return warnings


def _choose(units: list[Unit], starts: list[int], missing: int) -> list[int]:
    """Pick which paragraph starts receive the ``missing`` lost numbers."""
    if missing <= 0 or not starts:
        return []
    ranked = sorted(starts, key=lambda i: (not _after_heading(units, i), not units[i].strong, i))
    return sorted(ranked[:missing])


def _after_heading(units: list[Unit], index: int) -> bool:
    return index > 0 and units[index - 1].kind == "heading"


def _opens_section(units: list[Unit], index: int, left: int) -> bool:
    """Return True for an unnumbered start that belongs to no numbered paragraph.

    That is a start before the first numbered paragraph (a preamble) or the
    first start after a heading that closes the previous paragraph.
    """
    return left < 0 or any(units[i].kind == "heading" for i in range(left + 1, index))


def _ranges(numbers: list[int]) -> str:
    return f"{numbers[0]}" if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def _assemble(units: list[Unit], words: set[str]) -> list[Draft]:
    drafts: list[dict] = []
    path: list[tuple[int, str]] = []
    unnumbered: dict[str | None, int] = {}  # per act (None: the body or the annex)
    text: dict | None = None  # the last paragraph (or box, not table) drafted
    marks: list[str] = []  # a heading's footnote marks, for the first paragraph under it
    for unit in units:
        if unit.kind == "table":
            drafts.append(_new_draft(unit, path, None))
            drafts[-1]["table"] = 0  # numbered below, once every caption is known
            continue
        if unit.kind == "box":
            drafts.append(_new_draft(unit, path, None))
            used = {d["box"] for d in drafts if d["box"] is not None}
            drafts[-1]["box"] = exhibits.box_number(unit.text, used)
            text = drafts[-1]
            continue
        if unit.kind in ("start", "cont", "sub") and text is not None and text["box"] is not None:
            if unit.kind == "start" or len(text["parts"]) == 1:  # the box's title, then its text
                unit = Unit("sub", unit.text, unit.block, position=unit.position)
            _extend(text, unit, words)
            continue
        if unit.kind == "heading":
            text = None if text is not None and text["box"] is not None else text  # box ends
            if unit.level == ANNEX_LEVEL:
                unnumbered = {}
            path = [(level, title) for level, title in path if level < unit.level]
            title, refs = strip_refs(unit.text)  # "II. Recommendations⁵": the mark is no title
            path.append((unit.level, title))
            marks.extend(refs)
        elif unit.kind in ("numbered", "start"):
            if unit.kind == "start":
                unnumbered[unit.act] = unnumbered.get(unit.act, 0) + 1
            drafts.append(_new_draft(unit, path, unnumbered.get(unit.act, 0)))
            drafts[-1]["refs"][:0], marks = marks, []
        elif text is not None and (text["annex"], text["act"]) == (unit.annex, unit.act):
            _extend(text, unit, words)
        else:
            unnumbered[unit.act] = unnumbered.get(unit.act, 0) + 1
            start = Unit(
                "start",
                unit.text,
                unit.block,
                position=unit.position,
                annex=unit.annex,
                act=unit.act,
            )
            drafts.append(_new_draft(start, path, unnumbered[unit.act]))
        if unit.kind != "heading" and drafts and drafts[-1]["table"] is None:
            text = drafts[-1]
    tables = [d for d in drafts if d["table"] is not None]
    names = exhibits.exhibit_names([d["parts"][0] for d in tables])
    for draft, (kind, number) in zip(tables, names, strict=True):
        draft["table"], draft["figure"] = (number, None) if kind == "table" else (None, number)
    return [_finish(d) for d in drafts]


def _new_draft(unit: Unit, path: list[tuple[int, str]], preamble: int) -> dict:
    text, refs = strip_refs(unit.text)
    return {
        "number": unit.number if unit.kind == "numbered" else None,
        "parts": [text],
        "section": tuple(title for _, title in path),
        "page": unit.block.page,
        "last_page": unit.block.page,
        "refs": list(refs),
        "inferred": unit.kind == "numbered" and parse_marker(unit.block.text.strip()) is None,
        "preamble": None if unit.kind == "numbered" else preamble,
        "position": unit.position,
        "annex": unit.annex,
        "act": unit.act,
        "table": None,
        "figure": None,
        "box": None,
    }


def _extend(draft: dict, unit: Unit, words: set[str]) -> None:
    text, refs = strip_refs(unit.text)
    draft["refs"].extend(refs)
    if unit.block.page is not None:
        draft["last_page"] = unit.block.page
    last = draft["parts"][-1]
    if unit.kind == "cont":
        draft["parts"][-1] = join_lines([last, text], words)
    else:
        draft["parts"].append(text)


def _finish(draft: dict) -> Draft:
    return Draft(
        number=draft["number"],
        parts=tuple(p for p in draft["parts"] if p),
        section=draft["section"],
        page=draft["page"],
        last_page=draft["last_page"] if draft["last_page"] != draft["page"] else None,
        footnote_refs=tuple(draft["refs"]),
        inferred=draft["inferred"],
        preamble=draft["preamble"],
        position=draft["position"],
        annex=draft["annex"],
        act=draft["act"],
        table=draft["table"],
        figure=draft["figure"],
        box=draft["box"],
    )
