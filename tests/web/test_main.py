"""``python -m search_app``: options, waitress by default, the debugger only when asked."""

from __future__ import annotations

import pytest
from flask import Flask

from search_app import __main__ as main_module


def test_options():
    args = main_module.parser().parse_args(
        ["--index", "/tmp/x", "--host", "0.0.0.0", "--port", "9000", "--threads", "2"]
    )
    assert (str(args.index), args.host, args.port, args.threads, args.debug) == (
        "/tmp/x",
        "0.0.0.0",
        9000,
        2,
        False,
    )
    defaults = main_module.parser().parse_args([])
    assert (defaults.host, defaults.port, defaults.debug) == ("127.0.0.1", 8000, False)


def test_serves_with_waitress(monkeypatch, built_index):
    served = {}

    def serve(app, **options):
        served.update(options, app=app)

    monkeypatch.setattr("waitress.serve", serve)
    assert main_module.main(["--index", str(built_index), "--port", "8123"]) == 0
    assert served["port"] == 8123 and served["host"] == "127.0.0.1"
    assert served["app"].debug is False
    assert served["app"].config["INDEX"] == str(built_index)


def test_debug_runs_the_development_server(monkeypatch, built_index):
    calls = []
    monkeypatch.setattr(Flask, "run", lambda self, **options: calls.append(options))
    main_module.main(["--index", str(built_index), "--debug"])
    assert calls and calls[0]["debug"] is True


def test_missing_index_is_reported_at_start(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("waitress.serve", lambda app, **options: None)
    main_module.main(["--index", str(tmp_path / "none")])
    assert "pages answer 503 until it is built" in capsys.readouterr().err


def test_help(capsys):
    with pytest.raises(SystemExit):
        main_module.main(["--help"])
    assert "--index" in capsys.readouterr().out
