"""Kind `line-match`: whole lines that are a known phrase, match a pattern, start with a prefix,
glue a label to a link, or have a named shape near the top of the body."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.dates import DateFinder
from artlint.errors import PackError
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.kinds.shapes import SHAPES
from artlint.layout import Zone, layout
from artlint.lexicons import Lexicons
from artlint.packs import PackRule
from artlint.phrases import PhraseMatcher, phrase_list


class LineMatchRule(PackRule):
    def __init__(self, spec: Mapping[str, Any], lexicons: Lexicons) -> None:
        super().__init__(spec, lexicons)
        match = spec.get("match", {})
        self.matcher = PhraseMatcher(phrase_list(match, lexicons), match.get("max_words", 15))
        if self.applicability is Applicability.SAFE:
            self.fixable = "safe or unsafe"
        unknown = [s for s in match.get("shapes", []) if s not in SHAPES]
        if unknown:
            raise PackError(f"unknown shape {unknown[0]!r}; known: {', '.join(SHAPES)}")
        self.shapes = [SHAPES[s] for s in match.get("shapes", [])]
        self.shape_lines = match.get("shape_lines", 5)
        self.dates = DateFinder(lexicons.months) if self.shapes else None
        self.zoned = bool(spec.get("zones", False))

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if not self.applies_to(article):
            return
        body = article.body
        seen = 0
        header_run = False
        """In a run of matched lines that began near the top: shapes apply there, however long the run,
        so that one fix round removes a whole menu and later rounds find nothing new to cascade on."""
        for line in body.lines:
            text = line.text.strip()
            if not text:
                continue
            seen += 1
            in_header = seen <= self.shape_lines or header_run
            matched, applicability = self.match(text, in_header)
            header_run = matched and in_header
            if not matched:
                continue
            if self.zoned and applicability is Applicability.SAFE and layout(article).zone(seen - 1) is Zone.CORE:
                applicability = Applicability.UNSAFE
            span = body.lines_span(BODY, line.number, line.number)
            fix = Fix.delete(span, applicability, "delete the line") if applicability else None
            yield self.finding(Span(BODY, line.start, line.end), self.message_for(text), fix)

    def match(self, text: str, in_header: bool) -> tuple[bool, Applicability | None]:
        """Whether the line matches, and the applicability of its fix (None: no fix)."""
        if self.matcher.exact(text):
            return True, self.applicability
        if self.matcher.in_markup(text) or self.matcher.prefixed(text) or self.matcher.glued_label(text):
            return True, _weaker(self.applicability)
        if self.shapes and in_header:
            if any(shape(text, self.dates) for shape in self.shapes):  # type: ignore[arg-type]
                return True, _weaker(self.applicability)
        return False, None


def _weaker(applicability: Applicability | None) -> Applicability | None:
    return Applicability.UNSAFE if applicability is Applicability.SAFE else applicability
