"""GitLab Code Quality: the required fields, severities mapped, fingerprints unique and stable."""

from __future__ import annotations

import io
import json
from typing import Any

from reporter_corpus import ARTICLES, build_report

from artlint.report import Report
from artlint.reporters.gitlab import report_gitlab


def issues(report: Report) -> list[dict[str, Any]]:
    out = io.StringIO()
    report_gitlab(report, out, {})
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_every_issue_has_the_required_fields(sample_report: Report) -> None:
    found = [i for i in issues(sample_report) if i["check_name"] != "path-not-read"]
    assert len(found) == len(sample_report.findings)
    for issue, finding in zip(found, sample_report.findings, strict=True):
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"] == finding.name
        assert issue["description"].startswith(f"{finding.code} {finding.name}: {finding.message}")
        assert issue["severity"] == {"info": "info", "warning": "minor", "error": "major"}[finding.severity]
        assert isinstance(issue["location"]["path"], str) and issue["location"]["lines"]["begin"] >= 1


def test_fingerprints_are_unique_even_for_identical_findings(sample_report: Report) -> None:
    found = issues(sample_report)
    fingerprints = [i["fingerprint"] for i in found]
    assert len(set(fingerprints)) == len(fingerprints)
    twins = [i for i in found if i["location"]["path"] == "corpus/panels.json" and i["check_name"] == "advertisement"]
    assert len(twins) == 2  # two 'Advertisement' lines: same rule, message and file line, different fingerprints
    assert twins[0]["description"].rsplit(" [", 1)[0] == twins[1]["description"].rsplit(" [", 1)[0]
    assert twins[0]["location"] == twins[1]["location"]


def test_fingerprints_are_stable_across_runs() -> None:
    first = [i["fingerprint"] for i in issues(build_report(ARTICLES))]
    assert [i["fingerprint"] for i in issues(build_report(ARTICLES))] == first


def test_an_empty_run_is_an_empty_list() -> None:
    assert issues(Report()) == []


def test_a_path_that_could_not_be_read_is_a_blocker(sample_report: Report) -> None:
    unread = [r for r in sample_report.results if r.error]
    blockers = [i for i in issues(sample_report) if i["severity"] == "blocker"]
    assert len(unread) == 1 and len(blockers) == 1
    assert blockers[0]["check_name"] == "path-not-read" and blockers[0]["location"]["path"] == unread[0].path
    assert unread[0].error in blockers[0]["description"]


def test_a_path_named_twice_gets_two_fingerprints(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from artlint.linter import FileResult

    report = Report()
    report.results.extend([FileResult("./nope.txt", error="nope.txt: no such file or directory")] * 2)
    blockers = issues(report)
    assert [b["location"]["path"] for b in blockers] == ["nope.txt", "nope.txt"]
    assert len({b["fingerprint"] for b in blockers}) == 2
