"""A line as a reader sees it: Markdown links, images and emphasis without their markup.

Scrapers that save Markdown (and JSON records holding it) write a menu item as '*   [Home](https://...)'
and a share bar as '[Share on X](https://...) [Email](mailto:...)'. Read raw, the URL's parts count as
words and no phrase matches; read as shown, they are the same chrome as in plain text."""

from __future__ import annotations

import re

_DESTINATION = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
"""A link's destination and optional title: '(https://a.b/c_(d) "Title")'."""
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]" + _DESTINATION)
_LINK = re.compile(r"\[([^\[\]\n]*)\]" + _DESTINATION)
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])((?:(?!\1).)+?)(?<=[^\s*_])\1")
"""Text between a pair of ** or __ (a rule of them, '______', or a censored 'Fe*******' is none). Every
pattern here stops at the next opening mark, so a long line without closers costs linear time."""
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"
)


def visible_text(text: str) -> str:
    """The stripped line with each link replaced by its text, images dropped and emphasis marks removed;
    list and heading marks stay."""
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_emphasised, text)
    return text.strip()


def may_show_otherwise(text: str) -> bool:
    """Whether any line of `text` holds a mark that `shown` reads (most bodies hold none)."""
    return "](" in text or "*" in text or "_" in text


def shown(text: str) -> str:
    """The stripped line as a reader sees it; a line that only shows an image stays as it is, so that every
    non-blank line keeps some text (and no rule sees less of it than before)."""
    if may_show_otherwise(text):
        return visible_text(text) or text.strip()
    return text.strip()


def _emphasised(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)
