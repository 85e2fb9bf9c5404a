"""The dependency audit's verdict on pip-audit reports."""

from scripts.audit import verdict


def test_a_known_vulnerability_fails_the_run():
    report = {
        "dependencies": [
            {
                "name": "flask",
                "version": "0.1",
                "vulns": [{"id": "PYSEC-1", "fix_versions": ["3.0"]}],
            },
            {"name": "tqdm", "version": "4.70.1", "vulns": []},
        ]
    }
    status, lines = verdict(report)
    assert status == 1 and "flask 0.1: PYSEC-1 (fixed in 3.0)" in lines[0]


def test_a_clean_audit_passes():
    assert verdict({"dependencies": [{"name": "tqdm", "version": "4.70.1", "vulns": []}]})[0] == 0


def test_an_unreachable_service_is_a_loud_warning_not_a_pass_in_disguise():
    report = {"dependencies": [{"name": "tqdm", "skip_reason": "could not be audited"}]}
    status, lines = verdict(report)
    assert status == 0 and "nothing was checked" in lines[-1] and "WARNING" in lines[-1]
