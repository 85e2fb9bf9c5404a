"""Links pasted as citations, read as the citations they stand for (``parse_reference`` only).

People copy the address of the document they read: undocs.org (``https://undocs.org/fr/CTOC/
COP/WG.4/2010/6``), this site's own permalinks (``http://host/doc/CTOC/COP/WG.4/2010/6/fr/32``),
the UNODC's files (``…/CTOC_COP_WG4_2010_6_F.pdf``: the symbol, then the language's letter),
the UN's document system by symbol (``https://documents.un.org/api/symbol/access?s=…&l=en``),
any link naming the symbol in its query (un.org's ``view_doc.asp?symbol=…&Lang=F``, undocs.org's
``Home/Mobile?FinalSymbol=…``, or any parameter whose whole value is a symbol: the UN Digital
Library's search ``…/search?ln=en&p=A/RES/48/161``), the UN's older pages of General Assembly
resolutions (``documents/ga/res/48/a48r161.htm``).
Before, all of them were searched as words ("“https:” is not a filter"). Each is replaced by the
citation it names, its language version as a word at the end (``CTOC/COP/WG.4/2010/6, para.
32 (fr)``), which the citation reader already takes for the version wanted.

A link to the UN's document system by job number (``…/pdf/v1051112.pdf``) names no symbol:
:func:`job_number` finds it, for the answer to say that it cannot be followed.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from . import anchors
from .symbols import parse_symbol

_FILE_NAME = (  # "CTOC_COP_WG4_2010_6_F.pdf": the symbol, the language's letter, the extension
    r"(?P<symbol>[A-Za-z]{1,6}(?:[_-][A-Za-z0-9.]{1,12}){1,9})"
    # "…_F", "…-EN"; or, as files are named by symbol and language ("A-HRC-WG.6-7-ITA-1.fr.pdf"),
    # the language's code after a dot
    r"(?:[_-](?P<letter>[ACEFRS]|(?i:AR|ZH|EN|FR|RU|ES))|\.(?P<code>(?i:ar|zh|en|fr|ru|es)))"
    r"\.(?i:pdf|docx?|html?|txt)"
)
_FILE_UNNAMED = re.sub(r"\?P<\w+>", "?:", _FILE_NAME)  # its groups unnamed, to sit in LINK
LINK = re.compile(
    rf"""(?i:https?://|www\.|(?<![\w.])(?:undocs|docs\.un)\.org/)[^\s<>"“”«»]{{1,500}}
    | (?<!\S)/doc/[^\s<>"“”«»]{{1,500}}
    | (?<![\w/.-]){_FILE_UNNAMED}(?!\w)""",
    re.VERBOSE,
)
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
FILE_LETTERS = {"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"}
# undocs.org and its successor docs.un.org: ``https://docs.un.org/fr/A/HRC/WG.6/7/ITA/1``
_UNDOCS = re.compile(r"(?:www\.)?(?:undocs|docs\.un)\.org", re.IGNORECASE)
_ODS = re.compile(r"(?:documents(?:-dds-ny)?|daccess-ods|daccess-dds-ny)\.un\.org", re.I)
_JOB = re.compile(r"(?<![A-Za-z0-9])(?P<job>[A-Za-z]\d{7})(?:\.pdf)?$")
_FILE = re.compile(_FILE_NAME)
_ANCHOR = re.compile(anchors.PATTERN)
_TRAILING = ".,;:)]"
# The query parameters of a link that name the document's symbol, on any host: un.org's
# ``view_doc.asp?symbol=A/RES/48/161&Lang=E``, undocs.org's ``Home/Mobile?FinalSymbol=…``
_SYMBOL_PARAMETERS = ("symbol", "finalsymbol")
_LANGUAGE_PARAMETERS = ("lang", "language", "l")
# The UN's older pages of General Assembly resolutions: ``documents/ga/res/48/a48r161.htm``
_GA_RESOLUTION_PAGE = re.compile(r"a(?P<session>\d{1,3})r(?P<number>\d{1,4})\.html?", re.I)


def unlinked(text: str) -> str:
    """Return ``text`` with each link that names a document replaced by its citation, and the
    language version the link names as a word at the end ("… (fr)")."""
    languages: list[str] = []

    def replaced(match: re.Match) -> str:
        link = match[0].rstrip(_TRAILING)
        read = link_citation(link)
        if read is None:
            return match[0]
        cited, lang = read
        languages.extend([lang] if lang else [])
        return cited + match[0][len(link) :]

    plain = LINK.sub(replaced, text)
    return f"{plain} ({languages[0]})" if languages else plain


def link_citation(link: str) -> tuple[str, str | None] | None:
    """Return the citation a link names and the language version it names, or None."""
    if file := _FILE.fullmatch(link):  # a file name alone
        return file["symbol"], _file_language(file["letter"] or file["code"])
    parts = urlsplit(link if "://" in link or link.startswith("/") else f"https://{link}")
    segments = [unquote(s) for s in parts.path.split("/") if s]
    host = parts.hostname or ""
    asked = {name.lower(): values for name, values in parse_qs(parts.query).items()}
    if named := next((asked[p][0] for p in _SYMBOL_PARAMETERS if asked.get(p)), None):
        return named, _language_asked(asked)
    page = _GA_RESOLUTION_PAGE.fullmatch(segments[-1]) if segments else None
    if page and host.endswith("un.org"):
        return f"A/RES/{int(page['session'])}/{int(page['number'])}", None
    if _UNDOCS.fullmatch(host) and segments:
        lang = segments[0].lower() if segments[0].lower() in UN_LANGUAGES else None
        return "/".join(segments[1:] if lang else segments), lang
    if _ODS.fullmatch(host):
        asked = parse_qs(parts.query)
        symbol = (asked.get("s") or asked.get("symbol") or [None])[0]
        lang = (asked.get("l") or [""])[0].lower()[:2]
        return (symbol, lang if lang in UN_LANGUAGES else None) if symbol else None
    if segments[:1] == ["doc"] and len(segments) > 1:
        return _permalink(segments[1:], parse_qs(parts.query), parts.fragment)
    file = _FILE.fullmatch(segments[-1]) if segments else None
    if file:
        return file["symbol"], _file_language(file["letter"] or file["code"])
    return _symbol_valued(asked)


def _symbol_valued(asked: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """Return the symbol a link's query gives whole under any name, with the language it names
    (the UN Digital Library's search, ``…/search?ln=en&p=A/RES/48/161``; a catalogue's
    ``?query=…``), or None. Before, such a link was "a web address naming no document of the
    collection" on the search page (blind case list 14)."""
    for values in asked.values():
        value = values[0].strip()
        if "/" in value and parse_symbol(value):
            lang = _language_asked({**asked, "l": asked.get("ln", asked.get("l", []))})
            return value, lang
    return None


def _file_language(letter: str) -> str:
    """Return the language a file name's suffix names: the UN's letter ("F") or, as the UN
    Digital Library's files have it (``A_RES_48_161-EN.pdf``), the language's code."""
    return FILE_LETTERS.get(letter) or letter.lower()


def _language_asked(asked: dict[str, list[str]]) -> str | None:
    """Return the language version a link's query names (``Lang=E``, ``l=fr``), or None."""
    value = next((asked[p][0] for p in _LANGUAGE_PARAMETERS if asked.get(p)), "")
    if value.upper() in FILE_LETTERS:
        return FILE_LETTERS[value.upper()]
    return value.lower()[:2] if value.lower()[:2] in UN_LANGUAGES else None


def _permalink(
    segments: list[str], asked: dict[str, list[str]], fragment: str = ""
) -> tuple[str, str | None]:
    """Read this site's address of a document, a version or a paragraph as a citation; a
    paragraph's address at one of its footnotes (``…/fr/53#fn-11``) cites that note too."""
    anchor = None
    if len(segments) > 2 and segments[-2] in UN_LANGUAGES and _ANCHOR.fullmatch(segments[-1]):
        *segments, lang, anchor = segments
    elif len(segments) > 1 and segments[-1] in UN_LANGUAGES:
        *segments, lang = segments
    else:
        lang = None
    cited = "/".join(segments)
    if anchor is not None:
        named = anchors.parse(anchor)
        if named.number is not None:
            cited += f", para. {named.number}"
        elif named.preamble is not None:
            cited += f", pp{named.preamble}"
        if note := re.fullmatch(r"fn-(\d{1,3})", fragment):
            cited += f", footnote {note[1]}"
    elif re.fullmatch(r"\d{1,4}(?:-\d{1,4})?", (asked.get("paras") or [""])[0]):
        cited += f", paras. {asked['paras'][0]}"
    return cited, lang


_LIBRARY = re.compile(r"(?:www\.)?digitallibrary\.un\.org", re.I)
_RECORD = re.compile(r"/record/(?P<record>\d{1,9})/?")


def library_record(text: str) -> str | None:
    """Return the record number of a link to the UN Digital Library's page of a document
    (``https://digitallibrary.un.org/record/180697?ln=en`` → 180697), which no symbol can be
    read from; None for any other text (its files, ``…/files/A_RES_48_161-EN.pdf``, name it)."""
    for match in LINK.finditer(text):
        parts = urlsplit(match[0].rstrip(_TRAILING))
        found = _RECORD.fullmatch(parts.path)
        if _LIBRARY.fullmatch(parts.hostname or "") and found:
            return found["record"]
    return None


# A job number as the foot of a document's pages prints it ("V.10-51112", "GE.09-17189",
# "N0912345"): the printing office's letters, the year's two digits and a serial of five; New
# York's, without letters ("09-62345"), only first ("paras. 10-12345" is a range)
_TYPED_JOB = re.compile(
    r"(?:(?<![\w/.-])(?P<job>[A-Z]{1,2}\.?\s?\d{2}-\d{5}|[A-Z]{1,2}\d{7})"
    r"|\A\s{0,3}(?P<new_york>\d{2}-\d{5}))(?![\w/-])"
)


def typed_job_number(text: str) -> str | None:
    """Return the job number typed in ``text`` as the foot of a document's pages prints it
    ("V.10-51112, par. 32" → V.10-51112), which no symbol can be read from; None for any other
    text. Before (blind case list 15), "V 10 51112" and "32" were searched as words."""
    found = _TYPED_JOB.search(text)
    return (found["job"] or found["new_york"]) if found and not LINK.search(text) else None


def job_number(text: str) -> str | None:
    """Return the job number of a link to the UN's document system that names a document by
    it (``https://documents.un.org/doc/undoc/gen/v10/511/12/pdf/v1051112.pdf`` → V1051112),
    which no symbol can be read from; None for any other text."""
    for match in LINK.finditer(text):
        parts = urlsplit(match[0].rstrip(_TRAILING))
        if not _ODS.fullmatch(parts.hostname or "") or "s=" in parts.query:
            continue
        found = _JOB.search(parts.path.rstrip("/"))
        if found:
            return found["job"].upper()
    return None
