"""PhraseMatcher: a phrase list compiled once and matched against whole lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

from artlint.lexicons import Lexicons, PhraseList
from artlint.literals import KeyedPatterns, by_initial, compile_alternation
from artlint.regexguard import check_pattern, is_trusted
from artlint.textutil import MARKUP_MARKS, normalize, normalize_keeping_marks, strip_markup, word_count, words

_LONGEST_LINE = 300
"""Lines longer than this are prose: no pattern or prefix of page chrome is tried on them."""


class PhraseMatcher:
    """Whole-line phrases (set lookup), full-line patterns (alternations grouped by the literal text each
    needs), short lines that start with a prefix, and labels glued to a capitalised link ('RelatedSome headline')."""

    def __init__(self, phrases: PhraseList, max_words: int = 15, prose: ProseGuard | None = None) -> None:
        self.phrases = phrases.phrases
        self.longest = max(map(len, self.phrases), default=0) + 16
        """Longer lines are not tried as phrases: only runs of white space inside a line shrink it."""
        self.patterns = phrases.patterns
        for pattern in self.patterns:
            check_pattern(pattern)
        if not all(map(is_trusted, self.patterns)):
            self.full  # noqa: B018 - a user's patterns that clash once combined fail at load, not per article
        self.prefix_list = tuple(p for p in phrases.prefixes if p)
        self.glued = tuple(phrases.glued)
        self.opener_list = tuple(p for p in phrases.openers if p)
        self.max_words = max_words
        self.prose = prose

    @cached_property
    def full(self) -> re.Pattern[str] | None:
        """The patterns as one alternation: a user's patterns are compiled so at load, to be refused there
        when they do not combine."""
        return compile_alternation(self.patterns)

    @cached_property
    def keyed(self) -> KeyedPatterns | None:
        """The patterns grouped by the literal text each needs (artlint.literals), compiled on first use: a
        run compiles only what its rules and its articles' languages need."""
        return KeyedPatterns(self.patterns) if self.patterns else None

    @cached_property
    def prefixes(self) -> re.Pattern[str] | None:
        return compile_prefixes(self.prefix_list)

    @cached_property
    def openers(self) -> re.Pattern[str] | None:
        return compile_openers(self.opener_list)

    def candidates(self, texts: Sequence[str]) -> list[int] | None:
        """Indices of the texts that `exact`, `in_markup`, `prefixed` or `glued_label` may accept; None when
        that takes trying each (the matcher has phrases, prefixes, labels, openers or a pattern with no needle)."""
        if self.phrases or self.prefix_list or self.glued or self.opener_list:
            return None
        return self.keyed.needle_lines(texts) if self.keyed else []

    def exact(self, text: str) -> bool:
        """The stripped line is a known phrase, matches a pattern whole, or starts with an opener."""
        if len(text) <= self.longest and normalize(text) in self.phrases:
            return True
        if self.keyed and len(text) <= _LONGEST_LINE and self.keyed.fullmatch(text):
            return True
        opened = self.openers.match(text) if self.opener_list else None  # type: ignore[union-attr]
        return opened is not None and (self.prose is None or not self.prose.reports(text[opened.end():]))

    def in_markup(self, text: str) -> bool:
        """A known phrase inside list or heading markup ('- Email', '## Video'): maybe the article's own list."""
        if not text or text[0] not in MARKUP_MARKS and not text[0].isdigit():
            return False
        bare = strip_markup(text)
        return bare != text.lstrip() and self.exact(bare)

    def prefixed(self, text: str) -> bool:
        """A short line (at most max_words words) that starts with a known prefix and reads as no one's sentence."""
        if self.prefixes is None or len(text) > _LONGEST_LINE:
            return False
        found = self.prefixes.match(text)
        if found is None or word_count(text) > self.max_words:
            return False
        return self.prose is None or not self.prose.holds(text[found.end():])

    def glued_label(self, text: str) -> bool:
        if not self.glued or not text.startswith(self.glued):
            return False
        return any(
            text.startswith(label) and len(text) > len(label) and text[len(label)].isupper() for label in self.glued
        )


def phrase_list(match: Mapping[str, Any], lexicons: Lexicons) -> PhraseList:
    """A pack rule's own phrases merged with the lexicon entries it names."""
    keys = match.get("lexicon", [])
    merged = PhraseList(
        frozenset(normalize(p) for p in match.get("phrases", [])),
        tuple(match.get("patterns", [])),
        tuple(normalize_keeping_marks(p) for p in match.get("prefixes", [])),
        tuple(match.get("glued", [])),
    )
    for key in [keys] if isinstance(keys, str) else keys:
        merged = merged.merge(lexicons.entry(key))
    return merged


def compile_prefixes(prefixes: Iterable[str], lead: str = r"[^\w]*") -> re.Pattern[str] | None:
    """One pattern for line starts: leading punctuation allowed (`lead`), any white space between words,
    either apostrophe, and a word boundary after the prefix ('More in' is not 'More intense'); the group
    `words` holds the prefix as the line writes it."""
    parts = _alternatives(prefixes)
    if not parts:
        return None
    return re.compile(lead + "(?P<words>" + by_initial(parts) + r")(?!\w)", re.IGNORECASE)


def _alternatives(phrases: Iterable[str]) -> list[str]:
    """Each phrase as a pattern, longest first: any white space between its words, either apostrophe."""
    return [r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in phrase.split())
            for phrase in sorted({p for p in phrases if p.strip()}, key=len, reverse=True)]


def compile_openers(openers: Iterable[str]) -> re.Pattern[str] | None:
    """compile_prefixes for openers, which match lines of any length: no quotation mark may stand before
    the opener, as a quoted sentence is someone's words in the article ('"We use cookies to ...," she said.')."""
    return compile_prefixes(openers, _NOT_QUOTE_LEAD)


_NOT_QUOTE_LEAD = "[^\\w\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u2039]*"
"""Leading punctuation but an opening quotation mark (» and › stay allowed: pages use them as bullets)."""


_CLAUSE_END = re.compile(r"[,.;:!?()\[\]|\u2013\u2014]")
CLAUSE_REACH = 8
"""Words after a prefix within which a clause verb makes the prefix a sentence's subject."""
_AS = r"(?<!\bas )(?<!\bcomo )(?<!\bcomme )(?<!\bcome )(?<!\bzoals )(?<!\bwie )(?<!\bse )"
"""A reporting verb after 'as' reports no one ('as explained in our cookie policy', 'tal y como se explica',
'comme expliqué', 'come spiegato', 'zoals uitgelegd', 'wie erklärt')."""


class ProseGuard:
    """Tells a line that opens like a prompt ('Sign up for', 'Follow us on') but is someone's sentence: a
    reporting verb after the prefix ('Follow us on the road to the final, the coach told fans') or a verb in
    the clause the prefix opens ('Sign up for the vaccine opens on Monday'), within CLAUSE_REACH
    words and before any of `breaks` ('Subscribe to our channel so you are the first to know' stays a prompt).
    The words are a lexicon's `reporting_verbs`, `clause_verbs` and `clause_breaks`, matched as written in lower
    case: a capitalised 'Will' is a name ('Reporting by Will Dunham') and 'Started' a button ('Get Started')."""

    def __init__(self, reporting: Iterable[str], clause: Iterable[str] = (), breaks: Iterable[str] = ()) -> None:
        parts = _alternatives(reporting)
        self.reporting = re.compile(r"(?<!\w)" + _AS + "(?:" + "|".join(parts) + r")(?!\w)") if parts else None
        self.clause = frozenset(clause)
        self.breaks = frozenset(breaks)

    def holds(self, rest: str) -> bool:
        """The text after a prefix reads as a sentence of the article's own."""
        return self.reports(rest) or bool(self.clause) and self._subject(_CLAUSE_END.split(rest, 1)[0])

    def reports(self, rest: str) -> bool:
        """The text after an opener (which starts long prompts: 'Any cookies that may not be necessary ... is
        used') reports someone's words."""
        return self.reporting is not None and self.reporting.search(rest) is not None

    def _subject(self, clause: str) -> bool:
        for word in words(clause)[:CLAUSE_REACH]:
            if word in self.breaks:
                return False
            if word in self.clause:
                return True
        return False
