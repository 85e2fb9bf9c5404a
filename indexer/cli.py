"""The command line: ``python -m indexer COMMAND …``. Its output is a public contract."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .batch import Outcome, ingest_many
from .errors import IndexerError
from .index.api import FACETS, MAX_PAGE, MAX_PAGE_SIZE, SORTS, SearchRequest
from .report import check_report
from .settings import CORPUS, INDEX, corpus_dir, index_dir

if TYPE_CHECKING:
    from .citation_resolution import Resolution

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # "| head" stopped reading: stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


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
        help=(
            "also print the records without a paragraph number (paragraph null): a resolution's"
            " preamble (pp1, pp2...), an annex's paragraphs, those of a resolution, decision or"
            " article the document sets out, and tables, figures and boxes"
        ),
    )
    paragraphs.set_defaults(run=_paragraphs)

    check = commands.add_parser("check", help="report, per file, what a curator needs to trust it")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(run=_check)

    build = commands.add_parser(
        "build", help="build (or update) the search index from a corpus folder"
    )
    build.add_argument(
        "--corpus", type=Path, default=None, help=f"default: {CORPUS.default} ({CORPUS.env})"
    )
    build.add_argument(
        "--index", type=Path, default=None, help=f"default: {INDEX.default} ({INDEX.env})"
    )
    build.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    build.set_defaults(run=_build)

    search = commands.add_parser("search", help="search the index and print the hits")
    search.add_argument("query", nargs="*", help='words, "phrases", AND/OR/NOT, facet:value')
    search.add_argument(
        "--index", type=Path, default=None, help=f"default: {INDEX.default} ({INDEX.env})"
    )
    search.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help=f"repeatable; facets: {', '.join(FACETS)}",
    )
    search.add_argument("--lang", choices=("fr", "en"), help="only documents in this language")
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--page", type=_bounded(MAX_PAGE), default=1, help=f"1 to {MAX_PAGE}")
    search.add_argument(
        "--size",
        type=_bounded(MAX_PAGE_SIZE),
        default=10,
        help=f"1 to {MAX_PAGE_SIZE} (default 10: a terminal's screen; the API's is 20)",
    )
    search.add_argument("--json", action="store_true", help="print the web API's JSON")
    search.set_defaults(run=_search)
    return parser


def _bounded(most: int):
    """An argparse type: a whole number from 1 to ``most``, as the web API takes."""

    def whole(text: str) -> int:
        if not text.strip().isdigit() or not 1 <= int(text) <= most:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to {most}")
        return int(text)

    return whole


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


def _build(args: argparse.Namespace) -> int:
    from .index.build import build_index

    corpus, root = args.corpus or corpus_dir(), args.index or index_dir()
    try:
        report = build_index(corpus, root, workers=args.workers)
    except IndexerError as exc:
        print(
            f"build failed: {exc}; the previous index, if any, is still in place", file=sys.stderr
        )
        return EXIT_FAILED_FILES
    for path, reason in report.failures:
        print(f"{path}: {reason}", file=sys.stderr)
    for path, reason in report.duplicates:
        print(f"{path}: {reason} (not a failure)", file=sys.stderr)
    for path, warning in report.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    duplicates = f", {len(report.duplicates)} duplicate" if report.duplicates else ""
    duplicates += "s" if len(report.duplicates) > 1 else ""
    if report.warnings:
        duplicates += f", {len({path for path, _ in report.warnings})} with warnings"
    print(
        f"index {report.generation}: {report.documents} documents, {report.paragraphs} paragraphs "
        f"({report.processed} files processed, {report.reused} unchanged, "
        f"{report.removed} removed, {len(report.failures)} failed{duplicates}) "
        f"in {report.seconds:.1f} s"
    )
    return EXIT_FAILED_FILES if report.failures else EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from .index.engine import WhooshEngine
    from .index.facetvalues import normalise_all
    from .index.serialize import citation_json, cited_result, result_json
    from .resolve_parts import with_division_item
    from .typed_language import typed_language

    filters: dict[str, list[str]] = {}
    for item in args.filter:
        name, sep, value = item.partition("=")
        if not sep or name not in FACETS:
            print(
                f"bad --filter {item!r}: use FACET=VALUE with FACET one of {', '.join(FACETS)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if not normalise_all(name, value):  # as the API refuses it (400), not 0 results
            print(
                f"bad --filter {item!r}: {value!r} is no value of the {name} facet", file=sys.stderr
            )
            return EXIT_USAGE
        filters.setdefault(name, []).append(value)
    if args.lang:
        filters.setdefault("lang", []).append(args.lang)
    try:
        engine = WhooshEngine(args.index or index_dir())
    except IndexerError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED_FILES
    request = SearchRequest(
        q=" ".join(args.query),
        filters={k: tuple(v) for k, v in filters.items()},
        page=args.page,
        size=args.size,
        sort=args.sort,
    )
    # a citation opens the version in the language asked, else in English, the language of
    # the labels (the web API's: its interface language)
    # the version a citation opens: the one filtered on, the one its words are in ("par. 32")
    reading = _reading(engine, request.q, args.lang or typed_language(request.q) or request.ui_lang)
    if reading.kind is not None:  # a citation: its words are not corrected, as on the web page
        request = replace(request, correct=False)
    if args.json:  # the web API's answer (/api/search), which reads citations as the page does
        if reading.searched is None:
            result = cited_result(reading.named, request.page, request.size)
        else:
            result = engine.search(replace(request, q=reading.searched))
        cited = None
        if reading.kind is not None:
            cited = citation_json(reading.kind, reading.found, reading.searched)
            cited["division"] = with_division_item(cited["division"], reading.found)
        body = result_json(result) | {"citation": cited}
        print(json.dumps(body, ensure_ascii=False, indent=1))
        return EXIT_OK
    _print_cited(reading)
    if reading.searched is not None:
        _print_hits(engine.search(replace(request, q=reading.searched)), args.page)
    return EXIT_OK


@dataclass(frozen=True)
class _Reading:
    """What the query means as a citation, and what is searched then, as the web page reads
    it: the paragraphs a citation alone names (the page opens them); for a citation of what
    the collection lacks, its symbol and the words beside it (not "para", "999"), or nothing
    when no paragraph can be about it; else the query."""

    found: Resolution
    kind: str | None  # as the web API says: found, outside, unknown, number, job, record, back;
    # None: none
    searched: str | None  # the query to search; None: no search
    named: tuple = ()  # the paragraphs a citation alone names


def _reading(engine, query: str, lang: str | None) -> _Reading:
    from .citation_resolution import Resolution
    from .citations import typed_citation, words_beside
    from .resolve import resolve, unsymbolled

    typed = typed_citation(query)  # None: empty, or search syntax ("symbol:…"): words
    cited = resolve(engine, typed, lang) if typed is not None else None
    if cited is not None and cited.resolution_number is not None:  # "resolution 48/162"
        words = words_beside(cited.notes, typed or "", cited.beside)  # nothing names it
        return _Reading(cited, "number", words or None)
    if cited is not None and cited.titled is not None:  # "National report … Italy, para. 68"
        words = words_beside(cited.notes, typed or "", cited.beside)  # the title's: offered
        return _Reading(cited, "titled", words or None)
    if cited is None or cited.status == 400 or cited.symbol is None:  # no citation
        named = unsymbolled(query, typed)  # a link by job number, an "Ibid.": said
        if named is not None:
            return _Reading(named.resolution(), named.kind, None)
        return _Reading(cited or Resolution(400, ""), None, query)
    words = words_beside(cited.notes, typed, cited.beside)
    if not cited.found:  # "E/CN.15/2010/3, para. 4", "…, para. 999"
        in_collection = cited.symbol in engine.symbols()
        kind = "outside" if in_collection else "unknown"
        if not words and (in_collection or not engine.cited_by(cited.symbol)):
            return _Reading(cited, kind, None)
        return _Reading(cited, kind, f"{cited.symbol} {words}".strip())
    if not words and cited.hits:  # a citation and nothing else, as the page opens it
        return _Reading(cited, "found", None, cited.hits)
    if words:  # with other words: they and the document, not the citation's own words
        return _Reading(cited, "found", f"{cited.symbol} {words}")
    return _Reading(cited, "found", query)  # a whole document: searched


def _print_cited(reading: _Reading) -> None:
    """Print the paragraphs a citation in the query names ("CTOC/COP/WG.4/2010/6, para. 32"),
    before the hits: the web page opens them, and the words' hits may not hold them; or what
    the collection lacks of it."""
    cited = reading.found
    if reading.kind in (
        "outside",
        "unknown",
        "job",
        "typed-job",
        "record",
        "back",
        "number",
        "titled",
    ):
        print(f"cited: {cited.message}")
    elif reading.kind == "found":
        subitem = f" ({cited.subitem})" if cited.subitem and len(cited.hits) == 1 else ""
        print(f"cited: {cited.message}{subitem}")
        if cited.heading:  # "chap. IV, sect. D": its heading, as the document prints it
            print(f"heading: {cited.heading}")
        for note in cited.notes:
            print(f"note: {note}")
        for hit in cited.hits:
            _print_hit(hit, hit.text)
        if reading.searched is not None:
            print("\nsearch results for the whole query:")


def _print_hits(result, asked: int) -> None:
    import html
    import re

    for notice in result.notices:
        print(f"note: {notice.message}")
    if result.did_you_mean:
        print(f"did you mean: {result.did_you_mean}")
    print(f"{result.total} paragraph{'' if result.total == 1 else 's'}")
    if result.total and not result.hits:  # "--page 999"
        last = -(-result.total // result.size)
        print(f"page {asked} is past the last page of results, {last}")
    for hit in result.hits:
        _print_hit(hit, html.unescape(re.sub(r"</?mark>", "**", hit.highlight)))
        if hit.note_highlight:  # found through a footnote
            mark, note = hit.note_highlight
            print(f"  footnote {mark}: {html.unescape(re.sub(r'</?mark>', '**', note))}")


def _print_hit(hit, text: str) -> None:
    number = f"para. {hit.paragraph}" if hit.paragraph is not None else hit.anchor
    print(f"\n{hit.symbol}, {number} [{hit.lang}]  {' > '.join(hit.section[-2:])}")
    print(f"  {text}")
