"""Small text helpers shared by rules: normalising a line for comparison, counting words."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_SPACES = re.compile(r"\s+")
_EDGE = " \t\r\n\u00a0\"'.,:;!?|•·*►▶›»«<>()[]{}-–—_=~/\\#…"
WORD = re.compile(r"\w+(?:['’]\w+)*")


def normalize(text: str) -> str:
    """Casefolded, quotes unified, white space collapsed, edge punctuation stripped."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    if "  " in text or "\t" in text or "\n" in text:
        text = _SPACES.sub(" ", text)
    return text.strip(_EDGE)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))
