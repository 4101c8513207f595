"""Every lexicon entry compiled into one matcher, run once per line of an article and shared by all rules."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress

from artlint.article import Article
from artlint.compoundlines import compound_line
from artlint.layout import layout
from artlint.lexicons import ALWAYS, Lexicons, PhraseList
from artlint.linehits import LineHits, Strength
from artlint.phrases import _LONGEST_LINE, PhraseMatcher, ProseGuard, compile_openers
from artlint.textutil import BULLETS, MARKUP_MARKS, normalize, normalize_keeping_marks, strip_markup

MAX_PREFIXED_WORDS = 40
"""A prefix is tried on lines up to this long; each rule applies its own, usually smaller, limit."""
SAMPLE_WORDS = 400
"""Words of an article read to tell its language."""
MEMO_LENGTH = 300
"""Lines up to this long are classified once per run: page chrome recurs across a site's articles
(more than half the short lines of a scraped corpus are repeats); longer ones are prose."""
RUN_ENTRIES = frozenset({"share-prompt", "navigation", "legal-footer"})
"""Entries whose phrases stand in a row on one line when a scraper flattens a bar of buttons or links."""
RUN_LEAST = 3
MIXED_RUN_LEAST = 2
"""The fewest buttons of a bar that mixes the entries of RUN_ENTRIES ('Gift this article Share Save', 'Get the app Log in',
'Contact Sales Log in'), on a line of RUN_LEAST words or more ('LinkedIn Jobs' is a subheading). Two are enough unless
one is a name that counts only in a bar ('Threads Sign up'). The bar is reported as the entry most of its buttons belong
to, on a tie the first button's."""
_MIXED = ""
RUN_TOKENS = 16
RUN_LONGEST = 150
_RUN_SEPARATORS = re.compile(r"[\s|·•/,]+")
_DASHED = re.compile(r"([-–—]+)\s*([^-–—].*?)\s*\1")
"""A label set between the same dashes ('- Advertisement -', '—— ADVERTISEMENT ——'): a whole line, not a list item."""
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")
"""Where glued labels meet: a capital after a small letter ('FacebookTwitter'), or a capital that opens a word of
three letters or more after a capital, which ends a name of one letter or an acronym ('XEmail', 'PDFPrint'; not
the plural 'PDFs')."""
MEMO_LINES = 50_000
"""The memos (one per set of languages) are emptied when they hold this many lines in all, so a long run's
memory stays flat (a few MB)."""


class _Language:
    """One language's patterns, prefixes and glued labels: one combined test, then one per entry on a hit."""

    def __init__(self, entries: dict[str, PhraseList], prose: ProseGuard) -> None:
        shaped = {key: PhraseList(frozenset(), e.patterns, e.prefixes, e.glued) for key, e in entries.items()}
        combined = PhraseList()
        for entry in shaped.values():
            combined = combined.merge(entry)
        self.any = PhraseMatcher(combined, MAX_PREFIXED_WORDS, prose)
        self.matchers = {key: PhraseMatcher(e, MAX_PREFIXED_WORDS, prose)
                         for key, e in shaped.items() if e != PhraseList()}

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
    are one set lookup, and openers of every language one pattern; patterns and prefixes are tried for
    the article's language (told by its function words) and English only, so ten lexicons cost about
    what two do."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.owner: dict[str, list[str]] = {}
        for key in sorted(lexicons.entries):
            for phrase in lexicons.entries[key].phrases:
                self.owner.setdefault(phrase, []).append(key)
        self.longest = max(map(len, self.owner), default=0) + 16
        self.in_bars: dict[str, list[str]] = {}
        """Names that a bar of buttons holds but that are no phrase alone (the entries' `in_bars`): 'X' is also a
        recipe's or a table's line, 'Threads' a sewing guide's subheading."""
        for key in sorted(lexicons.entries):
            for name in lexicons.entries[key].in_bars:
                self.in_bars.setdefault(name, []).append(key)
        self.opened_by: dict[str, list[str]] = {}
        for key in sorted(lexicons.entries):
            for opener in lexicons.entries[key].openers:
                self.opened_by.setdefault(opener, []).append(key)
        self.openers = compile_openers(self.opened_by)
        """Openers start lines of any length, so they are tried on every line, past `reach` too."""
        self.prose = lexicons.prose()
        """Openers of every language are one pattern: every language's reporting verbs guard them."""
        self.languages = {lang: _Language(entries, lexicons.prose(lang))
                          for lang, entries in lexicons.by_language.items()}
        matchers = [language.any for language in self.languages.values()]
        self.reach = max([self.longest, _LONGEST_LINE, *(m.longest for m in matchers)])
        """Past this length a line is prose to every phrase and pattern: only a glued label or an opener can open it."""
        self.glued = tuple(label for m in matchers for label in m.glued)
        self._choices: dict[frozenset[str], tuple[_Language, ...]] = {}
        self._memo: dict[tuple[_Language, ...], dict[str, LineHits | None]] = {}
        self.day_first = lexicons.day_first
        self.stopwords: dict[str, tuple[str, ...]] = {}
        for lang, words in sorted(lexicons.stopwords.items()):
            for word in words:
                self.stopwords[word] = (*self.stopwords.get(word, ()), lang)

    @property
    def every_language(self) -> tuple[_Language, ...]:
        return self._chosen(frozenset(self.languages))

    def languages_of(self, article: Article) -> tuple[_Language, ...]:
        """The article's language by its function words, and English. When none is clear but one language's function
        words stand in it twice, every language whose function words it uses at all, and English; else every language
        (a few lines of page chrome, a name with 'de' in it). Each language's matchers are compiled when an article
        first needs them: a short note in no clear language would otherwise compile all 26."""
        best = self.language_of(article)
        if best is not None:
            return self._chosen(frozenset({best, ALWAYS}))
        counts = self._counts(article)
        if max(counts.values(), default=0) < 2:
            return self.every_language
        return self._chosen(frozenset(lang for lang, count in counts.items() if count) | {ALWAYS})

    def language_of(self, article: Article) -> str | None:
        """The code of the language whose function words the article uses most (three or more), else None;
        told once per article."""
        counts = self._counts(article)
        best = max(counts, key=counts.__getitem__, default=None)
        return None if best is None or counts[best] < 3 else best

    def writes_day_first(self, article: Article) -> bool:
        """The article's language writes a numeric date whose day and month could be either day first
        (`numeric_dates: day-first` in its lexicon)."""
        return self.language_of(article) in self.day_first

    def _counts(self, article: Article) -> dict[str, int]:
        """How many of each language's function words the article's first SAMPLE_WORDS words hold; counted once per
        article."""
        return article.body.memo((self, "language"), lambda _: self._count(article))

    def _count(self, article: Article) -> dict[str, int]:
        sample = []
        seen = 0
        for tokens in layout(article).tokens:
            sample.append(tokens)
            seen += len(tokens)
            if seen >= SAMPLE_WORDS:
                break
        counts = dict.fromkeys(self.languages, 0)
        for languages, found in Counter(map(self.stopwords.get, chain.from_iterable(sample))).items():
            for lang in languages or ():
                counts[lang] = counts.get(lang, 0) + found
        return counts

    def _chosen(self, codes: frozenset[str]) -> tuple[_Language, ...]:
        """One tuple per set of languages, so that it can key the memo of classified lines."""
        chosen = self._choices.get(codes)
        if chosen is None:
            chosen = self._choices[codes] = tuple(lang for code, lang in self.languages.items() if code in codes)
        return chosen

    def classify(self, text: str, languages: Sequence[_Language]) -> LineHits | None:
        hits: LineHits = {}
        opened = self.openers.match(text) if self.openers else None
        if opened and not self.prose.reports(text[opened.end():]):
            for key in self.opened_by.get(normalize_keeping_marks(opened["words"]), ()):
                hits[key] = Strength.EXACT
        if len(text) > self.reach and not text.startswith(self.glued):
            return hits or None
        bare, strength = text, Strength.WEAK
        if len(text) <= self.longest:
            for key in self.owner.get(normalize(text), ()):
                hits[key] = Strength.EXACT
            if not hits and text[:1] in MARKUP_MARKS:
                dashed = _DASHED.fullmatch(text)
                bare = dashed[2] if dashed else strip_markup(text)
                if bare != text:
                    strength = Strength.EXACT if dashed else Strength.WEAK
                    for key in self.owner.get(normalize(bare), ()):
                        hits[key] = strength
        for language in languages:
            language.add(text, hits)
        if not hits and bare != text and text[:1] in BULLETS:
            for language in languages:
                language.add(bare, hits)
            for key in hits:
                hits[key] = min(hits[key], strength)
        if not hits:
            run = self.phrase_run(text)
            if run:
                hits[run] = Strength.WEAK
            elif compound := compound_line(text, self.owner, self.phrase_run,
                                           lambda piece: self._is_badge(piece, languages)):
                hits[compound] = Strength.WEAK
        return hits or None

    def _is_badge(self, piece: str, languages: Sequence[_Language]) -> bool:
        """The piece of a line is a whole reading-time badge."""
        return (self.classify(piece, languages) or {}).get("reading-time") is Strength.EXACT

    def phrase_run(self, text: str) -> str | None:
        """The entry (RUN_ENTRIES) whose phrases, RUN_LEAST or more different ones and nothing else, make up the line
        (or fewer phrases of any of RUN_ENTRIES: see MIXED_RUN_LEAST): a bar of buttons or links flattened onto one line
        ('Share Facebook WhatsApp Copy link', 'Privacy Policy | Terms of Use | Cookie Policy'), its labels also glued
        ('FacebookTwitterEmail'). The line holds RUN_LEAST tokens or more (words, and glued labels split). A phrase is
        up to four words; the first words must be one, which rejects nearly every line at once. A line that ends in
        punctuation (a sentence, a quote, a line that introduces a list) is none, nor is a list written with
        commas ('Bluesky, Threads, Mastodon', a subheading) or a word said again ('Follow, follow, follow')."""
        if len(text) > RUN_LONGEST or "," in text or not text.rstrip(" |·•/")[-1:].isalnum():
            return None
        pieces = [piece for piece in _RUN_SEPARATORS.split(text) if piece]
        if not pieces or not self._opens_run(pieces):
            return None
        owner = self.owner
        tokens = []
        for piece in pieces:
            tokens += [piece] if normalize(piece) in owner else [t for t in _CASE_CHANGE.split(piece) if t]
        if not RUN_LEAST <= len(tokens) <= RUN_TOKENS:
            return None
        none: tuple[str, ...] = ()
        runs: list[dict[str, tuple[str, ...]]] = [dict.fromkeys((*RUN_ENTRIES, _MIXED), none)] + [{} for _ in tokens]
        """runs[i][key]: the phrases of entry `key` that make up the first i tokens, in order; under _MIXED, phrases of
        any of RUN_ENTRIES."""
        for start, reached in enumerate(runs[:-1]):
            for end in range(start + 1, min(start + 4, len(tokens)) + 1):
                for glue in " ", "":  # 'Copy link'; 'LinkedIn', which the case change split
                    words = normalize(glue.join(tokens[start:end]))
                    keys = self._entries(words)
                    for key in (*keys, _MIXED) if RUN_ENTRIES.intersection(keys) else keys:
                        made = reached.get(key)
                        if made is not None and words not in made and len(made) + 1 > len(runs[end].get(key, ())):
                            runs[end][key] = (*made, words)
        whole = runs[-1]
        found = next((key for key, made in sorted(whole.items()) if key != _MIXED and len(made) >= RUN_LEAST), None)
        mixed = whole.get(_MIXED, ())
        if found or len(mixed) < MIXED_RUN_LEAST or len(mixed) < RUN_LEAST and any(w not in self.owner for w in mixed):
            return found
        entries = [[key for key in self._entries(words) if key in RUN_ENTRIES] for words in mixed]
        counts = {key: sum(key in keys for keys in entries) for key in RUN_ENTRIES}
        most = max(counts.values())
        return next(key for keys in entries for key in keys if counts[key] == most)

    def _entries(self, words: str) -> Sequence[str]:
        """The entries whose phrase (or name that only a bar holds) the words are."""
        return self.owner.get(words, self.in_bars.get(words, ()))

    def _opens_run(self, pieces: Sequence[str]) -> bool:
        """The line's first words are a phrase (or a name only a bar holds), or they are one up to the first piece
        of labels glued together ('Artikel teilenFacebookX': 'Artikel teilen')."""
        owner, first = self.owner, pieces[0]
        if normalize(first) in self.in_bars or any(normalize(" ".join(pieces[:size])) in owner for size in range(1, 5)):
            return True
        for size, piece in enumerate(pieces[:4], 1):
            if _CASE_CHANGE.search(piece):
                head = normalize(" ".join([*pieces[: size - 1], _CASE_CHANGE.split(piece)[0]]))
                return head in owner or size == 1 and head in self.in_bars
        return False

    def lines(self, article: Article) -> Sequence[LineHits | None]:
        """The hits of each non-blank body line, in layout order (built once per article; the hits of a
        line may be shared with other articles: read them, never change them)."""
        return article.body.memo(self, lambda _: self._lines(article))

    def positions(self, article: Article) -> list[int]:
        """Layout indices of the lines with any hit, ascending."""
        return article.body.memo((self, "positions"), lambda _: list(compress(range(len(hits := self.lines(article))), hits)))

    def _lines(self, article: Article) -> list[LineHits | None]:
        languages = self.languages_of(article)
        if sum(map(len, self._memo.values())) >= MEMO_LINES:
            self._memo.clear()
        memo = self._memo.setdefault(languages, {})
        classify = self.classify
        out: list[LineHits | None] = []
        for text in layout(article).texts:
            hits = memo.get(text, _UNSEEN)
            if hits is _UNSEEN:
                hits = classify(text, languages)
                if len(text) <= MEMO_LENGTH:
                    memo[text] = hits
            out.append(hits)  # type: ignore[arg-type]
        return out


_UNSEEN = object()
