"""--format junit: JUnit XML, one testcase per file checked and a <failure> per finding in it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any, TextIO

from artlint.findings import Finding
from artlint.report import Report
from artlint.reporters.location import location

# Characters XML 1.0 cannot hold at all (scraped text has form feeds and stray controls); written as escapes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def report_junit(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """`tests` counts files, `failures` the files with findings, `errors` the paths that could not be checked
    at all (a missing path); an unreadable file is an ART901 finding, so a failure like any other. Written as
    the findings are read, each element serialized by ElementTree, laid out as `ET.indent` lays out a tree."""
    results = report.results
    errors = sum(1 for r in results if r.error is not None)
    failures = sum(1 for r in results if r.error is None and r.finding_count)
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": str(errors)}
    write = stream.write
    write('<?xml version="1.0" encoding="UTF-8"?>\n')
    write(_start("testsuites", {"name": "artlint", **counts}) + "\n  ")
    suite = {"name": "artlint", **counts, "skipped": "0"}
    if not results:
        write(_element("testsuite", suite) + "\n</testsuites>\n")
        return
    write(_start("testsuite", suite))
    for result in results:
        case = {"name": _xml(result.path), "classname": "artlint", "file": _xml(result.path)}
        if result.error is not None:
            children: Iterator[str] = iter([_element("error", {"message": _xml(result.error), "type": "usage"})])
        else:
            children = (_failure(finding) for finding in result.all_findings())
        first = next(children, None)
        if first is None:
            write("\n    " + _element("testcase", case))
            continue
        write("\n    " + _start("testcase", case) + "\n      " + first)
        for child in children:
            write("\n      " + child)
        write("\n    </testcase>")
    write("\n  </testsuite>\n</testsuites>\n")


def _failure(finding: Finding) -> str:
    message = _xml(f"{finding.code} {finding.name}: {finding.message}")
    text = _xml(f"{location(finding)}: {finding.code} {finding.name} ({finding.severity}) {finding.message}")
    return _element("failure", {"message": message, "type": finding.code}, text)


def _element(tag: str, attributes: dict[str, str], text: str | None = None) -> str:
    element = ET.Element(tag, attributes)
    element.text = text
    return ET.tostring(element, encoding="unicode")


def _start(tag: str, attributes: dict[str, str]) -> str:
    """The start tag of an element with children: ElementTree's empty element without its ` />`."""
    return _element(tag, attributes)[:-3] + ">"


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
