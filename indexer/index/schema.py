"""The index schema, declared once. Changing a field, an analyzer or the files written
beside the index (the document table, the citation graph) bumps SCHEMA_VERSION.

An index written with another version is not read: the engine refuses it with
a message saying to rebuild, and ``python -m indexer build`` rebuilds it.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, STORED, TEXT, SchemaClass

from .analysis import analyzer, exact_analyzer, pairs_analyzer

# 35: topics: a witness of discrimination is no witness in proceedings (neutral phrases);
# 34: the kinds of a paragraph's document (table column document_kinds), for lifts;
# 33: topics: the trigger in "coordinated by", "in coordination with" (fr alike) a cue;
# 32: topics: English "amend(ed)" a cue of legislation, no longer a trigger;
# 31: "donnée" (singular: the participle) apart from "données" (data), "donnees" data too;
# 29: the State facet also holds the State whose own document a paragraph is in (facet_states);
# 28: every apostrophe-like mark an apostrophe (ʼ ‘ ` ´ ′: "lʼexploitation" elided);
# 27: footnotes searched (notes_fr, notes_en, the words as written and their sequences);
# 26: the States a document's symbol names (table column subject_states), for lifts;
# 25: French elided words left out of the words as written ("l'application");
# 24: the page a paragraph ends on (citations by page); 23: "united", "several"…;
# 19: "organisation", "internal"…; 18: "indicator", "mener", "élèves"…;
# 17: the symbols a paragraph cites in the table; 16: "visa", "suivant"; 15, 14: more stem
# overrides; 13: "avoirs"; 12: -ée(s)
SCHEMA_VERSION = 35


class ParagraphSchema(SchemaClass):
    """One record per paragraph, keyed by (symbol, lang, anchor)."""

    id = ID(stored=True, unique=True)  # "CTOC/COP/WG.4/2010/6|fr|32"
    symbol = ID(stored=True)
    lang = ID(stored=True)
    # The paragraph in its own language's fields: its stems, its pairs of
    # neighbouring stems (so that a multi-word term is found by term lookups,
    # not by reading positions), its headings and agenda item title as a
    # weaker context, and its footnotes' text, weaker too. The words as written
    # (folded, unstemmed; footnotes included) serve single quoted words and
    # spelling suggestions; quoted phrases are found in the word sequences
    # written beside the index (sequences.py).
    text_fr = TEXT(analyzer=analyzer("fr"), phrase=False)
    text_en = TEXT(analyzer=analyzer("en"), phrase=False)
    pairs_fr = TEXT(analyzer=pairs_analyzer("fr"), phrase=False)
    pairs_en = TEXT(analyzer=pairs_analyzer("en"), phrase=False)
    context_fr = TEXT(analyzer=analyzer("fr"), phrase=False)
    context_en = TEXT(analyzer=analyzer("en"), phrase=False)
    notes_fr = TEXT(analyzer=analyzer("fr"), phrase=False)  # its footnotes' text
    notes_en = TEXT(analyzer=analyzer("en"), phrase=False)
    exact = TEXT(analyzer=exact_analyzer(), phrase=False, spelling=True)
    # Facets, for the query language's prefixes (state:NOR); counting and
    # filtering use the engine's document table.
    agenda = KEYWORD(stored=False)
    state = KEYWORD(stored=False, commas=True)
    topic = KEYWORD(stored=False, commas=True)
    kind = ID(stored=False)
    year = ID(stored=False)
    # Everything the result views need, as JSON
    record = STORED()
