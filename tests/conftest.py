"""Shared fixtures: a CLI runner and a scratch folder to run artlint in."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint.cli import main


@pytest.fixture
def run_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run the artlint CLI in tmp_path (no config found above it) and return click's Result."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return run
