"""Ingestion, indexing and search of UN working-group documents.

This package owns everything up to and including the index and the search
core; it is the only place that imports pdfminer, langdetect or Whoosh.
"""

__version__ = "0.1.0"
