"""The ingestion pipeline: the one place that knows the order of the stages.

file ─extract→ RawDocument ─clean→ Layout ─segment→ Segmented ─describe→ Document

(a corrigendum's Layout is read as its corrections, not segmented into paragraphs)
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .clean.joining import vocabulary
from .clean.pdf_layout import pdf_layout
from .clean.text_layout import text_layout
from .corpus import manifest_entry
from .corrigenda import corrections
from .describe.document import Hints, describe
from .errors import NoParagraphsError, NoTextError, NoTextLayerError, UnsupportedFileError
from .extract.pdf import read_pdf
from .extract.text import read_text
from .models import Document, Layout, RawDocument
from .segment import segment


def ingest(path: Path, symbol: str | None = None, lang: str | None = None) -> Document:
    """Turn one file into a described document.

    Raises:
        IngestError: the file cannot be read; the message says why.
    """
    raw = _extract(path)
    layout = _clean(raw)
    words = vocabulary(block.text for block in layout.blocks)
    segmented = corrections(layout) or segment(layout.blocks, words, styled=raw.source == "pdf")
    if not segmented.drafts:  # say what was left out on the way, if anything
        raise NoParagraphsError("; ".join((NoParagraphsError.reason, *raw.warnings)))
    document = describe(path, layout, segmented, _hints(path, symbol, lang))
    if raw.warnings:
        return _with_warnings(document, raw.warnings)
    return document


def _extract(path: Path) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raw = read_pdf(path)
        if not any(page.rows for page in raw.pages):
            if any(page.images for page in raw.pages):
                raise NoTextLayerError()
            raise NoTextError("the PDF's pages hold no text (blank pages)")
        return raw
    if suffix == ".txt":
        return read_text(path)
    raise UnsupportedFileError(f"{UnsupportedFileError.reason}, got '{path.suffix or 'none'}'")


def _clean(raw: RawDocument) -> Layout:
    return pdf_layout(raw) if raw.source == "pdf" else text_layout(raw)


def _hints(path: Path, symbol: str | None, lang: str | None) -> Hints:
    entry = manifest_entry(path)
    if entry is None:
        return Hints(symbol=symbol, lang=lang)
    return Hints(
        symbol=symbol,
        lang=lang,
        manifest_symbol=entry.symbol,
        manifest_lang=entry.lang,
        manifest_date=entry.date,
        manifest_title=entry.title,
    )


def _with_warnings(document: Document, warnings: tuple[str, ...]) -> Document:
    return replace(document, warnings=(*warnings, *document.warnings))
