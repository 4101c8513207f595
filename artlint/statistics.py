"""Counts of a run per rule and per site, and the share of articles each rule affects."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from artlint.report import Report


@dataclass(slots=True)
class SiteStats:
    articles: int = 0
    affected: Counter[str] = field(default_factory=Counter)
    """Rule name -> articles of this site with at least one finding of it."""


def affected_articles(report: Report) -> dict[str, set[tuple[str, int | None]]]:
    """Rule name -> the articles (path, record) with at least one finding of it."""
    affected: dict[str, set[tuple[str, int | None]]] = defaultdict(set)
    for finding in report.iter_findings():
        if finding.source is not None:
            affected[finding.name].add((finding.source.path, finding.source.record))
    return affected


def share_by_rule(report: Report) -> dict[str, float]:
    total = max(1, sum(r.articles for r in report.results))
    return {name: len(articles) / total for name, articles in affected_articles(report).items()}


def by_site(report: Report) -> dict[str, SiteStats]:
    sites: dict[str, SiteStats] = defaultdict(SiteStats)
    site_of: dict[tuple[str, int | None], str] = {}
    for result in report.results:
        for site, count in result.site_articles.items():
            sites[site].articles += count
        for record, site in result.sites.items():
            site_of[(result.path, record)] = site
    for name, articles in affected_articles(report).items():
        for key in articles:
            found = site_of.get(key)
            if found is not None:
                sites[found].affected[name] += 1
    return dict(sorted(sites.items(), key=lambda item: (-item[1].articles, item[0])))
