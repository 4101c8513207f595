"""Helpers for rule authors and artlint's own tests: lint_text(), fix_text(), and case files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from artlint.article import Article
from artlint.config import Settings
from artlint.findings import Finding
from artlint.fixes import apply_edits, group_by_field, select_fixes
from artlint.formats import read_document
from artlint.formats.base import FileData
from artlint.linter import FileResult, round_edits
from artlint.rule import Rule
from artlint.session import Session, open_session
from artlint.textutil import words

_SUFFIX = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}


def session(select: Sequence[str] | None = None, settings: Settings | None = None) -> Session:
    return open_session(settings=settings or Settings(), select=select)


def rules(settings: Settings | None = None) -> list[Rule]:
    """Every rule registered in a session with these settings (installed plugins included), by code."""
    return sorted(session(settings=settings).registry.rules.values(), key=lambda r: r.code)


def run_text(content: str, filename: str = "article.txt", select: Sequence[str] | None = None,
             fix: bool = False, unsafe: bool = False, settings: Settings | None = None,
             corpus: bool = False) -> FileResult:
    """Lint (or fix) `content` as if it were the file `filename`; nothing is written. With `corpus`,
    the corpus rules first learn from the file's articles (as `--corpus` over this one file)."""
    current = session(select, settings)
    if corpus:
        from artlint.corpus.passes import arm, collect_data, reduce_signatures

        data = FileData(filename, content.encode("utf-8"))
        arm(current, reduce_signatures(current.linter, [collect_data(current.linter, filename, data)]))
    linter = current.linter
    result = linter.process(filename, FileData(filename, content.encode("utf-8")), fix=fix, unsafe=unsafe)
    assert result is not None, f"{filename}: no format reads this file name"
    return result


def lint_text(content: str, filename: str = "article.txt", select: Sequence[str] | None = None,
              settings: Settings | None = None, corpus: bool = False) -> list[Finding]:
    return run_text(content, filename, select, settings=settings, corpus=corpus).findings


def fix_text(content: str, filename: str = "article.txt", select: Sequence[str] | None = None,
             unsafe: bool = False, settings: Settings | None = None, corpus: bool = False) -> str:
    """The fixed text (the input unchanged when no fix applies)."""
    result = run_text(content, filename, select, fix=True, unsafe=unsafe, settings=settings, corpus=corpus)
    data = result.output if result.output is not None else result.original
    return (data or b"").decode("utf-8")


@dataclass(slots=True)
class Case:
    """One case file: an input article, the findings it must get, and (optionally) its fixed form."""

    path: Path
    rule: str
    format: str
    input: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    fixed: str | None = None
    unsafe: bool = False
    select: list[str] | None = None
    corpus: bool = False
    """The input (JSON Lines, several articles) is a corpus: corpus rules learn from it first."""

    @property
    def filename(self) -> str:
        return "article" + _SUFFIX[self.format]

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"


def load_cases(folder: str | Path) -> list[Case]:
    """Every `*.yaml` case under `folder` (one subfolder per rule)."""
    cases = []
    for path in sorted(Path(folder).rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases.append(Case(
            path=path,
            rule=data["rule"],
            format=data.get("format", "text"),
            input=data["input"],
            findings=data.get("findings", []),
            fixed=data.get("fixed"),
            unsafe=data.get("unsafe", False),
            select=data.get("select"),
            corpus=data.get("corpus", False),
        ))
    return cases


def check_case(case: Case, settings: Settings | None = None) -> None:
    """Assert that the case's rule finds exactly what the case says, fixes as it says, that the fix
    is idempotent, that it adds no word its edits did not bring, and (when one round of fixes
    settles the article) that every field is exactly the input with the declared edits applied."""
    select = case.select or [case.rule]
    found = lint_text(case.input, case.filename, select, settings, case.corpus)
    views = [_finding_view(f, case.findings[i] if i < len(case.findings) else {}) for i, f in enumerate(found)]
    assert views == case.findings, f"{case.id}: findings differ\nexpected {case.findings}\nactual   {views}"
    if case.fixed is None:
        return
    fixed = fix_text(case.input, case.filename, select, unsafe=case.unsafe, settings=settings, corpus=case.corpus)
    assert fixed == case.fixed, f"{case.id}: fixed text differs\n--- expected\n{case.fixed}\n--- actual\n{fixed}"
    brought = Counter(w for f in found if f.fix for e in f.fix.edits for w in words(e.replacement))
    added = field_words(fixed, case.filename) - field_words(case.input, case.filename) - brought
    assert not added, f"{case.id}: the fix added words no edit declared: {sorted(added)}"
    settled = not any(f.fix and f.fix.applies(case.unsafe) for f in lint_text(fixed, case.filename, select, settings, case.corpus))
    before, after = articles(case.input, case.filename), articles(fixed, case.filename)
    if settled and len(before) == len(after) == 1:
        fixes = select_fixes(f.fix for f in found if f.fix is not None and f.fix.applies(case.unsafe))
        edits = group_by_field(round_edits(before[0], fixes))
        expected = {name: apply_edits(before[0].value(name), edits.get(name, [])) for name in {*before[0].fields, *edits}}
        actual = {name: after[0].value(name) for name in expected}
        assert actual == expected, f"{case.id}: the fix changed text outside the edits its findings declared"
    again = fix_text(fixed, case.filename, select, unsafe=case.unsafe, settings=settings, corpus=case.corpus)
    assert again == fixed, f"{case.id}: fix is not idempotent"


def articles(content: str, filename: str) -> list[Article]:
    """The articles of `content` read as the file `filename`."""
    linter = session().linter
    document = read_document(linter.pm, filename, FileData(filename, content.encode("utf-8")), linter.settings.fields)
    assert document is not None, f"{filename}: no format reads this file name"
    return [entry for entry in document.entries if isinstance(entry, Article)]


def field_words(content: str, filename: str) -> Counter[str]:
    """The words of every field of every article in `content`, read as the file `filename`."""
    return Counter(w for article in articles(content, filename) for text in article.fields.values() for w in words(text.value))


def _finding_view(finding: Finding, expected: dict[str, Any]) -> dict[str, Any]:
    """The finding's fields that the expectation names (always code and line)."""
    full = {
        "code": finding.code, "name": finding.name, "line": finding.line, "column": finding.column,
        "end_line": finding.end_line, "field": finding.span.field, "message": finding.message,
        "severity": str(finding.severity), "record": finding.source.record if finding.source else None,
        "fix": str(finding.fix.applicability) if finding.fix else None,
    }
    keys = set(expected) | {"code", "line"}
    return {k: full[k] for k in full if k in keys}
