"""Audit the installed Python packages for known vulnerabilities (pip-audit).

Fails (exit 1) when pip-audit reports a known vulnerability in any installed
package. When the vulnerability service cannot be reached — this project's
build machines only reach a package mirror without PyPI's JSON API — every
package comes back "could not be audited": that is printed loudly as a
warning, with the count, and does not fail the run, because nothing was
checked either way.
"""

from __future__ import annotations

import json
import subprocess
import sys


def main() -> int:
    command = [sys.executable, "-m", "pip_audit", "--progress-spinner", "off", "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(f"audit: pip-audit gave no report ({result.stderr.strip()[-300:]})", file=sys.stderr)
        return 1
    status, lines = verdict(report)
    for line in lines:
        print(line, file=sys.stderr)
    return status


def verdict(report: dict) -> tuple[int, list[str]]:
    """Return the exit status and the lines to print for a pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    lines = []
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
            lines.append(
                f"audit: {dependency['name']} {dependency.get('version')}: "
                f"{vuln['id']} (fixed in {fixes})"
            )
    audited = len(dependencies) - len(skipped)
    if skipped and not audited:
        lines.append(
            f"audit: WARNING — none of the {len(skipped)} installed packages could be "
            "audited (no vulnerability service reachable from this machine); "
            "nothing was checked"
        )
    else:
        lines.append(
            f"audit: {audited} packages audited, {len(vulnerable)} with known "
            f"vulnerabilities, {len(skipped)} not auditable"
        )
    return (1 if vulnerable else 0), lines


if __name__ == "__main__":
    sys.exit(main())
