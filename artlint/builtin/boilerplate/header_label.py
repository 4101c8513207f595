"""header-label: short labels of the page's header above the article's headline (kicker, section, breadcrumb)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, URL, Article, Span
from artlint.builtin.structure.duplicate_headline import headline_text, without_site_name
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexiconindex import LexiconIndex
from artlint.lexicons import Lexicons
from artlint.rule import Rule
from artlint.textutil import normalize

_LABEL = re.compile(r"[^\W\d_](?:[^\W\d]|[ &'’.,/+·|›»>:-])*")
"""Words with the marks of a label or a breadcrumb ('Politics', 'News › World', 'Personal Technology: Review'),
opening with a letter; no brackets, quotes or digits (a time, a date, a score)."""
_ENDS = ".!?:…,;"
"""A label closes with none of these: a sentence, a lead-in or a line of verse that goes on ('Rain on the harbour,')."""
_LONGEST = 40
_LONGEST_WORD = 15
"""Characters a label has at most, and a one-word label ('Entertainment', 'Wissenschaft'): in Thai, written without
spaces, a sentence counts as one word (Chinese and Japanese count a word a character: textutil.WORD)."""


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
    Unsafe: each label line is deleted, and that it is the page's is inferred from its place. The headline is
    the body's copy of the title (as duplicate-headline compares them: case, spaces, quotes, a Markdown heading
    mark and a site-name suffix set aside) among the first `opening_lines` non-blank lines, or, in a text whose
    title is one of its lines, that line; no paragraph may stand above it (then the copy is no headline of a
    header but a line of the article), nor a line that opens in lower case or ends in a comma (verse or running
    text: a poem whose refrain is its title), and a title that ends like a sentence is no headline (a plain text
    whose one-word headline the title picker passed over keeps that word). A label has at most `max_words` words
    and 40 characters, 15 for one word (a Thai sentence, written without spaces, is one "word"), opens with
    a capital or an uncased letter, is not all capitals (a caps label is navigation-leftover's), ends in no
    punctuation (a sentence, a lead-in, a line of verse that goes on: 'Rain on the harbour,'), and holds only
    words and a label's marks ('News › World', 'Personal Technology: Review'; no digits, so no time, date or
    score, and no brackets or quotes). Links and emphasis are read as shown: '[World](https://...)' is the label
    'World'; a line that shows only an image is no label. No line that a lexicon entry knows is reported (a
    byline, a navigation word: those are their rules' findings). A short standfirst without a full stop above
    the headline ('Ferries back on Tuesday') reads as a label: review with `fix --unsafe-fixes --diff`.

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

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        view = layout(article)
        headline = headline_index(article, view, options["opening_lines"])
        if headline <= 0 or any(view.paragraph[:headline]) or any(map(_goes_on, view.texts[:headline])):
            return
        hits = None
        for index in range(headline):
            text = view.texts[index]
            words = view.words[index]
            if (words > options["max_words"] or len(text) > (_LONGEST_WORD if words == 1 else _LONGEST)
                    or text[-1] in _ENDS or text.isupper() or not _LABEL.fullmatch(text)):
                continue
            hits = hits or self.index.lines(article)
            if hits[index]:
                continue
            line = view.lines[index]
            fix = Fix.delete(article.body.lines_span(BODY, line.number, line.number), Applicability.UNSAFE,
                             "delete the label")
            yield self.finding(Span(BODY, line.start, line.end), f"page header label above the headline: {text!r}", fix)


def _goes_on(text: str) -> bool:
    """A line that opens in lower case or ends in a comma or semicolon: verse or running text, which no header
    holds (a poem whose refrain is its title keeps the lines above the refrain)."""
    return text[0].islower() or text[-1] in ",;"


def headline_index(article: Article, view: Layout, opening: int) -> int:
    """Layout index of the article's headline in the body's opening: the first line that copies the title, or
    the first line under the title when the title is one of the text's lines; -1 when there is neither."""
    title = normalize(article.title)
    if not title or article.title.rstrip().endswith((".", "!", "?")):
        return -1  # a sentence picked as the title (the text's headline was passed over): no headline to stand above
    placement = article.placements.get(BODY)
    if placement is not None and placement.holes:
        under = next((i for i, line in enumerate(view.lines) if line.number >= placement.holes[0]), -1)
        if 0 <= under < opening:
            return under
    bare = without_site_name(article.title, article.value(URL))
    for index, line in enumerate(view.lines[:opening]):
        if headline_text(line.text) in (title, bare):
            return index
    return -1
