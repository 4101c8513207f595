"""empty-body: the article has no body text at all."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding, Severity
from artlint.rule import Rule


class EmptyBody(Rule):
    """The article's body is empty or only white space.

    Why
    A scrape that saved no text is a failed scrape; it must not pass as an article.

    Example
    before: {"title": "Harbour reopens", "text": ""}

    Fix safety
    No fix: scrape the page again.
    """

    code = "ART405"
    name = "empty-body"
    severity = Severity.ERROR

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if not article.body.value.strip():
            yield self.finding(Span(BODY, 0, 0), "the article has no body text")
