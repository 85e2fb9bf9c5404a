"""Citations: how a paragraph is cited, and (later) which paragraph a typed citation means."""

from __future__ import annotations

from flask_babel import gettext as _

from indexer.index.api import Hit


def citation(hit: Hit) -> str:
    """Return the UN-style citation of a paragraph in the interface language.

    ``CTOC/COP/WG.4/2010/6, para. 32``; ``A/RES/48/161, preambular para. 3``
    for the unnumbered preamble paragraph ``pp3``.
    """
    if hit.paragraph is not None:
        return _("%(symbol)s, para. %(number)s", symbol=hit.symbol, number=hit.paragraph)
    if hit.anchor.startswith("pp") and hit.anchor[2:].isdigit():
        return _(
            "%(symbol)s, preambular para. %(number)s", symbol=hit.symbol, number=hit.anchor[2:]
        )
    return f"{hit.symbol}, {hit.anchor}"


def resolve(query: str) -> str | None:
    """Return the URL of the paragraph a typed citation points to, or None.

    The seam for citation lookup (``CTOC/COP/WG.4/2010/6, para. 32`` typed into
    the search box): the search view sends the user there when this returns a
    URL. Not written yet: every query is searched as words.
    """
    return None
