"""Documents and paragraphs: ``/doc/<symbol>``, ``/doc/<symbol>/<lang>``, ``…/compare``,
and the paragraph permalink ``/doc/<symbol>/<lang>/<anchor>``.

Symbols contain slashes, so they are ``path`` segments; the language and the
anchor have converters of their own (two lower-case letters; ``32``, ``pp3``, ``annexII-3``)
so that ``/doc/CTOC/COP/WG.4/2010/6/fr/32`` can only mean paragraph 32.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NoReturn
from urllib.parse import quote

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.routing import BaseConverter

from indexer import anchors, divisions
from indexer.index.api import DocumentView, Hit
from indexer.index.facetvalues import normalise
from indexer.symbols import canonical

from . import cited_agenda, readings, references, subitems
from .addresses import canonical_language, canonical_tail
from .citation_text import (
    citation,
    division_label,
    items_label,
    items_list,
    marked_label,
    parse_paras,
    subitem_label,
    widened_note,
)
from .citations import note
from .engine import get_engine
from .errors import NotHere
from .i18n import ui_language
from .labels import lang_label
from .params import N_, ParamError
from .subitems import parse_indent, parse_item

_ANCHOR = re.compile(anchors.PATTERN)

bp = Blueprint("documents", __name__)


@bp.before_app_request
def _canonical_path():
    """Send ``/doc/…/32/``, ``/doc/…/FR`` and ``/doc/…/en/PP3`` to the page's own address (a
    trailing slash, a language or an anchor in capitals, as people type or paste them, had been
    a 404)."""
    path = request.path
    if not path.startswith("/doc/") or path == "/doc/":
        return None
    canonical_path = "/".join(canonical_tail(path.rstrip("/").split("/")))
    if canonical_path == path:
        return None
    query = request.query_string.decode("utf-8", "replace")
    location = quote(canonical_path, safe="/")  # decoded: a typed %0d%0a is a line break
    return redirect(location + (f"?{query}" if query else ""), 301)


class LangConverter(BaseConverter):
    regex = "[a-z]{2}"


class AnchorConverter(BaseConverter):
    regex = anchors.PATTERN


@bp.record_once
def _converters(state) -> None:
    state.app.url_map.converters.update(lang=LangConverter, anchor=AnchorConverter)


@bp.route("/doc/<path:symbol>")
def best_language(symbol: str):
    """Send the reader to the version in the interface language, or to the one there is."""
    document = find_document(symbol)
    if document is None:
        _missing(symbol)
    langs = list(document.versions)
    lang = ui_language() if ui_language() in langs else langs[0]
    return redirect(url_for(".document", symbol=document.symbol, lang=lang), code=302)


@bp.route("/doc/<path:symbol>/<lang:lang>")
def document(symbol: str, lang: str):
    """Show a document version; ``?paras=30-32`` highlights the paragraphs of a citation."""
    marked = parse_paras(request.args.get("paras"))
    absent = parse_paras(request.args.get("absent"), "absent")  # paragraphs it lacks
    read = readings.parse_read(request.args.get(readings.PARAMETER))
    document = _version(symbol, lang)
    paragraphs = document.paragraphs.get(lang, ())
    cited = [p for p in paragraphs if p.anchor in marked]  # the paragraphs ?paras= names
    part = _part(paragraphs)  # "?part=IV.D": a chapter or a section cited, marked
    marked |= {hit.anchor for hit in part.hits} if part else set()
    # "?agenda=3": an agenda item cited, its paragraphs marked
    agenda = cited_agenda.named(paragraphs)
    # "item 4, paras. 40-42" (``?paras=40-42&agenda=4``): the paragraphs are marked, their
    # item checked, as a paragraph's page does (before, every paragraph of item 4 was marked)
    checked = cited_agenda.check(cited) if agenda and marked and cited else []
    agenda = None if agenda and marked else agenda
    marked |= {hit.anchor for hit in agenda.hits} if agenda else set()
    marked_hits = [p for p in paragraphs if p.anchor in marked]
    # "paras. 31-32, first indent" (``&indent=1``): that indent of each paragraph marked
    indent = parse_indent(request.args.get("indent"))
    indents, indent_said = _indents(cited, indent) if indent else ({}, [])
    outline = blocks(paragraphs)
    library = references.Library(get_engine())
    cited_by = references.incoming(library, document.symbol, get_engine().cited_by(document.symbol))
    return render_template(
        "document.html",
        doc=document,
        info=document.versions[lang],
        lang=lang,
        blocks=outline,
        toc=[heading for block in outline for heading in block.headings],
        marked=[p.anchor for p in marked_hits],
        reading=_reading(read, marked_hits) + indent_said + checked,
        indents=indents,
        # what the citation names that the document lacks, said (?paras=300 had opened the
        # document with nothing highlighted and no word)
        absent=sorted((absent | marked) - {p.anchor for p in paragraphs}, key=_anchor_order),
        numbered=[p.paragraph for p in paragraphs if p.paragraph is not None],
        cited_by=cited_by,
        cites=references.documents_cited(library, paragraphs),
        unavailable=_unavailable(document),
        part=part,
        part_label=division_label(part.division) if part else "",
        agenda=agenda,
        # "?part=III.B.1.e": the sub-section is marked, saying it has no (e)
        part_widened=widened_note(_asked_part(), part) if part and part.widened else "",
    )


def _part(paragraphs: tuple[Hit, ...]) -> divisions.Found | None:
    """Return the chapter or section a citation named (``?part=IV.D``, as the search box sends
    "chap. IV, sect. D"): its paragraphs, its heading, or what the document lacks of it; None
    without the parameter. The page reads the division again in its own paragraphs, so an
    address can only make it say what the document holds.

    Raises:
        ParamError: it is no chapter, section or sub-section such as IV, IV.D or III.B.2.
    """
    asked = _asked_part()
    if asked is None and request.args.get("part"):
        raise ParamError(
            "part",
            N_("%(name)s must be a chapter or a section such as IV, IV.D or III.B.2"),
            plain=N_("The chapter or section cited must be written such as IV, IV.D or III.B.2."),
        )
    return divisions.find(paragraphs, asked) if asked is not None else None


def _indents(cited: list[Hit], indent: int) -> tuple[dict[str, list], list[str]]:
    """Return the indent ``indent`` of each paragraph a citation names marked (``?paras=31-32&
    indent=1``, "paras. 31-32, first indent"): the texts in pieces by anchor, those that set it
    out only, and what the page says: where it is marked and where the text has none."""
    pieces_of: dict[str, list] = {}
    for hit in cited:
        if not _plain_text(hit):
            continue
        pieces, _found, _lacking, dashed = subitems.marked(hit.text, None, indent)
        if dashed:  # one id per paragraph: "para-31-indent-1"
            pieces_of[hit.anchor] = [
                (text, f"para-{hit.anchor}-{ident}" if ident else "") for text, ident in pieces
            ]
    having = [h.anchor for h in cited if h.anchor in pieces_of]
    lacking = [h.anchor for h in cited if h.anchor not in pieces_of]
    if not cited:
        return {}, []
    if not having:
        said = _(
            "The citation names indent %(indent)s of each of %(paragraphs)s, but their text has "
            "no such dashed item: the indent is not marked.",
            indent=indent,
            paragraphs=marked_label(lacking),
        )
    elif not lacking:
        said = _(
            "Indent %(indent)s of each paragraph of the citation is highlighted.", indent=indent
        )
    else:
        said = _(
            "Indent %(indent)s of the citation is highlighted in %(having)s; no such dashed item "
            "in %(lacking)s.",
            indent=indent,
            having=marked_label(having),
            lacking=marked_label(lacking),
        )
    return pieces_of, [said]


def _asked_part() -> divisions.Division | None:
    """Return the division ``?part=`` names (``III.B.1.b``), or None."""
    return divisions.parse_value(request.args.get("part") or None)


@bp.route("/doc/<path:symbol>/compare")
def compare(symbol: str):
    document = find_document(symbol)
    if document is None:
        abort(404, _("No document %(symbol)s.", symbol=symbol))
    if document.symbol != symbol:
        return redirect(url_for(".compare", symbol=document.symbol), code=301)
    if len(document.paragraphs) < 2:
        abort(404, _("The corpus has only one language version of %(symbol)s.", symbol=symbol))
    ui = ui_language()
    left, right = sorted(document.paragraphs, key=lambda lang: lang != ui)[:2]
    return render_template(
        "compare.html",
        doc=document,
        left=left,
        right=right,
        rows=pair_rows(document.paragraphs[left], document.paragraphs[right]),
    )


@bp.route("/doc/<path:symbol>/<lang:lang>/<anchor:anchor>")
def paragraph(symbol: str, lang: str, anchor: str):
    document = _version(symbol, lang, anchor)
    paragraphs = document.paragraphs.get(lang, ())
    index = next((i for i, p in enumerate(paragraphs) if p.anchor == anchor), None)
    if index is None and _leading_zeros(anchor):  # "032"
        item = {k: request.args[k] for k in ("item", "indent", "agenda") if k in request.args}
        address = url_for(".paragraph", symbol=symbol, lang=lang, anchor=int(anchor), **item)
        return redirect(address, 301)
    if index is None:
        raise _no_paragraph(document, lang, anchor)
    twins = {
        other: next((p for p in found if p.anchor == anchor), None)
        for other, found in document.paragraphs.items()
        if other != lang
    }
    hit = paragraphs[index]
    item = parse_item(request.args.get("item"))  # a citation's sub-items: "para. 32 (b)"
    indent = parse_indent(request.args.get("indent"))  # its indent: "para. 32, second indent"
    parts, marked_notes = _marks(hit, item, indent)
    # "item 4, para. 40": on item 4?
    marked_notes += cited_agenda.note(hit, cited_agenda.named((hit,)))
    read = readings.parse_read(request.args.get(readings.PARAMETER))
    part = _part(paragraphs)  # "chap. IV, para. 30": said when the paragraph is not in it
    asked = _asked_part() or (part.division if part else None)  # with its letter: "III.B.2.a"
    elsewhere = divisions.elsewhere(part, [hit], asked) if part and asked else None
    # "chap. IV, para. 30" with para. 30 in chapter II: said in words, with a link to chap. IV
    outside = part if elsewhere and part and part.lacking is None and part.hits else None
    outside = None if part and part.widened else outside  # "III.B.2 (a), para. 69": no (a)
    library = references.Library(get_engine())
    citing = get_engine().cited_by(document.symbol, anchor)
    return render_template(
        "paragraph.html",
        doc=document,
        info=document.versions[lang],
        hit=hit,
        previous=paragraphs[index - 1] if index > 0 else None,
        next=paragraphs[index + 1] if index + 1 < len(paragraphs) else None,
        twins={k: v for k, v in twins.items() if v is not None},
        marked_notes=marked_notes,
        reading=_reading(read, [hit])
        + ([said] if (said := _elsewhere_note(elsewhere, outside, part, asked)) else []),
        outside=outside,
        outside_label=division_label(outside.division) if outside else "",
        outside_range=outside.paragraph_range if outside else None,
        marked_parts=parts,
        cites=references.outgoing(library, hit),
        cited_by=references.incoming(library, document.symbol, citing, anchor),
        unavailable=_unavailable(document),
    )


def _marks(hit: Hit, item: str | None, indent: int | None) -> tuple[list, list[str]]:
    """Return the paragraph's text in pieces, the sub-items (``?item=b``, ``a-c``) or the
    indent (``?indent=2``) a citation names marked, and what the page says of them. Before, a
    range of sub-items (``para. 67 (a)-(c)``) was not marked, and an indent not read."""
    if not (item or indent):
        return [], []
    pieces, found, lacking, dashed = (
        subitems.marked(hit.text, item, indent) if _plain_text(hit) else ([], [], [], False)
    )
    if not _plain_text(hit):
        lacking = subitems.letters(item) if item else []
    said = []
    named = subitems.letters(item) if item else []
    if len(named) == 1 and found and not dashed:
        said.append(
            _("Sub-item %(subitem)s of the citation is highlighted.", subitem=subitem_label(item))
        )
    elif len(named) == 1 and lacking:
        said.append(
            _(
                "The citation names sub-item %(subitem)s, which this paragraph does not have.",
                subitem=subitem_label(named[0]),
            )
        )
    elif named and not lacking and not dashed:
        said.append(
            _("Sub-items %(subitems)s of the citation are highlighted.", subitems=items_label(item))
        )
    elif named and not found:
        said.append(
            _(
                "The citation names sub-items %(subitems)s, which this paragraph does not have.",
                subitems=items_label(item),
            )
        )
    elif named and lacking:
        said.append(
            _(
                "Sub-items %(subitems)s of the citation are highlighted; this paragraph does "
                "not have %(lacking)s.",
                subitems=items_list(found),
                lacking=items_list(lacking),
            )
        )
    if indent and dashed and found:
        said.append(
            _(
                "Indent %(indent)s of sub-item %(subitem)s of the citation is highlighted.",
                indent=indent,
                subitem=subitem_label(found[0]),
            )
        )
    elif indent and dashed:
        said.append(_("Indent %(indent)s of the citation is highlighted.", indent=indent))
    elif indent:
        said.append(
            _(
                "The citation names indent %(indent)s, but this paragraph's text has no such "
                "dashed item: the indent is not marked.",
                indent=indent,
            )
        )
    marked_any = any(ident for _text, ident in pieces)
    return (pieces if marked_any else []), said


def _elsewhere_note(elsewhere, outside, part, asked) -> str:
    """Return what a paragraph's page says of the division cited with it, when the paragraph
    is not in it or the document lacks it ("" otherwise); a lettered part the document lacks
    ("III.B.2 (a), para. 69") is named as the interface language writes it ("B.2 a)")."""
    if not elsewhere or outside:
        return ""
    if part is not None and part.widened and asked is not None:
        return _(
            "The document has no %(part)s: the paragraph is opened.", part=division_label(asked)
        )
    return note(elsewhere)


def _reading(read: tuple[str, ...], landed: list[Hit]) -> list[str]:
    """Return what the page says of how the citation that opened it was read (``?read=``): the
    reader's notes, translated, and, for recommendation numbers read as paragraph numbers,
    that the paragraphs opened are no recommendation when none is ("recommendation 5" of the
    WG.4 report is its paragraph 5, in the introduction)."""
    said = [note(text) for text in readings.notes(read)]
    if readings.recommendation(read) and landed and all(not _recommends(h) for h in landed):
        said.append(
            _("This paragraph is not a recommendation of the document.")
            if len(landed) == 1
            else _("These paragraphs are not recommendations of the document.")
        )
    return said


def _recommends(hit: Hit) -> bool:
    return hit.kind == "recommendation"


def _leading_zeros(anchor: str) -> bool:
    """Tell whether an anchor is a paragraph number written with leading zeros ("032"), whose
    page is the number's own. Not "0" or "00": their number, 0, is written "0" again, and
    "/fr/0" had redirected to itself without end (the browser's "too many redirects")."""
    return anchor.isdigit() and anchor != anchor.lstrip("0") and int(anchor) > 0


def _unavailable(document: DocumentView) -> str | None:
    """Return the language version a citation asked for (``?wish=en``, "… para. 32 (en)")
    that the collection lacks, to say so: the citation opened another version."""
    wish = request.args.get("wish")
    known = wish is not None and normalise("lang", wish) == wish
    return wish if known and wish not in document.versions else None


def _plain_text(hit: Hit) -> bool:
    """Tell whether a paragraph is text, whose sub-items can be marked (not a table or a box,
    which are shown otherwise)."""
    return hit.kind not in ("table", "figure", "box")


def find_document(symbol: str) -> DocumentView | None:
    """Return the document of ``symbol`` as written or in its canonical spelling."""
    engine = get_engine()
    return engine.document(symbol) or engine.document(canonical(symbol))


def _missing(path: str) -> NoReturn:
    """Say why nothing is at ``/doc/<path>`` (404): no such paragraph in a document, when the
    path is a document's version and something that is no anchor (``…/fr/abc``), else no such
    document."""
    head, _sep, anchor = path.rpartition("/")
    symbol, _sep, lang = head.rpartition("/")
    document = find_document(symbol) if symbol else None
    if document is not None and lang in document.versions:
        raise _no_paragraph(document, lang, anchor)
    abort(404, _("No document %(symbol)s.", symbol=path))


def _no_paragraph(document: DocumentView, lang: str, anchor: str) -> NotHere:
    """Return the 404 of a paragraph address whose version lacks the paragraph: it names the
    paragraph not found and the numbers there are, and leads on to the paragraph a stray
    character hid (``…/fr/32a``: para. 32), the document, and the list of its paragraphs."""
    message = _(
        "No paragraph %(anchor)s in %(symbol)s (%(lang)s).",
        anchor=anchor,
        symbol=document.symbol,
        lang=lang_label(lang),
    )
    paragraphs = document.paragraphs.get(lang, ())
    numbered = [p.paragraph for p in paragraphs if p.paragraph is not None]
    if numbered:  # the way on: which numbers there are
        message += " " + _(
            "Its paragraphs are numbered %(first)s to %(last)s.",
            first=min(numbered),
            last=max(numbered),
        )
    ways = []
    meant = _number_in(anchor)
    hit = next((p for p in paragraphs if meant is not None and p.paragraph == meant), None)
    if hit is not None and not _ANCHOR.fullmatch(anchor):
        ways.append(
            (citation(hit), url_for(".paragraph", symbol=hit.symbol, lang=lang, anchor=hit.anchor))
        )
    ways.append(_version_link(document.symbol, lang))
    listed = url_for("search.index", symbol=document.symbol, lang=lang)
    label = _(
        "The list of the paragraphs of %(symbol)s (%(lang)s)",
        symbol=document.symbol,
        lang=lang_label(lang),
    )
    ways.append((label, listed))
    return NotHere(message, tuple(ways))


def _number_in(anchor: str) -> int | None:
    """Return the one number an address's last part writes (``32a``, ``para32``, ``§32``)."""
    numbers = re.findall(r"\d+", anchor)
    return int(numbers[0]) if len(numbers) == 1 and len(numbers[0]) <= 4 else None


def _version(symbol: str, lang: str, anchor: str | None = None) -> DocumentView:
    """Return the document, redirecting to the canonical symbol, or abort with 404."""
    document = find_document(symbol)
    if document is None:
        # "/doc/<symbol>/fr/zz": an anchor of two letters reads as a language, after a
        # symbol ending in "/fr" (the page had said "No document CTOC/COP/WG.4/2010/6/fr.")
        head, _sep, version = symbol.rpartition("/")
        language = bool(head) and canonical_language(version) == version
        found = find_document(head) if language else None
        if found is None:  # "/doc/NO/SUCH/fr/zz": no document NO/SUCH (not "NO/SUCH/fr")
            abort(404, _("No document %(symbol)s.", symbol=head if language else symbol))
        if version in found.versions:
            raise _no_paragraph(found, version, lang)
        return _version(head, version)  # the version is missing: said so, with the others
    if document.symbol != symbol:
        args = {"symbol": document.symbol, "lang": lang}
        marking = ("paras", "absent", "wish") if anchor is None else ("item", "wish")
        marking += ("part",)
        marking += (readings.PARAMETER,)
        args |= {name: request.args[name] for name in marking if name in request.args}
        endpoint = ".document" if anchor is None else ".paragraph"
        abort(redirect(url_for(endpoint, **args, **({"anchor": anchor} if anchor else {})), 301))
    if lang not in document.versions:
        have = ", ".join(lang_label(v) for v in document.versions)
        named = lang_label(lang)  # "in English", not "in this language (en)"
        message = (
            _(
                "The corpus has no version of %(symbol)s in %(language)s; it has: %(have)s.",
                symbol=symbol,
                language=named,
                have=have,
            )
            if named != lang
            else _(
                "The corpus has no version of %(symbol)s in this language (%(lang)s); "
                "it has: %(have)s.",
                symbol=symbol,
                lang=lang,
                have=have,
            )
        )
        raise NotHere(message, _versions_instead(document, anchor))
    return document


def _versions_instead(document: DocumentView, anchor: str | None) -> tuple[tuple[str, str], ...]:
    """Return the ways out of an address in a language the collection lacks: the same
    paragraph, or the document with the same paragraphs marked, in each version it has (the
    link had gone to the top of the document: a shared link to para. 32 of an English version
    the collection lacks lost the paragraph)."""
    ways = []
    for lang in document.versions:
        hit = next((h for h in document.paragraphs.get(lang, ()) if h.anchor == anchor), None)
        if hit is not None:
            item = request.args.get("item")
            url = url_for(".paragraph", symbol=document.symbol, lang=lang, anchor=anchor)
            url += f"?item={quote(item)}#item-{quote(item)}" if item else ""
            label = _("%(symbol)s (%(lang)s)", symbol=citation(hit), lang=lang_label(lang))
            ways.append((label, url))
            continue
        label, url = _version_link(document.symbol, lang)
        marking = {
            name: request.args[name] for name in ("paras", "absent", "part") if name in request.args
        }
        if anchor is None and marking:
            first = sorted(parse_paras(marking.get("paras")), key=_anchor_order)[:1]
            url = url_for(".document", symbol=document.symbol, lang=lang, **marking)
            url += f"#para-{first[0]}" if first else ""
        ways.append((label, url))
    return tuple(ways)


def _anchor_order(anchor: str) -> tuple[int, int]:
    """Order marked anchors as the document does: preambular paragraphs first, then numbers."""
    named = anchors.parse(anchor)
    return (0, named.preamble) if named.preamble is not None else (1, named.number or 0)


def _version_link(symbol: str, lang: str, anchor: str | None = None) -> tuple[str, str]:
    """Return a way out of a 404: a version of the document, or one of its paragraphs."""
    label = _("%(symbol)s (%(lang)s)", symbol=symbol, lang=lang_label(lang))
    url = url_for(".document", symbol=symbol, lang=lang)
    return label, url if anchor is None else f"{url}#para-{anchor}"


@dataclass(frozen=True)
class Heading:
    id: str
    level: int
    title: str


@dataclass(frozen=True)
class Block:
    """A paragraph with the section headings that open before it."""

    headings: tuple[Heading, ...]
    paragraph: Hit


def blocks(paragraphs: tuple[Hit, ...]) -> list[Block]:
    """Return the paragraphs with the headings each one opens (the outline of the document)."""
    out: list[Block] = []
    previous: tuple[str, ...] = ()
    count = 0
    for hit in paragraphs:
        same = 0
        while same < min(len(previous), len(hit.section)) and previous[same] == hit.section[same]:
            same += 1
        headings = []
        for level, title in enumerate(hit.section[same:], start=same + 1):
            count += 1
            headings.append(Heading(f"sec-{count}", level, title))
        out.append(Block(tuple(headings), hit))
        previous = hit.section
    return out


def pair_rows(left: tuple[Hit, ...], right: tuple[Hit, ...]) -> list[tuple[Block | None, ...]]:
    """Return the two versions side by side, paragraph by paragraph (matched by anchor)."""
    left_blocks, right_blocks = blocks(left), blocks(right)
    right_by = {b.paragraph.anchor: b for b in right_blocks}
    left_anchors = {b.paragraph.anchor for b in left_blocks}
    rows: list[tuple[Block | None, Block | None]] = []
    used: set[str] = set()
    j = 0
    for block in left_blocks:
        while j < len(right_blocks) and (
            right_blocks[j].paragraph.anchor in used
            or right_blocks[j].paragraph.anchor not in left_anchors
        ):
            if right_blocks[j].paragraph.anchor not in left_anchors:
                rows.append((None, right_blocks[j]))
            j += 1
        twin = right_by.get(block.paragraph.anchor)
        if twin is not None:
            used.add(twin.paragraph.anchor)
        rows.append((block, twin))
    rows += [(None, b) for b in right_blocks[j:] if b.paragraph.anchor not in left_anchors]
    return rows
