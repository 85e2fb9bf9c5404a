"""The resolution of the parts of a document a citation names besides its paragraphs.

Each kind of part has its resolver, called by ``indexer.resolve``: a resolution or decision
the document sets out (``_in_act``), its tables, figures and boxes (``_exhibits``), pages
(``_pages``; ``_pages_meant`` tells whether "pp. 6" means them), footnotes (``_footnotes``),
agenda items (``_agenda``), chapters and sections (``_division``, with the 404's wording and
:func:`with_division_item` for the JSON). Each answers a :class:`Resolution`.
"""

from __future__ import annotations

from dataclasses import replace

from . import anchors, divisions
from .citation_resolution import (
    Resolution,
    _anchors,
    _annex_name,
    _compact,
    _listed,
    _none,
    _numbers,
    _paragraph,
    _version,
)
from .index.api import SearchEngine
from .typed_patterns import AMBIGUOUS_PP


def _agenda(
    engine: SearchEngine, symbol: str, items: tuple[int, ...], lang: str | None, notes
) -> Resolution:
    """Resolve agenda items of a document ("CTOC/COP/WG.4/2010/6, item 3", "agenda items 4 and
    5"): the paragraphs the document has under them, in document order; or, when it has none
    on any, a 404 naming the items it has paragraphs on (none: it does not divide them by
    agenda item), said of the first item asked. Before, "item 3" was ignored and the whole
    document opened; "items 4 and 5" were words to search (blind case list 13)."""
    item, several = items[0], items if len(items) > 1 else ()
    paragraphs = _version(engine, symbol, lang)
    hits = tuple(p for p in paragraphs if p.agenda_item and p.agenda_item.number in items)
    if hits:
        title = hits[0].agenda_item.title if hits[0].agenda_item and not several else ""
        named = f"agenda items {_compact(list(several))}" if several else f"agenda item {item}"
        return Resolution(
            200,
            f"{symbol}, {named}",
            symbol,
            hits=hits,
            notes=notes,
            agenda_item=item,
            agenda_title=title,
            agenda_items=several,
        )
    held = tuple(sorted({p.agenda_item.number for p in paragraphs if p.agenda_item}))
    if held:
        message = (
            f"{symbol} has no paragraphs on agenda item {item}; "
            f"its paragraphs are on items {_compact(list(held))}."
        )
    else:
        message = f"{symbol} does not divide its paragraphs by agenda item."
    return Resolution(
        404,
        message,
        symbol,
        notes=notes,
        agenda_item=item,
        available_agenda=held,
        agenda_items=several,
    )


def _division(engine: SearchEngine, symbol: str, asked, lang: str | None, notes) -> Resolution:
    """Resolve a chapter or a section of a document ("chap. IV, sect. D"): its paragraphs in
    document order, in ``lang`` when the corpus has that version; or a 404 naming what the
    document has. Before, "chap IV sect" was ignored and the whole document opened."""
    found = divisions.find(_version(engine, symbol, lang), asked)
    named = found.division
    parts = {"chapter": named.chapter, "section": named.section, "subsection": named.subsection}
    parts["division_item"] = named.item
    parts["division_point"] = named.point
    if found.lacking is not None:
        message = _lacking_part(symbol, found)
        return Resolution(
            404,
            message,
            symbol,
            notes=notes,
            lacking_part=found.lacking,
            available_parts=found.available,
            **parts,
        )
    if found.widened and named.item:  # "sect. III.B.1 (b)(ii)": (b)'s paragraphs, saying so
        asked = replace(named, point=found.widened)
        parts["division_point"] = found.widened
        below = [a.rpartition(".")[2] for a in found.available]
        has = f"it has {divisions.spelled(below)}" if below else "it is not divided further"
        notes += (f"no {asked.label} in the document ({has}): read {named.label}",)
    elif found.widened:  # "sect. III.B.2 (a)": the sub-section's paragraphs, saying so
        asked = replace(named, item=found.widened)
        parts["division_item"] = found.widened
        lettered = [a.rpartition(".")[2] for a in found.available]
        has = f"it has {divisions.spelled(lettered)}" if lettered else "it has no lettered parts"
        notes += (f"no {asked.label} in the document ({has}): read {named.label}",)
    numbered = [hit.paragraph for hit in found.hits if hit.paragraph is not None]
    held = f": {_listed('para.', numbered)}" if numbered else ""  # "(b) and (d)": 56–61, 65–67
    return Resolution(
        200,
        f"{symbol}, {named.label}{held}",
        symbol,
        (),
        None,
        found.hits,
        notes=notes,
        heading=found.heading,
        paragraph_range=found.paragraph_range,
        widened=bool(found.widened),
        available_parts=found.available if found.widened else (),
        **parts,
    )


def with_division_item(said: dict | None, found: Resolution) -> dict | None:
    """Return the JSON of the division a citation named (``serialize.division_json``) with its
    fourth level: ``item``, the lettered sub-sub-section asked for ("b" of "sect. III.B.1
    (b)"), in its ``label``, and ``widened`` when the document lacks it and the enclosing
    division was read instead."""
    if said is None:
        return None
    named = divisions.Division(
        found.chapter, found.section, found.subsection, found.division_item, found.division_point
    )
    return {
        **said,
        "item": found.division_item,
        "point": found.division_point,
        "label": named.label,
        "widened": found.widened,
    }


def _lacking_part(symbol: str, found: divisions.Found) -> str:
    """Say what a document lacks of a division asked for, and what it has instead."""
    named, have = found.division, [a.rpartition(".")[2] for a in found.available]
    if found.lacking == "none":
        return f"{symbol} has no numbered chapters or sections."
    if found.lacking == "ambiguous":
        return (
            f"{symbol} has a section {named.section} in chapters {divisions.spelled(have)}: "
            "give the chapter."
        )
    if found.lacking == "chapter" or named.chapter is None:
        return f"{symbol} has no {named.label}; it has chapters {divisions.spelled(have)}."
    if found.lacking == "section":
        if not have:
            return f"{symbol} has no {named.label}; chapter {named.chapter} has no sections."
        sections = divisions.spelled(have)
        return f"{symbol} has no {named.label}; chapter {named.chapter} has sections {sections}."
    within = f"section {named.section} of chapter {named.chapter}"
    if not have:
        return f"{symbol} has no {named.label}; {within} has no sub-sections."
    return f"{symbol} has no {named.label}; {within} has sub-sections {divisions.spelled(have)}."


def _in_act(
    engine, symbol: str, act: str, numbers, preambular, lang: str | None, notes
) -> Resolution:
    """Resolve paragraphs of a resolution or decision the document sets out, operative
    (``numbers``) and preambular (all of it when neither is asked for). Before, a preambular
    paragraph asked for ("resolution 10/3, preambular para. 2") was dropped: the whole act
    opened, nothing marked."""
    name = " ".join(anchors.act_title(act))
    if (annex := anchors.act_annex(act)) is not None:
        name += f", {_annex_name(annex)}"
    if (outer := anchors.act_outer_annex(act)) is not None:
        name = f"{_annex_name(outer)}, {name}"
    asked = {"act": act, "in_act": tuple(numbers), "preambular": tuple(preambular)}
    in_document = [a for a in _anchors(engine, symbol) if anchors.parse(a).act == act]
    if not in_document:
        verb = "has" if anchors.is_article(act) else "sets out"  # a report sets out an act
        return Resolution(404, f"{symbol} {verb} no {name}.", symbol, notes=notes, **asked)
    wanted = [anchors.in_act(act, n) for n in numbers]
    wanted += [anchors.in_act(act, unnumbered=n) for n in preambular]
    hits = [_paragraph(engine, symbol, anchor, lang) for anchor in wanted or in_document]
    if None in hits:
        lacking = [anchors.parse(a) for a, hit in zip(wanted, hits, strict=True) if hit is None]
        lacking_numbers = [a.in_act for a in lacking if a.in_act is not None]
        lacking_pp = [a.act_preamble for a in lacking if a.act_preamble is not None]
        said = [f"paragraph {_numbers(lacking_numbers)}"] if lacking_numbers else []
        said += [f"preambular paragraph {_numbers(lacking_pp)}"] if lacking_pp else []
        message = f"{symbol} has no {' or '.join(said)} in {name}."
        return Resolution(404, message, symbol, notes=notes, **asked)
    found = tuple(hit for hit in hits if hit is not None)
    message = f"{symbol}, {name}" + (f", {_listed('para.', numbers)}" if numbers else "")
    message += f", {_listed('preambular para.', preambular)}" if preambular else ""
    return Resolution(200, message, symbol, (), None, found, notes=notes, **asked)


EXHIBITS = ("table", "figure", "box")  # in the order a citation asking for several reads them


def _asked_exhibits(reference) -> tuple[tuple[int, ...], ...]:
    return reference.tables, reference.figures, reference.boxes


def _exhibits(engine, symbol: str, kind: str, numbers, lang: str | None, notes) -> Resolution:
    """Resolve tables ("table 3"), figures ("figure 1") or boxes ("box 2") of the document."""
    anchor = {"table": anchors.table, "figure": anchors.figure, "box": anchors.box}[kind]
    asked = {{"table": "tables", "figure": "figures", "box": "boxes"}[kind]: tuple(numbers)}
    hits = [_paragraph(engine, symbol, anchor(n), lang) for n in numbers]
    lacking = [n for n, hit in zip(numbers, hits, strict=True) if hit is None]
    if lacking:
        message = f"{symbol} has no {kind} {_numbers(lacking)}."
        return Resolution(404, message, symbol, notes=notes, **asked)
    found = tuple(hit for hit in hits if hit is not None)
    message = f"{symbol}, {_listed(kind, numbers)}"
    return Resolution(200, message, symbol, (), None, found, notes=notes, **asked)


def _pages(engine: SearchEngine, symbol: str, pages, lang: str | None, notes) -> Resolution:
    """Resolve pages of a document ("p. 4"): its paragraphs that start, run or end on them,
    in ``lang`` when the corpus has that version."""
    hits = _version(engine, symbol, lang)
    spans = [(hit, hit.page, hit.last_page or hit.page) for hit in hits if hit.page is not None]
    asked = {"pages": tuple(pages)}
    if not spans:
        message = f"{symbol} gives no page numbers (it was read from a text file)."
        return Resolution(404, message, symbol, notes=notes, **asked)
    available = (spans[0][1], max(last for _, _, last in spans))
    found = tuple(hit for hit, first, last in spans if any(first <= n <= last for n in pages))
    if not found:
        first, last = available
        message = (
            f"{symbol} has paragraphs on pages {first}–{last}; none on {_listed('page', pages)}."
        )
        return Resolution(404, message, symbol, notes=notes, available_pages=available, **asked)
    message = f"{symbol}, {_listed('p.', pages)}"
    return Resolution(
        200, message, symbol, (), None, found, notes=notes, available_pages=available, **asked
    )


def _footnotes(engine: SearchEngine, symbol: str, marks, lang: str | None, notes) -> Resolution:
    """Resolve footnotes of a document ("footnote 9"): the paragraphs carrying them, in
    ``lang`` when the corpus has that version."""
    hits = _version(engine, symbol, lang)
    asked = {"footnotes": tuple(marks)}
    numbered = sorted({int(mark) for hit in hits for mark, _ in hit.footnotes if mark.isdigit()})
    if not numbered:
        return Resolution(404, f"{symbol} has no footnotes.", symbol, notes=notes, **asked)
    available = (numbered[0], numbered[-1])
    wanted = {str(mark) for mark in marks}
    found = tuple(hit for hit in hits if wanted & {mark for mark, _ in hit.footnotes})
    lacking = [mark for mark in marks if mark not in numbered]
    if lacking:
        first, last = available
        message = f"{symbol} has footnotes {first}–{last}; {_none('footnote', lacking)}."
        if not found:
            return Resolution(
                404, message, symbol, notes=notes, available_footnotes=available, **asked
            )
        notes += (f"not in the document (footnotes {first}–{last}): {_compact(lacking)}",)
    message = f"{symbol}, {_listed('footnote', [m for m in marks if m not in lacking])}"
    return Resolution(
        200, message, symbol, (), None, found, notes=notes, available_footnotes=available, **asked
    )


def _pages_meant(engine: SearchEngine, symbol: str, text: str) -> bool:
    """Tell whether "pp. 6" means pages: a document without a preamble has no preambular
    paragraph 6, and "pp." is the pages of a bibliography ("A/HRC/WG.6/7/ITA/1, pp. 6-7")."""
    if AMBIGUOUS_PP.search(text) is None:
        return False
    return all(anchors.parse(anchor).preamble is None for anchor in _anchors(engine, symbol))
