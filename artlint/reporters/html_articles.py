"""The HTML report's Articles: which articles to show (the worst, and the worst of each rule), each as a card."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from artlint.article import Article
from artlint.findings import Finding
from artlint.fixes import Applicability, group_by_field, select_fixes
from artlint.linter import FileResult
from artlint.locating import fingerprint
from artlint.reporters.html_assets import FAMILIES as PALETTE
from artlint.reporters.html_source import Key
from artlint.reporters.html_text import Mark, field_diff, highlighted, render_diff
from artlint.rule import FAMILIES as RULE_FAMILIES

NOT_ARTICLES = ("ART901", "ART902")
"""Findings about a file or record that never became an article."""
EXAMPLES_PER_RULE = 2
"""Articles shown for each rule before the rest are chosen by their number of findings."""
FIELD_ORDER = ("title", "date", "author", "url")
TITLE_CHARS = 160
MAX_LISTED = 100
"""Findings listed beside an article's text at most (all of them are highlighted in it)."""


@dataclass(slots=True)
class Entry:
    """An article with findings: their number, worst severity, rules and codes, and the findings themselves
    where they are kept (a large run keeps only those of the articles shown, see `collect`)."""

    key: Key
    site: str
    findings: list[Finding] = field(default_factory=list)
    worst: int = 0
    """The highest severity rank among the findings."""
    count: int = 0
    names: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)

    def add(self, finding: Finding, keep: bool = True) -> None:
        self.count += 1
        self.worst = max(self.worst, finding.severity.rank)
        self.names.add(finding.name)
        self.codes.add(finding.code)
        if keep:
            self.findings.append(finding)

    @property
    def rank(self) -> tuple:
        """Most findings first, then the most severe, then file order."""
        return (-self.count, -self.worst, self.key[0], -1 if self.key[1] is None else self.key[1])


def group(findings: Iterable[Finding], results: Sequence[FileResult], keep: bool = True) -> tuple[list[Entry], list[Finding]]:
    """The articles with findings, worst first, and the findings about files and records that are not articles.
    Without `keep`, the entries count their findings without holding them."""
    site_of = {(r.path, record): site for r in results for record, site in r.sites.items()}
    entries: dict[Key, Entry] = {}
    problems: list[Finding] = []
    for finding in findings:
        key = _key(finding)
        if key is None:
            problems.append(finding)
            continue
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = Entry(key, site_of.get(key, ""))
        entry.add(finding, keep)
    return sorted(entries.values(), key=lambda e: e.rank), problems


def collect(entries: Sequence[Entry], findings: Iterable[Finding]) -> None:
    """Give the entries their findings (a second pass over the run's)."""
    by_key = {entry.key: entry for entry in entries}
    for finding in findings:
        key = _key(finding)
        entry = by_key.get(key) if key is not None else None
        if entry is not None:
            entry.findings.append(finding)


def _key(finding: Finding) -> Key | None:
    source = finding.source
    if source is None or finding.code in NOT_ARTICLES:
        return None
    return (source.path, source.record)


def choose(ranked: Sequence[Entry], top: int) -> list[Entry]:
    """The `top` worst articles, with the worst EXAMPLES_PER_RULE of each rule among them (in at most half of
    the places), so that every rule that fired has examples to look at and to search for; worst first."""
    if len(ranked) <= top:
        return list(ranked)
    chosen: set[int] = set()
    by_rule: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(ranked):
        for name in entry.names:
            if len(by_rule[name]) < EXAMPLES_PER_RULE:
                by_rule[name].append(index)
    for round_ in range(EXAMPLES_PER_RULE):
        for name in sorted(by_rule, key=lambda n: by_rule[n][0]):
            if len(chosen) >= top // 2:
                break
            if round_ < len(by_rule[name]):
                chosen.add(by_rule[name][round_])
    for index in range(len(ranked)):
        if len(chosen) >= top:
            break
        chosen.add(index)
    return [ranked[i] for i in sorted(chosen)]


def family_of(rules: Mapping[str, object], code: str) -> str:
    """The rule's family, one of the palette's (a plugin's own family name is shown as "plugin")."""
    rule = rules.get(code)
    if rule is not None:
        family = str(getattr(rule, "family", "plugin"))
    else:
        family = RULE_FAMILIES.get(code[:4], "plugin") if code.startswith("ART") else "plugin"
    return family if family in PALETTE else "plugin"


def located(finding: Finding, article: Article) -> bool:
    """The finding's span lies in the article's text as it was linted: the flagged text hashes to the
    finding's fingerprint (a file changed since the run, or read with other field names, does not)."""
    span = finding.span
    text = article.text(span.field)
    if span.field and span.end > (len(text.value) if text is not None else 0):
        return False
    if not finding.fingerprint:
        return True
    flagged = article.value(span.field)[span.start : span.end]
    try:
        return fingerprint(finding.code, article.identity, span.field, flagged) == finding.fingerprint
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape: the offsets are all there is to go by
        return True


def card(entry: Entry, number: int, article: Article | None, rules: Mapping[str, object]) -> str:
    anchor = f"a{number}"
    families = {f.code: family_of(rules, f.code) for f in entry.findings}
    ok = [f for f in entry.findings if article is not None and located(f, article)]
    placed = {id(f) for f in ok}
    path, record = entry.key
    words = {path.lower(), entry.site.lower()}
    for finding in entry.findings:
        words.update((finding.code.lower(), finding.name.lower(), families[finding.code]))
    title = (article.title if article is not None else "") or "(no title)"
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1] + "…"
    counts = Counter((f.code, f.name) for f in entry.findings)
    chips = "".join(
        f'<a class="chip fam-{families[code]}" href="#q={escape(name)}">{escape(code)} {escape(name)}'
        f'{f" ×{count}" if count > 1 else ""}</a>'
        for (code, name), count in sorted(counts.items())
    )
    where = escape(path) + ("" if record is None else f" · record {record}")
    site = f' · site <a href="#q={escape(entry.site)}">{escape(entry.site)}</a>' if entry.site else ""
    anchors = {id(f): f"{anchor}-f{i}" for i, f in enumerate(entry.findings)}
    body = _fields(article, ok, anchors, families) if article is not None else (
        '<p class="gone">The text of this article could not be read again (the file changed or is gone since the '
        'run); its findings are listed.</p>')
    unlocated = len(entry.findings) - len(ok)
    note = "" if article is None or not unlocated else (
        f'<p class="gone">{unlocated} finding{"s" * (unlocated != 1)} could not be placed in the text '
        '(it changed since the run, or its fields are named otherwise).</p>')
    return (
        f'<article class="card" id="{anchor}" data-site="{escape(entry.site)}" '
        f'data-rules="{escape(" ".join(sorted({f.name for f in entry.findings})))}" '
        f'data-search="{escape(" ".join(sorted(words)))}">'
        f'<header><h3><span class="rank">#{number}</span> {escape(title)}</h3>'
        f'<p class="where"><code>{where}</code>{site} · {len(entry.findings)} finding{"s" * (len(entry.findings) != 1)}</p>'
        f'<p class="chips">{chips}</p></header>'
        f'<div class="cols"><div class="text">{body}{note}</div>'
        f'<ol class="flist">{_items(entry.findings, anchors, families, placed)}</ol></div>'
        f'{_previews(article, ok) if article is not None else ""}</article>'
    )


def _fields(article: Article, findings: Sequence[Finding], anchors: Mapping[int, str], families: Mapping[str, str]) -> str:
    flagged = {f.span.field for f in findings if f.span.field}
    names = [n for n in FIELD_ORDER if n in article.fields or n in flagged]
    names += sorted(n for n in (set(article.fields) | flagged) - set(FIELD_ORDER) - {"body"})
    rows = []
    for name in names:
        rows.append(f"<dt>{escape(name)}</dt><dd>{_field(article, name, findings, anchors, families)}</dd>")
    meta = f'<dl class="fields">{"".join(rows)}</dl>' if rows else ""
    return f'{meta}<pre class="body" data-field="body">{_field(article, "body", findings, anchors, families)}</pre>'


def _field(article: Article, name: str, findings: Sequence[Finding], anchors: Mapping[int, str],
           families: Mapping[str, str]) -> str:
    mine = [f for f in findings if f.span.field == name]
    points = "".join(
        f'<span class="pt fam-{families[f.code]}" id="{anchors[id(f)]}" data-code="{escape(f.code)}" '
        f'title="{escape(_tip(f))}">{escape(f.name)}</span>'
        for f in mine if f.span.start == f.span.end
    )
    marks = [Mark(f.span.start, f.span.end, anchors[id(f)], families[f.code], f.code, f.name, _tip(f))
             for f in mine if f.span.start < f.span.end]
    text = article.text(name)
    if text is None or not text.value:
        return points or '<span class="none">(empty)</span>'
    return points + highlighted(text, marks, _numbers(article, name))


def _numbers(article: Article, name: str) -> Callable[[int], int]:
    """The line number shown for an offset of a field: the file line in text formats, the field's line in JSON."""
    return lambda offset: article.file_position(name, offset)[0]


def _tip(finding: Finding) -> str:
    return f"{finding.code} {finding.name}: {finding.message}"


FIX_LABEL = {Applicability.SAFE: "safe fix", Applicability.UNSAFE: "unsafe fix", Applicability.DISPLAY_ONLY: "suggestion"}


def _items(findings: Sequence[Finding], anchors: Mapping[int, str], families: Mapping[str, str], placed: set[int]) -> str:
    items = [_item(f, anchors[id(f)], families[f.code], id(f) in placed) for f in findings[:MAX_LISTED]]
    if len(findings) > MAX_LISTED:
        items.append(f'<li class="fi more">… and {len(findings) - MAX_LISTED:,} more, highlighted in the text</li>')
    return "".join(items)


def _item(finding: Finding, anchor: str, family: str, placed: bool) -> str:
    source = finding.source
    span = finding.span
    if not span.field:
        where = "record" if source is not None and source.record is not None else "file"
    elif source is not None and source.field_positions:
        where = span.field if span.start == span.end else f"{span.field} {finding.line}:{finding.column}"
    else:
        where = f"line {finding.line}" if span.start < span.end else span.field
    code = (f'<a class="code" href="#{anchor}">{escape(finding.code)}</a>' if placed and span.field
            else f'<span class="code">{escape(finding.code)}</span>')
    fix = ""
    if finding.fix is not None:
        kind = finding.fix.applicability
        fix = f' <span class="fx fx-{kind}" title="{escape(finding.fix.message)}">{FIX_LABEL[kind]}</span>'
    return (f'<li class="fi fam-{family}" data-rule="{escape(finding.name)}">{code} <b>{escape(finding.name)}</b> '
            f'<span class="sev sev-{finding.severity}">{finding.severity}</span>{fix} <span class="loc">{escape(where)}</span>'
            f'<div class="msg">{escape(finding.message)}</div></li>')


def _previews(article: Article, findings: Sequence[Finding]) -> str:
    """What the first round of `fix` changes, with safe fixes and with unsafe ones too: the findings' own
    edits, chosen as the fixer chooses them (no overlaps, larger fixes first), applied to the field text."""
    views = []
    for unsafe in (False, True):
        fixes = select_fixes(f.fix for f in findings if f.fix is not None and f.fix.applies(unsafe))
        edits = group_by_field(e for fix in fixes for e in fix.edits)
        diffs = [field_diff(name, article.value(name), es, _numbers(article, name)) for name, es in sorted(edits.items())]
        views.append((unsafe, len(fixes), diffs))
    if views[0][1] == views[1][1] == 0:
        return '<p class="nofix">No fix applies: <code>artlint fix</code> leaves this article as it is.</p>'
    parts = []
    for unsafe, count, diffs in views:
        command = "artlint fix --unsafe-fixes" if unsafe else "artlint fix"
        removed = sum(d.removed for d in diffs)
        added = sum(d.added for d in diffs)
        change = f"−{removed} line{'s' * (removed != 1)}" + (f", +{added}" if added else "")
        if not count:
            parts.append(f'<div class="fv" data-mode="{"unsafe" if unsafe else "safe"}"><h4><code>{command}</code>: '
                         f'no change</h4><p class="nofix">Only unsafe fixes apply here.</p></div>')
            continue
        parts.append(f'<div class="fv" data-mode="{"unsafe" if unsafe else "safe"}" data-removed="{removed}" '
                     f'data-added="{added}"><h4><code>{command}</code>: {change}</h4>{"".join(map(render_diff, diffs))}</div>')
    return (f'<details class="fixes" open><summary>Before → after: what fix would change</summary>'
            f'<div class="fvs">{"".join(parts)}</div></details>')
