"""A generated PDF read against the records its source gives: the probe rounds' fixtures
(tests/fixtures/libreoffice, chromium, tex), each a PDF beside its ``.expected.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.models import Document
from indexer.pipeline import ingest

SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})  # the reader writes no-break spaces plain


def assert_reads_as_written(folder: Path, name: str) -> Document:
    """Assert that ``folder/name.pdf`` reads as ``folder/name.expected.jsonl`` says: symbol,
    language, date, every numbered paragraph (text, section, footnotes, States, citations)
    and every table; return the document read."""
    lines = (folder / f"{name}.expected.jsonl").read_text(encoding="utf-8").splitlines()
    meta, *expected = [json.loads(line) for line in lines]
    document = ingest(folder / f"{name}.pdf")
    assert (document.symbol, document.lang, document.date) == (
        meta["symbol"],
        meta["lang"],
        meta["date"],
    )
    read = {p.paragraph: p for p in document.numbered}
    numbered = [record for record in expected if record["paragraph"] is not None]
    assert sorted(read) == [record["paragraph"] for record in numbered]
    for record in numbered:
        paragraph = read[record["paragraph"]]
        assert paragraph.text == record["text"].translate(SPACES)
        assert list(paragraph.section) == record["section"]
        notes = [(note.mark, note.text) for note in paragraph.footnotes]
        assert notes == [(n["mark"], n["text"].translate(SPACES)) for n in record["footnotes"]]
        assert sorted(paragraph.states) == sorted(record.get("states", []))
        cites = {(c.symbol, c.paragraphs) for c in paragraph.cites if c.symbol != "A/RES/55/25"}
        assert cites == {(symbol, tuple(numbers)) for symbol, numbers in record.get("cites", [])}
    tables = {p.anchor: p.text for p in document.paragraphs if p.kind == "table"}
    written = {r["anchor"]: r["text"] for r in expected if r.get("anchor", "").startswith("table")}
    assert tables == {anchor: text.translate(SPACES) for anchor, text in written.items()}
    return document
