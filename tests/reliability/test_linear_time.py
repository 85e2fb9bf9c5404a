"""The symbol and citation readers take time linear in the length of their input.

Each reader runs on a 10 kB and a 100 kB text of the same shape: ten times the
text must cost well under a hundred times the time (quadratic). Linear is about
10; the bound, 35, leaves room for a busy machine. ``python -m benchmarks.fuzz
--linear`` runs every shape against every reader.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from indexer.citations import find_citations, parse_reference
from indexer.resolve import resolve
from indexer.symbols import parse_symbol, scan_symbols

from .checks import growth

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 35
# Shapes that make the readers work: symbols, paragraph words, lists and ranges, a symbol
# glued to a dash (the costliest, about 1 s per 100 kB), cues, brackets, plain letters.
SHAPES = {
    "citations": "CTOC/COP/WG.4/2010/6, para. 32 ",
    "symbol glued to dashes": "A/1-",
    "paragraph words": "para. 1 ",
    "spaced slashes": "A / ",
    "numbers list": "1, ",
    "ranges": "1-",
    "sub-items": "(a) ",
    "cues": "ci-dessus ",
    "letters": "a",
    # blanks: a pasted text's runs of spaces and line ends (a run of blanks had cost
    # parse_reference 20 s per 100 kB, unbounded blanks around a wrapped symbol's slash)
    "spaces": " ",
    "line ends": "\n",
}


def assert_linear(read: Callable[[str], object], shape: str) -> None:
    small, large, ratio = growth(read, shape, SMALL, LARGE, MAX_RATIO)
    assert ratio < MAX_RATIO, f"{small * 1000:.1f} ms -> {large * 1000:.1f} ms"


@pytest.fixture(scope="module")
def readers(engine) -> dict[str, Callable[[str], object]]:
    known = engine.symbols()
    return {
        "parse_symbol": lambda text: parse_symbol(text, known),
        "scan_symbols": lambda text: scan_symbols(text, known),
        "find_citations": lambda text: find_citations(text, [text[:2000]], known),
        "parse_reference": lambda text: parse_reference(text, known),
        "resolve": lambda text: resolve(engine, text),
    }


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize(
    "reader", ["parse_symbol", "scan_symbols", "find_citations", "parse_reference", "resolve"]
)
def test_reading_takes_linear_time(readers, reader, shape):
    assert_linear(readers[reader], shape)
