"""A guard against regular expressions that backtrack catastrophically, for patterns from packs and
lexicons. Exponential backtracking needs an unbounded repeat around something that can match the
same text in more than one way: another unbounded repeat ('(a+)+'), or alternatives that overlap
('(a|ab)*'). Those are refused. What remains is at worst polynomial, and patterns only ever run on
lines of at most a few hundred characters. Possessive repeats and atomic groups never backtrack, so a
pattern may nest repeats through them."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_NO_BACKTRACKING = {getattr(_c, "POSSESSIVE_REPEAT", None), getattr(_c, "ATOMIC_GROUP", None)} - {None}
"""A possessive repeat ('a++') or an atomic group ('(?>...)') gives nothing back, so nothing inside it
can make the pattern backtrack."""
_UNBOUNDED = 10


@cache
def dangerous(pattern: str) -> str | None:
    """Why the pattern may backtrack catastrophically, or None. Raises re.error when it does not compile.
    Remembered per pattern: a lexicon's patterns are checked when it loads and again in each matcher
    built from them."""
    re.compile(pattern)
    return _walk(_p.parse(pattern), inside_repeat=False)


def _walk(items: Any, inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg
            unbounded = high is _c.MAXREPEAT or high > _UNBOUNDED
            if unbounded and inside_repeat:
                return "a repeat inside another repeat (like '(a+)+'); make the inner one possessive ('a++') or atomic ('(?>...)')"
            if unbounded and _overlapping_branches(body):
                return "a repeated group has alternatives that can match the same text (like '(a|ab)*')"
            found = _walk(body, inside_repeat or unbounded)
        elif op in _NO_BACKTRACKING:
            found = None
        elif op is _c.SUBPATTERN:
            found = _walk(arg[-1], inside_repeat)
        elif op is _c.BRANCH:
            found = next((r for r in (_walk(b, inside_repeat) for b in arg[1]) if r), None)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(arg[1], inside_repeat)
        else:
            found = None
        if found:
            return found
    return None


def _overlapping_branches(body: Any) -> bool:
    """An alternation (directly in the repeated body) whose branches may start with the same character."""
    for op, arg in body:
        if op is _c.SUBPATTERN:
            return _overlapping_branches(arg[-1])
        if op is _c.BRANCH:
            firsts = [_first_literal(branch) for branch in arg[1]]
            if any(f is None for f in firsts) or len(set(firsts)) < len(firsts):
                return True
        return False
    return False


def _first_literal(branch: Any) -> int | None:
    """The branch's first character when it starts with a literal, else None (it could start with anything)."""
    for op, arg in branch:
        if op is _c.LITERAL:
            return int(arg)
        if op is _c.SUBPATTERN:
            return _first_literal(arg[-1])
        return None
    return None


_TRUSTED: set[str] = set()


def trust(pattern: str) -> None:
    """Let check_pattern pass a pattern of artlint's own data (its tests guard every one of them)."""
    _TRUSTED.add(pattern)


def is_trusted(pattern: str) -> bool:
    """A pattern of artlint's own tested data."""
    return pattern in _TRUSTED


def check_pattern(pattern: str) -> None:
    """Raise PackError when the pattern does not compile or may backtrack exponentially."""
    from artlint.errors import PackError

    if pattern in _TRUSTED:
        return
    try:
        problem = dangerous(pattern)
    except re.error as exc:
        raise PackError(f"bad pattern {pattern!r}: {exc}") from None
    if problem:
        raise PackError(f"pattern {pattern!r} is refused, it could take exponential time: {problem}")
