"""ART1xx: metadata rules (title, date, byline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.builtin.metadata.byline_leftover import BylineLeftover
from artlint.builtin.metadata.date_mismatch import DateMismatch
from artlint.builtin.metadata.dateline_leftover import DatelineLeftover
from artlint.builtin.metadata.invalid_date import InvalidDate
from artlint.builtin.metadata.missing_date import MissingDate
from artlint.builtin.metadata.missing_title import MissingTitle
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    for rule in (MissingTitle, MissingDate, InvalidDate, DateMismatch, BylineLeftover, DatelineLeftover):
        register(rule)
