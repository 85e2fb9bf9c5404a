"""The query language users type, parsed into a small tree. Parsing never fails.

Words, "quoted phrases" (also « » and “ ”), AND / OR / NOT (also ET / OU / SAUF, and a leading
``-``), parentheses, and facet prefixes (``state:NOR``, ``topic:children``,
``year:2010``…). HTML tags and the fuzzy and boost suffixes of other engines
(``traite~2``, ``traite^3``) are left out with a notice. A prefix that names no
facet (``text:"traite des"``, a habit from other search engines) is dropped
with a notice and its value searched. A web address is the symbol of the UN document it
links to, or, naming none, is left out with a notice.
Words side by side are ranked together (the more of them a
paragraph has, the higher it ranks); an explicit AND requires each part. A quotation
mark left open is left out, with a notice, and the rest parsed: '"forced labour" "victim'
keeps its phrase. Input that does not parse (an unbalanced parenthesis, a dangling
operator) degrades to a search for its plain words, with a notice saying so.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..pasted_links import link_citation
from ..symbols import word_symbol
from .api import FACETS, MAX_QUERY_LENGTH
from .notices import Notice

OPERATORS = {"AND": "AND", "ET": "AND", "OR": "OR", "OU": "OR", "NOT": "NOT", "SAUF": "NOT"}
FIELD_ALIASES = {
    **{name: name for name in FACETS},
    "item": "agenda",
    "point": "agenda",
    "etat": "state",
    "état": "state",
    "country": "state",
    "pays": "state",
    "theme": "topic",
    "thème": "topic",
    "sujet": "topic",
    "document": "symbol",
    "cote": "symbol",
    "annee": "year",
    "année": "year",
    "langue": "lang",
    "language": "lang",
    "type": "kind",
    "nature": "kind",
}
_PREFIXES = "|".join(re.escape(name) for name in sorted(FIELD_ALIASES, key=len, reverse=True))
TOKEN = re.compile(
    rf"""\s*(?:
        (?P<phrase>"[^"]{{0,500}}")
      | (?P<quote>")
      | (?P<open>\()
      | (?P<close>\))
      | (?P<spaced>(?P<spaced_name>(?i:{_PREFIXES})):\s{{1,2}}(?!(?:AND|OR|NOT|ET|OU|SAUF)\b)
          (?P<spaced_value>"[^"]{{1,200}}"|[^\s()"]{{1,200}}))         # "state: ITA", a typo
      | (?P<field>(?P<name>[^\W\d_]{{2,12}}):(?P<value>"[^"]{{1,200}}"|[^\s()"]{{1,200}}))
      | (?P<empty>(?i:{_PREFIXES}):(?=[\s)]|$))
      | (?P<word>[^\s()"]{{1,200}})
    )""",
    re.VERBOSE,
)
NEGATED_FIELD = re.compile(r"-(?P<name>[^\W\d_]{2,12}):(?P<value>[^\s()\"]{1,200})")
MAX_DEPTH = 32  # nested parentheses; deeper queries degrade to their words
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# Syntax of other engines and pasted markup, left out with a notice: HTML tags, and the
# fuzzy and boost suffixes of Lucene ("traite~2", "traite^3") that read as a number to search
FOREIGN = re.compile(
    r"""</?[A-Za-z][^<>]{0,200}>|(?:(?<=[^\W\d_])|(?<=["”»]))[~^]\d*(?:\.\d+)?(?=[\s)]|$)"""
)
MAX_IGNORED_NOTICES = 3
# A web address pasted among the words: the symbol of the document it links to, when it names
# one ("https://undocs.org/fr/A/RES/48/161"), else left out with a notice. Before,
# "https://www.unodc.org/…/human-trafficking/ traite" said "“https:” is not a filter", then
# "corrected" the address into its pieces (www, org, en, human…), which outweighed "traite"
WEB_ADDRESS = re.compile(r"(?<![^\s(])(?i:https?://|www\.)[^\s<>\"“”«»]{1,500}")
LINK_TRAILING = ".,;:)]"
# The quotation marks of French and of pasted text are a phrase's too: « travail forcé »,
# “travail forcé” (a word processor's), „…“; the space inside guillemets is typography
QUOTE_MARKS = re.compile(r"«[\s\u00a0\u202f]*|[\s\u00a0\u202f]*»|[“”„‟]")


@dataclass(frozen=True)
class Word:
    text: str


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class Field:
    name: str  # the facet ("state" for "pays:", "État:", "country:")
    value: str
    typed: str = dataclasses.field(default="", compare=False)  # the prefix as typed, for messages


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]
    explicit: bool = False  # the user wrote AND: every part is required


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Word | Phrase | Field | Not | And | Or


class _Malformed(Exception):
    """The query does not parse; ``problem`` is a key of notices.PROBLEMS."""

    def __init__(self, problem: str, **values: object) -> None:
        super().__init__(problem)
        self.problem, self.values = problem, values


@dataclass(frozen=True)
class Parsed:
    tree: Node | None  # None: nothing to search for (empty query)
    notices: tuple[Notice, ...] = ()


def parse(text: str) -> Parsed:
    """Parse a user's query; never raise."""
    notices: list[Notice] = []
    text = CONTROL.sub(" ", text or "")
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        notices.append(Notice.of("query-cut", limit=MAX_QUERY_LENGTH))
    text, addresses = _without_web_addresses(text)
    notices += [Notice.of("web-address", address=a) for a in addresses[:MAX_IGNORED_NOTICES]]
    text = QUOTE_MARKS.sub('"', text)
    ignored = list(dict.fromkeys(match.group() for match in FOREIGN.finditer(text)))
    if ignored:
        text = FOREIGN.sub(" ", text)
        notices += [Notice.of("ignored", text=piece) for piece in ignored[:MAX_IGNORED_NOTICES]]
    try:
        tokens, left_open, empty = _tokens(text)
        if left_open:
            notices.append(Notice.of("unclosed-quote"))
        notices += [Notice.of("empty-prefix", name=name) for name in dict.fromkeys(empty)]
        notices += _unknown_prefixes(tokens)
        if _depth(tokens) > MAX_DEPTH:
            raise _Malformed("too-deep", depth=MAX_DEPTH)
        tree, rest = _or(tokens, 0)
        if rest != len(tokens):
            raise _Malformed("unopened-parenthesis")
    except _Malformed as malformed:
        notices.append(Notice.of("syntax", problem=malformed.problem, **malformed.values))
        tree = plain_words(text)
    return Parsed(tree=tree, notices=tuple(notices))


def _without_web_addresses(text: str) -> tuple[str, list[str]]:
    """Return ``text`` with each web address replaced by the symbol of the document it links
    to, or left out when it names none, and the addresses left out."""
    left_out: list[str] = []

    def replaced(match: re.Match) -> str:
        address = match[0].rstrip(LINK_TRAILING)
        rest = match[0][len(address) :]
        read = link_citation(address)
        symbol = word_symbol(read[0].split(",")[0]) if read else None
        if symbol:
            return f" {symbol} {rest}"
        if address not in left_out:
            left_out.append(address)
        return f" {rest}"

    return WEB_ADDRESS.sub(replaced, text), left_out


def _tokens(text: str) -> tuple[list[tuple[str, str]], bool, list[str]]:
    """Return the tokens of ``text``, whether a quotation mark was left open, and the facet
    prefixes typed without a value ("state:"). Both are left out: the mark (phrases pair
    quotation marks from left to right, so only the last can be open) and the prefixes. A
    prefix with a space before its value ("state: ITA") is the prefix with that value."""
    tokens: list[tuple[str, str]] = []
    left_open, empty = False, []
    kinds = ("phrase", "quote", "open", "close", "spaced", "field", "empty", "word")
    for match in TOKEN.finditer(text):
        kind = next(k for k in kinds if match[k])
        if kind == "quote":
            left_open = True
        elif kind == "empty":
            empty.append(match[kind].rstrip(":"))
        elif kind == "spaced":
            tokens.append(("field", f"{match['spaced_name']}:{match['spaced_value']}"))
        else:
            tokens.append((kind, match[kind]))
    return tokens, left_open, empty


def _unknown_prefixes(tokens: list[tuple[str, str]]) -> list[Notice]:
    """Replace each prefix that names no facet by its value (a phrase when quoted); say so."""
    notices = []
    for position, (kind, value) in enumerate(tokens):
        if kind != "field":
            continue
        name, _, raw = value.partition(":")
        if name.lower() in FIELD_ALIASES:
            continue
        tokens[position] = ("phrase" if raw.startswith('"') else "word", raw)
        notices.append(Notice.of("unknown-prefix", name=name, value=raw.strip('"')))
    return notices


def _depth(tokens: list[tuple[str, str]]) -> int:
    """Return how deep the parentheses nest (the parser recurses once per level)."""
    depth = deepest = 0
    for kind, _ in tokens:
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(0, depth - 1)
    return deepest


def _or(tokens: list[tuple[str, str]], at: int) -> tuple[Node | None, int]:
    parts: list[Node] = []
    node, at = _and(tokens, at)
    if node is not None:
        parts.append(node)
    while at < len(tokens) and _operator(tokens[at]) == "OR":
        node, at = _and(tokens, at + 1)
        if node is None:
            raise _Malformed("dangling-or")
        parts.append(node)
    if not parts:
        return None, at
    return (parts[0] if len(parts) == 1 else Or(tuple(parts))), at


def _and(tokens: list[tuple[str, str]], at: int) -> tuple[Node | None, int]:
    parts: list[Node] = []
    explicit = False
    while at < len(tokens):
        kind, value = tokens[at]
        operator = _operator(tokens[at])
        if kind == "close" or operator == "OR":
            break
        if operator == "AND":
            if not parts or at + 1 >= len(tokens):
                raise _Malformed("dangling-and")
            explicit = True
            at += 1
            continue
        node, at = _unary(tokens, at)
        parts.append(node)
    if not parts:
        return None, at
    return (parts[0] if len(parts) == 1 else And(tuple(parts), explicit)), at


def _unary(tokens: list[tuple[str, str]], at: int) -> tuple[Node, int]:
    kind, value = tokens[at]
    if _operator(tokens[at]) == "NOT" or (
        kind == "word" and value.startswith("-") and len(value) > 1
    ):
        if kind == "word" and value.startswith("-"):
            field = NEGATED_FIELD.fullmatch(value)
            if field and field["name"].lower() in FIELD_ALIASES:  # "-lang:fr" is NOT lang:fr
                name = field["name"]
                return Not(Field(FIELD_ALIASES[name.lower()], field["value"], name)), at + 1
            return Not(Word(value[1:])), at + 1
        if at + 1 >= len(tokens):
            raise _Malformed("dangling-not")
        node, at = _unary(tokens, at + 1)
        return Not(node), at
    if kind == "open":
        node, at = _or(tokens, at + 1)
        if at >= len(tokens) or tokens[at][0] != "close":
            raise _Malformed("unclosed-parenthesis")
        if node is None:
            raise _Malformed("empty-parentheses")
        return node, at + 1
    if kind == "close":
        raise _Malformed("unopened-parenthesis")
    if kind == "phrase":
        return Phrase(value.strip('"')), at + 1
    if kind == "field":
        name, _, raw = value.partition(":")
        return Field(FIELD_ALIASES[name.lower()], raw.strip('"'), name), at + 1
    return Word(value), at + 1


def _operator(token: tuple[str, str]) -> str | None:
    kind, value = token
    return OPERATORS.get(value) if kind == "word" else None


def plain_words(text: str) -> Node | None:
    """Return the words of ``text`` side by side, as the query language reads them unquoted."""
    words = [Word(w) for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)]
    words = [w for w in words if w.text.upper() not in OPERATORS]
    if not words:
        return None
    return words[0] if len(words) == 1 else And(tuple(words))


def fields(node: Node | None, negated: bool = True) -> list[Field]:
    """Return the facet prefixes of a tree (``state:NOR``) in order, the negated ones too
    unless ``negated`` is False."""
    if isinstance(node, Field):
        return [node]
    if isinstance(node, Not):
        return fields(node.node) if negated else []
    if isinstance(node, And | Or):
        return [field for child in node.nodes for field in fields(child, negated)]
    return []


def quoted(node: Node | None) -> list[str]:
    """Return the quoted phrases of a tree that ask for paragraphs (not those under a NOT)."""
    if isinstance(node, Phrase):
        return [node.text]
    if isinstance(node, And | Or):
        return [text for child in node.nodes for text in quoted(child)]
    return []


def unquoted(node: Node | None, phrases: frozenset[str]) -> Node | None:
    """Return the tree with the quoted ``phrases`` (outside a NOT) as their words side by side;
    a phrase among words side by side joins their run ("x" ``"specialized units"`` y: four
    words)."""
    if isinstance(node, Phrase) and node.text in phrases:
        return plain_words(node.text) or node
    if isinstance(node, Or):
        return Or(tuple(unquoted(child, phrases) or child for child in node.nodes))
    if isinstance(node, And):
        parts: list[Node] = []
        for child in node.nodes:
            loose = unquoted(child, phrases) or child
            if isinstance(child, Phrase) and isinstance(loose, And) and not node.explicit:
                parts.extend(loose.nodes)
            else:
                parts.append(loose)
        return dataclasses.replace(node, nodes=tuple(parts))
    return node


def plain_text(node: Node | None) -> list[str]:
    """Return the words and phrases of a tree, in order (for suggestions)."""
    if node is None:
        return []
    if isinstance(node, Word | Phrase):
        return [node.text]
    if isinstance(node, Not):
        return []
    if isinstance(node, And | Or):
        return [text for child in node.nodes for text in plain_text(child)]
    return []
