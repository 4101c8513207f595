"""Every lexicon entry compiled into one matcher, run once per line of an article and shared by all rules."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from artlint.article import Article
from artlint.layout import layout
from artlint.lexicons import Lexicons, PhraseList
from artlint.phrases import PhraseMatcher
from artlint.textutil import normalize, strip_markup

MAX_PREFIXED_WORDS = 40
"""A prefix is tried on lines up to this long; each rule applies its own, usually smaller, limit."""
SAMPLE_WORDS = 400
"""Words of an article read to tell its language."""
ALWAYS = "en"
"""English chrome ("Share", "Advertisement") shows up on sites in every language."""


class Strength(IntEnum):
    WEAK = 1
    """A known prefix, a label glued to a link, a phrase inside list markup."""
    EXACT = 2
    """The whole line is a known phrase or matches a pattern."""


LineHits = dict[str, Strength]


class _Language:
    """One language's patterns, prefixes and glued labels: one combined test, then one per entry on a hit."""

    def __init__(self, entries: dict[str, PhraseList]) -> None:
        shaped = {key: PhraseList(frozenset(), e.patterns, e.prefixes, e.glued) for key, e in entries.items()}
        combined = PhraseList()
        for entry in shaped.values():
            combined = combined.merge(entry)
        self.any = PhraseMatcher(combined, MAX_PREFIXED_WORDS)
        self.matchers = {key: PhraseMatcher(e, MAX_PREFIXED_WORDS) for key, e in shaped.items() if e != PhraseList()}

    def add(self, text: str, hits: LineHits) -> None:
        any_ = self.any
        if not (any_.exact(text) or any_.prefixed(text) or any_.glued_label(text)):
            return
        for key, matcher in self.matchers.items():
            if matcher.exact(text):
                hits[key] = Strength.EXACT
            elif key not in hits and (matcher.prefixed(text) or matcher.glued_label(text)):
                hits[key] = Strength.WEAK


class LexiconIndex:
    """Which lexicon entries each line matches, and how strongly. Whole-line phrases of every language
    are one set lookup; patterns and prefixes are tried for the article's language (told by its
    function words) and English only, so ten lexicons cost about what two do."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.owner: dict[str, list[str]] = {}
        for key in sorted(lexicons.entries):
            for phrase in lexicons.entries[key].phrases:
                self.owner.setdefault(phrase, []).append(key)
        self.longest = max(map(len, self.owner), default=0) + 16
        self.languages = {lang: _Language(entries) for lang, entries in lexicons.by_language.items()}
        self.stopwords: dict[str, tuple[str, ...]] = {}
        for lang, words in sorted(lexicons.stopwords.items()):
            for word in words:
                self.stopwords[word] = (*self.stopwords.get(word, ()), lang)

    def languages_of(self, article: Article) -> list[_Language]:
        """The article's language by its function words, and English; every language when none is clear."""
        counts = dict.fromkeys(self.languages, 0)
        stopwords = self.stopwords
        seen = 0
        for tokens in layout(article).tokens:
            for word in tokens:
                for lang in stopwords.get(word, ()):
                    counts[lang] = counts.get(lang, 0) + 1
            seen += len(tokens)
            if seen >= SAMPLE_WORDS:
                break
        best = max(counts, key=counts.__getitem__, default=None)
        if best is None or counts[best] < 3:
            return list(self.languages.values())
        return [self.languages[lang] for lang in {best, ALWAYS} if lang in self.languages]

    def classify(self, text: str, languages: Sequence[_Language]) -> LineHits | None:
        hits: LineHits = {}
        if len(text) <= self.longest:
            for key in self.owner.get(normalize(text), ()):
                hits[key] = Strength.EXACT
            if not hits and text[:1] in "#>-*+•·►▶▪–—0123456789":
                bare = strip_markup(text)
                if bare != text:
                    for key in self.owner.get(normalize(bare), ()):
                        hits[key] = Strength.WEAK
        for language in languages:
            language.add(text, hits)
        return hits or None

    def lines(self, article: Article) -> Sequence[LineHits | None]:
        """The hits of each non-blank body line, in layout order (built once per article)."""
        return article.body.memo(self, lambda _: self._lines(article))

    def positions(self, article: Article) -> list[int]:
        """Layout indices of the lines with any hit, ascending."""
        return article.body.memo((self, "positions"), lambda _: [i for i, h in enumerate(self.lines(article)) if h])

    def _lines(self, article: Article) -> list[LineHits | None]:
        languages = self.languages_of(article)
        return [self.classify(text, languages) for text in layout(article).texts]
