"""comment-thread: readers' comments appended after the article with no heading that marks them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import layout
from artlint.lexicons import Lexicons
from artlint.phrases import compile_openers
from artlint.rule import Rule

_SHOUTED = 12
"""A line whose first this many characters are capitals ('DEAR ABBY: My husband ...') is an advice column's
letter, which is the article."""


class CommentThread(Rule):
    """Readers' comments appended after the article, with no heading that marks them.

    Why
    Extractors that keep comments (trafilatura does by default) append the thread under the article,
    often without its "Comments" heading: "Thank you so much!", "Hi Donna, I'd use a gel stain.",
    "Great list! Why is the Ritz not on it?". Readers' words are not the article's, and a model or a
    summary takes them for its last paragraphs.

    Example
    before: ... the last paragraph. / Thank you so much! / Hi Kathy, what stain did you use? / Great post, as always.
    after:  ... the last paragraph.

    Fix safety
    Unsafe: the block is cut from its first comment to the end of the body, and that the article had
    ended is inferred. A comment line opens with one of the lexicons' `comment_openers` (a greeting,
    thanks or praise: "Hi", "Thanks for", "Great post", "Vielen Dank", "Merci pour"). The block starts
    at such a line with at least `min_words_before` words of the body above it, holds at least
    `min_comments` of them, and they make at least `min_share` of its lines: a closing "Thanks for
    reading" or the goodbyes that close an interview ("Thank you." / "Thanks for having me.") are no
    thread, nor is a block of fewer than `min_words` words. A line in capitals ("DEAR ABBY: ...")
    is an advice column's letter, never a comment.

    Options
    min_comments: comment lines the block needs (default 3).
    min_share: the least share of the block's lines that open like a comment (default 0.25).
    min_words_before: words of the body that must stand above the block (default 80).
    min_words: words the block needs (default 60).
    """

    code = "ART214"
    name = "comment-thread"
    fixable = "unsafe"
    defaults = {"min_comments": 3, "min_share": 0.25, "min_words_before": 80, "min_words": 60}
    options_schema = {
        "min_comments": {"type": "integer", "minimum": 2},
        "min_share": {"type": "number", "minimum": 0, "maximum": 1},
        "min_words_before": {"type": "integer", "minimum": 0},
        "min_words": {"type": "integer", "minimum": 0},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.openers = compile_openers(lexicons.comment_openers)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if self.openers is None:
            return
        view = layout(article)
        comments = [self.is_comment(text) for text in view.texts]
        if sum(comments) < options["min_comments"]:
            return
        start = thread_start(comments, view.words, options["min_comments"], options["min_share"],
                             options["min_words_before"])
        if start is None or sum(view.words[start:]) < options["min_words"]:
            return
        lines = view.lines
        yield self.finding(
            Span(BODY, lines[start].start, lines[-1].end),
            f"{len(lines) - start} lines of readers' comments appended from {view.texts[start][:60]!r}"
            f" ({sum(comments[start:])} open like a comment)",
            Fix.delete(Span(BODY, lines[start].start, len(article.body.value)), Applicability.UNSAFE,
                       "cut the comment thread"),
        )

    def is_comment(self, text: str) -> bool:
        assert self.openers is not None
        return self.openers.match(text) is not None and not text[:_SHOUTED].isupper()


def thread_start(comments: Sequence[bool], words: Sequence[int], least: int, share: float,
                 words_before: int) -> int | None:
    """The first line (an index into the non-blank lines) from which a comment thread runs to the end of the
    body, or None."""
    above = list(accumulate(words, initial=0))
    left = list(accumulate(reversed(comments), initial=0))[::-1]
    """left[i]: comment lines from line i to the end."""
    for index, comment in enumerate(comments):
        if not comment or above[index] < words_before:
            continue
        if left[index] < least:
            return None
        if left[index] / (len(comments) - index) >= share:
            return index
    return None
