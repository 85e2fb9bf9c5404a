"""Resolve a typed citation (``CTOC/COP/WG.4/2010/6, para. 32``) to paragraphs of the corpus.

The answer says what was found (200), what is not citation-like (400) or what
is missing (404: an unknown document, with the nearest known symbols; or a
paragraph number outside the document, with the range it has). A near miss
(``CTOC/COP/W.4/2009/2``) is never resolved silently: it is a 404 whose
suggestion is the corrected symbol.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import anchors, divisions
from .citations import IGNORED, back_reference, ignored_words, parse_reference
from .index.api import Hit, SearchEngine
from .index.facetvalues import normalise
from .pasted_links import FILE_LETTERS, job_number, library_record, typed_job_number
from .resolution_numbers import number_alone
from .symbols import nearest_symbols, related_symbols
from .titled_documents import titled_offer
from .typed_patterns import AMBIGUOUS_PP
from .typed_references import names_resolution_alone

EXAMPLE = "CTOC/COP/WG.4/2010/6, para. 32"
JOB_NUMBER = (
    "The link names the document by its job number, {job}, not by its symbol: the collection "
    "cannot tell which document it is. Give its symbol, as in “{example}”."
)
TYPED_JOB_NUMBER = (
    "“{job}” is a job number, which the UN gives a document for its printing, not the document's "
    "symbol: the collection cannot tell which document it is. Give its symbol, as in “{example}”."
)
LIBRARY_RECORD = (
    "The link names a record of the UN Digital Library, {record}, not the document's symbol: "
    "the collection cannot tell which document it is. Give its symbol, as in “{example}”."
)
BACK_REFERENCE = (
    "“{word}” names the document cited before it, which the collection cannot know: give that "
    "document's symbol, as in “{example}”."
)
# What a text naming a document without its symbol names, by kind, and the message saying so
_UNSYMBOLLED = {
    "job": JOB_NUMBER,
    "typed-job": TYPED_JOB_NUMBER,
    "record": LIBRARY_RECORD,
    "back": BACK_REFERENCE,
}


@dataclass(frozen=True)
class Unsymbolled:
    """A text that names a document without its symbol, which the collection cannot tell: a
    link by job number (``kind`` "job", ``named`` V1051112), a UN Digital Library record
    ("record", 180697), a footnote's "Ibid." or "op. cit." ("back", the word as typed)."""

    kind: str
    named: str

    def resolution(self, notes: tuple[str, ...] = ()) -> Resolution:
        """Return the reading of the text: not a citation (400), and why."""
        template = _UNSYMBOLLED[self.kind]
        said = template.format(job=self.named, record=self.named, word=self.named, example=EXAMPLE)
        return Resolution(400, said, notes=notes)


def unsymbolled(text: str, typed: str | None) -> Unsymbolled | None:
    """Return what ``text`` names without a symbol (a link by job number, a Digital Library
    record) or ``typed``, the citation it holds, does ("Ibid., para. 33"); None for anything
    else. The search page, the web API, the command line and :func:`resolve` read it alike."""
    if (job := job_number(text)) is not None:  # "…/pdf/v1051112.pdf"
        return Unsymbolled("job", job)
    if (record := library_record(text)) is not None:  # "…/record/180697"
        return Unsymbolled("record", record)
    if typed is not None and (word := back_reference(typed)) is not None:  # "Ibid." alone
        return Unsymbolled("back", word)
    if typed is not None and (job := typed_job_number(typed)) is not None:  # "V.10-51112"
        return Unsymbolled("typed-job", job)
    return None


@dataclass(frozen=True)
class Resolution:
    status: int  # 200 found, 400 not a citation, 404 missing
    message: str
    symbol: str | None = None
    paragraphs: tuple[int, ...] = ()
    subitem: str | None = None
    hits: tuple[Hit, ...] = ()
    suggestions: tuple[str, ...] = ()
    available: tuple[int, int] | None = None  # the document's paragraph range
    notes: tuple[str, ...] = ()
    preambular: tuple[int, ...] = ()  # preambular paragraphs asked for (anchors pp1, pp2…)
    available_preambular: tuple[int, int] | None = None  # the document's preambular range
    annex: str | None = None  # the annex of ``annexed`` ("" for an unnumbered annex)
    annexed: tuple[int, ...] = ()  # its paragraphs asked for (anchors annex-1, annexII-2…)
    act: str | None = None  # a resolution or decision set out in the document ("res5.2")
    in_act: tuple[int, ...] = ()  # its paragraphs asked for (anchors res5.2-3…; none: all)
    tables: tuple[int, ...] = ()  # tables asked for (anchors table1…)
    boxes: tuple[int, ...] = ()  # boxes asked for (anchors box1…)
    figures: tuple[int, ...] = ()  # figures asked for (anchors figure1…)
    pages: tuple[int, ...] = ()  # pages asked for: the paragraphs on them
    available_pages: tuple[int, int] | None = None  # the pages holding paragraphs, first and last
    footnotes: tuple[int, ...] = ()  # footnotes asked for: the paragraphs carrying them
    available_footnotes: tuple[int, int] | None = None  # the document's footnotes, first and last
    absent: tuple[str, ...] = ()  # found in part: the anchors asked for that it lacks
    language: str | None = None  # the language version the citation names ("… para. 32 (fr)")
    # a resolution typed by its number alone ("48/162") that the collection cannot name: the
    # symbols it would have by the organs' numbering (none when several so numbered are held or
    # cited: ``suggestions`` are those)
    resolution_number: str | None = None
    possible: tuple[str, ...] = ()
    chapter: str | None = None  # a chapter asked for ("IV"), found or not
    section: str | None = None  # a section asked for ("D"; its chapter filled in when found)
    subsection: str | None = None  # a sub-section asked for ("2")
    # a sub-sub-section asked for ("b" of "sect. III.B.1 (b)"); when the sub-section has none
    # so lettered, its paragraphs are found, ``widened`` is set and ``available_parts`` are its
    # lettered parts ("III.B.1.a", …), none when it has none
    division_item: str | None = None
    division_point: str | None = None  # the fifth level asked for ("ii" of "(b)(ii)")
    widened: bool = False
    heading: str | None = None  # found: the heading of that chapter or section
    paragraph_range: tuple[int, int] | None = None  # found: the paragraphs it holds
    lacking_part: str | None = None  # missing: "chapter", "section", "subsection", "ambiguous"
    # (a section several chapters have) or "none" (the document numbers no chapters)
    available_parts: tuple[str, ...] = ()  # missing: what it has there ("I", "II"; "IV.A")
    # what the citation typed says besides what was read (``Reference.beside``), the words to
    # search with the document's symbol; None: not a typed reference's reading
    beside: str | None = None
    # a citation naming no symbol whose other words are one document's title: that document,
    # whose citation is offered ("National report submitted by Italy, para. 68")
    titled: str | None = None
    indent: int | None = None  # an indent of the paragraphs found ("second indent": 2)
    # the agenda item a citation of paragraphs names beside them ("item 4, para. 40": 4), for
    # their page to say when a paragraph is on another item
    paragraph_agenda: int | None = None
    # several: (4, 5) of "items 4 and 5, paras. 40-42", the first being ``paragraph_agenda``
    paragraph_agendas: tuple[int, ...] = ()
    # an agenda item asked for ("item 3"): found, its paragraphs and title; missing, the items
    # the document's paragraphs are on (none: it does not divide them by agenda item)
    agenda_item: int | None = None
    agenda_title: str = ""
    available_agenda: tuple[int, ...] = ()
    # several agenda items asked for ("agenda items 4 and 5"), the first being ``agenda_item``
    agenda_items: tuple[int, ...] = ()

    @property
    def found(self) -> bool:
        return self.status == 200


def resolve(
    engine: SearchEngine, text: str, lang: str | None = None, current: str | None = None
) -> Resolution:
    """Resolve ``text`` against the corpus; ``lang`` is the preferred language version.

    Args:
        current: the symbol of the document being read, for "para. 12" alone.
    """
    known = engine.symbols()
    cited = ()  # the symbols the collection cites, read only for "resolution 55/25"
    if names_resolution_alone(text or ""):
        cited = tuple(document.symbol for document in engine.cited_documents())
    reference = parse_reference(text or "", known=known, cited=cited)
    asked_for = (
        (
            reference.paragraphs,
            reference.preambular,
            reference.annexed,
            reference.act,
            reference.tables,
            reference.boxes,
            reference.figures,
            reference.pages,
            reference.footnotes,
        )
        if reference
        else ()
    )
    if (reference is None or reference.symbol is None) and current is None:
        alone = number_alone(text or "", known, cited)  # "resolution 48/162": said, as for
        if alone is not None:  # A/RES/48/162 typed ("No document … Did you mean …?")
            return _number_alone(alone)
    if reference is not None and reference.symbol is None and current is None:
        if (offer := titled_offer(engine.documents(), reference)) is not None:  # "National
            symbol, message = offer  # report submitted by Italy, para. 68": offered
            return Resolution(
                404,
                message,
                None,
                reference.paragraphs,
                suggestions=(symbol,),
                titled=symbol,
                beside=reference.beside,
            )
    if reference is None or not (reference.symbol or any(asked_for)):
        if (named := unsymbolled(text or "", text or "")) is not None:  # no symbol: said
            return named.resolution()
        return Resolution(400, f"No document symbol or paragraph number found; try “{EXAMPLE}”.")
    notes = tuple(p for p in reference.problems if not p.startswith("no document"))
    language = _language_named(notes)
    if language is not None:  # "… para. 32 (fr)", "… français": that version is wanted
        lang, notes = language, tuple(n for n in notes if not IGNORED.fullmatch(n))
    found = _resolve(engine, text, reference, known, notes, lang, current)
    beside = "" if language else reference.beside  # "(fr)": the language, read
    if reference.indent is not None and found.found and found.hits:
        found = replace(found, indent=reference.indent)  # "para. 32, second indent"
    if reference.agenda_item is not None and reference.paragraphs and found.found:
        # "item 4, para. 40", "item 4, paras. 40-42": the paragraphs, their item checked there
        several = reference.agenda_items  # "items 4 and 5, paras. 40-42"
        found = replace(found, paragraph_agenda=reference.agenda_item, paragraph_agendas=several)
    return replace(found, language=language, beside=beside)


def _number_alone(alone) -> Resolution:
    """Return the reading of a resolution typed by its number alone that the collection
    neither holds nor cites (or holds or cites several so numbered): a 404 saying so."""
    notes = (f"ignored: '{alone.words}'",) if alone.words else ()
    return Resolution(
        404,
        alone.message,
        None,
        alone.paragraphs,
        suggestions=alone.suggestions,
        notes=notes,
        resolution_number=alone.number,
        possible=alone.possible,
    )


def _language_named(notes: tuple[str, ...]) -> str | None:
    """Return the language version named by the words the citation reader left aside, when
    they name one and nothing else ("(fr)", "français", "English")."""
    words = ignored_words(notes)
    if words in FILE_LETTERS:  # "(F)", "-F": the UN's letter for a language version
        return FILE_LETTERS[words]
    named = normalise("lang", words) if words else None
    if named is None and words:  # "(French version)", "version française", "in English"
        bare = _VERSION_WORDS.sub(" ", words).split()
        if len(bare) == 1:
            word = bare[0]
            named = normalise("lang", word) or (
                normalise("lang", word[:-1]) if word.lower().endswith("e") else None
            )  # "française", "anglaise": the adjective, feminine as "version" is
    return named


# The words around a language's name that say a version is wanted: "(French version)",
# "version française", "texte anglais", "in English", "en français"
_VERSION_WORDS = re.compile(
    r"(?<!\w)(?i:versions?|text|texte|in|en|language|langue|original|edition|édition)(?!\w)"
)


def _resolve(engine, text: str, reference, known, notes, lang, current) -> Resolution:
    symbol = reference.symbol or current
    if symbol is None and (named := unsymbolled(text, text)) is not None:  # "Ibid., para. 33",
        return named.resolution(notes)  # "V.10-51112, par. 32": said
    if symbol is None:
        return Resolution(
            400, f"A paragraph number needs a document symbol, as in “{EXAMPLE}”.", notes=notes
        )
    numbers, preambular = reference.paragraphs, reference.preambular
    annex, annexed = reference.annex, reference.annexed
    asked = {"preambular": preambular, "annex": annex, "annexed": annexed}
    if symbol not in known:
        return replace(_unknown(symbol, reference.suggestion, known, notes, numbers), **asked)
    if reference.act:
        in_act = (reference.in_act, reference.preambular)
        return _in_act(engine, symbol, reference.act, *in_act, lang, notes)
    exhibits = [(k, n) for k, n in zip(EXHIBITS, _asked_exhibits(reference), strict=True) if n]
    if exhibits:
        kind, wanted = exhibits[0]
        if numbers or preambular or annexed or len(exhibits) > 1:
            notes += (f"a {kind} and more; read the {kind}",)
        return _exhibits(engine, symbol, kind, wanted, lang, notes)
    if reference.agenda_item is not None and not numbers:  # "CTOC/COP/WG.4/2010/6, item 3"
        items = reference.agenda_items or (reference.agenda_item,)
        return _agenda(engine, symbol, items, lang, notes)
    division = (
        divisions.Division(*reference.division, reference.division_item, reference.division_point)
        if reference.division
        else None
    )
    if division is not None and not (numbers or preambular or annexed):
        return _division(engine, symbol, division, lang, notes)
    if reference.pages and not (numbers or preambular or annexed):
        return _pages(engine, symbol, reference.pages, lang, notes)
    if reference.footnotes and not (numbers or preambular or annexed):
        return _footnotes(engine, symbol, reference.footnotes, lang, notes)
    if preambular and not (numbers or annexed) and _pages_meant(engine, symbol, text):
        notes += ("“pp.” read as pages: the document has no preamble",)
        return _pages(engine, symbol, preambular, lang, notes)
    if reference.pages:
        notes += ("pages and paragraphs; read the paragraphs",)
    if annex is not None and not (annexed or numbers or preambular):  # "A/RES/48/161, annex"
        held = [anchors.parse(a) for a in _anchors(engine, symbol)]
        if annex not in {a.annex for a in held}:
            message = f"{symbol} has no {_annex_name(annex)}."
            return Resolution(404, message, symbol, notes=notes, annex=annex)
        annexed = tuple(sorted({a.annexed for a in held if a.annex == annex and a.annexed}))
        asked["annexed"] = annexed
    wanted = [anchors.numbered(n) for n in numbers] + [anchors.preamble(n) for n in preambular]
    wanted += [anchors.annexed(annex or "", n) for n in annexed]
    hits = [_paragraph(engine, symbol, anchor, lang) for anchor in wanted]
    if None in hits:
        missing = [anchor for anchor, hit in zip(wanted, hits, strict=True) if hit is None]
        if any(anchors.parse(anchor).annex is not None for anchor in missing):
            message = f"{symbol} has no {_annex_name(annex)} paragraph {_numbers(annexed)}."
            if (annex or "") not in {anchors.parse(a).annex for a in _anchors(engine, symbol)}:
                message = f"{symbol} has no {_annex_name(annex)}."
            return Resolution(404, message, symbol, numbers, notes=notes, **asked)
        outside = _outside(engine, symbol, numbers, preambular, set(missing), notes)
        if all(hit is None for hit in hits):
            return replace(outside, annex=annex, annexed=annexed)
        # some are there ("paras. 110-120" of a document ending at 115): those, and a note
        lacking = [n for n in numbers if anchors.numbered(n) in missing]
        lacking_pp = [n for n in preambular if anchors.preamble(n) in missing]
        asked["absent"] = tuple(missing)
        numbers = tuple(n for n in numbers if n not in lacking)
        preambular = tuple(n for n in preambular if n not in lacking_pp)
        asked["preambular"] = preambular
        if lacking:
            first, last = outside.available or (0, 0)
            notes += (f"not in the document (paragraphs {first}–{last}): {_compact(lacking)}",)
        if lacking_pp:
            first, last = outside.available_preambular or (0, 0)
            notes += (f"not in the preamble (paragraphs {first}–{last}): {_compact(lacking_pp)}",)
    found = tuple(hit for hit in hits if hit is not None)
    if division is not None:  # "chap. IV, para. 105": the paragraph wins, said if elsewhere
        notes += _elsewhere(engine, symbol, division, found, lang)
        asked |= {"chapter": division.chapter, "section": division.section}
        asked |= {"subsection": division.subsection, "division_item": division.item}
        asked |= {"division_point": division.point}
    labels = (("para.", numbers), ("preambular para.", preambular))
    message = symbol + "".join(f", {_listed(label, listed)}" for label, listed in labels if listed)
    if annexed:
        message += f", {_annex_name(annex)}, {_listed('para.', annexed)}"
    if reference.footnotes:
        notes, carried = _own_footnotes(found, reference.footnotes, notes)
        asked["footnotes"] = carried
        message += f", {_listed('footnote', carried)}" if carried else ""
    return Resolution(200, message, symbol, numbers, reference.subitem, found, notes=notes, **asked)


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


def _elsewhere(engine, symbol: str, asked, found: tuple[Hit, ...], lang) -> tuple[str, ...]:
    """Return a note on paragraphs cited with a division they are not in ("chap. IV, para.
    30"), or with one the document lacks: the paragraph opens all the same."""
    said = divisions.elsewhere(divisions.find(_version(engine, symbol, lang), asked), found, asked)
    return () if said is None else (said,)


def _own_footnotes(
    found: tuple[Hit, ...], marks: Sequence[int], notes: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Return the notes and the footnotes of ``marks`` that the paragraphs ``found`` carry:
    "para. 53, footnote 11" is the paragraph's own note, which its page opens at (the
    footnote had been dropped, "footnotes and paragraphs; read the paragraphs")."""
    carried = {mark for hit in found for mark, _ in hit.footnotes}
    own = tuple(mark for mark in marks if str(mark) in carried)
    lacking = [mark for mark in marks if str(mark) not in carried]
    if lacking:
        notes += (f"not in the paragraphs cited (footnotes): {_compact(lacking)}",)
    return notes, own


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


def _version(engine: SearchEngine, symbol: str, lang: str | None) -> tuple[Hit, ...]:
    """Return the paragraphs of the document in ``lang``, or in the version the corpus has."""
    document = engine.document(symbol)
    versions = document.paragraphs if document is not None else {}
    version = next((v for v in (lang, "fr", "en", *versions) if v in versions), None)
    return versions.get(version, ()) if version else ()


def _pages_meant(engine: SearchEngine, symbol: str, text: str) -> bool:
    """Tell whether "pp. 6" means pages: a document without a preamble has no preambular
    paragraph 6, and "pp." is the pages of a bibliography ("A/HRC/WG.6/7/ITA/1, pp. 6-7")."""
    if AMBIGUOUS_PP.search(text) is None:
        return False
    return all(anchors.parse(anchor).preamble is None for anchor in _anchors(engine, symbol))


def _anchors(engine: SearchEngine, symbol: str) -> list[str]:
    """Return the anchors of a document's paragraphs, in every language, without repeats."""
    document = engine.document(symbol)
    listed = [h.anchor for hs in (document.paragraphs.values() if document else ()) for h in hs]
    return list(dict.fromkeys(listed))


def _annex_name(annex: str | None) -> str:
    return f"annex {annex}" if annex else "annex"


def _paragraph(engine: SearchEngine, symbol: str, anchor: str, lang: str | None) -> Hit | None:
    """Return paragraph ``anchor`` in ``lang`` if the corpus has it, else in another language."""
    for candidate in dict.fromkeys([lang, "fr", "en"]):
        if candidate:
            hit = engine.paragraph(symbol, candidate, anchor)
            if hit is not None:
                return hit
    return None


def _unknown(symbol: str, suggestion: str | None, known, notes, paragraphs=()) -> Resolution:
    suggestions = tuple(
        dict.fromkeys(
            s
            for s in (
                related_symbols(symbol, known)
                + ([suggestion] if suggestion else [])
                + nearest_symbols(symbol, known)
            )
            if s
        )
    )
    message = f"No document {symbol} in the collection."
    if suggestions:
        message += f" Did you mean {' or '.join(suggestions)}?"
    return Resolution(404, message, symbol, tuple(paragraphs), suggestions=suggestions, notes=notes)


def _outside(engine, symbol, numbers, preambular, missing: set[str], notes) -> Resolution:
    document = engine.document(symbol)
    named = [
        anchors.parse(h.anchor)
        for hs in (document.paragraphs.values() if document else ())
        for h in hs
    ]
    have = sorted(a.number for a in named if a.number is not None)
    have_pp = sorted(a.preamble for a in named if a.preamble is not None)
    available = (have[0], have[-1]) if have else None
    available_pp = (have_pp[0], have_pp[-1]) if have_pp else None
    lacking = [n for n in numbers if anchors.numbered(n) in missing]
    lacking_pp = [n for n in preambular if anchors.preamble(n) in missing]
    sentences = []
    if lacking:
        sentences.append(
            f"{symbol} has paragraphs {available[0]}–{available[1]}; {_none('paragraph', lacking)}."
            if available
            else f"{symbol} has no numbered paragraphs."
        )
    if lacking_pp:
        sentences.append(
            f"{symbol} has preambular paragraphs {available_pp[0]}–{available_pp[1]}; "
            f"{_none('preambular paragraph', lacking_pp)}."
            if available_pp
            else f"{symbol} has no preambular paragraphs."
        )
    return Resolution(
        404,
        " ".join(sentences),
        symbol,
        tuple(numbers),
        available=available,
        notes=notes,
        preambular=tuple(preambular),
        available_preambular=available_pp,
    )


def _compact(numbers) -> str:
    """Write numbers with runs as ranges: ``116–120``, ``7, 9``."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


PLURALS = {"para.": "paras.", "preambular para.": "preambular paras.", "p.": "pp."}


def _listed(label: str, numbers) -> str:
    """Write numbers after their label as UN documents cite them: ``para. 32``,
    ``paras. 30–32``, ``preambular paras. 3, 5``, ``tables 1–2``. Before, ``para. 30, 31, 32``
    (the command line printed it so; the web's and the API's citation said ``paras. 30–32``)."""
    if len(numbers) == 1:
        return f"{label} {numbers[0]}"
    return f"{PLURALS.get(label, label + 's')} {_compact(numbers)}"


def _none(what: str, numbers) -> str:
    """Say that numbers are missing, in the singular or the plural: "there is no paragraph
    200", "there are no paragraphs 120–130" (it said "there is no paragraph 120, 121, …")."""
    if len(numbers) == 1:
        return f"there is no {what} {numbers[0]}"
    return f"there are no {what}s {_compact(numbers)}"


def _numbers(numbers) -> str:
    return ", ".join(str(n) for n in numbers)
