"""``python -m search_app``: serve the search UI and API over an existing index with waitress."""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from indexer.errors import IndexerError
from indexer.settings import INDEX, index_dir

from . import create_app
from .engine import get_engine


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m search_app",
        description="Serve the search pages and the JSON API over an index built by "
        "'python -m indexer build'.",
    )
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        help=f"index folder (default: {INDEX.default}, or {INDEX.env})",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=port, default=8000, help="port, 1 to 65535 (default: 8000)")
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default: 8)")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="run Flask's development server with the debugger instead (never in production)",
    )
    return parser


def port(text: str) -> int:
    """Read a port number: 1 to 65535 (waitress took 99999 as 34463, 99999 mod 65536, and the
    printed address was one nothing listened on)."""
    number = int(text) if text.isascii() and text.isdigit() else 0
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number from 1 to 65535")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    index = args.index or index_dir()
    app = create_app({"INDEX": str(index)})
    _check_index(app, index)
    try:
        if args.debug:
            app.run(host=args.host, port=args.port, debug=True, use_reloader=False)
            return 0
        from waitress import create_server

        server = create_server(
            app, host=args.host, port=args.port, threads=args.threads, ident="search_app"
        )
    except OSError as problem:  # a port in use had ended in a traceback
        print(f"error: {_cannot_listen(args.host, args.port, problem)}", file=sys.stderr)
        return 1
    print(f"serving http://{args.host}:{args.port}/ (index: {index})", file=sys.stderr, flush=True)
    server.run()
    return 0


def _cannot_listen(host: str, port: int, problem: OSError) -> str:
    """Say in one line why the server cannot listen on ``host:port``."""
    if problem.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use (another server?): stop it, "
            "or choose another port with --port"
        )
    return f"cannot listen on {host}:{port}: {problem.strerror or problem}"


def _check_index(app, index: Path) -> None:
    """Open the index now, or say that there is none: pages answer 503 until it is built."""
    try:
        with app.app_context():
            get_engine()
    except IndexerError as problem:
        print(f"warning: {problem}; pages answer 503 until it is built", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
