"""whitespace: runs of spaces, trailing spaces, blank-line runs and blank lines at the edges of a field."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.builtin.hygiene.scan import Code, texts
from artlint.findings import Finding
from artlint.fixes import Applicability, Edit, Fix
from artlint.rule import Rule

_SPACE = " \t\xa0"
_INSIDE = re.compile(r"(?<=[^ \t\xa0\r\n])[ \xa0]{2,}(?=[^ \t\xa0\r\n])")
_TRAILING = re.compile(r"(?<=[^ \t\xa0\r\n])[ \t\xa0]+(?=\r?\n|\r?\Z)")
_BLANK_RUN = re.compile(r"^(?:[ \t\xa0]*\r?\n)+", re.MULTILINE)
_SUSPECT = re.compile(r"[ \xa0]{2}|[ \t\xa0]\r?(?:\n|\Z)|\n[ \t\xa0]*\r?\n|\A[ \t\xa0]*\r?\n")


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
    are left as they are.

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
    defaults = {"max_blank_lines": 1}
    options_schema = {"max_blank_lines": {"type": "integer", "minimum": 0}}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        for name, value in texts(article):
            markdown = name == BODY and article.markup == "markdown"
            if not _SUSPECT.search(value) or not value.strip(_SPACE + "\r\n"):
                continue
            code = Code(value, markdown)
            found = [*self.spaces(name, value, code, markdown), *self.blank_lines(article, name, value, code, options)]
            yield from sorted(found, key=lambda f: f.span.start)

    def spaces(self, name: str, value: str, code: Code, markdown: bool) -> Iterator[Finding]:
        for match in _INSIDE.finditer(value):
            if not code.covers(*match.span()):
                run = match.group()
                yield self.edit(Span(name, *match.span()), " " if " " in run else "\xa0", f"{len(run)} spaces in a row")
        for match in _TRAILING.finditer(value):
            if code.covers(*match.span()) or (markdown and _hard_break(value, match)):
                continue
            yield self.edit(Span(name, *match.span()), "", "white space at the end of the line")

    def blank_lines(self, article: Article, name: str, value: str, code: Code, options: Mapping[str, Any]) -> Iterator[Finding]:
        most = options["max_blank_lines"]
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


def _hard_break(value: str, match: re.Match[str]) -> bool:
    """Markdown's hard line break: two or more spaces before a line that continues the paragraph."""
    if len(match.group()) < 2 or match.group().strip(" "):
        return False
    following = value.find("\n", match.end())
    if following < 0:
        return False
    after = value.find("\n", following + 1)
    return bool(value[following + 1 : after if after >= 0 else len(value)].strip())
