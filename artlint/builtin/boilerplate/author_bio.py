"""author-bio: the writer's short biography, printed under the byline or after the article."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import reduce
from itertools import accumulate
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexiconindex import LexiconIndex
from artlint.lexicons import ALWAYS, BioWords, Lexicons
from artlint.rule import Rule
from artlint.textutil import lower_words

NAME_WORDS = range(1, 5)
"""A name has one to four words ('Kim', 'Arricca Elin SanSone', 'Dr. Toni Golen'), titles and particles aside."""
ROLE_WITHIN = 8
"""The role stands among the first words after the verb ('is a longtime beverage and spirits writer')."""
TITLE_SHARED = 2
"""A line before the article's paragraphs that shares this many words of four letters or more with the title is the
article's lead about its subject ('Tom Reed is a reporter who has covered Kellmouth for forty years' under 'A
reporter's forty years at the Courier'), no biography of its writer."""
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})
_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "di",
                        "du", "dos", "das", "ter", "ten"})
_PUNCTUATION = ",;:()\"'“”‘’«»"
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\b(?:Dr|Mr|Ms|Jr|Sr|St))(?<!\bMrs)(?<!\bProf)[.!?][\"”’)]*\s+")
"""A full stop that ends a sentence: not an initial's ('Z.B. Steele', 'D.C. area') or a title's."""


class AuthorBio(Rule):
    """The writer's short biography, printed under the byline or after the article.

    Why
    Article pages print an author box: "Jane Roe is a reporter covering the council. She joined the Courier
    in 2019." Extractors keep it as the article's first or last paragraph, where it reads as the story's own
    text, and every article by the same writer ends with the same lines.

    Example
    before: ... the last paragraph. / Jane Roe is a reporter for the Kellmouth Courier. She covers the harbour.
    after:  ... the last paragraph.

    Fix safety
    Unsafe: that the line is a biography is inferred. It opens with a name of one to four capitalised
    words (a title such as "Dr." and particles such as "van" aside; no function word of a lexicon), one of the
    lexicons' `author_bio` `copulas` ("is", "has been", "ist", "est") and, within eight words of the same
    sentence, one of its writing `roles` ("reporter", "writer", "Redakteurin", "journaliste"; a word that
    ends in one counts: "copywriter", "Sportjournalist"), or one of its other `trades` ("founder",
    "analyst"); or, instead of the copula and the role, one of its `acts`, verbs that are a writing role
    ("Jane Roe covers the council for the Courier.", "writes about", "schreibt über"). A name of one word, or a trade, counts only when the next sentence goes on about a person:
    it opens with one of `pronouns` ("He", "She", "Sie") or with the name ("Kim has moved house fifteen
    times."); "Mailchimp is an email marketing platform. It ..." stays. The article's language and English
    are read. The line must stand after the article's last paragraph (ten words or more, closed like a
    sentence), other biographies aside, below at least `min_words_before` words of paragraphs; or, with a
    writing role, before its first paragraph, with one below it, where it shares fewer than two words of
    four letters or more with the title: a profile's lead ("Tom Reed is a reporter who has covered Kellmouth for
    forty years" under "A reporter's forty years at the Courier") is about the article's subject, and an
    interview's ("Jane Roe is the CEO of Harbourworks, which ...") names no writing trade.

    Options
    min_words_before: words of paragraphs above a biography after the article (default 50).
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
        kinds = [reader.kind(text) if words >= 4 else "" for text, words in zip(view.texts, view.words, strict=True)]
        if not any(kinds):
            return
        title = {w for w in lower_words(article.title) if len(w) > 3} - self.function_words
        kinds = [k if k != "role" or i > view.first or len(title.intersection(view.tokens[i])) < TITLE_SHARED else "trade"
                 for i, k in enumerate(kinds)]
        for index in biographies(view, kinds, options["min_words_before"]):
            line = view.lines[index]
            yield self.finding(
                Span(BODY, line.start, line.end),
                f"the writer's biography: {view.texts[index][:60]!r}",
                Fix.delete(article.body.lines_span(BODY, line.number, line.number), Applicability.UNSAFE,
                           "delete the biography"),
            )

    def reader(self, language: str | None) -> BioReader | None:
        """The biography words of the language and English, or of every language when it is not clear; None when
        they name no role."""
        if language not in self.readers:
            wanted = set(self.lexicons.author_bio) if language is None else {language, ALWAYS}
            words = reduce(BioWords.merge, (self.lexicons.author_bio.get(lang, BioWords()) for lang in sorted(wanted)),
                           BioWords())
            self.readers[language] = BioReader(words, self.function_words) if words.copulas and words.roles else None
        return self.readers[language]


def biographies(view: Layout, kinds: Sequence[str], min_words_before: int) -> list[int]:
    """The indexes of the biography lines (`kinds`: 'role', 'trade' or '') that stand after the article's last
    paragraph below `min_words_before` words of paragraphs, or, with a writing role, before its first one."""
    other = [p and not k for p, k in zip(view.paragraph, kinds, strict=True)]
    above = list(accumulate((w if o else 0 for w, o in zip(view.words, other, strict=True)), initial=0))
    first = next((i for i, o in enumerate(other) if o), len(other))
    last = max((i for i, o in enumerate(other) if o), default=-1)
    return [i for i, kind in enumerate(kinds)
            if kind and (i > last and above[i] >= min_words_before or kind == "role" and i < first < len(other))]


class BioReader:
    """Tells whether a line opens like a writer's biography: 'role' (a writing trade), 'trade' (another one, of a
    person) or ''."""

    def __init__(self, words: BioWords, function_words: frozenset[str]) -> None:
        verbs = {(tuple(c.split()), False) for c in words.copulas} | {(tuple(a.split()), True) for a in words.acts}
        self.verbs: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        """By their first word: the copulas, and the verbs that are a writing role themselves (True), longest first."""
        for verb, acting in sorted(verbs, key=lambda verb: len(verb[0]), reverse=True):
            self.verbs.setdefault(verb[0], []).append((verb, acting))
        self.roles = tuple(sorted({r.casefold() for r in words.roles}, key=len, reverse=True))
        self.trades = frozenset(t.casefold() for t in words.trades)
        self.pronouns = frozenset(words.pronouns)
        self.function_words = function_words

    def kind(self, text: str) -> str:
        if not text[:1].isupper():
            return ""
        tokens = text.split(None, NAME_WORDS.stop + ROLE_WITHIN + 3)
        found = self.subject(tokens)
        if found is None:
            return ""
        name, after, acting = found
        sentences = _SENTENCE_END.split(text, maxsplit=1)
        first_words = len(sentences[0].split())
        role = "role" if acting else ""
        for token in tokens[after : min(after + ROLE_WITHIN, first_words)] if not role else ():
            word = token.strip(_PUNCTUATION + ".!?").casefold()
            if word.endswith(self.roles):
                role = "role"
                break
            if word in self.trades:
                role = "trade"
                break
        if not role:
            return ""
        if role == "role" and len(name) > 1:
            return role
        following = sentences[1].split(None, 1) if len(sentences) > 1 else []
        opener = following[0].strip(_PUNCTUATION).removesuffix("’s").removesuffix("'s") if following else ""
        return role if opener and (opener in self.pronouns or opener in (name[0], name[-1])) else ""

    def subject(self, tokens: Sequence[str]) -> tuple[list[str], int, bool] | None:
        """The name's words that open the line, the index of the first token after the verb that follows them, and
        whether the verb is a writing role itself ('covers')."""
        start = 1 if tokens and tokens[0].casefold() in _TITLES else 0
        for end in range(start + NAME_WORDS.start, min(start + NAME_WORDS.stop, len(tokens))):
            last = tokens[end - 1]
            for verb, acting in self.verbs.get(tokens[end], ()):
                if tuple(tokens[end : end + len(verb)]) == verb:
                    name = [t for t in tokens[start:end] if t.casefold() not in _PARTICLES]
                    return (name, end + len(verb), acting) if self.is_name(name, last) else None
            if last.endswith(",") or not (last[0].isupper() or last.casefold() in _PARTICLES):
                return None
        return None

    def is_name(self, name: list[str], last: str) -> bool:
        if not name or name[0].casefold() in self.function_words or name[0] in self.pronouns:
            return False
        if last.rstrip(",").endswith((".", ":", ";")) and len(last.rstrip(",")) > 3:
            return False
        return all(word[0].isupper() and not any(c.isdigit() for c in word) for word in name)
