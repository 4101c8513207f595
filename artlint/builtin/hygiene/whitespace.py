"""whitespace: runs of spaces, trailing spaces, blank-line runs and blank lines at the edges of a field."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.builtin.hygiene.scan import Code, among_marks, texts
from artlint.findings import Finding
from artlint.fixes import Applicability, Edit, Fix
from artlint.rule import Rule

_SPACE = " \t\xa0"
_RUN = re.compile(r"[ \xa0]{2,}")
_TRAILING = re.compile(r"[ \t\xa0]+(?=\r?\n|\r?\Z)")
_BLANK_RUN = re.compile(r"^(?:[ \t\xa0]*\r?\n)+", re.MULTILINE)
_NBSP_RUNS = (" \xa0", "\xa0 ", "\xa0\xa0")
_RARE_TRAILING = ("\t\n", "\xa0\n", " \r", "\t\r", "\xa0\r")
"""Substring tests find the few fields worth a regex scan (most have none): the pairs with a tab, no-break space
or carriage return are looked for only where a one-character scan found one."""


class Whitespace(Rule):
    """Stray white space: runs of spaces, trailing spaces, blank-line runs, blank lines at the edges.

    Why
    Doubled spaces, spaces at line ends and piles of blank lines are left where a scraper dropped markup
    (an image, an ad slot, a `&nbsp;`). They change nothing for a reader but split tokens, defeat exact-match
    deduplication and inflate diffs. Space inside a line counts from its first character, so indentation is
    kept; a run that mixes a no-break space with spaces becomes one space, a run of no-break spaces one
    no-break space (a single no-break space is typography and is left alone). A field that stands on its own
    (a JSON value) loses every leading blank line; one that is part of a file (text, Markdown) keeps up to
    `max_blank_lines`, which separate it from the title or front matter above. In Markdown, two trailing
    spaces before a line of the same paragraph are a hard line break and stay, and code blocks and code spans
    are left as they are, and so are spaces among the marks that open a line (`#`, `>`, `-`, a number).

    Example
    before: The harbour  reopened on Monday.   / (three blank lines) / The ferry followed. / (blank line)
    after:  The harbour reopened on Monday. / (one blank line) / The ferry followed.

    Fix safety
    Safe: only white space is removed or replaced by a single space, and no two words are joined.

    Options
    max_blank_lines: how many blank lines may stand together between paragraphs (default 1).
    """

    code = "ART304"
    name = "whitespace"
    fixable = "safe"
    as_written = True
    defaults = {"max_blank_lines": 1}
    options_schema = {"max_blank_lines": {"type": "integer", "minimum": 0}}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        most = options["max_blank_lines"]
        blank_needle = "\n" * (most + 2)
        for name, value in texts(article):
            rare = "\t" in value or "\xa0" in value or "\r" in value
            runs = "  " in value or ("\xa0" in value and any(n in value for n in _NBSP_RUNS))
            trailing = value[-1] in _SPACE or " \n" in value or (rare and any(n in value for n in _RARE_TRAILING))
            blanks = value[0] in "\r\n" or value.endswith(("\n\n", "\n\r\n")) or blank_needle in value or (
                "\r" in value and "\n" + "\r\n" * (most + 1) in value)
            if not (runs or trailing or blanks) or not value.strip(_SPACE + "\r\n"):
                continue
            markdown = name == BODY and article.markup == "markdown"
            code = Code(value, markdown)
            found = [*self.spaces(name, value, code, markdown, runs, trailing)]
            if blanks or trailing:
                found.extend(self.blank_lines(article, name, value, code, most))
            yield from sorted(found, key=lambda f: f.span.start)

    def spaces(self, name: str, value: str, code: Code, markdown: bool, runs: bool, trailing: bool) -> Iterator[Finding]:
        for match in _RUN.finditer(value) if runs else ():
            start, end = match.span()
            if _inside(value, start, end) and not code.covers(start, end) and not (markdown and among_marks(value, start)):
                run = match.group()
                yield self.edit(Span(name, start, end), " " if " " in run else "\xa0", f"{len(run)} spaces in a row")
        for match in _TRAILING.finditer(value) if trailing else ():
            start, end = match.span()
            if not _inside(value, start, start) or code.covers(start, end) or (markdown and _hard_break(value, match)):
                continue
            yield self.edit(Span(name, start, end), "", "white space at the end of the line")

    def blank_lines(self, article: Article, name: str, value: str, code: Code, most: int) -> Iterator[Finding]:
        last = value.find("\n", len(value.rstrip(_SPACE + "\r\n")))
        if last >= 0 and last + 1 < len(value):
            yield self.edit(Span(name, last + 1, len(value)), "", "blank lines at the end of the text")
        placement = article.placements.get(name)
        holes = placement.holes if placement else ()
        text = article.fields[name]
        for match in _BLANK_RUN.finditer(value):
            start, end = match.span()
            if last >= 0 and start > last or code.covers(start, end):
                continue
            count = match.group().count("\n")
            allowed = most if start or placement else 0
            newline = "\r\n" if "\r\n" in match.group() else "\n"
            kept = newline * min(count, allowed)
            if match.group() == kept:
                continue
            first = text.position(start)[0]
            if any(first < hole <= first + count - 1 for hole in holes):
                continue  # a line of the file (the title) stands between these lines
            what = f"{count} blank lines in a row" if count > allowed else "a blank line holds white space"
            yield self.edit(Span(name, start, end), kept, what if start else f"{what} at the start of the text")

    def edit(self, span: Span, replacement: str, message: str) -> Finding:
        fix = Fix(Applicability.SAFE, (Edit(span, replacement),), "normalise white space")
        return self.finding(span, message, fix)


def _inside(value: str, start: int, end: int) -> bool:
    """True when [start, end) follows a visible character on its line and (unless empty) precedes one."""
    before = value[start - 1 : start]
    if not before or before in _SPACE or before in "\r\n":
        return False
    return start == end or value[end : end + 1] not in ("", " ", "\t", "\xa0", "\r", "\n")


def _hard_break(value: str, match: re.Match[str]) -> bool:
    """Markdown's hard line break: two or more spaces before a line that continues the paragraph."""
    if len(match.group()) < 2 or match.group().strip(" "):
        return False
    following = value.find("\n", match.end())
    if following < 0:
        return False
    after = value.find("\n", following + 1)
    return bool(value[following + 1 : after if after >= 0 else len(value)].strip())
