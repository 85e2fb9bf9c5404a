"""What pages show for codes: facet names, languages, kinds, States, topics, dates, notices.

Registered as template globals by :func:`init_app`; every label is in the
interface language of the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from babel.dates import format_date
from babel.numbers import format_decimal
from flask import Flask, request
from flask_babel import gettext as _
from flask_babel import ngettext

from indexer.enrich.state_groups import groups
from indexer.enrich.states import state_label
from indexer.enrich.topics import topic_label
from indexer.index.api import MAX_QUERY_LENGTH
from indexer.index.notices import Notice
from indexer.index.serialize import document_url, paragraph_url
from indexer.resources import load

from .citation_text import (
    citation,
    marked_label,
    number_list,
    para_mark,
    paragraphs_label,
    subitem_label,
)
from .i18n import LANGUAGES, ui_language
from .params import N_, NP_
from .tables import table_view

FACET_TITLES = {
    "agenda": N_("Agenda item"),
    "state": N_("State"),
    "topic": N_("Topic"),
    "symbol": N_("Document"),
    "year": N_("Year"),
    "lang": N_("Language"),
    "kind": N_("Kind of paragraph"),
}

# The search core's notices (indexer.index.notices), by code, and their messages here.
NOTICES = {
    "query-cut": N_(
        "The search is limited to %(limit)s characters: what followed them was left out."
    ),
    "syntax": N_("The query's syntax was not understood (%(problem)s); searched for its words."),
    "corrected": N_("“%(old)s” is not in the documents: searched for “%(new)s”."),
    "missing": N_(
        "No paragraph has “%(word)s”, in either language: the results have the other words."
    ),
    "not-found": N_("No paragraph has “%(word)s”, in either language."),
    "short-prefix": N_(
        "“%(word)s”: a * needs at least %(least)s letters before it; searched for “%(typed)s”."
    ),
    "no-prefix-words": N_(
        "No word of the documents begins with “%(typed)s”: searched for “%(typed)s”."
    ),
    "no-wildcard-words": N_(
        "No word of the documents matches “%(word)s”: searched for “%(typed)s”."
    ),
    "ignored": N_("“%(text)s” is not query syntax here: it was left out."),
    "unclosed-quote": N_("A quotation mark is not closed: it was left out."),
    "empty-prefix": N_(
        "“%(name)s:” needs a value, as in state:ITA or topic:children: it was left out."
    ),
    "wildcard": NP_(  # by the notice's count
        "“%(word)s” stands for %(num)s word of the documents: %(words)s.",
        "“%(word)s” stands for %(num)s words of the documents: %(words)s.",
    ),
    "unknown-value": N_(
        "“%(name)s:%(value)s” matches nothing: “%(value)s” is no value of the filter “%(filter)s”."
    ),
    "phrase-equivalents": N_("No paragraph has “%(phrase)s” as written: showing equivalent terms."),
    "phrase-translated": N_(
        "“%(phrase)s” is also searched as its equivalents in the other language."
    ),
    "phrase-unquoted": N_(
        "No paragraph has “%(phrase)s” as written, in either language: showing the paragraphs "
        "with its words."
    ),
    "phrase-forms": NP_(  # by the notice's count
        "%(num)s more paragraph has the quoted words in another form "
        "(singular or plural, another ending).",
        "%(num)s more paragraphs have the quoted words in another form "
        "(singular or plural, another ending).",
    ),
    "absent-value": N_("The filter “%(name)s=%(value)s” matches no paragraph of the collection."),
    "nothing-to-search": N_(
        "“%(text)s” has no word to search for (only words too common to count, or signs): "
        "every paragraph is listed."
    ),
    "exclusive-prefixes": N_(
        "“%(first)s” and “%(second)s” each select paragraphs, but none has both: nothing can "
        "match. Join them with OR to have either."
    ),
    "web-address": N_(
        "“%(address)s” is a web address naming no document of the collection: it was left out."
    ),
    "unknown-prefix": N_(
        "“%(name)s:” is not a filter (agenda, state, topic, symbol, lang, kind, year): "
        "searched for “%(value)s”."
    ),
    "group": N_(
        "“%(typed)s” is read as its %(count)s States (%(states)s): the paragraphs naming any of "
        "them are found too."
    ),
    "group-filter": N_(
        "“%(name)s:%(value)s” is a group of %(count)s States (%(states)s): the paragraphs "
        "naming any of them are selected."
    ),
}
PROBLEMS = {  # why a query's syntax was not understood
    "unopened-parenthesis": N_("a closing parenthesis has no opening one"),
    "unclosed-parenthesis": N_("a parenthesis is not closed"),
    "empty-parentheses": N_("empty parentheses"),
    "too-deep": N_("parentheses nested more than %(depth)s deep"),
    "dangling-or": N_("OR has nothing after it"),
    "dangling-and": N_("AND needs words on both sides"),
    "dangling-not": N_("NOT has nothing after it"),
    "unparsed": N_("the parser could not read it"),
}


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(HELPERS)
    app.context_processor(_request_globals)


def _request_globals() -> dict:
    ui = ui_language()
    return {
        "ui_lang": ui,
        "other_ui": next(lang for lang in LANGUAGES if lang != ui),
        "here": current_path(),
    }


def _helpers() -> dict:
    return {
        "facet_title": facet_title,
        "lang_label": lang_label,
        "kind_label": kind_label,
        "state_name": state_name,
        "topic_name": topic_name,
        "agenda_label": agenda_label,
        "day": day,
        "days": days,
        "hit_context": hit_context,
        "notice": notice,
        "citation": citation,
        "para_mark": para_mark,
        "subitem_label": subitem_label,
        "number_list": number_list,
        "paragraphs_label": paragraphs_label,
        "marked_label": marked_label,
        "paragraph_url": paragraph_url,
        "table_view": table_view,
        "document_url": document_url,
        "colon": colon,
        "number": number,
        "page_address": page_address,
    }


def number(value: int) -> str:
    """Return a whole number as the interface language writes it: 10,000 / 10 000."""
    return format_decimal(value, locale=_date_locale())


def colon() -> str:
    """Return the colon that follows a label in the interface language: French sets a
    non-breaking space before it ("Paragraphe précédent : par. 31")."""
    return "\u00a0:" if ui_language() == "fr" else ":"


def current_path() -> str:
    """Return the path and query of this request, without a ``ui`` parameter, and with the
    query as pages search it: cut to its first 1,000 characters (a pasted 100 kB query
    made the language switch's link, and the printed address, 100 kB long)."""
    query = [
        (k, v[:MAX_QUERY_LENGTH] if k == "q" else v)
        for k, v in request.args.items(multi=True)
        if k != "ui"
    ]
    return request.path + (f"?{urlencode(query)}" if query else "")


def page_address() -> str:
    """Return the full address of this page, printed under its title: a printout (a citation
    range, a list of results) says where to find the page again, once, on paper too."""
    return request.host_url.rstrip("/") + current_path()


def facet_title(name: str) -> str:
    return _(FACET_TITLES[name])


def lang_label(code: str) -> str:
    return load("labels.json")["lang"].get(code, {}).get(ui_language(), code)


def kind_label(kind: str) -> str:
    return load("labels.json")["kind"].get(kind, {}).get(ui_language(), kind)


def agenda_label(number: int | str) -> str:
    return load("labels.json")["agenda"][ui_language()].format(number=number)


def state_name(code: str) -> str:
    try:
        return state_label(code, ui_language())
    except ValueError:
        return code


def topic_name(topic: str) -> str:
    try:
        return topic_label(topic, ui_language())
    except ValueError:
        return topic


def day(iso: str | None) -> str:
    """Return an ISO date as "17 February 2010" / "17 février 2010" (or as given)."""
    if not iso:
        return ""
    try:
        return format_date(date.fromisoformat(iso), "d MMMM y", locale=_date_locale())
    except ValueError:
        return iso


def days(start: str | None, end: str | None) -> str:
    """Return a date range as "27–29 January 2010" (or one day, or as given)."""
    try:
        first, last = date.fromisoformat(start or ""), date.fromisoformat(end or start or "")
    except ValueError:
        return " – ".join(d for d in (start, end) if d)
    locale = _date_locale()
    if first == last:
        return day(start)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, 'd MMMM y', locale=locale)}"
    opening = "d MMMM" if first.year == last.year else "d MMMM y"
    return f"{format_date(first, opening, locale=locale)} – {day(end)}"


def _date_locale() -> str:
    """Return the locale of dates: British English is the UN's English."""
    return "en_GB" if ui_language() == "en" else ui_language()


_ENUMERATOR = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)\.\s+")
SHORT_HEADING = 80


@dataclass(frozen=True)
class HitContext:
    """Where a paragraph stands: its agenda item and section headings, without repetition."""

    agenda: str | None  # "Item 3"
    agenda_title: str | None  # None when a section heading already says it
    headings: tuple[str, ...]


def hit_context(hit, short: bool = False) -> HitContext:
    """Return the agenda item and headings of ``hit``; ``short`` abbreviates long headings."""
    headings = tuple(hit.section)
    agenda = hit.agenda_item
    title = agenda.title if agenda else None
    if title and any(_same(_ENUMERATOR.sub("", h), title) for h in headings):
        title = None
    if short:
        headings = tuple(_shorten(h) for h in headings)
    return HitContext(agenda_label(agenda.number) if agenda else None, title, headings)


def _same(a: str, b: str) -> bool:
    def squash(text: str) -> str:
        return re.sub(r"\W+", " ", text.replace("’", "'")).strip().casefold()

    return squash(a) == squash(b)


def _shorten(text: str, width: int = SHORT_HEADING) -> str:
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[: cut if cut > width // 2 else width].rstrip(" ,;:") + " …"


def notice(item: Notice) -> str:
    """Return a notice of the search core in the interface language (in English if unknown)."""
    message = NOTICES.get(item.code)
    if message is None:
        return item.message
    values = dict(item.values)
    if isinstance(message, tuple):
        count = int(values.pop("count"))
        return ngettext(*message, count, **values)
    if item.code == "query-cut":  # 1,000 / 1 000
        values["limit"] = number(int(values["limit"]))
    if (
        item.code in ("group", "group-filter")
        and (group := groups().get(values.get("group", ""))) is not None
    ):
        values["states"] = group.named_members(ui_language())  # "Bahreïn, Koweït, …"
    if "name" in values:  # the filter's title: "filtre « État »", not "filtre state"
        name = values["name"]
        values["filter"] = facet_title(name) if name in FACET_TITLES else name
        values["name"] = values.get("typed", name)  # the prefix as typed: "pays:nordiques"
    if "problem" in values:
        problem = PROBLEMS.get(values["problem"])
        values["problem"] = _(problem, **values) if problem else values["problem"]
    return _(message, **values)


HELPERS = _helpers()
