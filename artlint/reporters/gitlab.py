"""--format gitlab: a GitLab Code Quality report (a JSON list of issues)."""

from __future__ import annotations

import hashlib
from typing import Any, TextIO

from artlint.findings import Severity
from artlint.report import Report
from artlint.reporters.common import file_path, file_region, json_text, noted_message, posix_path, streamed_keys

SEVERITY = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def report_gitlab(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """One issue per line, and a blocker per path that could not be read. Fingerprints are unique in the report
    (GitLab tells issues apart by them) and stable across unrelated edits, so a merge request shows which
    findings are new and which were fixed."""
    stream.write("[")
    separator = "\n"
    keys = streamed_keys(report.iter_findings, report.finding_count)
    for finding, key in zip(report.iter_findings(), keys, strict=True):
        issue = {
            "description": f"{finding.code} {finding.name}: {noted_message(finding)}",
            "check_name": finding.name,
            "fingerprint": hashlib.sha256(key.encode()).hexdigest()[:32],
            "severity": SEVERITY[finding.severity],
            "location": {"path": file_path(finding), "lines": {"begin": file_region(finding)["startLine"]}},
        }
        stream.write(separator + json_text(issue))
        separator = ",\n"
    seen: dict[str, int] = {}
    for result in report.results:
        if result.error:
            path = posix_path(result.path)
            seen[path] = seen.get(path, 0) + 1
            stream.write(separator + json_text(_unread(path, result.error, seen[path])))
            separator = ",\n"
    stream.write("\n]\n" if separator != "\n" else "]\n")


def _unread(path: str, error: str, occurrence: int) -> dict[str, Any]:
    """A path that could not be read, as a blocker: a clean-looking report would close the merge request's
    issues. A path named twice gets two fingerprints, as GitLab tells issues apart by them."""
    return {
        "description": f"could not be read: {error}",
        "check_name": "path-not-read",
        "fingerprint": hashlib.sha256(f"not read\0{path}\0{occurrence}".encode()).hexdigest()[:32],
        "severity": "blocker",
        "location": {"path": path, "lines": {"begin": 1}},
    }
