"""`artlint learn`: what the corpus taught site-boilerplate, written as a reviewable YAML rule pack."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import yaml

from artlint.article import Article, url_host
from artlint.corpus.passes import articles, inputs, learn
from artlint.corpus.signatures import line_key, line_text
from artlint.corpus.site_boilerplate import SiteBoilerplate, SiteKnowledge
from artlint.errors import ConfigError
from artlint.linter import ActiveRule, Linter
from artlint.schemas import validate
from artlint.unwrapped import unwrapped
from artlint.workers import WorkerSetup


def learn_pack(linter: Linter, paths: Sequence[str], name: str = "site-boilerplate", code_prefix: str = "SITE",
               jobs: int = 1, setup: WorkerSetup | None = None) -> dict[str, Any]:
    """A rule pack with one line-match rule per site (scoped to its host) listing its boilerplate lines.
    Sites without a URL host (folders) cannot be scoped in a pack and are left out. With `jobs` > 1 and a
    `setup`, worker processes read the corpus (the pack is the same)."""
    active = _site_rule(linter)
    knowledge: SiteKnowledge = learn(linter, paths, jobs, setup)[active.rule.code]
    phrases: dict[str, dict[int, str]] = {}
    min_chars = active.options["min_chars"]
    for article in _articles(linter, paths):
        site = article.site
        if site not in knowledge.sites or not url_host(article.value("url")):
            continue
        seen = phrases.setdefault(site, {})
        for line in unwrapped(article).article.body.lines:  # as the pack's line-match rule reads it
            text = line_text(line.text, min_chars)
            if text is not None and (key := line_key(site, text)) in knowledge.lines and key not in seen:
                seen[key] = " ".join(line.text.split())
    if len(phrases) > 999:
        phrases = dict(sorted(phrases.items(), key=lambda item: -len(item[1]))[:999])
    rules = [_rule(site, sorted(found.values(), key=str.casefold), index, code_prefix, knowledge)
             for index, (site, found) in enumerate(sorted(phrases.items()), start=1)]
    pack = {"pack": name, "description": "Lines that recur across many articles of one site, learned by `artlint learn`. "
            "Review every phrase before committing: a recurring line is inferred to be boilerplate.", "rules": rules}
    problems = validate(pack, "rule-pack")
    assert not problems, problems
    return pack


def dump_pack(pack: dict[str, Any]) -> str:
    return yaml.safe_dump(pack, sort_keys=False, allow_unicode=True, width=120)


def _rule(site: str, phrases: list[str], index: int, prefix: str, knowledge: SiteKnowledge) -> dict[str, Any]:
    slug = "".join(c if c.isalnum() else "-" for c in site.lower()).strip("-")
    return {
        "code": f"{prefix}{index:03d}",
        "name": f"{slug}-boilerplate",
        "kind": "line-match",
        "fix": "unsafe",
        "hosts": [site],
        "summary": f"A line that recurs across many articles of {site}, left in the body.",
        "why": "Learned from a corpus by `artlint learn`: each phrase was a whole line in many distinct articles of this site.",
        "fix_safety": "Unsafe: inferred from repetition; review the phrases.",
        "message": f"{site} boilerplate left in the body: {{text!r}}",
        "match": {"phrases": phrases},
    }


def _site_rule(linter: Linter) -> ActiveRule:
    for active in linter.rules:
        if isinstance(active.rule, SiteBoilerplate):
            return active
    raise ConfigError("site-boilerplate is not selected; `artlint learn` needs it")


def _articles(linter: Linter, paths: Sequence[str]) -> Iterator[Article]:
    for path, data, _ in inputs(linter, paths):
        yield from articles(linter, path, data)
