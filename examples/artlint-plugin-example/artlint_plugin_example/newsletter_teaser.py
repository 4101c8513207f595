"""newsletter-teaser: a promo for one of the site's newsletters left in the body, with its pitch line."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from artlint import Applicability, Article, Finding, Fix, Line, Rule, Span

_LEADING_CALL = re.compile(r"[^\w]*(?:sign\s+up|subscribe|get|join)\b", re.IGNORECASE)
"""A teaser that opens with a call to action: no editor keeps such a line in an article."""
_CALL = re.compile(r"\b(?:sign\s+up|subscribe)\b", re.IGNORECASE)
_PITCH = re.compile(
    r"\b(?:inbox|newsletters?|sign\s+up|subscribe|unsubscribe|free|every\s+(?:morning|weekday|week|day))\b|→|»",
    re.IGNORECASE,
)


class NewsletterTeaser(Rule):
    """A promo for one of the site's newsletters left in the body, with the line that pitches it.

    Why
    Sites break their articles up with newsletter promos: "Sign up for The Morning Brief" and a
    line that sells it. Scrapers keep both lines, and summaries, embeddings and word counts then
    take them for the article's own words.

    Example
    before: The last ferry leaves at nine. / Sign up for The Morning Brief / The five stories you need,
            in your inbox by 7am. / The council meets on Tuesday.
    after:  The last ferry leaves at nine. / The council meets on Tuesday.

    Fix safety
    Safe when the teaser line opens with a call to action ("Sign up for", "Subscribe to", "Get",
    "Join") and names one of `newsletters`: the teaser, and up to `pitch_lines` short lines after
    it that talk of an inbox, a newsletter or signing up, are deleted, with one blank line around
    them so that no gap is left. Unsafe when the name and a call to action only stand somewhere in
    the line ("The Morning Brief: sign up free"), which a story about the newsletter itself could hold.

    Options
    newsletters: the names of the site's newsletters (default: The Morning Brief, Gazette Weekend).
    pitch_lines: how many pitch lines after the teaser go with it (default 1; 0 deletes the teaser only).
    max_words: the longest teaser or pitch line, in words (default 20).
    """

    code = "EXM101"
    name = "newsletter-teaser"
    fixable = "safe or unsafe"
    defaults = {"newsletters": ["The Morning Brief", "Gazette Weekend"], "pitch_lines": 1, "max_words": 20}
    options_schema = {
        "newsletters": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "pitch_lines": {"type": "integer", "minimum": 0, "maximum": 3},
        "max_words": {"type": "integer", "minimum": 3},
    }

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body
        lines = body.lines
        filled = [line for line in lines if not line.is_blank]
        done = 0
        for index, line in enumerate(filled):
            text = line.text.strip()
            if line.number <= done or len(text.split()) > options["max_words"]:
                continue
            newsletter = next((n for n in options["newsletters"] if n.casefold() in text.casefold()), None)
            if newsletter is None:
                continue
            if _LEADING_CALL.match(text):
                applicability = Applicability.SAFE
            elif _CALL.search(text):
                applicability = Applicability.UNSAFE
            else:
                continue  # the newsletter named in a sentence of the story
            pitch = pitch_lines(filled[index + 1 : index + 1 + options["pitch_lines"]], options["max_words"])
            last = pitch[-1] if pitch else line
            first_cut, last_cut = around(lines, line.number, last.number)
            fix = Fix.delete(body.lines_span("body", first_cut, last_cut), applicability, "delete the newsletter promo")
            what = f"teaser for {newsletter!r}"
            if pitch:
                what += f" and {len(pitch)} pitch line{'s' * (len(pitch) > 1)}"
            yield self.finding(Span("body", line.start, last.end), f"newsletter {what} left in the body", fix)
            done = last.number


def around(lines: Sequence[Line], first: int, last: int) -> tuple[int, int]:
    """The promo's lines with one blank line next to them when blank lines stand on both sides (or it
    ends the body), so that paragraphs stay one blank line apart after the cut."""
    before = first == 1 or lines[first - 2].is_blank
    if before and last < len(lines) and lines[last].is_blank:
        return first, last + 1
    if last == len(lines) and first > 1 and lines[first - 2].is_blank:
        return first - 1, last
    return first, last


def pitch_lines(candidates: Sequence[Line], max_words: int) -> list[Line]:
    """The lines right after a teaser that sell the newsletter, up to the first one that does not."""
    pitch = []
    for line in candidates:
        text = line.text.strip()
        if len(text.split()) > max_words or not _PITCH.search(text):
            break
        pitch.append(line)
    return pitch
