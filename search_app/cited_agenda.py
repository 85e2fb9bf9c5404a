"""The agenda items a citation names beside a document or its paragraphs (``?agenda=3``,
``?agenda=4,5``: "CTOC/COP/WG.4/2010/6, item 3", "item 4, paras. 40-42"): the paragraphs on
them, and what a page says of those cited that are on another item or on none."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request
from flask_babel import gettext as _

from indexer.index.api import Hit

from .citation_text import marked_label, number_list
from .params import N_, ParamError


@dataclass(frozen=True)
class CitedAgenda:
    """The agenda items a citation named (``?agenda=3``, ``?agenda=4,5``), as a page says them."""

    named: int | str  # the item (3), or the items held, as words ("4 and 5")
    hits: tuple[Hit, ...]  # the document's paragraphs on them
    title: str  # the item's title; "" for several
    several: bool
    said: str  # what the page says of the items the document has no paragraphs on


def named(paragraphs: tuple[Hit, ...]) -> CitedAgenda | None:
    """Return the agenda item a citation named (``?agenda=3``, as the search box sends
    "CTOC/COP/WG.4/2010/6, item 3"), the paragraphs the document has on it, its title, whether
    several were named and what the page says of those it has no paragraphs on; None without
    the parameter. Several (``?agenda=4,5``, "agenda items 4 and 5", blind case list 13): the
    items held ("4 and 5"), the title empty. The page reads the items again in its own
    paragraphs.

    Raises:
        ParamError: it is not an item's number, 1 to 99, or at most ten of them.
    """
    value = request.args.get("agenda")
    if not value:
        return None
    pieces = value.split(",")
    if len(pieces) > 10 or not all(
        p.isascii() and p.isdigit() and 1 <= int(p) <= 99 for p in pieces
    ):
        raise ParamError(
            "agenda",
            N_("%(name)s must be an agenda item's number such as 3"),
            plain=N_("The agenda item cited must be a number such as 3."),
        )
    items = tuple(dict.fromkeys(int(p) for p in pieces))
    hits = tuple(p for p in paragraphs if p.agenda_item and p.agenda_item.number in items)
    if len(items) == 1:
        title = hits[0].agenda_item.title if hits and hits[0].agenda_item else ""
        return CitedAgenda(items[0], hits, title, False, "")
    held = sorted({p.agenda_item.number for p in hits if p.agenda_item})
    lacking = [n for n in items if n not in held]
    said = ""
    if held and len(lacking) == 1:
        said = _("The document has no paragraphs on agenda item %(item)s.", item=lacking[0])
    elif held and lacking:
        said = _(
            "The document has no paragraphs on agenda items %(items)s.", items=number_list(lacking)
        )
    if len(held) == 1:  # "items 5 and 9": item 5, said as one is, then that 9 has none
        title = hits[0].agenda_item.title if hits[0].agenda_item else ""
        return CitedAgenda(held[0], hits, title, False, said)
    return CitedAgenda(number_list(held or sorted(items)), hits, "", True, said)


def check(cited: list[Hit]) -> list[str]:
    """Return what the page of paragraphs cited with the agenda items a citation names beside
    them (``?paras=40-42&agenda=2``, "item 2, paras. 40-42"; ``agenda=4,5``) says of those on
    none of them (nothing when all are on one), as a paragraph's page does for one."""
    asked = _agenda_asked()

    def item_of(hit: Hit) -> int | None:
        return hit.agenda_item.number if hit.agenda_item else None

    elsewhere = [h for h in cited if item_of(h) not in asked]
    if not elsewhere:
        return []
    items = sorted({item_of(h) for h in elsewhere}, key=lambda n: (n is None, n or 0))
    asked_words = number_list(asked)
    several = len(asked) > 1
    if len(cited) == 1:
        (item,) = items
        return [_on_another_item(asked_words, several, item, paragraph=True)]
    if len(elsewhere) == len(cited) and len(items) == 1:
        return [_on_another_item(asked_words, several, items[0], paragraph=False)]
    where = []
    for item in items:
        label = marked_label([h.anchor for h in elsewhere if item_of(h) == item])
        if item is None:
            where.append(_("%(paragraphs)s on no agenda item", paragraphs=label))
        else:
            where.append(_("%(paragraphs)s on item %(item)s", paragraphs=label, item=item))
    listed = (
        where[0]
        if len(where) == 1
        else _("%(items)s and %(last)s", items=", ".join(where[:-1]), last=where[-1])
    )
    if several:
        return [
            _(
                "The citation names agenda items %(asked)s, but not all its paragraphs are on "
                "them: %(elsewhere)s.",
                asked=asked_words,
                elsewhere=listed,
            )
        ]
    return [
        _(
            "The citation names agenda item %(asked)s, but not all its paragraphs are on it: "
            "%(elsewhere)s.",
            asked=asked_words,
            elsewhere=listed,
        )
    ]


def _agenda_asked() -> tuple[int, ...]:
    """Return the agenda items ``?agenda=`` names (checked by :func:`named` before)."""
    return tuple(dict.fromkeys(int(p) for p in request.args.get("agenda", "").split(",") if p))


def _on_another_item(named: str, several: bool, item: int | None, paragraph: bool) -> str:
    """Return what a page says when the paragraph cited (``paragraph``), or all the paragraphs
    cited, are on agenda item ``item`` (None: on none), not on the one or several named."""
    if paragraph and item is None and several:
        return _(
            "The citation names agenda items %(asked)s, but this paragraph is on no agenda item.",
            asked=named,
        )
    if paragraph and item is None:
        return _(
            "The citation names agenda item %(asked)s, but this paragraph is on no agenda item.",
            asked=named,
        )
    if paragraph and several:
        return _(
            "The citation names agenda items %(asked)s, but this paragraph is on agenda item "
            "%(item)s.",
            asked=named,
            item=item,
        )
    if paragraph:
        return _(
            "The citation names agenda item %(asked)s, but this paragraph is on agenda item "
            "%(item)s.",
            asked=named,
            item=item,
        )
    if item is None and several:
        return _(
            "The citation names agenda items %(asked)s, but its paragraphs are on no agenda item.",
            asked=named,
        )
    if item is None:
        return _(
            "The citation names agenda item %(asked)s, but its paragraphs are on no agenda item.",
            asked=named,
        )
    if several:
        return _(
            "The citation names agenda items %(asked)s, but its paragraphs are on agenda item "
            "%(item)s.",
            asked=named,
            item=item,
        )
    return _(
        "The citation names agenda item %(asked)s, but its paragraphs are on agenda item %(item)s.",
        asked=named,
        item=item,
    )


def note(hit: Hit, agenda: CitedAgenda | None) -> list[str]:
    """Return what the page of a paragraph cited with an agenda item (``?agenda=4``, "item 4,
    para. 40"; several, ``?agenda=4,5``) says when the paragraph is on none of them (nothing
    when it is). Before, the agenda item beside a paragraph was left unread and searched as
    words."""
    if agenda is None or agenda.hits:
        return []
    return check([hit])
