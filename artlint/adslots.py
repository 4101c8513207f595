"""Ad slots set into an article: the labels an ad server leaves between its blocks ('Advertisement', 'Реклама')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from artlint.article import Article
from artlint.layout import Layout, layout
from artlint.lexiconindex import LexiconIndex, LineHits, Strength

AD_ENTRY = "advertisement"
"""The lexicon entry whose whole-line phrases label an ad slot (the advertisement rule deletes them safely)."""
TEASER_WORDS = 3
"""The fewest words of a line that reads as a teaser's headline below a label (_heads_teasers)."""
T = TypeVar("T")


def article_ad_slots(article: Article, index: LexiconIndex) -> set[int]:
    """Layout indices of the article's ad slot labels (ad_slot_labels), found once per body and shared by page-debris's
    features and its messages."""
    return article.body.memo((index, "ad slots"), lambda _: ad_slot_labels(layout(article), index.lines(article),
                                                                         index.positions(article)))


def ad_slot_labels(view: Layout, found: Sequence[LineHits | None], positions: Sequence[int]) -> set[int]:
    """Layout indices of the labels of ad slots beside the article's text: each run of lines that are a whole line of
    the advertisement entry ('Advertisement' / 'Scroll to continue with content') with a paragraph right above or
    below it, or anywhere between the article's first and last paragraph: an ad server sets its slots between the
    article's blocks, a list, a table or a subhead as well as a paragraph ('Coates' / '- Advertisement -' / 'Your
    questions'). A label among words of markup (_markup: 'rel' / 'Sponsored' / 'target') or over a block of teasers
    (_heads_teasers) is none, and so is one before or after the article with no paragraph beside it. `found`,
    `positions`: the lexicon hits of the layout's lines and the indices of those with any (LexiconIndex.lines,
    .positions)."""
    label = {i for i in positions if found[i].get(AD_ENTRY) is Strength.EXACT}  # type: ignore[union-attr]
    paragraph, out = view.paragraph, set[int]()
    for start in sorted(i for i in label if i - 1 not in label):
        end = start
        while end + 1 in label:
            end += 1
        beside = start and paragraph[start - 1] or end + 1 < len(paragraph) and paragraph[end + 1]
        if beside or view.first < start and end < view.last and not _markup(view, start, end) \
                and not _heads_teasers(view, end):
            out.update(range(start, end + 1))
    return out


def _markup(view: Layout, start: int, end: int) -> bool:
    """The labels from `start` to `end`, or a one-word line right beside them, are words of markup that a scraper kept
    ('rel' / 'sponsored' / 'target'): in lower case through, where a label set for readers is capitalised ('iPad' and
    'eBay' are names, and a script without case has no lower case)."""
    texts, words = view.texts, view.words
    beside = [i for i in (start - 1, end + 1) if 0 <= i < len(texts) and words[i] == 1]
    return any(texts[i].islower() for i in [*range(start, end + 1), *beside])


def _heads_teasers(view: Layout, end: int) -> bool:
    """The two lines below the label at `end` read as headlines (TEASER_WORDS words or more, no paragraph, not closed
    like a sentence): the label heads a block of sponsored teasers ('Sponsored content' / 'Cheap flights to Spain this
    spring' / ...), which page-debris needs it for, rather than standing between the article's blocks."""
    below = range(end + 1, min(end + 3, len(view.texts)))
    return len(below) == 2 and all(
        view.words[i] >= TEASER_WORDS and not view.paragraph[i] and not view.closes[i] for i in below)


def without_lines(view: Layout, found: Sequence[LineHits | None],
                  dropped: set[int]) -> tuple[Layout, Sequence[LineHits | None], Sequence[int]]:
    """The layout and the lexicon hits of its lines without the `dropped` lines, with the layout index of each line
    that stays."""
    if not dropped:
        return view, found, range(len(found))
    index_of = [i for i in range(len(found)) if i not in dropped]

    def pick(values: Sequence[T]) -> list[T]:
        return [values[i] for i in index_of]

    paragraph = pick(view.paragraph)
    first = paragraph.index(True) if any(paragraph) else -1
    last = len(paragraph) - 1 - paragraph[::-1].index(True) if first >= 0 else -1
    kept = Layout(pick(view.lines), pick(view.texts), pick(view.tokens), pick(view.words), pick(view.closes),
                  paragraph, first, last)
    return kept, pick(found), index_of
