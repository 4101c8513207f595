"""Every lexicon entry compiled into one matcher, run once per line of an article and shared by all rules."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from artlint.article import Article
from artlint.layout import layout
from artlint.lexicons import Lexicons, PhraseList
from artlint.phrases import PhraseMatcher

MAX_PREFIXED_WORDS = 40
"""A prefix is tried on lines up to this long; each rule applies its own, usually smaller, limit."""


class Strength(IntEnum):
    WEAK = 1
    """A known prefix, a label glued to a link, a phrase inside list markup."""
    EXACT = 2
    """The whole line is a known phrase or matches a pattern."""


LineHits = dict[str, Strength]


class LexiconIndex:
    """Which lexicon entries each line matches, and how strongly. A line that matches nothing costs one
    normalisation, one set lookup and, when short, one combined pattern and one combined prefix test."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.keys = sorted(lexicons.entries)
        self.matchers = {key: PhraseMatcher(lexicons.entry(key), MAX_PREFIXED_WORDS) for key in self.keys}
        combined = PhraseList()
        for key in self.keys:
            combined = combined.merge(lexicons.entry(key))
        self.any = PhraseMatcher(combined, MAX_PREFIXED_WORDS)
        self.owner: dict[str, list[str]] = {}
        for key in self.keys:
            for phrase in lexicons.entry(key).phrases:
                self.owner.setdefault(phrase, []).append(key)

    def classify(self, text: str) -> LineHits | None:
        any_ = self.any
        if not (any_.exact(text) or any_.in_markup(text) or any_.prefixed(text) or any_.glued_label(text)):
            return None
        hits: LineHits = {}
        for key, matcher in self.matchers.items():
            if matcher.exact(text):
                hits[key] = Strength.EXACT
            elif matcher.in_markup(text) or matcher.prefixed(text) or matcher.glued_label(text):
                hits[key] = Strength.WEAK
        return hits or None

    def lines(self, article: Article) -> Sequence[LineHits | None]:
        """The hits of each non-blank body line, in layout order (built once per article)."""
        return article.body.memo(self, lambda _: [self.classify(line.text.strip()) for line in layout(article).lines])
