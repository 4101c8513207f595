"""comment-thread: readers' comments appended after the article with no heading that marks them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import reduce
from itertools import accumulate, dropwhile, islice
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import layout, suffix_sums
from artlint.lexiconindex import LexiconIndex
from artlint.lexicons import Lexicons, ThanksWords
from artlint.phrases import ProseGuard, compile_openers
from artlint.rule import Rule
from artlint.textutil import opens_list

_STOP = re.compile(r"\s*(?:[,!.:;?…]|$)")
"""What may follow a greeting: nothing, or punctuation ('Hi,', 'Hello!')."""
_NAME = re.compile(r"\s+((?:[^\W\d_][\w'’.-]*\s*){1,3}?)(?:[,!.:;?…]|$)")
"""Or a name of up to three words, then punctuation or the line's end ('Hi Donna Jo,', 'Hey Ann')."""
_BEFORE_FOR = 6
"""Words that may stand between the thanks and its 'for' ('Thank you so much for reading', 'Thank you, as always,
for reading')."""


class CommentThread(Rule):
    """Readers' comments appended after the article, with no heading that marks them.

    Why
    Extractors that keep comments (trafilatura does by default) append the thread under the article,
    often without its "Comments" heading: "Thank you so much!", "Hi Donna, I'd use a gel stain.",
    "Great list! Why is the Ritz not on it?". Readers' words are not the article's, and a model or a
    summary takes them for its last paragraphs.

    Example
    before: ... the last paragraph. / Thank you so much! / Hi Kathy, which stain? / Hi Ann, walnut gel. / Great post!
    after:  ... the last paragraph.

    Fix safety
    Unsafe: the block is cut from its first comment to the end of the body, and that the article had
    ended is inferred. A comment line opens with a greeting of the lexicons' `comment_greetings`
    ("Hi", "Bonjour"), alone or before a name and punctuation ("Hi Donna Jo,"; not "Hello Kitty turns
    50"), or with thanks or praise of the post from `comment_openers` ("Thanks for", "Great post",
    "Vielen Dank"), which neither a word of `comment_addressed` ("to": "Thank you to the volunteers") nor a
    reporting verb ("Thanks for coming, she said") follows, and which does not thank the readers for what they
    did, in the words of `sign_off_for`, `sign_off_skipped` and `sign_off_done` ("Thanks for reading", "Thank you
    all for joining me on this journey!", "Danke fürs Lesen", "Bedankt voor het lezen": the author's sign-off,
    the article's last line); the article's language and English are read. The block starts at
    such a line with at least `min_words_before` words of the body above it, no line ending in a
    colon right above it (which introduces quoted messages: "Among the messages were these:") and the
    next comment line at most `max_gap` lines below it (a blogger's own "I love this one!" stands among
    paragraphs of the article, a reader's among other comments); it
    holds at least `min_comments` comment lines, one of them thanks or praise (a reader Q&A or a
    letters page, whose letters only greet, stays), they make at least `min_share` of its lines, and
    it has at least `min_words` words: an interview's goodbyes ("Thank you, Tom." / "Thanks for having
    me.") are no thread.

    Options
    min_comments: comment lines the block needs (default 4).
    min_share: the least share of the block's lines that open like a comment (default 0.08).
    min_words_before: words of the body that must stand above the block (default 80).
    min_words: words the block needs (default 60).
    max_gap: lines from the block's first comment line to the next one, at most (default 8).
    """

    code = "ART214"
    name = "comment-thread"
    fixable = "unsafe"
    defaults = {"min_comments": 4, "min_share": 0.08, "min_words_before": 80, "min_words": 60, "max_gap": 8}
    options_schema = {
        "min_comments": {"type": "integer", "minimum": 2},
        "min_share": {"type": "number", "minimum": 0, "maximum": 1},
        "min_words_before": {"type": "integer", "minimum": 0},
        "min_words": {"type": "integer", "minimum": 0},
        "max_gap": {"type": "integer", "minimum": 1},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.index: LexiconIndex = lexicons.index()
        self.readers: dict[str | None, CommentReader] = {}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        reader = self.reader(self.index.language_of(article))
        view = layout(article)
        kinds = [reader.kind(text) for text in view.texts]
        if sum(map(bool, kinds)) < options["min_comments"]:
            return
        start = thread_start(kinds, view.words, view.texts, options)
        if start is None:
            return
        lines = view.lines
        count = sum(map(bool, kinds[start:]))
        yield self.finding(
            Span(BODY, lines[start].start, lines[-1].end),
            f"{len(lines) - start} lines of readers' comments appended from {view.texts[start][:60]!r}"
            f" ({count} open like a comment)",
            Fix.delete(Span(BODY, lines[start].start, len(article.body.value)), Applicability.UNSAFE,
                       "cut the comment thread"),
        )

    def reader(self, language: str | None) -> CommentReader:
        """The greetings and openers of the language and English, or of every language when it is not clear."""
        reader = self.readers.get(language)
        if reader is None:
            wanted = self.lexicons.reading(language, self.lexicons.comment_openers)
            reader = CommentReader(
                [w for lang in wanted for w in self.lexicons.comment_greetings.get(lang, ())],
                [w for lang in wanted for w in self.lexicons.comment_openers.get(lang, ())],
                self.lexicons.prose(language),
                reduce(ThanksWords.merge, (self.lexicons.thanks.get(lang, ThanksWords()) for lang in wanted),
                       ThanksWords()),
            )
            self.readers[language] = reader
        return reader


class CommentReader:
    """Tells how a line opens: 'greeting', 'praise' (thanks or praise of the post) or '' (like no comment)."""

    def __init__(self, greetings: Sequence[str], openers: Sequence[str], prose: ProseGuard,
                 thanks: ThanksWords) -> None:
        self.greetings = compile_openers(greetings)
        self.openers = compile_openers(openers)
        self.prose = prose
        self.thanks = thanks
        self.done_words = max((len(done.split()) for done in thanks.done), default=0)

    def kind(self, text: str) -> str:
        found = self.openers.match(text) if self.openers else None
        if found:
            rest = text[found.end():]
            first = rest.split(None, 1)[0].casefold() if rest.strip() else ""
            if first in self.thanks.addressed or self.signs_off(text) or self.prose.reports(rest):
                return ""
            return "praise"
        found = self.greetings.match(text) if self.greetings else None
        if found:
            rest = text[found.end():]
            if _STOP.match(rest):
                return "greeting"
            name = _NAME.match(rest)
            if name and not any(word[:1].islower() for word in name.group(1).split()):
                return "greeting"
        return ""

    def signs_off(self, text: str) -> bool:
        """The line thanks the readers for what they did: a `for_` word (ThanksWords) among its first words, then
        (past any `skipped` words: an article, a possessive) what was `done`: reading, joining, following along, ..."""
        thanks = self.thanks
        words = [word.strip(",.!?…'’\"") for word in text.casefold().split()]
        at = next((i for i, word in enumerate(words[:_BEFORE_FOR + 1]) if word in thanks.for_), None)
        if at is None:
            return False
        done = list(islice(dropwhile(thanks.skipped.__contains__, words[at + 1:]), self.done_words))
        return any(" ".join(done[:size]) in thanks.done for size in range(1, len(done) + 1))


def thread_start(kinds: Sequence[str], words: Sequence[int], texts: Sequence[str],
                 options: Mapping[str, Any]) -> int | None:
    """The first line (an index into the non-blank lines) from which a comment thread runs to the end of the
    body, or None."""
    above = list(accumulate(words, initial=0))
    comments = suffix_sums(bool(kind) for kind in kinds)
    praise = suffix_sums(kind == "praise" for kind in kinds)
    """comments[i], praise[i]: such lines from line i to the end."""
    marked = [index for index, kind in enumerate(kinds) if kind]
    for at, index in enumerate(marked):
        if above[index] < options["min_words_before"] or (index and opens_list(texts[index - 1])):
            continue
        if at + 1 < len(marked) and marked[at + 1] - index > options["max_gap"]:
            continue
        if comments[index] < options["min_comments"] or not praise[index]:
            return None
        if (comments[index] / (len(kinds) - index) >= options["min_share"]
                and above[-1] - above[index] >= options["min_words"]):
            return index
    return None
