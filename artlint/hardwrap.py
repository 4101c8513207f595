"""Hard-wrapped text: paragraphs that a converter or a mail client broke into lines of at most so many characters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from artlint.textutil import BLOCK_MARKUP

MIN_WIDTH = 45
"""The narrowest wrap looked for: a column of shorter lines is a menu or a list, not wrapped prose."""
MAX_WIDTH = 160
"""The widest wrap looked for."""
MIN_JOINS = 3
"""A body is hard-wrapped only when at least this many of its lines run on into the next."""
JOIN_SHARE = 0.15
"""The lines that run on make at least this share of the body's lines of four words or more."""
WIDER_SHARE = 0.1
"""At most this share of the lines (of two words or more) are wider than the wrap: a wrapping tool leaves only
what it cannot break (a table row, a long link) wider."""
OPEN_SHARE = 0.6
"""Of the lines as wide as the wrap, at least this share stop mid-sentence: a page of one-line paragraphs that
happen to be about as wide ends each with a full stop."""
LOWER_SHARE = 0.2
"""Of the lines that go on from a line above and open with a cased letter, at least this share open in lower
case: wrapped prose goes on mid-sentence, while a list of headlines, a schedule or a poem opens each line with a
capital."""
_BLOCK = re.compile(rf"{BLOCK_MARKUP.pattern}|•")
"""A line that opens a list item (also with a typographic bullet), a table row, a quotation, a heading or a code
fence (textutil.BLOCK_MARKUP): no wrapped line goes on into one, and no line of one runs on."""


def paragraph_starts(texts: Sequence[str], numbers: Sequence[int], closes: Sequence[bool]) -> list[int]:
    """For each non-blank line (`texts` stripped, `numbers` their line numbers, `closes` whether each ends like a
    sentence), the index of the first line of the hard-wrapped paragraph it belongs to: its own index, unless
    the line goes on from the one above.

    A wrapping tool breaks a line where the next word would not fit, so a line runs on into the next when the two
    stand with no blank line between, the line stops mid-sentence and is no wider than the wrap, and the line, a
    space and the next line's first word are wider than the wrap. A paragraph's last line leaves room for the
    next word or closes like a sentence (a wrapped paragraph whose line happens to end with a sentence reads as
    two paragraphs of whole sentences)."""
    starts = list(range(len(texts)))
    width = _wrap_width(texts, numbers, closes)
    if width is None:
        return starts
    full = [
        below == above + 1 and " " in text and len(text) <= width
        and len(text) + 1 + len(following.split(maxsplit=1)[0]) > width
        and not _BLOCK.match(text) and not _BLOCK.match(following)
        for text, following, above, below in zip(texts, texts[1:], numbers, numbers[1:])
    ]
    runs_on = [filled and not ends for filled, ends in zip(full, closes)]
    joins = sum(runs_on)
    if joins < MIN_JOINS or joins < JOIN_SHARE * sum(len(text.split()) >= 4 for text in texts) \
            or joins < OPEN_SHARE * sum(full) or not _goes_on_in_lower_case(texts, runs_on):
        return starts
    for index, joined in enumerate(runs_on):
        if joined:
            starts[index + 1] = starts[index]
    return starts


def _wrap_width(texts: Sequence[str], numbers: Sequence[int], closes: Sequence[bool]) -> int | None:
    """The width that explains the most line breaks: a line that stops mid-sentence right above a line that goes on
    in lower case (or in a script without case; a headline over the next opens with a capital) was broken at any
    width from its own length to that plus a space and the next line's first word, less one (lines
    narrower than MIN_WIDTH count for none), among the widths that leave at most WIDER_SHARE of the lines wider
    (a page with paragraphs wrapped at two widths reads as wrapped at the wider one); of widths that explain as
    many, the narrowest that no line among them is wider than; None for none."""
    spaced = sorted((len(text) for text in texts if " " in text), reverse=True)
    narrowest = max(MIN_WIDTH, spaced[int(WIDER_SHARE * len(spaced))] if spaced else MAX_WIDTH + 1)
    if narrowest > MAX_WIDTH:
        return None  # most text as extractors write it: a paragraph to a line
    counts = [0] * (MAX_WIDTH + 2)
    for text, following, above, below, ends in zip(texts, texts[1:], numbers, numbers[1:], closes):
        low = len(text)
        if not MIN_WIDTH <= low <= MAX_WIDTH or below != above + 1 or ends or " " not in text \
                or following[:1].isupper() or _BLOCK.match(text) or _BLOCK.match(following):
            continue
        high = low + len(following.split(maxsplit=1)[0])
        if high >= narrowest:  # a break only narrower widths explain counts for none of those looked at
            counts[low] += 1
            counts[min(high, MAX_WIDTH) + 1] -= 1
    running = list(accumulate(counts))
    best = max(range(narrowest, MAX_WIDTH + 1), key=running.__getitem__, default=0)
    if not best or not running[best]:
        return None
    widest = best
    while widest < MAX_WIDTH and running[widest + 1] == running[best]:
        widest += 1
    return max(best, max((length for length in spaced if length <= widest), default=best))


def _goes_on_in_lower_case(texts: Sequence[str], runs_on: Sequence[bool]) -> bool:
    """Whether LOWER_SHARE of the lines that go on from a line above and open with a cased letter open in lower
    case (true where none opens with one: a script without case)."""
    cased = [text[0].islower() for text, joined in zip(texts[1:], runs_on) if joined and text[0].isalpha()
             and text[0].lower() != text[0].upper()]
    return not cased or sum(cased) >= LOWER_SHARE * len(cased)
