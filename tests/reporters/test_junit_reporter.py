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


def tree_junit(report: Report) -> str:
    """The document as one ElementTree, indented by ET.indent: what report_junit writes element by element."""
    from artlint.reporters.junit import _xml
    from artlint.reporters.location import location

    root = ET.Element("testsuites", name="artlint")
    suite = ET.SubElement(root, "testsuite", name="artlint")
    tests = failures = errors = 0
    for result in report.results:
        tests += 1
        case = ET.SubElement(suite, "testcase", name=_xml(result.path), classname="artlint", file=_xml(result.path))
        if result.error is not None:
            errors += 1
            ET.SubElement(case, "error", message=_xml(result.error), type="usage")
            continue
        failures += bool(result.findings)
        for f in result.findings:
            failure = ET.SubElement(case, "failure", message=_xml(f"{f.code} {f.name}: {f.message}"), type=f.code)
            failure.text = _xml(f"{location(f)}: {f.code} {f.name} ({f.severity}) {f.message}")
    for element in (root, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
    suite.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_written_element_by_element_as_one_indented_tree_would_be(sample_report: Report) -> None:
    odd = 'quotes " and \' <tags> & tabs\tnew\nlines\r form\x0cfeeds ]]> \u2028'
    source = Source(f"odd {odd}.txt")
    tricky = FileResult(f"odd {odd}.txt", [
        Finding("ART301", "html-remnant", Severity.ERROR, f"message {odd}", Span("body", 0, 2), None, source, 2, 3, 2, 5),
        Finding("ART304", "whitespace", Severity.INFO, "", Span("", 0, 0), None, source),
    ])
    reports = [sample_report, Report(), Report(results=[FileResult("clean.txt")]),
               Report(results=[tricky, FileResult(f"gone {odd}", error=f"gone {odd}: no such file")])]
    for report in reports:
        out = io.StringIO()
        report_junit(report, out, {})
        assert out.getvalue() == tree_junit(report)
