"""Rule: the base class of every check, built-in, plugin or YAML pack."""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import Article, Span
from artlint.findings import Finding, Severity
from artlint.fixes import Fix
from artlint.lexicons import Lexicons

FAMILIES = {"ART1": "metadata", "ART2": "boilerplate", "ART3": "hygiene", "ART4": "structure", "ART9": "engine"}


class Rule:
    """Subclass, set the metadata and write `check`; the class docstring is the rule's manual
    (summary line, then Why, Example, Fix safety, Options)."""

    code: str = ""
    name: str = ""
    severity: Severity = Severity.WARNING
    defaults: Mapping[str, Any] = {}
    options_schema: Mapping[str, Any] = {}
    """JSON Schema `properties` of the rule's options."""
    origin: str = "artlint"
    """The plugin that registered the rule; set by the registry."""
    opt_in: bool = False
    """True for a rule that runs only when its code or name is selected (not through ALL or a prefix)."""
    fixable: str = "no"
    """What its fixes are, for the docs: "safe", "unsafe", "safe or unsafe" or "no"."""
    defers_unfixed: bool = False
    """True when the findings it reports without a fix give way to a general phrase list's or block cut's fix of
    the same line (duplicate-paragraph: a repeated line it declines to fix may be navigation text all the same)."""
    failed_scrape: bool = False
    """True for a rule that reports a page which is not the article at all (an error page, a bot check): no
    fix applies to an article it reports, as its lines are the server's, to be fetched again, not cleaned."""
    as_written: bool = False
    """True for a rule that reads the characters of the text as they are written (whitespace, control characters,
    markup, encodings), or that joins a hard-wrapped body's paragraphs itself (page-debris): it sees such a body line
    by line. Every other rule reads it as a reader does, each wrapped paragraph on one line (artlint.unwrapped), and
    its findings and fixes are mapped back to the lines as written; it may be asked a second time, of the lines as
    written, where a joined paragraph's second line opens with a capital (Unwrapped.read)."""
    general: int = 0
    """How much of a catch-all the rule is: where rules of different levels report the same line, only
    the finest is kept (a reading-time badge is reported as reading-time, not also as navigation-leftover;
    0 for most rules, 1 for a general block cut, 2 for a general phrase list, 3 for a learned scorer)."""

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:4], "plugin") if self.code.startswith("ART") else "plugin"

    def describe(self) -> dict[str, str]:
        """The rule's metadata, as `artlint rules --format json` shows it."""
        return {
            "code": self.code, "name": self.name, "family": self.family, "severity": str(self.severity),
            "fixable": self.fixable, "origin": self.origin, "summary": self.summary,
        }

    @property
    def summary(self) -> str:
        return " ".join(self.documentation().split("\n\n", 1)[0].split())

    def documentation(self) -> str:
        return inspect.cleandoc(type(self).__doc__ or self.name)

    def setup(self, lexicons: Lexicons) -> None:
        """Called once per run, before any check, with the lexicons of every language loaded."""

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        raise NotImplementedError(f"rule {self.name} has no check()")

    def finding(self, span: Span, message: str, fix: Fix | None = None) -> Finding:
        return Finding(self.code, self.name, self.severity, message, span, fix)

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name} from {self.origin}>"
