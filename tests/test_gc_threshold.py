"""A run tunes the cyclic collector for itself and gives the caller's setting back."""

from __future__ import annotations

import gc

from click.testing import CliRunner

from artlint.cli import main
from artlint.command import GC_THRESHOLD


def test_a_run_restores_the_callers_collector_threshold(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text("Harbour reopens\nThe harbour reopened on Monday after repairs to the wall.\n", encoding="utf-8")
    before = gc.get_threshold()
    try:
        gc.set_threshold(650, 9, 8)
        CliRunner().invoke(main, ["check", "--no-cache", str(article)])
        assert gc.get_threshold() == (650, 9, 8) != GC_THRESHOLD
    finally:
        gc.set_threshold(*before)
