"""The answer to a typed citation, and what every resolver builds it from.

:class:`Resolution` says what resolving a citation (``indexer.resolve``) found (200), what
is not citation-like (400) or what is missing (404), and what was asked for. Beside it, the
reading of a document's paragraphs in the search engine (a language version, an anchor, the
anchors it has) and the wording of numbers in the answer's message ("paras. 30–32", "there
are no paragraphs 120–130"), which ``indexer.resolve`` and ``indexer.resolve_parts`` share.
"""

from __future__ import annotations

from dataclasses import dataclass

from .index.api import Hit, SearchEngine


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


def _version(engine: SearchEngine, symbol: str, lang: str | None) -> tuple[Hit, ...]:
    """Return the paragraphs of the document in ``lang``, or in the version the corpus has."""
    document = engine.document(symbol)
    versions = document.paragraphs if document is not None else {}
    version = next((v for v in (lang, "fr", "en", *versions) if v in versions), None)
    return versions.get(version, ()) if version else ()


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
