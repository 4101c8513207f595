"""Selecting rules: an opt-in rule runs only when named."""

from __future__ import annotations

import pytest

from artlint.testing import lint_text, session

SHORT = "Harbour reopens\nThe harbour reopened on Monday.\n"


@pytest.mark.parametrize("select, chosen", [
    (["ALL"], False), (["ART4"], False), (["ART406"], True), (["short-body"], True), (["ALL", "short-body"], True),
])
def test_an_opt_in_rule_is_chosen_only_by_its_code_or_name(select: list[str], chosen: bool) -> None:
    names = {rule.name for rule in session().registry.select(select)}
    assert ("short-body" in names) is chosen
    assert ("empty-body" in names) is (select != ["ART406"] and select != ["short-body"])


def test_an_opt_in_rule_reports_when_selected_and_not_otherwise() -> None:
    assert "ART406" not in {f.code for f in lint_text(SHORT)}
    assert [f.code for f in lint_text(SHORT, select=["short-body"])] == ["ART406"]
