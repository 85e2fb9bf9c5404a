"""How the interface writes citations: a paragraph's UN-style citation in the interface
language (``CTOC/COP/WG.4/2010/6, para. 32``; in French ``CTOC/COP/WG.4/2010/6, par. 72 à
74``), the labels of numbers, pages, notes, annexes and acts, and the ``paras`` parameter of a
document page that highlights the paragraphs a citation names. Where a typed citation leads,
and what the search page says of it, is :mod:`search_app.citations`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote, urlencode

from flask_babel import gettext as _

from indexer import anchors, divisions
from indexer.citation_resolution import Resolution
from indexer.index.api import Hit
from indexer.index.serialize import document_url
from indexer.markers import is_summary

from .params import N_, ParamError

UNDOCS = "https://undocs.org"  # the UN's public document system, by symbol
MAX_MARKED = 200  # paragraphs one ``paras`` parameter may highlight

_PARAS = re.compile(r"(?:pp)?\d{1,4}(?:-\d{1,4})?(?:,(?:pp)?\d{1,4}(?:-\d{1,4})?){0,199}")


def citation(hit: Hit) -> str:
    """Return the UN-style citation of a paragraph in the interface language.

    ``CTOC/COP/WG.4/2010/6, para. 32``; ``A/RES/48/161, preambular para. 3``
    for the unnumbered preamble paragraph ``pp3``; ``…, table 2`` for a table.
    """
    if hit.paragraph is not None:
        return reference(hit.symbol, (hit.paragraph,))
    named = anchors.parse(hit.anchor)
    if named.act_title is not None:
        act = act_reference(named.act or "")
        if named.in_act is not None:
            return f"{hit.symbol}, {act}, {paragraphs_label((named.in_act,))}"
        if anchors.is_article(named.act or ""):
            return f"{hit.symbol}, {act}"  # an article's unnumbered text: the article itself
        if _decision(named):  # a decision has no preamble: its text, unnumbered
            if named.act_preamble == 1:
                return f"{hit.symbol}, {act}"
            unnumbered = _("unnumbered para. %(number)s", number=named.act_preamble)
            return f"{hit.symbol}, {act}, {unnumbered}"
        return f"{hit.symbol}, {act}, {preambular_label((named.act_preamble or 0,))}"
    if named.preamble is not None and _summary(hit):
        summary = _("summary")
        return f"{hit.symbol}, {summary}"
    if named.preamble is not None and not _preambular(hit):
        unnumbered = _("unnumbered para. %(number)s", number=named.preamble)
        return f"{hit.symbol}, {unnumbered}"
    if named.preamble is not None:
        return reference(hit.symbol, (), (named.preamble,))
    if _exhibit(named):
        table, box, figure = (
            (n,) if n is not None else () for n in (named.table, named.box, named.figure)
        )
        return f"{hit.symbol}, {exhibits_label(table, box, figure)}"
    if named.annexed is not None:
        return reference(hit.symbol, (), (), named.annex, (named.annexed,))
    if named.annex is not None:
        return f"{hit.symbol}, {annex_name(named.annex)}"
    return f"{hit.symbol}, {hit.anchor}"


def _decision(named: anchors.Anchor) -> bool:
    """Tell whether an anchor is in a decision a report sets out ("dec10.1-p1"): its
    unnumbered text is no preamble, as a resolution's is ("decision 10/1, preambular para. 1"
    was said)."""
    return (named.act or "").startswith("dec")


def _preambular(hit: Hit) -> bool:
    """Tell whether an unnumbered paragraph is a resolution's preambular paragraph; in a paper
    without paragraph numbers (a conference room paper), it is only unnumbered."""
    return hit.kind == "adopted"


def _summary(hit: Hit) -> bool:
    """Tell whether an unnumbered paragraph is a paper's summary, not a preamble's paragraph."""
    return bool(hit.section) and is_summary(hit.section[-1])


def subitem_label(letters: str) -> str:
    """Return a sub-item as the interface language writes it: ``(b)``, in French ``b)``."""
    return _("(%(subitem)s)", subitem=letters)


def para_mark(hit: Hit) -> str:
    """Return what stands beside a paragraph in a document: ``32.``, ``PP3`` (a preambular
    paragraph, as UN drafts number them and as "pp3" is typed to cite it; "¶3" had read as
    the operative paragraph "¶ 3" cites), ``2.`` (an annex's paragraph 2), ``¶`` (unnumbered
    text)."""
    if hit.paragraph is not None:
        return f"{hit.paragraph}."
    named = anchors.parse(hit.anchor)
    if named.annexed is not None:
        return f"{named.annexed}."
    if named.in_act is not None:
        return f"{named.in_act}."
    if named.act_preamble is not None:
        return "¶" if _decision(named) else f"PP{named.act_preamble}"
    if _exhibit(named):
        return ""  # a table, a figure or a box shows its own title
    if named.preamble is not None and _preambular(hit):
        return f"PP{named.preamble}"
    return "¶"


def reference(
    symbol: str,
    paragraphs: Sequence[int],
    preambular: Sequence[int] = (),
    annex: str | None = None,
    annexed: Sequence[int] = (),
    act: str | None = None,
    in_act: Sequence[int] = (),
) -> str:
    """Return a reference UN-style: ``A/HRC/WG.6/7/ITA/1, paras. 72–74``,
    ``A/RES/48/161, preambular para. 3``, ``CTOC/COP/WG.4/2011/2, annex II, para. 3``,
    ``CTOC/COP/2010/17, resolution 5/2, para. 3``; the symbol alone for a whole document."""
    parts = [symbol]
    if paragraphs:
        parts.append(paragraphs_label(paragraphs))
    if preambular and not act:
        parts.append(preambular_label(preambular))
    if annexed:
        parts += [annex_name(annex or ""), paragraphs_label(annexed)]
    if act:
        parts.append(act_reference(act))
        if in_act:
            parts.append(paragraphs_label(in_act))
        if preambular:  # the act's: "resolution 10/3, preambular para. 2"
            parts.append(preambular_label(preambular))
    return ", ".join(parts)


def resolved_reference(found: Resolution) -> str:
    """Return the reference UN-style of what a citation asked for, as it was resolved."""
    if (division := asked_division(found)) is not None and not found.paragraphs:
        return f"{found.symbol}, {division_label(division)}"  # "chap. IV, sect. D"
    if found.tables or found.boxes or found.figures:
        return f"{found.symbol}, {exhibits_label(found.tables, found.boxes, found.figures)}"
    if found.agenda_items:  # "agenda items 4 and 5"
        return _(
            "%(symbol)s, agenda items %(items)s",
            symbol=found.symbol,
            items=number_list(found.agenda_items),
        )
    if found.agenda_item is not None:  # "item 3"
        return _("%(symbol)s, agenda item %(item)s", symbol=found.symbol, item=found.agenda_item)
    if found.pages:
        return f"{found.symbol}, {pages_label(found.pages)}"
    if found.footnotes and not (found.paragraphs or found.preambular or found.annexed):
        return f"{found.symbol}, {footnotes_label(found.footnotes)}"
    cited = reference(
        found.symbol or "",
        found.paragraphs,
        found.preambular,
        found.annex,
        found.annexed,
        found.act,
        found.in_act,
    )
    if found.subitem and one_paragraph(found) and not re.search(r"[-,]", found.subitem):
        cited = _("%(reference)s (%(subitem)s)", reference=cited, subitem=found.subitem)
    elif found.subitem and one_paragraph(found):  # "para. 67 (a)-(c)"
        cited = f"{cited} {items_label(found.subitem)}"
    if found.indent and (found.paragraphs or found.preambular):  # "para. 32, second indent"
        cited = _("%(reference)s, indent %(indent)s", reference=cited, indent=found.indent)
    if found.footnotes:  # the paragraph's own note: "para. 53, footnote 11"
        cited = f"{cited}, {footnotes_label(found.footnotes)}"
    return cited  # the sub-item of "para. 32 (b)" is said; several paragraphs have none


def asked_division(found: Resolution) -> divisions.Division | None:
    """Return the chapter or section a citation asked for ("chap. IV, sect. D"), or None."""
    if not (found.chapter or found.section):
        return None
    return divisions.Division(
        found.chapter, found.section, found.subsection, found.division_item, found.division_point
    )


def division_label(division: divisions.Division) -> str:
    """Return a division as the interface language cites it: ``chap. IV, sect. D`` in both
    languages, a sub-sub-section's letter as a sub-item is written, ``chap. III, sect. B.1 (b)``,
    in French ``chap. III, sect. B.1 b)``."""
    if not division.item:
        return division.label
    plain = divisions.Division(division.chapter, division.section, division.subsection)
    items = items_label(division.item)
    if division.point:  # a fifth level: "(b)(ii)", in French "b) ii)"
        items = _("%(item)s%(point)s", item=items, point=subitem_label(division.point))
    return f"{plain.label} {items}"


def items_label(spec: str) -> str:
    """Return lettered parts as an address writes them ("b", "a-c", "b,d") as the interface
    language writes sub-items: ``(b)``, ``(a)–(c)``, ``(b) and (d)`` (``a) à c)``, ``b) et d)``)."""
    pieces = []
    for piece in spec.split(","):
        first, _dash, last = piece.partition("-")
        pieces.append(
            _("%(first)s–%(last)s", first=subitem_label(first), last=subitem_label(last))
            if last
            else subitem_label(first)
        )
    if len(pieces) == 1:
        return pieces[0]
    return _("%(items)s and %(last)s", items=", ".join(pieces[:-1]), last=pieces[-1])


def items_list(labels: Sequence[str]) -> str:
    """Return lettered parts (``III.B.1.a`` …) as the interface language writes sub-items, runs
    of three or more as ranges: ``(a)–(d)``, ``(a) and (c)`` (``a)–d)``, ``a) et c)``)."""
    plain = [label.rpartition(".")[2] for label in labels]
    parts: list[str] = []
    for first, last in divisions.runs(plain):
        run = plain[plain.index(first) : plain.index(last) + 1]
        if len(run) >= 3:
            parts.append(
                _("%(first)s–%(last)s", first=subitem_label(first), last=subitem_label(last))
            )
        else:
            parts += [subitem_label(letter) for letter in run]
    if len(parts) == 1:
        return parts[0]
    return _("%(items)s and %(last)s", items=", ".join(parts[:-1]), last=parts[-1])


def widened_note(asked: divisions.Division, part: divisions.Found) -> str:
    """Return what a page says when a citation names a lettered part its sub-section (or
    section) lacks and the whole of it is marked instead: "sect. III.B.1 (e)"."""
    named, held = division_label(asked), division_label(part.division)
    if asked.point and not part.available:  # "(b)(ii)" of a lettered part not divided further
        return _(
            "The document has no %(asked)s: %(part)s is not divided further. All of %(part)s is "
            "highlighted.",
            asked=named,
            part=held,
        )
    if part.available:
        return _(
            "The document has no %(asked)s: %(part)s has %(items)s. All of %(part)s is "
            "highlighted.",
            asked=named,
            part=held,
            items=items_list(part.available),
        )
    return _(
        "The document has no %(asked)s: %(part)s has no lettered parts. All of %(part)s is "
        "highlighted.",
        asked=named,
        part=held,
    )


def parts_list(labels: Sequence[str]) -> str:
    """Return chapters or sections in the interface language, runs of three or more as ranges:
    ``I–V``, ``A, B and D`` (``A, B et D``)."""
    plain = [label.rpartition(".")[2] for label in labels]
    parts: list[str] = []
    for first, last in divisions.runs(plain):
        run = plain[plain.index(first) : plain.index(last) + 1]
        if len(run) >= 3:
            parts.append(_("%(first)s–%(last)s", first=first, last=last))
        else:
            parts += run
    if len(parts) == 1:
        return parts[0]
    return _("%(items)s and %(last)s", items=", ".join(parts[:-1]), last=parts[-1])


def _exhibit(named: anchors.Anchor) -> bool:
    """Tell whether an anchor names a table, a figure or a box."""
    return any(n is not None for n in (named.table, named.figure, named.box))


def exhibits_label(
    tables: Sequence[int] = (), boxes: Sequence[int] = (), figures: Sequence[int] = ()
) -> str:
    """Return ``table 3``, ``tables 1 and 2`` (``tableau 3``, ``tableaux 1 et 2``), for
    figures ``figure 1``, ``figures 1 and 2``, or for boxes ``box 2``, ``boxes 1 and 2``
    (``encadré 2``, ``encadrés 1 et 2``)."""
    if len(tables) == 1:
        return _("table %(number)s", number=tables[0])
    if tables:
        return _("tables %(numbers)s", numbers=number_list(tables))
    if len(figures) == 1:
        return _("figure %(number)s", number=figures[0])
    if figures:
        return _("figures %(numbers)s", numbers=number_list(figures))
    if len(boxes) == 1:
        return _("box %(number)s", number=boxes[0])
    return _("boxes %(numbers)s", numbers=number_list(boxes))


def pages_label(numbers: Sequence[int]) -> str:
    """Return ``p. 4``, ``pp. 4 and 5`` (``p. 4``, ``p. 4 et 5``)."""
    if len(numbers) == 1:
        return _("p. %(number)s", number=numbers[0])
    return _("pp. %(numbers)s", numbers=number_list(numbers))


def footnotes_label(numbers: Sequence[int]) -> str:
    """Return ``footnote 9``, ``footnotes 8 and 9`` (``note 9``, ``notes 8 et 9``)."""
    if len(numbers) == 1:
        return _("footnote %(number)s", number=numbers[0])
    return _("footnotes %(numbers)s", numbers=number_list(numbers))


def act_reference(act: str) -> str:
    """Return ``resolution 5/2``, for its annex ``resolution 5/1, annex``, or for an article of
    an instrument annexed to the document ``annex II, article 3``."""
    name = act_name(*anchors.act_title(act))
    if (outer := anchors.act_outer_annex(act)) is not None:
        return f"{annex_name(outer)}, {name}"
    annex = anchors.act_annex(act)
    return name if annex is None else f"{name}, {annex_name(annex)}"


def act_name(kind: str, number: str) -> str:
    """Return ``resolution 5/2``, ``decision 4/4`` or ``article 3`` (``résolution``,
    ``décision``, ``article``)."""
    if kind == "resolution":
        return _("resolution %(number)s", number=number)
    if kind == "article":
        return _("article %(number)s", number=number)
    return _("decision %(number)s", number=number)


def annex_name(annex: str) -> str:
    """Return ``annex`` or ``annex II`` (``annexe``, ``annexe II``)."""
    return _("annex %(annex)s", annex=annex) if annex else _("annex")


def preambular_label(numbers: Sequence[int]) -> str:
    """Return ``preambular para. 3``, ``preambular paras. 3–5`` (``alinéa 3 du préambule``…)."""
    if len(numbers) == 1:
        return _("preambular para. %(number)s", number=numbers[0])
    return _("preambular paras. %(numbers)s", numbers=number_list(numbers))


def paragraphs_label(numbers: Sequence[int]) -> str:
    """Return ``para. 32``, ``paras. 30–32``, ``paras. 32 and 35`` (``par. 30 à 32``…)."""
    if len(numbers) == 1:
        return _("para. %(number)s", number=numbers[0])
    return _("paras. %(numbers)s", numbers=number_list(numbers))


def number_list(numbers: Sequence[int]) -> str:
    """Return paragraph numbers with runs of three or more as ranges: ``30–32, 35 and 36``."""
    parts: list[str] = []
    for first, last in _runs(numbers):
        if last - first >= 2:
            parts.append(_("%(first)s–%(last)s", first=first, last=last))
        else:
            parts += [str(n) for n in range(first, last + 1)]
    if len(parts) == 1:
        return parts[0]
    return _("%(items)s and %(last)s", items=", ".join(parts[:-1]), last=parts[-1])


def _runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def undocs_url(symbol: str, lang: str) -> str:
    """Return the page of a document in the UN's public document system."""
    return f"{UNDOCS}/{lang}/{quote(symbol, safe='/.')}"


def paras_value(numbers: Sequence[int], preambular: Sequence[int] = ()) -> str:
    """Write paragraphs for the ``paras`` parameter: ``30-32``, ``32,35``; preambular ones
    after a ``pp``: ``pp3-5``."""
    parts = [f"{a}-{b}" if b > a else str(a) for a, b in _runs(numbers)]
    parts += [f"pp{a}-{b}" if b > a else f"pp{a}" for a, b in _runs(preambular)]
    return ",".join(parts)


# What a person reads when a document's address marks paragraphs it cannot read.
PARAS_MESSAGES = {
    "paras": N_("The paragraphs asked for must be numbers such as 30-32 or 12,15."),
    "absent": N_("The paragraphs said to be missing must be numbers such as 30-32 or 12,15."),
}


def parse_paras(value: str | None, name: str = "paras") -> frozenset[str]:
    """Read the ``paras`` parameter of a document page (or ``absent``, written the same way):
    the anchors of the paragraphs to highlight (``30-32,35``: 30, 31, 32 and 35; ``pp3-5``:
    preambular pp3, pp4, pp5).

    Raises:
        ParamError: it is not numbers and ranges such as ``30-32,35`` or ``pp3-5``.
    """
    if not value:
        return frozenset()
    if not _PARAS.fullmatch(value):
        raise ParamError(
            name,
            N_("%(name)s must be paragraph numbers such as 30-32 or 12,15"),
            plain=PARAS_MESSAGES[name],
        )
    marked: set[str] = set()
    for part in value.split(","):
        preambular = part.startswith(anchors.PREAMBLE)
        first, _sep, last = part.removeprefix(anchors.PREAMBLE).partition("-")
        anchor = anchors.preamble if preambular else anchors.numbered
        # read forward when written backwards (``34-32``), as the search box reads a citation:
        # the page had marked nothing and said nothing
        low, high = sorted((int(first), int(last or first)))
        marked.update(anchor(n) for n in range(low, high + 1))
        if len(marked) > MAX_MARKED:
            raise ParamError(
                name,
                N_("%(name)s has more than %(limit)s paragraphs"),
                plain=N_("A citation marks at most %(limit)s paragraphs."),
                limit=MAX_MARKED,
            )
    return frozenset(marked)


def marked_label(marked: Sequence[str]) -> str:
    """Return what the highlighted paragraphs of a document page are: ``paras. 30–32``,
    ``preambular paras. 3–5``, both joined by a comma."""
    named = [anchors.parse(anchor) for anchor in marked]
    numbers = sorted(a.number for a in named if a.number is not None)
    preambular = sorted(a.preamble for a in named if a.preamble is not None)
    labels = [paragraphs_label(numbers)] if numbers else []
    return ", ".join(labels + ([preambular_label(preambular)] if preambular else []))


def paragraphs_url(
    symbol: str,
    lang: str,
    numbers: Sequence[int],
    first: str,
    preambular: Sequence[int] = (),
    absent: Sequence[str] = (),
) -> str:
    """Return the document page with ``numbers`` (and ``preambular`` paragraphs) highlighted,
    opened at anchor ``first``; ``absent``: the anchors of the citation's paragraphs that the
    document lacks, for the page to say so."""
    asked = {"paras": paras_value(numbers, preambular)}
    if absent:
        named = [anchors.parse(anchor) for anchor in absent]
        asked["absent"] = paras_value(
            [a.number for a in named if a.number is not None],
            [a.preamble for a in named if a.preamble is not None],
        )
    return f"{document_url(symbol, lang)}?{urlencode(asked, safe=',')}#para-{first}"


def one_paragraph(found: Resolution) -> bool:
    """Tell whether a citation names one numbered paragraph, the only kind whose sub-item it
    says ("para. 32 (b)"; several paragraphs have none)."""
    return len(found.paragraphs) == 1 and not (found.preambular or found.annexed)
