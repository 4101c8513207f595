"""ART9xx: findings about the run itself (unreadable input, rules that raised, fixes that failed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from artlint.article import Article
from artlint.findings import Finding, Severity
from artlint.hookspecs import hookimpl
from artlint.rule import Rule


class EngineRule(Rule):
    """Reported by the engine, never by `check`."""

    severity = Severity.ERROR

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        return iter(())


class UnreadableFile(EngineRule):
    """A file artlint cannot read as articles: missing permissions, not UTF-8/UTF-16 text, binary data.

    Why
    A file that cannot be read cannot be checked; a silent skip would hide it from the gate.

    Example
    `scrape/0042.txt:1:1: ART901 unreadable-file invalid UTF-8 at byte 211: b'\\xff...'`

    Fix safety
    No fix: re-save the file as UTF-8.
    """

    code, name = "ART901", "unreadable-file"


class MalformedRecord(EngineRule):
    """A record that does not parse: invalid JSON, a JSON value that is not an object, broken front matter.

    Why
    The other records of the file are still checked; this one is reported with its record and line.

    Example
    `night.jsonl:17 [record 16]: ART902 malformed-record invalid JSON at line 1 column 80: Expecting ',' delimiter`

    Fix safety
    No fix: repair the record in the scraper.
    """

    code, name = "ART902", "malformed-record"


class RuleError(EngineRule):
    """A rule raised an exception; the other rules and files still ran.

    Why
    A broken plugin must not take the run down, and must not go unnoticed either.

    Example
    `a.txt:1:1: ART903 rule-error rule my-rule (plugin my_plugin) raised KeyError: 'x'`

    Fix safety
    No fix: report it to the plugin's authors.
    """

    code, name = "ART903", "rule-error"


class FixNotConverged(EngineRule):
    """Fixes kept producing new fixes past the round cap; what was fixed so far is kept.

    Why
    Two rules that undo each other would otherwise loop forever.

    Example
    `a.txt:1:1: ART904 fix-not-converged fixes did not settle after 10 rounds`

    Fix safety
    No fix: select fewer rules, or report the pair of rules.
    """

    code, name = "ART904", "fix-not-converged"


class FixRejected(EngineRule):
    """A fix was not applied because the result broke an invariant: it did not parse again, changed a
    field no fix touched, or the format cannot hold it. The original is kept.

    Why
    artlint never writes a file it cannot prove is the original plus the declared edits.

    Example
    `a.md:1:1: ART905 fix-rejected fix by navigation-leftover not applied: title changed`

    Fix safety
    No fix: report it; the rule's fix is wrong for this article.
    """

    code, name = "ART905", "fix-rejected"


ENGINE_RULES = (UnreadableFile, MalformedRecord, RuleError, FixNotConverged, FixRejected)


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    for rule in ENGINE_RULES:
        register(rule)
