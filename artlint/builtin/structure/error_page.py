"""error-page: the scraper saved an error, access-denied or bot-check page instead of the article."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from artlint.article import BODY, TITLE, Article, Span
from artlint.findings import Finding, Severity
from artlint.layout import layout
from artlint.lexiconindex import Strength
from artlint.lexicons import Lexicons
from artlint.phrases import PhraseMatcher
from artlint.rule import Rule
from artlint.textutil import WORD, site_suffix

ENTRY = "error-page"
CHROME = ("navigation", "share-prompt", "advertisement", "cookie-notice", "legal-footer", "comment-section")
"""Lexicon entries whose whole-line phrases are page chrome (a byline, a caption or a heading is the page's own)."""


class ErrorPage(Rule):
    """The text is an error, access-denied or bot-check page, not an article.

    Why
    Scrapers that meet a missing page ('404 Not Found'), a block ('Access Denied') or a bot check
    ('Just a moment...', 'Enable JavaScript and cookies to continue') save what the server showed
    them: a few lines that pass as a short article and poison every count, summary and model trained
    on the corpus. The page must be fetched again, or dropped.

    Example
    before: {"title": "Just a moment...", "text": "Just a moment...\\nEnable JavaScript and cookies to continue"}
    after:  (unchanged: scrape the page again)

    Fix safety
    No fix, and while it reports an article no other rule's fix applies to it either (the lines
    are the server's, not the article's: cleaning them leaves a page that passes for a short
    article). Reported when a body of at most `max_words` words (whole lines that a lexicon knows
    as page chrome, a share bar or adverts, count for none) holds a line of the lexicons'
    `error-page` entry (whole line, or a known opening) or the title is such a phrase (perhaps with
    the site's name after it); a longer body only when both hold, so an article that quotes "Access
    denied" is left alone. An empty body is empty-body's finding.

    Options
    max_words: the most words an error page's body has (default 120; chrome that no lexicon knows counts).
    """

    code = "ART408"
    name = "error-page"
    severity = Severity.ERROR
    failed_scrape = True
    defaults = {"max_words": 120}
    options_schema = {"max_words": {"type": "integer", "minimum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.index = lexicons.index()
        self.titles = PhraseMatcher(lexicons.entry(ENTRY))

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body.value
        if not body.strip():
            return
        title = self.error_title(article.title)
        line = self.error_line(article)
        if line is None and not title:
            return
        limit = options["max_words"]
        short = sum(1 for _ in islice(WORD.finditer(body), limit + 1)) <= limit or self.unknown_words(article) <= limit
        if line is not None and (short or title):
            found = layout(article).lines[line]
            yield self.finding(Span(BODY, found.start, found.end),
                               f"an error or bot-check page, not an article: {found.text.strip()[:60]!r} (rescrape)")
        elif title and short:
            yield self.finding(Span(TITLE, 0, len(article.title)),
                               f"an error or bot-check page, not an article: the title is {article.title.strip()[:60]!r} (rescrape)")

    def error_line(self, article: Article) -> int | None:
        """Layout index of the first line that the shared lexicon index found in the entry, or None."""
        hits = self.index.lines(article)
        return next((i for i in self.index.positions(article) if ENTRY in hits[i]), None)  # type: ignore[operator]

    def unknown_words(self, article: Article) -> int:
        """Words of the body's lines that are not whole lines of page chrome (CHROME): a share bar or adverts
        around the error message count for nothing, as fixing them away would leave the same page."""
        view = layout(article)
        return sum(count for count, hits in zip(view.words, self.index.lines(article), strict=True)
                   if not hits or not any(hits.get(key) is Strength.EXACT for key in CHROME))

    def error_title(self, title: str) -> bool:
        """The title is an error page's phrase, perhaps followed by ' | Site name'."""
        split = site_suffix(title.strip())
        return any(self.titles.exact(t) for t in (title.strip(), split[0] if split else "") if t)
