"""LineModel: a tree ensemble compiled into one function gives the sum a plain walk of the trees gives."""

from __future__ import annotations

import json
import math
import random

import pytest

from artlint.data import data_dir
from artlint.errors import PackError
from artlint.linefeatures import FEATURES
from artlint.linemodel import HOT_CONSTANTS, LineModel, _upper_thresholds


def walk(data: dict, vector: list[float]) -> float:
    """The baseline plus each tree's leaf, added in the trees' order."""
    total = float(data["baseline"])
    for node in data["trees"]:
        while isinstance(node, list):
            node = node[2] if float(vector[node[0]]) <= node[1] else node[3]
        total += float(node)
    return total


SMALL = {
    "features": ["a", "b"], "threshold": 0.5, "baseline": -0.25,
    "trees": [[0, 1.5, [1, 0.5, 0.1, -0.2], 0.3], [1, 2.5, -0.05, [0, 4.0, 0.7, -0.7]], 0.125],
}


@pytest.mark.parametrize("vector", [[0, 0], [1, 1], [2, 3], [5, 3], [True, False], [1.5, 2.5], [-1.0, 10.0]])
def test_the_score_is_the_baseline_plus_each_trees_leaf(vector: list[float]) -> None:
    model = LineModel(SMALL, ["a", "b"])
    assert model.score(vector) == walk(SMALL, vector)


def test_the_shipped_model_scores_as_a_walk_of_its_trees_bit_for_bit() -> None:
    data = json.loads((data_dir("rules") / "models" / "page-debris.json").read_text(encoding="utf-8"))
    model = LineModel(data, FEATURES)
    rng = random.Random(7)
    choices = [0, 1, 2, 5, 30, 999, -1, 0.0, 0.25, 0.5, 0.75, 1.0, 3.2, True, False]
    vectors = [[rng.choice(choices) for _ in FEATURES] for _ in range(300)]
    assert all(model.score(v) == walk(data, v) for v in vectors)
    assert len({model.score(v) >= model.threshold for v in vectors}) == 2
    assert math.isclose(LineModel.probability(0.0), 0.5)


def test_the_upper_thresholds_come_level_by_level_from_the_roots() -> None:
    assert _upper_thresholds(SMALL["trees"], HOT_CONSTANTS) == [1.5, 2.5, 0.5, 4.0]
    assert _upper_thresholds(SMALL["trees"], 2) == [1.5, 2.5]


def test_a_model_trained_on_other_features_is_refused() -> None:
    with pytest.raises(PackError, match="other features"):
        LineModel(SMALL, ["a", "c"])


def test_the_manual_states_the_shipped_models_own_cut() -> None:
    """The page-debris manual gives the default threshold as a probability: it must be the model file's."""
    from artlint.builtin.boilerplate.page_debris import PageDebris, built_in_model

    cut = f"{LineModel.probability(built_in_model().threshold):.3f}"
    assert f"default: the model's own,\n    {cut}," in PageDebris.__doc__
