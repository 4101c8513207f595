"""page-header: the page's header above the article's headline (menus, promotions, breadcrumbs), as one block."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from artlint.article import AUTHOR, BODY, DATE, Article, Span
from artlint.builtin.metadata.bylines import BylineFinder
from artlint.builtin.structure.duplicate_headline import copy_candidates, headline_text, title_copies
from artlint.daterecord import DateRecord
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexicons import COMMENT_SECTION, OTHER_ARTICLES, Lexicons
from artlint.linefeatures import DATE_LINE_WORDS
from artlint.rule import Rule
from artlint.textutil import spaced_words

SENTENCE_WORDS = 8
SENTENCE_GAP = 1
"""Two lines of SENTENCE_WORDS words or more that close like sentences, this many lines apart (in a row), are the
article's own text: a menu's promotions stand apart, among its labels (two lines apart, a heading and a button between
them, as often as not, so a wider gap would keep many a menu)."""
PARAGRAPH_SHARE = 0.5
"""The most words of paragraphs that may stand above the headline, as a share of those below it: the article's
paragraphs above a copy of its headline are text of its own (a menu's promotions are a fraction of the article)."""
TITLE_WORDS = 4
"""A shorter title ('Sport', 'News') may copy a menu's or a section's label."""
LEAD_IN_WORDS = 6
"""A line of this many words or more that ends in a colon introduces the article's own list, not a menu."""
MARKER_BELOW = 2
"""Lines below the headline's copy searched for a related-articles or comments marker."""
BESIDE = 4
"""Lines right above the headline's copy where a byline or an undated article's date line stays out of the block."""
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
    before: Skip to content / Personal / Business / Open an account in minutes. / Harbour reopens after storm /
            The harbour reopened on Monday ...
    after:  Harbour reopens after storm / The harbour reopened on Monday ...
    (duplicate-headline deletes the repeated headline.)

    Fix safety
    Unsafe: the lines above the headline are deleted as one block, and that they are the page's is inferred.
    The headline is the first body line that copies a title of four words or more that does not end in a full
    stop (as duplicate-headline compares them: case, spaces, quotes and a Markdown heading mark set aside;
    also without a site-name suffix, ' | Example News', or without a suffix of four words or less after a
    headline of five words or more; a title ending in '...' is a headline). Nothing is cut where the text above
    the copy reads as the article's, or the copy as the article's entry in a list under it:
    - the lines above hold more than `max_share` of the body's words, or the paragraphs above (sentences of ten
      words or more; four in a text with none that long) more than half of the paragraph words below;
    - two lines in a row of eight words or more that close like sentences stand above it (an introduction, the
      article's opening paragraphs; a menu's promotions stand one at a time among its labels);
    - a line of six words or more ends in a colon (a lead-in to the article's own list);
    - one of the two lines right above the copy is a paragraph (the copy is a heading inside the article);
    - one of the two lines below the copy is a related-articles or comments marker ('Most read', 'Comments': the
      copy is the article's own entry in a list of teasers, or the heading of its thread of comments).
    Some lines above the copy stay out of the block, which is then cut in pieces: the only record of when an
    undated article appeared (the date line that missing-date reads), and, among the four lines right above the
    copy, a short line with a date while the date field is empty and a byline while the author field is (missing-date
    and byline-leftover move them into the fields). The rule needs the copy: run `fix --unsafe-fixes` in one go, as a
    safe `fix` first lets duplicate-headline delete the copy and the header then stays. Verse above a title it
    repeats ('When the tide turns home' over its first stanza) is cut like a header.

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
        self.dates = self.date_record.dates
        self.bylines = BylineFinder(lexicons.entry("byline"), lexicons.months, lexicons.dateline_words)
        self.index = lexicons.index()
        self.markers = OTHER_ARTICLES | {COMMENT_SECTION}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        view = layout(article)
        headline = headline_line(article, view)
        if (headline <= 0 or _the_articles_text(view, headline, options["max_share"])
                or self._heads_a_list(article, headline)):
            return
        body = article.body
        for start, end in self._pieces(article, view, headline):
            first, last = view.lines[start], view.lines[end - 1]
            fix = Fix.delete(body.lines_span(BODY, first.number, last.number), Applicability.UNSAFE,
                             "delete the page's header")
            lines = end - start
            message = (f"page header above the headline: {lines} line{'s' if lines != 1 else ''} "
                       f"from {_quoted(view.texts[start])}")
            yield self.finding(Span(BODY, first.start, last.end), message, fix)

    def _heads_a_list(self, article: Article, headline: int) -> bool:
        """One of the MARKER_BELOW lines below the copy is a related-articles or comments marker ('Most read',
        'Comments'): the copy is the article's own entry in a list of teasers or the heading of its thread, under the
        article, not its headline under the page's header."""
        hits = self.index.lines(article)
        return any(hit is not None and any(key in self.markers for key in hit)
                   for hit in hits[headline + 1 : headline + 1 + MARKER_BELOW])

    def _pieces(self, article: Article, view: Layout, headline: int) -> list[tuple[int, int]]:
        """The runs of lines above the headline (layout indices, end exclusive) that the block cuts: all of them but
        the only record of when an undated article appeared (missing-date reads it) and, among the BESIDE lines right
        above the headline, a date line while the date field is empty and a byline while the author field is."""
        kept = {self.date_record.line(article)}
        beside = range(max(0, headline - BESIDE), headline)
        if not article.value(DATE).strip():
            kept.update(i for i in beside if view.words[i] <= DATE_LINE_WORDS and self.dates.first_date(view.texts[i]))
        if not article.value(AUTHOR).strip():
            kept.update(i for i in beside if self.bylines.name(view.texts[i]) is not None)
        pieces, start = [], 0
        for index in sorted(i for i in kept if 0 <= i < headline) + [headline]:
            if start < index:
                pieces.append((start, index))
            start = index + 1
        return pieces


def headline_line(article: Article, view: Layout) -> int:
    """Layout index of the first body line that copies a title of TITLE_WORDS words or more that does not end
    like a sentence, or -1."""
    forms = title_copies(article)
    ending = article.title.rstrip()
    if spaced_words(forms.title) < TITLE_WORDS or (ending.endswith(".") and not ending.endswith("..")):
        return -1
    copies = forms.variants
    return next((i for i in copy_candidates(article, copies) if headline_text(view.texts[i]) in copies), -1)


def _the_articles_text(view: Layout, headline: int, max_share: float) -> bool:
    """Above the headline (layout index) stands text of the article's (see the Fix safety of PageHeader)."""
    above = range(headline)
    counts, texts, paragraph = view.words, view.texts, view.paragraph
    sentences = [i for i in above if view.closes[i] and counts[i] >= SENTENCE_WORDS]
    words_above = sum(counts[:headline])
    paragraph_words = [count if is_paragraph else 0 for count, is_paragraph in zip(counts, paragraph)]
    return (words_above > max_share * sum(counts)
            or sum(paragraph_words[:headline]) > PARAGRAPH_SHARE * sum(paragraph_words[headline + 1 :])
            or any(b - a <= SENTENCE_GAP for a, b in pairwise(sentences))
            or any(texts[i].endswith(":") and counts[i] >= LEAD_IN_WORDS for i in above)
            or any(paragraph[max(0, headline - RIGHT_ABOVE) : headline]))


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
