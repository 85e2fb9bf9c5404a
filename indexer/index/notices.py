"""What the search core says about a query it had to change: a code, values, an English message.

Callers that show notices in another language translate them by ``code`` (and
a syntax problem by its ``problem`` code), never by matching the English text;
the web app keeps its messages in ``search_app.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MESSAGES: dict[str, str | tuple[str, str]] = {
    "query-cut": "The query was cut to its first {limit} characters.",
    "syntax": "The query's syntax was not understood ({problem}); searched for its words.",
    "corrected": "“{old}” is not in the documents: searched for “{new}”.",
    "missing": "No paragraph has “{word}”, in either language: the results have the other words.",
    "not-found": "No paragraph has “{word}”, in either language.",
    "short-prefix": "“{word}”: a * needs at least {least} letters before it; searched for "
    "“{typed}”.",
    "no-prefix-words": "No word of the documents begins with “{typed}”: searched for “{typed}”.",
    "no-wildcard-words": "No word of the documents matches “{word}”: searched for “{typed}”.",
    "ignored": "“{text}” is not query syntax here: it was left out.",
    "unclosed-quote": "A quotation mark is not closed: it was left out.",
    "empty-prefix": "“{name}:” needs a value, as in state:ITA or topic:children: it was left out.",
    "wildcard": (
        "“{word}” stands for 1 word of the documents: {words}.",
        "“{word}” stands for {count} words of the documents: {words}.",
    ),
    "unknown-value": "“{typed}:{value}” matches nothing: “{value}” is no value of the {name} "
    "filter.",
    "phrase-equivalents": "No paragraph has “{phrase}” as written: showing equivalent terms.",
    "phrase-translated": "“{phrase}” is also searched as its equivalents in the other language.",
    "phrase-unquoted": "No paragraph has “{phrase}” as written, in either language: showing the "
    "paragraphs with its words.",
    "phrase-forms": (
        "1 more paragraph has the quoted words in another form "
        "(singular or plural, another ending): search without quotes to find it too.",
        "{count} more paragraphs have the quoted words in another form "
        "(singular or plural, another ending): search without quotes to find them too.",
    ),
    "absent-value": "The filter “{typed}={value}” matches no paragraph of the collection.",
    "nothing-to-search": "“{text}” has no word to search for (only words too common to count, "
    "or signs): every paragraph is listed.",
    "group": "“{typed}” is read as its {count} States ({states}): the paragraphs naming any of "
    "them are found too.",
    "group-filter": "“{typed}:{value}” is a group of {count} States ({states}): the paragraphs "
    "naming any of them are selected.",
    "exclusive-prefixes": "“{first}” and “{second}” each select paragraphs, but none has both: "
    "nothing can match. Join them with OR to have either.",
    "web-address": "“{address}” is a web address naming no document of the collection: it was "
    "left out.",
    "unknown-prefix": "“{name}:” is not a filter (agenda, state, topic, symbol, lang, kind, year): "
    "searched for “{value}”.",
}
PROBLEMS = {  # why a query's syntax was not understood
    "unopened-parenthesis": "a closing parenthesis has no opening one",
    "unclosed-parenthesis": "a parenthesis is not closed",
    "empty-parentheses": "empty parentheses",
    "too-deep": "parentheses nested more than {depth} deep",
    "dangling-or": "OR has nothing after it",
    "dangling-and": "AND needs words on both sides",
    "dangling-not": "NOT has nothing after it",
    "unparsed": "the parser could not read it",  # the benchmark's baseline only
}


@dataclass(frozen=True)
class Notice:
    """One notice: ``code`` is a key of MESSAGES; ``values`` fill its message."""

    code: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **values: object) -> Notice:
        if code not in MESSAGES:
            raise ValueError(f"unknown notice code {code!r}")
        return cls(code, tuple((name, str(value)) for name, value in values.items()))

    @property
    def message(self) -> str:
        """The notice in English."""
        values = dict(self.values)
        if "problem" in values:
            values["problem"] = PROBLEMS.get(values["problem"], values["problem"]).format(**values)
        message = MESSAGES.get(self.code, self.code)
        if isinstance(message, tuple):  # (one, several), chosen by the count
            message = message[0] if values.get("count") == "1" else message[1]
        return message.format(**values)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "values": dict(self.values)}

    def __str__(self) -> str:
        return self.message
