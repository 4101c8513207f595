"""The HTML report's Overview: totals, findings per rule (an SVG bar chart), sites, rate gates, unreadable input."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from artlint.findings import Finding
from artlint.fixes import Applicability
from artlint.linter import FileResult
from artlint.report import Report, Tally
from artlint.reporters.html_articles import NOT_ARTICLES, Entry, family_of
from artlint.reporters.html_assets import FAMILIES
from artlint.reporters.location import location
from artlint.statistics import by_site

MAX_PROBLEMS = 100


@dataclass(slots=True)
class RuleRow:
    code: str
    name: str
    family: str
    findings: int = 0
    articles: int = 0
    safe: int = 0
    unsafe: int = 0

    @property
    def unfixed(self) -> int:
        return self.findings - self.safe - self.unsafe


def rule_rows(findings: Iterable[Finding], entries: Sequence[Entry], rules: Mapping[str, object]) -> list[RuleRow]:
    rows: dict[str, RuleRow] = {}
    for finding in findings:
        row = rows.get(finding.code)
        if row is None:
            row = rows[finding.code] = RuleRow(finding.code, finding.name, family_of(rules, finding.code))
        row.findings += 1
        if finding.fix is not None:
            if finding.fix.applicability is Applicability.SAFE:
                row.safe += 1
            elif finding.fix.applicability is Applicability.UNSAFE:
                row.unsafe += 1
    for entry in entries:
        for code in entry.codes:
            rows[code].articles += 1
    return sorted(rows.values(), key=lambda r: (-r.findings, r.code))


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'s' * (count != 1)}"


def _n(value: int) -> str:
    return f"{value:,}"


def _pct(part: float, whole: float) -> str:
    if not whole:
        return "0%"
    share = 100 * part / whole
    return f"{share:.0f}%" if share >= 10 or share == 0 else f"{share:.1f}%"


def totals(report: Report, tally: Tally, entries: Sequence[Entry]) -> str:
    files = sum(1 for r in report.results if r.error is None)
    articles = sum(r.articles for r in report.results)
    safe, unsafe, count = tally.safe, tally.unsafe, tally.findings
    failed = [g.rule for g in report.gates if not g.passed]
    if not report.gates:
        gates, gate_note = "none", '<a href="#gates">--max-rate</a> sets them'
    elif failed:
        gates = '<span class="bad">✗ failed</span>'
        gate_note = f'<a href="#gates">{len(failed)} of {len(report.gates)}</a>: {escape(", ".join(failed))}'
    else:
        gates = '<span class="good">✓ passed</span>'
        gate_note = f'<a href="#gates">{_plural(len(report.gates), "gate")}</a>'
    cards = [
        ("Articles checked", _n(articles), f"in {_n(files)} file{'s' * (files != 1)}"),
        ("Articles with findings", _n(len(entries)), f"{_pct(len(entries), articles)} of the articles checked"),
        ("Findings", _n(count), ", ".join(f"{n:,} {level}" for level, n in sorted(tally.by_severity.items()))
         + (f"; {report.baselined:,} more known to the baseline" if report.baselined else "")),
        ("Fixable", _pct(safe, count), f"safely; {_pct(safe + unsafe, count)} with unsafe fixes"),
        ("Rate gates", gates, gate_note),
    ]
    return '<dl class="stats">' + "".join(
        f'<div class="stat"><dt>{label}</dt><dd class="big">{value}</dd><dd>{note}</dd></div>' for label, value, note in cards
    ) + "</dl>"


def legend() -> str:
    items = "".join(
        f'<li><mark class="hl fam-{name}" data-code="{escape(codes)}">{name}</mark> {escape(about)}</li>'
        for name, (_, _, _, codes, about) in FAMILIES.items()
    )
    return f'<div class="legend" id="legend"><h4>Rule families</h4><ul>{items}</ul></div>'


def chart(rows: Sequence[RuleRow], articles: int) -> str:
    """Horizontal bars, one per rule: the findings with a safe fix (solid), an unsafe fix (hatched) and none
    (outline), coloured by family; each bar links to the rule's articles."""
    if not rows:
        return '<p class="empty">No findings: nothing to chart.</p>'
    label_w, bar_w, row_h, pad = 240, 330, 28, 6
    width, height = label_w + bar_w + 160, len(rows) * row_h + 2 * pad
    top = max(r.findings for r in rows)
    patterns = "".join(
        f'<pattern id="h-{name}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="{colour}"/></pattern>'
        for name, (colour, *_) in FAMILIES.items()
    )
    bars = []
    for index, row in enumerate(rows):
        y = pad + index * row_h
        colour = FAMILIES.get(row.family, FAMILIES["plugin"])[0]
        x = float(label_w)
        rects = []
        for count, fill, stroke in ((row.safe, colour, colour), (row.unsafe, f"url(#h-{row.family})", colour),
                                    (row.unfixed, "#fff", colour)):
            w = bar_w * count / top
            if count:
                rects.append(f'<rect x="{x:.1f}" y="{y + 5}" width="{max(w, 1.5):.1f}" height="{row_h - 10}" '
                             f'fill="{fill}" stroke="{stroke}" stroke-width="1"/>')
            x += w
        share = f" · {_pct(row.articles, articles)} of articles" if row.articles else ""
        where = f" in {_plural(row.articles, 'article')}" if row.articles else ""
        tip = (f"{row.code} {row.name}: {_plural(row.findings, 'finding')} ({row.safe:,} safe fix, {row.unsafe:,} "
               f"unsafe fix, {row.unfixed:,} no fix){where}")
        bars.append(
            f'<a href="#q={escape(row.name)}" class="bar" data-rule="{escape(row.name)}"><title>{escape(tip)}</title>'
            f'<text x="{label_w - 10}" y="{y + row_h / 2 + 4:.0f}" text-anchor="end">'
            f'<tspan class="code">{escape(row.code)}</tspan> {escape(row.name)}</text>{"".join(rects)}'
            f'<text x="{x + 6:.1f}" y="{y + row_h / 2 + 4:.0f}" class="count">{row.findings:,}{share}</text></a>'
        )
    return (f'<figure class="chart"><svg id="rule-chart" role="img" aria-labelledby="rule-chart-title" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="rule-chart-title">Findings per rule</title><defs>{patterns}</defs>{"".join(bars)}</svg>'
            f'<figcaption>{_fix_key()} Click a bar to see its articles.</figcaption></figure>')


def _fix_key() -> str:
    swatch = ('<svg width="22" height="12" aria-hidden="true"><rect x="1" y="1" width="20" height="10" fill="{fill}" '
              'stroke="#555"/></svg>')
    return (f'<span class="key">{swatch.format(fill="#555")} safe fix</span>'
            f'<span class="key"><svg width="22" height="12" aria-hidden="true"><defs><pattern id="h-key" width="6" '
            f'height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" '
            f'fill="#fff"/><rect width="3" height="6" fill="#555"/></pattern></defs><rect x="1" y="1" width="20" '
            f'height="10" fill="url(#h-key)" stroke="#555"/></svg> unsafe fix</span>'
            f'<span class="key">{swatch.format(fill="#fff")} no fix</span>')


def rules_table(rows: Sequence[RuleRow], articles: int) -> str:
    if not rows:
        return ""
    body = "".join(
        f'<tr><td><a href="#q={escape(r.name)}"><span class="swatch fam-{r.family}"></span><code>{escape(r.code)}</code> '
        f'{escape(r.name)}</a></td><td>{r.family}</td><td data-v="{r.findings}">{_n(r.findings)}</td>'
        + (f'<td data-v="{r.articles}">{_n(r.articles)}</td><td data-v="{r.articles / max(1, articles):.6f}">'
           f'{_pct(r.articles, articles)}</td>' if r.code not in NOT_ARTICLES else
           '<td class="z" data-v="-1" title="not an article">–</td><td class="z" data-v="-1">–</td>')
        + f'<td data-v="{r.safe}">{_n(r.safe)}</td><td data-v="{r.unsafe}">{_n(r.unsafe)}</td>'
        f'<td data-v="{r.unfixed}">{_n(r.unfixed)}</td></tr>'
        for r in rows
    )
    head = _head(["Rule", "Family", "Findings", "Articles", "Share", "Safe fix", "Unsafe fix", "No fix"])
    return (f'<details class="rules"><summary>The chart as a table</summary><table class="sortable" id="rules-table">'
            f"{head}<tbody>{body}</tbody></table></details>")


def _head(names: Sequence[str]) -> str:
    return "<thead><tr>" + "".join(f'<th scope="col"><button type="button">{escape(n)}</button></th>' for n in names) + "</tr></thead>"


def gates(report: Report) -> str:
    if not report.gates:
        return ('<p class="empty">No rate gates in this run. <code>--max-rate RULE=SHARE</code> (or <code>max-rate:</code> '
                'in the config) fails a run only when more than SHARE of the articles have the rule\'s findings.</p>')
    rows = "".join(
        f'<tr class="{"good" if g.passed else "bad"}"><td>{escape(g.rule)}</td><td>{g.share:.2%}</td><td>{g.limit:.2%}</td>'
        f'<td>{"✓ passed" if g.passed else "✗ FAILED"}</td></tr>'
        for g in report.gates
    )
    return ('<table id="gates-table"><thead><tr><th scope="col">Rule</th><th scope="col">Articles with it</th>'
            f'<th scope="col">Limit</th><th scope="col">Gate</th></tr></thead><tbody>{rows}</tbody></table>')


def sites(report: Report, entries: Sequence[Entry], rows: Sequence[RuleRow], limit: int) -> str:
    stats = by_site(report)
    if not stats:
        return '<p class="empty">No articles were read.</p>'
    with_findings = Counter(e.site for e in entries)
    named = [r for r in rows if r.articles]
    head = _head(["Site", "Articles", "With findings", *(f"{r.code} {r.name}" for r in named)])
    body = []
    for site, stat in list(stats.items())[:limit]:
        cells = [f'<td><a href="#q={escape(site)}">{escape(site)}</a></td>', f'<td data-v="{stat.articles}">{_n(stat.articles)}</td>',
                 _rate(with_findings.get(site, 0), stat.articles)]
        cells += [_rate(stat.affected.get(r.name, 0), stat.articles) for r in named]
        body.append(f"<tr>{''.join(cells)}</tr>")
    foot = ""
    rest = list(stats.values())[limit:]
    if rest:
        rest_articles = sum(s.articles for s in rest)
        rest_with = sum(with_findings.get(site, 0) for site in list(stats)[limit:])
        cells = [f"<td>{len(rest):,} more sites</td>", f"<td>{_n(rest_articles)}</td>", _rate(rest_with, rest_articles)]
        cells += [_rate(sum(s.affected.get(r.name, 0) for s in rest), rest_articles) for r in named]
        foot = f"<tfoot><tr>{''.join(cells)}</tr></tfoot>"
    note = (f'<p class="note">The {limit:,} sites with the most articles are listed; the other {len(rest):,} are summed '
            'in the last row.</p>' if rest else "")
    return (f'{note}<div class="scroll"><table class="sortable" id="sites-table">{head}<tbody>{"".join(body)}</tbody>'
            f'{foot}</table></div>')


def _rate(part: int, whole: int) -> str:
    if not part or not whole:
        return '<td class="z" data-v="0">–</td>'
    share = part / whole
    return f'<td data-v="{share:.4f}" style="--r:{share:.2f}" title="{part:,} of {whole:,}">{_pct(part, whole)}</td>'


def problems(results: Sequence[FileResult], found: Sequence[Finding]) -> str:
    errors = [r.error for r in results if r.error]
    if not errors and not found:
        return ""
    items = [f"<li>{escape(e)}</li>" for e in errors]
    items += [f'<li><code>{escape(location(f))}</code> <b>{escape(f.code)} {escape(f.name)}</b> {escape(f.message)}</li>'
              for f in found[:MAX_PROBLEMS]]
    more = len(found) - MAX_PROBLEMS
    if more > 0:
        items.append(f"<li>… and {more:,} more (<code>artlint check</code> lists them all)</li>")
    return (f'<h3 id="problems">Files and records that could not be read ({len(errors) + len(found):,})</h3>'
            f'<ul class="problems">{"".join(items)}</ul>')
