"""Exceptions of the ingestion pipeline, in one place.

Every problem with an input file is an :class:`IngestError` whose message names
the reason in plain words; the batch runner prints ``FILE: reason`` and goes on.
"""

from __future__ import annotations


class IndexerError(Exception):
    """Base class of every error this package raises on purpose."""


class IngestError(IndexerError):
    """A file could not be turned into paragraphs."""

    reason = "could not be read"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.reason)
        self.detail = detail or self.reason


class EmptyFileError(IngestError):
    reason = "the file is empty (0 bytes)"


class NotAPdfError(IngestError):
    reason = "not a PDF file (no %PDF header)"


class CorruptPdfError(IngestError):
    reason = "the PDF is damaged or truncated and cannot be parsed"


class EncryptedPdfError(IngestError):
    reason = "the PDF is encrypted (password-protected)"


class NoTextLayerError(IngestError):
    reason = "the PDF has no text layer (scanned image?): OCR it first"


class UnreadableTextError(IngestError):
    reason = (
        "the PDF's text does not read as words (fonts without a Unicode map?): "
        "export it again from its source, or OCR it"
    )


class NotTextError(IngestError):
    reason = "not a text file"


class TooLargeError(IngestError):
    reason = "the file is larger than the configured limit"


class NoTextError(IngestError):
    reason = "no text found in the file"


class UnsupportedFileError(IngestError):
    reason = "unsupported file type (expected .pdf or .txt)"


class NoParagraphsError(IngestError):
    reason = "no paragraphs found in the text"


class IndexMissingError(IndexerError):
    """There is no published index in the index folder."""


class IndexOutdatedError(IndexerError):
    """The index was written by another schema version and must be rebuilt."""
