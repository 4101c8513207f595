"""--format sarif: SARIF 2.1.0 as GitHub code scanning reads it (rules with help, results, partialFingerprints)."""

from __future__ import annotations

import bisect
import re
from typing import Any, TextIO

from artlint.findings import Finding, Severity
from artlint.fixes import Applicability
from artlint.formats.base import InputError, decode
from artlint.linter import FileResult
from artlint.locating import fingerprint
from artlint.report import Report
from artlint.reporters.common import (
    field_region,
    file_path,
    file_region,
    json_text,
    noted_message,
    path_uri,
    streamed_keys,
)
from artlint.rule import Rule
from artlint.version import __version__

SCHEMA_URI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
LEVEL = {Severity.INFO: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}
FINGERPRINT_KEY = "artlintFingerprint/v1"
HEADINGS = frozenset({"Why", "Example", "Examples", "Fix safety", "Options"})


def report_sarif(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """One result per line, written as it goes: an indented dump of a large run takes seconds (Python's
    pure encoder) and holds the whole text in memory; `jq .` indents it for reading."""
    tally = report.tally()
    # Only the rules that have results: all code scanning needs, and no claim that unselected rules ran.
    first = tally.first
    codes = sorted(first)
    index = {code: i for i, code in enumerate(codes)}
    driver = {
        "name": "artlint",
        "version": __version__,
        "rules": [descriptor(code, report.rules.get(code), *first[code]) for code in codes],
    }
    stream.write(f'{{"$schema": "{SCHEMA_URI}", "version": "2.1.0", "runs": [{{\n"tool": {json_text({"driver": driver})},'
                 f'\n"columnKind": "unicodeCodePoints",\n"results": [')
    keys = streamed_keys(report.iter_findings, tally.findings)
    separator = "\n"
    for file_result in report.results:
        texts = _FileText(file_result)
        for finding in file_result.all_findings():
            stream.write(separator + json_text(result(finding, index[finding.code], next(keys), texts)))
            separator = ",\n"
    stream.write("\n]" + _invocations(report) + "}]}\n")


def _invocations(report: Report) -> str:
    """A run with a path it could not read did not succeed: said so, with why, so that an upload of its
    results is not taken for a clean run (which would close every open alert)."""
    errors = report.errors()
    if not errors:
        return ""
    notifications = [{"level": "error", "message": {"text": error}} for error in errors]
    return ",\n\"invocations\": " + json_text([{"executionSuccessful": False, "toolExecutionNotifications": notifications}])


def descriptor(code: str, rule: Rule | None, name: str, severity: Severity) -> dict[str, Any]:
    """A reportingDescriptor; a finding whose rule is not registered (a report built by hand) gets a bare one,
    from the name and severity of the rule's first finding."""
    if rule is None:
        return {
            "id": code, "name": name,
            "shortDescription": {"text": name}, "fullDescription": {"text": name},
            "help": {"text": name}, "defaultConfiguration": {"level": LEVEL[severity]},
        }
    doc = rule.documentation()
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc_markdown(doc)},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


def result(finding: Finding, rule_index: int, key: str, texts: _FileText) -> dict[str, Any]:
    uri = path_uri(file_path(finding))
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": noted_message(finding)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": file_region(finding)}}],
        "partialFingerprints": {FINGERPRINT_KEY: key},
    }
    properties: dict[str, Any] = {}
    if finding.span.field:
        properties["field"] = finding.span.field
    if finding.source is not None and finding.source.record is not None:
        properties["record"] = finding.source.record
    inner = field_region(finding)
    if inner is not None:
        properties["fieldRegion"] = inner
    if properties:
        out["properties"] = properties
    fixes = sarif_fixes(finding, texts, uri)
    if fixes:
        out["fixes"] = fixes
    return out


class _FileText:
    """A checked file's decoded text and line starts, decoded only when a fix needs them."""

    def __init__(self, result: FileResult) -> None:
        self.result = result
        self._text: str | None = None
        self._starts: list[int] = []
        self._done = False

    def get(self) -> tuple[str, list[int]] | None:
        if not self._done:
            self._done = True
            if self.result.original is not None:
                try:
                    self._text = decode(self.result.original)[0]
                except InputError:
                    self._text = None
                if self._text is not None:
                    self._starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        return None if self._text is None else (self._text, self._starts)


def sarif_fixes(finding: Finding, texts: _FileText, uri: str) -> list[dict[str, Any]] | None:
    """The fix as text replacements in the file, or None when that cannot be expressed with certainty.

    Edits address a field's text; in plain text and Markdown a field is the file's text with holes (the
    title line, front matter). The finding's own span is anchored at its file position and verified (its
    text there must have the finding's fingerprint); an edit may start inside it and run past its end only
    where no file line starts, since a hole can only stand at a line start. JSON fixes rewrite escaped
    string literals and are left out, as are multi-file or display-only fixes."""
    fix, source, span = finding.fix, finding.source, finding.span
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY or source is None:
        return None
    if source.field_positions or source.record is not None or not span.field or span.end <= span.start:
        return None
    loaded = texts.get()
    if loaded is None or finding.line > len(loaded[1]):
        return None
    text, starts = loaded
    anchor = starts[finding.line - 1] + finding.column - 1
    verified_end = anchor + span.end - span.start
    flagged = text[anchor:verified_end]
    if verified_end > len(text) or fingerprint(finding.code, "", span.field, flagged) != finding.fingerprint:
        return None
    replacements = []
    for edit in fix.edits:
        if edit.span.field != span.field or edit.span.start < span.start:
            return None
        start, end = anchor + edit.span.start - span.start, anchor + edit.span.end - span.start
        if end > len(text) or (end > verified_end and _line_start_within(text, starts, verified_end, end)):
            return None
        replacement: dict[str, Any] = {"deletedRegion": _region(starts, start, end)}
        if edit.replacement:
            replacement["insertedContent"] = {"text": edit.replacement}
        replacements.append(replacement)
    description = f"{fix.message or 'delete the flagged text'} ({fix.applicability} fix)"
    return [{
        "description": {"text": description},
        "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
    }]


def _line_start_within(text: str, starts: list[int], begin: int, end: int) -> bool:
    """Whether a file line starts at any offset in [begin, end)."""
    at = bisect.bisect_left(starts, begin)
    return at < len(starts) and starts[at] < end


def _region(starts: list[int], start: int, end: int) -> dict[str, int]:
    line = bisect.bisect_right(starts, start) - 1
    end_line = bisect.bisect_right(starts, end) - 1
    return {
        "startLine": line + 1, "startColumn": start - starts[line] + 1,
        "endLine": end_line + 1, "endColumn": end - starts[end_line] + 1,
    }


_MARKDOWN_SPECIAL = re.compile(r"([\\*_<>\[\]&|~])")


def doc_markdown(doc: str) -> str:
    """A rule's manual as Markdown: section names become headings, example lines keep their breaks, and
    everything outside `code spans` is escaped (manuals mention <h1> and [*])."""
    out: list[str] = []
    section = ""
    for line in doc.splitlines():
        stripped = line.strip()
        if stripped in HEADINGS:
            section = stripped
            out.append(f"#### {stripped}")
            continue
        parts = stripped.split("`")
        if len(parts) % 2 == 0:  # an unmatched backtick stays a literal one
            parts[-2:] = [parts[-2] + "\0" + parts[-1]]
        escaped = "`".join(p if i % 2 else _MARKDOWN_SPECIAL.sub(r"\\\1", p) for i, p in enumerate(parts))
        escaped = escaped.replace("\0", "\\`")
        out.append(escaped + ("  " if section.startswith("Example") and stripped else ""))
    return "\n".join(out)
