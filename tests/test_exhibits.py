"""How tables and boxes are named (indexer/exhibits.py)."""

import pytest

from indexer.exhibits import box_number, box_title, exhibit_names, table_numbers


@pytest.mark.parametrize(
    ("captions", "numbers"),
    [
        (["Table 1. Victims", "Tableau 2. Victimes"], [1, 2]),
        (["Table 3. Convictions"], [3]),  # the caption's number, even when it is the first table
        (["Table II. By region", "Rows without a caption"], [1, 2]),  # a Roman numeral: in order
        # a figure read as a table never takes a number that a table's caption gives
        (["Figure 1. Trends", "Table 1. Victims", "Table 2. Convictions"], [3, 1, 2]),
        (["Table 3. A", "", "Table 3. Repeated", "Table 4. B"], [3, 5, 6, 4]),
    ],
)
def test_a_table_keeps_its_captions_number_and_the_others_take_free_ones(captions, numbers):
    assert table_numbers(captions) == numbers


def test_a_box_is_named_by_its_titles_number():
    assert box_title("Box 2. Good practice: screening") == "Good practice: screening"
    assert box_title("Encadré 4") == ""
    assert box_title("Boxes of documents were sent") is None
    assert box_number("Box 2. Good practice", {1}) == 2
    assert box_number("Box 2. Another", {2}) == 3


@pytest.mark.parametrize(
    ("captions", "names"),
    [
        (  # a chart is a figure, numbered among the figures; the tables keep their numbers
            ["Figure 1. Trends", "Table 1. Victims", "Graphique 2. Tendances"],
            [("figure", 1), ("table", 1), ("figure", 2)],
        ),
        (["Table 2. Convictions", "Rows without a caption"], [("table", 2), ("table", 3)]),
        (["Chart 3. Flows", "Figure 3. Repeated"], [("figure", 3), ("figure", 4)]),
    ],
)
def test_a_figure_is_named_among_the_figures(captions, names):
    assert exhibit_names(captions) == names
