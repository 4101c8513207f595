"""Comment threads: where a comments marker opens a thread of comments below it, and where it is a toolbar's link."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING

from artlint.layout import Layout
from artlint.lexiconindex import LineHits, Strength
from artlint.textutil import DIGIT

if TYPE_CHECKING:
    from artlint.linefeatures import Signals

_ZERO = re.compile(r"\D*(?<!\d)0(?!\d)\D*")
"""A counter that reads zero ('0 Comments'): there is no thread below it."""
THREAD_DEPTH = 0.4
"""A comments marker past this share of the article's paragraph words opens a thread."""
THREAD_DEPTH_BETWEEN = 0.75
"""The same for a marker between two paragraphs, where the article's own text may go on below a 'Comments' link."""
THREAD_OPENING = 10
"""The opening (Layout.opening) whose timestamps are the article's own dateline, no comment's."""
THREAD_EVIDENCE = 15
"""Lines after a comments marker searched for a timestamp or another comments line."""
THREAD_CHROME_ABOVE = 2
"""Lines a lexicon knows that may stand between a comments marker in the opening and the sentence above it
(_under_text)."""


def comment_threads(found: Sequence[LineHits | None], markers: list[int], dated: list[bool],
                    paragraph_words: list[int], signals: Signals, view: Layout) -> list[bool]:
    """For each line, whether a comments marker above it opened a thread of comments, where sentences are scored.
    `markers` are the comments markers (artlint.linefeatures._marked, shared with since_comment). One that is a whole
    line the comments lexicon knows opens a thread when a timestamp past the opening (a short line with a date) or
    another comments marker ('Reply', 'says:') follows within THREAD_EVIDENCE lines; another marker is evidence only for
    one past the opening or right below a sentence (_under_text): a 'Comment' button above a short article's lead is a
    toolbar, which the thread's heading further down ('Comments (4)') does not make a thread's. Without such evidence, a
    rubric ('Comment:', 'Comments?': a known phrase asking or introducing) and a counter that reads zero open none;
    another marker opens one past THREAD_DEPTH of the article's paragraph words (THREAD_DEPTH_BETWEEN for one between
    two paragraphs), and higher up only a heading with no count ('Top Rated Comments') that a comments line further down
    closes ('Read All Comments'), again past the opening or right below a sentence. So a toolbar under the lead
    ('Comments (12)', perhaps above the dateline) and a 'Comments' link between the article's paragraphs stand over the
    article's own text, not over a thread."""
    n = len(found)
    total = paragraph_words[n] or 1
    keys = signals.comment
    marked = [False] * n
    for i in markers:
        marked[i] = True
    opening = view.opening(THREAD_OPENING)
    out = [False] * n
    opened = False
    for i, hits in enumerate(found):
        out[i] = opened
        if opened or not hits or not any(hits.get(key) is Strength.EXACT for key in keys):
            continue
        under_text = i >= opening or _under_text(view, found, i)
        evidence = any(dated[j] and j >= opening or marked[j] and under_text
                       for j in range(i + 1, min(n, i + 1 + THREAD_EVIDENCE)))
        text = view.texts[i]
        if evidence or signals.rubric(text) or _ZERO.fullmatch(text):
            opened = evidence
        elif paragraph_words[i] / total >= (THREAD_DEPTH_BETWEEN if view.between_paragraphs(i) else THREAD_DEPTH):
            opened = True
        else:
            opened = under_text and DIGIT.search(text) is None and any(islice(marked, i + 1, None))
    return out


def _under_text(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index stands below a sentence, past up to THREAD_CHROME_ABOVE lines a lexicon knows
    ('Share this:'): a comments marker under the article's text, not in a toolbar among its byline, date and
    buttons ('Save' / 'Comment' above the lead)."""
    for above in range(index - 1, max(-1, index - 2 - THREAD_CHROME_ABOVE), -1):
        if found[above] is None:
            return view.closes[above]
    return False
