"""States named in a paragraph (being written: see issue 3)."""

from __future__ import annotations


def find_states(text: str) -> tuple[str, ...]:
    """Return the ISO 3166-1 alpha-3 codes of the States named in ``text``, in order."""
    return ()
