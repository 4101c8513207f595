"""Built-in output formats, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.hookspecs import hookimpl
from artlint.reporters.json import report_json
from artlint.reporters.text import report_text


@hookimpl
def artlint_register_reporters(register: Callable[[str, Any], None]) -> None:
    register("text", report_text)
    register("json", report_json)
