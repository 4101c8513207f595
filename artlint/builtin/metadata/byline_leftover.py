"""byline-leftover: a byline line left in the body where it does not belong."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import AUTHOR, BODY, DATE, Article, Span, Text
from artlint.builtin.metadata.bylines import BylineFinder, author_moved, can_take_author, opening_end, same_name
from artlint.dates import DateFinder
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.inlinemarkup import shown
from artlint.layout import layout
from artlint.lexiconindex import Strength
from artlint.lexicons import Lexicons
from artlint.rule import Rule
from artlint.textutil import word_count

_NAME_WORDS = 6
"""The most words of a name on the line after a bare 'By' ('Sarah E. Needleman', 'The Meetingnotes Team')."""


class BylineLeftover(Rule):
    """A byline line ("By Jane Doe", "Written by ...") left in the body where it does not belong.

    Why
    A byline after the opening lines belongs to a related article, a quote box or the page's author
    bio; a byline that repeats (or contradicts) the author field is metadata, not article text. Both
    end up in summaries and make the article's author unclear.

    Example
    before: {"author": "Jane Doe", "text": "By Jane Doe\\nThe harbour reopened ...\\nBy Tom Reed\\n..."}
    after:  {"author": "Jane Doe", "text": "The harbour reopened ...\\n..."}

    Fix safety
    Safe only for a line in the opening `header_lines` lines that is the byline prefix and exactly
    the author field's name ("By Jane Doe" with author "Jane Doe"): nothing is lost. Unsafe for a
    byline outside the opening lines, and for one whose name differs from the author field. A
    byline in the opening lines of a record (JSON, JSON Lines, front matter) with an empty author
    field is the only record of who wrote the article: its fix, unsafe, moves everyone it names into the
    author field ("author": "Jane Doe, Tom Reed" of "By Jane Doe, Tom Reed | Reuters | 5 min ago"; a
    weekday, a month or another dateline word alone between commas names no one: "By Jane Doe, Wednesday, 20
    November 2019") and
    deletes the line. It stays when the line also holds a date and the date field is empty (for
    missing-date), when the opening holds two bylines (which of them wrote the article?) and when
    the author field is a list of names or an object (an empty list gets the name). In plain text,
    which has no author field, it is not reported (set `report_header_bylines` to report it,
    unsafe).
    A byline is a short line (at most 12 words; where short segments of page metadata follow the name,
    each of at most ten words and none ended like a sentence, the 12 count up to the first separator or
    the first word with a digit: 'By Jane Doe | Updated March 4, 2025 at 9:15 AM | Fact-checked by Tom
    Reed', 'Posted by Jane Doe on November 19, 2019, 6:21 AM EST') that starts with a prefix of the `byline`
    lexicon and goes on with a capitalised name, not a month, and does not end like a sentence: "By the
    time ...", "By 2030, ..." and "By Monday, it was over." are prose. A page that sets the prefix
    apart ("By" on its own line, then "Jane Doe") gives a byline of two lines in the opening,
    reported and fixed as one when the second line has at most six words (further down, a lone
    "By:" heads a list of works and their authors).

    The opening ends after `header_lines` non-blank lines (or after the lines before the first
    paragraph, when a menu or share bar makes them more), or earlier, at the second paragraph of prose
    (twelve words or more, closed like a sentence): a byline may follow a standfirst, not the story.

    Options
    header_lines: how many non-blank body lines form the opening at most, unless more stand before the
    first paragraph (default 5).
    report_header_bylines: also report opening bylines when the author field is empty (default false).
    """

    code = "ART105"
    name = "byline-leftover"
    fixable = "safe or unsafe"
    defaults = {"header_lines": 5, "report_header_bylines": False}
    options_schema = {
        "header_lines": {"type": "integer", "minimum": 0},
        "report_header_bylines": {"type": "boolean"},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.bylines = BylineFinder(lexicons.entry("byline"), lexicons.months, lexicons.dateline_words)
        self.dates = DateFinder(lexicons.months)
        self.index = lexicons.index()

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if self.bylines.prefixes is None:
            return
        body = article.body
        whole = self.whole_bylines(article)
        numbers = sorted({*self.bylines.candidate_lines(body), *whole})
        if not numbers:
            return
        author = article.value(AUTHOR).strip()
        undated = not article.value(DATE).strip()
        last_opening = opening_end(body, options["header_lines"], max(layout(article).first, 0))
        named = [byline for n in numbers if (byline := self.byline_at(body, n, n < last_opening, n in whole)) is not None]
        movable = can_take_author(article) and sum(n <= last_opening for n, *_ in named) == 1
        for number, last, name, text in named:
            line, end = body.lines[number - 1], body.lines[last - 1]
            safe = False
            if number > last_opening:
                why = "a byline outside the article's opening lines"
            elif author and not same_name(name, author):
                why = f"a byline whose name differs from the author field {author!r}"
            elif author:
                why, safe = "a byline that repeats the author field", self.bylines.bare(text).casefold() == author.casefold()
            elif movable and not (undated and self.dates.first_date(text)):
                moved = author_moved(self.bylines.credited(text, name), body.lines_span(BODY, line.number, end.number))
                yield self.finding(Span(BODY, line.start, end.end), "a byline in the body, not in the author field", moved)
                continue
            elif options["report_header_bylines"]:
                why = "a byline in the body, not in an author field"
            else:
                continue
            fix = Fix.delete(body.lines_span(BODY, line.number, end.number),
                             Applicability.SAFE if safe else Applicability.UNSAFE,
                             "delete the byline line" if line is end else "delete the byline lines")
            yield self.finding(Span(BODY, line.start, end.end), why, fix)

    def whole_bylines(self, article: Article) -> set[int]:
        """Numbers of the lines that a byline pattern of the lexicons matches whole ('Von Lena Marsch'): the
        languages whose byline word also opens prose write their bylines as patterns, not prefixes. The shared
        lexicon index has matched them already."""
        hits = self.index.lines(article)
        lines = layout(article).lines
        return {lines[i].number for i in self.index.positions(article) if (hits[i] or {}).get("byline") is Strength.EXACT}

    def byline_at(self, body: Text, number: int, split: bool, whole: bool = False) -> tuple[int, int, str, str] | None:
        """(first line, last line, name, text) of the byline starting at line `number`: the line itself (`whole`:
        a line a byline pattern matches whole), or, where `split`, a bare prefix ('By') whose name stands alone on
        the next line ('Jane Doe')."""
        text = shown(body.lines[number - 1].text)
        name = self.bylines.whole_name(text) if whole else self.bylines.name(text)
        if name is not None:
            return number, number, name, text
        if not split or self.bylines.bare(text) or number >= len(body.lines):
            return None
        following = shown(body.lines[number].text)
        if not following or word_count(following) > _NAME_WORDS:
            return None
        joined = f"{text} {following}"
        name = self.bylines.name(joined)
        return (number, number + 1, name, joined) if name is not None else None

