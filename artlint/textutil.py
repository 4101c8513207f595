"""Small text helpers shared by rules: normalising a line for comparison, counting words."""

from __future__ import annotations

import functools
import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_SPACES = re.compile(r"\s+")
_EDGE = " \t\r\n\u00a0\"'.,:;!?|•·*►▶›»«<>)]}-–—_~/\\#…"
"""Stripped from the end of a line; an opening bracket or '=' left open ends a line of code ('comments(')."""
_COUNTER_END = frozenset("([{=)]} \t")
_EMPTY_COUNTER = re.compile(r"\s+(?:\(\s*\)|\[\s*\]|\{\s*\}|[(\[{=])\s*$")
"""An empty counter or a dangling bracket after a space ('Comments ()', 'Share ( )', 'Newsletter =') is chrome."""
_LEADING = " \t\r\n\u00a0\"'.,:;!?|›»«<()[]{}_=~/\\…"
"""Stripped from the start of a line: punctuation, but not list or heading markup (- * # > •), which
makes a line part of the article's structure rather than loose chrome."""
BULLETS = "-*+•·►▶▪–—"
"""The marks that open a list item ('- Email', '• Listen 4 min')."""
MARKUP_MARKS = "#>" + BULLETS + "0123456789"
"""The first characters of a line that markup opens (strip_markup): heading and quote marks, bullets, numbers."""
_MARKUP = re.compile(rf"(?:[#>]+|[{re.escape(BULLETS)}]|\d{{1,3}}[.)])\s+")
BLOCK_MARKUP = re.compile(r"\s*(?:[-*+>#|]|\d{1,9}[.)]|```|~~~)")
"""A line that opens Markdown block markup: a list item, a quotation, a heading, a table row or a code fence."""

_SYLLABIC = "\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Hiragana and Han characters: in a script written without spaces, each counts as a word."""
_KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
WORD = re.compile(
    rf"[{_SYLLABIC}]|[{_KATAKANA}]+|[^\W{_SYLLABIC}{_KATAKANA}]+(?:['’][^\W{_SYLLABIC}{_KATAKANA}]+)*"
)
"""A word: a run of word characters (with inner apostrophes: "don't"), but one Han or hiragana character each and a
run of katakana ('シェア') one, so that Chinese and Japanese text, which puts no spaces between words, has about as
many words as its meaning (a sentence is one run of word characters)."""
_SPACED_WORD = re.compile(r"\w+(?:['’]\w+)*")
"""WORD for a text with no Han, kana or katakana character, where both find the same words (_word_pattern)."""
_UNSPACED = re.compile(f"[{_SYLLABIC}{_KATAKANA}]")


def unspaced(text: str) -> bool:
    """The text holds a Han, kana or katakana character: a script that puts no spaces between words."""
    return _UNSPACED.search(text) is not None


def spaced_words(text: str) -> int:
    """How many words the text has split at white space, or for Chinese and Japanese, which put no spaces between
    words, as WORD counts them (a character a word)."""
    return len(WORD.findall(text)) if unspaced(text) else len(text.split())


def _word_pattern(text: str) -> re.Pattern[str]:
    """WORD, or for a text with no Han, kana or katakana character the plainer _SPACED_WORD, which finds the same
    words there 1.4 times as fast."""
    return WORD if unspaced(text) else _SPACED_WORD
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
SEPARATOR = re.compile(r"[|•·»›►]")
"""A mark that joins the items of a bar or a table flattened to one line."""
LINK = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
DIGIT = re.compile("[0-9]")


def normalize(text: str) -> str:
    """Casefolded, quotes unified, white space collapsed, edge punctuation stripped (list and heading
    markup at the start is kept: see strip_markup)."""
    if len(text) <= _MEMO_LENGTH:
        return _normalize_short(text)
    return _normalize(text)


def normalize_keeping_marks(text: str) -> str:
    """normalize, with Arabic vowel marks kept: for prefixes and openers, which are matched as regular expressions
    against the line as written."""
    return _normalize(text, marks=True)


def _normalize(text: str, marks: bool = False) -> str:
    if text[-1:] in _COUNTER_END:
        counter = _EMPTY_COUNTER.search(text, max(0, len(text) - 12))
        if counter:
            text = text[: counter.start()]
    if text.isascii():
        text = text.lower()
    else:
        text = _unquote(unicodedata.normalize("NFKC", text)).casefold()
        if not marks:
            text = without_vowel_marks(text)
    if "  " in text or "\t" in text or "\n" in text:
        text = _SPACES.sub(" ", text)
    return text.rstrip(_EDGE).lstrip(_LEADING)


def _unquote(text: str) -> str:
    """text.translate(_QUOTES), a character replaced at a time: str.translate looks every character of a
    non-ASCII text up in the table (several microseconds a line). No replacement is itself replaced."""
    for old, new in _QUOTE_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


_QUOTE_PAIRS = tuple((chr(code), str(new)) for code, new in _QUOTES.items())
_MEMO_LENGTH = 200
_normalize_short = functools.lru_cache(maxsize=4096)(_normalize)
"""Every line-matching rule normalises the same short lines, and page chrome recurs across articles:
short lines are normalised once. Long ones (prose) rarely recur, and would make the memo large."""


def without_vowel_marks(text: str) -> str:
    """The text without Arabic vowel marks and tatweel, which writers add or leave out ('أيضاً' is 'أيضا')."""
    return _ARABIC_MARKS.sub("", text) if _ARABIC_MARKS.search(text) else text


def strip_markup(text: str) -> str:
    """The line without a leading list bullet, number or heading mark: '- Email' -> 'Email'."""
    text = text.lstrip()
    match = _MARKUP.match(text)
    return text[match.end() :] if match else text


_ASCII_WORDS = bytes(
    ord(chr(c).lower()) if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)
) + bytes(128)
"""ASCII word characters lower-cased, every other byte a space: an ASCII line's words split in C."""


def lower_words(text: str) -> list[str]:
    """WORD.findall(text.lower()), without the regex for an ASCII line without apostrophes (most lines):
    there a word is a run of letters, digits and underscores."""
    if text.isascii() and "'" not in text:
        return text.encode().translate(_ASCII_WORDS).decode().split()
    return _word_pattern(text).findall(text.lower())


def opens_list(text: str) -> bool:
    """The line ends with a colon: what follows is a list the article gives itself ('The victims were:')."""
    return text.rstrip().endswith(":")


def words(text: str) -> list[str]:
    return _word_pattern(text).findall(text)


def word_count(text: str) -> int:
    return len(words(text))


_SITE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014:»·]\s+")


def site_suffix(title: str) -> tuple[str, str] | None:
    """(head, suffix) of a title split at its last ' | ', ' - ', ' – ', ' : ' or ' » ' ('Page not found | Courier'),
    or None when it has none: the suffix is often the site's name."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return None
    return title[: separators[-1].start()], title[separators[-1].end() :]


def capital_or_caseless(char: str) -> bool:
    """A capital, or a letter of a script without case (Arabic, Hebrew, CJK), which has no other way to open a name
    or a sentence; False for no letter."""
    return char.isalpha() and not char.islower()
