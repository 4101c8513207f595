"""Orchestration: lint articles, fix them to a fixed point, run over paths. Nothing here prints."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import partial
from operator import attrgetter
from typing import Any

from artlint.article import BODY, Article, Source, Span
from artlint.builtin.engine import FixNotConverged, FixRejected, MalformedRecord, RuleError, UnreadableFile
from artlint.config import Settings
from artlint.discovery import is_excluded
from artlint.errors import ConfigError
from artlint.findings import Finding, Severity
from artlint.fixes import (
    Applicability,
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
        fixed_by_general: set[tuple[str, int, int]] = set()
        for level in sorted(general):
            taken = _taken(findings, deferring)
            blocks = _deleted_blocks(findings)
            kept = [
                locate(finding, article, severity, identity) for finding, severity in general[level]
                if not _reported(finding, taken, level)  # a finer rule reports the line
                and not _inside(finding, blocks)  # or deletes the block it stands in
            ]
            findings.extend(kept)
            fixed_by_general.update((f.span.field, f.span.start, f.span.end) for f in kept if _offered(f) > 0)
        if fixed_by_general:  # the line is reported once, with the fix: not also by the finer rule that gave way
            findings = [f for f in findings if _offered(f) > 0 or f.code not in deferring
                        or (f.span.field, f.span.start, f.span.end) not in fixed_by_general]
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
                result.findings.append(engine_finding(MalformedRecord, _shown(entry.source, display), entry.message))
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
            result.findings.extend(_relabel(findings, display))
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


def _shown(source: Source, display: str | None) -> Source:
    return replace(source, path=display) if display else source


def _relabel(findings: list[Finding], display: str | None) -> list[Finding]:
    """The findings under the path shown; an article's findings share one relabelled Source. A finding
    already under that path (a large JSON Lines file read in chunks is shown under its own path) is kept."""
    if not display:
        return findings
    shown: dict[int, Source] = {}
    relabelled = []
    for finding in findings:
        if finding.source and finding.source.path != display:
            source = shown.get(id(finding.source))
            if source is None:
                source = shown[id(finding.source)] = _shown(finding.source, display)
            finding = _with_source(finding, source)
        relabelled.append(finding)
    return relabelled


_FIELDS = tuple(f.name for f in fields(Finding))
_VALUES = attrgetter(*_FIELDS)
"""Every field of a Finding, read in C: a Finding built from them costs far less than dataclasses.replace."""
_SOURCE = _FIELDS.index("source")
_LOCATED = ("severity", "source", "line", "column", "end_line", "end_column", "fingerprint")
if _FIELDS != ("code", "name", "severity", "message", "span", "fix", *_LOCATED[1:]):
    raise ImportError("artlint.linter.locate builds a Finding from its fields in order: update it to Finding's fields")


def _with_source(finding: Finding, source: Source) -> Finding:
    """dataclasses.replace(finding, source=source) at about half the cost: a large file's findings are all relabelled."""
    if type(finding) is not Finding:
        return replace(finding, source=source)
    values = list(_VALUES(finding))
    values[_SOURCE] = source
    return Finding(*values)


def _taken(findings: list[Finding], deferring: set[str]) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """(field, start) of each finding -> the end of each finding there, and how strongly it holds the span: 2 with a
    safe fix, 1 with an unsafe one, 3 with none (or one only to show), 0 with none from a rule that defers (see
    _reported)."""
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for f in findings:
        if _offered(f) == 0:
            strength = 0 if f.code in deferring else 3
        else:
            strength = 2 if f.fix.applicability is Applicability.SAFE else 1  # type: ignore[union-attr]
        taken.setdefault((f.span.field, f.span.start), []).append((f.span.end, strength))
    return taken


def _offered(finding: Finding) -> int:
    """What a general finding's fix does: 2 safe, 1 unsafe, 0 nothing (no fix, or one only to show)."""
    if finding.fix is None or finding.fix.applicability is Applicability.DISPLAY_ONLY:
        return 0
    return 2 if finding.fix.applicability is Applicability.SAFE else 1


SCORER_LEVEL = 3
"""Rule.general of a learned scorer (page-debris)."""


def _reported(finding: Finding, taken: dict[tuple[str, int], list[tuple[int, int]]], level: int) -> bool:
    """A finer rule reports the finding's whole span from the same start, and holds it at least as strongly as the
    general finding's fix would act: a block cut that starts at a line with an unsafe fix leaves a safe fix of the
    line itself to the safe-only run; a finding with no fix (or one only to show) holds the line against any fix
    (truncated-body's cut-off last line is no navigation text to delete). A rule that defers (Rule.defers_unfixed)
    holds it only against a learned scorer and general findings that fix nothing either: duplicate-paragraph only reports a line that stands thrice; that it is navigation text
    is the more useful finding (silenced, it went one copy per fix round), while a repeated line it declines to fix
    (a training plan's 'Run easy 30 min') is no debris for a score to infer. A line's finding does not silence a
    block that starts at it."""
    offered = _offered(finding)
    return any(
        end >= finding.span.end and (held >= offered or (held == 0 and level >= SCORER_LEVEL))
        for end, held in taken.get((finding.span.field, finding.span.start), ())
    )


Blocks = dict[str, tuple[list[int], list[int], list[int]]]
"""For each field: the starts of the deletions findings' fixes make, ascending, and at each position the furthest
end of the deletions that start there or earlier, and of the safe ones among them (-1: none)."""


def _deleted_blocks(findings: list[Finding]) -> Blocks:
    """The deletions that the findings' fixes make (a display-only fix makes none), indexed for _inside."""
    deletions = sorted(
        (edit.span.field, edit.span.start, edit.span.end, f.fix.applicability is Applicability.SAFE)
        for f in findings if f.fix is not None and f.fix.applicability is not Applicability.DISPLAY_ONLY
        for edit in f.fix.edits if edit.is_deletion
    )
    blocks: Blocks = {}
    for name, start, end, safe in deletions:
        starts, ends, safe_ends = blocks.setdefault(name, ([], [], []))
        starts.append(start)
        ends.append(max(end, ends[-1]) if ends else end)
        safe_ends.append(max(end if safe else -1, safe_ends[-1]) if safe_ends else end if safe else -1)
    return blocks


def _inside(finding: Finding, blocks: Blocks) -> bool:
    """The finding's span goes with a block a finer rule deletes, at least as safely as its own fix would (a line
    as it stands in the block; a general block only whole): a block that starts at or before the span's start
    and ends past its start and no earlier than its end. The furthest end among the blocks that start early
    enough tells whether there is one."""
    span = finding.span
    index = blocks.get(span.field)
    if index is None:
        return False
    starts, ends, safe_ends = index
    at = bisect_right(starts, span.start) - 1
    if at < 0:
        return False
    safe = finding.fix is not None and finding.fix.applicability is Applicability.SAFE
    return (safe_ends if safe else ends)[at] >= max(span.end, span.start + 1)
