"""JUnit XML: parses, one testcase per file, a failure per finding, counts that add up, XML-safe text."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.linter import FileResult
from artlint.report import Report
from artlint.reporters.junit import report_junit


def parse(report: Report) -> ET.Element:
    out = io.StringIO()
    report_junit(report, out, {})
    return ET.fromstring(out.getvalue().encode("utf-8"))


def test_counts_match_the_run(sample_report: Report) -> None:
    root = parse(sample_report)
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1 and suites[0].get("name") == "artlint"
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == [r.path for r in sample_report.results]
    failing = [c for c in cases if c.find("failure") is not None]
    erroring = [c for c in cases if c.find("error") is not None]
    for element in (root, suites[0]):
        assert element.get("tests") == str(len(cases)) == "5"
        assert element.get("failures") == str(len(failing)) == "3"
        assert element.get("errors") == str(len(erroring)) == "1"
    assert sum(len(c.findall("failure")) for c in cases) == len(sample_report.findings)
    clean = next(c for c in cases if c.get("name") == "corpus/clean.txt")
    assert list(clean) == []


def test_a_failure_names_the_rule_and_the_place(sample_report: Report) -> None:
    cases = {c.get("name"): c for c in parse(sample_report).iter("testcase")}
    failures = cases["corpus/overnight.jsonl"].findall("failure")
    assert failures[-1].get("message") == "ART405 empty-body: the article has no body text"
    assert failures[-1].text == "corpus/overnight.jsonl:4 [record 3] body:1:1: ART405 empty-body (error) the article has no body text"


def test_markup_quotes_and_control_characters_survive() -> None:
    message = 'quote " <b>&amp;</b> \x0c form feed \x00 nul \ud800 lone surrogate'
    finding = Finding("ART201", "navigation-leftover", Severity.WARNING, message, Span("body", 0, 1),
                      source=Source('odd "name" <&>.txt'))
    root = parse(Report([FileResult('odd "name" <&>.txt', [finding])]))
    case = root.find("testsuite/testcase")
    assert case is not None and case.get("name") == 'odd "name" <&>.txt'
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == ('ART201 navigation-leftover: quote " <b>&amp;</b> \\u000c form feed \\u0000 nul '
                                      '\\ud800 lone surrogate')
