"""--format junit: JUnit XML, one testcase per file checked and a <failure> per finding in it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, TextIO

from artlint.report import Report
from artlint.reporters.location import location

# Characters XML 1.0 cannot hold at all (scraped text has form feeds and stray controls); written as escapes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def report_junit(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """`tests` counts files, `failures` the files with findings, `errors` the paths that could not be checked
    at all (a missing path); an unreadable file is an ART901 finding, so a failure like any other."""
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
        for finding in result.findings:
            failure = ET.SubElement(case, "failure", message=_xml(f"{finding.code} {finding.name}: {finding.message}"),
                                    type=finding.code)
            failure.text = _xml(f"{location(finding)}: {finding.code} {finding.name} ({finding.severity}) {finding.message}")
    for element in (root, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
    suite.set("skipped", "0")
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
