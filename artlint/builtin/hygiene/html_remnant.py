"""html-remnant: HTML tags, comments, undecoded entities and CMS shortcodes left in the text."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from html.entities import html5
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.builtin.hygiene.htmltags import BREAKS as _BREAKS
from artlint.builtin.hygiene.htmltags import ELEMENTS as _ELEMENTS
from artlint.builtin.hygiene.htmltags import PLAIN as _PLAIN
from artlint.builtin.hygiene.scan import Code, texts, whole_words
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.rule import Rule

_ATTRIBUTES = r"""(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*"""
_REMNANT = re.compile(
    rf"<(/?)([A-Za-z][A-Za-z0-9]*)({_ATTRIBUTES})\s*/?>|<!--.{{0,2000}}?-->"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.DOTALL,
)
_QUOTED = r"""(?:"[^"\]\n]*"|'[^'\]\n]*'|[“”″][^\]\n]*?[”″“])"""
_SHORTCODE = re.compile(rf"\[([a-z][a-z0-9_-]*)((?:\s+[a-z_][\w-]*\s*=\s*{_QUOTED})+)\s*/?\]")
"""A CMS shortcode that the page never rendered, with at least one quoted attribute: '[button link="/kit"]',
'[forminator_form id="2543"]', '[shareaholic app=”share_buttons” id=”20872682″]'."""
_MENTION = (" tag", " element", " entity", " attribute")
_SCRIPT = re.compile(r"[{}]|=>|\b[a-z]+[A-Z]\w*=")
"""Signs that markup stands in program code (JSX, templates): braces, arrows, camelCase attributes."""
_QUOTES = ("\"'`\u201c\u2018\u00ab", "\"'`\u201d\u2019\u00bb")


class HtmlRemnant(Rule):
    """HTML markup left in the text: tags, comments and undecoded character entities, and a CMS's shortcodes.

    Why
    A scraper that copies a page's source instead of its rendered text leaves `<p>`, `<br/>`, `<a href=...>` and
    `&amp;`, `&nbsp;`, `&#8217;` behind. Readers see the markup; search, deduplication and word counts see words
    that are not there. Only real HTML is flagged: element names HTML knows (not `<T>`, `<username>` or a
    component such as `<TodoList />`), entities HTML defines (not `&x;`), no `a < b`, no `<3`, no autolinks
    (`<https://...>`), nothing quoted or named as markup ("the `<p>` tag"), no markup in program code shown in the text
    (JSX with braces, arrows or camelCase attributes near it on its line; a comment in an XML listing, with a
    lone tag HTML does not know, such as `<Project>`, on the line before or after it). In Markdown, entities and `<br>`
    are Markdown's own syntax and are left alone, and nothing inside code spans or code blocks is flagged.
    A WordPress-style shortcode that the page never rendered is markup too: a lower-case name and at least one
    quoted attribute in square brackets ('[button link="/kit"]', '[shareaholic app=”share_buttons” id=”2087″]'),
    and its closing '[/button]' on the same line; '[1]', '[note]' and '[x = 3]' are no shortcode.

    Example
    before: Harbour &amp; ferry news<br>The harbour reopened on <b>Monday</b>.
    after:  Harbour & ferry news The harbour reopened on Monday.

    Fix safety
    Safe: decoding a valid entity (`&lt;` only where no tag follows, since it would then become markup), and
    removing a formatting tag without attributes (br, p, b, i, em, strong, span, u, div). A tag that breaks a line
    becomes a space between two words. Unsafe: any other tag or a tag with attributes (`<a href=...>` loses its
    link), comments, and every tag in Markdown, where inline HTML is valid syntax. Numeric entities of control
    characters are reported without a fix. A shortcode's removal is unsafe; one alone on its line goes with the line.
    """

    code = "ART301"
    name = "html-remnant"
    fixable = "safe or unsafe"
    as_written = True

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        for name, value in texts(article):
            markdown = name == BODY and article.markup == "markdown"
            shortcodes = "=" in value and "[" in value
            if "<" not in value and "&" not in value and not shortcodes:
                continue
            code = Code(value, markdown)
            if shortcodes:
                yield from self.shortcodes(name, value, code)
            for match in _REMNANT.finditer(value):
                start, end = match.span()
                if _mentioned(value, start, end) or code.covers(start, end) or _in_program(value, start, end):
                    continue
                if match.group().startswith("<!--") and _in_xml(value, start, end):
                    continue
                found = self.remnant(match, name, value, markdown)
                if found is not None:
                    message, fix = found
                    yield self.finding(Span(name, start, end), message, fix)

    def shortcodes(self, name: str, value: str, code: Code) -> Iterator[Finding]:
        """Shortcodes with attributes, and the closing '[/button]' of each on the same line. A shortcode alone on
        its line goes with the line."""
        for match in _SHORTCODE.finditer(value):
            line_end = value.find("\n", match.end())
            line_end = len(value) if line_end == -1 else line_end
            closing = f"[/{match.group(1)}]"
            ends = value.find(closing, match.end(), line_end)
            spans = [match.span()] + ([(ends, ends + len(closing))] if ends != -1 else [])
            for start, end in spans:
                if code.covers(start, end) or _mentioned(value, start, end):
                    continue
                line_start = value.rfind("\n", 0, start) + 1
                if not (value[line_start:start] + value[end:line_end]).strip():
                    fix = Fix.delete(Span(name, line_start, min(line_end + 1, len(value))), Applicability.UNSAFE,
                                     "delete the line")
                else:
                    fix = _remove(name, value, start, end, Applicability.UNSAFE, False)
                message = f"shortcode left in the text: {_shown(value[start:end])}"
                yield self.finding(Span(name, start, end), message, fix)

    def remnant(self, match: re.Match[str], name: str, value: str, markdown: bool) -> tuple[str, Fix | None] | None:
        text, start, end = match.group(), match.start(), match.end()
        if text.startswith("&"):
            return None if markdown else _entity(name, value, start, end)
        if text.startswith("<!--"):
            return "HTML comment left in the text", _remove(name, value, start, end, Applicability.UNSAFE, False)
        tag = match.group(2)
        if tag.lower() not in _ELEMENTS or not (tag.islower() or tag.isupper()) or (len(tag) == 1 and tag.isupper()):
            return None
        tag = tag.lower()
        if markdown and tag == "br":
            return None
        plain = tag in _PLAIN and not match.group(3).strip() and not markdown
        applicability = Applicability.SAFE if plain else Applicability.UNSAFE
        return f"HTML tag left in the text: {_shown(text)}", _remove(name, value, start, end, applicability, tag in _BREAKS)


def _entity(name: str, value: str, start: int, end: int) -> tuple[str, Fix | None] | None:
    text = value[start:end]
    if not text.startswith("&#") and text[1:] not in html5:
        return None
    decoded = html.unescape(text)
    message = f"undecoded HTML entity {text} (means {decoded!r})"
    if decoded == text or "\ufffd" in decoded or any(unicodedata.category(c) == "Cc" for c in decoded):
        return f"undecoded HTML entity {text} of a control character", None
    follows = value[end : end + 1]
    certain = decoded != "<" or not (follows.isalpha() or follows in "/!")
    return message, Fix(Applicability.SAFE if certain else Applicability.UNSAFE,
                        (whole_words(name, value, start, end, decoded),), f"decode {text}")


def _remove(name: str, value: str, start: int, end: int, applicability: Applicability, breaks: bool) -> Fix:
    before, after = value[start - 1 : start], value[end : end + 1]
    replacement = ""
    if before == after == " ":
        end += 1
    elif breaks and before.strip() and after.strip():
        replacement = " "
    return Fix(applicability, (whole_words(name, value, start, end, replacement),), "remove the markup")


def _mentioned(value: str, start: int, end: int) -> bool:
    """The markup is written about, not left over: quoted, or named as a tag, element, entity or attribute."""
    if value[start - 1 : start] in _QUOTES[0] and start and value[end : end + 1] in _QUOTES[1] and end < len(value):
        return True
    return value[end : end + 12].lower().startswith(_MENTION)


def _in_program(value: str, start: int, end: int) -> bool:
    """The markup stands in program code shown in the article: a sign of code within its line, near it."""
    return _SCRIPT.search(value, max(value.rfind("\n", 0, start) + 1, start - 80), min(end + 80, len(value))) is not None


_LONE_TAG = re.compile(r"\s*</?([A-Za-z][\w.:-]*)[^<>]*>\s*")


def _in_xml(value: str, start: int, end: int) -> bool:
    """The comment stands in an XML listing shown in the article: the line before it or after it is a lone tag
    that is not HTML ('<Project>', '<PropertyGroup>'), so the comment is the listing's, words and all."""
    lines = []
    line_start = value.rfind("\n", 0, start) + 1
    if line_start:
        lines.append(value[value.rfind("\n", 0, line_start - 1) + 1 : line_start - 1])
    line_end = value.find("\n", end)
    if line_end != -1:
        after_end = value.find("\n", line_end + 1)
        lines.append(value[line_end + 1 : after_end if after_end != -1 else len(value)])
    for line in lines:
        tag = _LONE_TAG.fullmatch(line)
        if tag and (tag.group(1).lower() not in _ELEMENTS or not (tag.group(1).islower() or tag.group(1).isupper())):
            return True
    return False


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
