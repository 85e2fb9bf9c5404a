"""Domain objects of the pipeline: frozen dataclasses passed from stage to stage.

The flow is ``Row`` (a visual line of a PDF page, or a line of a text file)
→ ``Block`` (a cleaned, unwrapped piece of text with a layout role)
→ ``Draft`` (a numbered paragraph with its section path)
→ ``Paragraph`` (a described paragraph, the indexed unit) inside a ``Document``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One visual line of a page, in reading order, with its geometry.

    Coordinates are in points; ``top`` and ``bottom`` are measured from the top
    of the page. Text files give rows without geometry (``page`` is None).
    """

    text: str
    page: int | None = None
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    cells: int = 1  # runs of text separated by wide gaps: more than 2 in a table's rows
    cell_texts: tuple[str, ...] = ()  # the text of each run (PDF only)
    cell_spans: tuple[tuple[float, float], ...] = ()  # where each run starts and ends (x0, x1)
    # each word's text and extent (text, x0, x1), in a row of two cells or more (a table's)
    words: tuple[tuple[str, float, float], ...] = ()
    # in a part of the page set in two columns: the x0 and x1 of the row's column
    column: tuple[float, float] = ()


@dataclass(frozen=True)
class Rule:
    """A horizontal line drawn on a page (footnote separators are such lines)."""

    x0: float
    x1: float
    top: float


@dataclass(frozen=True)
class Page:
    """A page of a PDF: its rows in reading order and its drawn rules."""

    number: int
    width: float
    height: float
    rows: tuple[Row, ...]
    rules: tuple[Rule, ...] = ()
    images: int = 0
    turned: int = 0  # characters not set upright on a horizontal baseline, left out
    ocr: bool = False  # its text is an OCR engine's invisible layer over a scanned image


@dataclass(frozen=True)
class RawDocument:
    """What extraction gives: pages of rows (PDF) or a single page of lines (text)."""

    path: Path
    source: str  # "pdf" or "text"
    pages: tuple[Page, ...]
    warnings: tuple[str, ...] = ()


class Role(StrEnum):
    """The layout role of a block."""

    BODY = "body"
    HEADING = "heading"
    FOOTNOTE = "footnote"
    TABLE = "table"  # rows of cells: kept out of the paragraphs


@dataclass(frozen=True)
class Block:
    """A cleaned piece of text: one paragraph start, a continuation, a heading or a footnote.

    ``continues`` carries layout evidence: True when the block certainly continues
    the previous body block (a page-top line at the margin, a line cut by a
    footnote block), False when it certainly starts a new one, None when only
    the text can tell.
    """

    role: Role
    text: str
    page: int | None = None
    mark: str | None = None
    continues: bool | None = None
    indented: bool = False
    first_x: float = 0.0  # where the first line starts (PDF only)
    last_x: float = 0.0  # where the last line starts (PDF only)
    size: float = 0.0  # a heading's type size (PDF only), for the level of an unmarked one


@dataclass(frozen=True)
class Layout:
    """What cleaning gives: cover rows, running-header texts and body blocks."""

    cover: tuple[Row, ...]
    headers: tuple[str, ...]
    blocks: tuple[Block, ...]
    pages: int | None = None


@dataclass(frozen=True)
class Footnote:
    mark: str
    text: str


@dataclass(frozen=True)
class Cite:
    """A reference from a paragraph to a document or some of its paragraphs."""

    symbol: str
    paragraphs: tuple[int, ...]  # () = the whole document
    kind: str  # "paragraph" | "document" | "follow-up"
    text: str  # as written
    corrected_from: str | None = None  # the symbol as written, when it was a near miss
    preambular: tuple[int, ...] = ()  # preambular paragraphs cited (a resolution's pp3)
    article: str | None = None  # an article of an annexed treaty ("annexII.art3"); then
    # ``paragraphs`` are the article's


@dataclass(frozen=True)
class AgendaItem:
    number: int
    title: str


@dataclass(frozen=True)
class Meeting:
    place: str | None
    start: str | None  # ISO dates
    end: str | None


@dataclass(frozen=True)
class Cover:
    """Metadata read from the cover block and the running headers."""

    symbol: str | None = None
    language: str | None = None  # from the cover's language line only
    date: str | None = None
    title: str | None = None
    meeting: Meeting | None = None
    original_language: str | None = None
    agenda_item: int | None = None  # "Item 2 of the provisional agenda": a pre-session paper


@dataclass(frozen=True)
class Draft:
    """A paragraph as segmentation finds it, before description."""

    number: int | None
    parts: tuple[str, ...]
    section: tuple[str, ...]
    page: int | None
    footnote_refs: tuple[str, ...] = ()
    last_page: int | None = None  # the page it ends on, when it runs onto the next
    inferred: bool = False  # the number was lost in extraction and inferred
    preamble: int | None = None  # ordinal of an unnumbered preambular paragraph
    position: int = 0  # index of its first block, to place footnotes found among blocks
    annex: str | None = None  # the annex it is in ("" for an unnumbered "Annex", "I", "2")
    act: str | None = None  # the resolution or decision it is in, set out in a report ("res4.1")
    table: int | None = None  # a table's number in the document: its rows, not a paragraph
    figure: int | None = None  # a figure's number: a chart whose labels read as a table
    box: int | None = None  # a box's number (a framed case study): its title and text

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


@dataclass(frozen=True)
class Paragraph:
    """The indexed unit: one numbered paragraph of one language version."""

    symbol: str
    lang: str
    paragraph: int | None
    text: str
    section: tuple[str, ...]
    agenda_item: AgendaItem | None
    kind: str
    page: int | None
    footnotes: tuple[Footnote, ...] = ()
    last_page: int | None = None  # the page it ends on (None: where it starts)
    anchor: str = ""
    inferred_number: bool = False
    states: tuple[str, ...] = ()  # ISO 3166-1 alpha-3 codes
    topics: tuple[str, ...] = ()  # ids of the controlled vocabulary
    cites: tuple[Cite, ...] = ()

    def to_json(self) -> dict:
        """Return the record as the JSON object the command line prints."""
        data = asdict(self)
        data["section"] = list(self.section)
        data["footnotes"] = [asdict(f) for f in self.footnotes]
        data["states"] = list(self.states)
        data["topics"] = list(self.topics)
        data["cites"] = [cite_json(c) for c in self.cites]
        return data


def cite_json(cite: Cite) -> dict:
    """Return a citation as the JSON the command line and the records use."""
    data = {"symbol": cite.symbol, "paragraphs": list(cite.paragraphs), "kind": cite.kind}
    if cite.preambular:
        data["preambular"] = list(cite.preambular)
    if cite.article:
        data["article"] = cite.article
    if cite.corrected_from:
        data["corrected_from"] = cite.corrected_from
    data["text"] = cite.text
    return data


@dataclass(frozen=True)
class Document:
    """A described document: metadata, agenda and paragraphs."""

    path: Path
    symbol: str
    lang: str
    paragraphs: tuple[Paragraph, ...]
    date: str | None = None
    title: str | None = None
    meeting: Meeting | None = None
    agenda: tuple[AgendaItem, ...] = ()
    pages: int | None = None
    footnotes: tuple[Footnote, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    symbol_source: str = "unknown"
    lang_source: str = "unknown"

    @property
    def numbered(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.paragraph is not None)
