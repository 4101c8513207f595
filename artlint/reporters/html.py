"""--format html: one self-contained page (no network) with the run's overview and its worst articles, highlighted."""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape
from typing import Any, TextIO

from artlint.report import Report, Tally
from artlint.reporters import html_overview as overview
from artlint.reporters.html_articles import card, choose, collect, group
from artlint.reporters.html_assets import CSS, JS
from artlint.reporters.html_source import load_articles, report_fields
from artlint.reporters.text import summary_line
from artlint.version import __version__

TOP = 50
"""Articles shown by default; the rest of a run is in the overview's counts."""
SITES = 300
"""Rows of the sites table by default; the other sites are summed in one row."""

# The page fetches nothing: hostile article text could not load anything even if it escaped its escaping.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def report_html(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """Options: `top` (articles shown, default 50), `sites` (rows of the sites table, default 300),
    `title` (the page's title)."""
    top = _count(options.get("top"), TOP)
    site_rows = _count(options.get("sites"), SITES)
    title = str(options.get("title") or "artlint report")
    tally = report.tally()
    entries, problems = group(report.iter_findings(), report.results, keep=False)
    rows = overview.rule_rows(report.iter_findings(), entries, report.rules)
    articles = sum(r.articles for r in report.results)
    write = stream.write
    write(f'<!DOCTYPE html>\n<html lang="en" data-js="off"><head><meta charset="utf-8">'
          f'<meta name="viewport" content="width=device-width, initial-scale=1">'
          f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
          f'<meta name="generator" content="artlint {escape(__version__)}"><title>{escape(title)}</title>'
          f"<style>{CSS}</style></head><body>")
    write(f'<header class="top"><h1>{escape(title)}</h1><p id="summary">{_summary(report, tally)}</p>'
          '<nav><a href="#overview">Overview</a><a href="#sites">Sites</a><a href="#gates">Rate gates</a>'
          '<a href="#articles">Articles</a></nav></header><main>')
    write('<section id="overview"><h2>Overview</h2>')
    write(overview.totals(report, tally, entries))
    write(f'<div class="panel"><h3 id="rules">Findings per rule</h3><div class="split">{overview.chart(rows, articles)}'
          f"{overview.legend()}</div>{overview.rules_table(rows, articles)}</div>")
    write(f'<div class="panel"><h3 id="sites">Sites</h3><p class="note">The share of each site\'s articles with a '
          f"rule's findings (sort by a column; click a site to see its articles).</p>"
          f"{overview.sites(report, entries, rows, site_rows)}</div>")
    write(f'<div class="panel"><h3 id="gates">Rate gates</h3>{overview.gates(report)}'
          f"{overview.problems(report.results, problems)}</div></section>")
    shown = choose(entries, top)
    collect(shown, report.iter_findings())
    wanted: dict[str, set[int | None]] = defaultdict(set)
    for entry in shown:
        wanted[entry.key[0]].add(entry.key[1])
    texts = load_articles(report.results, wanted, report_fields(report))
    picked = ("all of them" if len(shown) == len(entries) else
              f"the {len(shown):,} with the most findings, and the worst of each rule")
    write(f'<section id="articles" data-visible="{len(shown)}" data-total="{len(entries)}"><h2>Articles</h2>'
          f'<p class="note">{len(entries):,} article{"s" * (len(entries) != 1)} with findings; shown: {picked}. '
          "Each finding's span is highlighted in its family's colour, with its code before it and its rule and message "
          "on hover and beside the text. Before → after shows the first round of fixes: the findings' own edits, "
          "without overlaps, as <code>artlint fix</code> applies them (it then checks again and may fix more).</p>"
          '<div class="search" role="search"><label for="q">Filter</label>'
          '<input id="q" type="search" placeholder="rule code or name, family or site: navigation-leftover, ART4, '
          'example.com" autocomplete="off"><span id="shown" aria-live="polite"></span></div>')
    for number, entry in enumerate(shown, start=1):
        write(card(entry, number, texts.get(entry.key), report.rules))
    if not shown:
        write('<p class="empty">No article has findings.</p>')
    write(f'</section><footer>artlint {escape(__version__)} · this page is self-contained and works offline.</footer>'
          f"</main><script>{JS}</script></body></html>\n")


def _summary(report: Report, tally: Tally) -> str:
    """The text report's summary line, its `commands` as code and without the text report's [*] [-] markers."""
    line = escape(summary_line(report, tally)).replace(" [*]", "").replace(" [-]", "")
    return re.sub(r"`([^`]*)`", r"<code>\1</code>", line)


def _count(value: Any, default: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number >= 0 else default
