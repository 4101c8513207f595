"""duplicate-headline: the title repeated as a body line."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from operator import itemgetter
from typing import Any, NamedTuple

from artlint.article import BODY, URL, Article, Span, url_host
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix, underline_end
from artlint.layout import layout
from artlint.rule import Rule
from artlint.textutil import normalize, site_suffix, spaced_words

_ATX_MARK = re.compile(r"^ {0,3}#{1,6}[ \t]+")


class DuplicateHeadline(Rule):
    """The headline is repeated as a line of the body.

    Why
    The headline belongs in the title field; repeated in the body it doubles in every summary,
    embedding and word count. Scrapers repeat it when they save the page's <h1> with the text.

    Example
    before: Harbour reopens after storm / The harbour reopened on Monday ... / Harbour reopens after storm
    after:  Harbour reopens after storm / The harbour reopened on Monday ...

    Fix safety
    Safe when the line equals the title once case, white space, quotes, trailing punctuation and a
    Markdown heading mark ('# ') are normalised, or equals the title without a " - Site name" suffix
    whose name stands in the URL's host ("... - WSJ" on wsj.com); unsafe for near-duplicates (at least
    `similarity` alike, in the first `near_lines` lines), which may be a deck that rephrases it, and, in
    those lines, for a line that equals the title without a short suffix the site's name is not known
    to be ("Floods force thousands from their homes | Example News" without a URL). In
    Markdown the line's '=====' or '-----' underline goes with it.

    Options
    near_lines: how many leading non-blank body lines are compared for near-duplicates (default 8).
    similarity: the ratio (0-1) above which a line is a near-duplicate (default 0.9).
    """

    code = "ART401"
    name = "duplicate-headline"
    fixable = "safe or unsafe"
    defaults = {"near_lines": 8, "similarity": 0.9}
    options_schema = {
        "near_lines": {"type": "integer", "minimum": 0},
        "similarity": {"type": "number", "minimum": 0.5, "maximum": 1},
    }

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        forms = title_copies(article)
        title, bare, head, suffix = forms
        if not title:
            return
        variants = forms.variants
        body = article.body
        lines = layout(article).lines
        for index in copy_candidates(article, variants):
            line, seen = lines[index], index + 1
            text = headline_text(line.text)
            if text == title:
                how, applicability = "repeats the headline", Applicability.SAFE
            elif text == bare:
                how, applicability = "repeats the headline without its site name", Applicability.SAFE
            elif text == head and seen <= options["near_lines"]:
                how, applicability = f"repeats the headline without {suffix!r}", Applicability.UNSAFE
            elif seen <= options["near_lines"] and any(near(text, v, options["similarity"]) for v in variants):
                how, applicability = "nearly repeats the headline", Applicability.UNSAFE
            else:
                continue
            span = body.lines_span(BODY, line.number, line.number)
            if article.markup == "markdown":  # its underline too, so that no rule reports that line on its own
                span = Span(BODY, span.start, underline_end(body.value, span.end) or span.end)
            fix = Fix.delete(span, applicability, "delete the repeated headline")
            yield self.finding(Span(BODY, line.start, line.end), f"body line {how}", fix)


class TitleForms(NamedTuple):
    """The forms of the title a body line may copy: normalised whole; without a site name that the URL's host holds
    (without_site_name); failing that, before a short suffix (title_head), with the suffix."""

    title: str
    bare: str | None
    head: str | None
    suffix: str

    @property
    def variants(self) -> set[str]:
        return {self.title} | ({self.bare} if self.bare else set()) | ({self.head} if self.head else set())


def title_copies(article: Article) -> TitleForms:
    bare = without_site_name(article.title, article.value(URL))
    head, suffix = (None, "") if bare else title_head(article.title)
    return TitleForms(normalize(article.title), bare, head, suffix)


def copy_candidates(article: Article, variants: set[str]) -> list[int]:
    """Layout indices of the body lines long enough, and short enough, to copy one of the title's `variants` (a
    cheap filter before headline_text normalises a line)."""
    shortest, longest = min(map(len, variants)) // 2 - 10, 2 * len(article.title) + 20
    lengths = map(len, map(itemgetter(3), layout(article).lines))
    return [i for i, n in enumerate(lengths) if shortest <= n <= longest]


def headline_text(line: str) -> str:
    """The line as it is compared with the title: normalised, without a Markdown heading mark ('# ')."""
    return normalize(_ATX_MARK.sub("", line, count=1))


def without_site_name(title: str, url: str) -> str | None:
    """The normalised title without a trailing ' - Site name' of at most four words, when what is cut
    is the site's name (its letters stand in the URL's host); None otherwise."""
    split = _short_suffix(title, 3)
    if split is None:
        return None
    head, suffix = split
    site = "".join(c for c in suffix.casefold() if c.isalnum())
    host = "".join(c for c in url_host(url) if c.isalnum())
    return normalize(head) if site and site in host else None


def title_head(title: str) -> tuple[str | None, str]:
    """The normalised title before its last ' | ', ' - ', ..., and what follows, when that head reads as a
    headline of its own (five words or more; in Chinese and Japanese, five characters) and what follows is short
    (at most four words: a site's name, maybe); (None, '') otherwise."""
    split = _short_suffix(title, 5)
    return (normalize(split[0]), split[1]) if split else (None, "")


def _short_suffix(title: str, head_words: int) -> tuple[str, str] | None:
    """(head, suffix) at the title's last separator, when the suffix has at most four words and the head at
    least `head_words`."""
    split = site_suffix(title)
    if split is None or len(split[1].split()) > 4 or spaced_words(split[0]) < head_words:
        return None
    return split


def near(text: str, title: str, threshold: float) -> bool:
    if len(text) < 20 or not 0.75 <= len(text) / len(title) <= 1.33:
        return False
    matcher = difflib.SequenceMatcher(None, text, title, autojunk=False)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
