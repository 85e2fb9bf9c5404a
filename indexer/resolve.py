"""Resolve a typed citation (``CTOC/COP/WG.4/2010/6, para. 32``) to paragraphs of the corpus.

The answer says what was found (200), what is not citation-like (400) or what
is missing (404: an unknown document, with the nearest known symbols; or a
paragraph number outside the document, with the range it has). A near miss
(``CTOC/COP/W.4/2009/2``) is never resolved silently: it is a 404 whose
suggestion is the corrected symbol.
"""

from __future__ import annotations

from dataclasses import dataclass

from .citations import parse_reference
from .index.api import Hit, SearchEngine
from .symbols import nearest_symbols

EXAMPLE = "CTOC/COP/WG.4/2010/6, para. 32"


@dataclass(frozen=True)
class Resolution:
    status: int  # 200 found, 400 not a citation, 404 missing
    message: str
    symbol: str | None = None
    paragraphs: tuple[int, ...] = ()
    subitem: str | None = None
    hits: tuple[Hit, ...] = ()
    suggestions: tuple[str, ...] = ()
    available: tuple[int, int] | None = None  # the document's paragraph range
    notes: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.status == 200


def resolve(
    engine: SearchEngine, text: str, lang: str | None = None, current: str | None = None
) -> Resolution:
    """Resolve ``text`` against the corpus; ``lang`` is the preferred language version.

    Args:
        current: the symbol of the document being read, for "para. 12" alone.
    """
    known = engine.symbols()
    reference = parse_reference(text or "", known=known)
    if reference is None or not (reference.symbol or reference.paragraphs):
        return Resolution(400, f"No document symbol or paragraph number found; try “{EXAMPLE}”.")
    notes = tuple(p for p in reference.problems if not p.startswith("no document"))
    symbol = reference.symbol or current
    if symbol is None:
        return Resolution(
            400, f"A paragraph number needs a document symbol, as in “{EXAMPLE}”.", notes=notes
        )
    if symbol not in known:
        return _unknown(symbol, reference.suggestion, known, notes, reference.paragraphs)
    hits = [_paragraph(engine, symbol, n, lang) for n in reference.paragraphs]
    if None in hits:
        missing = [n for n, hit in zip(reference.paragraphs, hits, strict=True) if hit is None]
        return _outside(engine, symbol, reference.paragraphs, missing, notes)
    found = tuple(hit for hit in hits if hit is not None)
    message = symbol + (f", para. {_numbers(reference.paragraphs)}" if found else "")
    return Resolution(
        200, message, symbol, reference.paragraphs, reference.subitem, found, notes=notes
    )


def _paragraph(engine: SearchEngine, symbol: str, number: int, lang: str | None) -> Hit | None:
    """Return paragraph ``number`` in ``lang`` if the corpus has it, else in another language."""
    for candidate in dict.fromkeys([lang, "fr", "en"]):
        if candidate:
            hit = engine.paragraph(symbol, candidate, str(number))
            if hit is not None:
                return hit
    return None


def _unknown(symbol: str, suggestion: str | None, known, notes, paragraphs=()) -> Resolution:
    suggestions = tuple(
        dict.fromkeys(
            s for s in ([suggestion] if suggestion else []) + nearest_symbols(symbol, known) if s
        )
    )
    message = f"No document {symbol} in the collection."
    if suggestions:
        message += f" Did you mean {' or '.join(suggestions)}?"
    return Resolution(404, message, symbol, tuple(paragraphs), suggestions=suggestions, notes=notes)


def _outside(engine, symbol, paragraphs, missing, notes) -> Resolution:
    document = engine.document(symbol)
    numbers = sorted(
        {h.paragraph for hs in (document.paragraphs.values() if document else ()) for h in hs}
        - {None}
    )
    available = (numbers[0], numbers[-1]) if numbers else None
    if available is None:
        message = f"{symbol} has no numbered paragraphs."
    else:
        message = (
            f"{symbol} has paragraphs {available[0]}–{available[1]}; "
            f"there is no paragraph {_numbers(missing)}."
        )
    return Resolution(404, message, symbol, tuple(paragraphs), available=available, notes=notes)


def _numbers(numbers) -> str:
    return ", ".join(str(n) for n in numbers)
