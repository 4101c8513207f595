"""short-body: the body holds too few words to be an article."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.rule import Rule
from artlint.textutil import WORD


class ShortBody(Rule):
    """The body has fewer than `min_words` words but is not empty (off unless selected by code or name).

    Why
    A few dozen words are a teaser, a paywall stub, a photo caption or an error page, not an
    article: the scraper most likely missed the text.

    Example
    before: {"title": "Harbour reopens", "text": "The harbour reopened on Monday. Subscribe to read more."}
    after:  (unchanged: scrape the page again)

    Fix safety
    No fix. An empty body is empty-body's finding, not this one. The rule is off by default (ALL and
    the ART4 prefix leave it out): short pieces (briefs, corrections, live-blog entries) are real
    articles on many sites. Turn it on with `--select short-body` or `select: [ALL, short-body]`.

    Options
    min_words: the fewest words a body needs (default 50).
    """

    code = "ART406"
    name = "short-body"
    opt_in = True
    defaults = {"min_words": 50}
    options_schema = {"min_words": {"type": "integer", "minimum": 1}}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        count = sum(1 for _ in islice(WORD.finditer(article.body.value), options["min_words"]))
        if 0 < count < options["min_words"]:
            yield self.finding(Span(BODY, 0, 0), f"the body has only {count} words (fewer than {options['min_words']})")
