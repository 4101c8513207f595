"""Orchestration: lint articles, fix them to a fixed point, run over paths. Nothing here prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from artlint.article import BODY, Article, Source
from artlint.builtin.engine import FixNotConverged, FixRejected, MalformedRecord, RuleError, UnreadableFile
from artlint.config import Settings
from artlint.discovery import is_excluded
from artlint.errors import ConfigError
from artlint.findings import Finding, Severity
from artlint.fixes import (
    Edit,
    Fix,
    apply_edits,
    group_by_field,
    keeping_unterminated_ends,
    select_fixes,
    with_heading_underlines,
)
from artlint.formats import read_document
from artlint.formats.base import Document, FileData, InputError, RecordError
from artlint.locating import engine_finding, locate, relabel, shown_as
from artlint.precedence import with_general
from artlint.registry import Registry
from artlint.rule import Rule
from artlint.schemas import validate_with, validator_for
from artlint.spool import Outline, Packed, Spilled, Spool, outline
from artlint.unwrapped import ends_sentence, unwrapped, wrapped_sentences

MAX_FIX_ROUNDS = 10


@dataclass(frozen=True, slots=True)
class ActiveRule:
    rule: Rule
    options: Mapping[str, Any]
    severity: Severity


@dataclass(slots=True)
class FileResult:
    """What a run found (and fixed) in one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    articles: int = 0
    fixes_applied: int = 0
    original: bytes | None = None
    output: bytes | None = None
    """The fixed file's bytes, when fixing changed it."""
    error: str | None = None
    """A usage error about this path (it does not exist); the run goes on."""
    stdin: bool = False
    site_articles: Counter[str] = field(default_factory=Counter)
    """Articles read per site (URL host, or folder)."""
    sites: dict[int | None, str] = field(default_factory=dict)
    """The site of each article with findings, by record index (None for a file of one article)."""
    output_path: str | None = None
    """Where a streamed fix wrote the fixed file (a temp file beside it), instead of `output`."""
    diff: str | None = None
    """A streamed fix's diff, instead of `original` and `output`."""
    spilled: Spilled | None = None
    """The first findings, moved to a temp file when a run holds many (artlint.spool); `findings` holds the rest."""

    def all_findings(self) -> Iterator[Finding]:
        """Every finding in order: those spilled to disk, then those in memory."""
        if self.spilled is not None:
            yield from self.spilled
        yield from self.findings

    def outlines(self) -> Iterator[Outline]:
        """What counts of the findings need, read back from the spool without building its findings."""
        if self.spilled is not None:
            yield from self.spilled.outlines()
        yield from map(outline, self.findings)

    @property
    def finding_count(self) -> int:
        return len(self.findings) + (self.spilled.count if self.spilled is not None else 0)

    def spill(self, spool: Spool) -> None:
        """Move the findings in memory to `spool`, after any spilled before."""
        if self.findings:
            self._spilled_in(spool).add(self.findings)
            self.findings = []

    def spill_packed(self, spool: Spool, packed: Packed) -> None:
        """Move the findings in memory to `spool`, then append a packed batch after them."""
        self.spill(spool)
        self._spilled_in(spool).add_packed(packed)

    def _spilled_in(self, spool: Spool) -> Spilled:
        if self.spilled is None:
            self.spilled = Spilled(spool)
        return self.spilled


class Linter:
    def __init__(self, registry: Registry, settings: Settings, plugin_manager: Any,
                 select: Sequence[str] | None = None, ignore: Sequence[str] = ()) -> None:
        self.registry = registry
        self.settings = settings
        self.pm = plugin_manager
        self.select = list(select) if select else settings.select
        self.ignore = [*settings.ignore, *ignore]
        self._rules_cache: dict[tuple[str, ...], list[ActiveRule]] = {}
        self.rules = self._activate(())
        for token in settings.severity:
            registry.matching(token)
        check_rule_options(registry, settings)

    def _activate(self, extra_ignores: tuple[str, ...]) -> list[ActiveRule]:
        cached = self._rules_cache.get(extra_ignores)
        if cached is None:
            chosen = self.registry.select(self.select, [*self.ignore, *extra_ignores])
            cached = [self._active(rule) for rule in chosen if not rule.code.startswith("ART9")]
            self._rules_cache[extra_ignores] = cached
        return cached

    def _active(self, rule: Rule) -> ActiveRule:
        options = dict(rule.defaults)
        for token, value in self.settings.rule_options.items():
            if token in (rule.code, rule.name):
                options.update(value)
        return ActiveRule(rule, options, self._severity(rule))

    def _severity(self, rule: Rule) -> Severity:
        """The configured severity of the most specific selector that names the rule (a name or full code
        over a longer prefix over a shorter one), else the rule's own."""
        best, best_rank = rule.severity, -1
        for token, level in self.settings.severity.items():
            if token in (rule.name, rule.code):
                rank = 1000
            elif token == "ALL" or rule.code.startswith(token):
                rank = 0 if token == "ALL" else len(token)
            else:
                continue
            if rank > best_rank:
                best, best_rank = level, rank
        return best

    def rules_for(self, path: str) -> list[ActiveRule]:
        extra = tuple(
            token
            for pattern, tokens in self.settings.per_path_ignores.items()
            if is_excluded(path, [pattern], self.settings.root)
            for token in tokens
        )
        return self._activate(extra)

    # -- one article -------------------------------------------------------------------------

    def lint_article(self, article: Article, rules: Iterable[ActiveRule] | None = None) -> list[Finding]:
        findings: list[Finding] = []
        general: dict[int, list[tuple[Finding, Severity]]] = {}
        """The general rules' findings by level, located only once no finer rule has taken their line."""
        identity: str | None = None
        deferring: set[str] = set()
        """Codes of the rules whose findings without a fix give way to a general rule's fix (Rule.defers_unfixed)."""
        failed_scrape = False
        plain = unwrapped(article)
        """A hard-wrapped body with each wrapped paragraph on one line: what every rule but a character rule reads."""
        for active in self.rules if rules is None else rules:
            if active.rule.defers_unfixed:
                deferring.add(active.rule.code)
            try:
                if active.rule.as_written or plain.article is article:
                    found = list(active.rule.check(article, active.options))
                else:
                    found = plain.read(partial(_check, active), article)
            except Exception as exc:  # a plugin's bug is a finding, not a crash
                findings.append(engine_finding(
                    RuleError, article.source,
                    f"rule {active.rule.name} (plugin {active.rule.origin}) raised {type(exc).__name__}: {exc}",
                ))
                continue
            if not found:
                continue
            if identity is None:
                identity = article.identity
            failed_scrape = failed_scrape or active.rule.failed_scrape
            if active.rule.general:
                general.setdefault(active.rule.general, []).extend((finding, active.severity) for finding in found)
            else:
                findings.extend([locate(finding, article, active.severity, identity) for finding in found])
        findings = with_general(findings, general, deferring,
                                lambda finding, severity: locate(finding, article, severity, identity))
        if failed_scrape:  # the page is to be fetched again, not cleaned
            findings = [replace(f, fix=None) if f.fix is not None else f for f in findings]
        elif any(f.fix is not None for f in findings) and (sentences := wrapped_sentences(article)):
            findings = [  # a line rule matched the end of a wrapped sentence
                replace(f, fix=None) if f.fix is not None and ends_sentence(f.fix, article.body, sentences) else f
                for f in findings
            ]
        findings.sort(key=lambda f: f.sort_key)
        return findings

    def fix_entry(self, document: Document, index: int, rules: list[ActiveRule], unsafe: bool) -> tuple[list[Finding], int]:
        """Apply fixes to one entry until no fix applies; returns the findings left and the number of fixes applied."""
        article = document.entries[index]
        assert isinstance(article, Article)
        applied = 0
        for _ in range(MAX_FIX_ROUNDS):
            findings = self.lint_article(article, rules)
            fixes = select_fixes(f.fix for f in findings if f.fix is not None and f.fix.applies(unsafe))
            if not fixes:
                return findings, applied
            edits = round_edits(article, fixes)
            values = {name: apply_edits(article.value(name), es) for name, es in group_by_field(edits).items()}
            try:
                new = document.update(index, values, edits)
                breach = invariant_breach(article, new, values)
            except InputError as exc:
                breach = str(exc)
            if breach:
                document.revert(index)
                original = document.entries[index]
                assert isinstance(original, Article)
                culprits = sorted({f.name for f in findings if f.fix in fixes})
                return [*self.lint_article(original, rules), engine_finding(
                    FixRejected, original.source, f"fix by {', '.join(culprits)} not applied: {breach}",
                )], 0
            applied += len(fixes)
            article = new
        return [*self.lint_article(article, rules), engine_finding(
            FixNotConverged, article.source, f"fixes did not settle after {MAX_FIX_ROUNDS} rounds",
        )], applied

    # -- files -------------------------------------------------------------------------------

    def process(self, path: str, data: FileData, fix: bool = False, unsafe: bool = False,
                named: bool = True, display: str | None = None) -> FileResult | None:
        """Check (and fix) one file; None when it is not an article file and was only found by walking."""
        shown = display or path
        try:
            document = read_document(self.pm, path, data, self.settings.fields)
            if document is None:
                if not named:
                    return None
                raise InputError("not an article format artlint reads (.txt, .md, .markdown, .json, .jsonl, .jsonl.gz, .ndjson)")
        except InputError as exc:
            return FileResult(shown, [engine_finding(UnreadableFile, Source(shown), str(exc))])
        except RecursionError:
            return FileResult(shown, [engine_finding(UnreadableFile, Source(shown), "nested too deeply to parse")])
        except Exception as exc:  # a format plugin's bug must not end the run with a traceback
            message = f"a format reader failed ({type(exc).__name__}: {exc}); please report this"
            return FileResult(shown, [engine_finding(UnreadableFile, Source(shown), message)])
        if not named and document.format == "json" and not any(map(_has_article_fields, document.entries)):
            return None  # found in a folder: a JSON file with no article field (a baseline, a settings file)
        result = FileResult(shown, original=data.read())
        rules = self.rules_for(path)
        for index, entry in enumerate(document.entries):
            if isinstance(entry, RecordError):
                result.findings.append(engine_finding(MalformedRecord, shown_as(entry.source, display), entry.message))
                continue
            result.articles += 1
            site = entry.site
            result.site_articles[site] += 1
            if fix:
                findings, applied = self.fix_entry(document, index, rules, unsafe)
                result.fixes_applied += applied
            else:
                findings = self.lint_article(entry, rules)
            if findings:
                result.sites[entry.source.record] = site
            result.findings.extend(relabel(findings, display))
        if fix and result.fixes_applied:
            output = document.to_bytes()
            if output != result.original:
                result.output = output
        return result


def _has_article_fields(entry: Article | RecordError) -> bool:
    """A record with any article field (title, text, url, date, author; null counts as absent), or one that
    could not be read."""
    return isinstance(entry, RecordError) or bool(entry.fields)


def round_edits(article: Article, fixes: Iterable[Fix]) -> list[Edit]:
    """The edits a round of fixes makes: the fixes' own, with a deleted Markdown heading's underline and the
    line breaks before a field's deleted last lines (artlint.fixes)."""
    edits = [edit for fix in fixes for edit in fix.edits]
    if article.markup == "markdown":
        placement = article.placements.get(BODY)
        edits = with_heading_underlines(article.body, edits, placement.holes if placement else ())
    return keeping_unterminated_ends(article, edits)


def check_rule_options(registry: Registry, settings: Settings) -> None:
    """Every `rules:` entry names a rule, and its options fit the rule's options schema."""
    where = settings.path or "config"
    for token, options in settings.rule_options.items():
        rule = registry.lookup(token)
        if rule is None:
            registry.matching(token)
            raise ConfigError(f"{where}: rules.{token}: not a rule name or code")
        schema = {"type": "object", "properties": dict(rule.options_schema), "additionalProperties": False}
        problems = validate_with(options, validator_for(schema))
        if problems:
            raise ConfigError(f"{where}: rules.{token}: {problems[0]}")


def invariant_breach(before: Article, after: Article, values: Mapping[str, str]) -> str | None:
    """Why the re-parsed article is not the old one plus the edits, or None when it is."""
    for name in set(before.fields) | set(after.fields) | set(values):
        old = before.fields.get(name)
        expected = values[name] if name in values else (old.value if old is not None else None)
        actual = after.fields.get(name)
        if (actual.value if actual is not None else None) != expected:
            return f"field {name!r} would change beyond the fix's edits"
    if dict(before.meta) != dict(after.meta):
        return "fields outside the article's text would change"
    return None


def _check(active: ActiveRule, article: Article) -> Iterator[Finding]:
    return active.rule.check(article, active.options)
