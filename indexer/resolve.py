"""Resolve a typed citation (``CTOC/COP/WG.4/2010/6, para. 32``) to paragraphs of the corpus.

The answer says what was found (200), what is not citation-like (400) or what
is missing (404: an unknown document, with the nearest known symbols; or a
paragraph number outside the document, with the range it has). A near miss
(``CTOC/COP/W.4/2009/2``) is never resolved silently: it is a 404 whose
suggestion is the corrected symbol.

Here are :func:`resolve`, the resolution of paragraphs (numbered, preambular, an annex's)
and of texts naming a document without its symbol (:func:`unsymbolled`). The answer,
:class:`~indexer.citation_resolution.Resolution`, is in ``indexer.citation_resolution``;
the other parts a citation may name (an act, tables, pages, footnotes, agenda items,
chapters and sections) are resolved in ``indexer.resolve_parts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

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
from .citations import IGNORED, back_reference, ignored_words, parse_reference
from .index.api import Hit, SearchEngine
from .index.facetvalues import normalise
from .pasted_links import FILE_LETTERS, job_number, library_record, typed_job_number
from .resolution_numbers import number_alone
from .resolve_parts import (
    EXHIBITS,
    _agenda,
    _asked_exhibits,
    _division,
    _exhibits,
    _footnotes,
    _in_act,
    _pages,
    _pages_meant,
)
from .symbols import nearest_symbols, related_symbols
from .titled_documents import titled_offer
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
