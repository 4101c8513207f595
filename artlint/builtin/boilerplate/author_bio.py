"""author-bio: the writer's short biography, printed after the article."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import reduce
from itertools import accumulate, pairwise
from typing import Any

from artlint.article import AUTHOR, BODY, Article, Span
from artlint.biographies import Bio, BioReader, heads_its_paragraph, names_alone
from artlint.builtin.metadata.bylines import same_name
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexiconindex import LexiconIndex
from artlint.lexicons import ALWAYS, BioWords, Lexicons
from artlint.rule import Rule

MIN_WORDS = 4
"""The shortest biography ('Ellen is an editor.' has four words)."""


class AuthorBio(Rule):
    """The writer's short biography, printed after the article.

    Why
    Article pages end with an author box: "Jane Roe is a reporter covering the council. She joined the
    Courier in 2019." Extractors keep it as the article's last paragraph, where it reads as the story's own
    text, and every article by the same writer ends with the same lines.

    Example
    before: ... the last paragraph. / Jane Roe is a reporter for the Kellmouth Courier. She covers the harbour.
    after:  ... the last paragraph.

    Fix safety
    Unsafe: that the line is a biography is inferred (artlint.biographies). It opens with a name of one to
    four capitalised words (a title such as "Dr." aside; particles such as "van" inside it, never first; no
    function word of a lexicon first), one of the lexicons' `author_bio` `copulas` ("is", "has been", "ist",
    "est") and, within eight words of its first clause, one of its writing `roles` ("reporter", "writer",
    "Redakteurin", "journaliste"; a role of eight letters or more also ends a longer word: "Sportjournalist";
    not before a word of `not_before`: "the author of the bill", "a contributor to the party"). Another of its
    `trades` ("founder", "analyst"), one of its `acts` instead of the copula ("writes", "covers", "has been
    reviewing"), or a name of one word counts only when the next sentence goes on about the person: it opens
    with one of `pronouns` ("He", "She") or a word of the name ("Kim has moved house fifteen times."). A line
    with a reporting verb of the language is someone quoted ("Tom Reed is an attorney for the family. He said
    ..."). The line stands after the article's last paragraph (ten words or more, closed like a sentence; other
    biographies aside), below at least `min_words_before` words of paragraphs; where the author field names
    someone, it must be the same person. The language's words are read, and English's but its trades, which
    other languages borrow as everyday words; a profile's lead, at the top, is never read as a biography. Where the
    line above the biography is its name alone, as an author box heads it ("Dr. Jane Roe" / "Jane Roe is a reporter
    ..."; of two words or more, a title and particles aside), the fix deletes that heading too. An article that has
    two lines or more under a heading of their own first words ("Dana Whitcombe" / "Dana Whitcombe is ...") is a
    list of people, a profile listicle: an author box stands once, so nothing in it is read as a biography.

    Options
    min_words_before: words of paragraphs above the biography (default 50).
    """

    code = "ART216"
    name = "author-bio"
    fixable = "unsafe"
    defaults = {"min_words_before": 50}
    options_schema = {"min_words_before": {"type": "integer", "minimum": 0}}

    def setup(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.index: LexiconIndex = lexicons.index()
        self.readers: dict[str | None, BioReader | None] = {}
        self.function_words = frozenset().union(*lexicons.stopwords.values())

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        reader = self.reader(self.index.language_of(article))
        if reader is None:
            return
        view = layout(article)
        author = article.value(AUTHOR).strip()
        texts = view.texts
        read = [reader.read(text) if words >= MIN_WORDS else (Bio.NONE, [])
                for text, words in zip(texts, view.words, strict=True)]
        if not any(kind for kind, _ in read):
            return
        if sum(heads_its_paragraph(above, text) for above, text in pairwise(texts)) > 1:
            return  # a list of people, each under their name: an author box stands once
        kinds = [kind if not author or kind is Bio.NONE or same_name(" ".join(name), author) else Bio.NONE
                 for kind, name in read]
        for index in biographies(view, kinds, options["min_words_before"]):
            line = view.lines[index]
            top = view.lines[index - 1] if index and names_alone(texts[index - 1], read[index][1]) else line
            yield self.finding(
                Span(BODY, line.start, line.end),
                f"the writer's biography: {view.texts[index][:60]!r}",
                Fix.delete(article.body.lines_span(BODY, top.number, line.number), Applicability.UNSAFE,
                           "delete the biography" if top is line else "delete the biography and its name heading"),
            )

    def reader(self, language: str | None) -> BioReader | None:
        """The biography words of the language and English (English's trades only for English), or of every
        language when it is not clear; None when they name no role."""
        if language not in self.readers:
            known = self.lexicons.author_bio
            wanted = self.lexicons.reading(language, known)
            words = reduce(BioWords.merge, (known.get(lang, BioWords()) for lang in wanted), BioWords())
            trades = words.trades if language in (None, ALWAYS) else known.get(language, BioWords()).trades
            reporting = {verb for lang in wanted for verb in self.lexicons.prose_words.get(lang, (frozenset(),))[0]}
            self.readers[language] = (BioReader(words, trades, self.function_words, reporting)
                                      if words.copulas and words.roles else None)
        return self.readers[language]


def biographies(view: Layout, kinds: Sequence[Bio], min_words_before: int) -> list[int]:
    """The indexes of the biography lines that stand after the article's last paragraph, below `min_words_before`
    words of paragraphs."""
    other = [p and not k for p, k in zip(view.paragraph, kinds, strict=True)]
    above = list(accumulate((w if o else 0 for w, o in zip(view.words, other, strict=True)), initial=0))
    last = max((i for i, o in enumerate(other) if o), default=-1)
    return [i for i, kind in enumerate(kinds) if kind and i > last and above[i] >= min_words_before]
