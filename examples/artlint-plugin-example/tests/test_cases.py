"""Every rule of this plugin: its case files pass, and it has a manual and cases. Nothing here names a
rule, so a copy of this package keeps this file as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from artlint.testing import Case, check_case, load_cases, session

DISTRIBUTION = "artlint-plugin-example"
CASES = load_cases(Path(__file__).parent / "cases")


def our_rules() -> list:  # type: ignore[type-arg]
    """The rules this distribution registered, Python and YAML alike (artlint finds it by its entry point)."""
    return [r for r in session().registry.rules.values() if r.origin.split(":", 1)[0] == DISTRIBUTION]


def test_the_plugin_is_installed() -> None:
    assert our_rules(), f"no rules of {DISTRIBUTION}: install it first, `pip install -e '.[test]'` in this folder"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case) -> None:
    check_case(case)


def test_every_rule_has_a_manual_and_cases() -> None:
    for rule in our_rules():
        for section in ("Why", "Example", "Fix safety"):
            assert f"\n{section}\n" in rule.documentation(), f"{rule.name}: its manual has no {section} section"
        kinds = {c.path.stem.split("-")[0] for c in CASES if c.rule == rule.name}
        assert "pass" in kinds and kinds & {"fail", "fix"}, f"{rule.name}: needs a pass case and a fail or fix case"


def test_every_case_names_one_of_our_rules() -> None:
    names = {rule.name for rule in our_rules()}
    assert {c.rule for c in CASES} <= names
