"""Parts of a page set in two or three columns, found from the geometry of its lines
(indexer/extract/columns.py); the Writer PDFs in tests/test_libreoffice.py read through it."""

from __future__ import annotations

from indexer.extract.columns import Line, find_columns

A4 = 595.0
CHAR = 5.0  # width of a glyph, in points, at 10 pt


def line(top: float, *words: tuple[float, str]) -> Line:
    """A line of 10 pt type at ``top``, its words (x0, text) set a space apart from x0 on."""
    glyphs = []
    for x, text in words:
        for char in text:
            if char != " ":
                glyphs.append((x, x + CHAR, char))
            x += CHAR
    return Line(top=top, bottom=top + 10, size=10.0, glyphs=tuple(glyphs))


def parts(lines: list[Line], width: float = A4, rules: tuple[float, ...] = ()) -> list:
    """The parts in two columns found: first and last line, and whether the gutter splits."""
    return [
        (part.first, part.last, len(part.splits) == 1 and 290 < part.splits[0] < 305)
        for part in find_columns(lines, width, list(rules))
    ]


def two_columns(first: float, lines: int, left: float = 62.0) -> list[Line]:
    """Lines of two justified columns, 62-290 and 305-533 (a 15 pt gutter)."""
    return [
        line(first + 12 * i, (left, "x" * int((290 - left) / CHAR)), (305, "y" * 45))
        for i in range(lines)
    ]


def test_two_columns_between_lines_across_the_page_are_one_part():
    across = [line(100, (62, "z" * 94)), line(112, (62, "z" * 60))]
    below = [line(260, (62, "z" * 94))]
    lines = [*across, *two_columns(130, 10), *below]
    assert parts(lines) == [(2, 11, True)]


def test_columns_as_close_as_latex_sets_them_are_two_columns():
    """GIVEN two columns 9 pt apart in 10 pt type (LaTeX's default \\columnsep, 10 pt, is
    0.83 of 12 pt type, less when a paragraph number hangs at the right column's edge) WHEN
    read THEN they are two columns: the gutter had to be a font size wide, and the page was
    read across ("pre- 7. vented")."""
    lines = [line(100 + 12 * i, (62, "x" * 45), (296, "y" * 46)) for i in range(6)]
    assert parts(lines) == [(0, 5, True)]


def test_a_paragraph_number_hanging_in_the_margin_is_no_column():
    numbered = [line(88, (62, "1."), (98, "x" * 38), (305, "y" * 45))]
    assert parts([*numbered, *two_columns(100, 4, left=98)]) == [(0, 4, True)]


def test_a_drawn_line_ends_the_part():
    lines = two_columns(100, 6)
    assert parts(lines, rules=(148.0,)) == [(0, 3, True)]  # under the fourth line


def test_a_masthead_laid_out_as_a_table_is_not_two_columns():
    """Its right column starts left of the page's middle and is wider than the left one."""
    lines = [
        line(63, (80, "Conference of the Parties to the"), (264, "Distr.: General")),
        line(75, (80, "United Nations Convention against"), (264, "12 May 2011")),
        line(87, (80, "Transnational Organized Crime"), (264, "Original: English")),
        line(99, (264, "CTOC/COP/WG.4/2011/3 and a long symbol line")),
    ]
    assert parts(lines) == []


def test_a_table_s_header_under_its_caption_is_not_two_columns():
    """A caption runs across the table's first columns; the header's cells leave gutters of
    their own in the left part (a landscape page of a Writer paper had been read as two
    columns, the header's wrapped cells reordered)."""
    lines = [
        line(66, (98, "Table 3. Measures to discourage demand reported")),
        line(85, (82, "State"), (196, "Awareness-"), (290, "Criminal-"), (434, "Cooperation")),
        line(97, (196, "campaigns"), (290, "ization"), (434, "with the")),
        line(108, (196, "of use"), (290, "rules"), (434, "private")),
        line(120, (434, "sector")),
    ]
    assert parts(lines, width=842.0) == []


def test_a_page_of_one_column_has_no_part_in_two():
    lines = [line(100 + 12 * i, (62, "z" * 94)) for i in range(20)]
    lines.append(line(340, (62, "z" * 40)))
    assert parts(lines) == []


def three_columns(first: float, lines: int) -> list[Line]:
    """Lines of three justified columns, 62-202, 222-362 and 382-522 (20 pt gutters)."""
    return [
        line(first + 12 * i, (62, "x" * 28), (222, "y" * 28), (382, "w" * 28)) for i in range(lines)
    ]


def test_three_columns_under_one_are_a_part_in_three():
    """GIVEN a page whose text runs across it, then goes on in three columns (multicol's
    three, a list of participants) WHEN read THEN the lines in three columns are one part, cut
    at both gutters: read across, they had been a "table" of their lines."""
    across = [line(100 + 12 * i, (62, "z" * 92)) for i in range(3)]
    found = find_columns([*across, *three_columns(150, 8)], A4, [])
    assert [(part.first, part.last) for part in found] == [(3, 10)]
    assert 202 < found[0].splits[0] < 222 and 362 < found[0].splits[1] < 382


def test_three_columns_with_a_gutter_of_their_own_are_a_table():
    """GIVEN rows of six runs of text, two to a third (a table's columns) WHEN read THEN no
    part is in three columns."""
    rows = [
        line(
            100 + 12 * i,
            (62, "x" * 10),
            (132, "x" * 10),
            (222, "y" * 10),
            (292, "y" * 10),
            (382, "w" * 10),
            (452, "w" * 10),
        )
        for i in range(6)
    ]
    assert find_columns(rows, A4, []) == []


def test_three_columns_of_unequal_pitch_are_not_three_columns():
    """GIVEN three runs per line whose starts are not evenly spaced (a form, a masthead) WHEN
    read THEN no part is in three columns."""
    rows = [line(100 + 12 * i, (62, "x" * 20), (190, "y" * 10), (400, "w" * 20)) for i in range(6)]
    assert all(len(part.splits) != 2 for part in find_columns(rows, A4, []))
