"""ART1xx: metadata rules (title, date, byline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.builtin.metadata.missing_date import MissingDate
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    register(MissingDate)
