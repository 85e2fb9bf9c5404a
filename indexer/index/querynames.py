"""The names of States and of groups of States in a query's words, for the query compiler.

A State's name of several words is searched as one phrase ("Holy See" is not "see"), and a
group of States that no paragraph names is searched as its members ("Gulf States": the
paragraphs naming Qatar or Oman), so :mod:`indexer.index.querybuild` needs the spans of the
words that name them in each run of words side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..enrich.state_groups import GroupMention, group_mentions, query_groups
from ..enrich.states import query_state_mentions
from .analysis import LANGUAGES, tokens
from .querylang import And, Node, Or, Word

Span = tuple[int, int, tuple[str, ...]]  # start, end, members of a group read (or ())


def named_spans(words: list[str], groups: frozenset[str]) -> list[Span]:
    """Return, in order and without overlap, the spans of ``words`` that name a State in two
    words or more (members ``()``) or a group of ``groups``, read as its members; a State's
    name inside a group's is the group's."""
    spans = [(start, end, ()) for start, end in state_names(words)]
    mentions = [m for m in group_mentions(" ".join(words)) if m.group.id in groups]
    spans += [
        (start, end, mention.group.members)
        for (start, end), mention in zip(word_spans(words, mentions), mentions, strict=True)
    ]
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def state_names(words: list[str]) -> list[tuple[int, int]]:
    """Return the spans of ``words`` (start, end) that name a State in two words or more, its
    leading articles left out ("la République de Corée" → "République de Corée")."""
    spans = []
    for first, end in word_spans(words, query_state_mentions(" ".join(words))):
        while first < end and not all(tokens(words[first], lang) for lang in LANGUAGES):
            first += 1  # "la", "the": a stop word of either language
        if end - first > 1:
            spans.append((first, end))
    return spans


def word_spans(words: list[str], mentions: Sequence) -> list[tuple[int, int]]:
    """Return the span of words (start, end) of each mention (``start``, ``end``: offsets in
    ``" ".join(words)``)."""
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    spans = []
    for mention in mentions:
        first = next(i for i, at in enumerate(starts) if at + len(words[i]) > mention.start)
        end = next((i for i, at in enumerate(starts) if at >= mention.end), len(words))
        spans.append((first, end))
    return spans


def groups_named(tree: Node) -> tuple[GroupMention, ...]:
    """Return the groups of States named by words side by side in the query, each once; not
    in a quoted phrase (matched as written) nor a negation, nor across an OR."""
    found: dict[str, GroupMention] = {}
    for run in word_runs(tree):
        for mention in query_groups(run):
            found.setdefault(mention.group.id, mention)
    return tuple(found.values())


def word_runs(node: Node) -> list[str]:
    """Return the runs of words side by side in the query ("Gulf States trafficking")."""
    if isinstance(node, Word):
        return [node.text]
    if isinstance(node, And):
        runs: list[str] = []
        words: list[str] = []
        for child in [*node.nodes, None]:
            if isinstance(child, Word):
                words.append(child.text)
                continue
            if words:
                runs.append(" ".join(words))
                words = []
            if child is not None:
                runs += word_runs(child)
        return runs
    if isinstance(node, Or):
        return [run for child in node.nodes for run in word_runs(child)]
    return []  # a phrase, a negation, a facet prefix
