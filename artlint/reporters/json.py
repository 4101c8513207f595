"""--format json: one object {version, tool, findings, summary, and errors when a path could not be read},
described by schemas/report.schema.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from artlint.findings import Finding
from artlint.report import Report
from artlint.version import __version__

TOOL = {"name": "artlint", "version": __version__}


def report_json(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """One finding per line inside the document: readable, and written by the C encoder (an indented
    dump goes through Python's slow one, which matters at hundreds of thousands of findings), as the
    findings are read, so that the document is never held whole."""
    compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    stream.write('{\n  "version": 1,\n  "tool": ' + compact(TOOL) + ',\n  "findings": [')
    any_finding = False
    for record in _records(report):
        stream.write(("," if any_finding else "") + "\n    " + compact(record))
        any_finding = True
    errors = report.errors()
    stream.write(("\n  " if any_finding else "") + '],\n  "summary": ' + compact(report.summary())
                 + (',\n  "errors": ' + compact(errors) if errors else "") + "\n}\n")


def report_document(report: Report) -> dict[str, Any]:
    document = {
        "version": 1,
        "tool": dict(TOOL),
        "findings": [finding_record(f) for f in report.iter_findings()],
        "summary": report.summary(),
    }
    if errors := report.errors():
        document["errors"] = errors
    return document


def _records(report: Report) -> Iterator[dict[str, Any]]:
    """finding_record of every finding in order; a spilled batch's rows are read as they are (artlint.spool)."""
    for result in report.results:
        for part in result.spilled.parts() if result.spilled is not None else ():
            if isinstance(part, tuple):
                places, rows = part
                yield from (_row_record(places, row) for row in rows)
            else:
                yield from map(finding_record, part)
        yield from map(finding_record, result.findings)


def _row_record(places: list[tuple[str, int | None, int | None, bool]], row: tuple[Any, ...]) -> dict[str, Any]:
    """finding_record of a spooled row (spool.encode)."""
    code, name, severity, message, field, _start, _end, repair, place, line, column, end_line, end_column, _ = row
    path, record = (places[place][0], places[place][1]) if place >= 0 else ("", None)
    return _record(path, record, field, code, name, severity, message, (line, column, end_line, end_column), repair)


def finding_record(finding: Finding) -> dict[str, Any]:
    source, fix = finding.source, finding.fix
    return _record(
        source.path if source else "", source.record if source else None, finding.span.field, finding.code,
        finding.name, str(finding.severity), finding.message,
        (finding.line, finding.column, finding.end_line, finding.end_column),
        None if fix is None else (str(fix.applicability), fix.message,
                                  [(e.span.field, e.span.start, e.span.end, e.replacement) for e in fix.edits]),
    )


def _record(path: str, record: int | None, field: str, code: str, name: str, severity: str, message: str,
            place: tuple[Any, ...], repair: tuple[Any, ...] | None) -> dict[str, Any]:
    """A finding as the JSON report writes it, from its values (of a Finding, or of a spooled row)."""
    line, column, end_line, end_column = place
    return {
        "path": path,
        "record": record,
        "field": field,
        "code": code,
        "name": name,
        "severity": severity,
        "message": message,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "fix": None if repair is None else {
            "applicability": repair[0],
            "message": repair[1],
            "edits": [{"field": f, "start": s, "end": e, "replacement": r} for f, s, e, r in repair[2]],
        },
    }
