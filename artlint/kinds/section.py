"""Kind `section`: a marker line (a phrase or pattern) that starts a tail block to cut to the end of the body."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Fix
from artlint.lexicons import Lexicons
from artlint.packs import PackRule
from artlint.phrases import PhraseMatcher, phrase_list


class SectionRule(PackRule):
    def __init__(self, spec: Mapping[str, Any], lexicons: Lexicons) -> None:
        super().__init__(spec, lexicons)
        match = spec.get("match", {})
        self.matcher = PhraseMatcher(phrase_list(match, lexicons), match.get("max_words", 15))
        self.after = float(match.get("after", 0.3))
        """The marker must stand past this share of the body's lines."""

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if not self.applies_to(article):
            return
        body = article.body
        lines = body.lines
        for line in lines[int(len(lines) * self.after) :]:
            text = line.text.strip()
            if text and (self.matcher.exact(text) or self.matcher.prefixed(text)):
                span = Span(BODY, line.start, len(body.value))
                fix = Fix.delete(span, self.applicability) if self.applicability else None
                yield self.finding(span, self.message_for(text), fix)
                return
