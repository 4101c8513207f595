"""Whole-line patterns grouped by a run of literal text that every match must contain: a line that lacks
it is not tried on them (most prose lines hold none of the chrome words the slow patterns need)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress, repeat
from operator import contains, not_, or_
from typing import Any

from artlint.errors import PackError

_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("_sre")

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)} - {None}
_REFERENCES = {_c.GROUPREF, _c.GROUPREF_EXISTS}
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""The only characters outside ASCII that a case-insensitive ASCII letter matches (İ, dotless ı, long ſ,
the Kelvin sign); İ lower-cases to two characters, so a line holding any of them is tried on every
folded group, whatever its needle."""

Needle = tuple[str, bool]
"""A run of literal text, and whether it is lower-cased (to be found in the lower-cased line)."""


def compile_alternation(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern of all; the caller has passed each through check_pattern (see regexguard)."""
    patterns = list(patterns)
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise PackError(f"patterns {patterns[:3]!r} do not combine into one: {exc}") from None


def by_initial(parts: list[str]) -> str:
    """The case-insensitive alternation of `parts` (pattern fragments, in order), grouped by the letter each
    opens with: 'more in|read more|more from' -> 'm(?:ore in|ore from)|r(?:ead more)'. Only the group of the
    letter at hand is tried (a third of the time of the flat alternation on a hundred prefixes); the fragments
    tried and their order are those of the flat alternation, as no character matches two groups' letters
    (letters that match each other case-insensitively share a flat group).
    Flat when a fragment opens with anything but a letter."""
    if not all(part[:1].isalpha() for part in parts):
        return "|".join(parts)
    groups: dict[str, list[str]] = {}
    for part in parts:
        initial = part[0]
        key = initial if initial in groups else next(
            (k for k in groups if re.fullmatch(re.escape(k), initial, re.IGNORECASE)), initial)
        groups.setdefault(key, []).append(part)
    return "|".join(
        key + "(?:" + "|".join(part[1:] for part in group) + ")" if all(part[0] == key for part in group)
        else "(?:" + "|".join(group) + ")"
        for key, group in groups.items()
    )


class KeyedPatterns:
    """Case-insensitive whole-line patterns: `fullmatch` tells whether any matches the whole text, running
    only the alternations whose needle the text holds, and the one of the patterns that have no needle or
    open with a literal character (those cost little: most lines fail them at once)."""

    def __init__(self, patterns: Sequence[str]) -> None:
        always: list[str] = []
        groups: dict[Needle, list[str]] = {}
        if any(_shape(pattern)[1] for pattern in patterns):
            always = list(patterns)  # group numbers count across the whole alternation: keep it whole
        else:
            for pattern in patterns:
                key, _, opens_with_literal = _shape(pattern)
                if key is None or opens_with_literal:  # most lines fail such a pattern at their first character
                    always.append(pattern)
                else:
                    groups.setdefault(key, []).append(pattern)
        self.always = compile_alternation(always)
        compiled = [(key, folded, _alternation(group)) for (key, folded), group in groups.items()]
        self.exact_case = tuple((key, regex) for key, folded, regex in compiled if not folded)
        self.folded = tuple((key, regex) for key, folded, regex in compiled if folded)

    def fullmatch(self, text: str) -> bool:
        if self.always is not None and self.always.fullmatch(text):
            return True
        for key, regex in self.exact_case:
            if key in text and regex.fullmatch(text):
                return True
        if not self.folded:
            return False
        lowered = text.lower() if text.isascii() or _FOLDS_TO_ASCII.isdisjoint(text) else None
        for key, regex in self.folded:
            if (lowered is None or key in lowered) and regex.fullmatch(text):
                return True
        return False

    def needle_lines(self, texts: Sequence[str]) -> list[int] | None:
        """Indices of the texts that hold some group's needle: `fullmatch` is False for every other text and
        for every part of it (a text without a needle has none in its parts); None when some pattern needs no
        needle, so that any text may match. Each needle is looked for in every text at once, in C."""
        if self.always is not None:
            return None
        held = [False] * len(texts)
        for key, _ in self.exact_case:
            held = list(map(or_, held, map(contains, texts, repeat(key))))
        if self.folded:
            lowered = list(map(str.lower, texts))
            for key, _ in self.folded:
                held = list(map(or_, held, map(contains, lowered, repeat(key))))
            for index in compress(range(len(texts)), map(not_, map(str.isascii, texts))):
                if not _FOLDS_TO_ASCII.isdisjoint(texts[index]):
                    held[index] = True  # lower-casing may not show the needle: fullmatch tries every group
        return list(compress(range(len(texts)), held))


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    regex = compile_alternation(patterns)
    assert regex is not None
    return regex


def needle(pattern: str) -> Needle | None:
    """The longest run of literal characters (not only white space) that every match of the pattern, compiled
    case-insensitively, contains; None when there is none."""
    return _shape(pattern)[0]


@cache
def _shape(pattern: str) -> tuple[Needle | None, bool, bool]:
    """The pattern's needle; whether it refers to a group by number ('\\1', '(?(1)...)'), a number that
    counts the groups of the patterns before it in an alternation; whether it opens with a literal character."""
    tree = _p.parse(pattern, re.IGNORECASE)
    runs: list[Needle] = []
    _runs(tree, True, runs)
    runs = [run for run in runs if run[0].strip()]
    key = max(runs, key=lambda run: (len(run[0]), not run[1]), default=None)
    return key, _has_reference(tree), _opens_with_literal(tree)


def _opens_with_literal(items: Any) -> bool:
    for op, arg in items:
        if op is _c.SUBPATTERN:
            return _opens_with_literal(arg[-1])
        return op is _c.LITERAL
    return False


def _runs(items: Any, ignorecase: bool, out: list[Needle]) -> None:
    """Collect the runs of consecutive literals that every match passes through: not inside a branch,
    an optional repeat or a lookaround. Under case folding a cased character is kept lower-cased, and
    only when it is ASCII (its case partners are then known: see _FOLDS_TO_ASCII)."""
    run: list[str] = []
    folded = False
    for op, arg in items:
        if op is _c.LITERAL:
            char = chr(arg)
            cased = ignorecase and bool(_sre.unicode_iscased(arg))
            if not cased or char.isascii():
                run.append(char.lower() if cased else char)
                folded = folded or cased
                continue
        if run:
            out.append(("".join(run), folded))
        run, folded = [], False
        if op is _c.SUBPATTERN:
            _, on, off, body = arg
            _runs(body, (ignorecase or bool(on & _c.SRE_FLAG_IGNORECASE)) and not off & _c.SRE_FLAG_IGNORECASE, out)
        elif op in _REPEATS and arg[0] >= 1:
            _runs(arg[2], ignorecase, out)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            _runs(arg, ignorecase, out)
    if run:
        out.append(("".join(run), folded))


def _has_reference(items: Any) -> bool:
    for op, arg in items:
        if op in _REFERENCES:
            return True
        for part in arg if isinstance(arg, (tuple, list)) else (arg,):
            if isinstance(part, _p.SubPattern) and _has_reference(part):
                return True
            if isinstance(part, list) and any(isinstance(b, _p.SubPattern) and _has_reference(b) for b in part):
                return True
    return False
