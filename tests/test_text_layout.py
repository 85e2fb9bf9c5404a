"""Cleaning a pre-extracted text file into blocks."""

from indexer.clean.text_layout import text_layout
from indexer.extract.text import read_text
from indexer.models import Role
from tests.conftest import WG4_TEXT


def test_cover_lines_are_kept_apart():
    layout = text_layout(read_text(WG4_TEXT))
    assert layout.cover[0].text.startswith("Distr. générale 17 février 2010 Français")
    assert layout.blocks[0].text == "I. Introduction"


def test_list_dashes_are_removed_and_mark_a_new_block():
    blocks = text_layout(read_text(WG4_TEXT)).blocks
    second = next(b for b in blocks if b.text.startswith("2. Dans sa décision 4/4"))
    assert second.continues is False
    assert not any(b.text.startswith("- ") for b in blocks)


def test_footnote_lines_become_footnote_blocks_with_their_mark():
    blocks = text_layout(read_text(WG4_TEXT)).blocks
    notes = [(b.mark, b.text) for b in blocks if b.role is Role.FOOTNOTE]
    assert ("4", "CTOC/COP/WG.4/2009/2.") in notes
    assert ("10", "Publication des Nations Unies, numéro de vente: F.09.V.11.") in notes
    assert len(notes) == 15
