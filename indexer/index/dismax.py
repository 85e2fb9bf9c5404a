"""A disjunction that scores a paragraph by its best-matching alternative.

Whoosh's own ``DisjunctionMaxMatcher`` (2.7.5) scores every matching document
with the best score of any sub-matcher, wherever that sub-matcher is
positioned: all hits get the same score. This matcher takes only the
sub-matchers positioned on the current document into account.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import DisjunctionMaxMatcher


class BestOfMatcher(DisjunctionMaxMatcher):
    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return b.score()
        if not b.is_active():
            return a.score()
        if a.id() < b.id():
            return a.score()
        if b.id() < a.id():
            return b.score()
        first, second = a.score(), b.score()
        return max(first, second) + self.tiebreak * min(first, second)

    def replace(self, minquality=0):
        replaced = super().replace(minquality)
        if isinstance(replaced, BestOfMatcher):
            replaced.tiebreak = self.tiebreak
        return replaced


class BestOf(wq.DisjunctionMax):
    """Match any alternative; score by the best one (plus ``tiebreak`` × the others)."""

    def _matcher(self, subs, searcher, context):
        reader = searcher.reader()
        return self._tree_matcher(
            subs,
            BestOfMatcher,
            searcher,
            context,
            lambda q: q.estimate_size(reader),
            tiebreak=self.tiebreak,
        )
