"""artlint plugin for The Example Gazette: one Python rule and one YAML rule pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from artlint import hookimpl
from artlint_plugin_example.newsletter_teaser import NewsletterTeaser

__version__ = "0.1.0"

PACK = Path(__file__).resolve().parent / "rules" / "gazette.yaml"
"""The YAML pack ships inside the package (and so inside the wheel), next to this module."""


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    register(NewsletterTeaser)


@hookimpl
def artlint_register_packs(register: Callable[[Any], None]) -> None:
    register(PACK)
