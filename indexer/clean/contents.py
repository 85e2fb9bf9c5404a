"""Headings numbered in a document's table of contents and not over its text.

Italy's UPR report lists "a) Dialogue with religious communities …… 75 - 76" in its contents,
and sets "Dialogue with religious communities" over paragraph 75: the heading takes the label
the contents give it, so that the part is the document's III.B.3 (a), as its contents number
it, and a citation of it (``sect. III.B.3 (a)``) is read. Only a heading written exactly as an
entry of the contents (case, accents and spacing aside) takes its label, and only from one
entry: two entries of that text with other labels give none. In a text file the layout cannot
yet tell a heading from a paragraph (the segmenter does): a block of one line written as an
entry is taken for the heading it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from ..markers import parse_marker
from ..models import Block, Role
from ..textnorm import fold

# the leaders and what follows them: "…… 75 - 76 15", ". . . . . 12"
LEADERS_ON = re.compile(r"\s*(?:(?:\.\s?){3,}|…{2,}|_{5,}).*$")


def contents_labels(entries: Iterable[str]) -> dict[str, str | None]:
    """Return the label of each numbered entry of a table of contents, by its text (folded):
    "a) Dialogue with religious communities …… 75 - 76 15" → {"dialogue with religious
    communities": "a)"}; None for a text two entries give other labels."""
    labels: dict[str, str | None] = {}
    for entry in entries:
        text = LEADERS_ON.sub("", entry).strip()
        marker = parse_marker(text)
        if marker is None or not marker.rest.strip():
            continue
        key = _key(marker.rest)
        label = text[: len(text) - len(marker.rest)].strip()
        labels[key] = label if labels.get(key, label) == label else None
    return labels


def labelled_headings(blocks: Sequence[Block], labels: dict[str, str | None]) -> list[Block]:
    """Return the blocks, each heading without a number of its own that the contents number
    given that number ("Dialogue with religious communities" → "a) Dialogue with religious
    communities")."""
    if not labels:
        return list(blocks)
    return [
        dataclasses.replace(block, text=f"{label} {block.text}")
        if block.role in (Role.HEADING, Role.BODY)
        and parse_marker(block.text) is None
        and (label := labels.get(_key(block.text)))
        else block
        for block in blocks
    ]


def _key(text: str) -> str:
    return " ".join(fold(text).split()).rstrip(" .:;")
