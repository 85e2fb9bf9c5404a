"""The command line: ``python -m indexer COMMAND …``. Its output is a public contract."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .batch import Outcome, ingest_many
from .report import check_report

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m indexer",
        description="Ingest, index and search UN working-group documents (PDF or text).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    paragraphs = commands.add_parser(
        "paragraphs", help="print each paragraph of FILE as one JSON object per line"
    )
    paragraphs.add_argument("files", nargs="+", type=Path, metavar="FILE")
    paragraphs.add_argument("--symbol", help="document symbol, if the file cannot tell it")
    paragraphs.add_argument("--lang", choices=("fr", "en"), help="language of the file")
    paragraphs.add_argument(
        "--all",
        action="store_true",
        help="also print unnumbered paragraphs (a resolution's preamble), with paragraph null",
    )
    paragraphs.set_defaults(run=_paragraphs)

    check = commands.add_parser("check", help="report, per file, what a curator needs to trust it")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(run=_check)
    return parser


def _paragraphs(args: argparse.Namespace) -> int:
    outcomes = ingest_many(args.files, symbol=args.symbol, lang=args.lang)
    for outcome in outcomes:
        if outcome.document is None:
            continue
        for paragraph in outcome.document.paragraphs:
            if paragraph.paragraph is None and not args.all:
                continue
            print(json.dumps(paragraph.to_json(), ensure_ascii=False))
    return _report_failures(outcomes)


def _check(args: argparse.Namespace) -> int:
    outcomes = ingest_many(args.files)
    for outcome in outcomes:
        print(outcome.path)
        if outcome.document is None:
            print(f"  FAILED      {outcome.error}")
        else:
            print("\n".join(check_report(outcome.document)))
        print()
    failed = sum(1 for o in outcomes if o.document is None)
    print(f"{len(outcomes)} file(s): {len(outcomes) - failed} read, {failed} failed")
    return EXIT_FAILED_FILES if failed else EXIT_OK


def _report_failures(outcomes: Sequence[Outcome]) -> int:
    failed = [o for o in outcomes if o.document is None]
    for outcome in failed:
        print(f"{outcome.path}: {outcome.error}", file=sys.stderr)
    if len(outcomes) > 1 or failed:
        print(
            f"{len(outcomes)} file(s): {len(outcomes) - len(failed)} read, {len(failed)} failed",
            file=sys.stderr,
        )
    return EXIT_FAILED_FILES if failed else EXIT_OK
