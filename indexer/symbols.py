"""United Nations document symbols: find them in text, parse them, give them one canonical form.

A symbol is a series of slash-separated components: the body and series
(``CTOC/COP/WG.4``, ``A/HRC/WG.6/7``, ``A/RES``), then year, session and
document numbers, and suffixes such as ``Add.1``, ``Rev.2``, ``Corr.1``,
``L.21``, ``CRP.3`` or ``INF/2``. The same functions serve ingestion (reading
symbols off covers, headers and file names) and the search side.

Two readers: :data:`SYMBOL` reads symbols as the UN prints them (``find_symbols``);
:data:`LOOSE_SYMBOL` also reads them as people and file names write them (lower
case, spaces around slashes, ``WG4``, ``WG..4``, dashes or underscores for
slashes) and gives :class:`SymbolMatch` values, where a component one edit away
from a known series shape (``W.4`` for ``WG.4``) is a suggestion, not a match.
The grammar and the near-miss rules are described in ``docs/citations.md``; the
bodies and series shapes are data (``indexer/data/citations.json``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from . import resources

_DATA = resources.load("citations.json")["symbols"]
SUFFIXES = {word.upper(): word for word in _DATA["mixed_case"]}
BODIES = frozenset(_DATA["bodies"])

# A symbol cut after a slash at a line's end, as word processors cut it ("(CTOC/COP/" /
# "WG.4/2011/3)", a masthead's "CTOC/COP/WG.4/2011/" / "CRP.3/Add.1"): its parts join with no
# space
CUT_HEAD = re.compile(r"(?<![\w/])[A-Z]{1,6}(?:/[A-Za-z0-9.]+)*/$")
CUT_TAIL = re.compile(r"^[A-Z0-9]")

# One component: "CTOC", "WG.4", "2010", "Add.1", "L.21", "INF", "ITA".
_COMPONENT = r"(?:[A-Z][A-Za-z]{0,7}\.?\d{0,3}|\d{1,5}(?:\.\d{1,3})?)"
SYMBOL = re.compile(
    rf"""
    (?<![\w/])
    (?P<symbol>
        [A-Z]{{1,6}}                 # body: A, E, S, CTOC, CCPR …
        (?:/{_COMPONENT}){{1,9}}     # series, numbers and suffixes
        (?:(?<=\d)[-\u2010\u2011]\d{{1,2}})?  # combined reports: CRC/C/BEN/CO/3-5 (3‑5)
    )
    (?![\w/])
    """,
    re.VERBOSE,
)
LANG_SUFFIX = re.compile(r"[._-](?P<lang>[a-z]{2})$")

_BODY = r"[A-Za-z]{1,6}"
_PART = r"(?:[A-Za-z]{1,8}(?:\.{0,2}\d{1,5})?|\d{1,5}(?:\.\d{1,3})?)"  # WG.4 WG4 WG..4 2010
LOOSE_SYMBOL = re.compile(
    rf"""
    (?<![\w/])
    (?P<slashed>{_BODY}(?:\ {{0,2}}/\ {{0,2}}{_PART}){{1,9}}   # CTOC / COP / WG4 / 2010 / 6
      (?:(?<=\d)[-\u2010\u2011]\d{{1,2}})?)                      # CRC/C/BEN/CO/3-5
    (?![\w/])
    |
    (?<![\w/-])
    (?P<dashed>{_BODY}(?:[-_]{_PART}){{2,9}})                  # CTOC-COP-WG.4-2010-6
    (?![\w/-])
    """,
    re.VERBOSE,
)
_CANONICAL_PART = re.compile(r"(?P<stem>[A-Za-z]+)\.{0,2}(?P<number>\d+)")
_SPLIT_PART = re.compile(r"(?P<stem>[A-Za-z]*)\.?(?P<number>\d[\d.]*)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LONGEST = 64  # symbols are compared on at most this many characters


@dataclass(frozen=True)
class SymbolMatch:
    """A symbol read in a text: as written, and either its canonical form or a suggestion."""

    text: str  # as written
    canonical: str | None  # None when it is only a near miss
    suggestion: str | None  # the corrected symbol for a near miss ("did you mean …")
    start: int
    end: int


@dataclass(frozen=True)
class SymbolRules:
    """What near-miss detection compares against: series shapes as a tree, known bodies."""

    tree: dict[str, dict]
    bodies: frozenset[str]
    known: frozenset[str]


def find_symbols(text: str) -> list[str]:
    """Return the canonical symbols found in ``text``, in order, without duplicates."""
    found: list[str] = []
    for match in SYMBOL.finditer(text):
        symbol = canonical(match.group("symbol"))
        if any(ch.isdigit() for ch in symbol) and symbol not in found:
            found.append(symbol)
    return found


_REVISION = re.compile(r"(?:/(?:Add|Corr|Rev|Amend)\.\d{1,3})+$", re.IGNORECASE)
_LAST_PART = re.compile(r"/(?P<part>Add|Corr|Rev|Amend)\.(?P<number>\d{1,3})$")


def last_part(symbol: str) -> tuple[str, str, int] | None:
    """Return what a canonical symbol's last part makes it: ``…/2011/8/Corr.1`` is
    ``("…/2011/8", "Corr", 1)``, the document it belongs to, the part and its number; None
    for a document of its own."""
    match = _LAST_PART.search(symbol)
    return (symbol[: match.start()], match["part"], int(match["number"])) if match else None


def session_of(symbol: str) -> str:
    """Return the symbol of the session a document belongs to: its symbol without the last
    part, once corrections and addenda are taken off (``CTOC/COP/WG.4/2010/6/Corr.1`` →
    ``CTOC/COP/WG.4/2010``). Agenda items are numbered per session: the report, the
    annotations and the background papers of one meeting share it."""
    base = _REVISION.sub("", symbol)
    return base.rsplit("/", 1)[0] if "/" in base else base


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def canonical(symbol: str) -> str:
    """Return the canonical spelling: upper-case series, ``WG.4``, ``Add.1``, no spaces, an
    ASCII hyphen (a non-breaking one keeps "CRC/C/BEN/CO/3‑5" on one printed line)."""
    parts = [part for part in re.split(r"\s*/\s*", symbol.strip().translate(_HYPHENS)) if part]
    return "/".join(_canonical_part(part) for part in parts)


def _canonical_part(part: str) -> str:
    match = _CANONICAL_PART.fullmatch(part)
    if match is None:
        return part.upper()
    stem = match.group("stem").upper()
    return f"{SUFFIXES.get(stem, stem)}.{match.group('number')}"


def from_filename(name: str) -> tuple[str | None, str | None]:
    """Guess ``(symbol, lang)`` from a file name such as ``CTOC-COP-WG.4-2010-6.fr.txt``."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    lang = None
    match = LANG_SUFFIX.search(stem)
    if match:
        lang, stem = match.group("lang"), stem[: match.start()]
    candidate = canonical(re.sub(r"[-_]", "/", stem))
    symbols = find_symbols(candidate)
    return (symbols[0] if symbols and symbols[0] == candidate else None), lang


def parse_symbol(text: str, known: Collection[str] = ()) -> SymbolMatch | None:
    """Read ``text`` as one symbol, tolerating case, spaces, dots and dashes.

    Args:
        text: what is meant to be a single symbol (surrounding blanks are ignored).
        known: symbols and series of the collection, to detect near misses of them.

    Returns:
        The match (``canonical`` set, or ``suggestion`` set for a near miss), or None
        when ``text`` is not shaped like a symbol.
    """
    stripped = text.strip()
    match = LOOSE_SYMBOL.fullmatch(stripped)
    if match is None or not any(ch.isdigit() for ch in stripped):
        return None
    offset = len(text) - len(text.lstrip())
    return _symbol_match(match, rules(known), offset)


def scan_symbols(text: str, known: Collection[str] | SymbolRules = ()) -> list[SymbolMatch]:
    """Return the symbols written in running text or a query, in order.

    As printed (upper-case body, slashes) any body is accepted, as ``find_symbols``
    does; written loosely (lower case, spaces, dashes) the body must be a known one
    and the symbol must have at least three components, so ``et/ou`` or
    ``COVID-19`` are not read as symbols.
    """
    if "/" not in text and "-" not in text and "_" not in text:
        return []  # no symbol: its parts are joined by slashes, dashes or underscores
    found = []
    known_rules = known if isinstance(known, SymbolRules) else rules(known)
    for match in LOOSE_SYMBOL.finditer(text):
        if _plausible(match, known_rules):
            found.append(_symbol_match(match, known_rules, 0))
    return found


def word_symbol(word: str) -> str | None:
    """Return the canonical symbol a query's word is ("A/RES/55/25", "a/res/55/25,"), or None
    when the word is not one symbol (punctuation around it aside)."""
    found = scan_symbols(word)
    if len(found) != 1 or found[0].canonical is None:
        return None
    rest = word[: found[0].start] + word[found[0].end :]
    return None if any(ch.isalnum() for ch in rest) else found[0].canonical


def nearest_symbols(symbol: str, known: Collection[str], limit: int = 3) -> list[str]:
    """Return up to ``limit`` symbols of ``known`` spelled closest to ``symbol``, closest first.

    Closeness is the edit distance between canonical spellings; symbols further than
    a fifth of the length (at least 2 edits) are not offered.
    """
    target = loose_canonical(symbol)[:_LONGEST]
    bound = max(2, len(target) // 5)
    scored = []
    for candidate in {canonical(item) for item in known}:
        distance = _distance(target, candidate[:_LONGEST], bound)
        if distance <= bound:
            scored.append((distance, -_common_prefix(target, candidate), candidate))
    return [candidate for _, _, candidate in sorted(scored)[: max(limit, 0)]]


def related_symbols(symbol: str, known: Collection[str]) -> list[str]:
    """Return the symbols of ``known`` that ``symbol`` names in another form: the document
    an addendum, corrigendum or revision belongs to (``…/2010/6/Add.1`` → ``…/2010/6``), the
    corrigenda and addenda of a document the collection lacks (``…/2011/9`` →
    ``…/2011/9/Corr.2``), or the symbol written after another body's prefix
    (``UNODC/CTOC/COP/WG.4/2010/6``). Their spellings are too far apart for
    :func:`nearest_symbols`."""
    written = canonical(symbol)
    symbols = {canonical(item) for item in known}
    related = []
    base = _REVISION.sub("", written)
    if base != written and base in symbols:
        related.append(base)
    # the other way: the collection has only the document's corrigendum or addendum
    related += sorted(s for s in symbols if s != written and _REVISION.sub("", s) == written)
    parts = written.split("/")
    related += [
        tail for tail in ("/".join(parts[n:]) for n in range(1, len(parts) - 1)) if tail in symbols
    ]
    return related


def rules(known: Collection[str] = ()) -> SymbolRules:
    """Return the near-miss rules: the series shapes of the data plus the ``known`` symbols."""
    if not known:
        return _base_rules()
    symbols = [canonical(item) for item in known if isinstance(item, str)]
    bodies = {symbol.split("/", 1)[0] for symbol in symbols if symbol}
    return SymbolRules(
        tree=_tree([*_DATA["series"], *symbols]),
        bodies=BODIES | {body for body in bodies if body.isalpha() and len(body) <= 6},
        known=frozenset(symbols),
    )


@cache
def _base_rules() -> SymbolRules:
    return SymbolRules(tree=_tree(_DATA["series"]), bodies=BODIES, known=frozenset())


def _tree(paths: Iterable[str]) -> dict[str, dict]:
    tree: dict[str, dict] = {}
    for path in paths:
        node = tree
        for shape in path.split("/"):
            node = node.setdefault(shape, {})
    return tree


def _symbol_match(match: re.Match, known_rules: SymbolRules, offset: int) -> SymbolMatch:
    written = match.group(0)
    start, end = match.start() + offset, match.end() + offset
    symbol = loose_canonical(written)
    if symbol not in known_rules.known:
        fixed = _near_miss(symbol.split("/"), known_rules.tree)
        if fixed is not None:
            return SymbolMatch(written, None, "/".join(fixed), start, end)
    return SymbolMatch(written, symbol, None, start, end)


def loose_canonical(written: str) -> str:
    """Return the canonical spelling of a symbol written with slashes, dashes or underscores."""
    written = written.translate(_HYPHENS)
    separator = "/" if "/" in written else r"[-_]"
    return "/".join(_canonical_part(part.strip()) for part in re.split(separator, written))


def _plausible(match: re.Match, known_rules: SymbolRules) -> bool:
    written = match.group(0)
    if not any(ch.isdigit() for ch in written):
        return False
    body = re.match(r"[A-Za-z]+", written).group(0)
    if match.group("slashed") and body.isupper() and " " not in written:
        return True
    return body.upper() in known_rules.bodies and len(re.split(r"[/_-]", written)) >= 3


def _near_miss(parts: Sequence[str], tree: dict[str, dict]) -> list[str] | None:
    """Return ``parts`` with one component corrected, or None if nothing is a near miss.

    The parts are walked down the tree of series shapes. The first part that fits no
    shape but is one edit away from exactly one is corrected; a correction without a
    number (``CTCO`` → ``CTOC``) must be confirmed by the next part fitting below it.
    """
    nodes = [tree]
    for index, part in enumerate(parts):
        children = [(shape, below) for node in nodes for shape, below in node.items()]
        if not children:
            return None
        fitting = [below for shape, below in children if _fits(part, shape)]
        if fitting:
            nodes = fitting
            continue
        fixes = {fix for shape, _ in children if (fix := _nearby(part, shape))}
        if len(fixes) != 1:
            return None
        fix = fixes.pop()
        rest = parts[index + 1 :]
        if not _split(fix)[1] and not _confirmed(fix, rest, children):
            return None
        return [*parts[:index], fix, *rest]
    return None


def _confirmed(fix: str, rest: Sequence[str], children: list[tuple[str, dict]]) -> bool:
    below = [node for shape, node in children if _fits(fix, shape)]
    return bool(rest) and any(_fits(rest[0], shape) for node in below for shape in node)


def _split(part: str) -> tuple[str, str | None]:
    if part.upper().endswith(".N"):
        return part[:-2].upper(), "n"
    match = _SPLIT_PART.fullmatch(part)
    if match is None:
        return part.upper(), None
    return match.group("stem").upper(), match.group("number")


def _fits(part: str, shape: str) -> bool:
    if shape == "n":
        return part.isdigit()
    if shape == "yyyy":
        return _YEAR.fullmatch(part) is not None
    stem, number = _split(part)
    shape_stem, shape_number = _split(shape)
    if shape_number == "n":
        return stem == shape_stem and number is not None and number.isdigit()
    return stem == shape_stem and number == shape_number


def _nearby(part: str, shape: str) -> str | None:
    """Return ``shape`` filled with ``part``'s number when the stems are one edit apart."""
    if shape in ("n", "yyyy"):
        return None
    stem, number = _split(part)
    shape_stem, shape_number = _split(shape)
    if not stem or max(len(stem), len(shape_stem)) < 2 or not _one_edit(stem, shape_stem):
        return None
    if shape_number == "n":
        return _canonical_part(f"{shape_stem}.{number}") if number else None
    return _canonical_part(shape) if number == shape_number else None


def _one_edit(a: str, b: str) -> bool:
    """Tell whether ``a`` and ``b`` differ by one insertion, deletion, change or swap."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swap = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swap and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _distance(a: str, b: str, bound: int) -> int:
    """Return the edit distance of ``a`` and ``b``, or ``bound + 1`` once it exceeds ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for char, other in zip(a, b, strict=False):
        if char != other:
            break
        count += 1
    return count
