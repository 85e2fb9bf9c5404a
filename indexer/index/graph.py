"""The citation graph: which paragraphs cite which documents and paragraphs.

Built with each index generation from the paragraphs' outgoing references
(``cites``) and written beside it (``citations.json``): for every cited
symbol, the paragraphs citing it and what they cite. "Cited by" on a paragraph
or document page, and the list of cited documents absent from the corpus, are
look-ups in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .. import anchors
from .api import CitedDocument, Citing

GRAPH = "citations.json"


def write_graph(folder: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Write the incoming references of every cited symbol."""
    text = json.dumps(incoming_references(records), ensure_ascii=False)
    (folder / GRAPH).write_text(text, encoding="utf-8")


def incoming_references(records: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Return, for every cited symbol, the paragraphs citing it and what they cite."""
    incoming: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        for cite in record.get("cites", []):
            incoming.setdefault(cite["symbol"], []).append(
                {
                    "id": record["id"],
                    "symbol": record["symbol"],
                    "lang": record["lang"],
                    "anchor": record["anchor"],
                    "paragraph": record["paragraph"],
                    "kind": cite["kind"],
                    "cited": cite["paragraphs"],
                    "preambular": cite.get("preambular", []),
                    "article": cite.get("article"),
                }
            )
    return incoming


class Graph:
    """The citation graph of one index generation."""

    def __init__(self, incoming: Mapping[str, list[Mapping[str, Any]]], symbols: set[str]):
        self.incoming = {
            symbol: tuple(_citing(entry) for entry in entries)
            for symbol, entries in incoming.items()
        }
        self.symbols = symbols

    @classmethod
    def load(cls, folder: Path, symbols: set[str]) -> Graph:
        try:
            incoming = json.loads((folder / GRAPH).read_text(encoding="utf-8"))
        except FileNotFoundError:
            incoming = {}
        return cls(incoming, symbols)

    def cited_by(self, symbol: str, anchor: str | None = None) -> tuple[Citing, ...]:
        """Return the paragraphs citing ``symbol`` (or its paragraph ``anchor``)."""
        entries = self.incoming.get(symbol, ())
        if anchor is None:
            return entries
        named = anchors.parse(anchor)
        if named.number is not None:
            return tuple(entry for entry in entries if named.number in entry.cited)
        if named.preamble is not None:
            return tuple(entry for entry in entries if named.preamble in entry.preambular)
        if named.act is not None and anchors.is_article(named.act):  # an article's paragraph
            return tuple(
                entry
                for entry in entries
                if entry.article == named.act and (not entry.cited or named.in_act in entry.cited)
            )
        return ()

    def cited_documents(self) -> tuple[CitedDocument, ...]:
        return tuple(
            CitedDocument(symbol, symbol in self.symbols, entries)
            for symbol, entries in sorted(self.incoming.items())
        )


def _citing(entry: Mapping[str, Any]) -> Citing:
    return Citing(
        id=entry["id"],
        symbol=entry["symbol"],
        lang=entry["lang"],
        anchor=entry["anchor"],
        paragraph=entry["paragraph"],
        kind=entry["kind"],
        cited=tuple(entry["cited"]),
        preambular=tuple(entry.get("preambular", ())),
        article=entry.get("article"),
    )
