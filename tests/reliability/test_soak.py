"""A short soak in CI: 16 clients for 20 s against the app served by waitress, no error.

The long run (``python -m benchmarks.soak``, 5 minutes) and its figures are in
docs/reliability.md.
"""

from __future__ import annotations

from benchmarks.soak import KINDS, format_report, run

SECONDS = 20
CLIENTS = 16


def test_sixteen_clients_for_twenty_seconds_get_no_error(built_index):
    """GIVEN the app under a mixed load WHEN it runs for 20 s THEN no 5xx, no connection error."""
    report, log = run(built_index, SECONDS, CLIENTS, every=2)
    summary = format_report(report)
    assert report.tally.error_count == 0, summary + "\n" + log[-2000:]
    assert report.requests > SECONDS * 5, summary  # it did run (about 85 requests/s here)
    assert set(report.tally.latencies) == set(KINDS), summary  # every kind was asked
    assert len(report.memory) >= SECONDS // 2 - 1, summary
    assert "Traceback" not in log
