"""How strongly a line matches each lexicon entry: the verdict the lexicon index gives every line."""

from __future__ import annotations

from enum import IntEnum


class Strength(IntEnum):
    WEAK = 1
    """A known prefix, a label glued to a link, a phrase inside list markup, a line made of a known line and labels
    (artlint.compoundlines)."""
    EXACT = 2
    """The whole line is a known phrase or matches a pattern, or it starts with an opener."""


LineHits = dict[str, Strength]
"""The entries a line matches, each with its strength."""
