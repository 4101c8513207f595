"""The Gazette's rules checked directly with lint_text and fix_text. These tests name the example's
rules: in a copy of this package, replace them with tests of your own rules (test_cases.py stays)."""

from __future__ import annotations

from artlint.config import Settings
from artlint.testing import fix_text, lint_text

ARTICLE = """\
---
title: Harbour festival returns after five years
url: https://www.gazette.example/local/harbour-festival-returns
date: 2025-06-14
---
The harbour festival returns this summer for the first time in five years.

Sign up for The Morning Brief
The five stories you need, in your inbox by 7am.

Stalls will line the quay from the ferry terminal to the old fish market.

© 2025 The Example Gazette. All rights reserved.
"""


def test_lint_text_reports_the_python_and_the_yaml_rule() -> None:
    found = lint_text(ARTICLE, "article.md", select=["EXM"])
    assert [(f.code, f.line, str(f.fix.applicability) if f.fix else None) for f in found] == [
        ("EXM101", 8, "safe"),
        ("EXM201", 13, "safe"),
    ]


def test_fix_text_removes_the_promo_and_the_footer() -> None:
    fixed = fix_text(ARTICLE, "article.md", select=["EXM"])
    assert "Morning Brief" not in fixed and "©" not in fixed
    assert fixed.endswith("The harbour festival returns this summer for the first time in five years.\n\n"
                          "Stalls will line the quay from the ferry terminal to the old fish market.\n\n")


def test_the_footer_rule_keeps_to_its_host() -> None:
    elsewhere = ARTICLE.replace("www.gazette.example", "news.example.org")
    assert [f.code for f in lint_text(elsewhere, "article.md", select=["EXM"])] == ["EXM101"]


def test_newsletters_option_from_config() -> None:
    text = "Ferry fares rise in April\nFares rise by five percent.\n\nJoin Harbour Notes today\n"
    assert lint_text(text, select=["newsletter-teaser"]) == []
    settings = Settings(rule_options={"newsletter-teaser": {"newsletters": ["Harbour Notes"]}})
    found = lint_text(text, select=["newsletter-teaser"], settings=settings)
    assert [(f.code, f.line) for f in found] == [("EXM101", 4)]
