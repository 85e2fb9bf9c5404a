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

MAX_PAGES = Setting(
    "max pages",
    "UNSEARCH_MAX_PAGES",
    "2000",
    "PDFs with more pages are refused (time and memory bound)",
)

SETTINGS = (CORPUS, INDEX, MAX_PAGES)


def corpus_dir() -> Path:
    return Path(CORPUS.value())


def index_dir() -> Path:
    return Path(INDEX.value())


def max_pages() -> int:
    try:
        return max(1, int(MAX_PAGES.value()))
    except ValueError:
        return int(MAX_PAGES.default)
