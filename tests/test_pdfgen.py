"""Check that tests.pdfgen renders faithful UN-layout PDFs and broken files."""

from __future__ import annotations

import copy
import pathlib
import re
from dataclasses import dataclass, field
from typing import Any

import pikepdf
import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LAParams, LTChar, LTCurve, LTTextContainer, LTTextLine

from tests.pdfgen import (
    example_spec,
    render_un_pdf,
    un_layout,
    write_empty_text,
    write_encrypted_pdf,
    write_non_utf8_text,
    write_not_a_pdf,
    write_scanned_pdf,
    write_truncated_pdf,
    write_zero_byte,
)
from tests.pdfgen.bad_files import USER_PASSWORD

SYMBOL = "CTOC/COP/WG.4/2010/6"
MARK_RE = re.compile(r"\[\^([^\]]+)\]")


@dataclass
class Page:
    """Text lines and ruling lines that pdfminer found on one page."""

    lines: list[LTTextLine] = field(default_factory=list)
    rules: list[LTCurve] = field(default_factory=list)

    def text(self) -> str:
        """Return the page's text with whitespace collapsed."""
        return " ".join(" ".join(line.get_text() for line in self.lines).split())


def chars(line: LTTextLine) -> list[LTChar]:
    """Return the real characters of a text line."""
    return [c for c in line if isinstance(c, LTChar)]


def read_pages(path: pathlib.Path) -> list[Page]:
    """Read a PDF back with pdfminer into Page objects."""
    pages = []
    for layout in extract_pages(path, laparams=LAParams(char_margin=20)):
        page = Page()
        for obj in layout:
            if isinstance(obj, LTTextContainer):
                page.lines.extend(x for x in obj if isinstance(x, LTTextLine))
            elif isinstance(obj, LTCurve):
                page.rules.append(obj)
        page.lines.sort(key=lambda line: (-line.y0, line.x0))
        pages.append(page)
    return pages


def separator(page: Page) -> LTCurve | None:
    """Return the short footnote separator rule of a page, if any."""
    rules = [r for r in page.rules if 60 < r.width < 90 and r.height < 2]
    return rules[0] if rules else None


def body_lines(page: Page) -> list[LTTextLine]:
    """Return the body lines (10 pt text between header and footnotes)."""
    sep = separator(page)
    floor = sep.y0 if sep else 100.0
    return [
        line
        for line in page.lines
        if floor < line.y0 < 760 and max(c.size for c in chars(line)) >= 9.9
    ]


def plain(text: str) -> str:
    """Return spec text as pdfminer extracts it (marks glued, spaces collapsed)."""
    return " ".join(MARK_RE.sub(r"\1", text).split())


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """Return the example spec used for the layout checks."""
    return example_spec()


@pytest.fixture(scope="module")
def pdf_path(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Render the example spec once per module."""
    return render_un_pdf(spec, tmp_path_factory.mktemp("pdfgen") / "un.pdf")


@pytest.fixture(scope="module")
def pages(pdf_path: pathlib.Path) -> list[Page]:
    """Read the rendered example back with pdfminer."""
    return read_pages(pdf_path)


def test_renders_several_pages_with_metadata(pdf_path: pathlib.Path, pages: list[Page]) -> None:
    """Render a cover plus at least two body pages with the symbol as title."""
    assert len(pages) >= 3
    with pikepdf.open(pdf_path) as pdf:
        assert str(pdf.docinfo["/Title"]) == SYMBOL


def test_output_is_deterministic(
    spec: dict[str, Any], pdf_path: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """Produce byte-identical files for the same spec."""
    again = render_un_pdf(copy.deepcopy(spec), tmp_path / "again.pdf")
    assert again.read_bytes() == pdf_path.read_bytes()


def test_cover_page(pages: list[Page]) -> None:
    """Show the symbol large at top right and the full job number, no page number."""
    cover = pages[0]
    top = next(line for line in cover.lines if SYMBOL in line.get_text())
    text = "".join(c.get_text() for c in chars(top))
    assert text.startswith("Nations Unies")
    assert chars(top)[0].size == pytest.approx(14, abs=0.1)
    symbol = chars(top)[text.index(SYMBOL) :]
    assert {c.size for c in symbol} == {20}
    assert symbol[-1].x1 == pytest.approx(540.8, abs=0.5) and top.y0 > 740
    footer = [line for line in cover.lines if line.y0 < 100]
    assert [line.get_text().strip() for line in footer] == ["V.10-50943 (F)"]


def test_running_header_on_every_page_but_the_cover(pages: list[Page]) -> None:
    """Put the 9 pt bold symbol in the top band, outer side alternating."""
    for number, page in enumerate(pages[1:], start=2):
        top = [line for line in page.lines if line.y0 > 760 and line.get_text().strip() == SYMBOL]
        assert top, f"no running header on page {number}"
        assert chars(top[0])[0].size == pytest.approx(9, abs=0.1)
        assert "Bold" in chars(top[0])[0].fontname
        if number % 2 == 0:
            assert top[0].x0 == pytest.approx(56.6, abs=0.5)
        else:
            assert top[0].x1 == pytest.approx(540.8, abs=0.5)


def test_footer_shows_page_and_job_number(pages: list[Page]) -> None:
    """Print the page number and the job number without '(F)' near y = 85."""
    for number, page in enumerate(pages[1:], start=2):
        texts = {line.get_text().strip() for line in page.lines if line.y0 < 95}
        assert texts == {str(number), "V.10-50943"}


def test_footnotes_below_separator_in_smaller_font(pages: list[Page]) -> None:
    """Print footnote texts under a short rule at x = 113, at 9 pt."""
    page = next(p for p in pages if "Recueil des Traités" in p.text())
    sep = separator(page)
    assert sep is not None and sep.x0 == pytest.approx(113, abs=0.5)
    notes = [
        line
        for line in page.lines
        if "Recueil des Traités" in line.get_text() or "CTOC/COP/2008/19" in line.get_text()
    ]
    assert len(notes) == 2
    for line in notes:
        assert line.y1 < sep.y0 and line.y0 > 95
        assert chars(line)[-1].size == pytest.approx(9, abs=0.1)
        assert chars(line)[0].size == pytest.approx(6.5, abs=0.1)
        assert chars(line)[1].x0 == pytest.approx(141.7, abs=0.5)
    assert all(line.y0 > sep.y1 for line in body_lines(page))


def test_reference_marks_are_small_raised_and_glued(pages: list[Page]) -> None:
    """Render '[^1]' as a 6.5 pt mark raised ~3.5 pt right after its word."""
    page = next(p for p in pages if "Recueil des Traités" in p.text())
    line = next(line for line in body_lines(page) if "organisée1" in line.get_text())
    text = "".join(c.get_text() for c in chars(line))
    index = text.index("organisée1") + len("organisée")
    word_end, mark = chars(line)[index - 1], chars(line)[index]
    assert mark.size == pytest.approx(6.5, abs=0.1)
    assert word_end.size == pytest.approx(10, abs=0.1)
    assert mark.matrix[5] - word_end.matrix[5] == pytest.approx(3.5, abs=0.1)
    assert mark.x0 == pytest.approx(word_end.x1, abs=0.05)


def test_paragraph_continues_across_page_break(spec: dict[str, Any], pages: list[Page]) -> None:
    """Split at least one numbered paragraph over two pages."""
    texts = [page.text() for page in pages]
    split = 0
    for block in spec["blocks"]:
        if block.get("number") is None:
            continue
        words = plain(block["text"]).split()
        head, tail = " ".join(words[:8]), " ".join(words[-8:])
        first = next(i for i, t in enumerate(texts) if head in t)
        last = next(i for i, t in enumerate(texts) if tail in t)
        split += last > first
    assert split >= 1


def test_hanging_numbers(spec: dict[str, Any], pages: list[Page]) -> None:
    """Print 'N.' at x = 113 and the first-line text at x = 141.7."""
    numbers = [b["number"] for b in spec["blocks"] if b.get("number") is not None]
    starts = {}
    for page in pages[1:]:
        for line in body_lines(page):
            found = re.match(r"(\d+)\.\s", line.get_text())
            if found:
                starts[int(found.group(1))] = chars(line)
    assert sorted(starts) == numbers
    for number, line_chars in starts.items():
        digits = len(str(number)) + 1
        assert line_chars[0].x0 == pytest.approx(113, abs=0.05)
        assert line_chars[digits].x0 == pytest.approx(141.7, abs=0.05)


def test_continuation_lines_and_items_positions(pages: list[Page]) -> None:
    """Start continuation lines at 113 and sub-item lines at 141.7."""
    lefts = {round(line.x0, 1) for page in pages[1:] for line in body_lines(page)}
    assert {113.0, 141.7} <= lefts
    items = [
        line
        for page in pages
        for line in body_lines(page)
        if line.get_text().startswith(("a) ", "b) "))
    ]
    assert len(items) == 2 and all(abs(i.x0 - 141.7) < 0.05 for i in items)


def test_headings_are_bold_and_sized(pages: list[Page]) -> None:
    """Set level-1 headings in bold 14 pt at x = 85."""
    heads = [
        line
        for page in pages[1:]
        for line in page.lines
        if line.get_text().startswith(("I. ", "II. "))
    ]
    assert len(heads) == 2
    for line in heads:
        assert "Bold" in chars(line)[0].fontname
        assert chars(line)[0].size == pytest.approx(14, abs=0.1)
        assert line.x0 == pytest.approx(85, abs=0.5)


LONG_WORD = "Convention-internationale-contre-la-criminalité-organisée"


@pytest.mark.parametrize("lines_before", range(38, 52))
def test_footnotes_stay_with_references(lines_before: int, tmp_path: pathlib.Path) -> None:
    """Keep each raised mark on the page of its footnote, wherever it falls."""
    spec = example_spec()
    filler = {"type": "text", "text": " ".join([LONG_WORD] * lines_before)}
    spec["blocks"] = [filler, spec["blocks"][1]]
    pages = read_pages(render_un_pdf(spec, tmp_path / "n.pdf"))[1:]
    for page in pages:
        marks = [c.get_text() for line in body_lines(page) for c in chars(line) if c.size < 7]
        notes = [
            chars(line)[0].get_text()
            for line in page.lines
            if 95 < line.y0 < 400 and chars(line)[0].size < 7
        ]
        assert marks == notes
    assert "".join(page.text() for page in pages).count("Recueil des Traités") == 1


@pytest.mark.parametrize("lines_before", range(40, 60))
def test_heading_never_last_on_page(lines_before: int) -> None:
    """Move a heading that would end a page to the top of the next one."""
    pdf = un_layout._new_pdf("t", "t")
    blocks = [
        {"type": "text", "text": " ".join([LONG_WORD] * lines_before)},
        {"type": "heading", "level": 2, "text": "A. Titre"},
        {"type": "paragraph", "number": 1, "text": "Texte. " * 200},
    ]
    try:
        flow, _ = un_layout._layout(pdf, blocks)
    finally:
        un_layout._close_fonts(pdf)
    assert len(flow.pages[0].lines) in range(min(lines_before, 50), 56)
    for page in flow.pages:
        assert page.lines and not page.lines[-1].keep


def test_full_pages_reach_the_bottom_margin() -> None:
    """Fill a page without footnotes down to 105 pt (+ one line) from the bottom."""
    pdf = un_layout._new_pdf("t", "t")
    try:
        flow, _ = un_layout._layout(pdf, [{"type": "text", "text": "Texte. " * 900}])
    finally:
        un_layout._close_fonts(pdf)
    assert len(flow.pages) > 1
    bottom = un_layout.PAGE_H - flow.pages[0].lines[-1].y
    assert 105 <= bottom < 105 + un_layout.BODY_PITCH


def test_toc_page_lists_headings_with_page_numbers(tmp_path: pathlib.Path) -> None:
    """Add a contents page after the cover with leaders and page numbers."""
    pages = read_pages(render_un_pdf(example_spec(toc=True), tmp_path / "toc.pdf"))
    toc = [line.get_text().strip() for line in pages[1].lines]
    assert "Table des matières" in toc
    entries = [t for t in toc if "....." in t]
    assert len(entries) == 2
    for entry in entries:
        title, number = re.match(r"(.+?)\s*\.{5,}\s*(\d+)$", entry).groups()
        assert title in pages[int(number) - 1].text()


def test_missing_font_names_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    """Raise FileNotFoundError naming fonts-dejavu-core when fonts are absent."""
    monkeypatch.setattr(un_layout, "FONT_DIR", tmp_path)
    with pytest.raises(FileNotFoundError, match="fonts-dejavu-core"):
        render_un_pdf(example_spec(), tmp_path / "x.pdf")


def test_zero_byte(tmp_path: pathlib.Path) -> None:
    """Write an empty .pdf file."""
    path = write_zero_byte(tmp_path)
    assert path.name == "zero-byte.pdf" and path.stat().st_size == 0


def test_truncated_pdf(pdf_path: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Keep 40% of the source bytes, which no longer parse as a PDF."""
    path = write_truncated_pdf(tmp_path, pdf_path)
    size = pdf_path.stat().st_size
    assert path.stat().st_size == int(size * 0.4)
    assert pdf_path.read_bytes().startswith(path.read_bytes())


def test_encrypted_pdf(pdf_path: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Refuse to open without the user password; open with it."""
    path = write_encrypted_pdf(tmp_path, pdf_path)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path)
    with pikepdf.open(path, password=USER_PASSWORD) as pdf:
        assert pdf.is_encrypted and len(pdf.pages) >= 3


def test_not_a_pdf(tmp_path: pathlib.Path) -> None:
    """Write HTML under a .pdf name."""
    path = write_not_a_pdf(tmp_path)
    assert path.suffix == ".pdf"
    assert path.read_bytes().lstrip().lower().startswith(b"<!doctype html")


def test_scanned_pdf_has_pages_but_no_text(tmp_path: pathlib.Path) -> None:
    """Write an image-only PDF: pages, an image, no extractable text."""
    path = write_scanned_pdf(tmp_path)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) >= 1
        assert len(pdf.pages[0].get_images()) == 1
    assert extract_text(path).strip() == ""


def test_non_utf8_text(tmp_path: pathlib.Path) -> None:
    """Write Latin-1 bytes that fail UTF-8 decoding."""
    data = write_non_utf8_text(tmp_path).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "États parties" in data.decode("latin-1")


def test_empty_text(tmp_path: pathlib.Path) -> None:
    """Write a .txt document with whitespace only."""
    path = write_empty_text(tmp_path)
    assert path.suffix == ".txt" and path.stat().st_size > 0
    assert path.read_text(encoding="utf-8").strip() == ""
