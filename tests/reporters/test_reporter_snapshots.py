"""Every machine format's output for one fixed run, pinned by syrupy (the artlint version masked)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from artlint.report import Report
from artlint.testing import session
from artlint.version import __version__

FORMATS = ["jsonl", "sarif", "github", "junit", "gitlab"]


def render(name: str, report: Report, options: dict[str, Any] | None = None) -> str:
    reporter = session().registry.reporters[name]
    out = io.StringIO()
    reporter(report, out, options or {})
    return out.getvalue()


def masked_sarif(text: str) -> str:
    """The SARIF log with each rule's manual masked: the manuals are the rules' own business (pinned by
    test_sarif_reporter against Rule.documentation()), the snapshot pins the log's shape."""
    log = json.loads(text)
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            rule[key] = {k: f"<{key}.{k} of {rule['id']}>" for k in rule[key]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", FORMATS)
def test_format_snapshot(name: str, sample_report: Report, snapshot) -> None:  # type: ignore[no-untyped-def]
    text = render(name, sample_report).replace(f'"version": "{__version__}"', '"version": "<version>"')
    assert f'"{__version__}"' not in text
    if name == "sarif":
        text = masked_sarif(text)
    assert text == snapshot


def test_github_step_summary_snapshot(sample_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      snapshot) -> None:  # type: ignore[no-untyped-def]
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    annotations = render("github", sample_report, {"max_annotations": 3})
    assert annotations == snapshot(name="annotations")
    assert summary.read_text(encoding="utf-8") == snapshot(name="summary")
