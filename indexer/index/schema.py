"""The index schema, declared once. Changing a field or an analyzer bumps SCHEMA_VERSION.

An index written with another version is not read: the engine refuses it with
a message saying to rebuild, and ``python -m indexer build`` rebuilds it.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, SchemaClass

from .analysis import analyzer, exact_analyzer

SCHEMA_VERSION = 1


class ParagraphSchema(SchemaClass):
    """One record per paragraph, keyed by (symbol, lang, anchor)."""

    id = ID(stored=True, unique=True)  # "CTOC/COP/WG.4/2010/6|fr|32"
    pair = ID(stored=True)  # "CTOC/COP/WG.4/2010/6|32": the same paragraph in every language
    symbol = ID(stored=True, sortable=True)
    lang = ID(stored=True, sortable=True)
    anchor = ID(stored=True)
    order = NUMERIC(stored=True, sortable=True)  # position in the document
    date = ID(stored=True, sortable=True)  # the document's distribution date, ISO
    # Searchable text: the paragraph in its own language's field, its twin (the
    # same paragraph in the other language) in the twin fields, and the words
    # as written (folded, unstemmed) for quoted phrases.
    text_fr = TEXT(analyzer=analyzer("fr"), phrase=True)
    text_en = TEXT(analyzer=analyzer("en"), phrase=True)
    twin_fr = TEXT(analyzer=analyzer("fr"), phrase=False)
    twin_en = TEXT(analyzer=analyzer("en"), phrase=False)
    exact = TEXT(analyzer=exact_analyzer(), phrase=True, spelling=True)
    # Facets
    agenda = KEYWORD(stored=True)
    state = KEYWORD(stored=True, commas=True)
    topic = KEYWORD(stored=True, commas=True)
    kind = ID(stored=True)
    year = ID(stored=True)
    # Everything the result views need, as JSON
    record = STORED()
