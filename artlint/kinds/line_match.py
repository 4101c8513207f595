"""Kind `line-match`: whole lines that are a known phrase, match a pattern, start with a prefix,
glue a label to a link, or have a named shape near the top of the body."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.daterecord import DateRecord
from artlint.dates import DateFinder
from artlint.errors import PackError
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.kinds.shapes import SHAPES
from artlint.layout import Zone, layout
from artlint.lexiconindex import LexiconIndex, Strength
from artlint.lexicons import SUMMARY_LABELS, Lexicons
from artlint.packs import PackRule
from artlint.phrases import PhraseMatcher, phrase_list
from artlint.textutil import opens_list

_OWN_KEYS = ("phrases", "patterns", "prefixes", "glued")
HEADING_WORDS = 2


class LineMatchRule(PackRule):
    match_keys = frozenset({"lexicon", *_OWN_KEYS, "max_words", "shapes", "shape_lines", "min_run", "keep_headings"})

    def __init__(self, spec: Mapping[str, Any], lexicons: Lexicons) -> None:
        super().__init__(spec, lexicons)
        match = spec.get("match", {})
        keys = match.get("lexicon", [])
        self.entries = frozenset([keys] if isinstance(keys, str) else keys)
        self.max_words = match.get("max_words", 15)
        self.own = (
            PhraseMatcher(phrase_list({k: match[k] for k in _OWN_KEYS if k in match}, lexicons), self.max_words,
                          lexicons.prose())
            if any(k in match for k in _OWN_KEYS) else None
        )
        """The pack's own phrases; lexicon entries are matched once per line for all rules (LexiconIndex)."""
        self.index: LexiconIndex | None = lexicons.index() if self.entries else None
        if self.applicability is Applicability.SAFE:
            self.fixable = "safe or unsafe"
        unknown = [s for s in match.get("shapes", []) if s not in SHAPES]
        if unknown:
            raise PackError(f"unknown shape {unknown[0]!r}; known: {', '.join(SHAPES)}")
        self.shapes = [SHAPES[s] for s in match.get("shapes", [])]
        self.shape_lines = match.get("shape_lines", 5)
        self.dates = DateFinder(lexicons.months)
        self.date_record = DateRecord(lexicons, self.dates)
        self.zoned = bool(spec.get("zones", False))
        self.min_run = match.get("min_run", 1)
        self.keep_headings = bool(match.get("keep_headings", False))
        """A line of at most HEADING_WORDS words standing as a subheading between two paragraphs ('Contact',
        'Privacy') is reported without a fix: it may head a section of the article's own."""

    def default_fix_safety(self) -> str:
        headings = (" A line of at most two words that stands between two paragraphs, as a subheading does, is"
                    " reported without a fix: it may head a section of the article's own.") if self.keep_headings else ""
        return self._fix_safety() + headings

    def _fix_safety(self) -> str:
        if self.applicability is not Applicability.SAFE:
            return super().default_fix_safety()
        where = (" and stands before the article's first paragraph or after its last (between paragraphs it may be"
                 " the article's own words: unsafe there)") if self.zoned else ""
        shapes = "; a header line of a known shape (not a summary box's label: 'TL;DR')" if self.shapes else ""
        return (f"Safe when the whole line is a known phrase, matches a known whole-line pattern or starts with a "
                f"known opener{where}. Unsafe "
                f"for the weaker signals: a line of at most {self.max_words} words that starts with a known prefix; "
                f"a label glued to a link; a known phrase in list or heading markup{shapes}. A line with a date is "
                "not deleted while it is an undated article's only record of its date (in a record, only by the "
                "unsafe fix that also fills the date field from it), and in the opening of a record with an empty "
                "date field no line with a date is deleted by a safe fix.")

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if not self.applies_to(article):
            return
        if self.min_run > 1:
            yield from _in_runs(self.matches(article), self.min_run, layout(article).texts)
            return
        for _, finding in self.matches(article):
            yield finding

    def matches(self, article: Article) -> Iterator[tuple[int, Finding]]:
        """Each matching line's layout index and finding."""
        view = layout(article)
        lines = view.lines
        hits = self.index.lines(article) if self.index is not None else None
        positions = self._positions(article, view.texts)
        record: int | None = None
        """The date record's index (artlint.daterecord), found once a matched line holds a date."""
        header_run = False
        """In a run of matched lines that began near the top: shapes apply there, however long the run,
        so that one fix round removes a whole menu and later rounds find nothing new to cascade on."""
        index = 0
        while index < len(lines):
            in_header = index < self.shape_lines or header_run
            if positions is not None and not (in_header and self.shapes):
                following = bisect_left(positions, index)
                if following == len(positions):
                    return
                index, in_header = positions[following], index < self.shape_lines
            line, text = lines[index], view.texts[index]
            strength = self.strength(text, hits[index] if hits else None, view.words[index], in_header)
            header_run = strength is not None and in_header
            index += 1
            if strength is None:
                continue
            applicability = self.applicability if strength is Strength.EXACT else _weaker(self.applicability)
            if self.dates.first_date(text) is not None:
                if record is None:
                    record = self.date_record.line(article)
                if index - 1 == record:
                    if self.date_record.keeps(article, record):
                        continue
                    applicability = _weaker(applicability)
                elif applicability is Applicability.SAFE and self.date_record.held_from_safe_fixes(article, index - 1):
                    applicability = Applicability.UNSAFE
            if self.zoned and applicability is Applicability.SAFE and view.zone(index - 1) is Zone.CORE:
                applicability = Applicability.UNSAFE
            if self.keep_headings and view.words[index - 1] <= HEADING_WORDS and view.between_paragraphs(index - 1):
                applicability = None
            span = article.body.lines_span(BODY, line.number, line.number)
            fix = Fix.delete(span, applicability, "delete the line") if applicability else None
            yield index - 1, self.finding(Span(BODY, line.start, line.end), self.message_for(text), fix)

    def _positions(self, article: Article, texts: Sequence[str]) -> list[int] | None:
        """The only lines that can match, ascending (and the header, where shapes apply); None: any line. Those
        the lexicon index hit, and those where the rule's own matcher may match (with patterns only, the lines
        that hold a literal the patterns need)."""
        own = None if self.own is None else self.own.candidates(texts)
        if self.own is not None and own is None:
            return None
        if self.index is None:
            return own
        hit = self.index.positions(article)
        return hit if own is None else sorted({*hit, *own})

    def strength(self, text: str, hits: Mapping[str, Strength] | None, words: int, in_header: bool) -> Strength | None:
        """How the line matches (None: it does not)."""
        best = None
        if hits:
            for key in self.entries.intersection(hits):
                if hits[key] is Strength.EXACT:
                    return Strength.EXACT
                if words <= self.max_words:
                    best = Strength.WEAK
        if self.own is not None:
            if self.own.exact(text):
                return Strength.EXACT
            if self.own.in_markup(text) or self.own.prefixed(text) or self.own.glued_label(text):
                best = Strength.WEAK
        if (best is None and self.shapes and in_header and not (hits and SUMMARY_LABELS in hits)
                and any(shape(text, self.dates) for shape in self.shapes)):
            best = Strength.WEAK  # 'TL;DR' and 'KEY POINTS' head the article's summary box, not a menu
        return best


def _in_runs(found: Iterator[tuple[int, Finding]], least: int, texts: Sequence[str]) -> Iterator[Finding]:
    """The findings of lines that stand in a run of at least `least` consecutive matching lines, unless the
    line before the run ends with a colon: 'The victims were:' introduces a list of the article's own."""
    run: list[Finding] = []
    first = last = -2
    for index, finding in found:
        if index != last + 1:
            yield from _kept(run, least, texts, first)
            run, first = [], index
        run.append(finding)
        last = index
    yield from _kept(run, least, texts, first)


def _kept(run: list[Finding], least: int, texts: Sequence[str], first: int) -> list[Finding]:
    introduced = first > 0 and opens_list(texts[first - 1])
    return run if len(run) >= least and not introduced else []


def _weaker(applicability: Applicability | None) -> Applicability | None:
    return Applicability.UNSAFE if applicability is Applicability.SAFE else applicability
