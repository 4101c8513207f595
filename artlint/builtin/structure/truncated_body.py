"""truncated-body: the body stops before the article does (mid-sentence, an ellipsis, a paywall line)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Line, Span
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.inlinemarkup import shown
from artlint.lexiconindex import LineHits, Strength
from artlint.lexicons import Lexicons
from artlint.phrases import PhraseMatcher
from artlint.rule import Rule
from artlint.textutil import unspaced, words

_ELLIPSES = ("...", "\u2026")
_CHROME = ("navigation", "share-prompt", "advertisement", "cookie-notice", "legal-footer", "comment-section")
"""Lexicon entries whose whole-line matches are page chrome, not the article's last sentence."""
_OPEN_END = ",;"
_CLAUSE_MARKS = frozenset(",;，、；،؛")
"""Marks inside a sentence that goes on: a line of a script without letter case (Chinese, Japanese, Korean, Arabic,
Hebrew) that holds one and ends in a letter stops mid-sentence."""
_COUNTER = re.compile(r"\s*\[\+\s?\d[\d,.]*\s*char(?:acter)?s\]\s*$", re.IGNORECASE)
"""A news API's count of the characters it left out ('... [+3120 chars]'), after a preview of the article."""


class TruncatedBody(Rule):
    """The body stops before the article does: mid-sentence, at an ellipsis, or at a paywall line.

    Why
    A paywall, a teaser page or a failed "load more" leaves only the opening of the article, and
    a model trained or a summary made on it takes the stub for the whole story.

    Example
    before: ... The council will vote on the plan next week. / Subscribe to continue reading
    after:  ... The council will vote on the plan next week.

    Fix safety
    Only the paywall line has a fix, and only at the very end of the body: safe when the whole line
    is a phrase of the `truncation-markers` lexicon ("Continue reading", "This article is for
    subscribers only"), unsafe when it only starts with one. A news API's character counter at the end
    of the body's last line ("[+3120 chars]", which NewsAPI-style feeds append to a preview of 200
    characters) is reported without a fix: it is the only sign left that the body is a preview (its
    text may end in a full stop). The missing text cannot be fixed:
    scrape the page again. A body is cut mid-sentence when its last line has at least `min_words`
    words and ends in a lower-case word, a comma or a semicolon (a headline or a label that
    closes the body does not); in a script without letter case (Chinese, Japanese, Korean, Arabic, Hebrew),
    when it ends in a letter and holds a comma or a semicolon of the sentence it began (twice `min_words`
    for Chinese and Japanese, which count a character a word); it is cut at an ellipsis when its last line
    of at least five words ends in "..." or "…". Lines of page chrome after the article's last line (lines that the
    navigation, share-prompt, advertisement, cookie-notice, legal-footer or comment-section lexicons
    match whole, by phrase, pattern or opener: "This site requires JavaScript to run correctly. Please
    turn on JavaScript") are left to their own rules, which delete them; the line before them is judged.

    Options
    min_words: the fewest words the last line needs to count as a cut sentence (default 12).
    """

    code = "ART404"
    name = "truncated-body"
    fixable = "safe or unsafe"
    defaults = {"min_words": 12}
    options_schema = {"min_words": {"type": "integer", "minimum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.markers = PhraseMatcher(lexicons.entry("truncation-markers"), max_words=12)
        self.index = lexicons.index()

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body
        lines = [line for line in body.lines[-12:] if not line.is_blank]
        hits = self.index.lines(article)
        """The shared lexicon index's hits of each non-blank line: the window's lines are the last of them."""
        first = len(hits) - len(lines)
        while lines:
            line = lines[-1]
            text = shown(line.text)
            if self.markers.exact(text):
                applicability = Applicability.SAFE
            elif self.markers.prefixed(text):
                applicability = Applicability.UNSAFE
            else:
                break
            lines.pop()
            fix = Fix.delete(body.lines_span(BODY, line.number, line.number), applicability, "delete the paywall line")
            yield self.finding(Span(BODY, line.start, line.end), f"the body ends at a paywall line {text!r}: rescrape", fix)
        while lines and is_chrome(hits[first + len(lines) - 1]):
            lines.pop()
        counter = _COUNTER.search(lines[-1].text) if lines else None
        if counter:
            line = lines[-1]
            yield self.finding(Span(BODY, line.start + counter.start(), line.end),
                               f"the body is a preview cut by a news API {counter.group().strip()!r}: rescrape")
        elif lines:
            why = cut_off(lines[-1], options["min_words"])
            if why:
                yield self.finding(Span(BODY, lines[-1].start, lines[-1].end), f"the body ends {why}: rescrape")


def is_chrome(hits: LineHits | None) -> bool:
    return hits is not None and any(hits.get(key) is Strength.EXACT for key in _CHROME)


def cut_off(line: Line, min_words: int) -> str:
    """How the line is cut ('mid-sentence', 'at an ellipsis'), or '' when it ends as an article may."""
    text = line.text.rstrip()
    if text.endswith(_ELLIPSES) and not text.endswith(("[...]", "[\u2026]", "(...)")):
        return "at an ellipsis" if len(words(text)) >= 5 else ""
    last = text[-1:]
    if last.isalpha() and not last.islower() and not last.isupper():
        least = 2 * min_words if unspaced(text) else min_words
        cut = len(words(text)) >= least and not _CLAUSE_MARKS.isdisjoint(text)
        return "mid-sentence" if cut else ""
    if not (last in _OPEN_END or (last.isalpha() and last.islower())):
        return ""
    found = words(text)
    tail = text.rsplit(None, 1)[-1]
    if len(found) < min_words or (last.isalpha() and not (found[-1][0].islower() and tail.isalpha())):
        return ""
    return "mid-sentence"
