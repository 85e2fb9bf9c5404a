"""The search core's public interface: requests, results and the engine protocol.

The web app and the command line use only these types. Whoosh stands behind
them today (:class:`indexer.index.engine.WhooshEngine`); another engine would
implement the same :class:`SearchEngine` protocol and pass the same contract
tests (``tests/test_search_contract.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..models import Cite
from .notices import Notice

# Facets, in display order. The same names are the filter parameters of the
# web API and the field prefixes of the query language ("state:NOR").
FACETS = ("agenda", "state", "topic", "symbol", "year", "lang", "kind")
SORTS = ("relevance", "document")
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
MAX_QUERY_LENGTH = 1000
# Values of one facet in one request: more than a facet can list (the 197 States), so that a
# reader may tick every box; the cap bounds the work of a forged request, whose values are
# each matched against the facet's values.
MAX_FILTER_VALUES = 300
MAX_VALUE_LENGTH = 200


@dataclass(frozen=True)
class SearchRequest:
    """What to search for. Every field has a safe default; nothing here is trusted."""

    q: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    page: int = 1
    size: int = 20
    sort: str = "relevance"
    ui_lang: str = "en"  # language of labels (facet values, messages)
    correct: bool = True  # replace words found nowhere by the nearest corpus word


@dataclass(frozen=True)
class AgendaRef:
    number: int
    title: str


@dataclass(frozen=True)
class Hit:
    """One paragraph in a result list (also the unit of paragraph and document views)."""

    id: str
    symbol: str
    lang: str
    paragraph: int | None
    anchor: str
    text: str
    highlight: str  # HTML: escaped text, matches wrapped in <mark>
    section: tuple[str, ...]
    agenda_item: AgendaRef | None
    kind: str
    states: tuple[str, ...]
    topics: tuple[str, ...]
    score: float
    page: int | None = None  # the page of the PDF it starts on (None: not known)
    last_page: int | None = None  # the page it ends on, when it runs onto the next
    date: str | None = None
    title: str | None = None
    footnotes: tuple[tuple[str, str], ...] = ()  # (mark, text)
    twin: bool = False  # found through its other-language version
    cites: tuple[Cite, ...] = ()  # the paragraph's references to documents and paragraphs
    # (mark, HTML) of the footnote that matches when the text does not, marked as highlight is
    note_highlight: tuple[str, str] | None = None


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    values: tuple[FacetValue, ...]
    truncated: bool = False


@dataclass(frozen=True)
class SearchResult:
    total: int
    page: int
    size: int
    hits: tuple[Hit, ...]
    facets: tuple[Facet, ...]
    did_you_mean: str | None = None
    notices: tuple[Notice, ...] = ()  # what the search changed in the query
    # False when the query had nothing to rank by (none, or only filters): document order
    ranked: bool = True


@dataclass(frozen=True)
class DocumentInfo:
    """A document's metadata in one language."""

    symbol: str
    lang: str
    title: str | None
    date: str | None
    pages: int | None
    meeting: Mapping[str, str | None] | None
    agenda: tuple[AgendaRef, ...]
    paragraph_count: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentView:
    """A whole document: every language version the corpus has, with its paragraphs."""

    symbol: str
    versions: Mapping[str, DocumentInfo]
    paragraphs: Mapping[str, tuple[Hit, ...]]  # lang -> paragraphs in document order


@dataclass(frozen=True)
class Citing:
    """A paragraph that cites a document (or some of its paragraphs)."""

    id: str
    symbol: str
    lang: str
    anchor: str
    paragraph: int | None
    kind: str  # "paragraph" | "document" | "follow-up"
    cited: tuple[int, ...]  # the paragraphs it cites; () = the whole document
    preambular: tuple[int, ...] = ()  # the preambular paragraphs it cites
    article: str | None = None  # the article of an annexed treaty it cites ("annexII.art3")


@dataclass(frozen=True)
class CitedDocument:
    """A document cited by the corpus, whether the corpus holds it or not."""

    symbol: str
    in_corpus: bool
    citing: tuple[Citing, ...]


class SearchEngine(Protocol):
    """What the web app and the command line need from a search engine."""

    def search(self, request: SearchRequest) -> SearchResult:
        """Run a search; never raise on user input."""
        ...

    def paragraph(self, symbol: str, lang: str, anchor: str) -> Hit | None:
        """Return one paragraph, or None."""
        ...

    def document(self, symbol: str) -> DocumentView | None:
        """Return a document with all its language versions, or None."""
        ...

    def symbols(self) -> tuple[str, ...]:
        """Return the symbols of every document in the index."""
        ...

    def cited_by(self, symbol: str, anchor: str | None = None) -> tuple[Citing, ...]:
        """Return the paragraphs citing a document (``anchor`` None) or one of its paragraphs."""
        ...

    def cited_documents(self) -> tuple[CitedDocument, ...]:
        """Return every document the corpus cites, in the corpus or not."""
        ...


def sanitised(request: SearchRequest) -> SearchRequest:
    """Clamp paging and drop what is not a known facet or sort.

    Every engine runs requests through this first: nothing in a request is trusted.
    The query is left whole: each engine's query reader caps it at
    ``MAX_QUERY_LENGTH`` (the search core's says so in a notice).
    """
    filters = {
        name: tuple(str(v)[:MAX_VALUE_LENGTH] for v in values)[:MAX_FILTER_VALUES]
        for name, values in (request.filters or {}).items()
        if name in FACETS and values
    }
    return SearchRequest(
        q=str(request.q or ""),
        filters=filters,
        page=min(max(int(request.page or 1), 1), MAX_PAGE),
        size=min(max(int(request.size or 20), 1), MAX_PAGE_SIZE),
        sort=request.sort if request.sort in SORTS else "relevance",
        ui_lang=request.ui_lang if request.ui_lang in ("fr", "en") else "en",
        correct=request.correct is not False,
    )
