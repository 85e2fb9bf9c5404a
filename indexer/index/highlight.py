"""Highlighted snippets: HTML-escaped paragraph text with the matches wrapped in <mark>.

Matches are found by running the hit's own language analyzer over its text
(so ``victimes`` is marked for a query on ``victime`` or ``victims``), plus
the quoted phrases (words as written) and glossary phrases of the query, and the
names of the States a query of plain words names (``Norvège`` for ``Norway``).
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from ..enrich.states import state_mentions
from ..textnorm import fold
from .analysis import analysed

SNIPPET = 320  # characters of text around the densest run of matches


def match_spans(text: str, lang: str, terms: Mapping[str, set[str]]) -> list[tuple[int, int]]:
    """Return the (start, end) character spans of ``text`` that match the query's terms."""
    spans: list[tuple[int, int]] = []
    if lang in ("fr", "en"):
        analyzed = analysed(text, lang)
        wanted = terms.get(lang, set())
        spans += [(start, end) for stem, start, end in analyzed if stem in wanted]
        spans += _phrases(analyzed, terms.get(f"phrase_{lang}", set()))
    phrases = set(terms.get("exact", set()))
    if lang not in ("fr", "en"):  # no analyzer: the words of the query as written
        phrases |= terms.get("written", set())
    if phrases:
        words = analysed(text)
        spans += _phrases(words, phrases)
    if states := terms.get("states"):  # a State the query names, however the text names it
        spans += [(m.start, m.end) for m in state_mentions(text) if m.code in states]
    return _merge(spans)


def _phrases(tokens: list[tuple[str, int, int]], phrases: set[str]) -> list[tuple[int, int]]:
    spans = []
    texts = [t[0] for t in tokens]
    for phrase in phrases:
        wanted = phrase.split(" ")
        first, size = wanted[0], len(wanted)
        for i in range(len(tokens) - size + 1):
            if texts[i] == first and texts[i : i + size] == wanted:
                spans.append((tokens[i][1], tokens[i + size - 1][2]))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def render(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """Return ``text[start:end]`` escaped, with ``spans`` wrapped in <mark>."""
    end = len(text) if end is None else end
    out, cursor = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[cursor:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    out.append(html.escape(text[cursor:end]))
    return "".join(out)


def snippet(
    text: str, lang: str, terms: Mapping[str, set[str]], width: int = SNIPPET
) -> tuple[str, bool]:
    """Return an HTML snippet of ``text`` around its matches, and whether anything matched."""
    spans = match_spans(text, lang, terms)
    if len(text) <= width:
        return render(text, spans), bool(spans)
    start = _best_window(text, spans, width)
    start = text.rfind(" ", 0, start) + 1 if start > 0 else 0
    end = min(len(text), start + width)
    end = end if end == len(text) else max(text.rfind(" ", start, end), start + width // 2)
    body = render(text, spans, start, end)
    return ("… " if start else "") + body + (" …" if end < len(text) else ""), bool(spans)


def note_snippet(
    footnotes: Sequence[Sequence[str]], lang: str, terms: Mapping[str, set[str]]
) -> tuple[str, str] | None:
    """Return (mark, HTML snippet) of the first footnote with a match, or None: what to show
    of a paragraph found through its notes ("Anti-Slavery International" is only in one)."""
    for mark, text in footnotes:
        html_snippet, matched = snippet(text, lang, terms)
        if matched:
            return mark, html_snippet
    return None


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Return where a window of ``width`` characters holding the most different matched
    words starts, then the most matches: a window showing "traite" and "Bahreïn" once each
    says more of why a paragraph was found than one showing "traite" three times."""
    if not spans:
        return 0
    words = [fold(text[a:b]) for a, b in spans]
    starts, ends = [a for a, _ in spans], [b for _, b in spans]  # sorted: spans are merged
    best, best_key = 0, (-1, -1)
    for s in starts:
        start = max(0, min(s - width // 4, len(text) - width))
        inside = words[bisect_left(starts, start) : bisect_right(ends, start + width)]
        key = (len(set(inside)), len(inside))
        if key > best_key:
            best, best_key = start, key
    return best
