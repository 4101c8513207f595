"""The benchmark's metrics on tiny hand-made texts: token F1, the shingle metric, the site buckets, the fix with
page-debris models of unseen sites."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

import quality
from devcorpus import hard_wrapped
from quality_metrics import bag, kept_lines, oracle_text, shingle_counts, shingle_scores, shingles, token_f1
from split import BUCKETS, host_bucket

from artlint.data import data_dir
from artlint.linefeatures import FEATURES
from artlint.linemodel import LineModel


def test_token_f1_counts_shared_lowercased_words() -> None:
    gold = bag("The ferry left at dawn")
    assert token_f1("the ferry left at dawn", gold) == 1.0
    assert token_f1("Ferry left. Share this", gold) == pytest.approx(2 * 2 / (4 + 5))
    assert token_f1("", gold) == 0.0
    assert token_f1("", Counter()) == 1.0


def test_token_f1_counts_repeats_as_a_bag() -> None:
    assert token_f1("rain rain rain", bag("rain")) == pytest.approx(2 * 1 / (3 + 1))


def test_the_oracle_keeps_exactly_the_body_labelled_lines() -> None:
    lines = ["Home | News", "The ferry left at dawn.", "Share this", "It returned at noon."]
    assert oracle_text(lines, ["leftover", "body", "leftover", "body"]) == "The ferry left at dawn.\nIt returned at noon."
    assert oracle_text(lines, ["leftover"] * 4) == ""
    with pytest.raises(ValueError):
        oracle_text(lines, ["body"])


def test_shingles_are_runs_of_four_words_with_case_kept() -> None:
    assert shingles("One two, three four five") == Counter(
        {("One", "two", "three", "four"): 1, ("two", "three", "four", "five"): 1})
    assert shingles("a b a b a b a") == Counter({("a", "b", "a", "b"): 2, ("b", "a", "b", "a"): 2})


def test_short_and_empty_texts() -> None:
    assert shingles("just two") == Counter({("just", "two"): 1})
    assert shingles(" ... ") == Counter()


def test_shingle_counts_are_multisets() -> None:
    gold = "the mayor opened the new bridge on friday"  # 5 shingles
    predicted = "Menu\nthe mayor opened the new bridge on friday\nShare on social"
    tp, fp, fn = shingle_counts(gold, predicted)
    assert (tp, fn) == (5, 0)
    assert len(shingles(predicted)) == 9
    assert fp == 4
    assert shingle_counts("a b c d", "a b c d a b c d") == (1, 4, 0)


def test_shingle_scores_means_and_empty_pages() -> None:
    perfect, half, empty_prediction, both_empty = (4, 0, 0), (2, 2, 0), (0, 0, 3), (0, 0, 0)
    precision, recall, f1 = shingle_scores([perfect, half, empty_prediction, both_empty])
    assert precision == pytest.approx((1 + 0.5) / 2)  # pages without a predicted shingle have no precision
    assert recall == pytest.approx((1 + 1 + 0) / 3)  # pages without a gold shingle have no recall
    assert f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert shingle_scores([]) == (None, None, None)


def test_kept_lines_follow_deletions_and_trims() -> None:
    before = ["Home", "First line of the story.", "Share", "Last line.  "]
    kept, trimmed = kept_lines(before, ["First line of the story.", "Last line."])
    assert kept == [False, True, False, True]
    assert trimmed == 1


def test_a_hard_wrapped_record_keeps_its_words_and_each_line_its_label() -> None:
    record = {"id": "a", "text": "Home\nThe harbour reopened on Monday after a storm that closed it for three days.\n\nShare"}
    gold = {"id": "a", "line_labels": ["leftover", "body", "body", "leftover"]}
    wrapped, labelled = hard_wrapped(record, gold, 30)
    assert wrapped["text"].split("\n") == [
        "Home", "The harbour reopened on Monday", "after a storm that closed it", "for three days.", "", "Share"]
    assert labelled["line_labels"] == ["leftover", "body", "body", "body", "body", "leftover"]
    assert bag(wrapped["text"]) == bag(record["text"])
    assert (record["text"].count("\n"), gold["line_labels"][1:3]) == (3, ["body", "body"])


def test_host_bucket_ignores_www_and_case_and_keeps_a_site_together() -> None:
    assert host_bucket("https://www.Example.org/a") == host_bucket("http://example.org/b?c=1")
    buckets = {host_bucket(f"https://site{i}.example/") for i in range(40)}
    assert buckets == set(range(BUCKETS))


def test_a_line_repaired_in_place_is_kept_and_a_deleted_one_is_not() -> None:
    before = ["Menu", "Weâ€™ve reopened the harbour cafe.", "Advertisement", "Last line."]
    kept, trimmed = kept_lines(before, ["We’ve reopened the harbour cafe.", "Last line."])
    assert kept == [False, True, False, True]
    assert trimmed == 1


def _constant(log_odds: float) -> LineModel:
    """A scorer that gives every line the same score: 10 reports every candidate line, -10 none."""
    return LineModel({"features": list(FEATURES), "threshold": 0.0, "baseline": log_odds, "trees": []}, FEATURES)


def test_fix_unseen_scores_each_record_by_its_buckets_model_in_record_order_and_restores_the_rule(
        monkeypatch: pytest.MonkeyPatch) -> None:
    quality.start_worker(["page-debris"])
    assert quality._linter is not None
    rule = quality._linter.registry.lookup("page-debris")
    shipped = getattr(rule, "model", None)
    assert shipped is not None
    urls = [*(f"https://site{i}.example/story" for i in range(8)), None]
    body = "Weather\nSport\nThe ferry to the islands resumed service on Friday after a three-week pause, the operator said."
    records = [{"url": url, "title": f"Ferry {i}", "date": "2025-03-14", "text": body} for i, url in enumerate(urls)]
    monkeypatch.setattr(quality, "_unseen", {b: _constant(10.0 if b % 2 else -10.0) for b in range(BUCKETS)})
    fixed = quality.fix_unseen(records)
    assert [r["title"] for r in fixed] == [r["title"] for r in records]
    for record, url in zip(fixed, urls, strict=True):
        assert (record["text"] != body) == (host_bucket(url or "") % 2 == 1)
    assert getattr(rule, "model", None) is shipped
    with pytest.raises(KeyError):
        quality.fix_unseen([{"url": urls[0], "title": "No text field"}])
    assert getattr(rule, "model", None) is shipped


def test_the_models_of_unseen_sites_come_from_the_shipped_models_training_run() -> None:
    """train_scorer.py writes one threshold into the shipped model and the four cross-validation models; a
    difference means the "unseen sites" figures of quality.py measure another model than the one shipped."""
    shipped = json.loads((data_dir("rules") / "models" / "page-debris.json").read_text(encoding="utf-8"))
    folds = Path(quality.__file__).parent / "models"
    for bucket in range(BUCKETS):
        fold = json.loads((folds / f"page-debris-unseen-{bucket}.json").read_text(encoding="utf-8"))
        assert (fold["features"], fold["threshold"]) == (shipped["features"], shipped["threshold"]), bucket


def test_a_threshold_given_to_the_workers_cuts_the_unseen_models_scores_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """--threshold P sets page-debris's option, which every model's scores meet (log-odds 1.0 is p 0.73)."""
    body = "Weather\nSport\nThe ferry to the islands resumed service on Friday after a three-week pause, the operator said."
    records = [{"url": "https://site0.example/story", "title": "Ferry", "date": "2025-03-14", "text": body}]
    for threshold, cut in ((0.5, True), (0.9, False), (None, True)):
        quality.start_worker(["page-debris"], threshold=threshold)
        monkeypatch.setattr(quality, "_unseen", {b: _constant(1.0) for b in range(BUCKETS)})
        assert (quality.fix_unseen(records)[0]["text"] != body) is cut, threshold
