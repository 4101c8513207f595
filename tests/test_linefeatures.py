"""The run-level features of the page-debris scorer: means over each run of lines outside the paragraphs."""

from __future__ import annotations

import pytest

from artlint.article import Article
from artlint.data import data_dir
from artlint.layout import layout
from artlint.lexiconindex import Strength
from artlint.lexicons import load_lexicons
from artlint.linefeatures import FEATURES, NO_MARKER, Signals, _run_means, _run_spans, _runs, _since, line_features

NO_RUN = (-1.0,) * 5


def test_run_means_of_an_empty_body_and_of_paragraphs_only() -> None:
    assert _run_spans([]) == [] and _run_means([], [], 0) == []
    assert _run_spans([True, True]) == []
    assert _run_means([NO_RUN, NO_RUN], [], 2) == [NO_RUN, NO_RUN]


def test_lines_since_a_marker_count_from_the_nearest_earlier_marker_line() -> None:
    comment, related = {"comment-section": Strength.EXACT}, {"related-link": Strength.WEAK}
    found = [None, comment, None, None, related, comment, None]
    assert _since(found, frozenset(["comment-section"])) == [NO_MARKER, NO_MARKER, 1, 2, 3, 4, 1]
    assert _since(found, frozenset(["related-link"])) == [NO_MARKER] * 5 + [1, 2]
    assert _since([None, None, comment], frozenset(["comment-section"])) == [NO_MARKER] * 3
    assert _since([], frozenset(["comment-section"])) == []


def test_each_run_gets_its_own_means_at_the_start_between_paragraphs_and_at_the_end() -> None:
    values = [(1.0, 0, 0, 0, 2), (0.0, 1, 0, 0, 4), NO_RUN, (0.5, 0, 1, 1, 6), NO_RUN, (0.0, 1, 0, 0, 1),
              (0.0, 1, 0, 1, 3), (0.3, 0, 0, 0, 5)]
    paragraph = [False, False, True, False, True, False, False, False]
    spans = _run_spans(paragraph)
    assert spans == [(0, 2), (3, 4), (5, 8)]
    assert _runs(spans, len(paragraph)) == [2, 2, 0, 1, 0, 3, 3, 3]
    means = _run_means(values, spans, len(paragraph))
    assert means[0] == means[1] == (0.5, 0.5, 0.0, 0.0, 3.0)
    assert means[2] == means[4] == NO_RUN
    assert means[3] == (0.5, 0.0, 1.0, 1.0, 6.0)
    assert means[5:] == [pytest.approx((0.1, 2 / 3, 0.0, 1 / 3, 3.0))] * 3


def test_a_menu_run_shares_fewer_words_with_the_article_than_the_articles_own_list() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    text = ("Weather\nIslands\nHarbours\n"
            "The ferry between Halden Point and the islands resumed service on Friday after a three-week pause.\n"
            "Ferry fares\nHalden Point pier\nIslands timetable\n"
            "The operator said the new timetable and fares for the islands would apply from the first of May.")
    article = Article.from_values({"title": "Ferry service resumes", "body": text})
    at = FEATURES.index("run_vocabulary")
    features = dict(line_features(article, signals))
    texts = layout(article).texts
    menu = [features[i][at] for i in range(3)]
    own_list = [features[i][at] for i in range(4, 7)]
    assert texts[4] == "Ferry fares" and len(set(menu)) == len(set(own_list)) == 1
    assert menu[0] < own_list[0]


def test_a_long_line_without_closing_punctuation_is_prose_and_scored_only_after_a_marker() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    quote = ("We moved the whole night shift to the new depot in March and the drivers noticed the difference "
             "within a week because the routes are shorter and the loading bays are finally covered - Ana Ruiz, "
             "depot manager")
    short = "Depot opening hours and the loading plan"
    text = f"{quote}\n{short}\nComments\n{quote} and more\n{short} today"
    article = Article.from_values({"title": "A new depot", "body": text})
    assert len(quote.split()) >= 30 and not quote.endswith((".", "!", "?"))
    scored = dict(line_features(article, signals))
    assert 0 not in scored and 1 in scored
    assert 3 in scored and 4 in scored
