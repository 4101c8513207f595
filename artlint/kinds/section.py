"""Kind `section`: a marker line (a phrase or pattern) that starts a tail block to cut to the end of the body."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import chain
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Fix
from artlint.layout import Layout, layout, suffix_sums
from artlint.lexicons import Lexicons
from artlint.liveblog import entry_times
from artlint.packs import PackRule
from artlint.phrases import PhraseMatcher, phrase_list

_HEADING_WORDS = 6


class SectionRule(PackRule):
    match_keys = frozenset({"lexicon", "phrases", "patterns", "prefixes", "max_words", "after", "max_prose_after"})

    def __init__(self, spec: Mapping[str, Any], lexicons: Lexicons) -> None:
        super().__init__(spec, lexicons)
        match = spec.get("match", {})
        self.matcher = PhraseMatcher(phrase_list(match, lexicons), match.get("max_words", 15), lexicons.prose())
        self.after = float(match.get("after", 0.3))
        """The marker must stand past this share of the body's lines."""
        self.max_prose_after = float(match.get("max_prose_after", 1.0))
        """The block may hold at most this share of the words of the body's paragraphs: an article that
        a scraper saved after the page's sidebar starts after the sidebar's headings. Below 1, a body
        without paragraphs is not cut."""

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if not self.applies_to(article):
            return
        body = article.body
        if not body.lines:
            return
        begin = body.lines[int(len(body.lines) * self.after)].start if self.after < 1 else len(body.value) + 1
        view = layout(article)
        markers = (i for i, (line, text) in enumerate(zip(view.lines, view.texts, strict=True))
                   if line.start >= begin and (self.matcher.exact(text) or self.matcher.prefixed(text)))
        first = next(markers, None)
        if first is None:
            return  # most articles: no paragraph words to count
        prose_after = suffix_sums(words if paragraph else 0
                                  for words, paragraph in zip(view.words, view.paragraph, strict=True))
        """The paragraph words from each line to the end of the body."""
        allowed = self.max_prose_after * prose_after[0]
        if self.max_prose_after < 1 and not allowed:
            return  # no paragraphs to weigh the block against: a list or a table, not an article with a tail
        times = entry_times(view)
        index = next((i for i in chain([first], markers)
                      if prose_after[i] <= allowed and not _own_heading(view, i) and not view.inline_box(i)
                      and not _repeated_control(view, i) and not _inside_live_blog(times, i)), None)
        if index is None:
            return
        line, text = view.lines[index], view.texts[index]
        cut = Span(BODY, line.start, len(body.value))
        fix = Fix.delete(cut, self.applicability) if self.applicability else None
        yield self.finding(Span(BODY, line.start, view.lines[-1].end), self.message_for(text), fix)


def _own_heading(view: Layout, index: int) -> bool:
    """A one-word marker ('Menu', 'Legal', 'Contact') that stands like a heading of the article's own
    sections: between two paragraphs, in an article with another such heading above it."""
    if len(view.texts[index].split()) != 1 or not view.between_paragraphs(index):
        return False
    return any(view.words[i] <= _HEADING_WORDS and view.between_paragraphs(i) for i in range(1, index))


def _inside_live_blog(times: list[int], index: int) -> bool:
    """A marker between a live blog's entries (`times`, artlint.liveblog.entry_times), two of them above it: a box
    set between two entries ('Sign up' to the newsletter), not the end of the blog."""
    return sum(time < index for time in times) >= 2 and times[-1] > index


def _repeated_control(view: Layout, index: int) -> bool:
    """A marker that stood twice already inside the article, a paragraph between each copy and the next: a
    control under each block of the article (a live blog's 'Share' under every entry), not where it ends."""
    text, paragraph = view.texts[index].casefold(), view.paragraph
    copies = [j for j in range(max(view.first, 0) + 1, index) if view.texts[j].casefold() == text]
    return len(copies) >= 2 and all(any(paragraph[a + 1 : b]) for a, b in zip(copies, [*copies[1:], index]))
