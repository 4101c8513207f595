"""duplicate-paragraph: a paragraph of the body stands in it twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import layout
from artlint.rule import Rule
from artlint.textutil import normalize, word_count

_SENTENCE_END = ".!?\"”’»)…"


class DuplicateParagraph(Rule):
    """A paragraph of the body is repeated, word for word, later in the body.

    Why
    Scrapers repeat paragraphs when a page holds the text twice (a teaser and the article, a
    mobile and a desktop copy, a pull quote); the copy doubles its weight in every summary,
    embedding and word count.

    Example
    before: The council approved the budget on Tuesday after a long debate. / The vote was 7 to 4. / The council approved the budget on Tuesday after a long debate.
    after:  The council approved the budget on Tuesday after a long debate. / The vote was 7 to 4.

    Fix safety
    Unsafe: the later copy is deleted, the first stays, so no sentence is lost; but pages repeat
    some paragraphs on purpose (a summary box, a pull quote: on labelled scraper output about one
    deletion in eight removes a copy the real article has too), so the fix is never applied
    without --unsafe-fixes. Lines are compared whole, white space at their ends aside, and only
    when they have at least `min_words` words. A fix is offered when the line stands exactly twice
    and reads as a sentence (it ends in . ! ? or a closing quote and does not open with a
    "Label:"); a line repeated three times or more (an interview's recurring question, a training
    plan's "Cool down: 10 minutes ...") and list items and labels are only reported. A line equal
    to the title is duplicate-headline's.

    Options
    min_words: the fewest words a line needs to be compared (default 8).
    """

    code = "ART402"
    name = "duplicate-paragraph"
    fixable = "unsafe"
    defers_unfixed = True
    defaults = {"min_words": 8}
    options_schema = {"min_words": {"type": "integer", "minimum": 1}}

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body
        shortest = options["min_words"]
        view = layout(article)
        texts = view.texts
        copies = Counter(texts)
        repeated = {text for text, count in copies.items() if count > 1 and len(text) >= 2 * shortest}
        if not repeated:
            return
        title = normalize(article.title)
        first: dict[str, int] = {}
        """Each repeated line's text -> offset of its first copy."""
        paragraph: dict[str, bool] = {}
        """Each repeated text -> whether it is long enough and not the headline."""
        for index in [i for i, text in enumerate(texts) if text in repeated]:
            line, text = view.lines[index], texts[index]
            if text not in first:
                first[text] = line.start
                continue
            if text not in paragraph:
                paragraph[text] = word_count(text) >= shortest and normalize(text) != title
            if not paragraph[text]:
                continue
            fixable = copies[text] == 2 and is_sentence(text)
            fix = Fix.delete(body.lines_span(BODY, line.number, line.number), Applicability.UNSAFE,
                             "delete the later copy") if fixable else None
            yield self.finding(Span(BODY, line.start, line.end), f"the paragraph repeats line {where(article, first[text])}", fix)


def where(article: Article, offset: int) -> int:
    """The line number a reader sees: in the file for text formats, in the field for JSON."""
    return article.file_position(BODY, offset)[0]


def is_sentence(text: str) -> bool:
    """Ends like a sentence and does not open with a 'Label:' (a list item or a field of a card)."""
    return text[-1] in _SENTENCE_END and ":" not in text[: len(text) // 2]
