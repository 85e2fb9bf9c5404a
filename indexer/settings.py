"""Settings, each declared once with its default, environment variable and help."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        """Return the environment's value, or the default."""
        return os.environ.get(self.env) or self.default


CORPUS = Setting("corpus", "UNSEARCH_CORPUS", "corpus", "folder of PDF and text files to index")
INDEX = Setting("index", "UNSEARCH_INDEX", "var/index", "folder holding the search index")

SETTINGS = (CORPUS, INDEX)


def corpus_dir() -> Path:
    return Path(CORPUS.value())


def index_dir() -> Path:
    return Path(INDEX.value())
