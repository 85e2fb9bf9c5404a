"""The index and the search core: the only package that imports Whoosh.

Everything outside this package talks to it through :mod:`indexer.index.api`
(requests, results, the ``SearchEngine`` protocol), so that another engine
could stand behind the same interface.
"""
