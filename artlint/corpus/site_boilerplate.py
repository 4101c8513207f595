"""site-boilerplate: a line that recurs in many articles of the same site (the CCNet idea, per site)."""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from artlint.article import BODY, URL, Article, Span
from artlint.corpus.rule import ArticleRef, CorpusRule
from artlint.corpus.signatures import line_key, line_text
from artlint.corpus.site_lines import SiteLines
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.textutil import spaced_words

_TERMINAL = tuple(".!?\"'\u201d\u2019。！？」』")


class SiteBoilerplate(CorpusRule):
    """A body line that recurs in many distinct articles of the same site: page chrome no lexicon knows.

    Why
    Each site has its own promos, footers and labels ("Sign up for the Harbour Herald briefing").
    No phrase list can know them all, but a line found in a large share of a site's articles is
    almost never part of one story. A site is the URL's host, else the folder of the file; a page
    saved several times (same URL) counts once.

    Example
    before: The ferry resumed on Friday. / Get the Herald briefing every morning / Passengers queued.
    after:  The ferry resumed on Friday. / Passengers queued.

    Fix safety
    Unsafe: a recurring line is inferred to be boilerplate; a standing correction notice or a
    recurring quote would be deleted too. Review before applying it, or learn a pack
    (`artlint learn`) and review the pack.

    Options
    min_articles: the fewest distinct articles a line must be in (default 5).
    min_share: the smallest share (0-1) of the site's distinct articles it must be in (default 0.2).
    min_chars: shorter lines (after normalising) are never counted (default 3).
    sentence_words / sentence_share: a line of at least sentence_words words that ends like a
    sentence must be in at least sentence_share of the site's articles (defaults 12 and 0.5).
    """

    code = "ART210"
    name = "site-boilerplate"
    fixable = "unsafe"
    defaults = {"min_articles": 5, "min_share": 0.2, "min_chars": 3, "sentence_words": 12, "sentence_share": 0.5}
    options_schema = {
        "min_articles": {"type": "integer", "minimum": 2},
        "min_share": {"type": "number", "minimum": 0, "maximum": 1},
        "min_chars": {"type": "integer", "minimum": 1},
        "sentence_words": {"type": "integer", "minimum": 1},
        "sentence_share": {"type": "number", "minimum": 0, "maximum": 1},
    }

    def collect(self, article: Article, options: Mapping[str, Any]) -> Any:
        site = article.site
        keys = set()
        for line in article.body.lines:
            text = line_text(line.text, options["min_chars"])
            if text is not None:
                keys.add(line_key(site, text) | sentence_like(line.text, text, options))
        if not keys:
            return None
        return site, identity_key(article), array("Q", sorted(keys)).tobytes()

    def reducer(self, options: Mapping[str, Any]) -> Boilerplate:
        return Boilerplate(options)

    def check_corpus(self, article: Article, options: Mapping[str, Any], knowledge: Any) -> Iterator[Finding]:
        site = article.site
        if site not in knowledge.sites:
            return
        body = article.body
        for line in body.lines:
            text = line_text(line.text, options["min_chars"])
            found = knowledge.lines.get(line_key(site, text)) if text is not None else None
            if found is None:
                continue
            count, total = found
            fix = Fix.delete(body.lines_span(BODY, line.number, line.number), Applicability.UNSAFE, "delete the line")
            yield self.finding(Span(BODY, line.start, line.end), f"line recurs in {count} of {total} articles of {site}", fix)


@dataclass(frozen=True, slots=True)
class SiteKnowledge:
    sites: frozenset[str]
    lines: Mapping[int, tuple[int, int]]
    """Line key -> (distinct articles with the line, distinct articles of its site)."""


class Boilerplate:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = options
        self.counts = SiteLines()

    def add(self, ref: ArticleRef, signature: Any) -> None:
        self.counts.add(ref, signature)

    def result(self) -> SiteKnowledge:
        options, totals = self.options, self.counts.site_articles
        lines: dict[int, tuple[int, int]] = {}
        sites = set()
        for key, (site, count) in self.counts.recurring().items():
            total = totals[site]
            share = options["sentence_share"] if key & 1 else options["min_share"]
            if count >= options["min_articles"] and count >= share * total and count >= options["min_share"] * total:
                lines[key & ~1] = (count, total)
                sites.add(site)
        return SiteKnowledge(frozenset(sites), lines)


def sentence_like(raw: str, text: str, options: Mapping[str, Any]) -> int:
    """1 when the line reads like a sentence of the story (long, ends like a sentence), else 0."""
    return int(raw.rstrip().endswith(_TERMINAL) and spaced_words(text) >= options["sentence_words"])


def identity_key(article: Article) -> int:
    """The article's identity for counting: its URL, else its id or record, else its file."""
    identity = article.value(URL).strip() or article.identity or f"{article.source.path}#{article.source.record}"
    return int.from_bytes(hashlib.blake2b(identity.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
