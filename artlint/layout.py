"""Layout: where each body line stands (before the first paragraph, among them, after the last), built once per body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate, compress
from operator import itemgetter

from artlint.article import Article, Line
from artlint.inlinemarkup import may_show_otherwise, shown
from artlint.recent import Recent
from artlint.textutil import lower_words

PARAGRAPH_WORDS = 10
SHORT_PARAGRAPH_WORDS = 4
"""A body with no ten-word paragraph (a brief, a test case) is bounded by its sentences of four words or more."""
BOX_HEADLINE_WORDS = range(3, 16)
"""The word counts of the headline in a box of one teaser (Layout.inline_box)."""
_ENDS = frozenset(".!?…。！？؟۔")
_CLOSERS = "\"'”’“‘»«)]"
"""A line closes like a sentence when, past any closing quotes and brackets, it ends in one of _ENDS."""
_END_MARKS = "■◼∎◾"
"""A magazine's mark at the end of the article ('... review the policy. ■'), which stands past its last sentence."""
_TEXT = itemgetter(3)
"""Line.text, read in C (the layout is built from every line of every body)."""
_WORDS = Recent(lower_words)


class Zone(StrEnum):
    HEAD = "head"
    CORE = "core"
    TAIL = "tail"


@dataclass(slots=True)
class Layout:
    """The body's non-blank lines with their word counts and which of them read as paragraphs
    (at least ten words, closed like a sentence); the first and last paragraph bound the core."""

    lines: list[Line]
    texts: list[str]
    """Each line without the white space around it, as a reader sees it (artlint.inlinemarkup: a Markdown
    link is its text)."""
    tokens: list[list[str]]
    """Each line's words (textutil.WORD), lower-cased."""
    words: list[int]
    closes: list[bool]
    """The line ends like a sentence (. ! ? and their kin, perhaps a closing quote or bracket)."""
    paragraph: list[bool]
    first: int
    last: int

    def opening(self, lines: int) -> int:
        """How many non-blank lines make the article's opening: the first `lines`, and every line up to the
        first paragraph, however many (a menu, a breadcrumb and a share bar can stand before the dateline)."""
        return max(lines, self.first + 1)

    def between_paragraphs(self, index: int) -> bool:
        """The index-th line stands between two paragraphs and does not close like a sentence, as a subheading does."""
        paragraph = self.paragraph
        return 0 < index < len(paragraph) - 1 and paragraph[index - 1] and paragraph[index + 1] and not self.closes[index]

    def stops(self, index: int) -> bool:
        """The index-th line ends in one full stop, past any closing quotes and brackets: a statement, not a
        question, a cry or a text that trails off ('Type your email…', 'The latest...')."""
        text = _unmarked(self.texts[index]).rstrip(_CLOSERS)
        return text.endswith(".") and not text.endswith("..")

    def inline_box(self, index: int, sentences: bool = False) -> bool:
        """The index-th line heads a box of one teaser set into the article ('Read more', 'Auch interessant:'): a
        paragraph above it, one headline below it (no closing punctuation, BOX_HEADLINE_WORDS words: two words are
        rather another heading, 'Trending Articles', 'Staff contributors'), and under that two paragraphs, where the
        article goes on; with `sentences`, for a marker known to head related articles, two statements of
        SHORT_PARAGRAPH_WORDS words or more, ended by a full stop. A block of teasers alternates headlines and
        blurbs instead; a share bar's prompts ('Follow the Herald on Facebook for more local news.') are shorter
        than a paragraph, and a teaser's question ('Will the ferry run in summer?') is no statement."""
        words, paragraph = self.words, self.paragraph
        if not 0 < index < len(words) - 3 or not paragraph[index - 1]:
            return False
        headline = index + 1
        if self.closes[headline] or words[headline] not in BOX_HEADLINE_WORDS:
            return False
        resumed = (headline + 1, headline + 2)
        if sentences:
            return all(words[i] >= SHORT_PARAGRAPH_WORDS and self.stops(i) for i in resumed)
        return all(paragraph[i] for i in resumed)

    def zone(self, index: int) -> Zone:
        """Zone of the index-th non-blank line; with no paragraph at all, every line is CORE."""
        if self.first < 0:
            return Zone.CORE
        if index < self.first:
            return Zone.HEAD
        return Zone.TAIL if index > self.last else Zone.CORE



def build_layout(lines: tuple[Line, ...]) -> Layout:
    stripped = list(map(str.strip, map(_TEXT, lines)))
    if may_show_otherwise("\n".join(stripped)):
        stripped = list(map(shown, stripped))
    kept, texts = list(compress(lines, stripped)), list(filter(None, stripped))
    tokens = _WORDS(texts)
    counts = list(map(len, tokens))
    closes = [_unmarked(text).rstrip(_CLOSERS)[-1:] in _ENDS for text in texts]
    least = PARAGRAPH_WORDS if any(c and n >= PARAGRAPH_WORDS for c, n in zip(closes, counts)) else SHORT_PARAGRAPH_WORDS
    paragraph = [c and n >= least for c, n in zip(closes, counts)]
    indices = [i for i, p in enumerate(paragraph) if p]
    first, last = (indices[0], indices[-1]) if indices else (-1, -1)
    return Layout(kept, texts, tokens, counts, closes, paragraph, first, last)


def _unmarked(text: str) -> str:
    return text.rstrip(_END_MARKS).rstrip() if text[-1:] in _END_MARKS else text


def layout(article: Article) -> Layout:
    return article.body.memo("layout", lambda text: build_layout(text.lines))


def suffix_sums(values: Iterable[int]) -> list[int]:
    """For each line, the sum of its value and those of every line after it (one more item, 0, past the end)."""
    return list(accumulate(reversed(list(values)), initial=0))[::-1]
