"""Train the page-debris line scorer on a gold-labelled corpus and write it as data (a tree ensemble in JSON).

Usage: python benchmarks/train_scorer.py CORPUS_DIR [-o rules/models/page-debris.json] [--folds benchmarks/models]
                                        [--precision P] [--threshold P]
Needs scikit-learn (`pip install scikit-learn`); artlint itself only reads the JSON. The corpus's sites fall into
four buckets by a hash of the host (benchmarks/split.py). For each bucket, a model fitted on the pages of the other
three (never on a page of the bucket's sites) goes to FOLDS/page-debris-unseen-B.json: benchmarks/quality.py scores
each record with the model of its bucket, so its "unseen sites" figures are those of sites the scorer never saw.
The threshold is chosen for the target precision on the scores those models give the lines they never saw, or given
with --threshold: the shipped one is the point where the whole rule set's unsafe fix, with those models, removes
leftovers at 95% precision and 60% recall with equal margin (benchmarks/quality.py --threshold P shows both). The
shipped model is fitted on every page: more sites teach it more (on one bucket, recall at 95% precision of its own
lines was 44.5% fitted on one other bucket, 63.2% on two, 67.0% on three).
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
from split import BUCKETS, host_bucket

from artlint.article import Article
from artlint.data import data_dir
from artlint.layout import layout
from artlint.lexicons import load_lexicons
from artlint.linefeatures import FEATURES, Signals, line_features
from artlint.unwrapped import unwrapped

PARAMETERS = {"max_iter": 100, "max_leaf_nodes": 31, "learning_rate": 0.1, "min_samples_leaf": 40}
RECORD_LINES = 60
"""A record's candidate lines weigh as much as this many lines at most: one page with a long comment thread or
product table must not teach the trees a rule of its own (measured before the cross-validation, with a model fitted
on half of the sites, on the other half: 95.5% precision at 50.3% recall weighted, 95.1% at 50.1% unweighted)."""


def examples(corpus: Path, signals: Signals) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (True: leftover), host bucket and weight of every candidate line of the corpus, read as
    page-debris reads it (a hard-wrapped paragraph on one line, leftover when all its lines are)."""
    rows, labels, buckets, weights = [], [], [], []
    for record, gold in labelled(corpus):
        plain = unwrapped(Article.from_values({"title": record["title"], "body": record["text"], "url": record["url"]}))
        view = layout(plain.article)
        bucket = host_bucket(record["url"] or "")
        candidates = line_features(plain.article, signals)
        weights.extend([min(1.0, RECORD_LINES / max(1, len(candidates)))] * len(candidates))
        for index, vector in candidates:
            first, last = plain.original(view.lines[index].number)
            rows.append(vector)
            labels.append(all(label == "leftover" for label in gold["line_labels"][first - 1 : last]))
            buckets.append(bucket)
    return np.asarray(rows, dtype=np.float64), np.asarray(labels), np.asarray(buckets), np.asarray(weights)


def fit(features: np.ndarray, truth: np.ndarray, weights: np.ndarray) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(**PARAMETERS, random_state=0).fit(features, truth, sample_weight=weights)


def unseen_models(features: np.ndarray, truth: np.ndarray, buckets: np.ndarray,
                  weights: np.ndarray) -> tuple[dict[int, HistGradientBoostingClassifier], np.ndarray]:
    """For each host bucket, the model fitted on the other buckets; and each line's score from its bucket's model."""
    models, scores = {}, np.zeros(len(truth))
    for bucket in range(BUCKETS):
        fitted = buckets != bucket
        models[bucket] = fit(features[fitted], truth[fitted], weights[fitted])
        if not fitted.all():  # scikit-learn refuses to score no rows (a small corpus may leave a bucket empty)
            scores[~fitted] = models[bucket].predict_proba(features[~fitted])[:, 1]
    return models, scores


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
    parser.add_argument("--folds", type=Path, default=Path("benchmarks/models"),
                        help="where the models of unseen sites go (one per host bucket)")
    parser.add_argument("--precision", type=float, default=0.96, help="target precision of the scorer's own lines")
    parser.add_argument("--threshold", type=float, default=None,
                        help="write this probability as the models' threshold instead of the one --precision picks")
    args = parser.parse_args()
    started = time.perf_counter()
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    features, truth, buckets, weights = examples(args.corpus, signals)
    print(f"{len(truth)} candidate lines, {truth.mean():.1%} leftover")
    models, scores = unseen_models(features, truth, buckets, weights)
    for target in sorted({0.90, 0.92, 0.94, 0.96, args.precision}):
        cut = threshold_for(scores, truth, target)
        print(f"  precision {target:.3f} on unseen sites: p >= {cut:.3f}, "
              f"recall {truth[scores >= cut].sum() / truth.sum():.1%} of the candidates' leftover lines")
    probability = threshold_for(scores, truth, args.precision) if args.threshold is None else args.threshold
    threshold = round(float(np.log(probability / (1 - probability))), 6)
    write(args.output, fit(features, truth, weights), threshold, f"{args.corpus.name}: every page")
    for bucket, model in models.items():
        write(args.folds / f"page-debris-unseen-{bucket}.json", model, threshold,
              f"{args.corpus.name}: the pages outside host bucket {bucket} (benchmarks/split.py)")
    print(f"threshold p >= {probability:.3f}; wrote {args.output} and {len(models)} models of unseen sites to "
          f"{args.folds} in {time.perf_counter() - started:.0f} s")


def write(path: Path, model: HistGradientBoostingClassifier, threshold: float, trained_on: str) -> None:
    data = {"model": "page-debris line scorer", "features": list(FEATURES), "threshold": threshold,
            "trained_on": trained_on, **export(model)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
