"""page-header: the page's header above the article's headline (menus, promotions, breadcrumbs), as one block."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from artlint.article import BODY, URL, Article, Span
from artlint.builtin.structure.duplicate_headline import headline_text, title_head, without_site_name
from artlint.daterecord import DateRecord
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexicons import Lexicons
from artlint.rule import Rule
from artlint.textutil import normalize

SENTENCE_WORDS = 8
"""Two lines in a row of this many words or more that close like sentences are the article's own text."""
LEAD_IN_WORDS = 6
"""A line of this many words or more that ends in a colon introduces the article's own list, not a menu."""
RIGHT_ABOVE = 2
"""A paragraph among this many lines right above the headline's copy is the article's text: the copy is a heading in
the article, not the article's headline under the page's header."""


class PageHeader(Rule):
    """The page's header above the article's headline: menus, promotions, a breadcrumb, a sign-in box.

    Why
    A scraper that saves the whole page, or the page's largest block, keeps what the site prints above the
    story: the menu with its sections and their one-line promotions ("Open an account in minutes."), the
    breadcrumb, a login prompt. The article starts at its headline; where the body repeats the headline
    and the article's text stands below it, what stands above is the page's, even where no lexicon knows
    its lines and a promotion reads like a sentence.

    Example
    before: Skip to content / Personal / Business / Open an account in minutes. / Harbour reopens after storm / The harbour reopened on Monday ...
    after:  Harbour reopens after storm / The harbour reopened on Monday ...
    (duplicate-headline deletes the repeated headline.)

    Fix safety
    Unsafe: the lines above the headline are deleted as one block, and that they are the page's is inferred.
    The headline is the first body line that copies the title (as duplicate-headline compares them: case,
    spaces, quotes and a Markdown heading mark set aside; also without a site-name suffix, ' | Example
    News', or without a suffix of four words or less after a headline of five words or more). Nothing is cut
    when the lines above hold more than `max_share` of the body's words (the article's text stands above
    the copy: a headline repeated further down), when two lines in a row above it are sentences of eight
    words or more (an introduction, an article's own opening paragraphs; a menu's promotions stand one at a
    time between its labels), when a line of six words or more above it ends in a colon (a lead-in to the
    article's own list), or when one of the two lines right above it is a paragraph (ten words or more, closed
    like a sentence: the copy is a heading inside the article). The only record of when an undated article appeared stays (the date line that
    missing-date reads): the block is cut around it.

    Options
    max_share: the most of the body's words that may stand above the headline (default 0.33).
    """

    code = "ART217"
    name = "page-header"
    fixable = "unsafe"
    general = 1
    defaults: Mapping[str, Any] = {"max_share": 0.33}
    options_schema = {"max_share": {"type": "number", "minimum": 0, "maximum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.date_record = DateRecord(lexicons)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        view = layout(article)
        headline = headline_line(article, view)
        if headline <= 0:
            return
        counts = view.words
        if sum(counts[:headline]) > options["max_share"] * sum(counts) or _the_articles_text(view, headline):
            return
        record = self.date_record.kept_line(article)
        starts = [0, record + 1] if 0 <= record < headline else [0]
        ends = [record, headline] if 0 <= record < headline else [headline]
        body = article.body
        for start, end in zip(starts, ends, strict=True):
            if start >= end:
                continue
            first, last = view.lines[start], view.lines[end - 1]
            fix = Fix.delete(body.lines_span(BODY, first.number, last.number), Applicability.UNSAFE,
                             "delete the page's header")
            lines = end - start
            message = (f"page header above the headline: {lines} line{'s' if lines != 1 else ''} "
                       f"from {_quoted(view.texts[start])}")
            yield self.finding(Span(BODY, first.start, last.end), message, fix)


def headline_line(article: Article, view: Layout) -> int:
    """Layout index of the first body line that copies the title, or -1."""
    title = normalize(article.title)
    if not title:
        return -1
    bare = without_site_name(article.title, article.value(URL))
    head, _ = title_head(article.title)
    copies = {title} | ({bare} if bare else set()) | ({head} if head else set())
    return next((i for i, text in enumerate(view.texts) if headline_text(text) in copies), -1)


def _the_articles_text(view: Layout, headline: int) -> bool:
    """Above the headline (layout index) stands text of the article's: two lines in a row that close like sentences
    of SENTENCE_WORDS words or more, a lead-in of LEAD_IN_WORDS words or more that ends in a colon, or a paragraph
    among the RIGHT_ABOVE lines right above it."""
    texts, counts = view.texts[:headline], view.words
    sentence = [closes and count >= SENTENCE_WORDS for closes, count in zip(view.closes[:headline], counts)]
    return (any(a and b for a, b in pairwise(sentence))
            or any(text.endswith(":") and count >= LEAD_IN_WORDS for text, count in zip(texts, counts))
            or any(view.paragraph[max(0, headline - RIGHT_ABOVE):headline]))


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
