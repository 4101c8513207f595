"""Property tests: for generated articles in every format, and for any bytes, check never raises, fix is
idempotent, adds no word, keeps spans inside fields, leaves fix-free files byte-identical, writes output that
parses again and keeps JSON's unknown fields and key order (article_properties.py states each promise)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from article_properties import PropertyFailure, check_all, run
from article_strategies import FORMAT_STRATEGIES, ArticleFile, article_files, hostile_files
from hypothesis import Phase, given, settings

from artlint.testing import lint_text

CRASHES = Path(__file__).parent / "crashes"


@pytest.mark.parametrize("fmt", sorted(FORMAT_STRATEGIES))
def test_every_property_holds(fmt: str) -> None:
    @given(FORMAT_STRATEGIES[fmt]())
    def properties(file: ArticleFile) -> None:
        check_all(*file)

    properties()


@given(hostile_files())
def test_every_property_holds_for_any_bytes(file: ArticleFile) -> None:
    check_all(*file)


KNOWN_BUGS: dict[str, tuple[type[BaseException], str]] = {}
"""Saved inputs that still fail because of a bug outside the formats: name -> (the error, where and why)."""


def crash_files() -> list[Any]:
    """Every saved input, a known bug's marked as an expected failure (strict: fixing the bug flags it)."""

    def marks(name: str) -> list[pytest.MarkDecorator]:
        if name not in KNOWN_BUGS:
            return []
        error, reason = KNOWN_BUGS[name]
        return [pytest.mark.xfail(strict=True, raises=error, reason=reason)]

    paths = sorted(p for p in CRASHES.iterdir() if p.is_file() and not p.name.startswith("."))
    return [pytest.param(p, id=p.name, marks=marks(p.name)) for p in paths]


@pytest.mark.parametrize("path", crash_files())
def test_crash_corpus_replays(path: Path) -> None:
    """Every input the fuzzer (benchmarks/fuzz.py) saved, and every shrunk failure the properties found, stays
    fixed; a file's extension says its format."""
    check_all(path.name, path.read_bytes())


def test_a_lone_surrogate_in_a_flagged_json_field_does_not_crash() -> None:
    """JSON may escape a lone surrogate and the reader keeps it; a finding that flags it must not crash the run."""
    content = '{"title": "Harbour reopens after the storm", "text": "\\ud800Harbour reopens after the storm\\nIt did."}'
    assert [f.code for f in lint_text(content, "a.json", select=["duplicate-headline"])] == ["ART401"]


def test_strategies_reach_every_fix() -> None:
    """The generated articles are not vacuous: every built-in fix, safe and unsafe, gets applied to some."""
    expected = {("ART102", "unsafe"), ("ART201", "safe"), ("ART201", "unsafe"),
                ("ART202", "safe"), ("ART203", "safe"), ("ART203", "unsafe"), ("ART204", "safe"), ("ART205", "safe"),
                ("ART205", "unsafe"), ("ART206", "safe"), ("ART206", "unsafe"),
                ("ART207", "unsafe"), ("ART208", "safe"), ("ART208", "unsafe"), ("ART209", "safe"),
                ("ART209", "unsafe"), ("ART211", "unsafe"), ("ART301", "safe"), ("ART302", "safe"),
                ("ART303", "safe"), ("ART304", "safe"), ("ART401", "safe"), ("ART401", "unsafe"),
                ("ART402", "unsafe"), ("ART403", "unsafe")}
    applied: set[tuple[str, str]] = set()

    @settings(max_examples=1200, phases=[Phase.generate], derandomize=True)  # the same files every run: not flaky
    @given(article_files())
    def collect(file: ArticleFile) -> None:
        outcome = run(*file, unsafe=True)
        if outcome.fixed.output is not None:
            applied.update((f.code, str(f.fix.applicability)) for f in outcome.checked.findings if f.fix)

    collect()
    assert expected <= applied, f"never generated: {sorted(expected - applied)}"
