"""ART4xx: structure rules (duplication, spillover, truncation, empty bodies, error pages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.builtin.structure.duplicate_headline import DuplicateHeadline
from artlint.builtin.structure.duplicate_paragraph import DuplicateParagraph
from artlint.builtin.structure.empty_body import EmptyBody
from artlint.builtin.structure.error_page import ErrorPage
from artlint.builtin.structure.short_body import ShortBody
from artlint.builtin.structure.truncated_body import TruncatedBody
from artlint.builtin.structure.unrelated_spillover import UnrelatedSpillover
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    for rule in (DuplicateHeadline, DuplicateParagraph, UnrelatedSpillover, TruncatedBody, EmptyBody, ShortBody, ErrorPage):
        register(rule)
