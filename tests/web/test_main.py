"""``python -m search_app``: options, waitress by default, the debugger only when asked."""

from __future__ import annotations

import gc
import socket
import warnings

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


class FakeServer:
    def __init__(self, served: dict, app, **options):
        served.update(options, app=app)
        self.served = served

    def run(self):
        self.served["ran"] = True


def test_serves_with_waitress(monkeypatch, built_index):
    served = {}
    monkeypatch.setattr("waitress.create_server", lambda app, **kw: FakeServer(served, app, **kw))
    assert main_module.main(["--index", str(built_index), "--port", "8123"]) == 0
    assert served["ran"] and served["port"] == 8123 and served["host"] == "127.0.0.1"
    assert served["app"].debug is False
    assert served["app"].config["INDEX"] == str(built_index)


def test_debug_runs_the_development_server(monkeypatch, built_index):
    calls = []
    monkeypatch.setattr(Flask, "run", lambda self, **options: calls.append(options))
    main_module.main(["--index", str(built_index), "--debug"])
    assert calls and calls[0]["debug"] is True


def test_missing_index_is_reported_at_start(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("waitress.create_server", lambda app, **kw: FakeServer({}, app, **kw))
    main_module.main(["--index", str(tmp_path / "none")])
    assert "pages answer 503 until it is built" in capsys.readouterr().err


def test_help(capsys):
    with pytest.raises(SystemExit):
        main_module.main(["--help"])
    assert "--index" in capsys.readouterr().out


@pytest.mark.parametrize("port", ["99999", "65536", "0", "-1", "http"])
def test_a_port_outside_1_to_65535_is_refused(port, capsys):
    """Before, --port 99999 printed "serving http://127.0.0.1:99999/" while waitress listened on
    34463 (99999 mod 65536)."""
    with pytest.raises(SystemExit) as leaving:
        main_module.main(["--port", port])
    assert leaving.value.code == 2
    assert f"'{port}' is not a port: give a number from 1 to 65535" in capsys.readouterr().err


def test_a_port_in_use_is_said_in_one_line(built_index, capsys):
    """Before, a second server on the same port ended in a Python traceback (OSError: [Errno
    98] Address already in use)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with warnings.catch_warnings():  # waitress leaves the socket it could not bind unclosed
            warnings.simplefilter("ignore", ResourceWarning)
            assert main_module.main(["--index", str(built_index), "--port", str(port)]) == 1
            gc.collect()
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [
        f"error: port {port} on 127.0.0.1 is already in use (another server?): stop it, "
        "or choose another port with --port"
    ]
