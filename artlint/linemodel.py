"""A tree ensemble shipped as data (JSON), compiled once into one Python function of a feature vector."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from artlint.errors import PackError

Score = Callable[[Sequence[float]], float]


class LineModel:
    """Gradient-boosted trees: the score is the baseline plus one leaf value per tree, as a log-odds.

    Every tree is evaluated for every line, with no early exit once a line is certainly below the cut:
    the shipped page-debris trees have leaves too far apart for any bound to tell early (on 38,000
    candidate lines of 1,000 corpus articles, the running sum plus the remaining trees' largest leaves
    falls below the cut only after 93 of 100 trees on average; bounding each tree by the largest leaf
    under its first 6 splits tells no line, under its first 8 splits 0.4%), and a third of the lines
    score above the cut, where the message needs the full sum anyway. Splits on 0/1 features written as
    truth tests ran no faster either."""

    def __init__(self, data: dict[str, Any], features: Sequence[str], source: str = "<model>") -> None:
        if list(data.get("features", [])) != list(features):
            raise PackError(f"{source}: the model was trained on other features; retrain it (benchmarks/train_scorer.py)")
        self.threshold = float(data["threshold"])
        self.trees = len(data["trees"])
        terms = [_expression(tree, len(features), source) for tree in data["trees"]]
        names = ", ".join(f"x{i}" for i in range(len(features)))
        hot = _upper_thresholds(data["trees"], HOT_CONSTANTS) if features else []
        code = (f"def score(x):\n    {names}, = map(float, x)\n" if features else "def score(x):\n") + (
            f"    if x0 != x0 and x0 == x0:\n        return x0 + {' + '.join(map(repr, hot))}\n" if hot else ""
        ) + (
            f"    return {float(data['baseline'])!r} + " + " + ".join(terms or ["0.0"]) + "\n"
        )
        namespace: dict[str, Any] = {}
        exec(compile(code, source, "exec"), namespace)  # noqa: S102 - built only from numbers checked in _expression
        self.score: Score = namespace["score"]

    @classmethod
    def load(cls, path: Path, features: Sequence[str]) -> LineModel:
        return cls(json.loads(path.read_text(encoding="utf-8")), features, str(path))

    @staticmethod
    def probability(log_odds: float) -> float:
        return 1.0 / (1.0 + math.exp(-log_odds))


HOT_CONSTANTS = 250
"""A function's first 256 constants are loaded with a one-byte index, the rest each with an extra instruction
(EXTENDED_ARG), which also keeps the load from pairing with the variable's; a page-debris score loads about 760
constants among its ~3,800. The generated function's first branch, which no float takes (x0 != x0 holds only for
NaN, x0 == x0 never for it), names the thresholds of the trees' upper splits, so that they get the short indices:
every line is compared with them (on the dev corpus the score takes 15% less time)."""


def _upper_thresholds(trees: list[Any], limit: int) -> list[float]:
    """The distinct split thresholds of all trees, level by level from the roots, at most `limit`."""
    found: dict[float, None] = {}
    level = list(trees)
    while level and len(found) < limit:
        below = []
        for node in level:
            if isinstance(node, list):
                found.setdefault(float(node[1]))
                below += [node[2], node[3]]
        level = below
    return list(found)[:limit]


def _expression(node: Any, width: int, source: str) -> str:
    """A leaf is a number; a split [feature, threshold, left, right] becomes (left if xf <= t else right),
    xf being feature f unpacked once into a local variable (a local is read faster than an item of x) and
    made a float: CPython specialises float-to-float comparisons but not a bool or int against a float
    (the trees run in half the time), and the features (counts, flags, ratios) lie far below 2**53, where
    an int converts to a float exactly, so every split goes the same way."""
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return repr(float(node))
    if not (isinstance(node, list) and len(node) == 4 and isinstance(node[0], int) and 0 <= node[0] < width):
        raise PackError(f"{source}: malformed tree node {str(node)[:60]}")
    feature, threshold = node[0], float(node[1])
    left, right = _expression(node[2], width, source), _expression(node[3], width, source)
    return f"({left} if x{feature} <= {threshold!r} else {right})"
