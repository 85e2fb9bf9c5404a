"""Facet values: what a user may write for them, and how they are labelled."""

from __future__ import annotations

import re

from whoosh import query as wq

from ..enrich.states import find_states, known_states, state_label
from ..enrich.topics import topic_ids, topic_label
from ..resources import load
from ..symbols import canonical
from ..textnorm import fold


def normalise(name: str, value: str) -> str | None:
    """Return the indexed form of a facet value a user wrote, or None if it means nothing."""
    value = value.strip()
    if not value:
        return None
    if name == "state":
        return _state(value)
    if name == "topic":
        return _topic(value)
    if name == "lang":  # the six official languages of the UN, by code or name
        return _code(value, load("labels.json")["lang"])
    if name == "kind":
        return _code(value, load("labels.json")["kind"])
    if name == "year":
        return value if re.fullmatch(r"(19|20)\d\d", value) else None
    if name == "agenda":
        return value if re.fullmatch(r"\d{1,2}", value) else None
    if name == "symbol":
        return canonical(value)
    return None


def facet_term(name: str, value: str) -> wq.Query:
    """Return the query that selects paragraphs whose facet ``name`` has ``value``."""
    indexed = normalise(name, value)
    return wq.Term(name, indexed) if indexed is not None else wq.NullQuery()


def label(name: str, value: str, ui_lang: str) -> str:
    """Return the label of a facet value in the interface language."""
    labels = load("labels.json")
    if name == "state":
        return state_label(value, ui_lang)
    if name == "topic":
        return topic_label(value, ui_lang)
    if name in ("lang", "kind"):
        return labels[name].get(value, {}).get(ui_lang, value)
    if name == "agenda":
        return labels["agenda"][ui_lang].format(number=value)
    return value


def _state(value: str) -> str | None:
    if re.fullmatch(r"[A-Z]{3}", value):
        return value if value in known_states() else None
    found = find_states(value)
    return found[0] if found else None


def _topic(value: str) -> str | None:
    wanted = fold(value)
    for topic in topic_ids():
        if wanted in (topic, fold(topic_label(topic, "en")), fold(topic_label(topic, "fr"))):
            return topic
    return None


def _code(value: str, table: dict[str, dict[str, str]]) -> str | None:
    wanted = fold(value)
    for code, names in table.items():
        if wanted == code or wanted in (fold(n) for n in names.values()):
            return code
    return None
