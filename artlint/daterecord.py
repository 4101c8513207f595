"""The line that holds the only record of when an undated article appeared: no rule deletes it from plain
text, and only an unsafe fix from a record (whose date field missing-date fills from it)."""

from __future__ import annotations

import re

from artlint.article import DATE, Article
from artlint.dates import DateFinder, DateMatch
from artlint.layout import layout
from artlint.lexicons import Lexicons
from artlint.textutil import words

_DATELINE_WORDS = 6
_DATELINE_LEAD = 3


def is_dateline(match: DateMatch, text: str, beside: frozenset[str] = frozenset()) -> bool:
    """The date is the line ('Published March 14, 2025 10:32') or opens it ('KORVIN, March 14, 2025 - ...'),
    also with words of `beside`, times and commas between the date and the dash ('Москва, 12 ноября 2024
    года, 14:30 –')."""
    before, after = len(words(text[: match.start])), text[match.end :].lstrip()
    if before + len(words(after)) <= _DATELINE_WORDS:
        return True
    while (word := _LEADING_WORD.match(after)) and (word[1].casefold() in beside or _TIME.fullmatch(word[1])):
        after = after[word.end() :]
    return before <= _DATELINE_LEAD and after[:1] in ("-", "\u2013", "\u2014", ":", "|", "(", "/")


UPDATED = re.compile(
    r"updat|modif|revis|aktuali[sz]|ge\u00e4ndert|actualiz|mise? \u00e0 jour|aggiornat|aggiornament|atualiza[dcç]|bijgewerkt|gewijzigd"
    r"|\u043e\u0431\u043d\u043e\u0432\u043b|g\u00fcncel",
    re.IGNORECASE,
)
"""Words that give the day a page changed, not the day it appeared. Few words in each language, and part of
what a dateline means, so they live here, not in a lexicon."""


def published_dates(found: list[tuple[DateMatch, str, int]]) -> list[tuple[DateMatch, str, int]]:
    """The dates of (date, line, index) triples that no update word (UPDATED) introduces: 'Publié le 12/11/2024,
    mis à jour le 13/11/2024' gives the first, 'Updated May 4, 2024' none (the day a page changed is not the day
    it appeared: on the dev corpus, an undated record's update date was its gold publication date 53 times in
    97)."""
    published = []
    line, end = -1, 0
    for match, text, index in found:
        if not UPDATED.search(text, end if index == line else 0, match.start):
            published.append((match, text, index))
        line, end = index, match.end
    return published


_TIME = re.compile(r"\d{1,2}[:.h]\d\d|\d{1,2}h")
"""A time of day: '14:30', '9.45', '18h05', '9h' (the last two one word to words())."""
_LEADING_WORD = re.compile(rf",?\s*({_TIME.pattern}|[^\W\d_]+)\.?,?\s*")


OPENING_LINES = 10
"""The opening whose dates missing-date reads (its default `opening_lines`; layout.Layout.opening)."""


CLOCK_WORDS = frozenset({"am", "pm", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt",
                         "bst", "utc", "cet", "cest", "ist", "aest", "msk"})
"""Beside a time of day in every language (12-hour marks, time-zone abbreviations), so in no one lexicon: a run
whose `languages:` leave out English keeps them. Words of one language ('Uhr', 'h') are lexicon data
(`clock_words`)."""


_DOTTED_CLOCK = re.compile(r"\b([ap])\.\s?m\b\.?", re.IGNORECASE)
"""'a.m.', 'p. m.': read as 'am', 'pm' (words() would split them into letters)."""


def beside_words(lexicons: Lexicons) -> frozenset[str]:
    """The words that may stand beside a date in a dateline: the lexicons' dateline and clock words and
    CLOCK_WORDS, each word of them ('a las', 'mis à jour' are read word by word, as a line's words are)."""
    return frozenset(word for phrase in lexicons.dateline_words | CLOCK_WORDS | lexicons.clock_words
                     for word in words(phrase.casefold()))


class DateRecord:
    """The policy every rule that deletes lines follows: no fix deletes the only record of when an undated
    article appeared. Built once per rule from the lexicons (their months, dateline words and clock words)."""

    def __init__(self, lexicons: Lexicons, dates: DateFinder | None = None) -> None:
        self.index = lexicons.index()
        """The run's shared index (every entry's hits): every rule tells the record the same way."""
        self.dates = dates or DateFinder(lexicons.months)
        self.beside = beside_words(lexicons)

    def line(self, article: Article) -> int:
        """Layout index of the line that holds the only record of when an undated article appeared, or -1 (the
        article has a date, or no such line): of the opening's lines that hold a date and beside it only the
        lexicons' dateline words (Published, Updated, on, at, ...), times and clock words (am, pm, time zones),
        the one with the fewest such words, then one that no lexicon knows, then the first ('March 14, 2025'
        before 'Published May 3, 2024', and that before 'Updated May 4, 2024'). A dated widget (' 14 March 2024
        LOCAL'), a teaser ('Related: Harbour closes – May 1, 2024') or a sentence that mentions a date is none. In
        a plain-text article, which has no date field, no rule deletes that line; in a record, deleting it is
        unsafe, as filling the date field from it is (missing-date does both in the same round of
        `fix --unsafe-fixes`), unless it gives only the day the page changed (keeps). A line that only mentions a
        date ('A post shared by Ana Ruiz (@anaruiz) on Mar 3, 2025 at 10:05am PST') is no dateline."""
        if article.value(DATE).strip():
            return -1
        return article.body.memo((self.index, "date record"), lambda _: self._find(article))

    def kept_line(self, article: Article) -> int:
        """Layout index of the date record that no rule deletes (keeps), or -1."""
        record = self.line(article)
        return record if record >= 0 and self.keeps(article, record) else -1

    def keeps(self, article: Article, record: int) -> bool:
        """No rule deletes the date record (layout index `record`, from line()): not in plain text, which has no
        date field, nor in a record when the line gives only the day the page changed ('Updated May 4, 2024'),
        which missing-date does not take for the day it appeared (published_dates)."""
        if not article.structured:
            return True
        text = layout(article).texts[record]
        return not published_dates([(match, text, record) for match in self.dates.finditer(text)])

    def held_from_safe_fixes(self, article: Article, index: int) -> bool:
        """A dated line (layout index) that no safe fix deletes: one of the opening of a record whose date field
        is empty, as missing-date's unsafe fix may have to fill the field from it."""
        return article.structured and not article.value(DATE).strip() and index < layout(article).opening(OPENING_LINES)

    def _find(self, article: Article) -> int:
        view = layout(article)
        hits = self.index.lines(article)
        ranked = []
        for i in range(min(view.opening(OPENING_LINES), len(view.texts))):
            text = view.texts[i]
            found = self.dates.first_date(text)
            if found is None:
                continue
            beside = [w.casefold() for w in words(_DOTTED_CLOCK.sub(r"\1m", f"{text[: found.start]} {text[found.end :]}"))]
            if all(w in self.beside or w.isdigit() or _TIME.fullmatch(w) for w in beside):
                ranked.append((len(beside), hits[i] is not None, i))
        return min(ranked)[2] if ranked else -1
