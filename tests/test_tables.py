"""A table over a page break: when the part on the next page goes on from it, and the
header rows that page repeats."""

from __future__ import annotations

import pytest

from indexer.clean.tables import goes_on, joined

ABOVE = "Table 2. Convictions, 2007-2010\nCountry\t2007\t2008\nArgentina\t12\t18\nBelgium\t54\t61"


@pytest.mark.parametrize(
    ("above", "below", "goes"),
    [
        (ABOVE, "Country\t2007\t2008\nNigeria\t18\t23", True),  # its header repeated
        (ABOVE, "Nigeria\t18\t23\nRomania\t173\t171", True),
        (ABOVE, "Table 3. Victims, 2010\nCountry\t2007\t2008\nNigeria\t18\t23", False),
        (ABOVE + "\nSource: Replies of States.", "Nigeria\t18\t23\nRomania\t173\t171", False),
        (ABOVE, "Nigeria\t18\t23\t25\nRomania\t173\t171\t159", False),  # another width
    ],
)
def test_a_table_opening_a_page_goes_on_from_the_one_before(above, below, goes):
    assert goes_on(above, below) is goes


def test_the_header_rows_a_page_repeats_are_dropped():
    assert joined(ABOVE, "Country\t2007\t2008\nNigeria\t18\t23") == (f"{ABOVE}\nNigeria\t18\t23")
    assert joined(ABOVE, "Nigeria\t18\t23") == f"{ABOVE}\nNigeria\t18\t23"
