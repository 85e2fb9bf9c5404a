"""Read a document's metadata off its cover block and running headers.

The cover carries the symbol, the distribution date, the language of this
version (``Français``) and the original language, the issuing body and
session, and the title; the title often names the meeting's place and dates.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence

from ..enrich.states import state_mentions
from ..markers import PLENARY
from ..models import Cover, Meeting, Row
from ..symbols import CUT_HEAD, CUT_TAIL, find_symbols
from .agenda import cover_item
from .dates import find_date, find_range

LANGUAGE_LINE = {
    "français": "fr",
    "french": "fr",
    "english": "en",
    "anglais": "en",
    "español": "es",
    "spanish": "es",
    "espagnol": "es",
    "русский": "ru",
    "russian": "ru",
    "中文": "zh",
    "chinese": "zh",
    "العربية": "ar",
    "arabic": "ar",
}
ORIGINAL = re.compile(r"Original\s*:\s*(?P<lang>[^\W\d_]+)", re.IGNORECASE)
LANGUAGE_WORD = re.compile(r"(?<!:)\s(?P<word>Français|English|Español|Русский|中文|العربية)\b")
MASTHEAD_WORDS = re.compile(
    r"Distr\.|Original|GENERAL|générale|United Nations|Nations Unies|UNITED|NATIONS|UNIES|"
    r"General Assembly|Assemblée générale|Economic and Social Council|Conseil économique et social|"
    r"Security Council|Conseil de sécurité",
    re.IGNORECASE,
)
# The body a paper is for, above its title: "Conference of the Parties to the United Nations
# Convention against Transnational Organized Crime" is no title, however long
BODY_NAME = re.compile(
    r"(?i:Conference of the Parties|Conférence des Parties|Working Group|Groupe de travail"
    r"|Human Rights Council|Conseil des droits de l['’]homme"
    r"|Commission on|Commission (?:pour|des|de)"
    r"|Convention against|Convention des Nations Unies|Convention contre)\b"
)
DISTRIBUTION = re.compile(r"(?i:Distr\.|Original\s*:)")  # "Distr.: General 3 November 2020"
RESOLUTION_TITLE = re.compile(r"^\d{1,3}/\d{1,4}\.(?:\s+(?P<title>.+))?$")  # "48/161. The …"
MEETING = [
    re.compile(
        r"\b(?:held|tenue?s?|réunie?s?)\s+(?:in|at|à)\s+(?P<place>[A-ZÀ-Ý][\w’'-]+(?:\s[A-Z][\w-]+)?)"
    ),
    re.compile(
        r"^(?P<place>[A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w-]+)?),\s+\d{1,2}\s*[-–]\s*\d{1,2}\s"
    ),
]


def read_cover(rows: Sequence[Row], headers: Sequence[str] = ()) -> Cover:
    """Return what the cover rows (and running-header texts) tell about the document."""
    texts = [row.text.strip() for row in rows if row.text.strip()]
    joined = "\n".join(texts)
    ends = _symbol_ends(rows)
    title = _title([row for index, row in enumerate(rows) if index not in ends])
    return Cover(
        symbol=_symbol([*_whole_symbols(rows, ends), *texts], headers),
        language=_language([*texts, *_cells(rows)]),
        date=find_date(joined),
        title=title,
        meeting=_meeting(texts, title),
        original_language=_original(joined),
        agenda_item=cover_item(texts),
    )


def _symbol(texts: Sequence[str], headers: Sequence[str]) -> str | None:
    for text in [*headers, *texts]:
        if "Original" in text:
            continue
        symbols = find_symbols(text)
        if symbols and len(text) < 120:
            return symbols[0]
    return None


def _symbol_ends(rows: Sequence[Row]) -> set[int]:
    """Return the indexes of the rows that end a symbol cut after a slash on the row above: a
    symbol too long for the masthead's cell ("CTOC/COP/WG.4/2011/" / "CRP.3/Add.1"), its end
    in the symbol's large bold type, had been taken for the title."""
    ends = set()
    for index in range(1, len(rows)):
        head = CUT_HEAD.search(rows[index - 1].text.strip())
        tail = rows[index].text.split()
        if head and len(tail) == 1 and CUT_TAIL.match(tail[0]):
            if find_symbols(f"{head.group(0)}{tail[0]}"):
                ends.add(index)
    return ends


def _whole_symbols(rows: Sequence[Row], ends: set[int]) -> list[str]:
    """Return the symbols cut over two rows, whole."""
    whole = []
    for index in sorted(ends):
        head = CUT_HEAD.search(rows[index - 1].text.strip())
        if head:
            whole.append(f"{head.group(0)}{rows[index].text.strip()}")
    return whole


def _cells(rows: Sequence[Row]) -> list[str]:
    """Return the cells of the cover's rows of several: a masthead laid out as a table (Word's,
    in the first page's header) sets "Français" beside a line of the body's name ("transnationale
    organisée  Français"), on one row."""
    return [cell.strip() for row in rows if len(row.cell_texts) > 1 for cell in row.cell_texts]


def _language(texts: Sequence[str]) -> str | None:
    for text in texts:
        if text.lower() in LANGUAGE_LINE:
            return LANGUAGE_LINE[text.lower()]
        match = LANGUAGE_WORD.search(f" {text}")
        if match and "Distr" in text:
            return LANGUAGE_LINE[match["word"].lower()]
    return None


def _original(joined: str) -> str | None:
    match = ORIGINAL.search(joined)
    return LANGUAGE_LINE.get(match["lang"].lower()) if match else None


def _title(rows: Sequence[Row]) -> str | None:
    texts = [row.text.strip() for row in rows]
    for index, text in enumerate(texts):
        match = RESOLUTION_TITLE.match(text)
        if match:  # printed lines may set the number alone over the title ("48/161.")
            return _clean_title([match["title"] or "", *_continuation(rows, index)])
    if rows and rows[0].size == 0.0:  # plain text: the longest line that is not masthead
        # (a title may name the United Nations: "Report of the Conference of the Parties to
        # the United Nations Convention…" was passed over for a shorter line)
        candidates = [
            t
            for t in texts
            if not (_masthead(t) or DISTRIBUTION.match(t) or BODY_NAME.match(t)) and len(t) > 20
        ]
        notes = [t for t in candidates if t.endswith(".") or t.startswith("*")]  # the cover's note
        titles = [t for t in candidates if t not in notes] or candidates
        return _clean_title(_plain_title(texts, max(titles, key=len))) if titles else None
    groups = _bold_groups(rows)
    if not groups and rows and not any(row.bold for row in rows):  # fonts naming no weight
        body = statistics.median(row.size for row in rows)  # (Type 3): the larger rows
        groups = _bold_groups(rows, lambda row: row.size > body)
    if not groups:
        return None
    largest = max(group[0].size for group in groups)
    title = [group for group in groups if group[0].size == largest][-1]
    return _clean_title(_title_lines(title))


TITLE_LINES = 4  # printed lines a title read from text may run over


def _plain_title(texts: list[str], longest: str) -> list[str]:
    """Return the lines of a title read from text: its longest line with the printed lines it
    runs over (before it while it opens in lower case, after it while they do or go on in
    capitals: "NATIONAL REPORT SUBMITTED …" / "OF THE ANNEX TO …"), and the State under it,
    set apart as its subtitle."""
    first = last = texts.index(longest)
    while first > 0 and last - first < TITLE_LINES - 1 and texts[first][:1].islower():
        first -= 1

    def goes_on(line: str) -> bool:
        return line[:1].islower() or (longest.isupper() and line.isupper())

    while last + 1 < len(texts) and last - first < TITLE_LINES - 1 and goes_on(texts[last + 1]):
        if _state_alone(texts[last + 1]):
            break
        last += 1
    lines, index = texts[first : last + 1], last + 1
    if index < len(texts) and _state_alone(texts[index]):
        lines.append(f"— {texts[index]}")
    return lines


def _state_alone(text: str) -> bool:
    """Tell whether a cover line is a State's name and nothing else: under the title of a
    country's report ("Rapport national …", then "Bénin"), it is its subtitle, as a PDF sets
    it apart in the title's type. From text, every national report had the same title."""
    mentions = state_mentions(text)
    return len(mentions) == 1 and mentions[0].name.strip() == text.strip(" .*")


def _title_lines(rows: Sequence[Row]) -> list[str]:
    """Return the title's lines, with a dash before a line set apart (the subtitle)."""
    lines = [rows[0].text]
    for above, row in zip(rows, rows[1:], strict=False):
        apart = row.bottom - above.bottom > 1.6 * max(row.size, 1)
        lines.append(f"— {row.text}" if apart else row.text)
    return lines


def _continuation(rows: Sequence[Row], index: int) -> list[str]:
    lines: list[str] = []
    for above, row in zip(rows[index:], rows[index + 1 :], strict=False):
        if row.page != above.page or PLENARY.match(row.text.strip()):  # the closing lines
            break
        if row.bottom - above.bottom > 1.6 * max(row.size, 1) or row.x0 < rows[index].x0 - 1:
            break
        lines.append(row.text)
    return lines


def _bold_groups(
    rows: Sequence[Row], styled: Callable[[Row], bool] = lambda row: row.bold
) -> list[list[Row]]:
    """Return runs of consecutive bold rows that are not masthead (body name, title…);
    ``styled`` tells the rows to take instead of bold ones (a cover whose fonts name no
    weight: Type 3 fonts have no name, and the cover had no title)."""
    groups: list[list[Row]] = []
    previous: Row | None = None
    for row in rows:
        if not styled(row) or _masthead(row.text) or find_symbols(row.text):
            previous = None
            continue
        near = previous is not None and row.bottom - previous.bottom < 3.2 * max(row.size, 1)
        if near and groups and abs(row.size - previous.size) < 0.5:
            groups[-1].append(row)
        else:
            groups.append([row])
        previous = row
    return groups


def _masthead(text: str) -> bool:
    """Return True for a masthead line ("United Nations", "General Assembly"), not for a title
    line that names the United Nations ("to the United Nations Convention against")."""
    return bool(MASTHEAD_WORDS.search(text)) and len(MASTHEAD_WORDS.sub(" ", text).split()) <= 1


def _clean_title(lines: Sequence[str]) -> str | None:
    title = " ".join(" ".join(lines).split()).strip()
    title = " ".join(re.sub(r"\*+(?=\s|$)", "", title).split())
    return title or None


def _meeting(texts: Sequence[str], title: str | None) -> Meeting | None:
    for text in [title or "", *texts]:
        dates = find_range(text)
        if not dates:
            continue
        place = next((m["place"] for p in MEETING if (m := p.search(text))), None)
        return Meeting(place=place, start=dates[0], end=dates[1])
    return None
