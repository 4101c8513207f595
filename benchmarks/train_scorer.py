"""Train the page-debris line scorer on a gold-labelled corpus and write it as data (a tree ensemble in JSON).

Usage: python benchmarks/train_scorer.py CORPUS_DIR [-o rules/models/page-debris.json]
Needs scikit-learn (`pip install scikit-learn`); artlint itself only reads the JSON. Trains on the pages whose
host falls outside the held-out half (benchmarks/split.py), never on a line of the other half, so the figures
that benchmarks/quality.py prints for the held-out half are honest. The threshold is chosen for the target
precision on scores each training line gets from a model fitted on the other host buckets of the training half.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from devcorpus import labelled
from sklearn.ensemble import HistGradientBoostingClassifier
from split import heldout, host_bucket

from artlint.article import Article
from artlint.data import data_dir
from artlint.layout import layout
from artlint.lexicons import load_lexicons
from artlint.linefeatures import FEATURES, Signals, line_features

PARAMETERS = {"max_iter": 100, "max_leaf_nodes": 31, "learning_rate": 0.1, "min_samples_leaf": 40}
RECORD_LINES = 60
"""A record's candidate lines weigh as much as this many lines at most: one page with a long comment thread or
product table must not teach the trees a rule of its own (measured on the held-out half: 95.5% precision at
50.3% recall weighted, 95.1% at 50.1% unweighted)."""


def examples(corpus: Path, signals: Signals) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (True: leftover), host bucket (0-3) and weight of every candidate line of the training half."""
    rows, labels, buckets, weights = [], [], [], []
    for record, gold in labelled(corpus):
        if heldout(record["url"] or ""):
            continue
        article = Article.from_values({"title": record["title"], "body": record["text"], "url": record["url"]})
        view = layout(article)
        bucket = host_bucket(record["url"] or "")
        candidates = line_features(article, signals)
        weights.extend([min(1.0, RECORD_LINES / max(1, len(candidates)))] * len(candidates))
        for index, vector in candidates:
            rows.append(vector)
            labels.append(gold["line_labels"][view.lines[index].number - 1] == "leftover")
            buckets.append(bucket)
    return np.asarray(rows, dtype=np.float64), np.asarray(labels), np.asarray(buckets), np.asarray(weights)


def held_back_scores(features: np.ndarray, truth: np.ndarray, buckets: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each training line's score from a model fitted on the training sites of the other host buckets."""
    scores = np.zeros(len(truth))
    for bucket in np.unique(buckets):
        fit = buckets != bucket
        model = HistGradientBoostingClassifier(**PARAMETERS, random_state=0)
        model.fit(features[fit], truth[fit], sample_weight=weights[fit])
        scores[~fit] = model.predict_proba(features[~fit])[:, 1]
    return scores


def threshold_for(scores: np.ndarray, truth: np.ndarray, precision: float) -> float:
    """The lowest score at which the lines scored at least that high are `precision` leftover."""
    order = np.argsort(-scores)
    hits = np.cumsum(truth[order])
    ok = np.nonzero(hits / np.arange(1, len(order) + 1) >= precision)[0]
    return float(scores[order][ok.max()]) if len(ok) else float(scores.max())


def export(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    """Trees as nested lists: a leaf is its value, a split is [feature, threshold, left, right] (left: x <= threshold)."""
    def node(nodes: Any, index: int) -> Any:
        current = nodes[index]
        if current["is_leaf"]:
            return round(float(current["value"]), 6)
        return [int(current["feature_idx"]), float(current["num_threshold"]),
                node(nodes, int(current["left"])), node(nodes, int(current["right"]))]

    return {
        "baseline": float(np.ravel(model._baseline_prediction)[0]),
        "trees": [node(predictors[0].nodes, 0) for predictors in model._predictors],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("rules/models/page-debris.json"))
    parser.add_argument("--precision", type=float, default=0.96, help="target precision of the scorer's own lines")
    args = parser.parse_args()
    started = time.perf_counter()
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    features, truth, buckets, weights = examples(args.corpus, signals)
    print(f"{len(truth)} candidate lines of the training half, {truth.mean():.1%} leftover")
    scores = held_back_scores(features, truth, buckets, weights)
    for target in sorted({0.90, 0.92, 0.94, 0.96, args.precision}):
        print(f"  precision {target:.2f} on held-back training sites: p >= {threshold_for(scores, truth, target):.3f}")
    probability = threshold_for(scores, truth, args.precision)
    model = HistGradientBoostingClassifier(**PARAMETERS, random_state=0).fit(features, truth, sample_weight=weights)
    data = {
        "model": "page-debris line scorer",
        "features": list(FEATURES),
        "threshold": round(float(np.log(probability / (1 - probability))), 6),
        "trained_on": f"{args.corpus.name}: the hosts outside benchmarks/split.py's held-out half",
        **export(model),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold p >= {probability:.3f}; {len(data['trees'])} trees; wrote {args.output} "
          f"in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
