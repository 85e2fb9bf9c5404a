"""Search parameters: read from a query string, checked, and written back into URLs.

The same parameters drive the search page, the JSON API and the exports:
``q``, one repeatable parameter per facet (``indexer.index.api.FACETS``),
``page``, ``size`` and ``sort``. A bad value raises :class:`ParamError` (400)
naming the parameter and, where there is a list, the valid values, for programs;
pages show its ``plain`` message instead, which says the problem in words people
use ("The number of results per page must be…", not "size must be…").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from flask_babel import gettext
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from indexer.enrich.states import known_states
from indexer.enrich.topics import topic_ids
from indexer.index.api import (
    FACETS,
    MAX_FILTER_VALUES,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    MAX_VALUE_LENGTH,
    SORTS,
    SearchRequest,
)
from indexer.index.facetvalues import normalise, normalise_all
from indexer.resources import load

SCALARS = ("q", "page", "size", "sort")
API_PARAMS = (*SCALARS, *FACETS, "ui")
DEFAULT_SIZE = 20
MAX_VALUES = MAX_FILTER_VALUES  # values of one facet in one request (the search core's cap)


def N_(message: str) -> str:
    """Mark ``message`` for translation; it is translated where it is shown."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with a plural for translation (shown with ``ngettext``)."""
    return singular, plural


class ParamError(BadRequest):
    """A query-string parameter has a bad value (answered with 400).

    ``message`` names the parameter, for programs (the API answers it in English);
    ``plain`` says the same to a person reading a page, without parameter names.
    """

    def __init__(
        self,
        parameter: str,
        message: str,
        valid: Iterable[str] = (),
        plain: str | None = None,
        **values,
    ):
        self.parameter = parameter
        self.valid = tuple(valid)
        self.message, self.plain = message, plain
        self.values = {"name": parameter, **values}
        if self.valid:
            self.values["valid"] = ", ".join(self.valid)
        super().__init__(message % self.values)

    def translated(self, **names: str) -> str:
        """Return the plain message in the interface language; ``names`` fill what only the
        caller can name (``filter``: the title of the filter, "Year")."""
        return gettext(self.plain or self.message, **self.values, **names)


# What a person reads when the address repeats a setting that has one value.
REPEATED = {
    "q": N_("The address has two searches: keep only one."),
    "page": N_("The address has two page numbers: keep only one."),
    "size": N_("The address has two numbers of results per page: keep only one."),
    "sort": N_("The address has two sort orders: keep only one."),
    "ui": N_("The address has two interface languages: keep only one."),
}
NUMBERS = {
    "page": N_("The page number must be a whole number from 1, such as 2."),
    "size": N_("The number of results per page must be a whole number from %(low)s to %(high)s."),
}


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # in FACETS order, values canonical
    page: int = 1
    size: int = DEFAULT_SIZE
    sort: str = "relevance"
    # the query was cut to MAX_QUERY_LENGTH characters (pages cut it and say so)
    query_cut: bool = dataclasses.field(default=False, compare=False)

    @property
    def filter_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.filters)

    @property
    def is_empty(self) -> bool:
        return not self.q.strip() and not self.filters

    def request(self, ui_lang: str, page: int | None = None, size: int | None = None):
        return SearchRequest(
            q=self.q,
            filters=self.filter_map,
            page=page or self.page,
            size=size or self.size,
            sort=self.sort,
            ui_lang=ui_lang,
        )

    def replace(self, **changes) -> SearchParams:
        return dataclasses.replace(self, **changes)

    def with_filter(self, name: str, value: str, selected: bool) -> SearchParams:
        """Return these parameters with ``value`` of facet ``name`` added or removed, page 1."""
        current = self.filter_map
        values = tuple(v for v in current.get(name, ()) if v != value)
        if selected:
            values += (value,)
        current[name] = values
        filters = tuple((n, current[n]) for n in FACETS if current.get(n))
        return self.replace(filters=filters, page=1)

    def items(self) -> list[tuple[str, str]]:
        """Return the query-string items, defaults left out, in a stable order."""
        items = [("q", self.q)] if self.q else []
        items += [(name, value) for name, values in self.filters for value in values]
        if self.sort != "relevance":
            items.append(("sort", self.sort))
        if self.size != DEFAULT_SIZE:
            items.append(("size", str(self.size)))
        if self.page != 1:
            items.append(("page", str(self.page)))
        return items

    def query_string(self) -> str:
        return urlencode(self.items())


def parse(args: MultiDict, strict: bool = False, page_limit: int | None = MAX_PAGE) -> SearchParams:
    """Read and check the search parameters of a query string.

    Args:
        args: the request's query-string parameters.
        strict: the API's reading: reject parameters that are not search parameters, and
            a query longer than ``MAX_QUERY_LENGTH``, which pages cut (``query_cut``) and
            say so.
        page_limit: the highest page number accepted; None for any whole number from 1
            (the search page: a page past the pages of results is an empty page that
            says so, not an error).

    Raises:
        ParamError: a parameter is unknown (when strict), repeated, or has a bad value.
    """
    if strict:
        refuse_unknown(args)
    for name in (*SCALARS, "ui"):
        if len(args.getlist(name)) > 1:
            raise ParamError(name, N_("%(name)s is given more than once"), plain=REPEATED[name])
    q = args.get("q", "")
    if len(q) > MAX_QUERY_LENGTH and strict:
        raise ParamError("q", N_("q is longer than %(limit)s characters"), limit=MAX_QUERY_LENGTH)
    return SearchParams(
        q=q[:MAX_QUERY_LENGTH],
        filters=_filters(args),
        page=_integer(args, "page", 1, page_limit, 1),
        size=_integer(args, "size", 1, MAX_PAGE_SIZE, DEFAULT_SIZE),
        sort=_choice(args, "sort", SORTS),
        query_cut=len(q) > MAX_QUERY_LENGTH,
    )


def refuse_unknown(args: MultiDict) -> None:
    """Refuse a parameter that is not a search parameter (``stat=ITA``, a typo of ``state``).

    Raises:
        ParamError: naming the first unknown parameter, with the valid ones.
    """
    for name in args:
        if name not in API_PARAMS:
            raise ParamError(
                name,
                N_("unknown parameter %(name)s; valid: %(valid)s"),
                API_PARAMS,
                plain=N_(
                    "The address has “%(name)s”, which is not a setting of the search: "
                    "check its spelling."
                ),
            )


def _integer(args: Mapping, name: str, low: int, high: int | None, default: int) -> int:
    raw = args.get(name, "").strip()
    if not raw:
        return default
    number = whole_number(raw)
    if number is not None and low <= number <= (number if high is None else high):
        return number
    plain = NUMBERS[name]
    if high is None:
        raise ParamError(
            name, N_("%(name)s must be a whole number from %(low)s"), plain=plain, low=low
        )
    raise ParamError(
        name,
        N_("%(name)s must be a whole number from %(low)s to %(high)s"),
        plain=plain,
        low=low,
        high=high,
    )


def whole_number(raw: str) -> int | None:
    """Return the number ASCII digits write, or None; a number of more than nine digits is
    read as 10⁹, beyond any limit (Python refuses to read or write integers of 4,300 digits)."""
    if not raw.isascii() or not raw.isdigit():
        return None
    digits = raw.lstrip("0") or "0"
    return int(digits) if len(digits) <= 9 else 10**9


def _choice(args: Mapping, name: str, choices: tuple[str, ...]) -> str:
    raw = args.get(name, "").strip()
    if not raw:
        return choices[0]
    if raw not in choices:
        raise ParamError(
            name,
            N_("unknown %(name)s %(value)r; valid: %(valid)s"),
            choices,
            plain=N_(
                "“%(value)s” is not a sort order: results are sorted by relevance or in "
                "document order."
            ),
            value=raw,
        )
    return raw


def _filters(args: MultiDict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    filters = []
    for name in FACETS:
        raw = [v.strip() for v in args.getlist(name) if v.strip()]
        if len(raw) > MAX_VALUES:
            raise ParamError(
                name,
                N_("%(name)s has more than %(limit)s values"),
                plain=N_("The filter “%(filter)s” has more than %(limit)s values: remove some."),
                limit=MAX_VALUES,
            )
        values: list[str] = []
        for value in raw:
            values += [v for v in facet_values(name, value) if v not in values]
        if values:
            filters.append((name, tuple(values)))
    return tuple(filters)


def facet_values(name: str, value: str) -> tuple[str, ...]:
    """Return the canonical form of a facet value a user wrote: one value, or the member
    States of a group of States ("state=Gulf States").

    Raises:
        ParamError: the value cannot mean anything for this facet.
    """
    if len(value) > MAX_VALUE_LENGTH:
        raise ParamError(
            name,
            N_("a %(name)s value is longer than %(limit)s characters"),
            plain=N_("A value of the filter “%(filter)s” is longer than %(limit)s characters."),
            limit=MAX_VALUE_LENGTH,
            value=value,
        )
    if name == "state" and len(value) == 3 and value.isalpha():
        value = value.upper()
    canonical = normalise_all(name, value)
    if not canonical or (name == "state" and not set(canonical) <= set(known_states())):
        raise _bad_value(name, value)
    if name == "state" and normalise(name, value) is None:
        return (value,)  # a group: the search core selects its members and names them
    return canonical


def _bad_value(name: str, value: str) -> ParamError:
    closed = {
        "lang": tuple(load("labels.json")["lang"]),
        "kind": tuple(load("labels.json")["kind"]),
        "topic": topic_ids(),
    }
    plain = {
        "lang": N_("No language “%(value)s” in the collection: the filter takes %(valid)s."),
        "kind": N_("No kind of paragraph “%(value)s”: the filter takes %(valid)s."),
        "topic": N_("No topic “%(value)s”: the filter takes %(valid)s."),
        "state": N_(
            "No State “%(value)s”: give a State's name, or its three-letter ISO code such as NOR."
        ),
        "year": N_(
            "“%(value)s” is not a year: give four digits, such as 2010, or a range, such as "
            "2009..2011."
        ),
        "agenda": N_(
            "“%(value)s” is not an agenda item: give its number, such as 4, or a session's "
            "item, such as CTOC/COP/WG.4/2010:4."
        ),
        "symbol": N_(
            "“%(value)s” is not a document symbol: give one such as CTOC/COP/WG.4/2010/6."
        ),
    }
    if name in closed:
        return ParamError(
            name,
            N_("unknown %(name)s %(value)r; valid: %(valid)s"),
            closed[name],
            plain=plain[name],
            value=value,
        )
    formats = {
        "state": N_(
            "unknown State %(value)r: use an ISO 3166 alpha-3 code such as NOR, or a State's name"
        ),
        "year": N_(
            "bad year %(value)r: use four digits, such as 2010, or a range, such as 2009..2011"
        ),
        "agenda": N_(
            "bad agenda item %(value)r: use its number, such as 4, or a session's item, "
            "such as CTOC/COP/WG.4/2010:4"
        ),
        "symbol": N_("bad document symbol %(value)r: use one such as CTOC/COP/WG.4/2010/6"),
    }
    return ParamError(name, formats[name], plain=plain[name], value=value)
