"""Where a finding stands in its file: its line and column, its fingerprint, the path it is shown under."""

from __future__ import annotations

import hashlib
from dataclasses import fields, replace
from operator import attrgetter
from typing import Any

from artlint.article import Article, Source, Span
from artlint.findings import Finding, Severity
from artlint.rule import Rule


def locate(finding: Finding, article: Article, severity: Severity | None = None, identity: str | None = None) -> Finding:
    """The finding with its file position and fingerprint filled in (and the severity, when given);
    `identity` is the article's, when the caller has it already."""
    span = finding.span
    flagged = article.value(span.field)[span.start : span.end]
    located = (
        severity or finding.severity, article.source, *article.file_range(span.field, span.start, span.end),
        fingerprint(finding.code, article.identity if identity is None else identity, span.field, flagged),
    )
    if type(finding) is not Finding:  # a plugin's subclass keeps its class
        changes: dict[str, Any] = dict(zip(_LOCATED, located))
        return replace(finding, **changes)
    return Finding(finding.code, finding.name, located[0], finding.message, span, finding.fix, *located[1:])


def fingerprint(code: str, identity: str, field_name: str, flagged: str) -> str:
    text = " ".join(flagged.split()).casefold()
    key = f"{code}\0{identity}\0{field_name}\0{text}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]  # JSON may hold lone surrogates


def engine_finding(rule: type[Rule], source: Source, message: str, line: int | None = None) -> Finding:
    """A finding about a file or record as a whole: no field, at the record's file line."""
    at = line if line is not None else (source.line or 1)
    return Finding(rule.code, rule.name, rule.severity, message, Span("", 0, 0), None, source, at, 1, at, 1)


def shown_as(source: Source, display: str | None) -> Source:
    """The source under the path shown (`display`: stdin's --stdin-filename, a chunk's own file), if any."""
    return replace(source, path=display) if display else source


def relabel(findings: list[Finding], display: str | None) -> list[Finding]:
    """The findings under the path shown; an article's findings share one relabelled Source. A finding
    already under that path (a large JSON Lines file read in chunks is shown under its own path) is kept."""
    if not display:
        return findings
    sources: dict[int, Source] = {}
    relabelled = []
    for finding in findings:
        if finding.source and finding.source.path != display:
            source = sources.get(id(finding.source))
            if source is None:
                source = sources[id(finding.source)] = shown_as(finding.source, display)
            finding = _with_source(finding, source)
        relabelled.append(finding)
    return relabelled


_FIELDS = tuple(f.name for f in fields(Finding))
_VALUES = attrgetter(*_FIELDS)
"""Every field of a Finding, read in C: a Finding built from them costs far less than dataclasses.replace."""
_SOURCE = _FIELDS.index("source")
_LOCATED = ("severity", "source", "line", "column", "end_line", "end_column", "fingerprint")
if _FIELDS != ("code", "name", "severity", "message", "span", "fix", *_LOCATED[1:]):
    raise ImportError("artlint.locating.locate builds a Finding from its fields in order: update it to Finding's fields")


def _with_source(finding: Finding, source: Source) -> Finding:
    """dataclasses.replace(finding, source=source) at about half the cost: a large file's findings are all relabelled."""
    if type(finding) is not Finding:
        return replace(finding, source=source)
    values = list(_VALUES(finding))
    values[_SOURCE] = source
    return Finding(*values)
