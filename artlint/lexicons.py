"""Lexicons: phrase lists and month names per language, loaded from YAML and merged across languages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artlint.data import builtin_lexicon_files, shipped
from artlint.errors import ConfigError, PackError
from artlint.regexguard import check_pattern, trust
from artlint.schemas import validate
from artlint.textutil import normalize, normalize_keeping_marks
from artlint.yamlload import load_yaml_file

ALWAYS = "en"
"""English chrome ('Share', 'Advertisement') shows up on sites in every language."""
SUMMARY_LABELS = "summary-labels"
"""The entry of the labels that head an article's own summary box ('Key points:', 'TL;DR'): no chrome."""
COMMENT_SECTION = "comment-section"
"""The entry of a comment section's chrome ('12 comments', 'Leave a reply'), which marks where readers' words start."""
OTHER_ARTICLES = frozenset({"spillover-markers", "related-link"})
"""The entries whose lines head other articles' headlines or teasers ('More from the Herald', 'Related')."""

if TYPE_CHECKING:
    from artlint.lexiconindex import LexiconIndex
    from artlint.phrases import ProseGuard


@dataclass(frozen=True, slots=True)
class PhraseList:
    """One lexicon entry merged over languages: whole-line phrases (normalised), full-line
    regular expressions, line prefixes, labels glued to a following capitalised link, and openers
    (the first words of a line of chrome however long: a consent banner's first sentence), and names that count
    only in a bar of buttons flattened onto one line (LexiconIndex.phrase_run: 'X', 'Threads')."""

    phrases: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    glued: tuple[str, ...] = ()
    openers: tuple[str, ...] = ()
    in_bars: frozenset[str] = frozenset()

    def merge(self, other: PhraseList) -> PhraseList:
        return PhraseList(
            self.phrases | other.phrases,
            self.patterns + other.patterns,
            self.prefixes + other.prefixes,
            self.glued + other.glued,
            self.openers + other.openers,
            self.in_bars | other.in_bars,
        )


@dataclass(frozen=True, slots=True)
class ThanksWords:
    """Words that tell thanks that open a line from a reader's comment (artlint.builtin.boilerplate.comment_thread):
    whom they go to ('Thank you to the volunteers') and the author's sign-off to the readers ('Thanks for reading'):
    a `for_` word, perhaps `skipped` words, then what was `done` (one or more words each)."""

    addressed: frozenset[str] = frozenset()
    for_: frozenset[str] = frozenset()
    skipped: frozenset[str] = frozenset()
    done: frozenset[str] = frozenset()

    @classmethod
    def read(cls, data: dict[str, Any]) -> ThanksWords:
        """The words of a lexicon file's comment_addressed, sign_off_for, sign_off_skipped and sign_off_done, in lower
        case as the reader compares them."""
        def words(key: str) -> frozenset[str]:
            return frozenset(word.casefold() for word in data.get(key, []))

        return cls(addressed=words("comment_addressed"), for_=words("sign_off_for"),
                   skipped=words("sign_off_skipped"), done=words("sign_off_done"))

    def merge(self, other: ThanksWords) -> ThanksWords:
        return ThanksWords(self.addressed | other.addressed, self.for_ | other.for_, self.skipped | other.skipped,
                           self.done | other.done)


@dataclass(frozen=True, slots=True)
class BioWords:
    """The words of a short biography of the writer ('Jane Roe is a reporter covering the council.'): the verbs
    that join the name to the role, the writing roles, other trades (which need the next sentence to go on about a
    person), the pronouns that do, the verbs of writing ('Jane Roe covers the council. She ...'), and the words after
    a role that make it someone else's ('the author of the bill') (artlint.biographies)."""

    copulas: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    trades: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()

    @classmethod
    def read(cls, data: dict[str, Any]) -> BioWords:
        bio = data.get("author_bio") or {}
        return cls(*(tuple(bio.get(key, ())) for key in ("copulas", "roles", "trades", "pronouns", "acts", "not_before")))

    def merge(self, other: BioWords) -> BioWords:
        return BioWords(self.copulas + other.copulas, self.roles + other.roles, self.trades + other.trades,
                        self.pronouns + other.pronouns, self.acts + other.acts, self.not_before + other.not_before)


@dataclass(slots=True)
class Lexicons:
    languages: list[str] = field(default_factory=list)
    entries: dict[str, PhraseList] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, dict[str, PhraseList]] = field(default_factory=dict)
    """Each language's own entries (the merged `entries` serve rules that want every language)."""
    stopwords: dict[str, frozenset[str]] = field(default_factory=dict)
    dateline_words: frozenset[str] = frozenset()
    """Words of every language that may stand beside a date in a dateline ('Published', 'on', 'Monday')."""
    clock_words: frozenset[str] = frozenset()
    """Words of one language that stand beside a time of day ('Uhr', 'h'; the language-neutral ones, 'pm' and
    time-zone abbreviations, are daterecord.CLOCK_WORDS)."""
    prose_words: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = field(default_factory=dict)
    """Each language's reporting verbs ('said', 'told'), clause verbs ('is', 'opens') and clause breaks ('that',
    'you'): they tell a line that opens like a prompt from someone's sentence (artlint.phrases.ProseGuard)."""
    comment_greetings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each language's greetings that open a reader's comment ('Hi', 'Bonjour'), alone or before a name."""
    comment_openers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each language's thanks and praise that open a reader's comment ('Thanks for', 'Great post', 'Vielen Dank'):
    the comment-thread rule finds a thread appended with no heading by the share of its lines that open so."""
    thanks: dict[str, ThanksWords] = field(default_factory=dict)
    """Each language's words that make thanks the article's own (ThanksWords)."""
    author_bio: dict[str, BioWords] = field(default_factory=dict)
    """Each language's words of a writer's short biography (BioWords)."""
    day_first: frozenset[str] = frozenset()
    """Languages whose numeric dates put the day first (05.09.2025 is 5 September): `numeric_dates: day-first`."""
    _index: Any = None
    _prose: Any = None

    def index(self) -> LexiconIndex:
        """Every entry compiled into one matcher, built on first use and shared by the rules of a run."""
        if self._index is None:
            from artlint.lexiconindex import LexiconIndex

            self._index = LexiconIndex(self)
        return self._index  # type: ignore[no-any-return]

    def prose(self, language: str | None = None) -> ProseGuard:
        """One language's ProseGuard; with no language (a pack's own prefixes, openers of every language), the
        reporting verbs of every language and the clause words of English, whose chrome every site prints (a
        clause verb of one language is another's word: English 'was', German 'what'); compiled on first use."""
        if self._prose is None:
            self._prose = {}
        guard = self._prose.get(language)
        if guard is None:
            from artlint.phrases import ProseGuard

            if language is None:
                reporting = frozenset().union(*(words[0] for words in self.prose_words.values()))
                _, clause, breaks = self.prose_words.get(ALWAYS, (frozenset(), frozenset(), frozenset()))
                guard = ProseGuard(reporting, clause, breaks)
            else:
                guard = ProseGuard(*self.prose_words.get(language, (frozenset(), frozenset(), frozenset())))
            self._prose[language] = guard
        return guard  # type: ignore[no-any-return]

    @staticmethod
    def reading(language: str | None, known: Iterable[str]) -> list[str]:
        """The languages whose words a rule reads in an article of `language`: its own and English, whose chrome
        every site prints; every one of `known` (those that have the words) when the language is not clear."""
        return sorted(known) if language is None else sorted({language, ALWAYS})

    def entry(self, key: str) -> PhraseList:
        return self.entries.get(key, PhraseList())

    def add_file(self, path: str | Path) -> None:
        data = load_yaml_file(path, PackError)
        ours = shipped(path)
        problems = [] if ours else validate(data, "lexicon")
        if problems:
            raise PackError(f"{path}: invalid lexicon: {problems[0]}")
        self._index = self._prose = None
        language = data["language"]
        self.languages.append(language)
        own = self.by_language.setdefault(language, {})
        self.stopwords[language] = self.stopwords.get(language, frozenset()) | {
            w.lower() for w in data.get("stopwords", [])
        }
        for key, entry in (data.get("entries") or {}).items():
            for pattern in entry.get("patterns", []):
                if ours:
                    trust(pattern)
                else:
                    _check_pattern(path, key, pattern)
            found = PhraseList(
                frozenset(normalize(p) for p in entry.get("phrases", [])),
                tuple(entry.get("patterns", [])),
                tuple(normalize_keeping_marks(p) for p in entry.get("prefixes", [])),
                tuple(entry.get("glued", [])),
                tuple(normalize_keeping_marks(p) for p in entry.get("openers", [])),
                frozenset(normalize(p) for p in entry.get("in_bars", [])),
            )
            self.entries[key] = self.entry(key).merge(found)
            own[key] = own.get(key, PhraseList()).merge(found)
        self.dateline_words |= {normalize(w) for w in data.get("dateline_words", [])}
        self.clock_words |= {normalize(w) for w in data.get("clock_words", [])}
        for name in ("comment_greetings", "comment_openers"):
            words = getattr(self, name)
            words[language] = words.get(language, ()) + tuple(normalize_keeping_marks(w) for w in data.get(name, []))
        self.thanks[language] = self.thanks.get(language, ThanksWords()).merge(ThanksWords.read(data))
        self.author_bio[language] = self.author_bio.get(language, BioWords()).merge(BioWords.read(data))
        known = self.prose_words.get(language, (frozenset(), frozenset(), frozenset()))
        self.prose_words[language] = (
            known[0] | {w.lower() for w in data.get("reporting_verbs", [])},
            known[1] | {w.lower() for w in data.get("clause_verbs", [])},
            known[2] | {w.lower() for w in data.get("clause_breaks", [])},
        )
        if data.get("numeric_dates") == "day-first":
            self.day_first |= {language}
        for name, number in (data.get("months") or {}).items():
            self.months[normalize(name)] = number


def load_lexicons(paths: Iterable[str | Path], languages: Iterable[str] | None = None) -> Lexicons:
    """Every lexicon file, or only those of `languages` (named by file stem); an unknown language is an error.
    The shipped set, which most runs load, is loaded once per process and shared (builtin_lexicons)."""
    paths = sorted(paths, key=str)
    if languages is None and list(map(str, paths)) == list(map(str, builtin_lexicon_files())):
        return builtin_lexicons()
    wanted = set(languages) if languages else None
    if wanted is not None:
        known = {Path(p).stem for p in paths}
        unknown = sorted(wanted - known)
        if unknown:
            raise ConfigError(f"languages: no lexicon for {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known))}")
    lexicons = Lexicons()
    for path in paths:
        if wanted is None or Path(path).stem in wanted:
            lexicons.add_file(path)
    return lexicons


@cache
def builtin_lexicons() -> Lexicons:
    """The shipped lexicons of every language, loaded once: the session's (when no plugin adds one and no language
    is chosen) and the title picker's, which must not depend on the settings (artlint.formats.headerlines)."""
    lexicons = Lexicons()
    for path in builtin_lexicon_files():
        lexicons.add_file(path)
    return lexicons


def _check_pattern(path: str | Path, key: str, pattern: str) -> None:
    try:
        check_pattern(pattern)
    except PackError as exc:
        raise PackError(f"{path}: entries.{key}: {exc}") from None
