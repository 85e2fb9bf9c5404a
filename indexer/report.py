"""Human-readable reports for the ``check`` command: what a curator needs to trust a document."""

from __future__ import annotations

from collections.abc import Iterable

from . import anchors
from .models import Document


def numbers_summary(numbers: list[int]) -> str:
    """Describe a paragraph numbering: range and gaps."""
    if not numbers:
        return "no numbered paragraphs"
    gaps = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers))
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    text = f"{len(numbers)} numbered ({numbers[0]}–{numbers[-1]})"
    text += f", gaps: {compact(gaps)}" if gaps else ", no gaps"
    if repeated:
        text += f", repeated: {compact(repeated)}"
    return text


def compact(numbers: Iterable[int]) -> str:
    """Write ``[1, 2, 3, 7]`` as ``1–3, 7``."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


def check_report(document: Document) -> list[str]:
    """Return the lines of the ``check`` report for one document."""
    numbered = [p for p in document.paragraphs if p.paragraph is not None]
    numbers = [p.paragraph for p in numbered if p.paragraph is not None]
    inferred = [p.paragraph for p in numbered if p.inferred_number and p.paragraph is not None]
    attached = sum(len(p.footnotes) for p in document.paragraphs)
    meeting = document.meeting
    lines = [
        f"  symbol      {document.symbol} (from {document.symbol_source})",
        f"  language    {document.lang} (from {document.lang_source})",
        f"  date        {document.date or '—'}",
        f"  title       {document.title or '—'}",
        f"  meeting     {_meeting(meeting) if meeting else '—'}",
        f"  pages       {document.pages if document.pages is not None else '— (text file)'}",
        f"  paragraphs  {numbers_summary(numbers)}"
        + (f"; numbers inferred: {compact(inferred)}" if inferred else "")
        + _others(document),
        f"  footnotes   {attached + len(document.footnotes)} "
        f"({attached} attached to paragraphs, {len(document.footnotes)} on the cover)",
        f"  agenda      {_agenda(document)}",
    ]
    lines += [f"              {item.number}. {item.title}" for item in document.agenda]
    kinds = _kinds(document)
    lines.append(f"  kinds       {kinds}")
    lines += [f"  warning     {warning}" for warning in document.warnings] or ["  warnings    none"]
    return lines


def _others(document: Document) -> str:
    """Describe the paragraphs outside the body's numbering: preamble, annexes, acts."""
    preamble, unnumbered, annexed, acts, articles = 0, 0, 0, {}, {}
    for paragraph in document.paragraphs:
        named = anchors.parse(paragraph.anchor)
        if named.preamble is not None and paragraph.kind == "adopted":
            preamble += 1  # a resolution's preamble
        elif named.preamble is not None:
            unnumbered += 1  # a paper's summary, the text of a paper without numbers
        elif named.annex is not None:
            annexed += 1
        elif named.act is not None and anchors.is_article(named.act):
            articles[named.act] = articles.get(named.act, 0) + 1
        elif named.act_title is not None:
            name = " ".join(named.act_title)
            acts[name] = acts.get(name, 0) + 1
    parts = [f"{preamble} unnumbered (preamble)"] if preamble else []
    parts += [f"{unnumbered} unnumbered"] if unnumbered else []
    parts += [f"{annexed} in annexes"] if annexed else []
    if articles:
        parts.append(f"{sum(articles.values())} in {len(articles)} articles")
    if acts:
        listed = ", ".join(f"{name}: {count}" for name, count in acts.items())
        parts.append(f"{sum(acts.values())} in {len(acts)} acts set out ({listed})")
    return "".join(f"; {part}" for part in parts)


def _agenda(document: Document) -> str:
    if document.agenda:
        return f"{len(document.agenda)} items"
    items = {p.agenda_item.number for p in document.paragraphs if p.agenda_item}
    if len(items) == 1:  # named on the cover ("Item 2 of the provisional agenda")
        return f"— (every paragraph under item {items.pop()}, named on the cover)"
    return "—"


def _meeting(meeting) -> str:
    dates = f"{meeting.start} – {meeting.end}" if meeting.start != meeting.end else meeting.start
    return f"{meeting.place}, {dates}" if meeting.place else dates


def _kinds(document: Document) -> str:
    counts: dict[str, int] = {}
    for paragraph in document.paragraphs:
        counts[paragraph.kind] = counts.get(paragraph.kind, 0) + 1
    return ", ".join(f"{kind} {count}" for kind, count in counts.items())
