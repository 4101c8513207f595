"""missing-title: the article has no headline."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import TITLE, Article, Span
from artlint.findings import Finding
from artlint.formats.headerlines import is_header_debris
from artlint.rule import Rule


class MissingTitle(Rule):
    """The article has no title, or its title holds no words.

    Why
    A headline is what people and search indexes see first; an article without one cannot be listed,
    deduplicated by title or checked for a repeated headline. In JSON, JSON Lines and front matter the
    title field is absent, null, empty or punctuation only ("-", "..."); in plain text and Markdown
    without front matter no line above the body reads as a headline: the title line artlint picked
    is itself a date stamp, a reading-time badge, a one-word label or a line that the built-in lexicons
    know as page chrome ("Advertisement", "Updated 2 hours ago").

    Example
    before: {"title": "", "text": "The harbour reopened on Monday ..."}
    after:  (unchanged: the headline has to be scraped again)

    Fix safety
    No fix: the first body line is as often a lede or a kicker as the headline, so no title is inferred.
    """

    code = "ART101"
    name = "missing-title"

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        title = article.title
        if not article.structured and not title and not article.body.value.strip():
            return  # an empty file: empty-body says it
        if not any(c.isalnum() for c in title):
            why = "the title field is missing or empty" if article.structured else "no line above the body reads as a headline"
        elif not article.structured and is_header_debris(title):
            why = f"the first line {title!r} is a date or a label, not a headline"
        else:
            return
        yield self.finding(Span(TITLE, 0, len(article.value(TITLE))), f"no title: {why}")
