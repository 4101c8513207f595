"""Telling a byline line ("By Jane Doe") from prose that starts with the same word ("By the time ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from artlint.article import AUTHOR, Article, Span, Text
from artlint.fixes import Applicability, Edit, Fix
from artlint.lexicons import PhraseList
from artlint.phrases import compile_prefixes
from artlint.textutil import normalize, word_count, words

_MAX_WORDS = 12
_LONGEST = 200
_PROSE_WORDS = 12
_SENTENCE_END = "!?:"
"""A byline ends with a name, never with a question or a colon that opens a list."""
_OPENERS = "([{\"“‘«"
"""'(Reporting by ...; Editing by ...)' is an agency's credit line, part of the story."""
NOT_THE_WRITER = re.compile(r"\W*(?:edited|proofreading|proofread|fact-checked|reviewed|illustrations?|photos?)\s+by\b",
                            re.IGNORECASE)
"""Byline prefixes that credit someone else's work on the article, not its writing: no author field gets the name."""
_SEGMENTS = re.compile(r"\s+[|\u2013\u2014·•⋅]\s+|\s+-\s+")
"""What separates the segments of a bar of page metadata: a bar, a dash or a dot between spaces."""
_NUMBER = re.compile(r"\s(?=\S*\d)")
"""Where the first word with a digit starts (a date, a time, a count of comments)."""
_SEGMENT_WORDS = 10
_NAME_CUT = re.compile(r"\s+[|\-\u2013\u2014/·•]\s+|[,;]|@|\(|\d")
_CREDIT_CUT = re.compile(r"\s+[|\-\u2013\u2014·•]\s+|@|\(|\d")
"""Where the people a byline credits end: at an agency, a handle or a time, not at the comma or slash
between co-authors ('Jane Doe, Tom Reed and Ana Ruiz | Reuters')."""
PARTICLES = frozenset({"and", "&", "de", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "la",
                       "al", "el", "bin", "ibn", "y", "e", "et", "und", "en", "ve", "и"})
"""Lower-case words that stand inside a name or between two names ('Ana de Souza', 'Jane Doe and Tom Reed')."""
_CONNECTORS = frozenset({"for", "in", "at", "on", "via", "from", "with", "of"})
"""Lower-case words that end the name and start the outlet or place ('Jane Doe for The Guardian', 'in Berlin', 'on 3 March')."""
_NAME_START = re.compile(r"[:\s]*(?P<first>[^\W\d_][\w'’.-]*)")


class BylineFinder:
    def __init__(self, entry: PhraseList, months: Mapping[str, int], dateline_words: Iterable[str]) -> None:
        self.prefixes = compile_prefixes(p for p in entry.prefixes if p)
        self.line_starts = (
            re.compile(r"\n" + self.prefixes.pattern.replace(r"[^\w]*", r"[^\w\n]*", 1), re.IGNORECASE)
            if self.prefixes else None
        )
        """The prefixes after any line break of a whole text: one scan in C, fast because it opens with a literal."""
        self.months = {m.casefold() for m in months}
        self.not_names = self.months | {w.casefold() for w in dateline_words}
        """Words that, alone between commas, name no co-author ('By Sherif Saed, Wednesday, 20 November 2019'; 'June
        Kim' of 'By Jane Doe, June Kim' is one)."""

    def candidate_lines(self, text: Text) -> list[int]:
        """Numbers of the lines that start with a byline prefix."""
        if self.line_starts is None:
            return []
        found = [text.position(m.start() + 1)[0] for m in self.line_starts.finditer(text.value)]
        return [1, *found] if self.prefixes and self.prefixes.match(text.value) else found

    def name(self, text: str) -> str | None:
        """The name a byline line gives ('Jane Doe' of 'By Jane Doe | Reuters'); None when the line is no byline."""
        if len(text) > _LONGEST or text.count(" ") > 3 * _MAX_WORDS:
            return None
        text = text.strip()
        if not text or self.prefixes is None or text[-1] in _SENTENCE_END or text[0] in _OPENERS:
            return None
        prefix = self.prefixes.match(text)
        if prefix is None:
            return None
        rest = text[prefix.end() :]
        start = _NAME_START.match(rest)
        if start is None:
            return None
        first = start["first"]
        if not first[0].isupper() and first[0].lower() != first[0].upper():
            return None  # 'By the time', 'by car'
        if first.rstrip(".").casefold() in self.months:
            return None  # 'By March, ...'
        count = len(words(_named_segment(text)))
        if count > _MAX_WORDS or (text.endswith(".") and (count > 6 or _last_word_lower(text))):
            return None
        if "," in rest and _lower_after_comma(rest):
            return None  # 'By Monday, the council ...'
        name = _NAME_CUT.split(rest[start.start("first") :], maxsplit=1)[0].strip(" .:")
        return _people(name)

    @staticmethod
    def whole_name(text: str) -> str | None:
        """The name of a line that a byline pattern matches whole ('Lena Marsch' of 'Von Lena Marsch / dpa',
        'Лена Марш' of 'Автор: Лена Марш'): what follows its label (the first word, or up to a colon)."""
        label, colon, after = text.partition(":")
        rest = after if colon and word_count(label) <= 4 else text.split(None, 1)[1] if " " in text else ""
        name = _NAME_CUT.split(rest.strip(), maxsplit=1)[0].strip(" .:")
        return name or None

    def credited(self, text: str, name: str) -> str:
        """Everyone the byline line names, with any role after a comma ('Jane Doe, Tom Reed and Ana Ruiz' of
        'By Jane Doe, Tom Reed and Ana Ruiz | Reuters'), given the first `name` it names."""
        rest = self.bare(text)
        people = _people(_CREDIT_CUT.split(rest[rest.find(name) :], maxsplit=1)[0].strip(" .:,/")) or name
        parts = people.split(",")
        kept = next((i for i, part in enumerate(parts) if i and part.strip().rstrip(".").casefold() in self.not_names),
                    len(parts))
        return ",".join(parts[:kept]).strip() or name

    def bare(self, text: str) -> str:
        """The line without its byline prefix: 'By Jane Doe, Reuters' -> 'Jane Doe, Reuters'."""
        text = text.strip()
        prefix = self.prefixes.match(text) if self.prefixes else None
        return text[prefix.end() :].strip(" :") if prefix else text


def can_take_author(article: Article) -> bool:
    """A fix can write the article's author field: a record's field that is text, null, absent or an empty list."""
    return article.structured and AUTHOR not in article.shaped


def author_moved(names: str, span: Span) -> Fix:
    """The unsafe fix that moves the names a byline gives into the empty author field and deletes its lines."""
    return Fix(Applicability.UNSAFE, (Edit(Span(AUTHOR, 0, 0), names), Edit(span)), f"move {names!r} to the author field")


def _named_segment(text: str) -> str:
    """The byline's own segment, where short segments of page metadata follow it ('By Jane Doe | Updated March
    4, 2025 at 9:15 AM | Fact-checked by Tom Reed', 'Posted by Jane Doe on November 19, 2019, 6:21 AM EST'): its
    word limit is the segment's, as such a bar runs longer. The segment ends at a separator or at the first word
    with a digit. A later segment of more than _SEGMENT_WORDS words, or one that ends like a sentence, is text:
    the whole line counts."""
    ends = [found.start() for found in (_SEGMENTS.search(text), _NUMBER.search(text)) if found]
    if not ends:
        return text
    end = min(ends)
    later = [s for s in _SEGMENTS.split(text[end:].strip()) if s.strip()]
    if all(len(words(s)) <= _SEGMENT_WORDS and s.rstrip()[-1:] not in ".!?" for s in later):
        return text[:end]
    return text


def _people(name: str) -> str | None:
    """The name up to a connector that starts the credit ('Jane Doe' of 'Jane Doe for The Guardian'); None when a
    lower-case word that is neither stands in it, as in a headline or a sentence ('Foot Across the Andes')."""
    tokens = name.split()
    for i, token in enumerate(tokens):
        word = token.lower()
        if token[:1].islower() and word not in PARTICLES:
            return " ".join(tokens[:i]) if i and word in _CONNECTORS else None
    return name or None


def same_name(name: str, author: str) -> bool:
    """The byline's name and the author field name the same people (one's words contain the other's)."""
    a, b = set(normalize(name).split()), set(normalize(author).replace(",", " ").split())
    a.discard("and")
    b.discard("and")
    return bool(a) and bool(b) and (a <= b or b <= a)


def _last_word_lower(text: str) -> bool:
    found = words(text)
    return bool(found) and found[-1][0].islower()


def _lower_after_comma(rest: str) -> bool:
    """One word, a comma, then lower case: a clause ('By Monday, the council ...'), not 'By Jane Doe, staff writer'."""
    before, after = rest.split(",", 1)
    after = after.strip()
    return len(words(before)) <= 1 and bool(after) and after[0].islower()


def opening_end(body: Text, header_lines: int, head: int = 0) -> int:
    """Number of the last line of the opening: `header_lines` non-blank lines, or the `head` non-blank lines
    before the first paragraph when they are more (a menu can stand above the byline), or fewer when a second
    paragraph of prose comes first."""
    seen = prose = 0
    last = 0
    reach = max(header_lines, head)
    for line in body.lines:
        if line.is_blank:
            continue
        seen += 1
        if seen > reach or prose >= 2:
            break
        last = line.number
        prose += is_prose(line.text)
    return last


def is_prose(text: str) -> bool:
    """A paragraph of the article: long, and closed like a sentence."""
    text = text.rstrip()
    return text[-1:] in ".!?\"”’»" and word_count(text) >= _PROSE_WORDS
