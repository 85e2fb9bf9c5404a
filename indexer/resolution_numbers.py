"""A resolution typed by its number alone that the collection neither holds nor cites.

"resolution 48/162" names no organ: the General Assembly, the Human Rights Council and the
Economic and Social Council all number their resolutions so (session/number, year/number).
When the collection holds one resolution so numbered, or cites one, it is that one
(:func:`indexer.citations.parse_reference`). Otherwise the number had been searched as words
("“48/162” is not in the documents: searched for “48 162”"), where the symbol typed in full
(``A/RES/48/162, para. 3``) gets a clear notice ("No document A/RES/48/162 in the
collection. Did you mean A/RES/48/161?"). This module says as clearly what it can say truly:
that the collection holds and cites none so numbered, whose symbol it would be for each organ
whose numbering fits, and which resolutions of the collection are nearest; or, when several
of the collection's (or of those it cites) are so numbered, which ones, without choosing.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .citations import ignored_words, parse_reference
from .symbols import nearest_symbols
from .typed_references import resolution_number, with_symbol

# The General Assembly numbers its resolutions session/number from its 31st session (1976);
# before, "resolution 5/2" is a Conference's, set out in its report (CTOC/COP/2010/17), which
# the search finds by its words, as before
GENERAL_ASSEMBLY_FROM = 31
# The Human Rights Council (since 2006) adopts some forty resolutions a session at the most:
# "48/162" can only be the Assembly's
HUMAN_RIGHTS_COUNCIL_MOST = 60
ORGANS = {  # a symbol's prefix: the organ's name, as the message says it
    "A/RES/": "the General Assembly",
    "A/HRC/RES/": "the Human Rights Council",
    "E/RES/": "the Economic and Social Council",
}


@dataclass(frozen=True)
class NumberAlone:
    """A resolution typed by its number alone ("48/162") that the collection cannot name."""

    number: str
    paragraphs: tuple[int, ...]  # the paragraphs typed with it ("par. 3")
    held: tuple[str, ...] = ()  # the collection's resolutions so numbered: several, or none
    cited: tuple[str, ...] = ()  # those it cites so numbered: several, or none
    possible: tuple[str, ...] = ()  # the symbols it would have, by the organs' numbering
    nearest: tuple[str, ...] = ()  # the collection's resolutions nearest to those
    words: str = ""  # the words typed besides the citation

    @property
    def suggestions(self) -> tuple[str, ...]:
        return self.held or self.cited or self.nearest

    @property
    def message(self) -> str:
        """Say it in English, as the search core says everything (the web app translates)."""
        named = f"resolution {self.number}"
        if self.held:
            return (
                f"Several resolutions of the collection are numbered {self.number}: "
                f"{_joined(self.held)}. Name the body that adopted it, or give the symbol."
            )
        if self.cited:
            return (
                f"No {named} in the collection; its paragraphs cite several so numbered: "
                f"{_joined(self.cited)}. Name the body that adopted it, or give the symbol."
            )
        whose = ", ".join(f"{ORGANS[_prefix(s)]}’s would be {s}" for s in self.possible)
        organ = (
            f"The number alone does not name the body that adopted it: {whose}."
            if len(self.possible) > 1
            else f"By its numbering, it would be {whose.replace(' would be ', ', ')}."
        )
        message = (
            f"No {named} in the collection, and none of its paragraphs cites one so numbered. "
            + organ
        )
        return message + (f" Did you mean {' or '.join(self.nearest)}?" if self.nearest else "")


def number_alone(
    text: str, known: Collection[str], cited: Collection[str] = ()
) -> NumberAlone | None:
    """Return what can be said of the resolution ``text`` types by its number alone when the
    collection neither holds nor cites one so numbered, or several; None for any other text
    (and for a number no organ numbers so, "resolution 5/2", a Conference's)."""
    number = resolution_number(text, known)
    if number is None:
        return None
    ending = f"/RES/{number}"
    held = tuple(sorted(s for s in known if s.upper().endswith(ending)))
    cited_so = tuple(sorted(s for s in cited if s.upper().endswith(ending)))
    if len(held) == 1 or (not held and len(cited_so) == 1):
        return None  # that one: parse_reference reads it
    possible = possible_symbols(number)
    stand_in = (held or cited_so or possible or (None,))[0]
    if stand_in is None:
        return None
    reference = parse_reference(with_symbol(text, stand_in), (*known, stand_in))
    paragraphs = reference.paragraphs if reference is not None else ()
    words = ignored_words(reference.problems) if reference is not None else ""
    if held or cited_so:
        return NumberAlone(number, paragraphs, held, cited_so if not held else (), words=words)
    resolutions = [s for s in known if "/RES/" in s]
    nearest = tuple(
        dict.fromkeys(n for s in possible for n in nearest_symbols(s, resolutions, limit=1))
    )
    return NumberAlone(number, paragraphs, possible=possible, nearest=nearest, words=words)


def possible_symbols(number: str) -> tuple[str, ...]:
    """Return the symbols a resolution so numbered would have, by the organs' numbering:
    "48/16": the General Assembly's A/RES/48/16 and the Human Rights Council's
    A/HRC/RES/48/16; "48/162": the Assembly's alone (no Council session adopts so many);
    "2004/45": the Economic and Social Council's E/RES/2004/45; "5/2" (before the
    Assembly's 31st session): none said, a Conference's is likelier."""
    first, _, last = number.partition("/")
    if len(first) == 4 and first[:2] in ("19", "20"):
        return (f"E/RES/{number}",)
    if len(first) <= 2 and int(first) >= GENERAL_ASSEMBLY_FROM:
        if last.isdigit() and int(last) <= HUMAN_RIGHTS_COUNCIL_MOST:
            return (f"A/RES/{number}", f"A/HRC/RES/{number}")
        return (f"A/RES/{number}",)
    return ()


def _prefix(symbol: str) -> str:
    return next(prefix for prefix in ORGANS if symbol.startswith(prefix))


def _joined(symbols: tuple[str, ...]) -> str:
    return symbols[0] if len(symbols) == 1 else f"{', '.join(symbols[:-1])} and {symbols[-1]}"
