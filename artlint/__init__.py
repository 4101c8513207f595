"""artlint: a data-quality linter and auto-fixer for scraped news articles."""

from __future__ import annotations

from artlint.article import Article, Line, Placement, Source, Span, Text
from artlint.config import Settings
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix
from artlint.hookspecs import HOOKSPEC_VERSION, hookimpl, hookspec
from artlint.lexicons import Lexicons
from artlint.rule import Rule
from artlint.version import __version__

__all__ = [
    "HOOKSPEC_VERSION",
    "Applicability",
    "Article",
    "Edit",
    "Finding",
    "Fix",
    "Lexicons",
    "Line",
    "Placement",
    "Rule",
    "Settings",
    "Severity",
    "Source",
    "Span",
    "Text",
    "__version__",
    "hookimpl",
    "hookspec",
]
