"""The citation graph on the pages: what a paragraph cites, what cites it, every cited document.

View models built from the search core's graph (``Hit.cites``,
``engine.cited_by``, ``engine.cited_documents``) for the paragraph and document
pages, and the page of cited documents (``/cited``). A paragraph of a bilingual
document cites in both its versions: it is listed once, in the interface
language when it has that version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flask import Blueprint, current_app, render_template, request, url_for

from indexer import anchors
from indexer.index.api import CitedDocument, Citing, DocumentView, Hit, SearchEngine
from indexer.index.serialize import document_url, paragraph_url
from indexer.models import Cite

from .citation_text import citation, paragraphs_url, reference, undocs_url
from .citations import section_id
from .engine import get_engine
from .i18n import ui_language
from .params import N_, NUMBERS, REPEATED, ParamError, whole_number
from .results import pager

bp = Blueprint("references", __name__)

EXCERPT = 90  # characters of context either side of a reference


@bp.route("/cited")
def cited():
    """List every document the collection cites, with the paragraphs citing it, a page at a time.

    The summary counts the whole list; ``?page=2`` shows the next
    ``CITED_PAGE_SIZE`` cited documents.
    """
    engine = get_engine()
    everything = engine.cited_documents()
    size = current_app.config["CITED_PAGE_SIZE"]
    last = max(1, -(-len(everything) // size))
    page = _page(last)
    library = Library(engine)
    groups = cited_documents(library, everything[(page - 1) * size : page * size])
    return render_template(
        "cited.html",
        groups=groups,
        total=len(everything),
        absent=sum(not d.in_corpus for d in everything),
        citing=len({(c.symbol, c.anchor) for d in everything for c in d.citing}),
        first=(page - 1) * size + 1,
        pages=pager(page, last, lambda n: url_for("references.cited", page=n if n > 1 else None)),
    )


def _page(last: int) -> int:
    """Read ``?page=`` (1 to ``last``; empty: 1), as the search page reads its own.

    Raises:
        ParamError: repeated, not a whole number from 1, or past the last page.
    """
    for name in request.args:
        if name not in ("page", "ui"):
            raise ParamError(
                name,
                N_("unknown parameter %(name)s; valid: %(valid)s"),
                ("page",),
                plain=N_("This page's address takes a page number only, not “%(name)s”."),
            )
    if len(request.args.getlist("page")) > 1:
        raise ParamError("page", N_("%(name)s is given more than once"), plain=REPEATED["page"])
    raw = request.args.get("page", "").strip()
    if not raw:  # "?page=": the first page, as the search page reads it
        return 1
    number = whole_number(raw)
    if number is None or number < 1:  # "abc", "0": malformed, said as the search page says it
        # (it had said "The cited documents are listed on one page.")
        raise ParamError(
            "page",
            N_("%(name)s must be a whole number from %(low)s to %(high)s"),
            plain=NUMBERS["page"],
            low=1,
            high=last,
        )
    if number > last:
        raise ParamError(
            "page",
            N_("%(name)s must be a whole number from %(low)s to %(high)s"),
            plain=N_("The cited documents are listed on pages %(low)s to %(high)s.")
            if last > 1
            else N_("The cited documents are listed on one page."),
            low=1,
            high=last,
        )
    return number


class Library:
    """The collection's documents, each fetched once for a page that shows many references."""

    def __init__(self, engine: SearchEngine):
        self.engine = engine
        self.symbols = frozenset(engine.symbols())
        self._documents: dict[str, DocumentView | None] = {}
        self._anchors: dict[tuple[str, str], dict[str, Hit]] = {}

    def document(self, symbol: str) -> DocumentView | None:
        if symbol not in self._documents:
            known = symbol in self.symbols
            self._documents[symbol] = self.engine.document(symbol) if known else None
        return self._documents[symbol]

    def paragraph(self, symbol: str, lang: str, anchor: str) -> Hit | None:
        if (symbol, lang) not in self._anchors:
            document = self.document(symbol)
            hits = document.paragraphs.get(lang, ()) if document is not None else ()
            self._anchors[symbol, lang] = {hit.anchor: hit for hit in hits}
        return self._anchors[symbol, lang].get(anchor)


@dataclass(frozen=True)
class Target:
    """A cited document, or paragraphs of it, and where to read it."""

    symbol: str
    paragraphs: tuple[int, ...]  # () = the whole document
    label: str  # UN-style: "CTOC/COP/WG.4/2009/2, para. 12"
    in_corpus: bool
    url: str | None  # its page here
    external: str | None  # on undocs.org, when the collection does not have it
    missing: tuple[int, ...] = ()  # cited paragraphs the collection's document lacks
    preambular: tuple[int, ...] = ()  # cited preambular paragraphs
    part: str = ""  # an article of an annexed treaty, named: "annex II, article 3, para. 2"


@dataclass(frozen=True)
class Excerpt:
    """The words around a reference, where it was written."""

    before: str
    cited: str
    after: str


@dataclass(frozen=True)
class Reference:
    """One reference a paragraph makes to a document or to some of its paragraphs."""

    target: Target
    kind: str  # "paragraph" | "document" | "follow-up"
    written: str  # as written in the paragraph
    corrected: str | None  # the part of the symbol written otherwise ("W.4")
    footnote: str | None  # the mark of the footnote holding it; None: in the text
    excerpt: Excerpt | None


@dataclass(frozen=True)
class CitingParagraph:
    """A paragraph with the references it makes to one document."""

    hit: Hit
    label: str  # its UN-style citation
    url: str
    references: tuple[Reference, ...]

    @property
    def short(self) -> str:
        """Return the citation without the symbol: ``para. 50``."""
        head = f"{self.hit.symbol}, "
        return self.label[len(head) :] if self.label.startswith(head) else self.label


@dataclass(frozen=True)
class CitedGroup:
    """A cited document with the paragraphs citing it."""

    target: Target
    citing: tuple[CitingParagraph, ...]

    @property
    def id(self) -> str:
        return section_id(self.target.symbol)

    @property
    def by_document(self) -> list[tuple[str, list[CitingParagraph]]]:
        """Return the citing paragraphs grouped by their document, in order."""
        groups: dict[str, list[CitingParagraph]] = {}
        for paragraph in self.citing:
            groups.setdefault(paragraph.hit.symbol, []).append(paragraph)
        return list(groups.items())


def target(
    library: Library,
    symbol: str,
    paragraphs: Sequence[int],
    lang: str,
    preambular: Sequence[int] = (),
    article: str | None = None,
) -> Target:
    """Return where a reference leads, reading it in ``lang`` when the corpus has that version."""
    paragraphs = tuple(paragraphs)
    if article is not None:
        return _article_target(library, symbol, article, paragraphs, lang)
    label = reference(symbol, paragraphs, preambular)
    document = library.document(symbol)
    if document is None:
        return Target(symbol, paragraphs, label, False, None, undocs_url(symbol, ui_language()))
    versions = _versions(document, lang)
    if preambular and not paragraphs:  # "preambular paragraph 3 of …": opens at the first
        preambular = tuple(preambular)
        anchor = anchors.preamble(preambular[0])
        version = next((v for v in versions if library.paragraph(symbol, v, anchor)), None)
        if version is None:
            url = document_url(symbol, versions[0])
            return Target(symbol, (), label, True, url, None, preambular=preambular)
        url = (
            paragraph_url(symbol, version, anchor)
            if len(preambular) == 1
            else (f"{document_url(symbol, version)}#para-{anchor}")
        )
        return Target(symbol, paragraphs, label, True, url, None, preambular=preambular)
    found = {
        n: next((v for v in versions if library.paragraph(symbol, v, str(n))), None)
        for n in paragraphs
    }
    present = [n for n, version in found.items() if version is not None]
    missing = tuple(n for n in paragraphs if n not in present)
    if not present:
        url = document_url(symbol, versions[0])
    elif len(paragraphs) == 1:
        url = paragraph_url(symbol, found[present[0]], str(present[0]))
    else:
        version = found[present[0]] or versions[0]
        url = paragraphs_url(symbol, version, paragraphs, str(present[0]))
    return Target(symbol, paragraphs, label, True, url, None, missing)


def _article_target(
    library: Library, symbol: str, article: str, paragraphs: tuple[int, ...], lang: str
) -> Target:
    """Return where a reference to an article of a treaty annexed to ``symbol`` leads: its
    paragraph (or the article's first) when the collection has the document."""
    label = reference(symbol, (), (), None, (), article, paragraphs)
    part = label[len(symbol) + 2 :]
    document = library.document(symbol)
    if document is None:
        external = undocs_url(symbol, ui_language())
        return Target(symbol, (), label, False, None, external, part=part)
    versions = _versions(document, lang)
    wanted = [
        anchors.in_act(article, paragraphs[0] if paragraphs else 1),
        anchors.in_act(article, unnumbered=1),
    ]
    for anchor in wanted:
        version = next((v for v in versions if library.paragraph(symbol, v, anchor)), None)
        if version is not None:
            url = paragraph_url(symbol, version, anchor)
            return Target(symbol, (), label, True, url, None, part=part)
    return Target(symbol, (), label, True, document_url(symbol, versions[0]), None, part=part)


def _versions(document: DocumentView, lang: str) -> list[str]:
    """Return the document's language versions in the order to read them: ``lang``, the
    interface's, then the others."""
    order = dict.fromkeys([lang, ui_language(), *document.versions])
    return [v for v in order if v in document.versions]


def outgoing(library: Library, hit: Hit) -> tuple[Reference, ...]:
    """Return what a paragraph cites, in the order written (text, then footnotes)."""
    return tuple(_reference(library, hit, cite) for cite in hit.cites)


def incoming(
    library: Library, symbol: str, entries: Iterable[Citing], cited: str | None = None
) -> tuple[CitingParagraph, ...]:
    """Return the paragraphs citing ``symbol`` (its paragraph ``cited``, an anchor), once per
    paragraph.

    Args:
        entries: the search core's citing paragraphs (one per language version).
    """
    versions: dict[tuple[str, str], list[str]] = {}
    for entry in entries:
        versions.setdefault((entry.symbol, entry.anchor), []).append(entry.lang)
    ui = ui_language()
    out = []
    for (citing, anchor), langs in versions.items():
        hit = library.paragraph(citing, ui if ui in langs else langs[0], anchor)
        if hit is None:  # the graph and the documents come from one generation: not expected
            continue
        cites = [c for c in hit.cites if c.symbol == symbol and _cites_anchor(c, cited)]
        out.append(_citing(library, hit, cites))
    return tuple(sorted(out, key=lambda p: (p.hit.symbol, anchor_key(p.hit.anchor))))


def documents_cited(library: Library, hits: Iterable[Hit]) -> tuple[CitedGroup, ...]:
    """Return the documents that paragraphs cite, each with its citing paragraphs."""
    by_symbol: dict[str, list[tuple[Hit, Cite]]] = {}
    for hit in hits:
        for cite in hit.cites:
            by_symbol.setdefault(cite.symbol, []).append((hit, cite))
    groups = []
    for symbol in sorted(by_symbol):
        pairs = by_symbol[symbol]
        paragraphs: dict[str, list[Cite]] = {}
        for hit, cite in pairs:
            paragraphs.setdefault(hit.id, []).append(cite)
        hits_by_id = {hit.id: hit for hit, _cite in pairs}
        citing = tuple(_citing(library, hits_by_id[i], cites) for i, cites in paragraphs.items())
        lang = pairs[0][0].lang
        groups.append(CitedGroup(target(library, symbol, (), lang), citing))
    return tuple(groups)


def cited_documents(
    library: Library, documents: Sequence[CitedDocument] | None = None
) -> tuple[CitedGroup, ...]:
    """Return the documents the collection cites (default: all), in it or not, with the citing
    paragraphs."""
    groups = []
    for cited in library.engine.cited_documents() if documents is None else documents:
        citing = incoming(library, cited.symbol, cited.citing)
        lang = citing[0].hit.lang if citing else ui_language()
        groups.append(CitedGroup(target(library, cited.symbol, (), lang), citing))
    return tuple(groups)


def _cites_anchor(cite: Cite, anchor: str | None) -> bool:
    """Tell whether a reference points to paragraph ``anchor`` (any, when None)."""
    if anchor is None:
        return True
    named = anchors.parse(anchor)
    if cite.article is not None:
        return named.act == cite.article and (
            not cite.paragraphs or named.in_act in cite.paragraphs
        )
    return named.number in cite.paragraphs or named.preamble in cite.preambular


def anchor_key(anchor: str) -> tuple[int, int]:
    """Order anchors as in a document: the preamble (``pp3``) first, then by number."""
    named = anchors.parse(anchor)
    if named.preamble is not None:
        return (0, named.preamble)
    return (1, named.number) if named.number is not None else (2, 0)


def _citing(library: Library, hit: Hit, cites: Sequence[Cite]) -> CitingParagraph:
    references = tuple(_reference(library, hit, cite) for cite in cites)
    url = paragraph_url(hit.symbol, hit.lang, hit.anchor)
    return CitingParagraph(hit, citation(hit), url, references)


def _reference(library: Library, hit: Hit, cite: Cite) -> Reference:
    footnote, excerpt = locate(hit, cite.text)
    return Reference(
        target=target(
            library, cite.symbol, cite.paragraphs, hit.lang, cite.preambular, cite.article
        ),
        kind=cite.kind,
        written=cite.text,
        corrected=corrected_part(cite.corrected_from, cite.symbol),
        footnote=footnote,
        excerpt=excerpt,
    )


def locate(hit: Hit, written: str) -> tuple[str | None, Excerpt | None]:
    """Return where a reference stands: the footnote mark (None: the text) and an excerpt."""
    if written and written in hit.text:
        return None, excerpt(hit.text, written)
    for mark, text in hit.footnotes:
        if written and written in text:
            return mark, excerpt(text, written)
    return None, None


def excerpt(text: str, written: str, width: int = EXCERPT) -> Excerpt:
    """Return ``written`` in ``text`` with up to ``width`` characters either side, cut at
    words."""
    text = re.sub(r"\s+", " ", text)
    written = re.sub(r"\s+", " ", written)
    start = text.find(written)
    end = start + len(written)
    before, after = text[:start], text[end:]
    if len(before) > width:
        cut = before.find(" ", len(before) - width)
        before = "…" + before[cut if cut >= 0 else len(before) - width :]
    if len(after) > width:
        cut = after.rfind(" ", 0, width)
        after = after[: cut if cut > 0 else width] + " …"
    return Excerpt(before, written, after)


def corrected_part(written: str | None, symbol: str) -> str | None:
    """Return what was written otherwise in a corrected symbol: ``W.4`` for ``WG.4``."""
    if not written:
        return None
    parts, fixed = written.split("/"), symbol.split("/")
    if len(parts) != len(fixed):
        return written
    differing = [p for p, f in zip(parts, fixed, strict=True) if p != f]
    return "/".join(differing) if differing else written
