"""A document named by its title instead of its symbol, in a typed citation.

People who read a report in print cite it by what its cover says: "rapport de la réunion de
2010 du Groupe de travail, par. 32", "National report submitted by Italy, para. 68" (blind case
list 15). With no symbol, the citation could not be read, and its words were searched without
a word about it (204 and 327 paragraphs). When every word beside the paragraph numbers is a
word of one document's title (or its year), :func:`titled_symbol` names that document, and
``indexer.resolve`` answers a 404 offering its citation ("did you mean
CTOC/COP/WG.4/2010/6, para. 32?"): a title is matched loosely, so the citation is offered,
never opened without a word. Titles are compared in the language they are written in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

# Words too common to tell titles apart (articles, prepositions, a report's link words)
_COMMON = frozenset(
    """a an and by de des du en et for from in la le les of on par pour sur the to un une
    au aux held tenue tenu its son sa ses""".split()
)
_FEWEST = 2  # words to match: one word ("report") names no document


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def title_words(text: str) -> set[str]:
    """Return the words of ``text`` that can tell titles apart: lower case, without accents,
    the common words left out."""
    return {w for w in map(_folded, re.findall(r"\w+", text)) if w not in _COMMON and len(w) > 1}


def titled_symbol(words: str, documents: Iterable[tuple[str, str, str]]) -> str | None:
    """Return the symbol of the one document whose title holds every word of ``words`` (its
    date's year counts as a title word), or None: fewer than two such words, none of them
    letters, or no document or several so titled.

    ``documents`` gives each version's (symbol, title, date)."""
    wanted = title_words(words)
    if len(wanted) < _FEWEST or not any(re.search(r"[^\W\d_]", w) for w in wanted):
        return None
    vocabulary: dict[str, set[str]] = {}
    for symbol, title, date in documents:
        vocabulary.setdefault(symbol, set()).update(title_words(f"{title} {date[:4]}"))
    matched = [symbol for symbol, known in vocabulary.items() if wanted <= known]
    return matched[0] if len(matched) == 1 else None


def titled_offer(documents: Iterable[Mapping], reference) -> tuple[str, str] | None:
    """Return the symbol of the one document whose title the words beside a citation's
    paragraphs are, when the citation (a ``Reference``) names no symbol, and the message
    offering its citation; None otherwise. ``documents`` are the index's version records."""
    if reference.symbol is not None or not reference.paragraphs or not reference.beside:
        return None
    titles = ((m["symbol"], m.get("title") or "", m.get("date") or "") for m in documents)
    symbol = titled_symbol(reference.beside, titles)
    if symbol is None:
        return None
    offered = f"{symbol}, {paragraphs_text(reference.paragraphs)}"
    return symbol, (
        f"No document symbol in the citation, but its words are those of the title of {symbol}: "
        f"did you mean {offered}?"
    )


def paragraphs_text(numbers: tuple[int, ...]) -> str:
    """Return ``para. 32``, ``paras. 30–32`` or ``paras. 30, 32`` for a message."""
    if len(numbers) == 1:
        return f"para. {numbers[0]}"
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"paras. {numbers[0]}–{numbers[-1]}"
    return "paras. " + ", ".join(str(n) for n in numbers)
