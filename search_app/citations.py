"""Citations typed in the search box: where they lead, and what the page says of them.

- how paragraphs and references are written is :mod:`search_app.citation_text`;
- :func:`resolve` is the search box's seam: a query that names a document
  symbol (``ctoc/cop/wg.4/2010/6 par. 32``) is resolved by the search core
  (:func:`indexer.resolve.resolve`) and answered with where it leads; the
  search view sends the reader there, or shows what is missing above the
  results of the words;
- :func:`notice` turns a citation that was not followed into what the search
  page says about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from flask import current_app, url_for
from flask_babel import gettext as _

from indexer import anchors, divisions
from indexer.citation_resolution import Resolution
from indexer.citations import (
    IGNORED,
    find_citations,
    ignored_words,
    typed_citation,
    words_beside,
)
from indexer.index.api import Hit, SearchEngine
from indexer.index.facetvalues import agenda_value
from indexer.index.serialize import document_url, paragraph_url
from indexer.resolve import EXAMPLE, unsymbolled
from indexer.resolve import resolve as resolve_reference

from . import readings, subitems
from .citation_text import (
    act_reference,
    annex_name,
    asked_division,
    division_label,
    exhibits_label,
    number_list,
    one_paragraph,
    paragraphs_label,
    paragraphs_url,
    parts_list,
    reference,
    resolved_reference,
    undocs_url,
)
from .engine import get_engine
from .params import N_

# The search core's notes on a typed citation (English) and their messages here.
NOTES = (
    (
        r"'(?P<written>.+)' looks like a typo for '(?P<meant>.+)'",
        N_("“%(written)s” looks like a typo for “%(meant)s”."),
    ),
    (
        r"'(?P<written>.+)' ends with a slash: part of the symbol is missing",
        N_("“%(written)s” ends with a slash: part of the symbol seems to be missing."),
    ),
    (
        r"recommendation numbers are read as paragraph numbers",
        N_("Recommendation numbers are read as paragraph numbers."),
    ),
    (r"several sub-items; kept '(?P<kept>.+)'", N_("Several sub-items: kept “%(kept)s”.")),
    (
        r"several symbols; read the first, '(?P<first>.+)'",
        N_("Several symbols: read the first, “%(first)s”."),
    ),
    (
        r"'(?P<written>.+)' read as '(?P<read>.+)'",
        N_("“%(written)s” is read as “%(read)s”."),
    ),
    (
        r"'(?P<written>.+)' is not a range of paragraphs",
        N_("“%(written)s” is not a range of paragraphs."),
    ),
    (
        r"pages and paragraphs; read the paragraphs",
        N_("Pages and paragraphs: read the paragraphs."),
    ),
    (
        r"not in the paragraphs cited \(footnotes\): (?P<missing>.+)",
        N_("Footnotes not in the paragraphs cited: %(missing)s."),
    ),
    (
        r"not in the document \(footnotes (?P<first>\d+)–(?P<last>\d+)\): (?P<missing>.+)",
        N_("Not in the document, whose footnotes are %(first)s–%(last)s: %(missing)s."),
    ),
    (
        r"not in the document \(paragraphs (?P<first>\d+)–(?P<last>\d+)\): (?P<missing>.+)",
        N_("Not in the document, whose paragraphs are %(first)s–%(last)s: %(missing)s."),
    ),
    (
        r"not in the preamble \(paragraphs (?P<first>\d+)–(?P<last>\d+)\): (?P<missing>.+)",
        N_("Not in the preamble, whose paragraphs are %(first)s–%(last)s: %(missing)s."),
    ),
    (
        r"“pp\.” read as pages: the document has no preamble",
        N_("“pp.” is read as pages: the document has no preamble."),
    ),
    (
        r"not in (?P<part>(?:chap|sect)\. .+) \(paragraphs (?P<first>\d+)–(?P<last>\d+)\): "
        r"(?P<missing>.+)",
        N_("Not in %(part)s, whose paragraphs are %(first)s–%(last)s: %(missing)s."),
    ),
    (
        r"no (?P<asked>(?:chap|sect)\. .+) in the document \(it has no lettered parts\): "
        r"read (?P<part>.+)",
        N_("The document has no %(asked)s (%(part)s has no lettered parts): %(part)s is read."),
    ),
    (
        r"no (?P<asked>(?:chap|sect)\. .+) in the document \(it has (?P<items>.+)\): "
        r"read (?P<part>.+)",
        N_("The document has no %(asked)s (%(part)s has %(items)s): %(part)s is read."),
    ),
    (
        r"no (?P<asked>(?:chap|sect)\. .+) in the document \(it is not divided further\): "
        r"read (?P<part>.+)",
        N_("The document has no %(asked)s (%(part)s is not divided further): %(part)s is read."),
    ),
    (
        r"no (?P<part>(?:chap|sect)\. .+) in the document",
        N_("The document has no %(part)s: the paragraph is opened."),
    ),
    (
        r"several chapters or sections; read the first",
        N_("Several chapters or sections: read the first."),
    ),
    (r"a table and more; read the table", N_("A table and more: read the table.")),
    (
        r"sub-items of several paragraphs; the paragraphs are read whole",
        N_(
            "The citation names a list of paragraphs with sub-items: the paragraphs are "
            "highlighted whole."
        ),
    ),
    (
        r"agenda item (?P<item>\d{1,2}) \((?P<letter>[a-z])\) read as item \d{1,2}",
        N_(
            "Agenda item %(item)s (%(letter)s) is read as item %(item)s: the document's "
            "paragraphs are told apart by agenda item, not by its sub-items."
        ),
    ),
    (r"a box and more; read the box", N_("A box and more: read the box.")),
    (r"a figure and more; read the figure", N_("A figure and more: read the figure.")),
)
_NOTES = tuple((re.compile(pattern), message) for pattern, message in NOTES)
# a chapter's or a section's word among the words a reading left aside ("sect IV D")
_DIVISION_WORD = re.compile(r"(?i)\b(?:ch|chap|chapter|chapitre|sect|section|sec|subsect)\b")


@dataclass(frozen=True)
class Lookup:
    """What a query typed in the search box means as a citation."""

    found: Resolution  # the search core's answer (200 or 404)
    url: str | None  # where the citation leads, when it was found
    words: str = ""  # what the query says besides the citation
    typed: str = ""  # the query as typed (its other citations, when it names several)

    @property
    def go(self) -> bool:
        """Whether the query is only a citation that was found: the reader is sent there."""
        return self.url is not None and not self.words


def resolve(
    query: str, lang: str | None = None, reading: str | None = None, wish: str | None = None
) -> Lookup | None:
    """Return what ``query`` means as a citation, or None when it must be searched as words.

    A query is a citation when it names a document symbol: a paragraph number
    alone (``par 109 voix``) is not enough, and search syntax (``symbol:…``, a
    quoted phrase) is left to the search.

    Args:
        lang: the language version wanted (else the one the corpus has).
        reading: the document searched in (its own search box): there, ``para. 32`` alone
            is its paragraph 32.
        wish: a language version asked for (the language filter): when the document has no
            such version, the page it opens says so.
    """
    typed = typed_citation(query)  # None: search syntax, searched as words
    if typed is None:
        return None
    query = typed
    engine = get_engine()
    found = resolve_reference(engine, query, lang, current=reading)
    if found.status == 400 or (
        found.symbol is None and found.resolution_number is None and found.titled is None
    ):  # a resolution typed by its number alone has none, nor a document named by its title:
        return None  # said all the same
    words = words_beside(found.notes, query, found.beside)
    if found.language is not None:  # "CTOC/COP/WG.4/2010/6 par. 32 (fr)": the language is a wish
        lang = wish = found.language
    url = target_url(engine, found, lang) if found.found else None
    document = engine.document(found.symbol)
    if url is not None and wish and document is not None and wish not in document.versions:
        url = _with_wish(url, wish)  # the page says the collection lacks that version
    return Lookup(found, url, words, query)


def _with_wish(url: str, wish: str) -> str:
    """Return ``url`` asking its page to say that version ``wish`` is not in the collection."""
    return with_parameters(url, {"wish": wish})


def with_parameters(url: str, parameters: dict[str, str]) -> str:
    """Return ``url`` with ``parameters`` added to its query, before its fragment."""
    if not parameters:
        return url
    address, hash_, fragment = url.partition("#")
    joined = f"{address}{'&' if '?' in address else '?'}{urlencode(parameters, safe=',')}"
    return f"{joined}{hash_}{fragment}"


def target_url(engine: SearchEngine, found: Resolution, lang: str | None) -> str:
    """Return where a found citation leads: the paragraph, the range in its document, the
    document (in ``lang`` when the corpus has that version); with ``?read=…`` when the reader
    read it otherwise than written ("paras. 110-12"), for the page to say so."""
    read = readings.read_value(found.notes)
    return with_parameters(_target(engine, found, lang), {"read": read} if read else {})


def _target(engine: SearchEngine, found: Resolution, lang: str | None) -> str:
    hits = found.hits
    assert found.symbol is not None
    division = asked_division(found)
    if hits and found.agenda_item is not None:  # "item 3": the document, its paragraphs on
        # that agenda item marked (the page reads ?agenda= again in its own paragraphs)
        items = found.agenda_items or (found.agenda_item,)  # several: "4,5"
        agenda = urlencode({"agenda": ",".join(str(n) for n in items)}, safe=",")
        return f"{document_url(found.symbol, hits[0].lang)}?{agenda}#para-{hits[0].anchor}"
    if hits and division is not None and not found.paragraphs:  # a chapter or a section: the
        # page marks its paragraphs and names it (its paragraphs, many, are not in the address)
        part = urlencode({"part": division.value}, safe=",")
        opened = division.enclosing if found.widened else division  # "III.B.2 (a)": III.B.2
        at = f"part-{opened.value}" if found.heading else f"para-{hits[0].anchor}"  # its heading
        return f"{document_url(found.symbol, hits[0].lang)}?{part}#{at}"
    if len(hits) == 1 and not found.absent:
        address = paragraph_url(hits[0].symbol, hits[0].lang, hits[0].anchor)
        address += _item(hits[0], found) + _footnote(found)
        # "chap. IV, para. 30": the page says if the paragraph is elsewhere
        part = {"part": division.value} if division is not None else {}
        # "item 4, para. 40": the page says if the paragraph is on another agenda item
        return with_parameters(address, part | _agenda_checked(found))
    named = [anchors.parse(hit.anchor) for hit in hits]
    numbered = [hit.paragraph for hit in hits if hit.paragraph is not None]
    preambular = [a.preamble for a in named if a.preamble is not None]
    if found.paragraphs or found.preambular or found.pages or found.footnotes:  # marked there
        if numbered or preambular:
            first, lang = hits[0].anchor, hits[0].lang
            address = paragraphs_url(found.symbol, lang, numbered, first, preambular, found.absent)
            # "paras. 31-32, first indent": the page marks that indent of each paragraph;
            # "item 4, paras. 40-42": it says which paragraphs are on another agenda item
            # (before, both were searched as words beside the document)
            named = found.paragraphs or found.preambular  # "pp. 3-4, first indent" too
            indent = {"indent": str(found.indent)} if found.indent and named else {}
            return with_parameters(address, indent | _agenda_checked(found))
    if hits:  # an annex's paragraphs, the paragraphs of an act: the document, at the first
        return f"{document_url(found.symbol, hits[0].lang)}#para-{hits[0].anchor}"
    document = engine.document(found.symbol)
    versions = list(document.versions) if document is not None else []
    version = lang if lang in versions else (versions[0] if versions else None)
    return document_url(found.symbol, version)


def _agenda_checked(found: Resolution) -> dict[str, str]:
    """Return the ``agenda`` parameter of the agenda items a citation names beside paragraphs
    ("item 4, para. 40": ``4``; "items 4 and 5, paras. 40-42": ``4,5``), which their page
    checks; none without."""
    items = found.paragraph_agendas or ((found.paragraph_agenda,) if found.paragraph_agenda else ())
    return {"agenda": ",".join(str(n) for n in items)} if items else {}


def _item(hit: Hit, found: Resolution) -> str:
    """Return what the address of a paragraph adds for the sub-items or the indent a citation
    names (``para. 32 (b)``): ``?item=b#item-b``, the page marking it and opening at it;
    ``?item=z`` for a letter the paragraph lacks, which the page says. Several sub-items
    (``para. 67 (a)-(c)``): ``?item=a-c#item-a``, each marked (before, none was); an indent
    (``para. 32, second indent``): ``?indent=2#indent-2``, ``?indent=2`` when the text has no
    such dashed item. Before, the page marked nothing."""
    preambular = found.indent and len(found.preambular) == 1 and not found.paragraphs  # "pp3, …"
    if not (found.subitem or found.indent) or not (one_paragraph(found) or preambular):
        return ""
    asked = {"item": found.subitem} if found.subitem else {}
    asked |= {"indent": str(found.indent)} if found.indent else {}
    pieces = subitems.marked(hit.text, found.subitem, found.indent)[0]
    first = next((ident for _text, ident in pieces if ident), None)
    return f"?{urlencode(asked, safe=',')}" + (f"#{first}" if first else "")


def _footnote(found: Resolution) -> str:
    """Return ``#fn-9`` for a citation of footnote 9: the paragraph page opens at the footnote
    and marks it. Several footnotes of one paragraph: the first."""
    return f"#fn-{found.footnotes[0]}" if found.footnotes else ""


def note(text: str) -> str:
    """Return a note of the search core on a typed citation in the interface language."""
    for pattern, message in _NOTES:
        if match := pattern.fullmatch(text):
            return _(message, **match.groupdict())
    return text


@dataclass(frozen=True)
class Notice:
    """What the search page says about a citation it did not follow."""

    kind: str  # "found" (with other words), "outside" (no such paragraph), "unknown" (document),
    # "job" (a link by job number: ``symbol`` is the job number, ``label`` an example),
    # "back" ("Ibid., para. 33" with no symbol: ``symbol`` is "Ibid.", ``label`` an example),
    # "record" (a link to a Digital Library record: ``symbol`` is its number),
    # "titled" (no symbol, the words one document's title: ``symbol`` is it, ``label`` and
    # ``suggestions`` the citation offered),
    # "typed-job" (a job number typed, "V.10-51112": ``symbol`` is it, ``label`` an example)
    symbol: str
    url: str | None  # found: where the citation leads; outside: the document
    label: str  # the citation as understood, UN-style
    suggestions: tuple[tuple[str, str], ...] = ()  # (symbol, its page)
    available: tuple[int, int] | None = None  # the document's paragraphs, first and last
    missing: str = ""  # the paragraphs it lacks ("200")
    available_preambular: tuple[int, int] | None = None  # its preambular paragraphs
    missing_preambular: str = ""  # the preambular paragraphs it lacks
    missing_in_part: str = ""  # the paragraphs its annex, resolution or decision lacks
    part: str = ""  # that annex, resolution or decision, named ("annex II", "resolution 5/2")
    missing_pages: str = ""  # the pages asked for that hold none of its paragraphs
    available_pages: tuple[int, int] | None = None  # the pages holding its paragraphs
    pages_unknown: bool = False  # it was read from text: its pages are not known
    missing_footnotes: str = ""  # the footnotes asked for that it lacks
    available_footnotes: tuple[int, int] | None = None  # its footnotes, first and last
    part_absent: str = ""  # "act" (a report sets out no such act) or "annex" (it has no such
    # annex or article): the document has no such part at all
    citing: int = 0  # paragraphs of the collection citing an absent document
    cited_url: str | None = None  # where they are listed
    external: str | None = None  # the absent document on undocs.org
    notes: tuple[str, ...] = ()  # translated
    others: tuple[tuple[str, str], ...] = ()  # the query's other citations: (label, address)
    # a document without annexes cited by an annex's paragraphs that its own text has
    # ("A/RES/48/161, annex, para. 25"): (its own paragraphs cited, the address opening them)
    own: tuple[str, str] | None = None
    # how many paragraphs, preambular paragraphs, pages, footnotes are missing (the plurals)
    counts: dict[str, int] = field(default_factory=dict)
    # a chapter or section the document lacks: what is missing ("chapter", "section",
    # "subsection", "ambiguous", "none"), what it has there ("I–IV"), the chapter and section
    # it has them in, and for a section several chapters have, each (label, address)
    division: str = ""
    division_label: str = ""  # the chapter or section asked for, "chap. IX"
    division_have: str = ""
    division_chapter: str = ""
    division_section: str = ""
    division_choices: tuple[tuple[str, str], ...] = ()
    contents_url: str | None = None  # the document at its contents
    # a resolution typed by its number alone (``symbol`` "48/162"): the symbols it would have
    # by the organs' numbering, each (label, address); or "held" / "cited" when several of the
    # collection's, or of those it cites, are so numbered (``suggestions``)
    possible: tuple[tuple[str, str], ...] = ()
    several: str = ""
    words: str = ""  # found: the words searched beside its document (not the citation's own)
    # an agenda item the document has no paragraphs on ("…/2010/6, item 9"): its number, the
    # items the document's paragraphs are on ("1–6"; none: it does not divide them so), the
    # agenda facet's value of that item in the document's session, and that search's address
    agenda: int | None = None
    agenda_have: str = ""
    agenda_value: str = ""
    agenda_url: str | None = None


def notice(lookup: Lookup, ui: str) -> Notice:
    """Return what the search page says about a citation found with words, or not found, with
    the other citations the query names (a pasted footnote: "See X, paras. 11-18; and Y,
    para. 70": the reader read X, and Y could not be reached)."""
    said = _notice(lookup, ui)
    suggested = {label for label, _url in said.suggestions}  # a typo's corrected citation:
    # not "It also cites" it as well, as if the query named a second document
    others = other_citations(lookup.typed, said.symbol)
    return replace(said, others=tuple(o for o in others if o[0] not in suggested))


def other_citations(typed: str, first: str) -> tuple[tuple[str, str], ...]:
    """Return the citations of ``typed`` beyond those of ``first``, UN-style, each with the
    address of the search box that opens it."""
    labels: list[str] = []
    for cited in find_citations(typed):
        if cited.symbol and cited.symbol != first:
            label = reference(cited.symbol, cited.paragraphs)
            labels += [] if label in labels else [label]
    return tuple((label, url_for("search.index", q=label)) for label in labels)


def _notice(lookup: Lookup, ui: str) -> Notice:
    engine = get_engine()
    found = lookup.found
    symbol = found.symbol or ""
    notes = tuple(note(text) for text in found.notes if not IGNORED.fullmatch(text))
    unread = ignored_words(found.notes)
    if unread and (asked_division(found) is not None or _DIVISION_WORD.search(unread)):
        # "chap. IV, sect. D (ii)", "sect. IV/D": what of a chapter's or section's citation
        # was not read is named, not only searched ("sect DD" had been left without a word)
        notes += (_("Not read in the citation: “%(words)s”.", words=unread),)
    if found.resolution_number is not None:
        return _number_notice(found, notes)
    if found.titled is not None:  # "National report submitted by Italy, para. 68": offered
        offered = reference(found.titled, found.paragraphs)
        offer = ((offered, url_for("search.index", q=offered)),)
        return Notice("titled", found.titled, document_url(found.titled), offered, offer)
    label = resolved_reference(found)
    if found.found:
        return Notice("found", symbol, lookup.url, label, notes=notes, words=lookup.words)
    suggestions = tuple((s, document_url(s)) for s in found.suggestions)
    document = engine.document(symbol)
    if document is not None and found.lacking_part:
        return _division_notice(found, label, notes)
    if document is not None and found.agenda_item is not None:
        value = agenda_value(symbol, found.agenda_item)
        return Notice(
            "outside",
            symbol,
            document_url(symbol),
            label,
            notes=notes,
            agenda=found.agenda_item,
            agenda_have=number_list(found.available_agenda) if found.available_agenda else "",
            agenda_value=value,
            agenda_url=url_for("search.index", agenda=value),
        )
    if document is not None:
        have = {h.anchor for hits in document.paragraphs.values() for h in hits}
        missing = [n for n in found.paragraphs if anchors.numbered(n) not in have]
        missing_pp = [n for n in found.preambular if anchors.preamble(n) not in have]
        annex = found.annex or ""
        missing_in_part = [n for n in found.annexed if anchors.annexed(annex, n) not in have]
        part = annex_name(annex)
        parts = {anchors.parse(a).annex for a in have}
        if found.act:
            part = act_reference(found.act)
            missing_in_part = [n for n in found.in_act if anchors.in_act(found.act, n) not in have]
            parts = {anchors.parse(a).act for a in have}
        if found.tables or found.boxes or found.figures:
            missing_tables = [n for n in found.tables if anchors.table(n) not in have]
            missing_boxes = [n for n in found.boxes if anchors.box(n) not in have]
            missing_figures = [n for n in found.figures if anchors.figure(n) not in have]
            missing_in_part = missing_tables or missing_boxes or missing_figures
            part = exhibits_label(missing_tables, missing_boxes, missing_figures)
            parts = set()
        whole_act = found.act is not None and not found.in_act  # "decision 4/4", "article 6"
        # "A/RES/48/161, annex": an annex asked for whole, which the document lacks
        whole_annex = found.annex is not None and not found.annexed and not found.act
        absent = (bool(missing_in_part) or whole_act or whole_annex) and (
            found.act or annex
        ) not in parts
        set_out = found.act is not None and not anchors.is_article(found.act)  # a report's act
        part_absent = ("act" if set_out else "annex") if absent else ""
        own = None
        unannexed = parts <= {None}  # a document with no annex at all: the slip is "annex"
        if (
            part_absent == "annex"
            and found.annexed
            and unannexed
            and all(anchors.numbered(n) in have for n in found.annexed)
        ):
            cited = reference(symbol, found.annexed)  # its own paragraphs
            own = (cited, url_for("search.index", q=cited))
        return Notice(
            "outside",
            symbol,
            document_url(symbol),
            label,
            available=found.available,
            missing=number_list(missing) if missing else "",
            available_preambular=found.available_preambular,
            missing_preambular=number_list(missing_pp) if missing_pp else "",
            missing_in_part=number_list(missing_in_part) if missing_in_part else "",
            part=part,
            part_absent=part_absent,
            own=own,
            missing_pages=number_list(found.pages) if found.pages else "",
            available_pages=found.available_pages,
            pages_unknown=bool(found.pages) and found.available_pages is None,
            missing_footnotes=number_list(found.footnotes) if found.footnotes else "",
            available_footnotes=found.available_footnotes,
            notes=notes,
            counts={
                "missing": len(missing),
                "missing_preambular": len(missing_pp),
                "missing_pages": len(found.pages),
                "missing_footnotes": len(found.footnotes),
            },
        )
    typo = any("looks like a typo" in text for text in found.notes)
    if typo and label != symbol:  # the citation with its symbol corrected, which opens it
        # (the link was to the document alone: the reader had to find para. 3 again)
        corrected = (resolved_reference(replace(found, symbol=s)) for s in found.suggestions)
        suggestions = tuple((c, url_for("search.index", q=c)) for c in corrected)
    elif label != symbol:  # a symbol cut short ("CTOC/COP/WG.4/2010/, para. 32", its number
        # lost): a suggestion that completes it is offered with the citation's parts, as a
        # typo's is (blind case list 14: the link was to the document alone)
        suggestions = tuple(
            (c, url_for("search.index", q=c)) if s.startswith(f"{symbol}/") else (s, url)
            for (s, url), c in zip(
                suggestions,
                (resolved_reference(replace(found, symbol=s)) for s in found.suggestions),
                strict=True,
            )
        )
    # a symbol a suggestion holds or ends ("CTOC/COP/WG.4/2010" of …/2010/6, "UNODC/CTOC/…"):
    # a piece of a known document, which undocs.org has no more than the collection
    piece = any(s.startswith(f"{symbol}/") or symbol.endswith(f"/{s}") for s in found.suggestions)
    citing = len({(c.symbol, c.anchor) for c in engine.cited_by(symbol)})
    return Notice(
        "unknown",
        symbol,
        None,
        label,
        suggestions,
        citing=citing,
        cited_url=cited_url(engine, symbol) if citing else None,
        external=None if typo or piece else undocs_url(symbol, ui),
        notes=notes,
    )


def _division_notice(found: Resolution, label: str, notes: tuple[str, ...]) -> Notice:
    """Return what the search page says of a chapter or section the document lacks: what it
    has instead, and the way on (the document, its contents; for a section several chapters
    have, each of them)."""
    symbol = found.symbol or ""
    choices = ()
    asked = (found.chapter, found.section, found.subsection, found.division_item)
    if found.lacking_part == "ambiguous":
        cited = (
            f"{symbol}, {division_label(divisions.Division(c, *asked[1:]))}"
            for c in found.available_parts
        )
        choices = tuple((c, url_for("search.index", q=c)) for c in cited)
    return Notice(
        "outside",
        symbol,
        document_url(symbol),
        label,
        notes=notes,
        division=found.lacking_part or "",
        division_label=division_label(divisions.Division(*asked)),
        division_have=parts_list(found.available_parts) if found.available_parts else "",
        division_chapter=found.chapter or "",
        division_section=found.section or "",
        division_choices=choices,
        contents_url=f"{document_url(symbol)}#toc-heading",
    )


# A resolution's symbol prefix: how the interface names a resolution of that organ
ORGAN_RESOLUTIONS = {
    "A/RES/": N_("General Assembly resolution %(number)s"),
    "A/HRC/RES/": N_("Human Rights Council resolution %(number)s"),
    "E/RES/": N_("Economic and Social Council resolution %(number)s"),
}


def _number_notice(found: Resolution, notes: tuple[str, ...]) -> Notice:
    """Return what the search page says of a resolution typed by its number alone that the
    collection neither holds nor cites: whose it would be, by each organ's numbering (a link
    to that symbol's own notice, with its way to undocs.org), and the nearest resolutions of
    the collection; or the several so numbered that it holds or cites."""
    number = found.resolution_number or ""
    engine = get_engine()
    known = set(engine.symbols())
    suggestions = tuple(
        (s, document_url(s) if s in known else url_for("search.index", q=s))
        for s in found.suggestions
    )
    possible = tuple(
        (
            _("%(organ)s (%(symbol)s)", organ=_(_organ(symbol), number=number), symbol=symbol),
            url_for("search.index", q=symbol),
        )
        for symbol in found.possible
    )
    several = ""
    if not found.possible and found.suggestions:
        several = "held" if all(s in known for s in found.suggestions) else "cited"
    label = f"{number}, {paragraphs_label(found.paragraphs)}" if found.paragraphs else number
    return Notice(
        "number", number, None, label, suggestions, notes=notes, possible=possible, several=several
    )


def _organ(symbol: str) -> str:
    return next(name for prefix, name in ORGAN_RESOLUTIONS.items() if symbol.startswith(prefix))


def unsymbolled_notice(query: str) -> Notice | None:
    """Return what the search page says of a query naming a document without its symbol
    (:func:`indexer.resolve.unsymbolled`): a link to the UN's document system by job number
    (``…/pdf/v1051112.pdf``) or to a Digital Library record (``…/record/180697``), a
    footnote's "Ibid., para. 33" or "op. cit."; None for any other query. Before, their
    pieces were searched as words ("“https:” is not a filter", then 57 unrelated paragraphs;
    97 paragraphs on "para" and "33")."""
    named = unsymbolled(query, typed_citation(query))
    return Notice(named.kind, named.named, None, EXAMPLE) if named is not None else None


def cited_url(engine: SearchEngine, symbol: str) -> str:
    """Return where ``/cited`` lists ``symbol``: its page (1 if it is not cited) and section."""
    size = current_app.config["CITED_PAGE_SIZE"]
    found = (i for i, cited in enumerate(engine.cited_documents()) if cited.symbol == symbol)
    page = next(found, 0) // size + 1
    return url_for("references.cited", page=page if page > 1 else None, _anchor=section_id(symbol))


def section_id(symbol: str) -> str:
    """Return the id of a cited document's section on ``/cited``: ``doc-CTOC-COP-WG-4-2009-2``."""
    return "doc-" + re.sub(r"[^A-Za-z0-9]+", "-", symbol).strip("-")
