"""Undo the line wrapping of a text extraction that keeps the printed lines (``pdftotext``).

Such a file has one line per printed line: a paragraph runs over several lines,
its number may stand alone on the line before it ("1." then "The preparation…"),
a form feed ends each page, and every page repeats its running header and
footer (the symbol, "Page 6", the job number "GE.09-17087"). The table of
contents comes with its dot leaders. Here the furniture and the contents are
dropped and the lines are joined back into the blocks a one-line-per-paragraph
extraction gives, so that the rest of the pipeline reads both alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..extract.text import SUPERSCRIPT_DIGITS
from ..markers import PREAMBLE_OPENING, SUMMARY, ends_open, ends_sentence, parse_marker
from ..scopes import ANNEX
from ..symbols import find_symbols
from .furniture import FURNITURE, JOB_NUMBER, LEADERS, TOC_TITLE, shape
from .joining import join_lines, vocabulary

WRAPPED_SHARE = 0.3  # share of its lines running on into the next: a file of printed lines
EDGE_LINES = 3  # lines at the top and the bottom of a page where running furniture sits
MARKER_ALONE = re.compile(r"^(?:\d{1,3}\.|\(?[a-z]\)|[IVXL]{1,6}\.|[A-Z]\.)$")  # "12.", "a)"
TOC_NUMBERS = re.compile(r"^[\d\s\-–—]*(?:Paragraphs|Page|Paragraphes)?[\d\s\-–—]*$")
LIST_DASH = re.compile(r"^\s*[-–]\s+")  # an extraction's list dash, not text ("•" is a real bullet)
SUPERSCRIPT_START = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]")  # a footnote's mark
HYPHENATED = re.compile(r"[^\W\d_][-‐]$")  # a word cut at the line's end, or a compound
CUT_WORD = re.compile(r"[^\W\d_][-‐\u00ad]$")  # with a soft hyphen: always inside a word
WORD_START = re.compile(r"[^\W\d_]+")
RULE = re.compile(r"^[-_–—=*]{3,}$")  # a drawn rule or separator, as text
ENDED = 0.8  # a line this short closing a clause ends an unnumbered paragraph
TRAILING_REF = re.compile(r"\s+\d{1,3}/$")  # a typewriter footnote reference ending a line
# a footnote reference after a sentence's end, set on the line as a plain number ("civile.1")
SENTENCE_REF = re.compile(r"(?<=[.;!?»”])\d{1,3}$")
NOTE_MARK = re.compile(r"^(?P<mark>\d{1,3})(?:/|(?=\s)|$)\s*")  # "2/", "1 See …", "3"
SHORT = 0.8  # a printed line shorter than this share of a full one ends a paragraph or a title


def is_wrapped(pages: Sequence[Sequence[str]]) -> bool:
    """Tell whether a text file keeps its printed lines: many of its lines run on into the
    next one (a one-line-per-paragraph file has none, form feeds or not, but for a few cover
    lines: "Distr.: General" over its date, "Sixty-fourth session" over "Agenda item 104"; a
    table, its rows one per line, cells apart by tabs)."""
    lines = [line.strip() for page in pages for line in page]
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a and b]
    pairs = [(a, b) for a, b in pairs if b.count("\t") < 2]  # a table's next row runs on no line
    running = sum(1 for a, b in pairs if not _starts_block(b) and not ends_sentence(a))
    return running >= WRAPPED_SHARE * sum(1 for line in lines if line)


def without_furniture(pages: Sequence[Sequence[str]]) -> list[str]:
    """Return the lines of all pages without running headers, footers and the contents; the
    footnotes under a page's rule become one line each, opening with a superscript mark."""
    furniture = _running(pages)
    lines: list[str] = []
    for page in pages:
        kept = _without_edges([line.strip() for line in page], furniture)
        kept = [line for line in kept if not JOB_NUMBER.match(line)]  # printed mid-page
        rule = next((i for i in range(len(kept) - 1, -1, -1) if RULE.match(kept[i])), None)
        if rule is not None and rule >= len(kept) // 3:  # footnotes sit under a short rule
            lines += kept[:rule] + _footnotes(kept[rule + 1 :])
        else:
            lines += kept
    return without_contents(lines)


def _footnotes(lines: Sequence[str]) -> list[str]:
    """Return the footnotes under a page's rule, one line each with a superscript mark: "2/"
    or "1" opens one (alone on its line or before its text), other lines go on it."""
    notes: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        opening = NOTE_MARK.match(line)
        if opening:
            mark = opening["mark"].translate(SUPERSCRIPT_DIGITS)
            notes.append(f"{mark} {line[opening.end() :].strip()}".rstrip())
        elif notes:
            notes[-1] = f"{notes[-1]} {line}".strip()
    return [note for note in notes if len(note) > 2] or list(lines)


def unwrapped(lines: Sequence[str]) -> list[tuple[str, bool]]:
    """Return the body's blocks, one per line, as a one-line-per-paragraph file has them, each
    with whether it certainly starts a paragraph (an unnumbered one, after a short line).

    A printed line goes on the one before, unless it opens something (a number, a letter, a
    dash, a footnote mark) after a line that ended a sentence or stopped short of the full
    width (a paragraph's last line, a title); a short unpunctuated line between such lines
    is a title of its own ("Dialogue with religious communities"). A number or a letter on
    its own line ("12.", "a)") opens the block its next line fills.
    """
    lines = [line.strip() for line in lines if line.strip()]
    width = _full_width(lines)
    words = vocabulary(lines)  # the document's words decide a line-end hyphen, as in a PDF
    blocks: list[str] = []
    new: set[int] = set()  # blocks that certainly start a paragraph (an unnumbered one)
    text = ""  # the last line of text, footnotes aside
    for index, line in enumerate(lines):
        before = lines[index - 1] if index else ""
        after = lines[index + 1] if index + 1 < len(lines) else ""
        ended = not before or ends_sentence(SENTENCE_REF.sub("", before))
        ended = (ended or len(before) < SHORT * width) and not CUT_WORD.search(before)
        if not blocks or SUPERSCRIPT_START.match(line) or SUMMARY.match(line):
            blocks.append(line)  # a footnote is a block, and so is a summary's title
        elif SUMMARY.match(before) or (ANNEX.match(before) and len(blocks[-1]) == len(before)):
            blocks.append(line)  # the text under "Summary", the title under "Annex I"
        elif SUPERSCRIPT_START.match(before):
            blocks.append(line)  # the text after footnotes is another, maybe a paragraph's
            if _paragraph_ended(text, line, width):
                new.add(len(blocks) - 1)
        elif MARKER_ALONE.match(before):
            blocks[-1] = f"{blocks[-1]} {line}"
        elif MARKER_ALONE.match(line) and not before.endswith((",", "-", "‐", "\u00ad")):
            blocks.append(line)  # a paragraph's number on its own line
        elif ended and (
            _starts_block(line) or ANNEX.match(line) or _unmarked_title(line, after, width)
        ):  # "Annex" alone, after the last paragraph of the body, opens the annex
            blocks.append(line)
        elif _paragraph_ended(before, line, width):
            blocks.append(line)
            new.add(len(blocks) - 1)
        elif blocks[-1].endswith("\u00ad") and line[:1].isalpha():
            blocks[-1] = blocks[-1][:-1] + line  # a soft hyphen: a break inside a word
        elif HYPHENATED.search(blocks[-1]) and line[:1].isalpha():
            blocks[-1] = _hyphen_joined(blocks[-1], line, words)
        else:
            blocks[-1] = f"{blocks[-1]} {line}"
        text = text if SUPERSCRIPT_START.match(line) else line
    return [(block, index in new) for index, block in enumerate(blocks)]


def _hyphen_joined(block: str, line: str, words: set[str]) -> str:
    """Join a printed line to a block whose last line ended with a hyphen, by the rule the PDF
    reader applies (:func:`.joining.join_lines`): the hyphen goes only when the joined word
    occurs elsewhere in the document and the hyphenated one does not ("traf-" "ficking"),
    and stays, with no space, otherwise ("non-" "sanction", "États-" "Unis"). Before, every
    hyphen before a lower-case letter went ("nonsanction") and one before a capital kept a
    space ("États- Unis")."""
    head, _, cut = block.rpartition(" ")
    start = WORD_START.match(line)
    letters = start.group() if start else ""
    joined = join_lines([cut, letters], words) + line[len(letters) :]
    return f"{head} {joined}" if head else joined


def _paragraph_ended(before: str, line: str, width: int) -> bool:
    """Tell whether an unnumbered paragraph ended on the line before: a line short of the full
    width that closes a clause ("development,", as a resolution's preamble paragraphs end),
    then a capital; or any line closing a clause, then a preamble's opening word
    ("Recognizing", "Convinced", "Consciente", "Soulignant")."""
    before = TRAILING_REF.sub("", before)  # "…Central America, 5/"
    if not before.endswith((",", ".", ";")) or not line[:1].isupper():
        return False
    return len(before) < ENDED * width or PREAMBLE_OPENING.match(line) is not None


def _full_width(lines: Sequence[str]) -> int:
    """Return the length of a full printed line: the 90th percentile of the lines' lengths."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _unmarked_title(line: str, after: str, width: int) -> bool:
    """Tell whether a line is a title without a marker: short, capitalised, unpunctuated, and
    followed by a line that opens a paragraph."""
    return (
        len(line) < SHORT * width
        and line[:1].isupper()
        and not ends_sentence(line)
        and not line.endswith(",")
        and not ends_open(line)
        and _starts_block(after)
    )


def _edges(page: Sequence[str]) -> list[str]:
    filled = [line.strip() for line in page if line.strip()]
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def _running(pages: Sequence[Sequence[str]]) -> set[str]:
    """Return the shapes of the lines repeated at the top or bottom of many pages."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({shape(line) for line in _edges(page)})
    threshold = max(2, round(0.3 * len(pages)))
    return {shape for shape, count in counts.items() if count >= threshold}


def _furniture(line: str, running: set[str]) -> bool:
    if MARKER_ALONE.match(line):
        return False  # a paragraph's number, however often a page opens with one
    if not line or RULE.match(line):
        return True
    if shape(line) in running or FURNITURE.match(line):
        return True
    symbols = find_symbols(line)
    return bool(symbols) and line.strip() in symbols  # the symbol alone: a running header


def _without_edges(lines: list[str], running: set[str]) -> list[str]:
    """Drop the running header and footer lines at the top and bottom of a page."""
    start, end = 0, len(lines)
    checked = 0
    while start < end and checked < EDGE_LINES + 2 and _furniture(lines[start], running):
        checked += bool(lines[start])
        start += 1
    checked = 0
    while end > start and checked < EDGE_LINES + 2 and _furniture(lines[end - 1], running):
        checked += bool(lines[end - 1])
        end -= 1
    return lines[start:end]


def without_contents(lines: list[str]) -> list[str]:
    """Drop the table of contents: from its title to its last line with dot leaders, and the
    page numbers and paragraph ranges that follow them."""
    span = _contents(lines)
    return lines if span is None else lines[: span[0]] + lines[span[1] :]


def contents_entries(lines: Sequence[str]) -> list[str]:
    """Return the lines of the table of contents (``clean/contents.py`` reads their labels)."""
    span = _contents(lines)
    return [] if span is None else [line.strip() for line in lines[span[0] : span[1]]]


def _contents(lines: Sequence[str]) -> tuple[int, int] | None:
    """Return where the table of contents starts and ends, or None."""
    title = next((i for i, line in enumerate(lines) if TOC_TITLE.match(line.strip())), None)
    if title is None:
        return None
    leaders = [i for i in range(title, len(lines)) if LEADERS.search(lines[i])]
    if not leaders:
        return None
    end = leaders[-1] + 1
    while end < len(lines) and TOC_NUMBERS.match(lines[end]):
        end += 1
    return title, end


def _starts_block(line: str) -> bool:
    """Tell whether a line opens something: a number, a letter, a dash, a footnote."""
    return bool(
        MARKER_ALONE.match(line)
        or parse_marker(line)
        or LIST_DASH.match(line)
        or SUPERSCRIPT_START.match(line)
    )
