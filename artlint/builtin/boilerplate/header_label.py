"""header-label: short labels of the page's header above the article's headline (kicker, section, breadcrumb)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, URL, Article, Span
from artlint.builtin.structure.duplicate_headline import without_site_name
from artlint.dates import YEAR, DateFinder
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexiconindex import LexiconIndex
from artlint.lexicons import Lexicons
from artlint.rule import Rule
from artlint.textutil import normalize

_LABEL = re.compile(r"[^\W_][\w &'’.,/+·|›»>:-]*", re.UNICODE)
"""Words with the marks of a label or a breadcrumb ('Politics', 'News › World', 'Personal Technology: Review');
no brackets, quotes or markup (a Markdown image or link above a heading is the author's)."""
_CLOSERS = ".!?:…"


class HeaderLabel(Rule):
    """A short label above the article's headline: a kicker, a section name, a breadcrumb step.

    Why
    A news page prints a kicker or its section above the headline ("Opinion", "The long read",
    "Climate"), and a scraper that saves the header with the text keeps it as the body's first
    line: a word or two that belong to the site's navigation, not to the article, which a summary
    or a model then reads as its opening. No lexicon can list every section and kicker, but where
    they stand gives them away: above the headline, before any paragraph.

    Example
    before: {"title": "Harbour reopens after storm", "text": "The long read\\nHarbour reopens after storm\\nThe harbour ..."}
    after:  {"title": "Harbour reopens after storm", "text": "Harbour reopens after storm\\nThe harbour ..."}
    (duplicate-headline deletes the repeated headline.)

    Fix safety
    Unsafe: each label line is deleted, and that it is the page's is inferred from its place. The
    headline is the body's copy of the title (as duplicate-headline finds it: equal once case, spaces,
    quotes and a site-name suffix are set aside) among the first `opening_lines` non-blank lines, or,
    in a text whose title is one of its lines, that line; no paragraph may stand above it (then the
    copy is no headline of a header but a line of the article). A label has at most `max_words`
    words and no closing punctuation, is made of words and a label's marks ('News › World',
    'Personal Technology: Review'; no brackets, quotes or Markdown), holds no date (it may be the
    only record of when the article appeared) and is no line any lexicon entry knows (those are the
    lexicon rules' findings: a byline, a navigation word).

    Options
    max_words: the most words a label line may have (default 4).
    opening_lines: how many non-blank body lines are searched for the headline (default 8).
    """

    code = "ART215"
    name = "header-label"
    fixable = "unsafe"
    defaults = {"max_words": 4, "opening_lines": 8}
    options_schema = {
        "max_words": {"type": "integer", "minimum": 1},
        "opening_lines": {"type": "integer", "minimum": 1},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.index: LexiconIndex = lexicons.index()
        self.dates = DateFinder(lexicons.months)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        view = layout(article)
        headline = headline_index(article, view, options["opening_lines"])
        if headline <= 0 or any(view.paragraph[:headline]):
            return
        hits = None
        for index in range(headline):
            text = view.texts[index]
            if view.words[index] > options["max_words"] or text[-1] in _CLOSERS or not _LABEL.fullmatch(text):
                continue
            if YEAR.search(text) and self.dates.first_date(text):
                continue
            hits = hits or self.index.lines(article)
            if hits[index]:
                continue
            line = view.lines[index]
            fix = Fix.delete(article.body.lines_span(BODY, line.number, line.number), Applicability.UNSAFE,
                             "delete the label")
            yield self.finding(Span(BODY, line.start, line.end), f"page header label above the headline: {text!r}", fix)


def headline_index(article: Article, view: Layout, opening: int) -> int:
    """Layout index of the article's headline in the body's opening: the first line that copies the title, or
    the first line under the title when the title is one of the text's lines; -1 when there is neither."""
    placement = article.placements.get(BODY)
    if placement is not None and placement.holes:
        under = next((i for i, line in enumerate(view.lines) if line.number >= placement.holes[0]), -1)
        if 0 <= under < opening:
            return under
    title = normalize(article.title)
    if not title:
        return -1
    bare = without_site_name(article.title, article.value(URL))
    for index, text in enumerate(view.texts[:opening]):
        if normalize(text) in (title, bare):
            return index
    return -1
