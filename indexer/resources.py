"""Load the data files shipped with the package (``indexer/data/*.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Return the parsed JSON data file ``indexer/data/<name>``."""
    text = resources.files("indexer").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)
