"""What tools and mail put around a citation, taken off before it is read (typed text only).

People in the field paste a citation as their tools hold it (blind case list 15):

- a **citation manager's record**: RIS (``TY  - RPRT`` … ``M1  - CTOC/COP/WG.4/2010/6``),
  EndNote's tagged lines (``%0 Report``, ``%N A/HRC/WG.6/7/ITA/1``), a BibTeX entry
  (``@techreport{key, title={…}, number={A/RES/48/161}, note={para. 7}}``) or Zotero's
  labelled lines (``Report Number: A/HRC/WG.6/7/ITA/1``, ``Pages: 14``). The record is read
  as the citation its fields give: the fields that may hold the symbol or a part of it (the
  number, a note, a URL), its pages (``p. 14``) and its language (``(fr)``); its title, authors,
  publisher, year and type describe the document and are left out. Before, the tags and the
  title were searched as words ("No paragraph has “TY”"), and an EndNote title "… paragraph
  15 (a) of the annex to Human Rights Council resolution 5/1" was read as the citation;
- **spreadsheet cells**: a row copied from a spreadsheet (cells apart by tabs,
  ``CTOC/COP/WG.4/2010/6⇥32``) or a CSV line (``CTOC/COP/WG.4/2010/6;32``, quoted cells
  ``"A/RES/48/161","pp3"``): beside the cell holding a symbol, a cell holding a number alone
  is a paragraph, a cell naming a language (``fr``, ``French``) the version wanted;
- **mail**: the quotation marks of a reply (``> ``), a subject's prefixes (``RE:``, ``Fwd:``,
  ``TR:``, ``AW:``) and what stands under a signature's separator (a line ``--``).

:func:`unwrapped` returns the text unchanged when it is none of these.
"""

from __future__ import annotations

import re

from .symbols import scan_symbols

# RIS: "TY  - RPRT"; the standard's two spaces are often one after a copy
_RIS = re.compile(r"^\s{0,3}(?P<tag>[A-Z][A-Z0-9])\s{1,3}-(?:\s{1,3}(?P<value>.*?))?\s*$")
_ENDNOTE = re.compile(r"^\s{0,3}%(?P<tag>[0-9A-Z@&!#$*+^~>\[\]])\s{1,3}(?P<value>.*?)\s*$")
_BIBTEX = re.compile(r"^\s{0,3}@(?P<type>[A-Za-z]{2,20})\s{0,3}\{(?P<body>.*)\}\s*$", re.S)
_BIBTEX_FIELD = re.compile(
    r"(?P<name>[A-Za-z_-]{1,30})\s{0,3}=\s{0,3}"
    r"(?:\{(?P<braced>(?:[^{}]|\{[^{}]{0,300}\}){0,1000})\}|\"(?P<quoted>[^\"]{0,1000})\""
    r"|(?P<bare>[\w.-]{1,100}))"
)
_LABELLED = re.compile(
    r"^\s{0,3}(?P<tag>[A-Za-z][A-Za-z .#]{1,30}?)\s{0,2}:\s{1,3}(?P<value>.+?)\s*$"
)

# What each tool's fields hold: a symbol or a part (kept), pages, a language; anything else
# (title, authors, publisher, year, type, abstract) describes the document and is left out.
_KEPT = {
    "ris": {"M1", "M2", "M3", "SN", "CN", "N1", "UR", "L1", "L2", "IS", "C1", "C2", "C3"},
    "endnote": {"N", "R", "Z", "U", "&", "@", "F"},
    "bibtex": {"number", "note", "url", "howpublished", "annote", "annotation", "symbol"},
    "labelled": {
        "report number",
        "document number",
        "number",
        "symbol",
        "document symbol",
        "cote",
        "extra",
        "url",
        "note",
        "notes",
        "call number",
        "loc. in archive",
    },
}
_PAGES = {"ris": {"SP", "EP"}, "endnote": {"P"}, "bibtex": {"pages"}, "labelled": {"pages"}}
_LANGUAGE = {
    "ris": {"LA"},
    "endnote": {"G"},
    "bibtex": {"language", "langid"},
    "labelled": {"language", "langue"},
}
# Zotero's and the UN library's labels: a run of such lines is a record, not a citation's words
_LABELS = (
    _KEPT["labelled"]
    | _PAGES["labelled"]
    | _LANGUAGE["labelled"]
    | {
        "item type",
        "title",
        "short title",
        "author",
        "authors",
        "creator",
        "date",
        "year",
        "institution",
        "publisher",
        "place",
        "report type",
        "series",
        "abstract",
        "accessed",
        "library catalog",
        "archive",
        "rights",
        "titre",
        "auteur",
        "date added",
        "modified",
        "pages count",
        "# of pages",
    }
)

# Mail: a reply's quotation marks, a subject's prefixes (English, French "TR", German "AW"/"WG"
# and Nordic "SV"/"VS"), a signature's separator ("-- " on a line of its own, RFC 3676)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}(?:>(?!=)[ \t]{0,2}){1,9}", re.M)
_SUBJECT = re.compile(
    r"\A\s{0,9}(?:(?i:subject|objet|betreff)\s{0,2}:\s{0,3})?"
    r"(?:(?i:re|fwd?|tr|aw|wg|sv|vs|rif|enc)\s{0,2}(?:\[\d{1,3}\])?\s{0,2}:\s{0,3}){1,6}"
)
_SIGNATURE = re.compile(r"\n[ \t]{0,3}--[ \t]{0,3}\n.*\Z", re.S)

# Cells: tabs always part them; a semicolon or a comma only on a line with no blank
# ("CTOC/COP/WG.4/2010/6;32") or between quoted cells ("A/RES/48/161","pp3")
_QUOTED_CELLS = re.compile(
    r'\A\s{0,9}"[^"\n]{0,300}"(?:\s{0,3}[;,]\s{0,3}"[^"\n]{0,300}"){1,20}\s*\Z'
)
_NUMBER_CELL = re.compile(r"(?P<first>\d{1,3})(?:\s{0,2}[-–]\s{0,2}(?P<last>\d{1,3}))?")
_LANGUAGE_CELL = {
    "en": "en",
    "fr": "fr",
    "es": "es",
    "ar": "ar",
    "zh": "zh",
    "ru": "ru",
    "english": "en",
    "french": "fr",
    "anglais": "en",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "espagnol": "es",
}


def unwrapped(text: str) -> str:
    """Return the citation ``text`` holds once a record's, a spreadsheet's or a mail's
    wrapping is taken off (see the module); ``text`` itself when it has none."""
    text = _mail(text)
    record = _record(text)
    if record is not None:
        return record
    return _cells(text) or text


def _mail(text: str) -> str:
    """Return ``text`` without a reply's quotation marks, a subject's prefixes and what
    stands under a signature's separator."""
    text = _QUOTED_LINE.sub("", text)
    text = _SIGNATURE.sub("", text)
    return _SUBJECT.sub("", text, count=1)


def _fields(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """Return the tool a record comes from and its fields (tag, value), or None when ``text``
    is no record: at least two lines of RIS, EndNote or known labels, or a BibTeX entry."""
    if entry := _BIBTEX.fullmatch(text):
        fields = [
            (m["name"].lower(), (m["braced"] or m["quoted"] or m["bare"] or "").strip())
            for m in _BIBTEX_FIELD.finditer(entry["body"])
        ]
        return ("bibtex", fields) if fields else None
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    for tool, pattern in (("ris", _RIS), ("endnote", _ENDNOTE), ("labelled", _LABELLED)):
        matches = [m for line in lines if (m := pattern.fullmatch(line)) is not None]
        if len(matches) < len(lines):
            continue
        fields = [
            (m["tag"] if tool != "labelled" else m["tag"].lower(), m["value"] or "")
            for m in matches
        ]
        if tool == "labelled" and not all(tag in _LABELS for tag, _ in fields):
            continue
        return tool, fields
    return None


def _record(text: str) -> str | None:
    """Return the citation a citation manager's record gives (see the module), or None when
    ``text`` is no record or none of its fields holds a symbol."""
    found = _fields(text)
    if found is None:
        return None
    tool, fields = found
    kept = [value for tag, value in fields if tag in _KEPT[tool] and value]
    if not any(scan_symbols(value) for value in kept):
        return None
    kept.sort(key=lambda value: not scan_symbols(value))  # the symbol first
    pages = [value for tag, value in fields if tag in _PAGES[tool] and value]
    if pages:
        numbers = re.findall(r"\d{1,4}", " ".join(pages))
        if len(numbers) == 1 or (len(numbers) == 2 and numbers[0] == numbers[1]):
            kept.append(f"page {numbers[0]}")
        elif len(numbers) == 2:
            kept.append(f"pages {numbers[0]} to {numbers[1]}")
    languages = [value for tag, value in fields if tag in _LANGUAGE[tool] and value]
    language = _LANGUAGE_CELL.get(languages[0].strip().lower()) if languages else None
    cited = ", ".join(kept)
    return f"{cited} ({language})" if language else cited


def _cells(text: str) -> str | None:
    """Return the citation a spreadsheet's row gives ("CTOC/COP/WG.4/2010/6⇥32": "…, para.
    32"; under a header row of words, copied with it), or None when ``text`` is no row of cells
    or none of its cells holds a symbol."""
    line = text.strip()
    if "\n" in line:  # a header row copied with it ("Symbol⇥Paragraph⏎…⇥32"): its data row
        rows = [row.strip() for row in line.splitlines() if row.strip()]
        header = rows[0] if len(rows) == 2 else ""
        separator = next((mark for mark in "\t;," if mark in header), None)
        if separator is None or scan_symbols(header) or re.search(r"\d", header):
            return None
        if header.count(separator) != rows[1].count(separator):
            return None
        line = rows[1]
    if "\t" in line:
        cells = line.split("\t")
    elif _QUOTED_CELLS.fullmatch(line):
        cells = re.findall(r'"([^"\n]{0,300})"', line)
    elif not re.search(r"\s", line) and re.search(r"[;,]", line):
        cells = re.split(r"[;,]", line)
    else:
        return None
    cells = [cell.strip().strip('"').strip(" ,;") for cell in cells]
    cells = [cell for cell in cells if cell]
    symbolled = [cell for cell in cells if scan_symbols(cell)]
    if len(cells) < 2 or not symbolled:
        return None
    parts, language = [symbolled[0]], None
    for cell in cells:
        if cell is symbolled[0]:
            continue
        if len(parts) > 1 and not re.search(r"\d", parts[-1]) and _NUMBER_CELL.fullmatch(cell):
            parts[-1] += f" {cell}"  # "par.⇥32": the word's number
        elif number := _NUMBER_CELL.fullmatch(cell):
            last = f"-{number['last']}" if number["last"] else ""
            parts.append(f"para{'s' if last else ''}. {number['first']}{last}")
        elif cell.lower() in _LANGUAGE_CELL and language is None:
            language = _LANGUAGE_CELL[cell.lower()]
        else:
            parts.append(cell)
    cited = ", ".join(parts)
    return f"{cited} ({language})" if language else cited
