"""Built-in output formats, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.hookspecs import hookimpl
from artlint.reporters.github import report_github
from artlint.reporters.gitlab import report_gitlab
from artlint.reporters.html import report_html
from artlint.reporters.json import report_json
from artlint.reporters.jsonl import report_jsonl
from artlint.reporters.junit import report_junit
from artlint.reporters.sarif import report_sarif
from artlint.reporters.text import report_text


@hookimpl
def artlint_register_reporters(register: Callable[[str, Any], None]) -> None:
    register("text", report_text)
    register("json", report_json)
    register("jsonl", report_jsonl)
    register("sarif", report_sarif)
    register("github", report_github)
    register("junit", report_junit)
    register("gitlab", report_gitlab)
    register("html", report_html)
