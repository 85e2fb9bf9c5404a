"""Paragraph records: the JSON form of a described paragraph, and its index fields.

A record is what the build caches per source file, what the index stores, and
what becomes a :class:`~indexer.index.api.Hit` again at search time.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import anchors
from ..describe.document_kind import document_kinds
from ..enrich.states import symbol_states
from ..enrich.topics import find_topics
from ..models import Cite, Document, Paragraph, cite_json
from .analysis import pairs, tokens
from .api import AgendaRef, DocumentInfo, Hit
from .facetvalues import agenda_value


def document_records(document: Document) -> dict[str, Any]:
    """Return the cacheable JSON form of a described document."""
    meeting = asdict(document.meeting) if document.meeting else None
    return {
        "document": {
            "symbol": document.symbol,
            "lang": document.lang,
            "title": document.title,
            "date": document.date,
            "pages": document.pages,
            "meeting": meeting,
            "agenda": [asdict(item) for item in document.agenda],
            "warnings": list(document.warnings),
        },
        "paragraphs": [
            _paragraph(document, paragraph, order)
            for order, paragraph in enumerate(document.paragraphs)
        ],
    }


def _paragraph(document: Document, paragraph: Paragraph, order: int) -> dict[str, Any]:
    key = f"{document.symbol}|{paragraph.anchor}"
    return {
        "id": f"{document.symbol}|{document.lang}|{paragraph.anchor}",
        "pair": key,
        "symbol": document.symbol,
        "lang": document.lang,
        "paragraph": paragraph.paragraph,
        "anchor": paragraph.anchor,
        "order": order,
        "text": paragraph.text,
        "section": list(paragraph.section),
        "agenda_item": asdict(paragraph.agenda_item) if paragraph.agenda_item else None,
        "kind": paragraph.kind,
        "states": list(paragraph.states),
        "topics": list(paragraph.topics),
        "page": paragraph.page,
        "last_page": paragraph.last_page,
        "footnotes": [[f.mark, f.text] for f in paragraph.footnotes],
        "cites": [cite_json(c) for c in paragraph.cites],
        "date": document.date,
        "title": document.title,
    }


def index_fields(record: dict[str, Any]) -> dict[str, Any]:
    """Return the fields to index for ``record``."""
    lang = record["lang"]
    notes = notes_text(record)
    # The text fields are given their terms, analysed here as their chains would (see
    # analysis.tokens: each distinct word once), not their text: Whoosh indexes a list of
    # terms as it is, and running its chains word by word was a third of a build's time.
    fields: dict[str, Any] = {
        "id": record["id"],
        "symbol": record["symbol"],
        "lang": lang,
        "exact": tokens(f"{record['text']}\n{notes}" if notes else record["text"]),
        "kind": record["kind"],
        "record": json.dumps(record, ensure_ascii=False),
    }
    if lang in ("fr", "en"):
        terms = tokens(record["text"], lang)
        fields[f"text_{lang}"] = terms
        # as BiWordFilter gives them: a lone term stays one (and no term at all, the text,
        # for the chain to say what it says of it)
        fields[f"pairs_{lang}"] = pairs(terms) if len(terms) > 1 else terms or record["text"]
        fields[f"context_{lang}"] = tokens(context(record), lang)
        if notes:
            fields[f"notes_{lang}"] = tokens(notes, lang)
    if record["agenda_item"]:
        fields["agenda"] = str(record["agenda_item"]["number"])
    if states := facet_states(record):
        fields["state"] = ",".join(states)
    if record["topics"]:
        fields["topic"] = ",".join(record["topics"])
    if record["date"]:
        fields["year"] = record["date"][:4]
    return fields


def notes_text(record: dict[str, Any]) -> str:
    """Return the text of a paragraph's footnotes, one per line ("" when it has none)."""
    return "\n".join(text for _mark, text in record.get("footnotes", []))


def context(record: dict[str, Any]) -> str:
    """Return the text that situates a paragraph: its headings and agenda item's title."""
    parts = list(record["section"])
    if record["agenda_item"]:
        parts.append(record["agenda_item"]["title"])
    return "\n".join(parts)


def table_row(record: dict[str, Any]) -> list[Any]:
    """Return the row of the engine's document table for ``record`` (see doctable.py)."""
    agenda = record["agenda_item"]
    return [
        record["id"],
        record["pair"],
        record["lang"],
        record["symbol"],
        (record["date"] or "")[:4],
        record["kind"],
        agenda_value(record["symbol"], agenda["number"]) if agenda else "",
        record["states"],
        record["topics"],
        record["date"] or "",
        record["order"],
        list(context_topics(record)),
        anchors.act_base(anchors.parse(record["anchor"]).act or ""),
        sorted({cite["symbol"] for cite in record.get("cites", [])}),
        list(symbol_states(record["symbol"])),
        facet_states(record),
        list(document_kinds(record["symbol"], record.get("title"))),
    ]


def facet_states(record: dict[str, Any]) -> list[str]:
    """Return a paragraph's values of the State facet: the States it names, then the State
    whose own document it is (its symbol's code: A/HRC/WG.6/7/ITA/1 is Italy's)."""
    return list(dict.fromkeys([*record["states"], *symbol_states(record["symbol"])]))


def context_topics(record: dict[str, Any]) -> tuple[str, ...]:
    """Return the topics of a paragraph's headings and agenda item (not of its own text).

    A list of the States that spoke under "demand for exploitative services" is
    about that subject although its own text only names States.
    """
    return find_topics(context(record), record["lang"])


def hit(
    record: dict[str, Any],
    score: float = 0.0,
    highlight: str = "",
    twin: bool = False,
    note: tuple[str, str] | None = None,
) -> Hit:
    """Turn a stored record back into a Hit (``note``: its matching footnote, see Hit)."""
    agenda = record.get("agenda_item")
    return Hit(
        id=record["id"],
        symbol=record["symbol"],
        lang=record["lang"],
        paragraph=record["paragraph"],
        anchor=record["anchor"],
        text=record["text"],
        highlight=highlight,
        section=tuple(record["section"]),
        agenda_item=AgendaRef(agenda["number"], agenda["title"]) if agenda else None,
        kind=record["kind"],
        states=tuple(record["states"]),
        topics=tuple(record["topics"]),
        score=score,
        page=record.get("page"),
        last_page=record.get("last_page"),
        date=record.get("date"),
        title=record.get("title"),
        footnotes=tuple((mark, text) for mark, text in record.get("footnotes", [])),
        twin=twin,
        note_highlight=note,
        cites=tuple(
            Cite(
                c["symbol"],
                tuple(c["paragraphs"]),
                c["kind"],
                c.get("text", ""),
                c.get("corrected_from"),
                tuple(c.get("preambular", ())),
                c.get("article"),
            )
            for c in record.get("cites", [])
        ),
    )


def document_info(meta: dict[str, Any], count: int) -> DocumentInfo:
    """Turn a cached document's metadata into a DocumentInfo."""
    return DocumentInfo(
        symbol=meta["symbol"],
        lang=meta["lang"],
        title=meta.get("title"),
        date=meta.get("date"),
        pages=meta.get("pages"),
        meeting=meta.get("meeting"),
        agenda=tuple(AgendaRef(a["number"], a["title"]) for a in meta.get("agenda", [])),
        paragraph_count=count,
        warnings=tuple(meta.get("warnings", [])),
    )
