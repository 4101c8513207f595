"""--format jsonl: one JSON object per finding per line (the json format's finding records), streamed."""

from __future__ import annotations

from typing import Any, TextIO

from artlint.report import Report
from artlint.reporters.common import json_text
from artlint.reporters.json import finding_record


def report_jsonl(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """Nothing but the records, so the stream stays pure JSON Lines (no summary line)."""
    for result in report.results:
        for finding in result.all_findings():
            stream.write(json_text(finding_record(finding)))
            stream.write("\n")
