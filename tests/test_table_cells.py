"""A table's text from its rows (indexer/clean/table_cells.py): each cell in its column, a
cell wrapped over lines one cell, two cells whose texts nearly touch two cells. The Writer
tables of tests/fixtures/libreoffice read through it (tests/test_libreoffice.py)."""

from __future__ import annotations

import dataclasses

from indexer.clean.table_cells import table_text
from indexer.models import Row

CHAR = 3.8  # width of a glyph at 9 pt
COLUMNS = (80.0, 167.0, 238.0, 294.0)  # where each column's text starts


def row(baseline: float, *cells: tuple[int, str], size: float = 9.0) -> Row:
    """A row of a table: its cells (column, text), each starting at its column's left edge; a
    cell's text going on in the next column after "|" (two cells that nearly touch: one run of
    text)."""
    texts, spans, words = [], [], []
    for column, text in cells:
        x = start = COLUMNS[column]
        for part in text.split("|"):
            for word in part.split(" "):
                words.append((word, x, x + CHAR * len(word)))
                x += CHAR * (len(word) + 1)
            column += 1
            x = COLUMNS[column] if column < len(COLUMNS) else x
        texts.append(text.replace("|", " "))
        spans.append((start, words[-1][2]))
    return Row(
        text=" ".join(texts),
        page=1,
        x0=spans[0][0],
        x1=spans[-1][1],
        top=baseline - size,
        bottom=baseline,
        size=size,
        cells=len(texts),
        cell_texts=tuple(texts),
        cell_spans=tuple(spans),
        words=tuple(words) if len(texts) > 1 else (),
    )


def test_a_cell_wrapped_over_two_lines_is_one_cell():
    """Lines 10.3 pt apart under rows 13.7 pt apart: the cell's second line."""
    rows = [
        row(583.2, (0, "Africa"), (1, "9"), (2, "7"), (3, "2")),
        row(596.9, (0, "Latin America and the"), (1, "7"), (2, "6"), (3, "1")),
        row(607.2, (0, "Caribbean")),
        row(620.9, (0, "Total"), (1, "45"), (2, "40"), (3, "15")),
    ]
    assert table_text(rows).split("\n") == [
        "Africa\t9\t7\t2",
        "Latin America and the Caribbean\t7\t6\t1",
        "Total\t45\t40\t15",
    ]


def test_wrapped_cells_of_several_columns_join_their_own_cells():
    rows = [
        row(134.6, (0, "Brazil"), (1, "National"), (2, "No"), (3, "Pact against")),
        row(144.9, (1, "campaign"), (3, "slave labour")),
        row(158.6, (0, "Norway"), (1, "Schools"), (2, "Yes"), (3, "Hotels")),
    ]
    assert table_text(rows).split("\n") == [
        "Brazil\tNational campaign\tNo\tPact against slave labour",
        "Norway\tSchools\tYes\tHotels",
    ]


def test_a_row_with_empty_cells_stays_a_row_when_rows_are_set_as_close_as_lines():
    """No row of the table stands further from the one above than a line: a line under a row
    cannot be told from a row whose other cells are empty."""
    rows = [
        row(100.0, (0, "Africa"), (1, "9"), (2, "7"), (3, "2")),
        row(110.3, (0, "Oceania")),
        row(120.6, (0, "Total"), (1, "45"), (2, "40"), (3, "15")),
    ]
    assert table_text(rows).split("\n") == ["Africa\t9\t7\t2", "Oceania", "Total\t45\t40\t15"]


def test_two_cells_whose_texts_nearly_touch_are_two_cells():
    """'États-Unis d'Amérique' ends 5 pt before the next column's '103': one run of text
    to the reader, cut where the next column starts."""
    rows = [
        row(77.0, (0, "Espagne"), (1, "46"), (2, "52"), (3, "44")),
        row(90.7, (0, "États-Unis d'Amérique|103"), (2, "77"), (3, "47")),
        row(104.3, (0, "France"), (1, "28"), (2, "33"), (3, "36")),
    ]
    assert table_text(rows).split("\n")[1] == "États-Unis d'Amérique\t103\t77\t47"


def test_a_hyphen_ending_a_cell_s_line_is_decided_as_in_running_text():
    rows = [
        row(240.8, (0, "République de Moldo-"), (1, "67"), (2, "72"), (3, "58")),
        row(251.2, (0, "va")),
        row(264.8, (0, "Roumanie"), (1, "173"), (2, "171"), (3, "159")),
        row(278.5, (0, "Awareness-"), (1, "1"), (2, "2"), (3, "3")),
        row(288.8, (0, "raising")),
        row(302.4, (0, "Cooperatio"), (1, "1"), (2, "2"), (3, "3")),
        row(312.7, (0, "n with the")),
        row(326.3, (0, "Total"), (1, "4"), (2, "5"), (3, "6")),
    ]
    assert [line.split("\t")[0] for line in table_text(rows).split("\n")] == [
        "République de Moldova",
        "Roumanie",
        "Awareness-raising",  # a compound: the joined word is no word
        "Cooperation with the",  # wider than its cell: cut with no hyphen
        "Total",
    ]


def test_a_header_wider_than_its_column_stays_in_it():
    """A header centred over a narrower column reaches past the middle of the space before
    it: it is one cell, in its column, the column before holding a cell of its own (its first
    word had gone there)."""
    header = row(100.0, (0, "Region"), (1, "Sexual"), (3, "Mixed"))
    wide = dataclasses.replace(
        header,
        cell_spans=(header.cell_spans[0], (120.0, 169.0), header.cell_spans[2]),
        words=(header.words[0], ("Forced", 120.0, 143.0), ("labour", 146.0, 169.0)),
        cell_texts=("Region", "Forced labour", "Mixed"),
    )
    wide = dataclasses.replace(wide, words=(*wide.words, header.words[2]))
    rows = [
        wide,
        row(113.7, (0, "Africa"), (1, "9"), (2, "7"), (3, "2")),
        row(127.4, (0, "Total"), (1, "45"), (2, "40"), (3, "15")),
    ]
    assert table_text(rows).split("\n")[0] == "Region\tForced labour\t\tMixed"
