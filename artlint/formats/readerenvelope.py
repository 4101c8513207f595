"""Jina Reader's text envelope around a page's Markdown: 'Title:', 'URL Source:' and perhaps 'Published
Time:' (and 'Warning:') lines, then 'Markdown Content:'; below the content, perhaps its 'Images:' and
'Links/Buttons:' summaries. The envelope holds the fields; the content between is the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from artlint.article import DATE, TITLE, URL
from artlint.formats.base import InputError

LABELS = {TITLE: "Title", URL: "URL Source", DATE: "Published Time"}
"""The fields the envelope holds, and their labels."""

_HEAD = re.compile(r"Title:[^\r\n]*\r?\n(?:[^\n]*\n)*?Markdown Content:[ \t]*(?:\r?\n|\Z)")
"""From the 'Title:' line to the first 'Markdown Content:' line, whatever stands between (Jina writes only
labelled lines and blank ones there): a fix that deletes a line between must not turn a text into an envelope."""
_LABEL_LINE = re.compile(r"^([A-Z][A-Za-z /]{0,30}):[ \t]?([^\n]*?)\r?$", re.MULTILINE)
"""A labelled line; its value is group 2, all of the line up to its line break (a lone CR in it included)."""
_SUMMARY = re.compile(r"^(?:Images|Links/Buttons):[ \t]*\r?$", re.MULTILINE)
_SUMMARY_LINE = re.compile(
    r"(?:Images|Links/Buttons):|- !?\[.*\]\(.*\)|This page does not seem to contain any (?:images|buttons/links)\.|"
)


@dataclass(frozen=True)
class ReaderEnvelope:
    head: str
    """From 'Title:' through the 'Markdown Content:' line, with its line break."""
    tail: str
    """The summaries below the content (from the blank line before 'Images:' or 'Links/Buttons:'), or ''."""
    values: dict[str, str]
    """Field -> its text, for the labels in the head."""
    places: dict[str, tuple[int, int]]
    """Field -> 1-based line and column of its value."""

    def body(self, content: str) -> str:
        return content[len(self.head) : len(content) - len(self.tail)]


def split_envelope(content: str, tail: str | None = None) -> ReaderEnvelope | None:
    """The envelope of a Jina Reader text, or None when the content does not start with one. `tail`: the
    summaries as they were before a fix changed the content above them (where they begin must not move)."""
    head = _HEAD.match(content)
    if head is None:
        return None
    by_label = {label: field for field, label in LABELS.items()}
    values: dict[str, str] = {}
    places: dict[str, tuple[int, int]] = {}
    for match in _LABEL_LINE.finditer(content, 0, head.end()):
        field = by_label.get(match.group(1))
        if field is not None and field not in values:
            values[field] = match.group(2)
            places[field] = (content.count("\n", 0, match.start()) + 1, match.start(2) - match.start() + 1)
    if tail is None or not content.endswith(tail) or len(content) - len(tail) < head.end():
        tail = _summaries(content, head.end())
    return ReaderEnvelope(head.group(), tail, values, places)


def _summaries(content: str, start: int) -> str:
    """The trailing 'Images:' / 'Links/Buttons:' sections: from the first such label after which every
    line is a label, a '- [text](link)' item, Jina's 'This page does not seem to contain any ...' or blank, and
    one at least is no label (Jina writes something under each; a bare 'Images:' at the end is the page's).
    A page whose own content ends in such a list under such a label loses that list to the summaries: it is
    kept byte for byte, but not linted."""
    for label in _SUMMARY.finditer(content, start):
        rest = content[label.start() :]
        lines = [line.strip() for line in rest.splitlines()]
        if all(map(_SUMMARY_LINE.fullmatch, lines)) and any(line and not _SUMMARY.fullmatch(line) for line in lines):
            at = label.start()
            blank = content.rfind("\n", 0, max(at - 1, 0)) + 1  # the line above the label
            if start <= blank < at and not content[blank:at].strip():
                at = blank  # the one blank line Jina writes before a summary; any other stays with the content
            return content[at:]
    return ""


def set_envelope_field(head: str, field: str, value: str) -> str:
    """The head with a field's line set to the value, or that line added above 'Markdown Content:'."""
    label = LABELS.get(field)
    if label is None:
        raise InputError(f"a Jina Reader header has no {field} line to write")
    if "\n" in value or "\r" in value:
        raise InputError(f"a fix would put a line break into the '{label}:' line")
    newline = "\r\n" if "\r\n" in head else "\n"
    for line in _LABEL_LINE.finditer(head):
        if line.group(1) == label:
            return head[: line.start(2)] + value + head[line.end(2) :]
    content_line = head.rindex("Markdown Content:")
    return head[:content_line] + f"{label}: {value}{newline}{newline}" + head[content_line:]
