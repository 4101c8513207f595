"""Hard-wrapped text: paragraphs that a converter or a mail client broke into lines of at most so many characters."""

from __future__ import annotations

from collections.abc import Sequence

MAX_WIDTH = 160
"""The widest wrap looked for: a body with a longer line of two words or more is not hard-wrapped."""
MIN_JOINS = 3
"""A body is hard-wrapped only when at least this many of its lines run on into the next,"""
JOIN_SHARE = 0.3
"""and they are at least this share of its lines of four words or more,"""
OPEN_SHARE = 0.6
"""and at least this share of the lines as wide as the wrap stop without closing like a sentence (most of a
wrapped paragraph's lines end mid-sentence; a page of one-line paragraphs that happen to be about as long ends
each with a full stop)."""


def paragraph_starts(texts: Sequence[str], numbers: Sequence[int], closes: Sequence[bool]) -> list[int]:
    """For each non-blank line (`texts` stripped, `numbers` their line numbers, `closes` whether each ends like a
    sentence), the index of the first line of the paragraph it belongs to: its own index, unless the body is
    hard-wrapped and the line continues the one above.

    A wrapping tool breaks a line where the next word would not fit, so a line runs on into the next when the two
    stand with no blank line between and the line, a space and the next line's first word are wider than the
    body's widest line of two words or more (the wrap width), and the line stops mid-sentence. A paragraph's last
    line leaves room for the next word or closes like a sentence: a heading, a list item and the paragraph below
    stay lines of their own. (A wrapped paragraph whose line happens to end with a sentence reads as two
    paragraphs, each of whole sentences.)"""
    starts = list(range(len(texts)))
    widths = [len(text) for text in texts if " " in text]
    width = max(widths, default=0)
    if not width or width > MAX_WIDTH:
        return starts
    full = [
        below == above + 1 and " " in text and len(text) + 1 + len(following.split(maxsplit=1)[0]) > width
        for text, following, above, below in zip(texts, texts[1:], numbers, numbers[1:])
    ]
    runs_on = [filled and not ends for filled, ends in zip(full, closes)]
    joins = sum(runs_on)
    if joins < MIN_JOINS or joins < JOIN_SHARE * sum(len(text.split()) >= 4 for text in texts) \
            or joins < OPEN_SHARE * sum(full):
        return starts
    for index, joined in enumerate(runs_on):
        if joined:
            starts[index + 1] = starts[index]
    return starts

