"""A document's chapters and sections, as people cite them: ``chap. IV, sect. D``.

UN documents number their headings: a Roman numeral for a chapter ("IV. Résumé des
délibérations"), a capital letter for a section ("D. Non-sanction …"), an arabic number for a
sub-section ("2. Trafficking in human beings"), and some reports a small letter for a
sub-sub-section under a sub-section ("b) Asylum policy", Italy's report: ``sect. III.B.1 (b)``).
Every indexed paragraph carries its heading path (``Hit.section``), so a citation of a chapter
or a section is the paragraphs whose path has those numbers. The numbers are read from the
headings' leading labels, never from their words, and by their place in the path: a section's
"I." (section I of chapter II, as Italy's report has one) is a letter, not a chapter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import anchors
from .index.api import Hit

# "IV. Résumé", "D. Non-sanction", "2. Trafficking": a label, a dot, then the heading's words
_LABEL = re.compile(r"\s{0,3}(?P<label>[IVX]{1,6}|[A-Z]|\d{1,2})\.\s")
# "b) Asylum policy", "(b) Asylum policy": a sub-sub-section's letter, under a sub-section only
_ITEM_LABEL = re.compile(r"\s{0,3}\(?(?P<label>[a-z])\)\s")
# "(ii) Reception centres": a fifth level, a small Roman numeral under a lettered part only
_POINT_LABEL = re.compile(r"\s{0,3}\(?(?P<label>[ivx]{1,5})\)\s")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # I to XXXIX: chapters, not "C", "D", "L"
_VALUES = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class Division:
    """A chapter, a section of a chapter, a sub-section of a section, or a lettered
    sub-sub-section of a sub-section; None: not named."""

    chapter: str | None = None  # "IV"
    section: str | None = None  # "D"
    subsection: str | None = None  # "2"
    item: str | None = None  # "b": the fourth level, "b) Asylum policy" under "1. Policy …"
    # several lettered parts are a range or a list, as an address writes them: "a-c", "b,d"
    point: str | None = None  # "ii": the fifth level, "(ii)" under a lettered part "(b)"

    @property
    def items(self) -> tuple[str, ...]:
        """The lettered parts named, one by one: ("a", "b", "c") for "a-c", ("b", "d") for
        "b,d"; () when none is."""
        letters: list[str] = []
        for piece in (self.item or "").split(","):
            first, _, last = piece.partition("-")
            if first:
                letters += [chr(c) for c in range(ord(first), ord(last or first) + 1)]
        return tuple(dict.fromkeys(letters))

    @property
    def items_label(self) -> str:
        """The lettered parts as English citations write them: "(b)", "(a)–(c)", "(b) and (d)"."""
        pieces = [
            "–".join(f"({letter})" for letter in piece.split("-"))
            for piece in (self.item or "").split(",")
            if piece
        ]
        return pieces[0] if len(pieces) == 1 else f"{', '.join(pieces[:-1])} and {pieces[-1]}"

    @property
    def label(self) -> str:
        """The division as UN documents cite it: ``chap. IV, sect. D``, ``chap. III, sect.
        B.2``, ``chap. III, sect. B.1 (b)``, ``sect. D`` (no chapter named), ``chap. IV``
        (English and French alike; the web app writes a French sub-sub-section ``B.1 b)``)."""
        parts = [f"chap. {self.chapter}"] if self.chapter else []
        if self.section:
            parts.append(
                f"sect. {self.section}"
                + (f".{self.subsection}" if self.subsection else "")
                + (f" {self.items_label}" if self.item else "")
                + (f"({self.point})" if self.point else "")
            )
        return ", ".join(parts)

    @property
    def value(self) -> str:
        """The division as an address writes it: ``IV.D``, ``III.B.2``, ``III.B.1.b``, ``IV``."""
        parts = (self.chapter, self.section, self.subsection, self.item, self.point)
        return ".".join(p for p in parts if p)

    @property
    def enclosing(self) -> Division:
        """The division one level up: ``III.B.1`` for ``III.B.1.b``."""
        if self.point:
            return Division(self.chapter, self.section, self.subsection, self.item)
        if self.item:
            return Division(self.chapter, self.section, self.subsection)
        if self.subsection:
            return Division(self.chapter, self.section)
        return Division(self.chapter)

    def holds(self, numbers: Division) -> bool:
        """Tell whether a paragraph numbered ``numbers`` is in this division."""
        pairs = zip(
            (self.chapter, self.section, self.subsection),
            (numbers.chapter, numbers.section, numbers.subsection),
            strict=True,
        )
        if self.item and numbers.item not in self.items:  # "(a)-(c)": a, b or c
            return False
        if self.point and numbers.point != self.point:  # "(b)(ii)"
            return False
        if self.item and self.subsection is None and numbers.subsection is not None:
            return False  # "sect. IV.D (a)": a letter under the section, not a sub-section's
        return any((self.chapter, self.section)) and all(a is None or a == b for a, b in pairs)


def parse_value(value: str | None) -> Division | None:
    """Read a division as an address writes it (``IV.D``); None for anything else."""
    match = re.fullmatch(
        r"(?P<c>[IVX]{1,6})(?:\.(?P<s>[A-Z])(?:\.(?P<u>\d{1,2}))?"
        r"(?:\.(?P<i>[a-z](?:-[a-z])?(?:,[a-z](?:-[a-z])?){0,6})(?:\.(?P<p>[ivx]{1,5}))?)?)?",
        value or "",
    )
    if match is None or not _ROMAN.fullmatch(match["c"]):
        return None
    if match["p"] and not re.fullmatch(r"[a-z]", match["i"]):
        return None  # a fifth level is under one lettered part
    return Division(match["c"], match["s"], match["u"], match["i"], match["p"])


def numbers_of(path: Sequence[str]) -> Division:
    """Return the chapter, section, sub-section and sub-sub-section numbers of a heading path,
    in order: a chapter's Roman numeral, then a section's letter under it, then a sub-section's
    number, then a small letter under it ("b) Asylum policy") or under a section; elsewhere
    "a)" adds nothing."""
    found: list[str | None] = [None, None, None, None, None]
    level = 0  # the level the next numbered heading may have
    for heading in path:
        match = _LABEL.match(heading)
        label = match["label"] if match else ""
        if level == 0 and _ROMAN.fullmatch(label) and label:
            found[0], level = label, 1
        elif level <= 1 and len(label) == 1 and label.isalpha():
            found[1], level = label, 2
        elif level == 2 and label.isdigit():
            found[2], level = label, 3
        elif level in (2, 3) and (item := _ITEM_LABEL.match(heading)):
            found[3], level = item["label"], 4
        elif level == 4 and (point := _POINT_LABEL.match(heading)):
            found[4], level = point["label"], 5
    return Division(*found)


def _body(hits: Iterable[Hit]) -> list[tuple[Hit, Division]]:
    """Return the paragraphs of the document's body (an annex numbers its own chapters), with
    their numbers."""
    return [
        (hit, numbers_of(hit.section)) for hit in hits if anchors.parse(hit.anchor).annex is None
    ]


@dataclass(frozen=True)
class Found:
    """A division looked up in a document: its paragraphs, or what the document has instead."""

    division: Division  # as asked, its chapter filled in when one chapter has the section
    hits: tuple[Hit, ...] = ()
    heading: str | None = None  # its heading ("D. Non-sanction …")
    lacking: str | None = None  # "chapter", "section", "subsection", "ambiguous", "none"
    available: tuple[str, ...] = ()  # what the document has there ("I", "II"…; "IV.A"…)
    # a sub-sub-section the sub-section lacks ("III.B.2 (a)"): the letter asked; ``division``
    # and ``hits`` are then the sub-section's, ``available`` its lettered parts ("III.B.1.a"…)
    widened: str | None = None

    @property
    def paragraph_range(self) -> tuple[int, int] | None:
        numbered = [hit.paragraph for hit in self.hits if hit.paragraph is not None]
        return (numbered[0], numbered[-1]) if numbered else None


def find(hits: Sequence[Hit], asked: Division) -> Found:
    """Return the paragraphs of division ``asked`` in a document's paragraphs ``hits``, in
    document order; or, when it lacks it, what it has at that level: its chapters, the
    sections of the chapter named, the chapters that have the section named (``sect. D`` of a
    report with a section D in chapters II and IV: which one is not guessed)."""
    body = _body(hits)
    chapters = _unique(n.chapter for _, n in body)
    sections = _unique(f"{n.chapter}.{n.section}" for _, n in body if n.section)
    if not chapters and not sections:
        return Found(asked, lacking="none")
    if asked.chapter and asked.chapter not in chapters:
        return Found(asked, lacking="chapter", available=tuple(chapters))
    if asked.section and not asked.chapter:
        having = [s.partition(".")[0] for s in sections if s.endswith(f".{asked.section}")]
        if len(having) > 1 and asked.subsection:  # "sect. B.1": the one chapter whose B has a 1
            having = [
                c
                for c in having
                if any(
                    (n.chapter, n.section, n.subsection) == (c, asked.section, asked.subsection)
                    for _, n in body
                )
            ] or having
        if len(having) > 1:
            return Found(asked, lacking="ambiguous", available=tuple(having))
        if not having and asked.section in chapters and not asked.subsection:  # "section V"
            asked = Division(asked.section)
        elif having:
            asked = Division(having[0], asked.section, asked.subsection, asked.item)
    if asked.section and f"{asked.chapter}.{asked.section}" not in sections:
        if asked.chapter is None:
            return Found(asked, lacking="section", available=tuple(chapters))
        within = tuple(s for s in sections if s.startswith(f"{asked.chapter}."))
        return Found(asked, lacking="section", available=within)
    found = tuple(hit for hit, numbers in body if asked.holds(numbers))
    present = {numbers.item for _, numbers in body if asked.holds(numbers)}
    if asked.item and (set(asked.items) - present or (asked.point and not found)):
        # "sect. III.B.2 (a)", "III.B.1 (c)-(f)", "III.B.1 (b)(ii)": the division one up, with
        # what it lacks (a range is all there, or the whole is read)
        enclosing = find(hits, asked.enclosing)
        if enclosing.lacking is not None or enclosing.widened:
            return enclosing
        level = "point" if asked.point else "item"
        below = _unique(
            n.value for _, n in body if getattr(n, level) and n.enclosing == enclosing.division
        )
        return replace(enclosing, widened=asked.point or asked.item, available=tuple(below))
    if not found:  # a sub-section the section lacks
        prefix = f"{asked.chapter}.{asked.section}."
        subsections = _unique(
            f"{prefix}{n.subsection}"
            for _, n in body
            if n.subsection and n.value.startswith(prefix)
        )
        return Found(asked, lacking="subsection", available=tuple(subsections))
    return Found(asked, found, heading=_heading(found[0], asked))


def _heading(hit: Hit, asked: Division) -> str | None:
    """Return the heading of division ``asked`` in the path of its first paragraph."""
    depth = sum(1 for part in (asked.chapter, asked.section, asked.subsection) if part)
    numbered = [h for h in hit.section if _LABEL.match(h)]
    if len(asked.items) > 1:  # "(a)-(b)": several headings, none is the division's
        return None
    if asked.point:  # the numbered heading under the lettered one
        lettered = [h for h in hit.section if _ITEM_LABEL.match(h)]
        points = [h for h in hit.section[hit.section.index(lettered[0]) + 1 :]] if lettered else []
        points = [h for h in points if _POINT_LABEL.match(h)]
        return points[0] if points else None
    if asked.item:  # the lettered heading under the sub-section
        lettered = [h for h in hit.section if _ITEM_LABEL.match(h)]
        return lettered[0] if lettered and len(numbered) >= depth else None
    return numbered[depth - 1] if len(numbered) >= depth else None


def elsewhere(found: Found, cited: Iterable[Hit], asked: Division) -> str | None:
    """Return the search core's note on paragraphs cited with a division they are not in
    ("chap. IV, para. 30": "not in chap. IV (paragraphs 77–115): 30"), or on a division the
    document lacks ("no chap. IX in the document"); None when they are in it. The paragraph
    wins: paragraphs are numbered through the whole document."""
    if found.lacking is not None or found.widened:  # "sect. III.B.2 (a), para. 69": no (a)
        return f"no {asked.label} in the document"
    outside = [
        hit.paragraph
        for hit in cited
        if hit.paragraph is not None and not found.division.holds(numbers_of(hit.section))
    ]
    if not outside:
        return None
    first, last = found.paragraph_range or (0, 0)
    numbers = ", ".join(str(n) for n in outside)
    return f"not in {found.division.label} (paragraphs {first}–{last}): {numbers}"


def runs(labels: Sequence[str]) -> list[tuple[str, str]]:
    """Return labels as runs of consecutive ones, first and last: chapters I, II, III, IV, V
    are one run (I, V); sections A, B, D are (A, B), (D, D)."""
    out: list[tuple[str, str]] = []
    previous = None
    for label in labels:
        value = _value(label.rpartition(".")[2])
        if out and previous is not None and value == previous + 1:
            out[-1] = (out[-1][0], label)
        else:
            out.append((label, label))
        previous = value
    return out


def _value(label: str) -> int:
    if label.isdigit():
        return int(label)
    if _ROMAN.fullmatch(label) and label:
        total = 0
        for i, letter in enumerate(label):
            value = _VALUES[letter]
            later = _VALUES[label[i + 1]] if i + 1 < len(label) else 0
            total += -value if value < later else value
        return total
    return ord(label[0]) if label else 0


def spelled(labels: Sequence[str]) -> str:
    """Return labels with runs of three or more as ranges, in English: ``I–V``, ``A, B and
    D`` (the search core's messages; the web app says them in the interface language)."""
    parts: list[str] = []
    for first, last in runs(labels):
        span = labels.index(last) - labels.index(first)
        parts += (
            [f"{first}–{last}"]
            if span >= 2
            else list(labels[labels.index(first) : labels.index(last) + 1])
        )
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _unique(values: Iterable[str | None]) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]
