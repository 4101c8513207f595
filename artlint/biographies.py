"""Telling a writer's short biography ('Jane Roe is a reporter for the Courier. She covers the council.') from
prose that opens with a name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

from artlint.lexicons import BioWords

NAME_WORDS = range(1, 5)
"""A name has one to four words ('Kim', 'Arricca Elin SanSone', 'Dr. Toni Golen'), titles and particles aside."""
ROLE_WITHIN = 8
"""The role stands among the first words after the verb ('is a longtime beverage and spirits writer')."""
COMPOUND_ROLE = 8
"""A role this long counts at the end of a longer word too ('Sportjournalist', 'Wirtschaftsredakteurin'); a
shorter one only as itself ('creditor' is no editor, 'songwriter' no writer)."""
_LONGEST_TOKENS = NAME_WORDS.stop + ROLE_WITHIN + 3
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})
_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "di",
                        "du", "dos", "das", "ter", "ten"})
"""Lower-case words inside a name ('Ana de Souza'); never its first word ('Der Spiegel berichtet ...')."""
_PUNCTUATION = ",;:()\"'“”‘’«»"
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\b(?:Dr|Mr|Ms|Jr|Sr|St))(?<!\bMrs)(?<!\bProf)[.!?][\"”’)]*\s+")
"""A full stop that ends a sentence: not an initial's ('Z.B. Steele', 'D.C. area') or a title's."""


def _untitled(words: Sequence[str]) -> Sequence[str]:
    """A name's words without the title that may open them ('Dr. Jane Roe' -> 'Jane Roe')."""
    return words[1:] if words and words[0].casefold() in _TITLES else words


def names_alone(heading: str, name: Sequence[str]) -> bool:
    """The heading is the name of two words or more, alone, as an author box prints it over the biography; its
    title and particles aside, as `BioReader.subject` gives the name ('Dr. Ana de Souza' -> ['Ana', 'Souza'])."""
    bare = [w for w in _untitled(heading.split()) if w.casefold() not in _PARTICLES]
    return len(bare) > 1 and bare == list(name)


def heads_its_paragraph(heading: str, text: str) -> bool:
    """A heading of two to four capitalised words (a title and particles aside) that the line under it opens with: a
    name over its entry ('Dana Whitcombe' / 'Dana Whitcombe is the founder of ...'), as an author box prints it and
    as a profile listicle prints each of its people."""
    name = _untitled(heading.split())
    return (2 <= len(name) <= 4 and all(w[:1].isupper() or w.casefold() in _PARTICLES for w in name)
            and text.startswith(" ".join(name) + " "))


class Bio(StrEnum):
    NONE = ""
    ROLE = "role"
    """The name and a writing role: a biography by itself ('Phil Helsel is a reporter for NBC News.')."""
    PERSON = "person"
    """Another trade, a writing act, or a name of one word: a biography only where the next sentence goes on
    about the person ('Rasmus is the founder of ERideHero. Since 2019, he has tested ...')."""


class BioReader:
    """Tells whether a line opens like a writer's biography, from the lexicons' `author_bio` words of the
    article's language (and English's, but its trades, which German and Dutch borrow as everyday words)."""

    def __init__(self, words: BioWords, trades: Sequence[str], function_words: frozenset[str],
                 reporting: Iterable[str]) -> None:
        verbs = {(tuple(c.split()), False) for c in words.copulas} | {(tuple(a.split()), True) for a in words.acts}
        self.verbs: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        """By their first word: the copulas, and the verbs that are a writing act (True); longest first, so that
        'has been writing' is tried before 'has been'."""
        for verb, acting in sorted(verbs, key=lambda verb: len(verb[0]), reverse=True):
            self.verbs.setdefault(verb[0], []).append((verb, acting))
        heads = "|".join(map(re.escape, sorted(self.verbs, key=len, reverse=True))) or "(?!)"
        self.opening = re.compile(rf"(?:\S+\s+){{1,{NAME_WORDS.stop}}}?(?:{heads})(?:\s|$)")
        """A verb's first word among the line's first words: one scan in C rejects nearly every line."""
        roles = {r.casefold() for r in words.roles}
        self.roles = frozenset(roles)
        self.compound_roles = tuple(r for r in roles if len(r) >= COMPOUND_ROLE)
        self.trades = frozenset(t.casefold() for t in trades)
        self.pronouns = frozenset(words.pronouns)
        self.not_before = [phrase.split() for phrase in words.not_before]
        self.not_first = function_words | _PARTICLES
        quoting = sorted(set(reporting) - {a.casefold() for a in words.acts}, key=len, reverse=True)
        self.quoting = re.compile(rf"\b(?:{'|'.join(map(re.escape, quoting))})\b", re.IGNORECASE) if quoting else None
        """The language's reporting verbs but its writing acts ('said', not 'writes'): the line quotes someone."""

    def read(self, text: str) -> tuple[Bio, list[str]]:
        """What the line is (Bio), and the name it opens with."""
        if not text[:1].isupper() or not self.opening.match(text):
            return Bio.NONE, []
        tokens = text.split(None, _LONGEST_TOKENS)
        found = self.subject(tokens)
        if found is None:
            return Bio.NONE, []
        name, after, acting = found
        sentences = _SENTENCE_END.split(text, maxsplit=1)
        kind = Bio.PERSON if acting else self.role(tokens[after : min(after + ROLE_WITHIN, len(sentences[0].split()))])
        if kind is Bio.NONE or self.quoting is not None and self.quoting.search(text):
            return Bio.NONE, []
        if kind is Bio.ROLE and len(name) > 1:
            return kind, name
        following = sentences[1].split(None, 1) if len(sentences) > 1 else []
        opener = following[0].strip(_PUNCTUATION).removesuffix("’s").removesuffix("'s") if following else ""
        return (Bio.PERSON, name) if opener and (opener in self.pronouns or opener in (name[0], name[-1])) else (Bio.NONE, [])

    def role(self, tokens: Sequence[str]) -> Bio:
        """ROLE for a writing role among the tokens of the first clause, PERSON for another trade ('the founder of
        ...'), else NONE; a writing role that opens one of `not_before` is someone else's ('the author of the
        bill', 'a contributor to the party'; not 'the author of three books')."""
        for index, token in enumerate(tokens):
            word = token.strip(_PUNCTUATION + ".!?").casefold()
            if (word in self.roles or word.endswith(self.compound_roles)) and not self.someone_elses(word, tokens[index + 1 :]):
                return Bio.ROLE
            if word in self.trades:
                return Bio.PERSON
            if token.endswith((",", ";")):
                break
        return Bio.NONE

    def someone_elses(self, role: str, after: Sequence[str]) -> bool:
        """The role and the words after it, as written, open one of `not_before` ('the author of the bill')."""
        return any(" ".join([role, *after[: len(phrase) - 1]]) == " ".join(phrase) for phrase in self.not_before)

    def subject(self, tokens: Sequence[str]) -> tuple[list[str], int, bool] | None:
        """The name's words that open the line, the index of the first token after the verb that follows them, and
        whether the verb is a writing act ('covers')."""
        start = len(tokens) - len(_untitled(tokens))
        if start >= len(tokens) or tokens[start].casefold() in self.not_first:
            return None
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
        if not name or name[0] in self.pronouns:
            return False
        if last.rstrip(",").endswith((".", ":", ";")) and len(last.rstrip(",")) > 3:
            return False
        return all(word[0].isupper() and not any(c.isdigit() for c in word) for word in name)
