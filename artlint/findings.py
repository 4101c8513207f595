"""Severity and Finding: what a rule reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from artlint.article import Source, Span
from artlint.fixes import Fix


class Severity(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one article: which rule, where (a span), what, and how to fix it."""

    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    fix: Fix | None = None
    source: Source | None = None
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1
    fingerprint: str = ""
    """Stable across unrelated edits: the rule, the article's identity and a hash of the flagged text."""

    @property
    def sort_key(self) -> tuple:
        source = self.source or Source("")
        return (source.path, source.record or 0, self.span.field != "title", self.line, self.column, self.code)
