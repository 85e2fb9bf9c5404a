"""Titles set in capitals on a cover, written back in the case the document itself uses.

Some covers print the title in capitals ("NATIONAL REPORT SUBMITTED IN
ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO HUMAN RIGHTS COUNCIL
RESOLUTION 5/1"). Shown as is, it shouts in every result. The document's own
paragraphs say how to write it, without a list of names:

- a run of the title's words that the paragraphs write as a name, every word
  capitalised but the small words between ("Human Rights Council"), is
  written so, the longest run first;
- any other word takes its commonest form in the paragraphs away from the
  start of a sentence ("report", "annex", "UNODC");
- a word the paragraphs never write is written in lower case.

The title's first letter is a capital.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?:;]\s|\n")  # between two words: the second opens a sentence
MIN_SHOUTING_WORDS = 3  # "UNODC" alone is no title set in capitals
LONGEST_NAME = 6  # words in the longest name looked for ("Office of the High Commissioner")
# Small words a name writes in lower case between its capitalised words
NAME_LINKS = frozenset(
    "of for and on the to in against de des du la le les pour sur aux à et contre".split()
)

Run = tuple[str, ...]


def recased(title: str, texts: Iterable[str]) -> str:
    """Return ``title`` in the document's own case when it is set in capitals, else as is."""
    found = list(WORD.finditer(title))
    shouting = [m for m in found if len(m.group()) > 1 and m.group().isupper()]
    if len(shouting) < MIN_SHOUTING_WORDS or len(shouting) < len(found) / 2:
        return title
    split = [_words(text) for text in texts]
    names, forms = _names(split), _forms(split)
    words = [m.group() for m in found]
    written = [forms.get(w.lower(), w.lower()) for w in words]
    start = 0
    while start < len(words):
        for length in range(min(LONGEST_NAME, len(words) - start), 1, -1):
            name = names.get(tuple(w.lower() for w in words[start : start + length]))
            if name is not None:
                written[start : start + length] = name
                start += length
                break
        else:
            start += 1
    pieces, end = [], 0
    for match, word in zip(found, written, strict=True):
        kept = not match.group().isupper()  # written in the case it has: "— Italy"
        pieces += [title[end : match.start()], match.group() if kept else word]
        end = match.end()
    text = "".join(pieces) + title[end:]
    return text[:1].upper() + text[1:]


def _names(split: list[tuple[list[str], list[bool]]]) -> dict[Run, Run]:
    """Return the names the paragraphs write, by their lower case: whole runs of capitalised
    words (small words between) that do not open a sentence ("Human Rights Council", not
    "Human Rights" alone, nor "The UNODC" at a sentence's start). ``split``: each paragraph's
    words and openings, as :func:`_words` gives them."""
    names: dict[Run, Run] = {}
    for words, opens in split:
        for start, word in enumerate(words):
            inside = start and words[start - 1][:1].isupper() and not opens[start - 1]
            if opens[start] or not word[:1].isupper() or inside:
                continue  # a name starts after a sentence's capitalised first word, not within
            end, last = start + 1, start + 1  # last: after the run's last capitalised word
            while end < len(words) and end - start < LONGEST_NAME:
                if words[end][:1].isupper():
                    last = end + 1
                elif words[end] not in NAME_LINKS:
                    break
                end += 1
            if last - start > 1:
                run = tuple(words[start:last])
                names.setdefault(tuple(w.lower() for w in run), run)
    return names


def _words(text: str) -> tuple[list[str], list[bool]]:
    """Return the words of ``text`` and, for each, whether it opens a sentence."""
    words, opens, end = [], [], None
    for match in WORD.finditer(text):
        words.append(match.group())
        opens.append(end is None or bool(SENTENCE_END.search(text, end, match.start())))
        end = match.end()
    return words, opens


def _forms(split: list[tuple[list[str], list[bool]]]) -> dict[str, str]:
    """Return each word's commonest form in the paragraphs away from a sentence's start (lower
    case on a tie), by its lower case. ``split``: as for :func:`_names`."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for words, opens in split:
        for word, opening in zip(words, opens, strict=True):
            if not opening:
                counts[word.lower()][word] += 1
    return {low: max(c, key=lambda form: (c[form], form == low)) for low, c in counts.items()}
